"""A quotation handed over by a colon after a whole clause, a participle or adjective between a cue and its
quotation, a quotation continuing reported speech that quoted the same source, and an object verb's content
running on past an aside to what completes it — on sentences written for accord."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize("text, words, speaker", [
    ("After the vote, the governor issued a statement: \u201cWe will appeal this ruling in every court.\u201d",
     "appeal this ruling", "governor"),
    ("Mr. Grant gloated: \u201cI told you the other side would not be ready.\u201d", "would not be ready", "Grant"),
    ("The senator answered with a line her critics had used for years: \u201cNobody stands above the "
     "law.\u201d", "above the law", "senator"),
    ("POLLS MISSED THE SHIFT - Mary Jones and Tom Reyes: \u201cThe figures show a clear slowdown in the "
     "second quarter.\u201d", "clear slowdown", None),
    ("The chairman released the following statement:\n\n\u201cWe mourn a dear colleague and a loyal "
     "friend.\u201d", "dear colleague", "chairman"),
])
def test_a_colon_hands_the_quotation_to_the_clause_subject(quote_pipeline: Pipeline, text: str, words: str,
                                                            speaker: str | None) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, text), words)
    assert quote.direct
    if speaker is None:  # a label before the dash is no clause: its words name no speaker
        assert quote.speaker is None or "POLLS" not in (quote.speaker.text or ""), quote.speaker
    else:
        assert_spoken_by(quote, speaker)


@pytest.mark.parametrize("text, words", [
    ("The answer is simple: \u201cBuild more homes and build them faster.\u201d", "Build more homes"),
    ("It was the same every year: \u201cWait until the harvest is in and we will talk.\u201d", "harvest is in"),
])
def test_a_colon_after_a_clause_naming_no_one_gives_no_speaker(quote_pipeline: Pipeline, text: str,
                                                              words: str) -> None:
    quotes = [q for q in quotes_in(quote_pipeline, text) if words in q.text]
    assert all(q.speaker is None for q in quotes), [(q.text, q.speaker) for q in quotes]


def test_an_adjectival_participle_does_not_hide_the_cue(quote_pipeline: Pipeline) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, "Jones told the Daily Courier in a written statement, "
                                    "\u201cI do not want their money at all.\u201d"), "their money")
    assert_spoken_by(quote, "Jones")


def test_a_subject_the_parser_gave_to_a_participle_speaks(quote_pipeline: Pipeline) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, "But Senator Mary Cole, noting the size of the crowd, said, "
                                    "\u201cLet me tell you, she has a great deal of support.\u201d"),
                          "great deal of support")
    assert_spoken_by(quote, "Cole")


def test_a_quotation_after_a_mixed_quotation_continues_its_source(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "Brown \u201cfelt a duty to help\u201d the victims, her sister said. "
                       "\u201cShe never stopped trying. That was her way.\u201d")
    first, second = quote_holding(quotes, "felt a duty"), quote_holding(quotes, "never stopped")
    assert_spoken_by(second, "sister")
    assert second.direct and not first.direct
    assert second.attribution != first.attribution  # a statement of its own, in the source's words


def test_a_quotation_after_a_colon_is_not_continued(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "Aides say the governor plans to \u201cactively support\u201d the mayor. From "
                       "the campaign website: \u201cFor the sake of our city, we must unite behind one "
                       "candidate.\u201d")
    assert all(q.speaker is None for q in quotes if "sake of our city" in q.text)


def test_a_quotation_after_narration_that_follows_reported_speech_is_not_continued(quote_pipeline: Pipeline) -> None:
    # right after the reported clause the quotation is the mayor's (tests/test_quotes_w37_cont.py); a sentence of
    # the writer's own between ends the speech
    quotes = quotes_in(quote_pipeline, "The mayor said the budget was balanced. The council met until late. "
                       "\u201cOur schools need another ten teachers before the autumn term.\u201d")
    assert all(q.speaker is None for q in quotes if "ten teachers" in q.text)


def test_an_aside_before_what_completes_the_object_stays_in(quote_pipeline: Pipeline) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, "She is accusing the agency, which funds the program that "
                                    "runs the shelters, of hiding the losses from auditors."), "the agency")
    assert quote.text.endswith("hiding the losses from auditors")


def test_an_aside_closing_the_object_stays_out(quote_pipeline: Pipeline) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, "The senators criticized the treaty, which was signed in "
                                    "Geneva last spring."), "the treaty")
    assert "Geneva" not in quote.text


def test_a_chanted_quotation_is_the_chanters(quote_pipeline: Pipeline) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, "Hundreds of nurses marched to the ministry on Friday, chanting "
                                    "\u201cNo pay, no care,\u201d and blocking traffic for hours."), "No pay")
    assert_spoken_by(quote, "Hundreds")  # the head of "Hundreds of nurses"


@pytest.mark.parametrize("verb", ["award", "hand out"])
def test_a_word_inside_the_quotation_never_speaks_it(quote_pipeline: Pipeline, verb: str) -> None:
    text = (f"\u201cThe first contests are plainly vital for momentum, but they [{verb}] only 4 percent of the "
            "seats,\u201d campaign chief Lena Ortiz said.")
    assert_spoken_by(quote_holding(quotes_in(quote_pipeline, text), "first contests"), "Ortiz")
