"""Issue 20, wave 16, on sentences written for accord: where an indirect content ends. A hyphenated object is
one word however the parser splits it; an object that names a list keeps the asides inside the list; a
coordinated attribution ends the content before its own first word; a phrase hung on the cue after an object
content is read as the act's setting."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.quotes.ending import _dash, _inside_word
from quote_helpers import quote_holding, quotes_in


@pytest.mark.parametrize(("text", "content"), [
    ("The mayor endorsed the re-election of the sheriff.", "the re-election of the sheriff"),
    ("The farmers opposed the co-operative's merger plan.", "the co-operative's merger plan"),
])
def test_a_hyphenated_object_is_one_word(quote_pipeline: Pipeline, text: str, content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, text), content.split()[-1])
    assert quote.text == content


@pytest.mark.parametrize(("text", "content"), [
    ("She has supported Sen. Tom Baker, R-Ohio, and former governor Ann Lee.",
     "Sen. Tom Baker, R-Ohio, and former governor Ann Lee"),
    ("The league praised Maria Ortiz, its treasurer, and the volunteers.",
     "Maria Ortiz, its treasurer, and the volunteers"),
])
def test_an_aside_inside_a_listed_object_stays_in_it(quote_pipeline: Pipeline, text: str, content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, text), content.split()[0])
    assert quote.text == content


def test_a_coordinated_attribution_ends_the_content_before_its_own_words(quote_pipeline: Pipeline) -> None:
    text = "Forty delegates have said they support Jones and 30 have not publicly announced their choice."
    quote = quote_holding(quotes_in(quote_pipeline, text), "Jones")
    assert "have not" not in quote.text and "announced" not in quote.text
    assert quote.text.startswith("they support Jones")


def test_a_hyphen_inside_a_word_is_no_dash(quote_pipeline: Pipeline) -> None:
    doc = quote_pipeline.nlp("The vote on the re-election - a close one - came late.")
    hyphens = [t for t in doc if t.text == "-"]
    assert [_dash(t) for t in hyphens] == [False, True, True]
    word = next(t for t in doc if t.text == "election")
    assert _inside_word(doc, word.i) and not _inside_word(doc, word.i + 2)


@pytest.mark.parametrize(("text", "content"), [
    ("The governor praised the new budget in an interview published on Saturday.", "the new budget"),
    ("The senator criticized the trade deal at a rally in Ohio.", "the trade deal"),
    # a work put out with nothing said of what it holds ("posted the photo") is no attribution (wave 36); a saying is
    ("Smith posted his criticism of the plan to his Facebook page.", "his criticism of the plan"),
    ("The union accused the board of hiding losses in a letter to its members.", "the board of hiding losses"),
    ("The minister barely mentioned the strike at the start of her speech.", "the strike"),
    ("The senator is panning the new rules in an op-ed in the local paper.", "the new rules"),
    ("The mayor criticized the budget on the Senate floor.", "the budget"),
])
def test_an_object_content_ends_before_the_occasion_of_the_saying(quote_pipeline: Pipeline, text: str,
                                                                   content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, text), content.split()[-1])
    assert quote.text == content


def test_a_phrase_that_is_no_occasion_stays_in_the_object_content(quote_pipeline: Pipeline) -> None:
    text = "The council praised the volunteers for their work in the flooded villages."
    quote = quote_holding(quotes_in(quote_pipeline, text), "volunteers")
    assert quote.text == "the volunteers for their work in the flooded villages"
