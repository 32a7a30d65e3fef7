"""Event recall in the candidate and type layers: realisations of an event word that the parse splits or
hides. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Event


def _asserted(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in pipeline.extract(text, published="2022-05-02").events if e.factuality == "asserted"]


def _types(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in _asserted(pipeline, text)]


# "call for X to do Y": the parser makes "for" the complementizer of the infinitive clause, not the verb's
# preposition; the two-word sense of the verb still holds.
FOR_TO = [
    ("Norway called for the truce to start at once.", "called"),
    ("The Irish government is calling for the border crossings to be reopened.", "calling"),
    ("Chile called for the detained reporters to be freed.", "called"),
]


@pytest.mark.parametrize(("text", "trigger"), FOR_TO, ids=[t[:40] for t, _ in FOR_TO])
def test_a_call_for_an_infinitive_clause_is_a_request(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert ("REQUEST", trigger) in _types(pipeline, text), _types(pipeline, text)


NOT_A_CALL = [
    "Norway waited for the truce to start.",
    "Chile called the detained reporters brave.",
    "It is time for the talks to begin.",
]


@pytest.mark.parametrize("text", NOT_A_CALL, ids=[t[:40] for t in NOT_A_CALL])
def test_for_before_an_infinitive_clause_makes_no_request_of_other_verbs(pipeline: Pipeline, text: str) -> None:
    assert "REQUEST" not in [t for t, _ in _types(pipeline, text)], _types(pipeline, text)
