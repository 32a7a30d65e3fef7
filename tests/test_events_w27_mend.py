"""Wave 27 mends of the events layers, each tried on sentences written for these tests.

- an embedded question opens with its wh-word, but a wh-word that opens an adverbial clause at the start of a
  complement ("said *when* the troops arrived they opened fire") is a conjunction of time or place, no question;
- "whose" and "whom" ask as the other wh-words do ("asked *whose* troops fired first": a question, no request).
"""

from __future__ import annotations

import pytest

from accord.events.valency import question_clause
from accord.pipeline import Pipeline
from event_helpers import asserted_events


def _complement(pipeline: Pipeline, text: str, word: str) -> bool:
    """Whether the complement clause headed by ``word`` asks (the verb must be parsed as a complement)."""
    doc = pipeline.nlp(text)
    verbs = [t for t in doc if t.text == word and t.dep_ == "ccomp"]
    assert verbs, [(t.text, t.dep_, t.head.text) for t in doc]
    return question_clause(verbs[0])


TIME_OR_PLACE_CLAUSES = [
    ("The minister said when the troops arrived they opened fire.", "opened"),
    ("The colonel said when the rebels attacked his men fired back.", "fired"),
    ("Protesters demanded when the election is over the president step down.", "step"),
]


@pytest.mark.parametrize(("text", "verb"), TIME_OR_PLACE_CLAUSES)
def test_a_wh_word_opening_an_adverbial_clause_asks_nothing(pipeline: Pipeline, text: str, verb: str) -> None:
    assert not _complement(pipeline, text, verb)


QUESTIONS = [
    ("The minister asked when the troops would leave.", "leave"),
    ("The reporter asked which candidate won.", "won"),
    ("The lawyer asked how many men were held.", "held"),
    ("The envoy asked whose troops fired first.", "fired"),
    ("Reporters asked whom the police had arrested.", "arrested"),
]


@pytest.mark.parametrize(("text", "verb"), QUESTIONS)
def test_an_embedded_question_still_asks(pipeline: Pipeline, text: str, verb: str) -> None:
    assert _complement(pipeline, text, verb)


@pytest.mark.parametrize("text", ["The envoy asked whose troops fired first.",
                                  "Reporters asked whom the police had arrested."])
def test_a_question_with_whose_or_whom_is_no_request(pipeline: Pipeline, text: str) -> None:
    assert not any(e.type == "REQUEST" for e in asserted_events(pipeline, text))
