""""Made it clear that …" as a cue, on sentences written for accord: the predicate of "make" declares the
that-clause, whose source is the subject of "make"; an adjective that declares nothing, or an expletive
"it is clear", is no attribution."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.quotes.lexicon import load_lexicon
from accord.records import Quote

OPENING = "The town council met on Friday. "


def _quotes(pipeline: Pipeline, sentence: str) -> list[Quote]:
    return list(pipeline.extract(OPENING + sentence, id="t").quotes)


@pytest.mark.parametrize("sentence, content", [
    ("The mayor made it clear that the bridge will not reopen this year.",
     "that the bridge will not reopen this year"),
    ("The mayor made clear that the bridge will not reopen this year.", "that the bridge will not reopen this year"),
    ("The mayor has made it plain to the council that she will not resign.", "that she will not resign"),
])
def test_made_clear_attributes_the_that_clause_to_the_subject(
    quote_pipeline: Pipeline, sentence: str, content: str
) -> None:
    quotes = _quotes(quote_pipeline, sentence)
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "The mayor"
    assert not quotes[0].direct


@pytest.mark.parametrize("sentence", [
    "It is clear that the bridge will not reopen this year.",
    "The rain made the road clear of dust.",
])
def test_no_declaration_no_attribution(quote_pipeline: Pipeline, sentence: str) -> None:
    assert _quotes(quote_pipeline, sentence) == []


def test_declaring_adjectives_are_data() -> None:
    assert {"clear", "plain"} <= load_lexicon().declaring_adjectives
