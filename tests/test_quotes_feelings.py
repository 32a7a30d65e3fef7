"""Predicate adjectives of belief and feeling with a clause (issue 20), on sentences written for accord: what a
source feels about something is attributed (PARC: "feelings about something, not the feelings themselves"),
also when a time adjunct stands between the adjective and its clause, when the adjective is the second of two
coordinated predicates, or when the parser reads a participle of feeling as a passive. A degree word asking for
a result ("so angry that …"), an expletive subject and a feeling's bare clause attribute nothing (a bare clause
after "upset" or "surprised" is as often the words of a speaker the sentence sits in)."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize("sentence, content, speaker", [
    ("Local farmers are shocked that the dam will be built.", "that the dam will be built", "farmers"),
    ("I am glad that the council finally listened.", "that the council finally listened", "I"),
    ("The mayor was disappointed that the vote failed.", "that the vote failed", "mayor"),
    ("Fishermen are angry that quotas were cut again.", "that quotas were cut again", "Fishermen"),
])
def test_a_feeling_about_a_clause(quote_pipeline: Pipeline, sentence: str, content: str, speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert_spoken_by(quote, speaker)
    assert not quote.direct


@pytest.mark.parametrize("sentence, content, speaker", [
    ("Party leaders were hopeful Monday that the dispute would be settled by the weekend.",
     "that the dispute would be settled by the weekend", "Party leaders"),
    ("Aides were hopeful on Tuesday that the bill would pass.", "that the bill would pass", "Aides"),
])
def test_a_time_adjunct_before_the_clause(quote_pipeline: Pipeline, sentence: str, content: str,
                                          speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert_spoken_by(quote, speaker)


def test_the_second_of_coordinated_predicates(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline,
                       "The senator's aides were pleased with the speech and confident that the vote would pass.")
    assert_spoken_by(quote_holding(quotes, "that the vote would pass"), "aides")
    # the conjunction joins the predicates: it is no part of the first one's object
    assert quote_holding(quotes, "the speech").text == "the speech"


@pytest.mark.parametrize("sentence, words", [
    ("The minister was so angry that she left the room.", "she left the room"),
    ("It is sad that the mill closed.", "the mill closed"),
    ("The dockers were upset the port had closed.", "the port had closed"),
])
def test_no_feeling_attributed(quote_pipeline: Pipeline, sentence: str, words: str) -> None:
    assert not any(words in q.text for q in quotes_in(quote_pipeline, sentence))
