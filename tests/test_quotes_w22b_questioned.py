"""Verbs of questioning (issue 20, wave 22): "question", "press" and "grill" with an "about" phrase are acts of
asking, as "ask" is — what the question is about is the content ("was questioned about the dispute" is no
doubt cast on the one questioned), and the one asked is not the content."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import quote_holding, quotes_in


@pytest.mark.parametrize("sentence, content", [
    ("The senator was questioned about the pipeline deal.", "the pipeline deal"),
    ("When the mayor was questioned about the strike, she blamed the unions.", "the strike"),
    ("The treasurer was pressed about the missing funds.", "the missing funds"),
    ("Lawmakers grilled the chief executive about the quarterly losses.", "the quarterly losses"),
])
def test_what_a_questioning_is_about_is_the_content(quote_pipeline: Pipeline, sentence: str, content: str) -> None:
    quotes = quotes_in(quote_pipeline, sentence)
    quote = quote_holding(quotes, content)
    assert quote.text.removeprefix("about ") == content, quote.text


@pytest.mark.parametrize("sentence, asked", [
    ("The senator was questioned about the pipeline deal.", "The senator"),
    ("The treasurer was pressed about the missing funds.", "The treasurer"),
])
def test_the_one_questioned_is_not_the_content(quote_pipeline: Pipeline, sentence: str, asked: str) -> None:
    quotes = quotes_in(quote_pipeline, sentence)
    assert all(asked not in q.text for q in quotes), [q.text for q in quotes]


def test_a_doubt_cast_on_a_thing_stays_a_stance_toward_it(quote_pipeline: Pipeline) -> None:
    """Without "about", "questioned the deal" still doubts the deal."""
    quotes = quotes_in(quote_pipeline, "The senator questioned the pipeline deal.")
    assert quote_holding(quotes, "the pipeline deal").cue == "questioned"


def test_pressing_for_something_is_still_a_demand(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The unions pressed for higher wages.")
    assert quote_holding(quotes, "higher wages").cue == "pressed for"
