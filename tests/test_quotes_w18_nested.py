"""Reported speech nested in a noun phrase and the clause after a sentence-opening source phrase (issue 20), on
sentences written for accord. A that-clause right after a noun of saying is that noun's content even when the
parser hangs it on a verb governing the noun ("faced a backlash over his warning that …"); a fronted "according
to" phrase runs to the comma that closes it, and an appositive the parser gives its source is the clause's
subject when the verb has none; a noun cue with no source of its own leaves a carrying verb its object ("announced
plans to sue")."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import quote_holding, quotes_in


def test_a_speech_nouns_clause_hung_on_a_governing_verb(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The president faced a backlash over his warning that the country would "
                                       "lose its funding if it left the union.")
    quote = quote_holding(quotes, "the country would lose its funding")
    assert quote.cue == "warning", quote
    assert quote.text.startswith("that the country"), quote


@pytest.mark.parametrize("sentence", [
    "He was so tired that he went home.",
    "The mayor made the decision so quickly that aides were surprised.",
])
def test_a_clause_of_result_is_no_nouns_content(quote_pipeline: Pipeline, sentence: str) -> None:
    assert not any(q.cue in ("decision", "tired") for q in quotes_in(quote_pipeline, sentence))


@pytest.mark.parametrize("sentence, content", [
    ("According to a new Gallup poll out Monday, the governor leads his rival by nine points.",
     "the governor leads his rival by nine points"),
    ("According to Mark Jones, a spokesman for the agency, the plan will fail.", "the plan will fail"),
    ("According to the Associated Press, 300 of the 400 delegates — a bloc of party insiders — backed the mayor.",
     "300 of the 400 delegates — a bloc of party insiders — backed the mayor"),
    ("According to court records obtained by the newspaper, the company paid no taxes.",
     "the company paid no taxes"),
])
def test_the_clause_after_a_fronted_source_phrase(quote_pipeline: Pipeline, sentence: str, content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content, quote


@pytest.mark.parametrize("sentence, content", [
    ("A former aide announced plans to sue the agency.", "plans to sue the agency"),
    ("The publisher announced plans to release a memoir by the singer.", "plans to release a memoir by the singer"),
])
def test_a_noun_cue_with_no_source_leaves_the_verb_its_object(quote_pipeline: Pipeline, sentence: str,
                                                              content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content and quote.cue == "announced", quote


def test_a_noun_cue_with_a_source_stays_the_cue(quote_pipeline: Pipeline) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, "The union announced its plans to strike."), "to strike")
    assert quote.cue == "plans", quote
