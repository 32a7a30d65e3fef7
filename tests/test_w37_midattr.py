"""Medial and closing attributions (wave 37, w37-midattr): a parenthetical attribution attributes the sentence
around it, and a sentence closed by its own attribution ("..., the manager said.") is that attribution's content
even when it opens with a quotation (not a continuation of the speaker quoted just before). Near-misses: an
apposition, an as-clause, a quotation with no attribution of its own, a capital after the marks. Sentences written
for accord."""

from __future__ import annotations

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


def test_a_medial_attribution_attributes_the_sentence_around_it(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The new rules, the mayor said, will be enforced by the city's own inspectors.")
    texts = [q.text for q in quotes if q.cue == "said"]
    assert "The new rules" in texts and "will be enforced by the city's own inspectors" in texts, texts
    assert all(q.speaker is not None and q.speaker.text == "the mayor" for q in quotes if q.cue == "said")


def test_an_opening_participle_clause_stays_out(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "Speaking to reporters after the vote, the senator said, the bill would "
                       "not pass the house.")
    assert [q.text for q in quotes if q.cue == "said"] == ["the bill would not pass the house"]


def test_near_miss_a_comma_set_apposition_is_no_cue(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The mayor, a lawyer by training, will lead the talks on the budget.")
    assert quotes == [], [(q.text, q.cue) for q in quotes]


def test_near_miss_an_as_clause_with_its_own_clause(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "As he said he would, the mayor signed the budget on Friday.")
    assert [q.text for q in quotes if q.cue == "said"] == ["he would"], [(q.text, q.cue) for q in quotes]


def test_a_quotation_going_on_to_a_final_attribution_alone(quote_pipeline: Pipeline) -> None:
    text = "\u201cWe never close early\u201d on holidays at the downtown branch, the manager said."
    quote = quote_holding(quotes_in(quote_pipeline, text), "We never close early")
    assert "on holidays at the downtown branch" in quote.text, quote.text
    assert_spoken_by(quote, "the manager")


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


def test_near_miss_a_capital_after_the_quotation_opens_a_new_sentence(quote_pipeline: Pipeline) -> None:
    text = _BEFORE + ("\u201cWe sold everything we had, the van, the oven and the shop\u201d The shop closed in May, "
                      "the owner said.\n")
    quote = quote_holding(quotes_in(quote_pipeline, text), "We sold everything")
    assert "The shop closed" not in quote.text, quote.text
    assert_spoken_by(quote, "the baker")
