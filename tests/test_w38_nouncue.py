"""A verb's object noun that carries a clause (branch w38-nouncue), on sentences written for accord. A noun with
a source of its own is the cue, the verb only carries it ("repeated its claim | that …"); a noun with none stays
the verb's content with its clause ("announced | plans to cut …"): PolNeAR's gold draws that case both ways, so
the reading was measured and kept (see REPORT.md). Near-misses: an object with no clause, a clause whose subject
holds the noun, a verb of judging."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import quote_holding, quotes_in


@pytest.mark.parametrize("sentence, content, cue", [
    ("The ferry company announced plans to cut the winter timetable.", "plans to cut the winter timetable",
     "announced"),
    ("The harbour authority announced a decision to rent berths by the hour.",
     "a decision to rent berths by the hour", "announced"),
    ("The ferry company repeated its claim that the pumps were safe.", "that the pumps were safe", "claim"),
    ("The water board announced plans for the old reservoir.", "plans for the old reservoir", "announced"),
    ("The water board announced that plans to build the reservoir were dropped.",
     "that plans to build the reservoir were dropped", "announced"),
    ("The fishermen condemned plans to close the harbour.", "plans to close the harbour", "condemned"),
])
def test_an_object_noun_with_a_clause(quote_pipeline: Pipeline, sentence: str, content: str, cue: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content, quote.text
    assert quote.cue == cue, quote.cue
