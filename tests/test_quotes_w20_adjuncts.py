"""Free adjuncts (issue 20): a participle set off by a comma is its controller's own act of saying — the
clause before it ends there, however the parser hung the participle, also when a subordinator opens it
(", while insisting that …") or the cue ends in a preposition (", pointing to …"); and the controller of a
participle adjunct of a passive is the passive's subject ("The report was released, warning that …")."""

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


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The report was released on Tuesday, warning that the river could flood within a decade.",
     "the river could flood within a decade", "The report"),
    ("A lawsuit was filed on Monday challenging the new rule and alleging that the agency ignored the law.",
     "the agency ignored the law", "A lawsuit"),
    ("The bill was introduced last week, calling for a ban on the devices.", "a ban on the devices", "The bill"),
])
def test_a_passive_subject_controls_its_participle(quote_pipeline: Pipeline, sentence: str, content: str,
                                                    speaker: str) -> None:
    assert_spoken_by(quote_holding(quotes_in(quote_pipeline, sentence), content), speaker)


def test_a_participle_inside_the_content_stays_inside(quote_pipeline: Pipeline) -> None:
    """No comma: the participle belongs to what is reported ("said the firm kept hiring workers …")."""
    quotes = quotes_in(quote_pipeline, "The manager said the firm kept hiring workers while cutting wages.")
    assert quote_holding(quotes, "the firm kept hiring workers while cutting wages").cue == "said"
