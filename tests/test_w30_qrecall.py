"""Embedded questions after verbs of knowing, perceiving and deciding (branch w30-qrecall), on sentences written
for accord: "no one knows whether …" states nothing the subject holds, so no content is attributed; a question
after a verb of saying or asking, and a that-clause after "know", still are."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.quotes.lexicon import load_lexicon
from quote_helpers import quote_holding, quotes_in

OPENING = "The harbour board met on Thursday. "


@pytest.mark.parametrize("sentence, words", [
    ("Nobody in the cabinet knows whether the truce will survive the winter.", "the truce will survive"),
    ("The council has not decided which of the two bridges to repair first.", "two bridges to repair"),
    ("The fishermen cannot understand why the quota was cut again.", "the quota was cut"),
    ("Few voters remember how the old ferry tax was spent.", "the old ferry tax was spent"),
    ("The rangers will see if the wolves return to the valley in spring.", "the wolves return"),
])
def test_an_embedded_question_after_a_verb_of_knowing_is_no_content(
    quote_pipeline: Pipeline, sentence: str, words: str
) -> None:
    found = quotes_in(quote_pipeline, OPENING + sentence)
    assert not [q for q in found if words in q.text], [(q.text, q.cue) for q in found]


@pytest.mark.parametrize("sentence, words, cue", [
    ("The senator asked whether the agency had kept any records of the calls.", "the agency had kept", "asked"),
    ("The minister explained how the levy would be collected from ferry operators.", "the levy would be",
     "explained"),
    ("Farmers know that the drought will cut their harvest by half.", "the drought will cut", "know"),
    ("The mayor wondered why the buses were always late on Mondays.", "the buses were always late", "wondered"),
])
def test_a_question_that_was_asked_or_a_known_fact_stays(
    quote_pipeline: Pipeline, sentence: str, words: str, cue: str
) -> None:
    assert quote_holding(quotes_in(quote_pipeline, OPENING + sentence), words).cue == cue


def test_the_verbs_and_question_words_are_data() -> None:
    lexicon = load_lexicon()
    assert {"know", "see", "decide"} <= lexicon.knowing_verbs
    assert not {"ask", "explain", "say", "wonder"} & lexicon.knowing_verbs
    assert {"whether", "what", "how", "if"} <= lexicon.question_words
