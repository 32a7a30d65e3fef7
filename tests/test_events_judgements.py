"""A fault found in a party is an accusation of it (layer 1's judgement candidates, layer 4's sides): "X said Y was
guilty", "X argued that Y is a terrorist group", "X called Y a liar", "Y was branded a traitor by X". Sentences
written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Event


def _accusations(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in pipeline.extract(text, published="2024-03-04", id="t").events if e.type == "ACCUSE"]


def _sides(event: Event) -> tuple[list[str | None], list[str | None]]:
    return sorted(a.country for a in event.actor), sorted(a.country for a in event.recipient)


@pytest.mark.parametrize(("text", "sides"), [
    ("The Ghanaian foreign minister said the Togolese government was guilty of grave abuses.", (["GHA"], ["TGO"])),
    ("Ethiopia has long argued that the Eritrean army is a terrorist force.", (["ETH"], ["ERI"])),
    ("Senator Ted Cruz called Barack Obama a liar.", (["USA"], ["USA"])),
    ("The Ghanaian minister said Togo's conduct was illegal.", (["GHA"], ["TGO"])),  # whose doing is at fault
    ("Uganda was branded a terrorist state by Kenya's president.", (["KEN"], ["UGA"])),
])
def test_a_fault_found_in_a_party_accuses_it(pipeline: Pipeline, text: str,
                                             sides: tuple[list[str], list[str]]) -> None:
    found = _accusations(pipeline, text)
    assert len(found) == 1 and _sides(found[0]) == sides


@pytest.mark.parametrize("text", [
    "The Ghanaian foreign minister said the Togolese government was not guilty of any abuse.",  # cleared
    "The Ghanaian foreign minister said the new border rules were illegal.",  # a thing, nobody named
    "Kenya called Uganda a close friend.",  # no fault found
    "The Ghanaian foreign minister said the Togolese government was responsible for border security.",
])
def test_no_accusation_without_a_fault_found_in_a_party(pipeline: Pipeline, text: str) -> None:
    assert _accusations(pipeline, text) == []


def test_a_fault_found_hides_no_event_told_below_it(pipeline: Pipeline) -> None:
    events = pipeline.extract("The silence of the African Union is unacceptable when one of its members is killing "
                              "civilians, said the Kenyan minister.", published="2024-03-04", id="t").events
    assert sorted(e.type for e in events) == ["ACCUSE", "ASSAULT"]
