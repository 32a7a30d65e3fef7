"""Declining an interview is declining to speak, no political refusal (as "declined to comment" already is): "declined
to be interviewed", "declined an interview request", "refused requests for comment"; a request for aid or for talks
declined stays a refusal (REJECT)."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import asserted_events

NO_REFUSAL = [
    "The senator declined to be interviewed for this article.",
    "The governor declined an interview request from the newspaper.",
    "The minister declined repeated requests for an interview.",
    "The president's office refused requests for comment on Tuesday.",
    "The ambassador refused to give an interview to the station.",
]

REFUSALS = [
    ("The government declined a request for military aid from the rebels.", "declined"),
    ("The president refused an invitation to talks with the opposition.", "refused"),
]


@pytest.mark.parametrize("text", NO_REFUSAL)
def test_declining_an_interview_is_no_refusal(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(text, published="2021-03-01").events
    assert [(e.type, e.trigger.text) for e in events if e.type == "REJECT"] == []


@pytest.mark.parametrize(("text", "trigger"), REFUSALS)
def test_declining_a_request_for_an_act_stays_a_refusal(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert ("REJECT", trigger) in [(e.type, e.trigger.text) for e in asserted_events(pipeline, text)]


def test_rejecting_a_statement_is_a_refusal(pipeline: Pipeline) -> None:
    """A statement rejected is a party's position rejected, no interview declined."""
    text = "The president rejected a statement by the foreign ministry on Monday."
    assert ("REJECT", "rejected") in [(e.type, e.trigger.text) for e in asserted_events(pipeline, text)]
