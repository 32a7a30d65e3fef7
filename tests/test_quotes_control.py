"""Issue 20, wave 13, on sentences written for accord: a verb asking, requiring or telling someone to act
attributes what is wanted with the one who is to act ("asked lawmakers to delay the vote": that lawmakers
delay it), as PARC marks it; an infinitive with no object stays as it was."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import quote_holding, quotes_in


@pytest.mark.parametrize(("text", "content"), [
    ("The governor asked lawmakers to delay the vote.", "lawmakers to delay the vote"),
    ("The new rule required the agency to publish its figures.", "the agency to publish its figures"),
    ("The coach told the players to stay home.", "the players to stay home"),
])
def test_the_one_asked_to_act_is_in_the_content(quote_pipeline: Pipeline, text: str, content: str) -> None:
    assert quote_holding(quotes_in(quote_pipeline, text), content).text == content


def test_an_infinitive_without_an_object_starts_at_to(quote_pipeline: Pipeline) -> None:
    text = "The candidate plans to run for the Senate."
    assert quote_holding(quotes_in(quote_pipeline, text), "to run").text == "to run for the Senate"
