"""Layer 4 on sentences written for these tests (wave 17): the target of an event told as a purpose clause, and a
person named before told again by a standing ("the candidate", "the billionaire").

"went on television *to defend* X", "took to social media *to accuse* X": when the purpose clause's own verb names
a party, as its object or after one of its prepositions, that party is the target; the prepositions of the verb
hosting the clause say where the doer went or what it used. With no party of its own, the host's place may still
stand for the target ("flew to Kyiv to sign an agreement")."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Event


def _event(pipeline: Pipeline, text: str, event_type: str, trigger: str) -> Event:
    events = pipeline.extract(text, published="2024-03-04", id="t").events
    found = [e for e in events if e.type == event_type and e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


@pytest.mark.parametrize(("text", "event_type", "trigger", "target"), [
    ("The activist took to Twitter to accuse the mayor of corruption.", "ACCUSE", "accuse", "the mayor"),
    ("The senator went on Fox News to defend the governor.", "SUPPORT", "defend", "the governor"),
    ("The opposition leader went on state television to condemn the army chief.", "ACCUSE", "condemn",
     "the army chief"),
    ("The governor went to Washington to lobby the senators.", "REQUEST", "lobby", "the senators"),
])
def test_a_purpose_clause_names_its_own_target(pipeline: Pipeline, text: str, event_type: str, trigger: str,
                                               target: str) -> None:
    event = _event(pipeline, text, event_type, trigger)
    assert [a.text for a in event.recipient] == [target]


def test_a_party_after_the_purpose_verbs_object_outranks_the_hosts_place(pipeline: Pipeline) -> None:
    event = _event(pipeline, "The foreign minister went to Beijing to sign a trade deal with Vietnam.", "AGREE", "sign")
    assert [a.country for a in event.recipient] == ["VNM"]


def test_with_no_party_of_its_own_the_hosts_place_still_names_the_target(pipeline: Pipeline) -> None:
    event = _event(pipeline, "The prime minister flew to Kyiv to sign an agreement.", "AGREE", "sign")
    assert [a.country for a in event.recipient] == ["UKR"]


# --- a person named before, told again by a standing: "the candidate", "the billionaire" ------------------------


@pytest.mark.parametrize(("text", "event_type", "trigger", "side", "name"), [
    ("Maria Lopez spoke in Denver on Monday. The Democratic candidate criticised the governor's plan.",
     "ACCUSE", "criticised", "actor", "Maria Lopez"),
    ("Donald Trump gave an interview on Monday. Two senators urged the Manhattan billionaire to release the tapes.",
     "REQUEST", "urged", "recipient", "Donald Trump"),
    ("Thaksin Shinawatra returned to Bangkok on Tuesday. Police arrested the billionaire at the airport.",
     "COERCE", "arrested", "recipient", "Thaksin Shinawatra"),
])
def test_a_standing_stands_for_the_person_named_before(pipeline: Pipeline, text: str, event_type: str,
                                                       trigger: str, side: str, name: str) -> None:
    event = _event(pipeline, text, event_type, trigger)
    assert [a.name for a in getattr(event, side)] == [name]


@pytest.mark.parametrize(("text", "event_type", "trigger", "side"), [
    # a pronoun beside it is the person spoken of: the description is someone the text has not named
    ("Maria Lopez spoke in Denver. She criticised the Republican candidate for his remarks.", "ACCUSE",
     "criticised", "recipient"),
    # never another argument of its own verb
    ("Donald Trump spoke in Ohio on Monday. The candidate met Trump in Cleveland.", "CONSULT", "met", "actor"),
    # "former" makes it someone else; the plural is several
    ("Thaksin Shinawatra returned to Bangkok on Tuesday. The army criticised the former candidate.", "ACCUSE",
     "criticised", "recipient"),
])
def test_a_standing_that_cannot_be_the_person_named_before_stays_unnamed(pipeline: Pipeline, text: str,
                                                                         event_type: str, trigger: str,
                                                                         side: str) -> None:
    event = _event(pipeline, text, event_type, trigger)
    assert all(a.name is None for a in getattr(event, side))


def test_people_at_large_leave_the_hosts_place_as_the_target(pipeline: Pipeline) -> None:
    """Civilians named by the purpose verb are no organised party: the place the doer went to stands for them."""
    event = _event(pipeline, "The charity said the doctor went to Yemen to help people.", "AID", "help")
    assert [a.text for a in event.recipient] == ["Yemen"]
