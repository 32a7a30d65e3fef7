"""Acts of force told without their doer: the doer is left unsaid, not absent. An agentless passive of a verb
only someone does ("were confiscated", "were plundered", "was lobbed"), a weapon as the subject that stands for
whoever used it ("a shell killed two"), and harm an accident can do as well ("were killed") only with a weapon named
in its clause; an event noun as the subject of a verb of happening ("clashes erupted"). Forcing a side back
and inflicting losses on it are fighting it. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _types(pipeline: Pipeline, text: str) -> set[str]:
    return {e.type for e in pipeline.extract(text, published="2021-03-01").events if e.factuality == "asserted"}


CODED = [
    # arms taken or found: whoever took them is left unsaid
    ("Four pistols and a box of bullets were confiscated at a checkpoint on Saturday.", "COERCE"),
    ("A stash of detonators was uncovered under the floor of a farmhouse.", "COERCE"),
    # property plundered, a weapon thrown, munitions dropped, attacks mounted: someone did them
    ("Several warehouses were plundered during the night.", "COERCE"),
    ("A hand grenade was lobbed into the courtyard of the school on Monday.", "ASSAULT"),
    ("Barrel bombs were dropped on two villages at dawn.", "ASSAULT"),
    ("Several raids were carried out on army posts in the hills overnight.", "ASSAULT"),
    # a weapon as the subject: its user is left unsaid
    ("A mortar bomb killed two children outside their home on Tuesday.", "ASSAULT"),
    # harm an accident could do, with a weapon named in its clause
    ("Two farmers were wounded when a landmine went off beside the track.", "ASSAULT"),
    # firing is done by someone: "shots were fired" needs no weapon named
    ("Shots were fired at an army patrol outside the village.", "ASSAULT"),
    # a protest held, an event noun that happens
    ("Marches against the new mining law were organised in four provinces.", "PROTEST"),
    ("Street protests broke out in the port city after the vote.", "PROTEST"),
    ("Fierce clashes erupted along the front line on Wednesday.", "ASSAULT"),
    ("The ambush took place on a mountain road.", "ASSAULT"),
    # forcing a side back, repelling an assault, inflicting losses
    ("By nightfall the insurgents had been pushed back to their own lines.", "ASSAULT"),
    ("Border guards repelled a raid on their outpost.", "ASSAULT"),
    ("The navy inflicted heavy casualties on the pirates.", "ASSAULT"),
    # a past participle after its noun is a passive relative: "a cannon fired by the guard" is one the guard fired
    ("Shoppers hid from the water cannon fired by the national guard in Quito.", "COERCE"),
    # a crowd that gathers during a protest is part of it
    ("A big crowd gathered during a rally against the governor in Quito.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "event_type"), CODED, ids=[t[:40] for t, _ in CODED])
def test_an_unsaid_doer_still_acts(pipeline: Pipeline, text: str, event_type: str) -> None:
    assert event_type in _types(pipeline, text)


NOT_CODED = [
    # harm an accident does as well, with no weapon named: no political act
    ("Everybody aboard the small plane was killed.", "ASSAULT"),
    ("All of the crew were injured when the fuel tank burst.", "ASSAULT"),
    ("The old bridge was badly damaged overnight.", "COERCE"),
    # an event noun or an unknown person as the subject is no unsaid doer
    ("The long siege destroyed most of the old quarter.", "COERCE"),
    ("I destroyed every letter she had sent.", "COERCE"),
    # an explosion or a fire that happens may be an accident
    ("A large explosion occurred at the refinery on Friday.", "ASSAULT"),
    ("The concert took place in the old stadium.", "PROTEST"),
    # pushing back a date, repelling water
    ("The committee pushed back the vote by two weeks.", "ASSAULT"),
    ("The new coating repels water.", "ASSAULT"),
    ("Supporters gathered during the football match in Quito.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "event_type"), NOT_CODED, ids=[t[:40] for t, _ in NOT_CODED])
def test_harm_without_a_doer_or_weapon_is_no_event(pipeline: Pipeline, text: str, event_type: str) -> None:
    assert event_type not in _types(pipeline, text)


def test_a_hostage_taking_is_an_abduction_its_claimant_did(pipeline: Pipeline) -> None:
    """"hostage-taking" is one event noun (CAMEO 181); its first word names the act, not a party."""
    text = "The Islamic State group claimed responsibility for the hostage-taking at a bank in Lyon."
    events = [e for e in pipeline.extract(text, published="2021-03-01").events if e.type == "ASSAULT"]
    assert events and events[0].cameo == "181"
    assert [a.text for a in events[0].actor] == ["The Islamic State group"]


def test_a_doer_noun_keeps_its_whole_name(pipeline: Pipeline) -> None:
    """A mention spanning the event noun names its doer ("suicide bombers"), though its first word pairs with it."""
    text = "The blast was the work of suicide bombers, the police said."
    events = [e for e in pipeline.extract(text, published="2021-03-01").events if e.type == "ASSAULT"]
    assert events and any("bombers" in a.text for e in events for a in e.actor)


def test_a_passive_time_clause_tells_its_own_event(pipeline: Pipeline) -> None:
    """"after two bombs were found": the tense sits on the auxiliary, and the time clause with its own subject
    asserts an event of its own, not a circumstance of the main one."""
    text = "Prosecutors in Leeds charged two brothers after pipe bombs were found under their shed."
    assert {"ACCUSE", "COERCE"} <= _types(pipeline, text)


@pytest.mark.parametrize(("text", "coded"), [
    ("An explosion killed eleven warehouse staff overnight.", False),
    ("The Beirut blast destroyed hundreds of homes.", False),
    ("A car bomb explosion killed four soldiers near the base.", True),
    ("The Taliban blast killed four soldiers.", True),
], ids=["an explosion alone", "a place's blast", "car bomb", "the Taliban's"])
def test_a_blast_is_an_attack_only_with_its_weapon_or_doer(pipeline: Pipeline, text: str, coded: bool) -> None:
    """An explosion as what did the harm may be an accident, unless its phrase names a weapon or a doer."""
    assert (bool(_types(pipeline, text) & {"ASSAULT", "COERCE"})) is coded
