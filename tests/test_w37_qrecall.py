"""Reported speech the quote stage missed (wave 37, PolNeAR recall), on sentences written for these tests:

- A cue verb in a gerund after a preposition that modifies a passive verb ("was suspended for saying …",
  "was sidelined after arguing that …"): the gerund's subject is its governor's surface subject, a passive one
  too; the one suspended is the one who said it.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _quotes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, cue, speaker text) of every quote of ``text``."""
    return [(q.text, q.cue, q.speaker.text if q.speaker else None)
            for q in pipeline.extract(text, published="2016-02-01", id="t").quotes]


@pytest.mark.parametrize(("text", "content", "cue", "speaker"), [
    ("The coach was suspended for saying the referees were paid.",
     "the referees were paid", "saying", "The coach"),
    ("The adviser was sidelined after arguing that the bill needed more money.",
     "that the bill needed more money", "arguing", "The adviser"),
])
def test_gerund_after_passive_speaks_for_its_subject(
        pipeline: Pipeline, text: str, content: str, cue: str, speaker: str) -> None:
    assert (content, cue, speaker) in _quotes(pipeline, text)


@pytest.mark.parametrize("text", [
    "The firm was sued after the regulator said nothing about the losses.",  # a finite clause, not a gerund
    "The guard was told to leave the building after the alarm.",  # "told" of an order to leave, no saying
])
def test_no_gerund_adjunct_no_borrowed_speaker(pipeline: Pipeline, text: str) -> None:
    assert not any(cue in ("said", "saying") for _, cue, _ in _quotes(pipeline, text))
