"""Layer 4 on sentences written for these tests (wave 19): whom an accusation is aimed at when its words name
that party only through a relative pronoun.

- A naming verb in a relative clause whose object is the relative pronoun ("the minister, *whom* the senator
  called a liar") accuses the noun the clause hangs on, as a relative subject of a passive naming verb does
  ("the minister, *who* was branded a liar").
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import the_event as _event


@pytest.mark.parametrize(("text", "trigger", "namer", "named"), [
    ("The minister, whom the opposition leader called a liar, resigned on Monday.", "liar",
     "the opposition leader", "The minister"),
    ("The rebels, who the army called terrorists, withdrew from the town.", "terrorists", "the army", "The rebels"),
    ("She met the governor, whom the mayor had called a traitor.", "traitor", "the mayor", "the governor"),
])
def test_a_relative_pronoun_named_stands_for_its_noun(pipeline: Pipeline, text: str, trigger: str, namer: str,
                                                      named: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.type == "ACCUSE"
    assert [a.text for a in event.actor] == [namer]
    assert [a.text for a in event.recipient] == [named]


def test_a_named_object_still_stands_for_itself(pipeline: Pipeline) -> None:
    """The rule reads relative pronouns only: an ordinary object is whom the naming verb names."""
    event = _event(pipeline, "The opposition leader called the minister a disgrace.", "disgrace")
    assert [a.text for a in event.recipient] == ["the minister"]
