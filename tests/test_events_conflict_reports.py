"""Reports of unrest and of armed conflict told the ways news tells them, and disasters that are no political
event: demonstrations told by their participants or by a noun ("opponents of the coup gathered", "took part in
marches"); arms found or intercepted (confiscated, CAMEO 1711); bases and posts set up (a deployment); ground
retaken or seized; munitions that hit or land; a suicide bomber blowing himself up; and harm done by a flood, a
fire or an industrial accident ("were killed when a chemical plant exploded"). Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in pipeline.extract(text, published="2021-03-01").events if e.factuality == "asserted"]


def _types(pipeline: Pipeline, text: str) -> set[str]:
    return {e.type for e in _events(pipeline, text)}


CODED = [
    # demonstrations told by who gathered, or by a noun the clause puts them in
    ("Tens of thousands of opponents of the junta gathered on Sunday in towns across Myanmar.", "PROTEST"),
    ("Around 500 people gathered in the main square of Lagos in a protest against corruption.", "PROTEST"),
    ("Hundreds of farmers gathered outside the parliament in Nairobi to demand lower fuel prices.", "PROTEST"),
    ("Angry protests by thousands of farmers shook Nairobi on Friday.", "PROTEST"),
    ("A protester threw a chair into a fire during a demonstration against the police in Lyon.", "PROTEST"),
    # a protest with a purpose is the protest, its demand its aim
    ("Hundreds of farmers took to the streets of Lagos to demand that the government cut fuel prices.", "PROTEST"),
    # arms found, seized or intercepted; people intercepted
    ("Kenyan police found a cache of ammunition in Mombasa.", "COERCE"),
    ("The Ghanaian border police intercepted twelve rifles at Aflao.", "COERCE"),
    ("Ethiopian police intercepted 15 suspected militants near Addis Ababa.", "COERCE"),
    ("Riot police deployed tear gas against striking dockers in Izmir on Friday.", "COERCE"),
    ("A group of protesters gathered outside the Kenyan parliament.", "PROTEST"),
    # a base or a post set up
    ("Last week the Turkish army set up an observation post on a hill outside Afrin.", "MOBILIZE"),
    ("The Russian army established a military base near Raqqa.", "MOBILIZE"),
    ("The Iranian army has set up a pair of bases close to the border.", "MOBILIZE"),
    ("The protesters turned violent in Hamburg on Friday.", "PROTEST"),
    # ground taken by arms
    ("Al Shabaab militants recaptured the town of Afmadow from Somali troops.", "ASSAULT"),
    ("Rebel fighters retook a strategic town in the north from Syrian government forces.", "ASSAULT"),
    ("Islamist militants seized two oil fields in eastern Libya on Tuesday.", "ASSAULT"),
    ("Syrian troops drove the militants out of key areas in Homs province.", "ASSAULT"),
    # munitions and bombers
    ("Two suicide bombers blew themselves up in Kabul, killing five Afghan soldiers.", "ASSAULT"),
    ("Several mortar shells hit residential areas near the AMISOM base in Mogadishu.", "ASSAULT"),
    ("Militants set off a bomb near an Indian army convoy in Kashmir.", "ASSAULT"),
    ("Rioters pelted the police with stones in Belfast.", "PROTEST"),
    ("Kurdish activists threw bottles at police officers in Berlin.", "PROTEST"),
    ("A gunman hurled a grenade at a police station in Manila.", "ASSAULT"),
    ("Rioters looted dozens of foreign-owned shops in Pretoria.", "COERCE"),
    ("Protesters set fire to the police station in Lagos.", "COERCE"),
    # a bomb is a weapon: the explosion that kills is an attack
    ("Twelve Pakistani policemen were killed when a roadside bomb exploded near their convoy.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "event_type"), CODED, ids=[t[:40] for t, _ in CODED])
def test_conflict_reports_are_coded(pipeline: Pipeline, text: str, event_type: str) -> None:
    assert event_type in _types(pipeline, text)


def test_a_protest_purpose_keeps_the_protest_actor(pipeline: Pipeline) -> None:
    text = "Hundreds of Nigerian farmers took to the streets of Lagos to demand lower fuel prices."
    protests = [e for e in _events(pipeline, text) if e.type == "PROTEST"]
    assert protests and "farmers" in protests[0].actor[0].text


NOT_CODED = [
    # gatherings and findings that are no political act
    ("Fans gathered in Paris for the concert.", "PROTEST"),
    ("French investigators gathered evidence at the embassy.", "PROTEST"),
    ("The German ministry found a solution to the dispute.", "COERCE"),
    ("Kenyan rescuers recovered the bodies of the miners.", "COERCE"),
    ("The Iranian army mobilized efforts to help people trapped by the floods.", "MOBILIZE"),
    ("The Kenyan government set up a committee to investigate the deaths.", "MOBILIZE"),
    ("The UN set up a refugee camp near the Syrian border.", "MOBILIZE"),
    ("The storm hit the coast of Japan.", "ASSAULT"),
    ("Kenyan market traders set fire prices at dawn.", "COERCE"),
    ("The French president landed in Kabul on Monday.", "ASSAULT"),
    ("The Labour candidate recaptured the seat from the Conservatives.", "ASSAULT"),
    ("Police fired tear gas during a protest in Lyon.", "PROTEST"),
    # harm done by nature or by accident
    ("At least 300 people were killed and 1200 injured after a powerful earthquake struck Indonesia.", "ASSAULT"),
    ("Nine Czech workers were killed on Monday when a chemical plant exploded near Prague.", "ASSAULT"),
    ("A gas leak at a factory in India has killed eleven people.", "ASSAULT"),
    ("Nine people were killed and several hurt in a Spanish port town when a fireworks depot exploded.",
     "ASSAULT"),
    ("More than 100 fires are burning across Greece, threatening several villages.", "THREATEN"),
    ("Several tourists were injured in New Zealand as the army mounted a rescue after the volcano erupted.",
     "ASSAULT"),
]


@pytest.mark.parametrize(("text", "event_type"), NOT_CODED, ids=[t[:40] for t, _ in NOT_CODED])
def test_no_political_event_is_coded(pipeline: Pipeline, text: str, event_type: str) -> None:
    assert event_type not in _types(pipeline, text)


def test_weapon_fire_still_harms(pipeline: Pipeline) -> None:
    """"fire" is a hazard bare ("died in a fire"), not when a weapon's ("sniper fire from militants")."""
    assert "ASSAULT" in _types(pipeline, "Three Afghan soldiers were killed by sniper fire from Taliban militants.")


