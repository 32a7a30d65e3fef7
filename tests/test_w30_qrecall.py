"""A passive verb of judging with its grounds (branch w30-qrecall), on sentences written for accord: "the clerk
was accused of hiding losses" attributes the whole charge, the one judged and the grounds, around the cue;
without grounds the subject alone stays the content."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.quotes.lexicon import load_lexicon
from quote_helpers import assert_spoken_by, quote_holding, quotes_in

OPENING = "The harbour board met on Thursday. "


@pytest.mark.parametrize("sentence, content", [
    ("Two county clerks were charged with taking bribes from a paving firm.",
     "Two county clerks were charged with taking bribes from a paving firm"),
    ("The former treasurer was accused of hiding losses from the board.",
     "The former treasurer was accused of hiding losses from the board"),
    ("The nurses were praised for their calm during the blackout.", "The nurses were praised for their calm"),
])
def test_the_charge_is_the_one_judged_with_the_grounds(quote_pipeline: Pipeline, sentence: str,
                                                        content: str) -> None:
    found = quotes_in(quote_pipeline, OPENING + sentence)
    assert content in [q.text for q in found], [(q.text, q.cue) for q in found]


def test_the_agent_is_the_source_of_the_charge(quote_pipeline: Pipeline) -> None:
    sentence = "The harbour master has been criticized by several skippers for closing the slipway."
    quote = quote_holding(quotes_in(quote_pipeline, OPENING + sentence), "for closing the slipway")
    assert quote.text.startswith("The harbour master has been criticized")
    assert_spoken_by(quote, "skippers")


def test_without_grounds_the_subject_alone_is_the_content(quote_pipeline: Pipeline) -> None:
    found = quotes_in(quote_pipeline, OPENING + "The new harbour levy was criticized by the ferry owners.")
    assert [q.text for q in found if q.cue == "criticized"] == ["The new harbour levy"]


def test_an_active_verb_of_judging_keeps_its_object(quote_pipeline: Pipeline) -> None:
    found = quotes_in(quote_pipeline, OPENING + "The skippers criticized the harbour master for closing the slipway.")
    assert not [q for q in found if q.text.startswith("The skippers")], [(q.text, q.cue) for q in found]


def test_the_grounds_prepositions_are_data() -> None:
    grounds = load_lexicon().passive_grounds
    assert grounds["accuse"] == frozenset({"of"}) and grounds["charge"] == frozenset({"with"})
    assert "with" not in grounds.get("attack", frozenset())


def test_a_relative_word_is_no_charge_of_its_own(quote_pipeline: Pipeline) -> None:
    found = quotes_in(quote_pipeline, OPENING + "The board hired a pilot who was accused of ignoring the tide tables.")
    assert not [q for q in found if q.text.lower() in ("who", "who was accused of ignoring the tide tables")], \
        [(q.text, q.cue) for q in found]


def test_a_charge_only_possible_is_no_charge_made(quote_pipeline: Pipeline) -> None:
    found = quotes_in(quote_pipeline, OPENING + "The pilots could be charged with ignoring the tide tables.")
    assert not [q for q in found if q.text.startswith("The pilots")], [(q.text, q.cue) for q in found]
