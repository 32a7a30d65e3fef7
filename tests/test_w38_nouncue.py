"""A verb's object noun that carries a clause (branch w38-nouncue), on sentences written for accord. A noun with
a source of its own is the cue, the verb only carries it ("repeated its claim | that …"); a noun with none stays
the verb's content with its clause ("announced | plans to cut …"): PolNeAR's gold draws that case both ways, so
the reading was measured and kept (see REPORT.md). Near-misses: an object with no clause, a clause whose subject
holds the noun, a verb of judging. And a stance noun with no possessor that a light verb carries is the cue with
its preposition ("voiced concerns about | the cost")."""

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


# --- a stance noun that a light verb carries: the noun and its preposition are the cue --------------------------
# "voiced concerns about the cost": the light verb only expresses the stance, the noun names it (PolNeAR's
# guidelines: the cue encompasses the expressed attitude); what the stance is toward is the content.

@pytest.mark.parametrize("sentence, content", [
    ("The ferry captain voiced concerns about the cost of the new pier.", "the cost of the new pier"),
    ("The harbour master offered a spirited defense of the night pilots.", "the night pilots"),
])
def test_a_light_verbs_stance_noun_is_the_cue(quote_pipeline: Pipeline, sentence: str, content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content, quote.text


@pytest.mark.parametrize("sentence, content", [
    # near-misses: a possessed noun stays the content; a phrase naming a medium says where, not what; a verb
    # that is no light verb takes its whole object
    ("The fishermen expressed their support for the new quota.", "their support for the new quota"),
    ("The ferry captain posted comments on Facebook about the pier.", "comments on Facebook about the pier"),
    ("The fishermen condemned criticism of the new quota.", "criticism of the new quota"),
])
def test_no_stance_noun_leaves_the_content_otherwise(quote_pipeline: Pipeline, sentence: str, content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content, quote.text