def test_a_march_with_a_purpose_is_the_protest(pipeline: Pipeline) -> None:
    """"took part in marches to call for X": the marches are the act, the call their aim."""
    text = "Thousands of Kenyan students took part in marches in Nairobi to call for action on climate change."
    assert "PROTEST" in _types(pipeline, text)


def test_who_claims_an_attack_did_it(pipeline: Pipeline) -> None:
    attacks = [e for e in _events(pipeline, "The Taliban claimed responsibility for the attack in Kabul.")
               if e.type == "ASSAULT"]
    assert attacks and attacks[0].actor and "Taliban" in attacks[0].actor[0].text


def test_a_doer_noun_is_the_actor(pipeline: Pipeline) -> None:
    """"a suicide bomber" is an event word and a doer: as the subject it is the actor, not an event."""
    attacks = [e for e in _events(pipeline, "A suicide bomber attacked a mosque in Kabul.") if e.type == "ASSAULT"]
    assert attacks and attacks[0].actor and "bomber" in attacks[0].actor[0].text


@pytest.mark.parametrize(("text", "event_type"), [
    ("A large demonstration in Hamburg was suspended by German police after riots started.", "COERCE"),
    ("French police halted a march against the pension reform in Paris.", "COERCE"),
    ("The German union suspended the strike after talks with the government.", "CONCEDE"),
], ids=["suspended by police", "police halted", "union suspended"])
def test_a_protest_halted_by_the_state_is_repressed(pipeline: Pipeline, text: str, event_type: str) -> None:
    """Halting a protest is repression (CAMEO 175) when the state halts it, a concession when its own side does."""
    assert event_type in _types(pipeline, text)
