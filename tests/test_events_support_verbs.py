"""Layer 4 on sentences written for these tests (wave 14b): the sides of an event noun told through the verb that
carries it (a support verb), where a blind reading of real news found the event dropped or its doer lost.

- A copula or a verb of staying puts its subject under an act ("are under attack from X", "remained under
  siege"), as "came under attack" does: the subject undergoes it, the from-phrase does it.
- Verbs of undergoing ("endure", "undergo", "withstand") take an event noun as "suffer" does, through a counting
  noun too ("a month of airstrikes").
- The from-phrase of a noun of force names its doer ("shelling from the army"), as it does for nouns of giving.
- A light verb's by-agent does what its passive subject names ("the raids were carried out by X").
- "Unleash" causes what a thing or an act unleashes, but a named party unleashing an act of force does it.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import countries_of, events_on_a_day, the_event

# --- a state of undergoing: "are under attack from X" -----------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "doer", "undergoer"), [
    ("Rebel units near the border are under attack from Pakistan.", "attack", "PAK", "Rebel units"),
    ("The Houthi fighters remained under bombardment from Saudi jets on Sunday.", "bombardment", "SAU",
     "The Houthi fighters"),
])
def test_the_subject_of_a_copula_undergoes_what_it_is_under(pipeline: Pipeline, text: str, trigger: str,
                                                           doer: str, undergoer: str) -> None:
    event = the_event(pipeline, text, trigger)
    assert event.type == "ASSAULT"
    assert countries_of(event.actor) == [doer]
    assert event.recipient and all(r.text in undergoer for r in event.recipient), event.recipient


def test_a_copula_under_a_measure_without_a_doer_names_no_doer(pipeline: Pipeline) -> None:
    """"Is under attack" with no from-phrase: the subject undergoes, nobody is made its doer."""
    for event in events_on_a_day(pipeline, "Kenyan police posts are under attack again."):
        assert not any(a.country == "KEN" and a.sector == "COP" for a in event.actor), event.actor


# --- verbs of undergoing, and the from-phrase of a noun of force ------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("Villagers in the valley are enduring a week of airstrikes from Ethiopian jets.", "airstrikes", "ETH"),
    ("The refugees have endured repeated raids from Sudanese troops.", "raids", "SDN"),
    ("Fishing villages underwent heavy shelling from Azerbaijani artillery.", "shelling", "AZE"),
])
def test_what_a_subject_endures_is_done_by_the_from_phrase(pipeline: Pipeline, text: str, trigger: str,
                                                           doer: str) -> None:
    event = the_event(pipeline, text, trigger)
    assert event.type == "ASSAULT"
    assert countries_of(event.actor) == [doer]
    assert all(r.start is not None and r.start < event.trigger.start for r in event.recipient), event.recipient


def test_a_place_an_act_of_force_comes_from_is_no_party(pipeline: Pipeline) -> None:
    """"Airstrikes from bases in the north": the light verb's subject does them, the place is where from."""
    event = the_event(pipeline, "Israeli jets carried out airstrikes from bases in the north.", "airstrikes")
    assert countries_of(event.actor) == ["ISR"]


# --- a light verb in the passive: "the raids were carried out by X" ---------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("Police said the ambush on the convoy was carried out by Somali militants.", "ambush", "SOM"),
    ("The raids were launched by Turkish jets before dawn.", "raids", "TUR"),
    ("New sanctions were imposed by Canada on Tuesday.", "sanctions", "CAN"),
])
def test_a_light_verbs_agent_does_what_its_subject_names(pipeline: Pipeline, text: str, trigger: str,
                                                         doer: str) -> None:
    event = the_event(pipeline, text, trigger)
    assert countries_of(event.actor) == [doer]


# --- "unleash": a named party does the act of force it unleashes; a thing only causes it ---------------------------


def test_a_named_party_unleashing_an_assault_does_it(pipeline: Pipeline) -> None:
    event = the_event(pipeline, "In 1980 Iraq unleashed a brutal assault on Iranian border towns.", "assault")
    assert event.type == "ASSAULT"
    assert countries_of(event.actor) == ["IRQ"]


def test_a_thing_unleashing_attacks_does_not_do_them(pipeline: Pipeline) -> None:
    attacks = [e for e in events_on_a_day(pipeline, "The court ruling unleashed attacks on Nigerian police stations.")
               if e.trigger.text == "attacks"]
    assert all(a.sector != "JUD" for e in attacks for a in e.actor), attacks
