"""A word that stands for a whole content as the complement of a verb of speech or thought ("half said so",
"70 percent said yes", "traders say the same of the deal") is the content, on sentences written for accord."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import quotes_in


@pytest.mark.parametrize("text, content, speaker", [
    ("Asked whether the bridge should close, 70 percent of residents said yes.", "yes", "70 percent"),
    ("Most farmers back the plan, and 40 percent of the traders say the same of the harbour deal.",
     "the same of the harbour deal", "40 percent"),
    ("The mayor was angry when he said that.", "that", "he"),
])
def test_a_pro_form_is_the_content(quote_pipeline: Pipeline, text: str, content: str, speaker: str) -> None:
    quotes = [q for q in quotes_in(quote_pipeline, text) if q.cue in ("said", "say")]
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker is not None and quotes[0].speaker.text.startswith(speaker)


def test_that_opening_a_clause_is_no_pro_form(quote_pipeline: Pipeline) -> None:
    quotes = [q for q in quotes_in(quote_pipeline, "The mayor said that the bridge would close.") if q.cue == "said"]
    assert [q.text for q in quotes] == ["that the bridge would close"]


def test_it_is_no_pro_form(quote_pipeline: Pipeline) -> None:
    # "said it" is as often what was said as the text the sentence refers to: left alone
    assert not [q for q in quotes_in(quote_pipeline, "The mayor said it twice.") if q.text == "it"]
