"""Medial attributions as the quote stage reads them now, pinned with their near-misses (wave 37, w37-midattr:
the rule built on this branch was taken out, see REPORT.md). Sentences written for accord."""

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
