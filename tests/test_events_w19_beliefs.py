"""Wave 19: an act told as what someone believes is no act the text asserts. Each rule is tried on sentences
written for these tests, where it holds and where it does not:

- a negated verb of belief carries its negation down ("does not think they attacked": they did not, in the
  believer's view); a negated verb of saying that does not take its clause as a fact tells nothing ("did not say
  that troops fired"); a verb that does ("did not reveal that troops fired") leaves the act asserted;
- what a belief, a sense or an impression holds is believed, not told as done.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _status(pipeline: Pipeline, text: str, trigger: str) -> list[str]:
    events = pipeline.extract(text, published="2021-03-01").events
    return [e.factuality for e in events if e.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The minister does not think Russia attacked the convoy.", "attacked", "negated"),
    ("The senator does not believe that Iran violated the deal.", "violated", "negated"),
    ("He did not say that Russia attacked the convoy.", "attacked", "hypothetical"),
    ("There is a widespread belief that Moscow attacked the convoy.", "attacked", "hypothetical"),
    ("Many voters have a sense that the governor rejects the norms of the capital.", "rejects", "hypothetical"),
    # the act stays asserted: a belief or a report not negated, a verb that takes its clause as a fact
    ("Officials believe Russia attacked the convoy.", "attacked", "asserted"),
    ("Officials said Russia attacked the convoy.", "attacked", "asserted"),
    ("The ministry did not reveal that troops had fired on the protesters.", "fired", "asserted"),
])
def test_what_is_believed_is_not_asserted(pipeline: Pipeline, text: str, trigger: str, expected: str) -> None:
    assert _status(pipeline, text, trigger) == [expected]
