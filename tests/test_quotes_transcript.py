"""Transcript turns (issue 20): a paragraph opening with a speaker's label and a colon is what that speaker
said, the label its source, the colon its cue — in a dialogue of turns, not in a list of names."""

from __future__ import annotations

from accord.pipeline import Pipeline
from quote_helpers import quote_holding, quotes_in

INTERVIEW = (
    "Mayor Linda Okafor sat down with our reporter on Friday.\n\n"
    "Q: What will you do about the bridge?\n\n"
    "A: We will rebuild it before the winter comes.\n\n"
    "Q: And the budget for the schools?\n\n"
    "A: It stays as it is this year."
)

DEBATE = (
    "The two candidates for governor, Paul Dresner and Maria Voss, met in a televised debate.\n\n"
    "DRESNER: My opponent has raised taxes three times.\n\n"
    "VOSS: That is simply not true, and the voters know it.\n\n"
    "DRESNER: The record shows every one of those votes."
)

LIST = (
    "Here is where the candidates for governor, Paul Dresner and Maria Voss, stand before the vote.\n\n"
    "Dresner: Leads in the north of the state by a wide margin.\n\n"
    "Voss: Raised the most money of any candidate this quarter."
)

NOTES = (
    "The council met on Monday to vote on the new budget for the schools.\n\n"
    "Note: This story was updated with the final vote count.\n\n"
    "Related: The council's vote on the bridge last month."
)


def test_interview_turns_are_direct_quotes_of_their_role(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, INTERVIEW)
    answer = quote_holding(quotes, "We will rebuild it before the winter comes")
    assert answer.direct and answer.cue == ":"
    assert answer.speaker is not None and answer.speaker.text == "A"
    question = quote_holding(quotes, "What will you do about the bridge?")
    assert question.speaker is not None and question.speaker.text == "Q"


def test_debate_turns_are_spoken_by_the_person_their_label_names(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, DEBATE)
    turn = quote_holding(quotes, "That is simply not true, and the voters know it")
    assert turn.direct
    assert turn.speaker is not None and "Voss" in (turn.speaker.name or turn.speaker.text)
    quote_holding(quotes, "My opponent has raised taxes three times")


def test_a_list_of_names_and_page_labels_are_no_turns(quote_pipeline: Pipeline) -> None:
    for text in (LIST, NOTES):
        assert not any(q.cue == ":" for q in quotes_in(quote_pipeline, text))
