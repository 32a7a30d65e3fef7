"""Mending wave 29's w29-unreal (m29-unreal): a condition of winning office makes a campaign pledge only when the
promiser is the one to win and the win is still to come; a story is one of an election by its nouns, not by an
adjective ("the primary reason"); a headline's simple present and adverbs that count acts done tell no habit; a
state selling to a state agrees. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.events.tables import Tables
from accord.pipeline import Pipeline
from accord.records import ASSERTED, HYPOTHETICAL, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return list(pipeline.extract(text, published="2016-10-04", id="t").events)


def _shown(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.trigger.text, e.factuality) for e in _events(pipeline, text)]


# --- a condition of another's win, or a win told in the past, leaves the threat real -----------------------------


@pytest.mark.parametrize("text", [
    "The Nigerian president vowed to deploy soldiers in the north if the opposition wins the vote.",
    "The Polish president said he would expel the Russian diplomats if Putin wins the election.",
    "When she won the governorship in 2010, the senator vowed to arrest the corrupt officials.",
])
def test_a_threat_on_another_condition_stays(pipeline: Pipeline, text: str) -> None:
    kinds = [e.type for e in _events(pipeline, text)]
    assert any(k in ("THREATEN", "SANCTION", "COERCE", "MOBILIZE") for k in kinds), _shown(pipeline, text)


@pytest.mark.parametrize("text", [
    "The candidate said he would jail the bankers if he wins the race.",
    "Once elected, the businessman vowed to deport the smugglers.",
])
def test_a_pledge_on_the_promiser_winning_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.type in ("THREATEN", "AGREE")], _shown(pipeline, text)


# --- an adjective makes no election story ------------------------------------------------------------------------


def test_the_adjective_primary_makes_no_election_story(pipeline: Pipeline) -> None:
    text = "The former senator said he would arrest the smugglers. The primary motive, he added, was greed."
    assert "THREATEN" in [e.type for e in _events(pipeline, text)], _shown(pipeline, text)


def test_a_primary_race_still_makes_an_election_story(pipeline: Pipeline) -> None:
    text = "The former senator said he would arrest the smugglers. He is running in the primary next month."
    assert "THREATEN" not in [e.type for e in _events(pipeline, text)], _shown(pipeline, text)


# --- headlines and adverbs that count acts -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Mayor often attacks rival in fiery town hall\n\nThe mayor spoke in Denver on Monday.",
    "The senator repeatedly attacks the governor over the budget in his speeches.",
    "The mayor constantly criticises the police chief in his interviews.",
])
def test_no_habit_is_read_in_a_headline_or_from_counted_acts(pipeline: Pipeline, text: str) -> None:
    found = [e for e in _events(pipeline, text) if e.trigger.text in ("attacks", "criticises")]
    assert found and all(e.factuality != HYPOTHETICAL for e in found), _shown(pipeline, text)


def test_a_habit_in_running_text_stays_hypothetical(pipeline: Pipeline) -> None:
    found = [e for e in _events(pipeline, "The mayor often attacks his rival in his speeches.") if e.type == "ACCUSE"]
    assert found and all(e.factuality == HYPOTHETICAL for e in found)


# --- commerce ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The Pentagon agreed to sell drones to Kenya.",
    "The French defence ministry agreed to sell frigates to Egypt.",
])
def test_a_state_body_selling_to_a_state_agrees(pipeline: Pipeline, text: str) -> None:
    assert "AGREE" in [e.type for e in _events(pipeline, text) if e.factuality == ASSERTED], _shown(pipeline, text)


def test_listing_is_no_commerce(tables: Tables) -> None:
    assert "commerce" not in tables.senses.word_classes.get("list", frozenset())


def test_reports_and_reproaches_are_no_misfortunes(tables: Tables) -> None:
    for word in ("criticism", "news", "allegation", "accusation"):
        assert "misfortune" not in tables.senses.word_classes.get(word, frozenset()), word
