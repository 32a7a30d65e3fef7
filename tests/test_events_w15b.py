"""Wave 15b rules, each tried on sentences written for these tests, where the rule holds and where it does not:

- a verb of characterising ("paint", "portray", "cast", "dismiss", "caricature", "depict") with an "as"-phrase that
  finds fault in its object is criticism of it (ACCUSE); the description decides, not the verb: "described X as a
  friend" accuses nobody; the object is who is criticised even when the verb's subject lies outside its clause
  ("aimed at portraying X as ...", "X, who ... while being portrayed as ...");
- a rate of acts on one known party ("blasts the senator almost daily") tells acts done, asserted; a rate over a
  count or a kind ("kills thousands every year") stays a statistic.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return list(pipeline.extract(text, published="2022-05-02").events)


def _asserted(pipeline: Pipeline, text: str) -> list[str]:
    return [e.type for e in _events(pipeline, text) if e.factuality == "asserted"]


@pytest.mark.parametrize(("text", "target"), [
    ("Senator Jones dismissed the mayor as an ineffective manager.", "the mayor"),
    ("The governor painted the senator as a reckless spendthrift.", "the senator"),
    ("The party caricatured the candidate as an elitist who ignores voters.", "the candidate"),
    ("The opposition depicted the prime minister as a puppet of the banks.", "the prime minister"),
    ("Rivals portrayed the senator as a hypocrite.", "the senator"),
    ("Senator Warren was portrayed as a flip-flopper.", "Senator Warren"),
    ("The campaign portrayed the senator as a flip-flopping politician.", "the senator"),
    ("The campaign painted the congressman as unqualified for the job.", "the congressman"),
    # a naming verb whose subject is elsewhere: a gerund under a preposition, a passive participle in a relative
    ("The governor's campaign sent out dozens of emails aimed at portraying the senator as a hypocrite.",
     "the senator"),
    ("The senator, who has won many endorsements even while being portrayed as a flip-flopper, leads the race.",
     "The senator"),
])
def test_characterised_as_at_fault_is_criticism(pipeline: Pipeline, text: str, target: str) -> None:
    accusations = [e for e in _events(pipeline, text) if e.type == "ACCUSE" and e.factuality == "asserted"]
    assert [[r.text for r in e.recipient] for e in accusations] == [[target]]


@pytest.mark.parametrize("text", [
    "Governor Smith described the president as a close friend.",
    "Critics cast the governor as a reformer.",
    "The newspaper portrayed the senator as a working mother.",
    "The president dismissed the general.",
])
def test_a_description_without_fault_accuses_nobody(pipeline: Pipeline, text: str) -> None:
    assert "ACCUSE" not in _asserted(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Republicans attack the senator almost daily.", ["ACCUSE"]),
    ("Democrats blast Senator Brown almost daily over the vote.", ["ACCUSE"]),
    ("The army shells the town every night.", ["ASSAULT"]),
    ("Malaria kills thousands every year.", []),
    ("Landmines kill hundreds of farmers every year.", []),
    ("Thousands are killed each year in clashes over grazing land.", []),
])
def test_a_rate_of_acts_on_a_known_party_is_asserted(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert _asserted(pipeline, text) == expected
