"""Verbs of discovery ("find") as cues, on sentences written for accord: a judgement or a finding of evidence
is attributed; what someone merely came upon is not."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.quotes.lexicon import load_lexicon
from accord.records import Quote

OPENING = "The town council met on Friday. "


def _found(pipeline: Pipeline, sentence: str) -> list[Quote]:
    return [q for q in pipeline.extract(OPENING + sentence, id="t").quotes if q.cue == "found" or q.cue == "find"]


@pytest.mark.parametrize("sentence", [
    "The young bakers could not find jobs that pay well.",
    "The baker found ways to sell his bread in the next town.",
    "The police found the stolen van behind the station.",
])
def test_what_was_come_upon_is_no_attribution(quote_pipeline: Pipeline, sentence: str) -> None:
    assert _found(quote_pipeline, sentence) == []


@pytest.mark.parametrize("sentence, content", [
    ("The new survey found broad support for the bridge.", "broad support for the bridge"),
    ("The inquiry found no record of the payment.", "no record of the payment"),
    ("The inspectors found the new tax to be unfair.", "the new tax to be unfair"),
    ("The survey found the mayor leading by ten points.", "the mayor leading by ten points"),
    ("The inspectors found that the bridge was unsafe.", "that the bridge was unsafe"),
])
def test_a_judgement_or_a_finding_of_evidence_is_attributed(
    quote_pipeline: Pipeline, sentence: str, content: str
) -> None:
    found = _found(quote_pipeline, sentence)
    assert [q.text for q in found] == [content]


def test_discovery_verbs_and_evidence_nouns_are_data() -> None:
    lexicon = load_lexicon()
    assert "find" in lexicon.discovery_verbs and "find" in lexicon.object_verbs
    assert {"poll", "survey", "inquiry"} <= lexicon.evidence_nouns
