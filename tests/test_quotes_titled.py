"""Attributions in a Title Case headline (issue 20), on headlines written for accord: the small model tags a
capitalised verb as a proper noun, so the headline is read again in sentence case, where only the words the
article writes as names keep their capitals, and what that copy attributes is mapped back onto the headline."""

from __future__ import annotations

import pytest

from accord.doc_index import doc_text
from accord.pipeline import Pipeline
from accord.quotes.candidates import Context
from accord.quotes.layout import Layout
from accord.quotes.lexicon import load_lexicon
from accord.quotes.titled import normalised_words, titled_headline
from quote_helpers import quote_holding, quotes_in

_BODY = ("Governor Amara Okafor spoke to reporters in Lagos on Monday. The union has been on strike for a week, "
         "and shipping firms said exports had already fallen.")


@pytest.mark.parametrize(("headline", "cue", "source", "content"), [
    ("Okafor Warns Port Strike Will Hurt Exports", "Warns", "Okafor", "Port Strike Will Hurt Exports"),
    ("Governor Okafor Says Strike Must End This Week", "Says", "Okafor", "Strike Must End This Week"),
    ("Union Leader Calls On Okafor To Resign", "Calls On", "Union Leader", "Okafor To Resign"),
])
def test_a_title_case_headline_attributes(quote_pipeline: Pipeline, headline: str, cue: str, source: str,
                                          content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, f"{headline}\n\n{_BODY}"), content)
    assert quote.cue == cue
    assert quote.speaker is not None and source in quote.speaker.text
    assert cue not in quote.speaker.text  # the source's mention ends before the verb


def test_a_title_case_headline_without_a_cue_attributes_nothing(quote_pipeline: Pipeline) -> None:
    headline = "Storm Floods Coastal Towns As Rivers Rise"
    quotes = quotes_in(quote_pipeline, f"{headline}\n\n{_BODY}")
    assert not [q for q in quotes if q.start < len(headline)]


def test_a_cue_inside_quotation_marks_is_quoted_not_attributed_by_the_headline(quote_pipeline: Pipeline) -> None:
    headline = "Okafor on Union Leaders Rejecting Her Port Strike Offer: ‘I Think They Will Accept.’"
    quotes = quotes_in(quote_pipeline, f"{headline}\n\n{_BODY}")
    assert not [q for q in quotes if q.cue == "Think" or q.text.startswith("Okafor on")]


def _context(pipeline: Pipeline, text: str) -> Context:
    doc = pipeline.nlp(text)
    return Context(doc, Layout(doc, doc_text(doc)), load_lexicon(), doc_text(doc))


def test_only_the_words_the_body_writes_as_names_keep_their_capitals(quote_pipeline: Pipeline) -> None:
    ctx = _context(quote_pipeline, f"Governor Okafor Warns The GOP About Port Fees\n\n{_BODY}")
    bounds = titled_headline(ctx)
    assert bounds is not None
    words = [w for w in normalised_words(ctx, *bounds) if w.strip()]
    assert words == ["Governor", "Okafor", "warns", "the", "GOP", "about", "port", "fees"]


def test_a_headline_in_sentence_case_is_not_read_again(quote_pipeline: Pipeline) -> None:
    ctx = _context(quote_pipeline, f"Governor Okafor warns port strike will hurt exports\n\n{_BODY}")
    assert titled_headline(ctx) is None
