"""Wave 27: words coded as asserted events that tell none, each rule tried on sentences written for these tests,
where it holds and where it does not.

- a question put is no request: "asked" with nobody asked, nothing asked for and no act asked of anyone reports a
  question, as "said" reports a statement ("'Why now?' the senator asked", "the host asked again", "Asked at a
  briefing about the plan, she said ..."), while "as the council had asked" (a conjunction of its own) still
  refers to an act asked for; an embedded question whose wh-word opens a phrase of its clause ("asked reporters
  *which* candidate they preferred") or sits deeper in it ("asked *what* a fair deal would look like") asks to be
  told, as "asked whether ..." does.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _asserted(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in pipeline.extract(text, published="2021-03-01").events
            if e.factuality == "asserted"]


@pytest.mark.parametrize("text", [
    "\"When will the troops come home?\" the senator asked.",
    "\"Why should anyone trust her?\" the governor asked.",
    "The moderator asked again.",
    "Asked at a press conference about the tariffs, the governor said he had no plans.",
    "When asked about the border wall, the candidate changed the subject.",
    "The governor asked reporters which candidate they preferred.",
    "The host asked the candidate what a fair deal would look like.",
    "The anchor asked the mayor how many officers had been fired.",
])
def test_a_question_put_is_no_request(pipeline: Pipeline, text: str) -> None:
    assert not [t for t, _ in _asserted(pipeline, text) if t == "REQUEST"], _asserted(pipeline, text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The mayor asked the council to approve the budget.", "asked"),
    ("The ministry asked for a delay in the vote.", "asked"),
    ("The opposition asked that the vote be postponed.", "asked"),
    ("Asked by the United Nations to mediate, Qatar sent two envoys to the capital.", "Asked"),
])
def test_a_request_that_says_what_is_asked_stays(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert ("REQUEST", trigger) in _asserted(pipeline, text)
