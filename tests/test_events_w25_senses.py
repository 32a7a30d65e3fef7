"""Wave 25 senses of words of armed conflict, each tried on sentences written for these tests: where the rule holds
and where it does not.

- a battle or a fight told by the noun with persons of politics (candidates, legislators, party figures) is the
  rivalry itself, as the verb is in the race ("the battle with the senator", "the party's fight against the
  candidate"): armed sides battle forces, not a politician in person; an armed side, harm told or a private
  person's brawl keep it what it says.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import asserted_events

RIVALRY = [
    ("The feud resumed as the battle with Senator Warren dragged on into the summer.", "battle"),
    ("The party is united for the fight against Senator Warren in the autumn.", "fight"),
    ("Congressman Diaz said his fight with Senator Warren was over.", "fight"),
]
ARMED = [
    # an armed side on either hand keeps the battle one of arms
    ("The senator's battle with the militants lasted three hours.", "battle"),
    ("The rebels' fight against President Assad entered its sixth year.", "fight"),
    ("The army's battle with the rebels lasted three days.", "battle"),
    # harm told, or a private person's fight, is as likely a brawl
    ("A fight with the senator broke out outside the bar and two men were injured.", "fight"),
    ("Police said the man's fight with the senator left him with a broken nose.", "fight"),
]


@pytest.mark.parametrize(("text", "trigger"), RIVALRY)
def test_a_battle_with_a_politician_is_the_rivalry(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert not [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger"), ARMED)
def test_a_battle_with_an_armed_side_or_with_harm_stays_one(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert "ASSAULT" in [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]
