"""Verbs of praising and rebuking as object cues (issue 20): "extolled the virtues of …", "harangued the crowd
about …", "admonished the lawyers for …" attribute a stance toward their object, as "praised" and "scolded"
do; the noun "reprimand" is no verb cue."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The president extolled the virtues of free trade.", "the virtues of free trade", "The president"),
    ("The mayor extols the new harbor plan at every stop.", "the new harbor plan", "The mayor"),
    ("The candidate harangued the crowd about the border.", "the crowd about the border", "The candidate"),
    ("The judge admonished the lawyers for their delays.", "the lawyers for their delays", "The judge"),
    ("The chairman reprimanded the staff for leaking the memo.", "the staff for leaking the memo", "The chairman"),
])
def test_praise_and_rebuke_verbs_attribute_their_object(quote_pipeline: Pipeline, sentence: str, content: str,
                                                         speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert_spoken_by(quote, speaker)


def test_the_noun_reprimand_is_no_verb_cue(quote_pipeline: Pipeline) -> None:
    assert not any(q.cue and "reprimand" in q.cue for q in quotes_in(quote_pipeline,
                                                                   "The union received a reprimand from the board."))
