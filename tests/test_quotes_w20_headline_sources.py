"""Headline sources before a colon (issue 20): a bare plural of an agent noun ("Economists: …") names who says
it, a topical plural does not ("Tariffs: …"); a text with its owner's name is the owner's ("Tribune editorial:
…"); the source stays what stands before the colon when the parser runs it on as an apposition; the content
ends with the headline's line (a subheading on the next line is the article's own)."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import quotes_in

_BODY = "\n\nThe mayor spoke on Monday in the city hall. She left early.\n"


@pytest.mark.parametrize("headline, content, speaker", [
    ("Economists: New tariff will hurt farmers.", "New tariff will hurt farmers", "Economists"),
    ("Farm lobbyists: Subsidies must stay.", "Subsidies must stay", "Farm lobbyists"),
    ("Tribune editorial: 'Repeal the tax.'", "Repeal the tax", "Tribune editorial"),
])
def test_a_colon_headline_source(quote_pipeline: Pipeline, headline: str, content: str, speaker: str) -> None:
    quotes = [q for q in quotes_in(quote_pipeline, headline + _BODY) if q.cue == ":"]
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [(content, speaker)]


@pytest.mark.parametrize("headline", [
    "Tariffs: What the new rules mean for farmers.",
    "Primaries: A guide to the key races.",
    "Elections: Voters head to the polls in three states.",
])
def test_a_topic_before_a_colon_is_no_source(quote_pipeline: Pipeline, headline: str) -> None:
    assert not [q for q in quotes_in(quote_pipeline, headline + _BODY) if q.cue == ":"]


def test_the_content_ends_with_the_headline_line(quote_pipeline: Pipeline) -> None:
    text = "Economists: Tariff will hurt farmers;\nThe cost of food may rise by a tenth, analyst says." + _BODY
    quotes = quotes_in(quote_pipeline, text)
    headline = [q for q in quotes if q.cue == ":"]
    assert [q.text for q in headline] == ["Tariff will hurt farmers"]
    assert any(q.text == "The cost of food may rise by a tenth" and q.cue == "says" for q in quotes)
