"""Where PolNeAR puts cue and content around a verb's object noun that carries a clause (branch w38-nouncue), on
sentences written for accord: a noun of saying or intending with a that-clause or an infinitive and no source
of its own is the act of expression the verb reports ("the agency announced plans Tuesday | to sue"), so it
joins the verb's cue, with its modifiers and the words up to the clause; the content is the clause. PolNeAR's
guidelines: the cue encompasses the expressive act ("He raised the concern | that …")."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import quote_holding, quotes_in


@pytest.mark.parametrize("sentence, content, cue", [
    ("The water board announced plans on Monday to build two reservoirs in the hills.",
     "to build two reservoirs in the hills", "announced plans on Monday"),
    ("The ferry company announced plans to cut the winter timetable.", "to cut the winter timetable",
     "announced plans"),
    ("The harbour authority announced a decision to rent berths by the hour.", "to rent berths by the hour",
     "announced a decision"),
])
def test_a_sourceless_object_noun_with_a_clause_joins_the_cue(quote_pipeline: Pipeline, sentence: str,
                                                              content: str, cue: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content, quote.text
    assert quote.cue == cue, quote.cue


@pytest.mark.parametrize("sentence, content, cue", [
    # near-misses: a noun with a source of its own is its own cue (the verb only carries it); an object with no
    # clause stays the verb's content; a clause whose subject holds the noun is the verb's content whole; a
    # verb of judging takes its whole object
    ("The ferry company repeated its claim that the pumps were safe.", "that the pumps were safe", "claim"),
    ("The water board announced plans for the old reservoir.", "plans for the old reservoir", "announced"),
    ("The water board announced that plans to build the reservoir were dropped.",
     "that plans to build the reservoir were dropped", "announced"),
    ("The fishermen condemned plans to close the harbour.", "plans to close the harbour", "condemned"),
])
def test_no_noun_joins_the_cue_otherwise(quote_pipeline: Pipeline, sentence: str, content: str, cue: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content, quote.text
    assert quote.cue == cue, quote.cue
