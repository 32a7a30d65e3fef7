"""A passive cue whose source is its agent ("The move was seen by many as a blow"): PARC's content is what it
would be without the agent — the subject and the complement, two pieces of one attribution around the cue and
its source — and the agent is the speaker. A passive of telling or asking keeps its addressee out."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quotes_in


@pytest.mark.parametrize("sentence, subject, complement, speaker", [
    ("The new levy was seen by many as a betrayal of the party's promises.",
     "The new levy", "as a betrayal of the party's promises", "many"),
    ("The reshuffle was seen by some as a demotion for the treasurer.",
     "The reshuffle", "as a demotion for the treasurer", "some"),
    ("The treaty is viewed by diplomats as a turning point.", "The treaty", "as a turning point", "diplomats"),
    ("The senator is expected by analysts to win the primary easily.",
     "The senator", "to win the primary easily", "analysts"),
    ("The mayor was described by aides as exhausted.", "The mayor", "as exhausted", "aides"),
])
def test_subject_and_complement_of_an_agent_passive_are_one_attribution(
    quote_pipeline: Pipeline, sentence: str, subject: str, complement: str, speaker: str
) -> None:
    quotes = quotes_in(quote_pipeline, sentence)
    pieces = [q for q in quotes if q.text in (subject, complement)]
    assert [q.text for q in pieces] == [subject, complement], [(q.text, q.cue) for q in quotes]
    assert pieces[0].attribution == pieces[1].attribution
    for piece in pieces:
        assert_spoken_by(piece, speaker)


@pytest.mark.parametrize("sentence, addressee", [
    ("The senator was asked by a reporter whether she would run again.", "The senator"),
    ("The mayor was told by aides that the budget was short.", "The mayor"),
])
def test_the_addressee_of_a_passive_of_asking_or_telling_is_no_content(
    quote_pipeline: Pipeline, sentence: str, addressee: str
) -> None:
    assert not any(q.text == addressee for q in quotes_in(quote_pipeline, sentence))


@pytest.mark.parametrize("sentence", [
    "Many of her attacks on the press have been repeated by friendly websites, such as a popular local blog.",
    "Her attacks on the press were echoed by many websites such as a popular local blog.",
])
def test_a_such_as_after_the_agent_is_no_complement(quote_pipeline: Pipeline, sentence: str) -> None:
    # the parser hangs "such as" on the agent's noun, where the verb's own "as" may also hang
    assert not any("such as" in q.text for q in quotes_in(quote_pipeline, sentence))


def test_an_aside_after_a_dash_ends_the_complement(quote_pipeline: Pipeline) -> None:
    sentence = ("The deal was soon known by its critics as a giveaway -- a label fixed by the mayor's own remarks "
                "about the builders.")
    quote = next(q for q in quotes_in(quote_pipeline, sentence) if q.text.startswith("as a giveaway"))
    assert quote.text == "as a giveaway"


def test_a_passive_deed_with_an_agent_is_no_attribution(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The inspectors were invited by the council to carry out a full survey.")
    assert not any(q.text == "to carry out a full survey" for q in quotes)
