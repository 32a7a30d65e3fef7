"""The common English realisations of PLOVER events beyond the plain verb: an event noun taken by a verb of
receiving ("drew criticism from X"), phrasal verbs ("hit out at", "turned down"), light verbs with their noun
("paid a visit", "called a strike"), nominalisations ("the shooting of", "a walkout"), and a non-restrictive
relative clause, which asserts an act of its own. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in pipeline.extract(text, published="2021-03-01").events if e.factuality == "asserted"]


def _sides(event: Event) -> tuple[str, list[str], list[str]]:
    return event.type, [a.text for a in event.actor], [r.text for r in event.recipient]


# A verb of receiving takes the event noun: the noun's from-, by- or of-phrase (or its possessor or modifier) does
# the act, the subject undergoes it.
RECEIVED = [
    ("Hungary faced criticism from the European Commission on Tuesday.",
     ("ACCUSE", ["the European Commission"], ["Hungary"])),
    ("The Egyptian government drew sharp criticism from Amnesty International over the trial.",
     ("ACCUSE", ["Amnesty International"], ["The Egyptian government"])),
    ("Russia faced new American sanctions on Monday.", ("SANCTION", ["American"], ["Russia"])),
    ("Turkey faced sanctions over the purchase.", ("SANCTION", [], ["Turkey"])),
    ("The Ugandan opposition won the backing of Washington.", ("SUPPORT", ["Washington"], ["The Ugandan opposition"])),
    ("Syria received aid from Russia.", ("AID", ["Russia"], ["Syria"])),
]


@pytest.mark.parametrize(("text", "expected"), RECEIVED, ids=[t[:40] for t, _ in RECEIVED])
def test_an_event_noun_taken_by_a_verb_of_receiving_befalls_the_subject(pipeline: Pipeline, text: str,
                                                                        expected: tuple[str, list[str], list[str]]
                                                                        ) -> None:
    found = [_sides(e) for e in _events(pipeline, text)]
    assert found == [expected], found


def test_a_mutual_act_received_keeps_the_subject_a_party(pipeline: Pipeline) -> None:
    found = [_sides(e) for e in _events(pipeline, "Iran secured a deal with the European Union.")]
    assert found == [("AGREE", ["Iran"], ["the European Union"])], found


def test_an_attack_come_under_is_the_attackers(pipeline: Pipeline) -> None:
    found = _events(pipeline, "The Kurdish town came under attack from Turkish forces on Sunday.")
    assert [(e.type, [a.text for a in e.actor]) for e in found] == [("ASSAULT", ["Turkish forces"])]


def test_a_danger_faced_is_no_event(pipeline: Pipeline) -> None:
    assert _events(pipeline, "The minister faced a threat to his life.") == []


# Phrasal verbs and light verbs with their noun, one or more per family, with the type they tell.
PHRASAL = [
    ("The Kenyan president hit out at the opposition on Sunday.", "ACCUSE"),
    ("The Polish foreign minister lashed out at Berlin over the pipeline.", "ACCUSE"),
    ("The prime minister railed against the Brussels bureaucracy on Monday.", "ACCUSE"),
    ("The Serbian government turned down the European Union's proposal.", "REJECT"),
    ("The Kremlin brushed aside the American accusations.", "REJECT"),
    ("The Colombian government backed down over the tax reform after weeks of protests.", "CONCEDE"),
    ("Thousands of Sudanese took to the streets of Khartoum on Thursday.", "PROTEST"),
    ("The union called a general strike across Nigeria on Monday.", "PROTEST"),
    ("The Venezuelan government clamped down on the opposition on Monday.", "COERCE"),
    ("Chad handed back the captured soldiers to Sudan.", "RETREAT"),
    ("The Swedish prime minister paid a visit to Ankara on Monday.", "CONSULT"),
    ("The Tunisian president paid tribute to the Algerian government.", "SUPPORT"),
    ("Belgian and Dutch police teamed up to dismantle the smuggling ring.", "COOPERATE"),
]


@pytest.mark.parametrize(("text", "expected"), PHRASAL, ids=[t[:40] for t, _ in PHRASAL])
def test_phrasal_and_light_verbs_tell_their_event(pipeline: Pipeline, text: str, expected: str) -> None:
    assert [e.type for e in _events(pipeline, text)] == [expected]


@pytest.mark.parametrize("text", [
    "The storm hit the coast on Sunday.",  # "hit" alone is no criticism
    "The driver turned down a side street.",  # nothing refused: no object
    "The engineers called the meeting a success.",  # no strike called
    "The artist paid the bill on Monday.",  # a payment, no visit
])
def test_the_plain_verbs_of_those_phrases_tell_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


# Nominalisations of the lexicon's verbs: with both sides named, the noun is the event.
NOMINAL = [
    ("The shooting of two Palestinian teenagers by Israeli police took place in Hebron on Friday.", "ASSAULT"),
    ("The Taliban ambush on an Afghan army convoy killed nine soldiers.", "ASSAULT"),
    ("The Ugandan government's concession to the striking teachers ended the dispute.", "CONCEDE"),
    ("The Russian handover of the prisoners to Ukraine took place at the border.", "RETREAT"),
    ("Chile's denunciation of the Bolivian government surprised observers.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "expected"), NOMINAL, ids=[t[:40] for t, _ in NOMINAL])
def test_a_nominalised_event_with_its_sides_is_coded(pipeline: Pipeline, text: str, expected: str) -> None:
    assert expected in [e.type for e in _events(pipeline, text)]


def test_a_non_restrictive_relative_clause_asserts_an_act_of_its_own(pipeline: Pipeline) -> None:
    text = ("The Kenyan government, which has previously demanded that the president resign, blamed the Ugandan "
            "army for the attack on Monday.")
    found = [_sides(e) for e in _events(pipeline, text)]
    assert ("REQUEST", ["The Kenyan government"], ["the president"]) in found
    assert ("ACCUSE", ["The Kenyan government"], ["the Ugandan army"]) in found


def test_a_restrictive_relative_clause_stays_background(pipeline: Pipeline) -> None:
    found = [e.type for e in _events(pipeline, "Moscow vetoed a resolution that condemned the Syrian government.")]
    assert found == ["REJECT"], found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Turkish president said in a phone call with Vladimir Putin that Damascus would pay a price.",
     ("CONSULT", ["The Turkish president"], ["Vladimir Putin"])),
    ("The Indian prime minister spoke at a summit with the Japanese premier on Monday.",
     ("CONSULT", ["The Indian prime minister"], ["the Japanese premier"])),
])
def test_who_speaks_in_a_meeting_with_another_took_part_in_it(pipeline: Pipeline, text: str,
                                                              expected: tuple[str, list[str], list[str]]) -> None:
    assert expected in [_sides(e) for e in _events(pipeline, text)]


def test_a_meeting_spoken_at_without_a_partner_is_no_consultation(pipeline: Pipeline) -> None:
    assert _events(pipeline, "The Indian prime minister spoke at a meeting on Monday.") == []


MORE_FAMILIES = [
    ("Russia sent troops to the Belarusian border on Monday.", "MOBILIZE"),
    ("India dispatched warships to the Arabian Sea on Tuesday.", "MOBILIZE"),
    ("The EU slapped sanctions on Iranian officials on Monday.", "SANCTION"),
    ("The opposition levelled accusations of fraud at the electoral commission.", "ACCUSE"),
    ("The rebels laid down their arms on Friday.", "RETREAT"),
    ("The junta shut down the internet on Monday.", "COERCE"),
    ("Kenya and Somalia traded accusations on Monday.", "ACCUSE"),
    ("Iran and Israel traded threats on Monday.", "THREATEN"),
    ("The army carried out reprisals against the villagers.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "expected"), MORE_FAMILIES, ids=[t[:40] for t, _ in MORE_FAMILIES])
def test_forces_sent_sanctions_slapped_arms_laid_down_and_charges_traded(pipeline: Pipeline, text: str,
                                                                         expected: str) -> None:
    assert [e.type for e in _events(pipeline, text)] == [expected]


def test_what_a_fire_sends_from_an_oil_tank_is_no_deployment(pipeline: Pipeline) -> None:
    found = _events(pipeline, "The blaze sent black smoke from an oil tank over the town.")
    assert [e.type for e in found] == []


def test_talks_during_which_another_act_is_done_are_an_event_of_their_own(pipeline: Pipeline) -> None:
    text = "The Kenyan president signed the deal during talks with the Ethiopian prime minister."
    found = [_sides(e) for e in _events(pipeline, text)]
    assert ("CONSULT", ["The Kenyan president"], ["the Ethiopian prime minister"]) in found
    assert "AGREE" in [t for t, _, _ in found]


def test_a_time_told_by_talks_without_parties_adds_no_event(pipeline: Pipeline) -> None:
    assert _events(pipeline, "The border was closed during the talks.") == []


AGREEMENTS_AND_MEASURES = [
    ("Negotiators from Chad hammered out a deal with Niger in Niamey.", "AGREE"),
    ("Egypt clinched a deal with Sudan on Monday.", "AGREE"),
    ("The Chilean and Argentine ministers worked out an accord on fishing rights.", "AGREE"),
    ("The Greek government threw its weight behind the Cypriot plan.", "SUPPORT"),
    ("Japan lent support to the Philippine position.", "SUPPORT"),
    ("The US airlifted supplies to Haiti on Monday.", "AID"),
    ("Police placed the opposition leader under house arrest on Monday.", "COERCE"),
    ("The Russian army put the town under siege.", "COERCE"),
]


@pytest.mark.parametrize(("text", "expected"), AGREEMENTS_AND_MEASURES,
                         ids=[t[:40] for t, _ in AGREEMENTS_AND_MEASURES])
def test_collocations_of_agreeing_supporting_and_confining(pipeline: Pipeline, text: str, expected: str) -> None:
    assert [e.type for e in _events(pipeline, text)] == [expected]


@pytest.mark.parametrize("text", [
    "The Bolivian coach worked out a plan for the match.",  # a plan worked out is no agreement
    "The Peruvian firms operate under sanctions.",  # under sanctions, no light verb: a state
])
def test_the_same_words_in_another_sense_tell_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "The farmer was forced to give up his land in 2012.",  # the "in" of a time: nobody gave in
    "The nominee faces a confirmation hearing on Tuesday.",  # a step of a nomination, no inquiry
])
def test_a_yielding_needs_its_particle_and_a_hearing_an_inquiry(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_any_under_a_negation_is_the_negations_word_not_a_hypothesis(pipeline: Pipeline) -> None:
    refusal = _events(pipeline, "The Sudanese opposition will not take part in any negotiations with the army.")
    assert [_sides(e) for e in refusal] == [("REJECT", ["The Sudanese opposition"], ["the army"])]
    negated = pipeline.extract("The Malian army did not carry out any attacks on Monday.").events
    assert [(e.type, e.factuality) for e in negated] == [("ASSAULT", "negated")]
