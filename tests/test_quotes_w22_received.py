"""A stance received from a named holder (issue 20, wave 22): "the mayor won the endorsement of the unions", "she
drew support from older voters" — the holder backs (or attacks) the verb's subject, PARC's source the holder and
the content the subject the stance is toward."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize("sentence, subject, holder", [
    ("Governor Alvarez won the endorsement of the state teachers union on Thursday.", "Governor Alvarez",
     "union"),
    ("The mayor has drawn strong support from older voters in the river towns.", "The mayor", "voters"),
    ("Ms. Patel received the backing of three former party chairmen last week.", "Ms. Patel", "chairmen"),
    ("The farm bill faced sharp criticism from lawmakers in both parties.", "The farm bill", "lawmakers"),
    ("Okafor has broad support among younger members of the caucus.", "Okafor", "members"),
    ("The councilwoman picked up an endorsement from the firefighters on Monday.", "The councilwoman",
     "firefighters"),
    ("Senator Brandt won the newspaper's endorsement after the debate.", "Senator Brandt", "newspaper"),
])
def test_the_subject_is_what_the_received_stance_is_toward(quote_pipeline: Pipeline, sentence: str, subject: str,
                                                            holder: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), subject)
    assert quote.text.startswith(subject) and not quote.direct
    assert quote.type == "stance"
    assert_spoken_by(quote, holder)


def test_a_relative_pronoun_stands_for_its_noun(quote_pipeline: Pipeline) -> None:
    """"Reyes, who has the support of the unions, …": the pronoun is the content, as PARC marks it."""
    quotes = quotes_in(quote_pipeline, "Reyes, who has the full support of the dock workers, spoke at the rally.")
    assert [q for q in quotes if q.text == "who"], [(q.text, q.cue) for q in quotes]


@pytest.mark.parametrize("sentence, subject", [
    ("The candidate has not won any backing from the big donors so far.", "The candidate"),  # none held
    ("The governor hopes to earn the support of the farmers this fall.", "The governor"),  # wanted
    ("If the mayor wins the support of the unions, the measure will pass.", "the mayor"),  # a condition
    ("The senator is keeping up his criticism of the new tariffs.", "The senator"),  # his own stance
    ("Lopez courted the support of the ranchers all summer.", "Lopez"),  # sought, not held
    ("The governor won support from 2010 onward.", "The governor"),  # no one holds it
])
def test_no_stance_is_received(quote_pipeline: Pipeline, sentence: str, subject: str) -> None:
    assert not [q for q in quotes_in(quote_pipeline, sentence) if q.text.startswith(subject)]


def test_a_stance_noun_with_its_own_content_keeps_it(quote_pipeline: Pipeline) -> None:
    """"won support for the stadium": what the support is for is the content, not the subject."""
    quotes = quotes_in(quote_pipeline, "The mayor won support for the new stadium from the council.")
    assert not [q for q in quotes if q.text.startswith("The mayor")]
    assert quote_holding(quotes, "the new stadium").cue is not None


@pytest.mark.parametrize("sentence, content, source", [
    ("The pollster sounded a cautious note about the latest jobs figures.", "the latest jobs figures", "pollster"),
    ("The envoy struck a softer tone on the border dispute during the visit.", "the border dispute", "envoy"),
])
def test_a_note_or_tone_struck_is_a_stance(quote_pipeline: Pipeline, sentence: str, content: str,
                                           source: str) -> None:
    """"sounded a cautious note about X", "struck a softer tone on X": an attitude voiced toward X."""
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text.startswith(content) and quote.type == "stance"
    assert_spoken_by(quote, source)


@pytest.mark.parametrize("sentence", ["The church bell sounded a note at noon.", "The band struck a note."])
def test_a_note_with_nothing_it_is_about_is_no_stance(quote_pipeline: Pipeline, sentence: str) -> None:
    assert not quotes_in(quote_pipeline, sentence)
