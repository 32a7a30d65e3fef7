"""Three over-reaches of the conflict-report rules, in their own terms: a rally, a march or a gathering is a
protest only when its phrase or clause tells the dissent (a campaign rally is none, a possessor organises it); a
mood or a condition ("unrest") is no event; "set off" detonates only an explosive or a weapon; riot-control means
are repression, a chemical weapon deployed or used an attack (CAMEO 2041). Every sentence is written for these
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
    # a gathering whose dissent is told: a mark, what it is against, what it demands, dissenters in it
    ("Thousands of Kenyan farmers held a protest rally in Nairobi.", "PROTEST"),
    ("The Kenyan opposition held a rally in Nairobi against the new tax.", "PROTEST"),
    ("Kenyan teachers held a march to demand higher pay.", "PROTEST"),
    ("Kenyan students staged a march calling for the minister's resignation.", "PROTEST"),
    ("Thousands of striking protesters held a rally outside the parliament in Nairobi.", "PROTEST"),
    # unambiguous protest nouns count alone
    ("Angry protests by Kenyan farmers shook Nairobi on Friday.", "PROTEST"),
    # explosives set off
    ("Militants set off a bomb near an Indian army convoy in Kashmir.", "ASSAULT"),
    ("The attackers set off two car bombs in Baghdad.", "ASSAULT"),
    ("A suicide bomber set off his explosive vest at a checkpoint in Kabul.", "ASSAULT"),
    # chemical weapons deployed or used are attacks; riot-control means are repression
    ("Syrian government forces deployed sarin gas against rebels near Damascus.", "ASSAULT"),
    ("The Syrian army used chlorine gas against civilians in Douma.", "ASSAULT"),
    ("Syrian forces used chemical weapons against rebels in Ghouta.", "ASSAULT"),
    ("Turkish police deployed tear gas against Kurdish activists in Ankara.", "COERCE"),
    ("French police used water cannon against protesters in Paris.", "COERCE"),
    ("French police used pepper spray against protesters in Paris.", "COERCE"),
    ("Indian police fired rubber bullets at protesters in Srinagar.", "COERCE"),
    ("Indian police fired tear gas shells at protesters in Srinagar.", "COERCE"),
    ("Syrian forces fired chlorine gas shells at Douma.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "event_type"), CODED, ids=[t[:40] for t, _ in CODED])
def test_coded(pipeline: Pipeline, text: str, event_type: str) -> None:
    assert event_type in _types(pipeline, text)


NOT_CODED = [
    # campaign events and figures of speech
    ("Senator Smith held a rally in Ohio on Saturday.", "PROTEST"),
    ("The senator's rally in Ohio drew thousands of supporters.", "PROTEST"),
    ("Thousands of voters came to her rallies in Ohio.", "PROTEST"),
    ("His march to the nomination continued in Ohio on Tuesday.", "PROTEST"),
    ("The Republican Party's rally in Ohio was attended by thousands.", "PROTEST"),
    ("Biden's campaign held rallies in Ohio and Michigan.", "PROTEST"),
    ("The Democrats held a march in Washington to support the senator.", "PROTEST"),
    ("A gathering of Republican donors took place in Ohio.", "PROTEST"),
    # a mood or a condition
    ("Kenyan students' unrest grew on Monday.", "PROTEST"),
    ("The discontent of French farmers is growing.", "PROTEST"),
    # set off with no explosive
    ("The Kenyan minister's remarks set off a wave of alarm in Nairobi.", "ASSAULT"),
    ("The bombing set off a debate in the German parliament.", "ASSAULT"),
    ("The attack set off a debate in Washington about the war.", "ASSAULT"),
    ("The Chinese report set off alarm bells in Brussels.", "ASSAULT"),
    ("The blast set off a bomb scare in London.", "ASSAULT"),
    # "gas" alone is no riot-control means, "use" alone no act
    ("Syrian government forces deployed sarin gas against rebels near Damascus.", "COERCE"),
    ("The Syrian army used chlorine gas against civilians in Douma.", "COERCE"),
    ("The Kenyan government used the money to build schools.", "ASSAULT"),
    ("Indian police fired rubber bullets at protesters in Srinagar.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "event_type"), NOT_CODED, ids=[t[:40] for t, _ in NOT_CODED])
def test_not_coded(pipeline: Pipeline, text: str, event_type: str) -> None:
    assert event_type not in _types(pipeline, text)


def test_a_chemical_attack_is_coded_as_such(pipeline: Pipeline) -> None:
    """CAMEO 2041: the use of chemical, biological or radiological weapons, in the CBRN context."""
    attacks = [e for e in _events(pipeline, "Russian agents used a nerve agent against the Russian opposition leader.")
               if e.type == "ASSAULT"]
    assert attacks and attacks[0].cameo == "2041" and "cbrn" in attacks[0].context


@pytest.mark.parametrize("text", [
    "Russian agents used a nerve agent against the Russian opposition leader.",
    "Syrian government forces carried out a chemical attack on Douma.",
    "Syrian forces fired chlorine gas shells at Douma.",
], ids=["nerve agent used", "chemical attack", "chlorine shells"])
def test_chemical_weapons_are_cbrn_attacks(pipeline: Pipeline, text: str) -> None:
    assert any(e.type == "ASSAULT" and e.cameo == "2041" for e in _events(pipeline, text))


def test_other_phrasal_cues_still_carry_their_noun(pipeline: Pipeline) -> None:
    """Only a phrasal verb of its own ("set off") stops carrying an event noun: "broke off talks" halts them."""
    halts = [e for e in _events(pipeline, "The Kenyan government broke off talks with the rebels.")
             if e.type == "SANCTION"]
    assert halts and halts[0].cameo == "164"
