"""Reported speech the rules missed outright (issue 20, wave 21): an as-clause after a connective, a
that-clause the parser hung deep inside the cue's adjunct, and a closing attribution whose speaker the
recogniser ran into the name before the comma."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize("sentence, content, speaker", [
    ("But as a local reporter noted, the mayor did not even fill half the hall.",
     "the mayor did not even fill half the hall", "reporter"),
    ("However, as the newspaper has reported, the contracts held clauses that were never enforced.",
     "the contracts held clauses that were never enforced", "newspaper"),
    ("And yet, as critics noted, the plan failed.", "the plan failed", "critics"),
])
def test_an_as_clause_after_a_connective_attributes_the_clause_after_it(
        quote_pipeline: Pipeline, sentence: str, content: str, speaker: str) -> None:
    """"But"/"However" link the sentence to the one before: the writer's words, not the content."""
    quotes = quotes_in(quote_pipeline, sentence)
    quote = quote_holding(quotes, content)
    assert quote.text == content, quote.text
    assert_spoken_by(quote, speaker)


def test_an_as_clause_inside_the_clause_attributes_both_sides(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The mayor, as the newspaper reported, did not fill the hall.")
    first = quote_holding(quotes, "The mayor")
    second = quote_holding(quotes, "did not fill the hall")
    assert first.attribution == second.attribution
    assert "reported" not in first.text and "reported" not in second.text


def test_an_as_clause_closing_the_sentence_still_attributes_what_precedes(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The mayor did not fill the hall, as the newspaper reported.")
    assert quote_holding(quotes, "The mayor did not fill the hall").cue == "reported"


@pytest.mark.parametrize("sentence, content", [
    ("The spokesman also said for the first time that some emails have been located and will be withheld.",
     "that some emails have been located and will be withheld"),
    ("The senator said Monday in an interview with a local station that the bill would pass.",
     "that the bill would pass"),
    ("The senator told reporters at a news conference on Capitol Hill that the bill would pass.",
     "that the bill would pass"),
])
def test_a_that_clause_hung_inside_the_adjunct_is_the_cue_s_content(
        quote_pipeline: Pipeline, sentence: str, content: str) -> None:
    """"said <when/where> that …": the parser may hang the that-clause on a noun of the adjunct, even as a
    relative clause; with no gap for "that" to fill it is the complement of the verb of saying."""
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content, quote.text
    assert quote.cue in ("said", "told")


def test_a_relative_clause_of_the_adjunct_is_not_content(quote_pipeline: Pipeline) -> None:
    """"at the plant that the company built": "that" fills the object gap of "built": a relative clause."""
    quotes = quotes_in(quote_pipeline, "The mayor said at the plant that the company built last year.")
    assert not any("the company built" in q.text for q in quotes), [(q.text, q.cue) for q in quotes]


@pytest.mark.parametrize("sentence, content, speaker", [
    ("Her support has moved to Jones, Brown said.", "Her support has moved to Jones", "Brown"),
    ("The vote will shift to Jones, Brown said.", "The vote will shift to Jones", "Brown"),
])
def test_a_closing_speaker_is_not_run_into_the_name_before_the_comma(
        quote_pipeline: Pipeline, sentence: str, content: str, speaker: str) -> None:
    """The recogniser may read "Jones, Brown" as one name; the parse hangs "Jones" on the sentence before."""
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content, quote.text
    assert quote.cue == "said"
    assert_spoken_by(quote, speaker)


def test_a_naming_verb_s_second_object_is_its_predicate(quote_pipeline: Pipeline) -> None:
    """"with X calling Brown a fraud": the parser may read the predicate as a second object."""
    quotes = quotes_in(quote_pipeline,
                       "Other candidates went further, with former Ohio Gov. John Smith calling Brown a fraud.")
    quote = quote_holding(quotes, "Brown a fraud")
    assert quote.cue == "calling"
    assert_spoken_by(quote, "Smith")


def test_a_clause_of_time_after_a_quotation_is_not_its_attribution(quote_pipeline: Pipeline) -> None:
    """"X cautioned “…,” before predicting that …": the quotation's cue is the verb before it; the gerund
    after "before" is a second act with a content of its own."""
    quotes = quotes_in(quote_pipeline, "Lee cautioned “let’s not rush this,” before cheerfully predicting "
                                       "that a long campaign could actually help the party.")
    quoted = quote_holding(quotes, "let’s not rush this")
    predicted = quote_holding(quotes, "that a long campaign could actually help the party")
    assert quoted.cue == "cautioned"
    assert predicted.cue == "predicting"
    assert quoted.attribution != predicted.attribution
