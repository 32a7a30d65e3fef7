"""Layer 4 on sentences written for these tests (wave 14): the sides of an event named where a blind reading of
real news found them left out or taken from a modifier.

- A name in a relation modifier ("US-backed", "Iranian-funded") says who backs the noun it modifies, not who that
  noun is: it never stands for a people or group the actor stage does not know ("US-backed Kurds"), though of an
  act it still names the doer ("the US-led invasion").
- Hired fighters are a group of their own ("Russian mercenaries": the mercenaries, not Russia).
- The doer of harm told in the agentless passive may be named in the attack it happened in: its by-phrase or its
  modifier ("killed in shelling by the army", "in one of the heaviest bombing campaigns by X"), or a time clause
  whose subject is such an attack ("after a Saudi raid struck a school") or whose light verb carries one ("when
  the troops carried out air strikes").
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import countries_of as _countries
from event_helpers import events_on_a_day as _events
from event_helpers import the_event as _event

# --- a backer named in a relation modifier is not who the noun is ----------------------------------------------


@pytest.mark.parametrize("text", [
    "US-backed Kurds attacked the village on Monday.",
    "The town is besieged by French-backed Tuaregs and Malian army units.",
    "The checkpoint was attacked by Iranian-funded Hazaras.",
])
def test_a_backer_is_not_the_people_it_backs(pipeline: Pipeline, text: str) -> None:
    backers = {"USA", "FRA", "IRN"}
    for event in _events(pipeline, text):
        assert not backers & set(_countries(event.actor)), (event.type, event.actor)


def test_a_backer_of_an_act_is_its_doer(pipeline: Pipeline) -> None:
    """"Refused to back the US-led invasion": what is refused is the invaders' act, and its leader leads it."""
    event = _event(pipeline, "In 2003 Spain refused to back the US-led invasion of Iraq.", "refused")
    assert _countries(event.recipient) == ["USA"]


# --- hired fighters ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "side"), [
    ("Dozens of Russian mercenaries were killed when American jets bombed their convoy.", "killed", "recipient"),
    ("A Russian mercenary was captured by Ukrainian troops near the river.", "captured", "recipient"),
    ("Serbian mercenaries attacked a police post in the north.", "attacked", "actor"),
])
def test_mercenaries_are_an_armed_group_of_their_own(pipeline: Pipeline, text: str, trigger: str,
                                                    side: str) -> None:
    event = _event(pipeline, text, trigger)
    hired = [a for a in getattr(event, side) if "mercenar" in a.text.lower()]
    assert hired and hired[0].sector == "UAF", getattr(event, side)


# --- the doer named in the attack the harm happened in -----------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Forty villagers were killed in shelling by the Burmese army.", "killed", "MMR"),
    ("Sixty people have been killed in ten days of one of the heaviest bombing campaigns by the Burmese army.",
     "killed", "MMR"),
    ("Thirty people were killed after a Saudi raid struck a school.", "killed", "SAU"),
    ("Scores of fighters were killed when Georgian troops carried out air strikes against their camp.", "killed",
     "GEO"),
    ("Ten villagers were killed when Burmese troops carried out an attack on the village.", "killed", "MMR"),
])
def test_the_doer_named_in_the_attack_the_harm_happened_in(pipeline: Pipeline, text: str, trigger: str,
                                                          country: str) -> None:
    event = _event(pipeline, text, trigger)
    assert _countries(event.actor) == [country], event.actor


def test_a_walkout_in_a_time_clause_is_no_doer_of_harm(pipeline: Pipeline) -> None:
    """"Staged a strike": a strike without a military modifier may be a walkout, and strikers injure nobody."""
    events = _events(pipeline, "Two guards were injured when Kenyan dockers staged a strike at the port.")
    harm = [e for e in events if e.trigger.text == "injured"]
    assert not any(e.actor for e in harm), [(e.type, e.actor) for e in harm]


# --- a description that repeats a mention's head noun --------------------------------------------------------------


def test_a_description_repeating_a_head_noun_is_that_mention(pipeline: Pipeline) -> None:
    """"The Saudi-led coalition ... the coalition": the military coalition, not the rights group named between."""
    text = ("The Saudi-led coalition has bombed Hodeidah for weeks. Amnesty International said it could not verify "
            "the reports. Local activists reported two more bombings by the coalition on Friday.")
    event = _event(pipeline, text, "bombings")
    assert [a.sector for a in event.actor] == ["MIL"], event.actor


def test_a_repeated_head_noun_reaches_further_than_salience(pipeline: Pipeline) -> None:
    """The repeated noun says which one is meant several sentences on, past a charity named just before."""
    text = ("The Saudi-led coalition began its offensive on the port in June. Aid convoys have stopped. Prices have "
            "tripled since the spring. Fuel is scarce in the north. Oxfam said it could not reach the city. "
            "Local activists reported two more bombings by the coalition on Friday.")
    event = _event(pipeline, text, "bombings")
    assert [a.sector for a in event.actor] == ["MIL"], event.actor


def test_a_name_ending_in_the_noun_is_not_repeated(pipeline: Pipeline) -> None:
    """"Islamic State" ends in "State", but "the state" after it does not repeat a common noun."""
    text = ("Islamic State fighters withdrew from the town in May. Rebels have waged an insurgency against the "
            "Turkish state since 1984.")
    event = _event(pipeline, text, "insurgency")
    assert not any(a.name == "Islamic State" for a in event.recipient), event.recipient


# --- a journey's destination is not whom its purpose fights ---------------------------------------------------------


@pytest.mark.parametrize(("text", "target"), [
    ("A Danish volunteer who went to Iraq to fight Islamic State was killed on Monday.", "Islamic State"),
    ("He travelled to Libya to fight against the Islamic State group.", "Islamic State"),
])
def test_a_journey_to_fight_is_aimed_at_whom_the_fight_names(pipeline: Pipeline, text: str, target: str) -> None:
    event = _event(pipeline, text, "fight")
    assert event.recipient and all(target in (a.name or a.text) for a in event.recipient), event.recipient


def test_a_journey_whose_purpose_names_no_target_keeps_its_destination(pipeline: Pipeline) -> None:
    """"Went to Somalia to fight": with no one named by the fight, the place it goes to stands for whom."""
    event = _event(pipeline, "Kenyan troops went to Somalia to fight.", "fight")
    assert _countries(event.recipient) == ["SOM"], event.recipient
