"""A noun of physical harm (an air strike, a shelling, an arrest) asserts that the act took place even when the
text names only one side of it: "Russian air strikes killed 20 people" tells who struck, "the shelling of
Kharkiv" what was struck. Other event nouns still need both sides: "Putin's visit was symbolic" comments on a
visit, it does not report one. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in pipeline.extract(text, published="2021-03-01").events if e.factuality == "asserted"]


ONE_SIDED_HARM = [
    ("Villagers fled the shelling of the valley by Ukrainian forces.", "ASSAULT"),
    ("The US strike on the air base came hours later.", "ASSAULT"),
    ("The arrest of the union leader by Belarusian police drew crowds.", "COERCE"),
]


@pytest.mark.parametrize(("text", "event_type"), ONE_SIDED_HARM, ids=[t[:40] for t, _ in ONE_SIDED_HARM])
def test_a_harm_noun_with_one_side_is_an_event(pipeline: Pipeline, text: str, event_type: str) -> None:
    assert event_type in {e.type for e in _events(pipeline, text)}


ONE_SIDED_OTHER = [
    "Putin's visit was largely symbolic.",
    "The Chinese delegation's talks lasted three hours.",
]


@pytest.mark.parametrize("text", ONE_SIDED_OTHER, ids=[t[:40] for t in ONE_SIDED_OTHER])
def test_other_event_nouns_with_one_side_stay_no_event(pipeline: Pipeline, text: str) -> None:
    assert not {e.type for e in _events(pipeline, text)} & {"CONSULT", "AGREE", "COOPERATE"}
