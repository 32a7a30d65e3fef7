"""Precision on unseen news (wave 14): a consultation is had *with* a counterpart. What talks, a discussion or a
conversation are *on*, *over* or *of* is their topic, never the side met ("talks on Iran's programme" are not
talks with Iran); talking a topic or talking on a channel meets nobody; a trip to a place of one's own country,
or to a place no party stands for, visits nobody. Each rule is tried on sentences written for these tests, one
where it holds and one where it does not."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import actor_texts, asserted_events

CONSULTATIONS = [
    # a topic talked, or a channel talked on, is no counterpart
    ("The senator talked politics on Sunday on a morning show.", None),
    ("The senator talked on CNN about the budget.", None),
    ("The governor talked trade with the Canadian premier on Monday.", "the Canadian premier"),
    ("The Iranian foreign minister talked to his Russian counterpart by phone.", "Russian"),
    # what a discussion or talks are of or on is their topic
    ("The minister held a discussion of the president's conduct on Thursday.", None),
    ("The French minister held talks on Iran's nuclear programme.", None),
    ("The French minister held talks on Iran's nuclear programme with his German counterpart.", "German"),
    # the event's own noun, as a verb's prepositional object, is no party ("continued in her discussion of ...")
    ("The minister continued in her discussion of the president's record on Thursday.", None),
    ("Iran took part in talks with the European Union in Vienna.", "the European Union"),
    # a by-phrase of means (a clause) names nobody met
    ("She continued her discussion of the budget by answering her critics.", None),
    # a trip to a place of one's own country, or to a place no party stands for, is no visit
    ("The vice president traveled to Denver on Tuesday to promote the new tax plan.", None),
    ("The president visited Denver on Monday.", None),
    ("The French president travelled to Marseille on Tuesday.", None),
    ("The Indian prime minister visited Moscow on Monday.", "Moscow"),
    ("The French president visited French troops in Mali.", "French troops"),
]


@pytest.mark.parametrize(("text", "counterpart"), CONSULTATIONS, ids=[t[:45] for t, _ in CONSULTATIONS])
def test_a_consultation_needs_a_counterpart_not_a_topic_or_a_destination(pipeline: Pipeline, text: str,
                                                                         counterpart: str | None) -> None:
    consults = [e for e in asserted_events(pipeline, text) if e.type == "CONSULT"]
    if counterpart is None:
        assert not consults, [(e.trigger.text, actor_texts(e.recipient)) for e in consults]
    else:
        assert consults and counterpart in actor_texts(consults[0].recipient), \
            [(e.trigger.text, actor_texts(e.recipient)) for e in consults]


CONTESTS = [
    # a campaigner's attack on a person, told by a noun, is made in words like the verb's
    ("The senator launched a fierce attack on the governor at the debate.", "attack", "ACCUSE"),
    ("The militia launched an attack on the governor on Monday.", "attack", "ASSAULT"),
    ("Gunmen launched an attack on the governor's convoy.", "attack", "ASSAULT"),
    # a party's attack on a campaigning person is in words; on a state's forces it is what it says
    ("Republicans attacked the senator over her emails.", "attacked", "ACCUSE"),
    ("The Labour Party stepped up its attacks on the candidate.", "attacks", "ACCUSE"),
    ("Republicans attacked the Iraqi army.", "attacked", "ASSAULT"),
    ("Hamas attacked the Israeli prime minister.", "attacked", "ASSAULT"),
    # verbal attacks dropped end criticism, no act between parties; armed attacks stopped are a retreat
    ("The senator has dropped her attacks on the governor from her speeches.", "dropped", None),
    ("Rebels have stopped their attacks on the army.", "stopped", "RETREAT"),
    # fighting to be heard or seen is a struggle for notice; fighting to take a city is a fight
    ("Democrats were fighting to be heard at the meeting.", "fighting", None),
    ("Farmers are fighting to be seen by the government.", "fighting", None),
    ("Rebels were fighting government troops to take the city.", "fighting", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CONTESTS, ids=[t[:45] for t, _, _ in CONTESTS])
def test_words_of_war_in_a_political_contest_are_no_armed_acts(pipeline: Pipeline, text: str, trigger: str,
                                                                 expected: str | None) -> None:
    types = [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]
    assert types == ([expected] if expected else []), types


def test_the_event_nouns_own_modifier_still_names_the_party(pipeline: Pipeline) -> None:
    """The event's noun as a verb's prepositional object is no party, but its nationality modifier names one."""
    events = [e for e in asserted_events(pipeline, "Israel is opposed to Egyptian mediation in the talks.")
              if e.type == "REJECT"]
    assert events and any(r.country == "EGY" for r in events[0].recipient), events
