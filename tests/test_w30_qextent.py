"""Issue 20, wave 30 (extent of reported content), on sentences written for accord: a reported content that
stands alone leaves out the conjunction or comma-set sentence adverb that opens its sentence (the writer's link
to the sentence before), and keeps a quotation's words and a piece of a longer attribution as they are."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import quote_holding, quotes_in

_BEFORE = "The council voted to rebuild the old ferry pier last week. "


@pytest.mark.parametrize(("sentence", "content"), [
    ("But the money will run out by June, officials said.", "the money will run out by June"),
    ("However, the money will run out by June, according to the city auditor.", "the money will run out by June"),
    ("And the repairs could take a decade, engineers warned.", "the repairs could take a decade"),
])
def test_an_opening_connective_is_the_writers(quote_pipeline: Pipeline, sentence: str, content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, _BEFORE + sentence), content)
    assert quote.text == content


def test_a_quotation_keeps_its_opening_conjunction(quote_pipeline: Pipeline) -> None:
    text = _BEFORE + "“But the money will run out by June,” the auditor said."
    quote = quote_holding(quotes_in(quote_pipeline, text), "the money will run out")
    assert quote.text.startswith("But the money")


def test_a_content_after_its_cue_is_left_alone(quote_pipeline: Pipeline) -> None:
    text = _BEFORE + "Officials said the money will run out by June."
    quote = quote_holding(quotes_in(quote_pipeline, text), "the money will run out")
    assert quote.text == "the money will run out by June"
