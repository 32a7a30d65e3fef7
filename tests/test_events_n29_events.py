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
