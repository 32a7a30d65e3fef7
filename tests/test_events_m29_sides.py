"""Layer 4 on sentences written for these tests (wave 29, mending the sides change):

- A blow returned ("hit back", "fired back") is words returned unless an armed side or a weapon returns it.
- Fire drawn is shots only when an armed side fires it; a plan or a bill draws fire in words.
- Whoever responds to an act of force done elsewhere did not undergo it: only words or demands aimed at a party
  are answered by whom they were aimed at.
- Allies of a country's president take the president's country.
- A particle's preposition is the verb's only for the particles and prepositions that aim an act ("back at",
  "out against").
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import actor_texts, events_on_a_day
from event_helpers import the_event as _event


@pytest.mark.parametrize(("text", "trigger"), [
    ("The teachers' union hit back at the education minister on Tuesday.", "hit"),
    ("The nurses' association struck back at the health secretary over the pay offer.", "struck"),
    ("The farmers' federation fired back at the agriculture ministry on Friday.", "fired"),
])
def test_a_blow_returned_by_civilians_is_words(pipeline: Pipeline, text: str, trigger: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.type == "ACCUSE"
    assert event.cameo == "111"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The soldiers shot back at the gunmen near the checkpoint.", "shot"),
    ("Police fired back at the attackers outside the bank.", "fired"),
])
def test_a_blow_returned_by_an_armed_side_is_force(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert _event(pipeline, text, trigger).type == "ASSAULT"


@pytest.mark.parametrize("text", [
    "The plan drew fire from Democrats on Monday.",
    "The tax bill drew fire from Republicans in the Senate.",
])
def test_a_thing_drawing_fire_is_criticised(pipeline: Pipeline, text: str) -> None:
    event = _event(pipeline, text, "fire")
    assert event.type == "ACCUSE"
    assert event.cameo == "111"


def test_a_unit_drawing_fire_from_rebels_is_attacked(pipeline: Pipeline) -> None:
    event = _event(pipeline, "The convoy drew fire from rebels outside the town on Monday.", "fire")
    assert event.type == "ASSAULT"


def test_a_third_party_responding_to_a_bombing_was_not_bombed(pipeline: Pipeline) -> None:
    text = "Washington responded to the bombing in Kabul on Monday."
    events = [e for e in events_on_a_day(pipeline, text) if e.trigger.text == "bombing"]
    assert all("Washington" not in actor_texts(e.recipient) for e in events)


def test_reacting_to_criticism_does_not_make_the_reactor_its_target(pipeline: Pipeline) -> None:
    """"react" is dropped from the answering verbs: one reacts to what befalls anyone."""
    text = "Germany reacted to the criticism from Moscow on Monday."
    events = [e for e in events_on_a_day(pipeline, text) if e.trigger.text == "criticism"]
    assert all("Germany" not in actor_texts(e.recipient) for e in events)


def test_allies_of_a_president_take_his_country(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Allies of the Kenyan president attacked the opposition leader on Sunday.", "attacked")
    assert "Allies" in actor_texts(event.actor)
    assert [a.country for a in event.actor] == ["KEN"]


def test_a_preposition_on_a_plain_adverb_is_not_the_verb_s(pipeline: Pipeline) -> None:
    """"away from the capital": where the act was, not whom it was aimed at."""
    text = "Rebels attacked a convoy far away from Kiev on Monday."
    event = _event(pipeline, text, "attacked")
    assert "Kiev" not in actor_texts(event.recipient)


def test_only_an_aiming_preposition_on_a_particle_is_the_verb_s(pipeline: Pipeline) -> None:
    """"back *on behalf of* the governor": for whom, not at whom; the at-phrase names the target."""
    event = _event(pipeline, "Senator Ted Cruz struck back on behalf of the governor at Senator Marco Rubio.",
                   "struck")
    assert actor_texts(event.recipient) == "Senator Marco Rubio"
