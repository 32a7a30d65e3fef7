"""Wave 26 senses of "beat", each tried on sentences written for these tests: where the rule holds and where it
does not.

- a person of politics (a candidate, a legislator, a party figure) beaten in the active voice with the winner not
  found ("the only one who can beat the senator", "we will beat her in November") is beaten in the race, as the
  noun is; told in the passive, by a private person or an armed side, with harm or at a spot, it stays a beating;
- a rival beaten to a prize told by a verb ("beat Denver to host the games") or for a prize ("for the
  nomination"), and a town or a country beaten (a side in a game or a bid), is a contest won, no assault.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _types_on(pipeline: Pipeline, text: str, trigger: str) -> list[str]:
    """The types of the events told by ``trigger``, whatever their factuality ("can beat" is no asserted act)."""
    return [e.type for e in pipeline.extract(text, published="2022-05-02").events if e.trigger.text == trigger]


RACE_WON = [
    ("The only candidate who can beat Senator Warren is a governor.", "beat"),
    ("We are going to beat the senator in November.", "beat"),
    ("Our nominee will beat Congresswoman Ortiz, the organiser said.", "beat"),
    ("Atlanta beat Boston to host the convention.", "beat"),
    ("Denver beat Chicago to host the summit.", "beat"),
    ("Minnesota beat Buffalo on Saturday.", "beat"),
    ("The mayor beat two rivals for the nomination.", "beat"),
    ("The startup beat its rivals to land the contract.", "beat"),
    ("Lyon beat Madrid to stage the final.", "beat"),
]
BEATING = [
    # an armed side, a private person, the passive or a spot keep it a beating
    ("Police beat protesters in the square.", "beat"),
    ("Soldiers beat the villagers to force them out.", "beat"),
    ("Riot police beat students with batons outside the university.", "beat"),
    ("The senator was beaten outside his home.", "beaten"),
    ("The opposition legislator was beaten by unknown men.", "beaten"),
    ("Two men beat the congressman after the rally.", "beat"),
    ("A man beat the mayor with a stick.", "beat"),
    # an armed side's purpose or prize told does not make its beating a race won
    ("Police beat the suspect to secure a confession.", "beat"),
    ("Soldiers beat the prisoners to stage a show of force.", "beat"),
    ("Police beat protesters for the vote.", "beat"),
    ("Troops beat the farmers to land a blow against the rebels.", "beat"),
    ("The militia beat the shopkeepers to win their silence.", "beat"),
    # and the words of arms keep their sense
    ("Russia attacked Ukraine.", "attacked"),
    ("Gunmen attacked the convoy.", "attacked"),
]


@pytest.mark.parametrize(("text", "trigger"), RACE_WON, ids=[t[:45] for t, _ in RACE_WON])
def test_a_rival_or_a_town_beaten_is_a_contest_won(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert "ASSAULT" not in _types_on(pipeline, text, trigger)


@pytest.mark.parametrize(("text", "trigger"), BEATING, ids=[t[:45] for t, _ in BEATING])
def test_a_beating_by_an_armed_or_private_side_stays_one(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert "ASSAULT" in _types_on(pipeline, text, trigger)
