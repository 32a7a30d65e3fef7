"""Quote precision (wave 37, w37-qprec), on sentences written for these tests.

- "Be supposed to" with a to-infinitive is a semi-modal of obligation or expectation ("drivers are not supposed
  to park there"), as "will" or "ought to" are, not the passive of the verb of thought "suppose": PolNeAR's
  development gold never makes it a cue. Near misses: "many supposed the plan would fail" (the verb of thought
  itself) and another agentless passive of belief ("is widely expected to open") stay attributions.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _quotes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str]]:
    """(content, speaker text, attribution id) of every quote of ``text``."""
    return [(q.text, q.speaker.text if q.speaker else None, q.attribution or q.id)
            for q in pipeline.extract(text, published="2016-02-01", id="t").quotes]


# "be supposed to" with a to-infinitive is a semi-modal of obligation or expectation (as "will" or "ought to"),
# not the passive of "suppose" (think): it reports what is required or expected, said by no one
@pytest.mark.parametrize("text", [
    "Drivers are not supposed to park on the bridge after dark.",
    "The new bridge was supposed to open in May.",
    "It was supposed to be a short meeting, but it ran past midnight.",
])
def test_supposed_to_is_a_modal_not_a_cue(pipeline: Pipeline, text: str) -> None:
    assert _quotes(pipeline, text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("Many people supposed the plan would fail.", "the plan would fail"),  # the verb of thought itself
    ("The bridge is widely expected to open in May.", "to open in May"),  # another agentless passive of belief
])
def test_beliefs_near_supposed_to_stay(pipeline: Pipeline, text: str, content: str) -> None:
    assert content in [found for found, _, _ in _quotes(pipeline, text)]
