"""A quotation that goes on after its attribution keeps its speaker: news style (AP, Reuters) names a speaker once
and lets the quotations after go on in that voice until another speaker or the writer's narration comes between —
on sentences written for accord."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize("text", [
    # a new paragraph opening with a quotation right after a paragraph of reported speech
    'Senator Mary Holt said the party would fight on.\n\n"The voters deserve better than this. We will keep going."',
    # in the same paragraph, curly marks
    "Senator Mary Holt said the party would fight on. \u201cThe voters deserve better than this.\u201d",
    # a question in the speaker's words
    "Senator Mary Holt argued that the vote had been rushed.\n\n\u201cWho gains from a vote held at midnight?\u201d",
])
def test_a_quotation_after_reported_speech_is_its_source(quote_pipeline: Pipeline, text: str) -> None:
    quotes = quotes_in(quote_pipeline, text)
    quote = quote_holding(quotes, "?" if "Who gains" in text else "deserve better")
    assert quote.direct
    assert_spoken_by(quote, "Holt")
    reported = next(q for q in quotes if not q.direct)
    assert quote.attribution != reported.attribution  # a statement of its own, in the source's words


def test_the_quotations_after_it_go_on_with_it(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "Senator Mary Holt said the party would fight on.\n\n\u201cThe voters deserve "
                       "better than this.\u201d \u201cWe will knock on every door in the state.\u201d")
    first, second = quote_holding(quotes, "deserve better"), quote_holding(quotes, "every door")
    assert_spoken_by(second, "Holt")
    assert first.attribution == second.attribution


@pytest.mark.parametrize("text, words", [
    # a sentence of the writer's own between
    ("Senator Mary Holt said the party would fight on. The crowd cheered for a long while.\n\n"
     "\u201cThe voters deserve better than this, and they know it.\u201d", "deserve better"),
    # a scare quote or a title opening the next sentence: no whole sentence in the marks
    ("Senator Mary Holt said the party would fight on. \u201cFake news\u201d is a phrase the president likes to use "
     "at his rallies.", "Fake news"),
    ("Senator Mary Holt said the party would fight on. \u201cThe Long Road Home\u201d opens at the city theatre "
     "on Friday night.", "Long Road"),
    # an interviewer's question reports nobody's speech
    ("Q: Did the senator say the party would fight on?\n\n\u201cWe will fight on until the very end of this "
     "campaign.\u201d", "until the very end"),
    # a colon hands the quotation over to what comes before it (a label), not to the reported clause
    ("The mayor said the budget was balanced. From the campaign website:\n\n\u201cFor the sake of our city, we "
     "must unite behind one candidate.\u201d", "sake of our city"),
    # the reported clause names what was talked about, no statement the quotation could go on with
    ("The mayor recalled his temper. \u201cNobody in this city has ever seen anything like it.\u201d",
     "Nobody in this city"),
])
def test_no_speaker_is_carried(quote_pipeline: Pipeline, text: str, words: str) -> None:
    quotes = quotes_in(quote_pipeline, text)
    assert all(q.speaker is None for q in quotes if words in q.text), [(q.text, q.speaker) for q in quotes]


@pytest.mark.parametrize("text", [
    "\u201cWe will not give up,\u201d Holt said. Her rival, James Price, said the plan was reckless. \u201cThe voters "
    "deserve a change of course.\u201d",
    "\u201cWe will not give up,\u201d Holt said.\n\nHer rival, James Price, said the plan was reckless.\n\n\u201cThe "
    "voters deserve a change of course.\u201d",
])
def test_another_speaker_reported_between_takes_the_quotation(quote_pipeline: Pipeline, text: str) -> None:
    quotes = quotes_in(quote_pipeline, text)
    quote = quote_holding(quotes, "change of course")
    assert_spoken_by(quote, "Price")
    assert quote.attribution != quote_holding(quotes, "give up").attribution


@pytest.mark.parametrize("text", [
    # the reported clause is part of the first speaker's sentence
    "\u201cWe will not give up,\u201d Holt said, adding that the report showed the costs had doubled. \u201cThe "
    "voters deserve better than this.\u201d",
    # a quotation right after its own speaker's next sentence
    "\u201cWe will not give up,\u201d Holt said. She said the plan was sound. \u201cThe voters deserve better than "
    "this.\u201d",
])
def test_the_same_speaker_goes_on(quote_pipeline: Pipeline, text: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, text), "deserve better")
    assert quote.speaker is not None and quote.speaker.text in ("Holt", "She"), quote.speaker


@pytest.mark.parametrize("text, speaker", [
    # the parser hung the speaker's name, set off by an age, on a word inside the quotation
    ("\u201cMost of my friends are teachers and nurses \u2014 almost all of them,\u201d Ortega, 52, told the Daily "
     "Courier. \u201cI wanted to write about them.\u201d", "Ortega"),
    # near-miss: the parse gives the subject itself; nothing to repair
    ("\u201cWe are ready for the vote,\u201d Maria Ortega, 52, said on Monday.", "Ortega"),
])
def test_a_speaker_set_off_by_an_age_after_the_quotation(quote_pipeline: Pipeline, text: str, speaker: str) -> None:
    quotes = [q for q in quotes_in(quote_pipeline, text) if q.direct]
    assert quotes
    for quote in quotes:
        assert_spoken_by(quote, speaker)


def test_an_answer_after_a_reported_question_is_not_the_askers(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The reporter asked Lee whether she would run again.\n\n\u201cI have not "
                       "decided yet, and I will not decide this week.\u201d")
    assert all(q.speaker is None for q in quotes if "not decided" in q.text), [(q.text, q.speaker) for q in quotes]


def test_an_interview_answer_keeps_its_own_speaker(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The host asked whether the senator would run again. \u201cI have not "
                       "decided yet, and I will not decide this week,\u201d Lee said.")
    assert_spoken_by(quote_holding(quotes, "not decided"), "Lee")
