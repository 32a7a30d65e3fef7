"""Wave 36 (w36-qfalse): attributions that attribute nothing to anyone, and rebuttals told by a phrasal verb, on
sentences written for accord.

* A factive noun with no holder ("despite the fact that …") is the writer's presupposition, not an attribution.
* An appearance verb under the free relative "what" ("what seemed an endless fight") hedges a description.
* A Title Case quotation right after a noun naming a work ("his memoir, “A Long Way Home”") is a title.
* "pushed back on the claims": "push back" with "on" or "against" is a rebuttal, whose object is the content.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import quote_holding, quotes_in

OPENING = "The town council met on Friday. "


def _texts(pipeline: Pipeline, sentence: str) -> list[str]:
    return [q.text for q in quotes_in(pipeline, OPENING + sentence)]


@pytest.mark.parametrize("sentence, words", [
    ("Voters shrugged, given the fact that the flood did not reach the town.", "the flood did not reach"),
    ("She stayed on despite the fact that the baker had lied to her.", "the baker had lied"),
])
def test_a_holderless_fact_is_the_writers_own(quote_pipeline: Pipeline, sentence: str, words: str) -> None:
    assert not any(words in text for text in _texts(quote_pipeline, sentence))


@pytest.mark.parametrize("sentence, words", [
    # near-misses: a noun of saying or thinking keeps its clause, with or without a holder
    ("His claim that the flood did not reach the town was false.", "the flood did not reach the town"),
    ("The belief that the flood would spare the town proved wrong.", "the flood would spare the town"),
])
def test_a_noun_of_saying_or_belief_keeps_its_clause(quote_pipeline: Pipeline, sentence: str, words: str) -> None:
    quote_holding(quotes_in(quote_pipeline, OPENING + sentence), words)


@pytest.mark.parametrize("sentence, words", [
    ("The mayor steered the town through what appeared to be a long recession.", "a long recession"),
    ("The council was dogged by what seemed an endless fight over the budget.", "an endless fight"),
])
def test_an_appearance_under_a_free_relative_is_a_hedged_description(
    quote_pipeline: Pipeline, sentence: str, words: str
) -> None:
    assert not any(words in text for text in _texts(quote_pipeline, sentence))


@pytest.mark.parametrize("sentence, words", [
    # near-misses: an appearance of a state of affairs is attributed (with no source)
    ("It seems that the mayor will win the vote.", "the mayor will win the vote"),
    ("The recession appeared to be over by the spring.", "to be over by the spring"),
])
def test_an_appearance_of_a_state_of_affairs_stays(quote_pipeline: Pipeline, sentence: str, words: str) -> None:
    quote_holding(quotes_in(quote_pipeline, OPENING + sentence), words)


def test_a_title_case_quotation_after_a_work_is_its_title(quote_pipeline: Pipeline) -> None:
    sentence = "The war ended his hopes of going back, the senator wrote in his 2015 memoir, \"A Long Way Home.\""
    texts = _texts(quote_pipeline, sentence)
    assert not any("Long Way Home" in text for text in texts), texts
    assert any("The war ended his hopes" in text for text in texts), texts


@pytest.mark.parametrize("sentence, words", [
    # near-misses: speech quoted from a work keeps its case; a Title Case quotation after no work noun is speech
    ("The senator wrote in his 2015 memoir, \"We were never going home.\"", "We were never going home"),
    ("\"Never Again,\" the baker said of the flood.", "Never Again"),
])
def test_speech_quoted_from_a_work_stays(quote_pipeline: Pipeline, sentence: str, words: str) -> None:
    quote_holding(quotes_in(quote_pipeline, OPENING + sentence), words)


@pytest.mark.parametrize("sentence, content", [
    ("The governor pushed back on those reports on Thursday.", "those reports"),
    ("The campaign pushed back against the claim that it had lied.", "the claim that it had lied"),
])
def test_pushing_back_on_a_claim_is_a_rebuttal(quote_pipeline: Pipeline, sentence: str, content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, OPENING + sentence), content)
    assert quote.cue is not None and quote.cue.startswith("pushed back"), quote


@pytest.mark.parametrize("sentence", [
    # near-misses: pushing a crowd or a date back attributes nothing
    "The police pushed back the crowd.",
    "The vote was pushed back to Monday.",
])
def test_pushing_back_a_thing_is_no_rebuttal(quote_pipeline: Pipeline, sentence: str) -> None:
    assert _texts(quote_pipeline, sentence) == []


@pytest.mark.parametrize("sentence, words", [
    ("The senator unveiled her first Spanish-language campaign ad on Friday.", "campaign ad"),
    ("A guest taped the speech and shared the recording with the local paper.", "the recording"),
])
def test_putting_out_a_work_names_no_content(quote_pipeline: Pipeline, sentence: str, words: str) -> None:
    assert not any(words in text for text in _texts(quote_pipeline, sentence))


@pytest.mark.parametrize("sentence, words", [
    # near-misses: a work whose content is told, a stance toward a work, a plan with its aim
    ("The senator unveiled an ad attacking the mayor's record on schools.", "attacking the mayor's record"),
    ("The senator criticized the mayor's new ad.", "the mayor's new ad"),
    ("The senator unveiled a plan to cut property taxes.", "a plan to cut property taxes"),
])
def test_a_work_with_its_content_or_a_stance_toward_it_stays(
    quote_pipeline: Pipeline, sentence: str, words: str
) -> None:
    quote_holding(quotes_in(quote_pipeline, OPENING + sentence), words)


@pytest.mark.parametrize("sentence, words", [
    ("The baker should keep doing what he is doing.", "what he is doing"),
    ("The mayor has done what the council was unable to do.", "what the council"),
    ("The senator got what she needed in the city.", "what she needed"),
])
def test_a_deed_or_gain_of_a_free_relative_is_an_action(quote_pipeline: Pipeline, sentence: str, words: str) -> None:
    assert not any(text.startswith(words) for text in _texts(quote_pipeline, sentence))


@pytest.mark.parametrize("sentence, words", [
    # near-misses: knowing or saying "what …" attributes it; a deed inside reported speech stays in its content
    ("The baker knows what he is doing.", "what he is doing"),
    ("The senator said what she wanted to say.", "what she wanted to say"),
    ("The senator said she did what she had promised.", "she did what she had promised"),
])
def test_knowing_or_saying_a_free_relative_stays(quote_pipeline: Pipeline, sentence: str, words: str) -> None:
    quote_holding(quotes_in(quote_pipeline, OPENING + sentence), words)
