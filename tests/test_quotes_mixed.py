"""A quotation that ends the clause a trailing attribution closes ("The ferry plan was “a costly mistake,” she
said"): the unquoted words before it in its sentence are said too (mixed quotation), on sentences written for
accord."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import quote_holding, quotes_in


@pytest.mark.parametrize("text, content", [
    ("The harbour board met on Monday. The ferry plan was \u201ca costly mistake,\u201d Maria Olsen said.",
     "The ferry plan was \u201ca costly mistake,\u201d"),
    ("The harbour board met on Monday. Its new budget \u201cleaves the islands stranded,\u201d said Tom Reyes, "
     "a councillor.", "Its new budget \u201cleaves the islands stranded,\u201d"),
])
def test_the_clause_before_a_closing_quotation_is_said_too(quote_pipeline: Pipeline, text: str,
                                                            content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, text), "costly mistake" if "costly" in text else "stranded")
    assert quote.text == content
    assert not quote.direct


def test_a_quotation_opening_its_sentence_stays_direct(quote_pipeline: Pipeline) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, "\u201cThe ferry plan was a costly mistake,\u201d Maria Olsen "
                                    "said on Monday."), "costly mistake")
    assert quote.text.startswith("The ferry plan")
    assert quote.direct


def test_words_with_a_cue_of_their_own_stay_out(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The mayor said the plan was \u201ca costly mistake,\u201d Maria Olsen "
                       "reported.")
    assert all(not q.text.startswith("The mayor") for q in quotes)


def test_two_marked_phrases_of_one_clause_join_it(quote_pipeline: Pipeline) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, "The harbour board met on Monday. The new ferries are "
                                    "\u201ctoo slow\u201d and \u201cfar too loud,\u201d Maria Olsen said."),
                          "far too loud")
    assert quote.text.startswith("The new ferries are")
