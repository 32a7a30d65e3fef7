"""Quote precision (wave 38, w38-qprec), on sentences written for these tests.

- A verb of commitment or perception ("promise", "threaten", "see", "witness") whose subject is a time, an
  occasion, a contest or a hazard reads as likelihood or occasion ("the storm threatens to cut power", "the last
  decade saw the rise of …"): no one holds a view, so nothing is attributed. Near misses: a person, a body, a
  text or a pronoun as the subject ("the senator threatened to …", "the group that threatened to …", "the report
  promised to …", "it threatened to …") stay attributions.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _contents(pipeline: Pipeline, text: str) -> list[str]:
    return [q.text for q in pipeline.extract(text, published="2016-02-01", id="t").quotes]


@pytest.mark.parametrize("text", [
    "The storm threatens to cut power to thousands of homes along the coast.",
    "The hearing promised to be a long one, with dozens of witnesses on the list.",
    "The last decade saw the rise of a new kind of protest movement in the region.",
    "The election saw turnout fall to its lowest level in forty years.",
    "The weekend saw protests in three cities.",
    "The referendum saw the party's plan defeated by a wide margin.",
    "The meeting threatened to turn into a shouting match.",
    "The debate that promised to settle the matter ended without a vote.",
])
def test_a_subject_that_holds_no_view_attributes_nothing(pipeline: Pipeline, text: str) -> None:
    assert _contents(pipeline, text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("The senator threatened to block the bill if the tax cut stayed in it.", "to block the bill"),
    ("Union leaders promised to keep the strike going until spring.", "to keep the strike going until spring"),
    ("The group that threatened to sue the city has now dropped its case.", "to sue the city"),
    ("The committee promised to publish its findings by June.", "to publish its findings by June"),
    ("The campaign promised to release the candidate's tax returns.", "to release the candidate's tax returns"),
    ("The report promised to shed light on the agency's spending.", "to shed light on the agency's spending"),
    ("The company said it would appeal, and it threatened to sue the regulator.", "to sue the regulator"),
    ("Witnesses saw the car speed away.", "the car speed away"),
    ("Most polls see the challenger winning the run-off in May.", "the challenger winning the run-off"),  # a text
    ("The mayor saw the crowd gather outside the hall.", "the crowd gather outside the hall"),
])
def test_someone_who_can_hold_a_view_stays_a_source(pipeline: Pipeline, text: str, content: str) -> None:
    assert any(content in found for found in _contents(pipeline, text))
