"""Wave 23: armed words used of politics and of pictures, each tried on sentences written for these tests, with
the armed sense beside them.

- what a camera takes or a text renders (`depiction`: a portrait, a photograph, a documentary) is shot or
  captured with a lens, no one hit or taken;
- an offensive against a record, a plan or words is a campaign of criticism (ACCUSE), as an attack on a plan is;
  one against an armed side or its positions stays an assault;
- a battle or a fight over a bill, a budget or a field of policy (`policy_area`) is fought in votes and words;
  over a town or against an armed side's positions it stays armed.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import asserted_events

# each of these was coded an assault before the rules of this file
NO_ARMED_ACT = [
    ("The photographer captured a portrait of the minister at the summit.", "captured"),
    ("The crew shot a portrait of the general for the magazine.", "shot"),
    ("The senators waged a bitter battle over the budget in March.", "battle"),
    ("The senators waged a bitter battle over immigration in March.", "battle"),
    ("Unions joined the battle against the pension reform last spring.", "battle"),
]


@pytest.mark.parametrize(("text", "trigger"), NO_ARMED_ACT)
def test_pictures_and_political_fights_are_no_assault(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger and e.type == "ASSAULT"] \
        == []


def test_an_offensive_against_a_plan_is_criticism(pipeline: Pipeline) -> None:
    events = [e for e in asserted_events(pipeline, "The opposition launched an offensive against the "
                                         "government's budget plan.") if e.trigger.text == "offensive"]
    assert [e.type for e in events] == ["ACCUSE"], events


ARMED = [
    ("Troops launched an offensive against rebel positions near the river.", "offensive"),
    ("The army began a new offensive against the insurgents on Monday.", "offensive"),
    ("Rebels and soldiers fought a fierce battle over the town on Sunday.", "fought"),
    ("Rebels captured the town after a week of fighting.", "captured"),
    ("Soldiers shot two protesters in the capital.", "shot"),
]


@pytest.mark.parametrize(("text", "trigger"), ARMED)
def test_acts_of_arms_stay_assaults(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert "ASSAULT" in [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]


def test_police_capturing_suspects_is_an_arrest(pipeline: Pipeline) -> None:
    events = asserted_events(pipeline, "Police captured two suspects near the border on Friday.")
    assert [e.type for e in events if e.trigger.text == "captured"] == ["COERCE"]


def test_competitors_battling_with_no_enemy_named_contest_a_race(pipeline: Pipeline) -> None:
    text = "The Republican candidates battled in Wisconsin last week."
    assert [e for e in asserted_events(pipeline, text) if e.trigger.text == "battled"] == []


def test_armed_sides_battling_with_no_enemy_named_still_fight(pipeline: Pipeline) -> None:
    text = "Rebels battled in the streets of the northern city on Sunday."
    assert "ASSAULT" in [e.type for e in asserted_events(pipeline, text) if e.trigger.text == "battled"]
