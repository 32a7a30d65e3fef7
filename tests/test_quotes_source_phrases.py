"""Source phrases ("according to X") inside the clause they attribute, on sentences written for accord: set
between the clause's subject and its verb, the phrase interrupts the content, which runs on both sides
(PARC); at either end of the sentence the rest of the sentence is the content."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from accord.pipeline import Pipeline
from accord.quotes.phrases import _opening_phrase_end
from accord.records import Quote

OPENING = "The town council met on Friday. "


def _according(pipeline: Pipeline, sentence: str) -> Quote:
    found = [q for q in pipeline.extract(OPENING + sentence, id="t").quotes if (q.cue or "").lower() == "according to"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("sentence, speaker", [
    ("The new bridge, according to the engineer, will cost the town two million euros.", "the engineer"),
    ("Among the roads at risk, according to the county report, are six bridges over the river.",
     "the county report"),
])
def test_a_phrase_inside_the_clause_attributes_both_sides(
    quote_pipeline: Pipeline, sentence: str, speaker: str
) -> None:
    quote = _according(quote_pipeline, sentence)
    assert quote.text == sentence.rstrip(".")
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize("sentence, content", [
    ("The new bridge will cost two million euros, according to the engineer.",
     "The new bridge will cost two million euros"),
    ("According to the engineer, the new bridge will cost two million euros.",
     "the new bridge will cost two million euros"),
])
def test_a_phrase_at_either_end_attributes_the_rest(quote_pipeline: Pipeline, sentence: str, content: str) -> None:
    assert _according(quote_pipeline, sentence).text == content


@pytest.mark.parametrize("text, content", [
    ("According to the ministry, most of the 200 families displaced by the flood have returned home.",
     "most of the 200 families displaced by the flood have returned home"),
    ("According to the survey, 40 of the 120 shops on the high street — most of them cafes — closed last year.",
     "40 of the 120 shops on the high street — most of them cafes — closed last year"),
])
def test_a_phrase_opening_the_document_attributes_the_rest(quote_pipeline: Pipeline, text: str, content: str) -> None:
    found = [q for q in quote_pipeline.extract(text, id="t").quotes if (q.cue or "").lower() == "according to"]
    assert [q.text for q in found] == [content]


def test_an_appositive_reaching_the_document_start_is_not_read_after_the_last_token() -> None:
    """The parse is built by hand: an appositive of the source whose subtree reaches token 0 (a non-projective
    arc) has no token before it; the document's last token, a comma here, must not stand in for one."""
    words = ["most", "According", "to", "Reed", "aides", "backed", "the", "mayor", ","]
    heads = [4, 5, 1, 2, 3, 5, 7, 5, 5]
    deps = ["amod", "prep", "prep", "pobj", "appos", "ROOT", "det", "dobj", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert doc[4].left_edge.i == 0
    assert _opening_phrase_end(doc[1], doc[3], 5, len(doc)) == 5
