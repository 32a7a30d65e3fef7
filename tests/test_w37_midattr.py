"""A sentence closed by its own attribution ("…, the manager said.") is that attribution's content even when it
opens with a quotation: the quotation is not a continuation of the speaker quoted just before it. Sentences
written for accord."""

from __future__ import annotations

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in

_BEFORE = "\u201cIt was a hard year for us,\u201d the baker said.\n\n"


def test_a_quotation_opening_a_sentence_closed_by_its_own_attribution(quote_pipeline: Pipeline) -> None:
    text = _BEFORE + "\u201cWe never close early\u201d on holidays at the downtown branch, the manager said.\n"
    quote = quote_holding(quotes_in(quote_pipeline, text), "We never close early")
    assert "on holidays at the downtown branch" in quote.text, quote.text
    assert_spoken_by(quote, "the manager")


def test_in_the_same_paragraph_too(quote_pipeline: Pipeline) -> None:
    text = ("\u201cIt was a hard year for us,\u201d the baker said. \u201cWe sold the van\u201d to pay the rent "
            "for the winter, the owner added.")
    quote = quote_holding(quotes_in(quote_pipeline, text), "We sold the van")
    assert "to pay the rent" in quote.text, quote.text
    assert_spoken_by(quote, "the owner")


def test_near_miss_a_quotation_with_no_attribution_of_its_own_keeps_the_speaker(quote_pipeline: Pipeline) -> None:
    text = _BEFORE + "\u201cWe sold the van and the shop, and we kept only the oven.\u201d\n"
    quote = quote_holding(quotes_in(quote_pipeline, text), "We sold the van")
    assert_spoken_by(quote, "the baker")


def test_near_miss_an_as_clause_is_no_closing_attribution(quote_pipeline: Pipeline) -> None:
    text = _BEFORE + "\u201cWe sold the van and the shop,\u201d as he said, and we kept only the oven.\n"
    quotes = quotes_in(quote_pipeline, text)
    assert all(q.speaker is None or "manager" not in (q.speaker.text or "") for q in quotes)
    assert_spoken_by(quote_holding(quotes, "We sold the van"), "he")


def test_near_miss_an_apposition_is_no_cue(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The mayor, a lawyer by training, will lead the talks on the budget.")
    assert quotes == [], [(q.text, q.cue) for q in quotes]
