"""Layer 4 on sentences written for these tests (wave 29, second mend of the events changes):

- A relational noun takes its owner's country only when the owner is a person and the noun puts its people on the
  owner's side (kin, friends, backers), and never with a modifier that puts them abroad ("foreign").
- A state striking back with force or with a weapon assaults; civilians' words returned are accusations.
- A condition of winning office backshifted in reported speech ("said he would ... if he won") is still a condition.
- A pronoun names the winner only when it agrees with the promiser and is not the promise's addressee.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import actor_texts, events_on_a_day
from event_helpers import the_event as _event


@pytest.mark.parametrize(("text", "trigger", "noun"), [
    ("Friends of Nigeria condemned the coup in Niger on Monday.", "condemned", "Friends"),
    ("Enemies of Egypt launched drones at the border post on Monday.", "launched", "Enemies"),
    ("Rivals of the Ghanaian president denounced the budget on Monday.", "denounced", "Rivals"),
    ("Foreign backers of the Ghanaian president praised the budget on Monday.", "praised", "backers"),
])
def test_a_relation_not_on_a_person_s_side_does_not_take_the_owner_s_country(
        pipeline: Pipeline, text: str, trigger: str, noun: str) -> None:
    events = [e for e in events_on_a_day(pipeline, text) if e.trigger.text == trigger]
    lent = [a for e in events for a in e.actor if a.text == noun and a.country in ("NGA", "EGY", "GHA")]
    assert not lent


def test_supporters_of_a_president_take_his_country(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Supporters of the Ghanaian president denounced the budget on Monday.", "denounced")
    assert "Supporters" in actor_texts(event.actor)
    assert [a.country for a in event.actor] == ["GHA"]


def _kinds(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.factuality) for e in pipeline.extract(text, published="2016-10-04", id="t").events]


@pytest.mark.parametrize("text", [
    "Gov. Jane Roe said on Monday she would jail the smugglers if she won the race.",
    "The candidate said he could ban the strikes if he was elected.",
])
def test_a_backshifted_condition_of_winning_is_still_a_pledge(pipeline: Pipeline, text: str) -> None:
    assert not [k for k in _kinds(pipeline, text) if k[0] in ("THREATEN", "COERCE") and k[1] == "asserted"], \
        _kinds(pipeline, text)


def test_a_past_win_after_when_is_still_a_past_fact(pipeline: Pipeline) -> None:
    text = "When she won the governorship in 2012, the senator vowed to jail the smugglers."
    assert any(k[0] in ("THREATEN", "COERCE") for k in _kinds(pipeline, text)), _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "Gov. Jane Roe warned the Republicans that she would jail the smugglers if they win the election.",
    "The Polish president told the farmers he would expel the traders if they win the vote.",
])
def test_a_pronoun_for_another_side_is_no_promiser_winning(pipeline: Pipeline, text: str) -> None:
    assert any(k[0] in ("THREATEN", "COERCE", "SANCTION") for k in _kinds(pipeline, text)), _kinds(pipeline, text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Egypt struck back at Libya on Sunday after shells landed in its border towns.", "struck"),
    ("Pakistan hit back at the Taliban militants on Friday.", "hit"),
    ("Russia hit back at Ukraine with a wave of missiles on Monday.", "hit"),
    ("Ethiopia hit back at Eritrea with airstrikes on Thursday.", "hit"),
])
def test_a_state_or_a_weapon_striking_back_assaults(pipeline: Pipeline, text: str, trigger: str) -> None:
    kinds = [(e.type, e.trigger.text) for e in events_on_a_day(pipeline, text)]
    assert ("ASSAULT", trigger) in kinds, kinds


@pytest.mark.parametrize(("text", "trigger"), [
    ("The dockers' union hit back at the transport minister on Monday.", "hit"),
    ("The campaigners struck back at the mayor over the housing plan.", "struck"),
    ("The Egyptian president hit back at his critics on Sunday.", "hit"),
    ("The president hit back at China over the tariffs on Monday.", "hit"),
])
def test_words_returned_stay_accusations(pipeline: Pipeline, text: str, trigger: str) -> None:
    kinds = [(e.type, e.trigger.text) for e in events_on_a_day(pipeline, text)]
    assert ("ACCUSE", trigger) in kinds, kinds
