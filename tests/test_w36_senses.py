"""Layers 2 and 3 on sentences written for these tests (wave 36, false events on political news):

- Idioms of winning or of command are no event of their trigger's lexicon type: endorsements or support "locked
  up" are secured (people locked up are detained); a nomination or a fate "sealed" is decided (a deal sealed is an
  agreement); "took charge of" is command, no charge (charges filed stay one).
- A tribute offered is praise (SUPPORT), no offer of an agreement; aid offered stays an offer.
- A deed of force told in the simple present on a kind ("individuals kill people", "the dictator kills
  journalists") is a generalisation, coded but not asserted; a known side, a count, the past, the progressive or a
  headline keep it an act.
- A clause stating the terms of a deal or a plan ("a deal whereby forces withdraw") tells what is to come; an act
  done under a law, or a deal told, stays asserted.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _kinds(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    """(type, trigger, factuality) of every event of ``text``."""
    return [(e.type, e.trigger.text, e.factuality)
            for e in pipeline.extract(text, published="2016-10-04", id="t").events]


def _asserted_types(pipeline: Pipeline, text: str) -> list[str]:
    return [k[0] for k in _kinds(pipeline, text) if k[2] == "asserted"]


@pytest.mark.parametrize(("text", "wrong_type"), [
    ("Senator Mary Hale locked up endorsements from three unions in May.", "COERCE"),
    ("Governor Tom Reyes sealed the nomination on Tuesday.", "AGREE"),
    ("General Ali took charge of the rebels' surrender talks in March.", "ACCUSE"),
    ("Governor Tom Reyes offered a tribute to the fallen soldiers on Tuesday.", "AGREE"),
])
def test_an_idiom_is_no_event_of_its_trigger(pipeline: Pipeline, text: str, wrong_type: str) -> None:
    assert wrong_type not in _asserted_types(pipeline, text), _kinds(pipeline, text)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Police locked up the protest leaders on Monday.", "COERCE"),
    ("Iran and Iraq sealed a trade deal on Tuesday.", "AGREE"),
    ("Police filed charges against General Ali in March.", "ACCUSE"),
    ("The rebels threatened to attack the city on Monday.", "THREATEN"),
    ("Governor Tom Reyes offered aid to Haiti on Tuesday.", "AGREE"),
    ("Senator Hale met party officials on Tuesday.", "CONSULT"),
])
def test_the_plain_sense_stays(pipeline: Pipeline, text: str, event_type: str) -> None:
    assert event_type in _asserted_types(pipeline, text), _kinds(pipeline, text)


def test_a_tribute_offered_is_praise(pipeline: Pipeline) -> None:
    text = "Governor Tom Reyes offered a tribute to the fallen soldiers on Tuesday."
    assert "SUPPORT" in _asserted_types(pipeline, text), _kinds(pipeline, text)


def test_a_meeting_to_come_is_future_not_dropped(pipeline: Pipeline) -> None:
    kinds = _kinds(pipeline, "Senator Hale will meet party officials on Tuesday.")
    assert ("CONSULT", "meet", "future") in kinds, kinds


@pytest.mark.parametrize("text", [
    "The host said that individuals other than Muslims kill people in mass shootings.",
    "Militias abduct children for ransom in the north, the report said.",
    "The dictator kills journalists and opponents, the senator said.",
])
def test_a_kind_acting_on_a_kind_is_generic(pipeline: Pipeline, text: str) -> None:
    kinds = _kinds(pipeline, text)
    assert any(k[0] == "ASSAULT" and k[2] == "hypothetical" for k in kinds), kinds
    assert "ASSAULT" not in _asserted_types(pipeline, text), kinds


@pytest.mark.parametrize("text", [
    "Rebels attack the city from the hills, the governor said.",
    "Gunmen kill 12 villagers in raid on church",
    "Gunmen killed villagers in the north on Monday.",
    "Government forces kill dozens in Homs, activists say.",
    "The army kills the rebel leader in Homs, officials say.",
    "The regime is killing protesters in Homs, activists said.",
])
def test_a_deed_with_a_known_side_a_count_or_a_time_stays_asserted(pipeline: Pipeline, text: str) -> None:
    assert "ASSAULT" in _asserted_types(pipeline, text), _kinds(pipeline, text)


def test_present_speech_of_a_kind_stays_asserted(pipeline: Pipeline) -> None:
    text = "Critics accuse officials of fraud."
    assert "ACCUSE" in _asserted_types(pipeline, text), _kinds(pipeline, text)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Analysts have suggested a deal whereby Kurdish forces withdraw from the border.", "RETREAT"),
    ("The ministers discussed a plan under which the rebels release all prisoners.", "RETREAT"),
])
def test_the_terms_of_a_deal_are_to_come(pipeline: Pipeline, text: str, event_type: str) -> None:
    kinds = _kinds(pipeline, text)
    assert any(k[0] == event_type and k[2] == "future" for k in kinds), kinds
    assert event_type not in _asserted_types(pipeline, text), kinds


@pytest.mark.parametrize(("text", "event_type"), [
    ("The court upheld the law under which police detained the activists in May.", "COERCE"),
    ("The deal that Turkey signed with Russia angered Washington.", "AGREE"),
    ("Kurdish forces withdrew from the border after the deal.", "RETREAT"),
])
def test_an_act_under_a_law_or_a_deal_told_stays_asserted(pipeline: Pipeline, text: str, event_type: str) -> None:
    assert event_type in _asserted_types(pipeline, text), _kinds(pipeline, text)
