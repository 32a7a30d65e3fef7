"""Issue 20, wave 13, on sentences written for accord: a sentence opening with "to"/"for" and someone, then a
comma, puts its clause in that holder's eyes (PARC: a belief with the holder as source); "for" does not ("For
Sanders, there is no path left" is about whom)."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize(("text", "content", "holder"), [
    ("To many, the mayor is a reformer who never got a fair hearing.",
     "the mayor is a reformer who never got a fair hearing", "many"),
    ("To Ms. Okafor, who has covered the port for years, Tuesday marked a turning point.",
     "Tuesday marked a turning point", "Okafor"),
    ("But to others, he is a showman with no plan.", "he is a showman with no plan", "others"),
    ("So, to most Democrats, the tax cut was a betrayal of the party.", "the tax cut was a betrayal of the party",
     "Democrats"),
    ("To him, the vote was never about money.", "the vote was never about money", "him"),
])
def test_a_holders_perspective_is_a_belief(quote_pipeline: Pipeline, text: str, content: str, holder: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, text), content)
    assert quote.text == content
    assert quote.type == "belief"
    assert_spoken_by(quote, holder)


@pytest.mark.parametrize("text", [
    "For years, the mayor kept the budget in balance.",  # when
    "For now, the talks are stalled.",
    "For example, the city raised fares.",
    "To date, no one has been charged.",
    "For the first time, the council met in public.",
    "For Vantex, revenue rose 5 percent in the spring.",  # about whom
    "For the governor, there is no path left to the nomination.",
    "To the north, the hills were burning.",  # where
    "He drove to Ohio, and the crowd cheered.",  # not opening the sentence
])
def test_no_perspective_without_a_holder_opening_a_judgement(quote_pipeline: Pipeline, text: str) -> None:
    assert not [q for q in quotes_in(quote_pipeline, text) if q.cue is not None and q.cue.lower() in ("to", "for")]
