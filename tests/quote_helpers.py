"""Helpers shared by the quote tests (tests/test_quotes_*.py): run a pipeline on a text written for a test and
pick quotes out of what it found."""

from __future__ import annotations

from accord.pipeline import Pipeline
from accord.records import Quote


def quotes_in(pipeline: Pipeline, text: str) -> list[Quote]:
    """Every quote the pipeline finds in ``text``."""
    return list(pipeline.extract(text, id="t").quotes)


def quote_holding(quotes: list[Quote], words: str) -> Quote:
    """The first quote whose text holds ``words`` (the test fails, listing the quotes, when none does)."""
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote holds {words!r}: {[(q.text, q.cue) for q in quotes]}"
    return found[0]


def assert_spoken_by(quote: Quote, speaker: str) -> None:
    """The quote has a speaker whose words hold ``speaker``."""
    assert quote.speaker is not None and speaker in (quote.speaker.text or ""), (quote.text, quote.speaker)
