"""Wave 10 sense and clause rules, each tried on sentences written for these tests: where the rule holds and where
it does not.

- capturing people is detaining them (PLOVER's COERCE), capturing a place stays an assault;
- relief *expressed* or *voiced* is a feeling, not humanitarian aid;
- beating a rival, by a margin or to a prize, is winning a contest, not a physical assault;
- postponing or delaying an act puts it off: it keeps its type and is told as future, not as a sanction;
- an object relative clause ("the envoy that Paris expelled") states its own subject's act.
"""

from __future__ import annotations

import pytest

from accord.doc_index import sentences
from accord.events.frames import sentence_frames
from accord.events.tables import Tables
from accord.pipeline import Pipeline
from accord.records import Event
from event_helpers import frame_types_of


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return list(pipeline.extract(text, published="2022-05-02").events)


SENSES = [
    # capture: people are detained, places are taken by force
    ("The Nigerian army captured two bandit commanders near Zaria.", "captured", "COERCE"),
    ("The militia captured four border guards during the night.", "captured", "COERCE"),
    ("Government troops captured the rebel leader on Friday.", "captured", "COERCE"),
    ("The insurgents captured the airport on Tuesday.", "captured", "ASSAULT"),
    ("Rebel fighters captured the hilltop village after a week of shelling.", "captured", "ASSAULT"),
    # relief: a feeling expressed is no aid; relief sent is
    ("Ghana expressed relief after the kidnapped engineers were freed.", "relief", None),
    ("The ministry voiced its relief at the outcome.", "relief", None),
    ("Sweden delivered relief to the flood victims in Sindh.", "delivered", "AID"),
    # beat: a contest won, or a beating given
    ("The governing party beat its rivals in every province.", "beat", None),
    ("The senator beat the mayor by nine points.", "beat", None),
    ("A Turkish consortium beat the French bidders to the contract.", "beat", None),
    ("Riot police beat students with batons outside the university.", "beat", "ASSAULT"),
    ("Guards beat the prisoners in their cells.", "beat", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "word", "expected"), SENSES, ids=[t[:45] for t, _, _ in SENSES])
def test_a_trigger_takes_the_sense_its_arguments_give(pipeline: Pipeline, tables: Tables, text: str, word: str,
                                                       expected: str | None) -> None:
    found = frame_types_of(pipeline, tables, text, word)
    assert (found[0] if found else None) == expected, found


@pytest.mark.parametrize("text", [
    "Ghana postponed the summit with Togo until March.",
    "The Peruvian government delayed its talks with the miners by a week.",
    "Kenya has deferred the signing of the trade agreement with Ethiopia.",
])
def test_an_act_put_off_is_to_come_and_no_sanction(pipeline: Pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert all(e.type != "SANCTION" for e in events), [(e.type, e.factuality) for e in events]
    assert all(e.factuality != "asserted" for e in events), [(e.type, e.factuality) for e in events]


def test_a_halted_act_is_still_a_sanction(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Ghana cancelled the summit with Togo after the border incident.")
    assert "SANCTION" in [e.type for e in events]


def test_an_object_relative_clause_tells_its_subjects_act(pipeline: Pipeline) -> None:
    found = [(e.type, [a.text for a in e.actor]) for e in _events(pipeline, "Mali praised the envoy that France "
                                                                             "expelled in March.")
             if e.factuality == "asserted"]
    assert ("SUPPORT", ["Mali"]) in found and ("COERCE", ["France"]) in found, found


def test_a_restrictive_subject_relative_clause_stays_background(pipeline: Pipeline) -> None:
    found = [e.type for e in _events(pipeline, "Moscow vetoed a draft that condemned the Malian junta.")
             if e.factuality == "asserted"]
    assert found == ["REJECT"], found


def test_a_relative_of_place_sets_the_scene(pipeline: Pipeline, tables: Tables) -> None:
    text = "Farmers protested outside the hall where the committee held its hearing on Monday."
    doc = pipeline.nlp(text)
    assert [f.type for f in sentence_frames(sentences(doc)[0], tables)] == ["PROTEST"]


def test_a_who_relative_clause_tells_the_act_of_the_person_it_is_about(pipeline: Pipeline) -> None:
    text = "Peru praised the officers who negotiated with the kidnappers in Cusco."
    found = [e.type for e in _events(pipeline, text) if e.factuality == "asserted"]
    assert "SUPPORT" in found and "CONSULT" in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The senator helped negotiate the agreement with the unions.", "CONSULT"),
    ("Qatar helped broker the truce between the two militias.", "CONSULT"),
    ("Norway helped Kenya build new clinics.", "AID"),
    ("Egypt helped the refugees on the border.", "AID"),
])
def test_helping_to_do_an_act_is_taking_part_in_it(pipeline: Pipeline, text: str, expected: str) -> None:
    found = [e.type for e in _events(pipeline, text) if e.factuality == "asserted"]
    assert found[:1] == [expected], found


