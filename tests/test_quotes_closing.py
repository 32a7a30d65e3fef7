"""Attributions that close the sentence before them ("…, X said."), on sentences written for accord: a verb
of telling keeps its listener as object and still closes the sentence; a semicolon ends the attribution's
clause, so the writer's clause after it neither blocks the attribution nor joins its content."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.quotes.lexicon import load_lexicon
from accord.records import Quote
from quote_helpers import quotes_in


def _only(quotes: list[Quote], cue: str) -> Quote:
    found = [q for q in quotes if q.cue == cue]
    assert len(found) == 1, [(q.text, q.cue) for q in quotes]
    return found[0]


@pytest.mark.parametrize("sentence, cue, speaker", [
    ("The bakery will close its doors before the winter, Anna Berg told reporters.", "told", "Anna Berg"),
    ("The bakery will close its doors before the winter, the owner told the town paper on Monday.", "told",
     "the owner"),
    ("The bakery will close its doors before the winter, Anna Berg assured her customers.", "assured",
     "Anna Berg"),
    ("The bakery will close its doors before the winter, the landlord warned the tenants last week.", "warned",
     "the landlord"),
])
def test_a_verb_of_telling_closes_the_sentence_with_its_listener(
    quote_pipeline: Pipeline, sentence: str, cue: str, speaker: str
) -> None:
    quote = _only(quotes_in(quote_pipeline, "The town council met on Friday. " + sentence), cue)
    assert quote.text == "The bakery will close its doors before the winter"
    assert not quote.direct
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_an_object_that_is_what_was_said_still_blocks_the_closing_reading(quote_pipeline: Pipeline) -> None:
    # "said the words" has content of its own: the sentence before is not what "said" attributes
    quotes = quotes_in(quote_pipeline, "The bakery closed last year, and the baker said a prayer.")
    assert not any(q.cue == "said" and "bakery" in q.text for q in quotes)


@pytest.mark.parametrize("sentence, cue", [
    ("To keep the seat, a mayor probably needs half of the rural vote, local analysts say; in 2010, the last "
     "mayor won only a third of it.", "say"),
    ("The bridge will not reopen before the spring, the engineer warned; the council did not reply.", "warned"),
])
def test_a_semicolon_ends_the_closing_attribution(quote_pipeline: Pipeline, sentence: str, cue: str) -> None:
    quote = _only(quotes_in(quote_pipeline, "The town council met on Friday. " + sentence), cue)
    assert sentence.startswith(quote.text)
    assert ";" not in quote.text and "reply" not in quote.text and "2010" not in quote.text


def test_listener_verbs_are_data() -> None:
    lexicon = load_lexicon()
    assert {"tell", "assure", "warn"} <= lexicon.listener_verbs
    assert "say" not in lexicon.listener_verbs  # "said a prayer": the object is what was said


@pytest.mark.parametrize("sentence", [
    "In her letter, the teacher reminded the parents of the fire at the old school.",
    "Two banks are advising the brewer on its planned sale to a rival.",
])
def test_a_listener_with_something_told_about_is_no_closing_attribution(
    quote_pipeline: Pipeline, sentence: str
) -> None:
    # the words before the comma are no content: what was told is the object's complement
    quotes = quotes_in(quote_pipeline, "The town council met on Friday. " + sentence)
    assert not any(q.text.startswith(("In her letter", "Two banks", "The town council")) for q in quotes)
