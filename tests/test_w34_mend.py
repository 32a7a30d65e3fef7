"""Wave 34's review findings, mended: each rule that takes an event away holds only in its own sense, beside the
near miss that keeps the event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import ASSERTED, Event


def _asserted(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in pipeline.extract(text, published="2024-03-04", id="t").events if e.factuality == ASSERTED]


def _types(pipeline: Pipeline, text: str) -> set[str]:
    return {e.type for e in _asserted(pipeline, text)}


# --- 1: only the press's request or question, declined, is declining to speak

@pytest.mark.parametrize("text", [
    "The embassy declined to reply to requests for comment on Tuesday.",
    "Senator Maria Ostrova refused to answer questions from journalists after the vote.",
])
def test_declining_the_press_is_no_refusal(pipeline: Pipeline, text: str) -> None:
    assert "REJECT" not in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Syria refused to respond to Turkey's request for a ceasefire.",
    "Venezuela declined to answer the call for talks from Colombia.",
    "The defence minister refused to answer questions from the senate committee.",
    "The mayor declined to answer the letter from the nurses' union.",
])
def test_refusing_a_partys_request_stays_a_refusal(pipeline: Pipeline, text: str) -> None:
    assert "REJECT" in _types(pipeline, text)


# --- 2 and 3: voters are a campaign's audience only when asked a campaign's act

@pytest.mark.parametrize("text", [
    "The African Union urged voters in Nigeria to stay away from violence.",
    "The electoral board urged voters to stay calm while the count went on.",
    "The governor urged constituents to save electricity during the heatwave.",
    "The police called on voters to keep away from the square.",
])
def test_anyone_asking_voters_for_no_campaign_act_makes_a_request(pipeline: Pipeline, text: str) -> None:
    assert "REQUEST" in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Senator Maria Okafor urged voters to turn out on Tuesday.",
    "Senator Maria Okafor urged her supporters to vote for her.",
    "Senator Maria Okafor asked voters for their support.",
])
def test_a_campaign_act_asked_of_voters_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert "REQUEST" not in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "The rebel commander urged his followers to volunteer for the front.",
    "The opposition leader urged her supporters to turn against the regime.",
])
def test_own_people_asked_no_campaign_act_stays_a_request(pipeline: Pipeline, text: str) -> None:
    assert "REQUEST" in _types(pipeline, text)
