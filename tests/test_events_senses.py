"""Senses as valency frames (data/events/senses.yaml): a trigger tells its event only with arguments of the right
kind. Each frame is tried on sentences written for these tests, one where the sense holds and one where it does
not."""

from __future__ import annotations

import pytest

from accord.doc_index import sentences
from accord.events.frames import sentence_frames
from accord.events.tables import Tables, load_tables
from accord.pipeline import Pipeline


@pytest.fixture(scope="module")
def tables() -> Tables:
    return load_tables()


def _types_of(pipeline: Pipeline, tables: Tables, text: str, word: str) -> list[str]:
    """The types of the frames whose trigger is ``word`` (in the first sentence)."""
    doc = pipeline.nlp(text)
    return [f.type for f in sentence_frames(sentences(doc)[0], tables) if f.trigger.text == word]


SENSES = [
    # AID: what is given must be aid
    ("Norway gave Sudan medical supplies on Monday.", "gave", "AID"),
    ("The minister gave birth to a daughter on Monday.", "gave", None),
    ("The ruling gives Ankara leverage over Brussels.", "gives", None),
    ("The defector gave police an account of his escape.", "gave", None),
    ("Moscow gave the rebels its assurances that the talks would go ahead.", "gave", "AGREE"),
    ("Brazil provided food and tents to the flood victims.", "provided", "AID"),
    ("The ministry provided details of the plan.", "provided", None),
    ("Canada provided photographs and military intelligence to Kyiv.", "provided", "AID"),
    # RETREAT: what is released must be captives or property
    ("The rebels released twelve hostages on Sunday.", "released", "RETREAT"),
    ("The ministry released a statement on Sunday.", "released", None),
    ("The band released a new album in March.", "released", None),
    # CONSULT: who is met, visited, hosted
    ("The Peruvian president met his Chilean counterpart in Lima.", "met", "CONSULT"),
    ("The proposal met a mixed response in Brussels.", "met", None),
    ("The government has met the strikers' demands.", "met", "CONCEDE"),
    ("The Indian prime minister visited Nepal on Tuesday.", "visited", "CONSULT"),
    ("The senator visited Ireland for a golf tournament.", "visited", None),
    ("The French foreign minister travelled to Kenya for talks.", "travelled", "CONSULT"),
    ("The teenager travelled to Syria to join the militia.", "travelled", None),
    ("Qatar hosted the Sudanese delegation on Friday.", "hosted", "CONSULT"),
    ("The province hosts several car manufacturers.", "hosts", None),
    ("Jordan hosts hundreds of thousands of refugees.", "hosts", "AID"),
    # REJECT: denials and "declined to comment" are comments
    ("Belgrade rejected the proposal on Monday.", "rejected", "REJECT"),
    ("The ministry denied any involvement in the attack.", "denied", None),
    ("The army denied that soldiers had fired on the crowd.", "denied", None),
    ("The army denied the journalists access to the camp.", "denied", "REJECT"),
    ("Israel denied the activists entry.", "denied", "REJECT"),
    ("The embassy declined to comment on the arrests.", "declined", None),
    ("The cabinet declined the offer of mediation.", "declined", "REJECT"),
    ("Support for the ruling party has declined sharply.", "declined", None),
    # REQUEST: a question or a plea is no request
    ("The envoy asked Tehran to free the sailors.", "asked", "REQUEST"),
    ("A reporter asked whether the plan was legal.", "asked", None),
    ("The two guards pleaded not guilty in court.", "pleaded", None),
    # SUPPORT / AID: verbal backing or material support
    ("Paris backed the proposal for a ceasefire.", "backed", "SUPPORT"),
    ("Ankara supports a refugee population of two million.", "supports", "AID"),
    ("Tehran supported the rebels with arms and money.", "supported", "AID"),
    ("Older voters backed the governor, 60 percent to 30 percent.", "backed", None),
    # CONCEDE: what allows must be someone
    ("The junta allowed aid agencies into the region.", "allowed", "CONCEDE"),
    ("The new corridor would allow civilians to leave the city.", "allow", None),
    # THREATEN / REQUEST
    ("The president warned the rebels not to attack the capital.", "warned", "REQUEST"),
    # ASSAULT: a description of war is no attack; a missile strike is no labour strike
    ("Gunmen killed six villagers in an attack on Monday.", "killed", "ASSAULT"),
    ("The war has killed 400,000 people.", "killed", None),
    ("More than 2,000 civilians have been killed in the fighting so far this year.", "killed", None),
    ("Dock workers went on strike in Antwerp.", "strike", "PROTEST"),
    ("The president ordered a missile strike on the airbase.", "strike", "ASSAULT"),
    ("Israeli jets struck targets in southern Lebanon.", "struck", "ASSAULT"),
    ("The minister struck a conciliatory tone.", "struck", None),
    ("The campaign raised money to fight Mr Smith in the primary.", "fight", None),
    # PROTEST: a state's protest is an official complaint
    ("Students protested outside the ministry.", "protested", "PROTEST"),
    ("Ankara protested at the arms deliveries.", "protested", "ACCUSE"),
    # COOPERATE
    ("The two studios collaborated on a film about the war.", "collaborated", None),
    # nouns
    ("Cairo said the press conference would start at noon.", "conference", None),
    ("Trump's threats against Iran alarmed Europe.", "threats", "THREATEN"),
    ("Cyber crime poses a threat to banks.", "threat", None),
]


@pytest.mark.parametrize(("text", "word", "expected"), SENSES, ids=[f"{w}:{t[:40]}" for t, w, _ in SENSES])
def test_a_trigger_tells_its_event_only_with_arguments_of_the_right_kind(pipeline: Pipeline, tables: Tables,
                                                                          text: str, word: str,
                                                                          expected: str | None) -> None:
    found = _types_of(pipeline, tables, text, word)
    assert found == ([expected] if expected else []), found


def test_a_demand_stands_when_what_it_asks_for_is_no_event_of_its_own(pipeline: Pipeline, tables: Tables) -> None:
    found = _types_of(pipeline, tables, "The rebels demanded that Ankara provide information on the prisoners.",
                      "demanded")
    assert found == ["REQUEST"]


def test_an_event_a_party_denies_is_told_as_not_having_happened(pipeline: Pipeline, tables: Tables) -> None:
    doc = pipeline.nlp("The army denied that soldiers had fired on the crowd.")
    frames = sentence_frames(sentences(doc)[0], tables)
    assert [(f.type, f.negated) for f in frames] == [("ASSAULT", True)]


def test_every_frame_names_known_slots_and_classes(tables: Tables) -> None:
    senses = tables.senses
    assert senses.verb_frames and senses.noun_frames
    lexicon = tables.lexicon
    known = {*lexicon.verbs, *(" ".join(k) for k in lexicon.verb_pairs), *lexicon.thing_object}
    assert set(senses.verb_frames) <= known, set(senses.verb_frames) - known
    nouns = {*lexicon.nouns, *(" ".join(k) for k in lexicon.noun_pairs)}
    assert set(senses.noun_frames) <= nouns, set(senses.noun_frames) - nouns
