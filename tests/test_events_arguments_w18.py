"""Layer 4 on sentences written for these tests (wave 18): the sides of an event where a blind reading of
international news found the wrong phrase named.

- A second relative clause coordinated with a first ("the police, who arrested X, and who later beat Y") is an
  aside about the same noun: its event is told, and its relative pronoun stands for that noun.
- A relative clause in the singular after a coordination ("Kenya and Ethiopia, which has sent troops") stands for
  the last member only; in the plural, for all of them.
- A verb the parser hung on a noun as its conjunct is a clause, never a second party of the noun's phrase.
- A nationality qualifying a town or city ("the northern Iraqi town of X") says where a place is: no party.
- A nationality qualifying the name of a people ("Iraqi Kurds") names those people, not the state alone.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from accord.pipeline import Pipeline
from accord.records import Actor
from event_helpers import countries_of as _countries
from event_helpers import events_on_a_day as _events
from event_helpers import the_event as _event


def _texts(actors: Iterable[Actor]) -> list[str]:
    return [a.text for a in actors]


# --- coordinated relative clauses -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("The Kenyan police, who arrested the activists, and who later beat protesters, were criticised.", "beat",
     "The Kenyan police"),
    ("The rebels, who seized the town, and who later criticised the Kenyan government, were praised.",
     "criticised", "The rebels"),
    ("The Ugandan soldiers, who had guarded the camp, and who later attacked Somali militants, were decorated.",
     "attacked", "The Ugandan soldiers"),
])
def test_a_second_relative_clause_is_done_by_the_same_noun(pipeline: Pipeline, text: str, trigger: str,
                                                            doer: str) -> None:
    event = _event(pipeline, text, trigger)
    assert _texts(event.actor) == [doer]


def test_a_verb_hung_on_a_noun_is_no_second_party(pipeline: Pipeline) -> None:
    """The clause's own object ("Kenyan officials") is not praised along with the fighters."""
    text = "The fighters, who had defended the town, and who later attacked Kenyan officials, were praised."
    event = _event(pipeline, text, "praised")
    assert "KEN" not in _countries(event.recipient)


# --- agreement of a relative clause with a coordination ---------------------------------------------------------


def test_a_singular_relative_clause_stands_for_the_last_member(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Kenya and Ethiopia, which has sent troops to Somalia, oppose the plan.", "sent")
    assert _countries(event.actor) == ["ETH"]


def test_a_plural_relative_clause_stands_for_the_coordination(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Kenya and Ethiopia, which have sent troops to Somalia, oppose the plan.", "sent")
    assert _countries(event.actor) == ["ETH", "KEN"]


def test_the_main_verb_keeps_the_whole_coordination(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Kenya and Ethiopia, which has sent troops to Somalia, oppose the plan.", "oppose")
    assert _countries(event.actor) == ["ETH", "KEN"]


# --- nationality adjectives inside a larger phrase --------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger"), [
    ("The battle for the northern Iraqi town of Hit was won by Iraqi forces last month.", "battle"),
    ("The militants have taken refuge in the Syrian town of Qusayr.", "refuge"),
])
def test_a_nationality_of_a_town_is_no_party(pipeline: Pipeline, text: str, trigger: str) -> None:
    for event in _events(pipeline, text):
        assert all(a.text not in ("Iraqi", "Syrian") for a in (*event.actor, *event.recipient)), event


@pytest.mark.parametrize(("text", "trigger", "side", "phrase", "country"), [
    ("The army launched attacks on Iraqi Kurds in 1990.", "attacks", "recipient", "Iraqi Kurds", "IRQ"),
    ("Turkish troops killed three Syrian Kurds.", "killed", "recipient", "Syrian Kurds", "SYR"),
    ("British Kurds are blocking roads in the capital.", "blocking", "actor", "British Kurds", "GBR"),
])
def test_a_nationality_of_a_people_names_those_people(pipeline: Pipeline, text: str, trigger: str, side: str,
                                                      phrase: str, country: str) -> None:
    event = _event(pipeline, text, trigger)
    actors = event.actor if side == "actor" else event.recipient
    assert _texts(actors) == [phrase]
    assert _countries(actors) == [country]


def test_a_nationality_of_unnamed_towns_stands_for_the_country(pipeline: Pipeline) -> None:
    """"Threatened to shell Syrian towns": towns known only as Syria's are Syria's (PLOVER codes the country)."""
    event = _event(pipeline, "Turkey threatened to shell Syrian towns near the border.", "threatened")
    assert _countries(event.recipient) == ["SYR"]


def test_nouns_under_one_determiner_are_one_referent(pipeline: Pipeline) -> None:
    """"the reporter and activist who was shot": one person, whom the singular clause is about."""
    text = "Crowds mourned Jo Lane, the Kenyan reporter and activist who was shot by police in Nairobi."
    event = _event(pipeline, text, "shot")
    assert [a.country for a in event.recipient] == ["KEN"]


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("The town is guarded by Kenyan soldiers who arrived in May, and who later attacked Somali militants.",
     "attacked", "Kenyan soldiers"),
    ("The base is run by officers who trained abroad, and who later arrested Somali traders.", "arrested",
     "officers"),
])
def test_a_relative_clause_hung_on_the_main_verb_repeats_the_first(pipeline: Pipeline, text: str, trigger: str,
                                                                    doer: str) -> None:
    """The parser hangs "and who later ..." on the main verb; the same pronoun opened the first relative clause."""
    event = _event(pipeline, text, trigger)
    assert _texts(event.actor) == [doer]
