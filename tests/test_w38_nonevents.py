"""Wave 38 (nonevents): words coded as events where the text tells none, each tried on sentences written for these
tests, with near-misses where the event must stay.

- a promise of a clause told as a fact ("pledged that the senator truly is a friend of farmers") is an assurance,
  no AGREE; a promise of an act to come stays one;
- what is withheld ("withheld support from", "withheld aid") is not given: negated;
- a modal of obligation before its subject ("should the senator carry Florida, ...") is a condition, no REQUEST;
- a battle or fight over an issue of no class is a dispute, no ASSAULT; an offensive on one is criticism (the phrase
  read from the verb that opens the noun: "launched an offensive on ...");
- an event noun under a preposition of sequence with only a possessive pronoun ("after his arrest") names a known
  act as a time;
- a case a court returns is procedure, no RETREAT;
- talking with a news outlet is an interview, no CONSULT;
- a plain gerund talked of ("a speech about fighting terrorism") is a topic, not an act told.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import asserted_events, asserted_types, event_of_type, event_summaries

NO_EVENT = [
    ("During the forum, the governor pledged that the senator truly is a friend of farmers.", "AGREE"),
    ("The running mate promised that the nominee had never met the lobbyists.", "AGREE"),
    ("The senator also withheld support from the governor and the mayor.", "SUPPORT"),
    ("The senator withheld aid from the rebels.", "AID"),
    ("A pollster noted that should the senator carry Florida, the governor would be finished.", "REQUEST"),
    ("Democrats and Republicans began a bitter battle over Obamacare in the Senate on Monday.", "ASSAULT"),
    ("Congress began a battle over the Supreme Court vacancy on Monday.", "ASSAULT"),
    ("The senator launched an offensive on the energy policy of the administration on Monday.", "ASSAULT"),
    ("The financier Tom Reed was deeply humiliated after his arrest, his lawyer said.", "COERCE"),
    ("Three women who accused the actor said they got threatening calls after their assaults.", "ASSAULT"),
    ("The Supreme Court returned the case to the lower court on Monday.", "RETREAT"),
    ("Two former aides who spoke with The New York Times said the committee had lost its way.", "CONSULT"),
    ("The senator spoke with CNN on Monday about the budget.", "CONSULT"),
    ("The president gave a speech on Sunday about fighting terrorism in Syria.", "ASSAULT"),
    ("His address about fighting terrorism was a major topic of the race.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "event_type"), NO_EVENT)
def test_words_that_tell_no_event_of_the_type(pipeline: Pipeline, text: str, event_type: str) -> None:
    assert event_type not in asserted_types(pipeline, text)


STAYS = [
    # promises of an act to come
    ("Turkey promised that it will withdraw its forces from the border.", "AGREE", "promised"),
    ("Japan pledged $2 billion in aid to Ukraine on Monday.", "AGREE", "pledged"),
    # given, not withheld
    ("The senator gave his support to the governor on Monday.", "SUPPORT", "support"),
    ("Japan sent aid to the refugees on Monday.", "AID", "sent"),
    # a modal after its subject asks the subject to act
    ("The senator said the government should release the prisoners.", "REQUEST", "release"),
    # fights over ground, offensives on places and sides
    ("The army launched an offensive on Aleppo on Sunday.", "ASSAULT", "offensive"),
    ("Hamas launched an offensive against Israel on Sunday.", "ASSAULT", "offensive"),
    ("Rebels and government troops fought over the oil fields on Sunday.", "ASSAULT", "fought"),
    ("The army launched an attack on rebel positions on Sunday.", "ASSAULT", "attack"),
    # an offensive against a policy of a known class stays criticism
    ("The governor launched an offensive against the health care law on Tuesday.", "ACCUSE", "offensive"),
    # a noun of sequence with words of its own tells the act
    ("The senator praised the police after their arrest of the gunman.", "COERCE", "arrest"),
    ("Mayor John Hale resigned after his arrest on Tuesday.", "COERCE", "arrest"),
    # captives returned are released
    ("The rebels returned the prisoners to the Red Cross on Monday.", "RETREAT", "returned"),
    # talks with a party
    ("The senator spoke with the Russian ambassador on Monday about the sanctions.", "CONSULT", "spoke"),
    # what happened to a speaker, told as the topic of a talk
    ("The former prisoner spoke about being tortured by the police in an interview on Monday.", "ASSAULT",
     "tortured"),
    # the brief's near-misses: a meeting told as done, an appeal of a ruling, a battle won in arms
    ("The leaders met on Tuesday in Geneva.", "CONSULT", "met"),
    ("The army beat the rebels near the border on Monday.", "ASSAULT", "beat"),
]


@pytest.mark.parametrize(("text", "event_type", "trigger"), STAYS)
def test_near_misses_keep_their_event(pipeline: Pipeline, text: str, event_type: str, trigger: str) -> None:
    event_of_type(asserted_events(pipeline, text), event_type, trigger)


def test_an_appeal_of_a_ruling_is_a_legal_act(pipeline: Pipeline) -> None:
    assert [e for e in asserted_events(pipeline, "The government appealed the ruling on Friday.")
            if e.trigger.text == "appealed"]


def test_a_meeting_to_come_stays_future(pipeline: Pipeline) -> None:
    found = [s for s in event_summaries(pipeline, "The leaders will meet next week in Geneva.") if s[1] == "meet"]
    assert [(s[0], s[2]) for s in found] == [("CONSULT", "future")]


def test_a_pledge_of_an_act_to_come_keeps_its_pledger(pipeline: Pipeline) -> None:
    told = event_of_type(asserted_events(pipeline, "Turkey promised that it will withdraw its forces from the border."),
                         "AGREE", "promised")
    assert "Turkey" in [a.text for a in told.actor]
