"""ACCUSE told by the clause's own predicate or noun (wave 35, recall), on sentences written for these tests:

- "Critique" and "caricature" a party or its words are criticism, as "criticise" and "lampoon" are.
- "Went after" a party or its record is an attack in words, aimed at whom the phrasal verb's "after" names; a ball,
  a title or a nomination gone after, or a pursuit by the police, is none.
- An attack noun whose from- or by-phrase names campaigners is an attack in words, as their possessive attack is;
  one from an armed side stays an attack.
- A probe *into* a party's things ("into the senator's emails") looks into the party.
- An ad or an editorial that hits or targets a party on a matter attacks it in words; a campaign targeting voters
  reaches them, no one criticised.
- The press is a side of public debate (docs/annotation.md, waves 31, 32 and 34): a host blasting an outlet is
  ACCUSE, though both are private; an outlet's business stays none.
- "So that" with its verb in the past and no modal tells a result, not a purpose: the act below it is told as done.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import event_summaries


def _asserted(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(e[0], e[1]) for e in event_summaries(pipeline, text) if e[2] == "asserted"]


@pytest.mark.parametrize(("text", "trigger", "recipient"), [
    ("Senator Smith critiqued the president's speech on Tuesday.", "critiqued", "the president"),
    ("The party establishment is trying to caricature the senator as a career politician.", "caricature",
     "the senator"),
])
def test_critique_and_caricature_accuse(pipeline: Pipeline, text: str, trigger: str, recipient: str) -> None:
    events = event_summaries(pipeline, text)
    assert any(e[:3] == ("ACCUSE", trigger, "asserted") and e[4] == [recipient] for e in events), events


def test_going_after_a_party_is_an_attack_in_words(pipeline: Pipeline) -> None:
    events = event_summaries(pipeline, "The governor has repeatedly gone after Senator Jones for his vote on the bill.")
    assert ("ACCUSE", "gone", "asserted", ["The governor"], ["Senator Jones"]) in events, events


@pytest.mark.parametrize("text", [
    "The striker went after the ball.",
    "The police went after the gang.",
    "The senator went after the nomination with vigor.",
])
def test_going_after_a_thing_or_a_pursuit_is_no_criticism(pipeline: Pipeline, text: str) -> None:
    assert ("ACCUSE", "went") not in _asserted(pipeline, text)


def test_attacks_from_campaigners_are_words(pipeline: Pipeline) -> None:
    # the noun's from-phrase names its doer as a possessive does ("his rivals' attacks")
    events = event_summaries(pipeline, "Senator Cruz fielded the most attacks from his rivals at the debate.")
    assert any(e[:3] == ("ACCUSE", "attacks", "asserted") for e in events), events


def test_attacks_from_an_armed_side_stay_attacks(pipeline: Pipeline) -> None:
    events = event_summaries(pipeline, "The village suffered attacks from the rebels overnight.")
    assert not any(e[0] == "ACCUSE" for e in events), events


def test_a_probe_into_a_partys_things_investigates_the_party(pipeline: Pipeline) -> None:
    events = event_summaries(pipeline, "The FBI is expanding its probe into Hillary Clinton's emails.")
    assert any(e[:2] == ("ACCUSE", "probe") and e[4] == ["Hillary Clinton"] for e in events), events


def test_a_probe_into_a_thing_of_no_party_names_no_one(pipeline: Pipeline) -> None:
    events = event_summaries(pipeline, "The FBI opened a probe into the crash of the plane.")
    assert not any(e[0] == "ACCUSE" and e[4] for e in events), events


@pytest.mark.parametrize(("text", "trigger"), [
    ("The ad hit Trump on his vote for the bill.", "hit"),
    ("The group released ads targeting Senator Clinton on immigration.", "targeting"),
])
def test_an_ad_hitting_or_targeting_a_party_accuses(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert ("ACCUSE", trigger) in _asserted(pipeline, text)


@pytest.mark.parametrize("text", [
    "The campaign targeted young voters with new ads.",
    "The storm hit the coast on Tuesday.",
    "The senator hit the road on Monday.",
    "The governor vowed to attack the housing problem.",
])
def test_targets_and_blows_that_are_no_criticism(pipeline: Pipeline, text: str) -> None:
    assert [t for t in _asserted(pipeline, text) if t[0] == "ACCUSE"] == []


def test_a_host_blasting_an_outlet_is_criticism_in_public_debate(pipeline: Pipeline) -> None:
    events = event_summaries(pipeline, "The radio host Glenn Beck blasted the Drudge Report for its headline.")
    assert any(e[:3] == ("ACCUSE", "blasted", "asserted") and e[4] == ["the Drudge Report"] for e in events), events


def test_an_outlets_business_stays_no_event(pipeline: Pipeline) -> None:
    assert _asserted(pipeline, "The newspaper sold its printing plant to a rival firm.") == []


def test_so_that_in_the_past_tells_a_result(pipeline: Pipeline) -> None:
    events = event_summaries(pipeline, "Senator Cruz faced hostile questions all night, so much so that Senator Cruz "
                               "accused the network of bias.")
    assert any(e[:3] == ("ACCUSE", "accused", "asserted") for e in events), events


def test_so_that_with_a_modal_stays_a_purpose(pipeline: Pipeline) -> None:
    events = event_summaries(pipeline, "Senator Cruz left the stage early so that he could accuse the network of bias.")
    assert not any(e[:3] == ("ACCUSE", "accuse", "asserted") for e in events), events