@pytest.mark.parametrize(("text", "actor"), [
    ("The northern town of Kidal fell to Tuareg rebels on Sunday.", "Tuareg rebels"),
    ("The capital fell to the Taliban last week.", "the Taliban"),
])
def test_a_place_that_falls_to_a_force_is_taken_by_it(pipeline: Pipeline, text: str, actor: str) -> None:
    found = [(e.type, [a.text for a in e.actor]) for e in _events(pipeline, text)]
    assert ("ASSAULT", [actor]) in found, found


@pytest.mark.parametrize("text", [
    "The decision falls to the president.",
    "Oil prices fell to a six-month low.",
    "The responsibility for the talks fell to the foreign ministry.",
])
def test_what_else_falls_to_someone_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Foreign Office remains in contact with the Nigerian authorities.", "CONSULT"),
    ("Kenyan officials have been in touch with the kidnappers' envoys.", "CONSULT"),
    ("Germany is in close contact with France on the matter.", "CONSULT"),
    ("The pilots lost contact with the control tower.", None),
    ("Close contacts of the patient were tested on Monday.", None),
])
def test_being_in_contact_with_a_party_is_consulting_it(pipeline: Pipeline, tables: Tables, text: str,
                                                        expected: str | None) -> None:
    word = "touch" if " touch " in text else ("contacts" if "contacts" in text else "contact")
    found = frame_types_of(pipeline, tables, text, word)
    assert (found[0] if found else None) == expected, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The opposition has resisted international pressure to join the talks.", ["REJECT"]),
    ("Washington stepped up pressure on Tehran to release the sailors.", ["REQUEST"]),
    ("The minister is under pressure after the scandal.", []),
    ("Inflationary pressure eased in March.", []),
    ("The bank faces pressure on its margins.", []),
])
def test_pressure_on_a_party_to_act_is_a_demand(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert [e.type for e in _events(pipeline, text) if e.factuality == "asserted"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Leeds-born paratrooper had fought in Iraq and Libya.", []),
    ("Corporal Evans fought to defend his country.", []),
    ("Rebels fought in the streets of Homs on Monday.", ["ASSAULT"]),
    ("A soldier fought against the militants in Helmand.", ["ASSAULT"]),
    ("Government troops fought Islamist militants near Gao.", ["ASSAULT"]),
])
def test_one_person_fighting_with_no_opponent_is_no_event(pipeline: Pipeline, text: str,
                                                          expected: list[str]) -> None:
    assert [e.type for e in _events(pipeline, text) if e.factuality == "asserted"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The finance minister discussed the budget on television.", []),
    ("The senator launched a tour of southern states.", []),
    ("Modi discussed trade with the Japanese prime minister.", ["CONSULT"]),
    ("The Peruvian president met his Chilean counterpart in Lima.", ["CONSULT"]),
    ("The Indian prime minister visited Nepal on Tuesday.", ["CONSULT"]),
    ("Defence ministers of the alliance met in Brussels on Friday.", ["CONSULT"]),
    ("The Kenyan and Ugandan presidents talked for an hour.", ["CONSULT"]),
])
def test_a_consultation_needs_a_counterpart(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert [e.type for e in _events(pipeline, text) if e.factuality == "asserted"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chad closed its border to Sudanese refugees.", "COERCE"),
    ("Hungary closed its border with Serbia.", "SANCTION"),
])
def test_a_border_closed_to_people_restricts_them(pipeline: Pipeline, text: str, expected: str) -> None:
    assert [e.type for e in _events(pipeline, text) if e.factuality == "asserted"] == [expected]
