"""Wave 25: whether a coded event is real, each rule tried on sentences written for these tests, where it holds and
where it does not.

- an act to come is an announced promise or threat only when the speaker announces an intention: what a source
  believes, thinks or expects will happen is a forecast ("said she believed Iran would retaliate", "said he expected
  Iran would retaliate"): it stays future, of its own type; what a source says another named person will do stays
  announced (a spokesman telling the leader's plan is the common case);
- a bare verb the parser hung on a verb of another form continues the last "to" infinitive before it ("vowed to
  seize the city, destroy the bridges and kill the governor"): it reads as that infinitive does, and under a verb of
  committing, threatening, asking or refusing it is what was promised, threatened, asked for or refused, never an
  act told as done.
"""

from __future__ import annotations

import pytest

from accord.events.tables import load_tables
from accord.pipeline import Pipeline
from event_helpers import asserted_events


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.factuality, e.trigger.text) for e in pipeline.extract(text, published="2021-03-01").events]


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("The minister said she believed Iran would retaliate against the strikes.", "retaliate", "ASSAULT"),
    ("Governor Smith said he expected Iran would retaliate against the strikes.", "retaliate", "ASSAULT"),
])
def test_a_forecast_is_no_announcement(pipeline: Pipeline, text: str, word: str,
                                                                 kind: str) -> None:
    coded = _coded(pipeline, text)
    assert (kind, "future", word) in coded
    assert not [c for c in coded if c[2] == word and c[1] == "asserted"]


@pytest.mark.parametrize(("text", "word", "kind"), [
    # the speaker's own intention stays a promise or a threat
    ("Senator Clark said she would visit the border on Friday.", "visit", "AGREE"),
    ('"We will retaliate against any attack," the general said.', "retaliate", "THREATEN"),
    ("The rebels said they would attack the base.", "attack", "THREATEN"),
    # a state's intention told by a person: no two persons, the announcement stands
    ("Iran will retaliate against any attack, Zarif said.", "retaliate", "THREATEN"),
    # a leader's plan told by the one who speaks for the leader
    ("President Lopez will visit Geneva next week, spokesman Dan Clark said.", "visit", "AGREE"),
])
def test_an_intention_announced_by_its_party_stays_a_promise_or_threat(pipeline: Pipeline, text: str, word: str,
                                                                       kind: str) -> None:
    assert (kind, word) in [(e.type, e.trigger.text) for e in asserted_events(pipeline, text)]


@pytest.mark.parametrize(("text", "words"), [
    ("The rebels have vowed to seize the city, destroy the bridges and kill the governor.", {"destroy", "kill"}),
    ("Protesters urged the army to withdraw from the city, release the prisoners and punish the officers.",
     {"release", "punish"}),
])
def test_a_verb_coordinated_with_a_governed_infinitive_is_not_told_as_done(pipeline: Pipeline, text: str,
                                                                           words: set[str]) -> None:
    assert not [e for e in asserted_events(pipeline, text) if e.trigger.text in words]


@pytest.mark.parametrize(("text", "word"), [
    # a finite verb after a purpose infinitive is an act of its own
    ("The army moved in to secure the town and arrested dozens of protesters.", "arrested"),
    ("The general went to the front to inspect the troops, and rebels attacked his convoy.", "attacked"),
])
def test_a_finite_verb_after_an_infinitive_stays_an_act(pipeline: Pipeline, text: str, word: str) -> None:
    assert word in [e.trigger.text for e in asserted_events(pipeline, text)]


def test_the_race_words_are_one_list() -> None:
    senses = load_tables().senses
    shared = senses.contest_race & senses.race_words
    assert {"fight", "battle", "beat", "win"} <= shared
    # the words of taking ground are a race only between campaigners, "wage" only in an election's clause
    assert "capture" in senses.contest_race - senses.race_words
    assert senses.race_words - senses.contest_race == {"wage"}
