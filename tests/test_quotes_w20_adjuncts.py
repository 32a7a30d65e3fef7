"""Free adjuncts (issue 20): a participle set off by a comma is its controller's own act of saying — the
clause before it ends there, however the parser hung the participle, also when a subordinator opens it
(", while insisting that …") or the cue ends in a preposition (", pointing to …")."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize("sentence, first, adjunct, speaker", [
    ("Most senators have said they would back the bill, while insisting that it is not an endorsement.",
     "they would back the bill", "that it is not an endorsement", "senators"),
    ("The mayor has said the city is safe, pointing to a drop in crime last year.",
     "the city is safe", "a drop in crime last year", "The mayor"),
])
def test_a_free_adjunct_ends_the_content_before_it(quote_pipeline: Pipeline, sentence: str, first: str,
                                                   adjunct: str, speaker: str) -> None:
    quotes = quotes_in(quote_pipeline, sentence)
    before = quote_holding(quotes, first)
    assert before.text == first, (before.text, before.cue)
    after = quote_holding(quotes, adjunct)
    assert after.attribution != before.attribution
    assert_spoken_by(after, speaker)


def test_a_participle_inside_the_content_stays_inside(quote_pipeline: Pipeline) -> None:
    """No comma: the participle belongs to what is reported ("said the firm kept hiring workers …")."""
    quotes = quotes_in(quote_pipeline, "The manager said the firm kept hiring workers while cutting wages.")
    assert quote_holding(quotes, "the firm kept hiring workers while cutting wages").cue == "said"
