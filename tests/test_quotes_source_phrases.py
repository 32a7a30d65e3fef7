"""Source phrases ("according to X") inside the clause they attribute, on sentences written for accord: set
between the clause's subject and its verb, the phrase interrupts the content, which runs on both sides
(PARC); at either end of the sentence the rest of the sentence is the content."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Quote

OPENING = "The town council met on Friday. "


def _according(pipeline: Pipeline, sentence: str) -> Quote:
    found = [q for q in pipeline.extract(OPENING + sentence, id="t").quotes if (q.cue or "").lower() == "according to"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("sentence, speaker", [
    ("The new bridge, according to the engineer, will cost the town two million euros.", "the engineer"),
    ("Among the roads at risk, according to the county report, are six bridges over the river.",
     "the county report"),
])
def test_a_phrase_inside_the_clause_attributes_both_sides(
    quote_pipeline: Pipeline, sentence: str, speaker: str
) -> None:
    quote = _according(quote_pipeline, sentence)
    assert quote.text == sentence.rstrip(".")
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize("sentence, content", [
    ("The new bridge will cost two million euros, according to the engineer.",
     "The new bridge will cost two million euros"),
    ("According to the engineer, the new bridge will cost two million euros.",
     "the new bridge will cost two million euros"),
])
def test_a_phrase_at_either_end_attributes_the_rest(quote_pipeline: Pipeline, sentence: str, content: str) -> None:
    assert _according(quote_pipeline, sentence).text == content
