"""Layer 4 on sentences written for these tests (wave 27): whom an event is done to, where the target was left
empty though the text names it.

- A stance (supporting, accusing, rejecting) is taken towards the doer's own people as towards anyone else:
  "Trump defended *his* campaign manager", "Erdogan praised *his* troops" name whom the doer backs or blames,
  though the doer owns the phrase. A part of the doer's own organisation still stands for the doer ("defended
  *her* campaign"), and a force's own troops are still no target of its moving them ("withdrew *its* forces").
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import the_event as _event


@pytest.mark.parametrize(("text", "trigger", "event_type", "target"), [
    ("Republican front-runner Donald Trump defended his campaign manager on Tuesday.", "defended", "SUPPORT",
     "his campaign manager"),
    ("President Recep Tayyip Erdogan praised his troops on Tuesday.", "praised", "SUPPORT", "his troops"),
    ("Hillary Clinton criticized her party's leaders for the delay.", "criticized", "ACCUSE",
     "her party's leaders"),
])
def test_stance_towards_the_doers_own_people(pipeline: Pipeline, text: str, trigger: str, event_type: str,
                                             target: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.type == event_type
    assert [a.text for a in event.recipient] == [target]


def test_own_forces_moved_are_still_no_target(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Germany withdrew its forces from the base.", "withdrew")
    assert event.type == "RETREAT"
    assert event.recipient == ()
