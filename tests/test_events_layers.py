"""Each layer of the event coder on its own, on sentences written for these tests: candidates (which words make
one event), factuality (how the text tells it), type and sense (what kind of event), arguments (who acts, on
whom); attachments have tests/test_events_attachments.py. A layer is called with the values of the layers
before it, so a later change to one layer can be tested here without the others moving."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from accord.blackboard import ACTORS
from accord.doc_index import sentences
from accord.events.arguments import Arguments, Setting, arguments_of
from accord.events.candidates import Candidate, bare_noun, find_candidates
from accord.events.coder import Story, code_sentence
from accord.events.factuality import Factuality, Reading, factuality_of
from accord.events.frames import Frame, sentence_frames
from accord.events.participants import IndexedActors
from accord.events.sense import Sense, sense_of, settle
from accord.events.tables import Tables
from accord.pipeline import Pipeline


def _sentence(pipeline: Pipeline, text: str) -> Span:
    return sentences(pipeline.nlp(text))[0]


def _only_chain(pipeline: Pipeline, tables: Tables, text: str) -> Candidate:
    found = find_candidates(_sentence(pipeline, text), tables)
    assert len(found.chains) == 1, [c.content.token.text for c in found.chains]
    return found.chains[0]


def _words(tokens: tuple[object, ...]) -> list[str]:
    return [str(t) for t in tokens]


# --- layer 1: candidates ------------------------------------------------------------------------------------


def test_a_candidate_is_the_event_word_and_the_verbs_that_govern_it(pipeline: Pipeline, tables: Tables) -> None:
    candidate = _only_chain(pipeline, tables, "Russia threatened to impose sanctions on Turkey.")
    assert candidate.content.token.text == "sanctions" and candidate.nominal
    assert _words(candidate.chain) == ["impose", "threatened"]  # bottom-up
    assert [g.verb.text for g in candidate.governors] == ["impose", "threatened"]
    assert candidate.top.text == "threatened"  # holds the subject


def test_a_verb_trigger_is_recoded_only_by_the_verbs_above_it(pipeline: Pipeline, tables: Tables) -> None:
    candidate = _only_chain(pipeline, tables, "Iran refused to meet the envoy.")
    assert candidate.content.token.text == "meet" and not candidate.nominal
    assert [g.verb.text for g in candidate.governors] == ["refused"]


def test_an_event_noun_no_verb_governs_is_left_bare(pipeline: Pipeline, tables: Tables) -> None:
    found = find_candidates(_sentence(pipeline, "The talks between Peru and Chile were useful."), tables)
    assert found.chains == () and [t.token.text for t in found.bare_nouns] == ["talks"]


def test_a_demand_told_through_a_modal_is_a_candidate_without_an_event_word(pipeline: Pipeline,
                                                                             tables: Tables) -> None:
    frames = sentence_frames(_sentence(pipeline, "The minister said Iran must explain its decision."), tables)
    assert [(f.type, f.trigger.text, f.candidate.obligation) for f in frames] == [("REQUEST", "explain", True)]


# --- layer 2: factuality -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "status"), [
    ("Israel did not sign the agreement.", "negated"),
    ("India will sign the pact.", "future"),
    ("Japan may impose sanctions.", "hypothetical"),
    ("Egypt has not yet accepted the proposal.", "negated"),
])
def test_factuality_reads_the_auxiliaries_of_the_chain(pipeline: Pipeline, tables: Tables, text: str,
                                                       status: str) -> None:
    factuality = factuality_of(_only_chain(pipeline, tables, text), tables)
    assert factuality.status == status and factuality.speaker is None
    assert len(factuality.steps) >= 1  # a reading per level of the candidate


def test_factuality_keeps_readings_per_level(pipeline: Pipeline, tables: Tables) -> None:
    """"Plans to attack": the plan puts the attack to come; a verb that decides the type takes the readings
    from its own level up ("vowed that it would retaliate": the vow is asserted)."""
    factuality = factuality_of(_only_chain(pipeline, tables, "Turkey plans to attack the town."), tables)
    assert factuality.steps[0].future and factuality.status == "future"
    vowed = factuality_of(_only_chain(pipeline, tables, "The rebels vowed that they would attack."), tables)
    assert vowed.from_step(0).status == "hypothetical" and vowed.from_step(1).status == "asserted"


def test_factuality_finds_who_reports_the_event(pipeline: Pipeline, tables: Tables) -> None:
    factuality = factuality_of(_only_chain(pipeline, tables, "Officials said Kenya signed the deal."), tables)
    assert factuality.reported and factuality.speaker is not None and factuality.speaker.text == "Officials"
    assert not factuality.negated and factuality.status == "asserted"


def test_an_asserted_event_and_a_bare_noun_have_no_reading(pipeline: Pipeline, tables: Tables) -> None:
    signed = factuality_of(_only_chain(pipeline, tables, "India signed an agreement with Russia."), tables)
    assert signed.reading == Reading() and signed.speaker is None
    found = find_candidates(_sentence(pipeline, "The talks between Peru and Chile were useful."), tables)
    assert factuality_of(bare_noun(found.bare_nouns[0]), tables) == Factuality()


# --- layer 3: type and sense -------------------------------------------------------------------------------


def _sense(pipeline: Pipeline, tables: Tables, text: str) -> Sense | None:
    candidate = _only_chain(pipeline, tables, text)
    return sense_of(candidate, factuality_of(candidate, tables), tables)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia threatened to impose sanctions on Turkey.", ("THREATEN", "131", "threatened", "threat")),
    ("Iran refused to meet the envoy.", ("REJECT", "125", "refused", "refusal")),
    ("Germany halted aid to Mali.", ("SANCTION", "162", "halted", "reversal")),
    ("Nigeria lifted the ban on imports.", ("CONCEDE", "081", "lifted", "reversal")),
    ("Kenya accepted the demand of the strikers.", ("CONCEDE", "083", "accepted", "accept")),
    ("Peru promised to withdraw its troops.", ("AGREE", "035", "promised", "intent")),
    ("Cuba protested that the embargo was illegal.", ("ACCUSE", "114", "protested", None)),
])
def test_governing_verbs_recode_the_event(pipeline: Pipeline, tables: Tables, text: str,
                                          expected: tuple[str, str, str, str | None]) -> None:
    sense = _sense(pipeline, tables, text)
    assert sense is not None and (sense.type, sense.cameo, sense.trigger.text, sense.modality) == expected


def test_factuality_turns_into_sense(pipeline: Pipeline, tables: Tables) -> None:
    possible = _sense(pipeline, tables, "Japan may impose sanctions.")  # a possibility, no threat
    assert possible is not None and (possible.type, possible.factuality) == ("SANCTION", "hypothetical")
    announced = _sense(pipeline, tables, "Japan said it would impose sanctions.")  # an intention made known
    assert announced is not None and (announced.type, announced.modality, announced.factuality) == (
        "THREATEN", "intent", "asserted")
    refused = _sense(pipeline, tables, "Peru said it would not withdraw its troops.")
    assert refused is not None and refused.type == "REJECT" and not refused.negated  # the negation made it
    kept = _sense(pipeline, tables, "Israel did not sign the agreement.")
    assert kept is not None and kept.type == "AGREE" and kept.negated  # a past act negated stays negated


def test_a_warning_that_only_foretells_is_no_event(pipeline: Pipeline, tables: Tables) -> None:
    assert _sense(pipeline, tables, "Experts warned that the lake is drying up.") is None
    threat = _sense(pipeline, tables, "The rebels warned that they would retaliate.")
    assert threat is not None and threat.type == "THREATEN"


def test_an_undecided_act_is_negated_not_refused(pipeline: Pipeline, tables: Tables) -> None:
    sense = _sense(pipeline, tables, "Egypt has not yet accepted the proposal.")
    assert sense is not None and (sense.type, sense.factuality) == ("AGREE", "negated")


def test_a_sense_changed_by_the_layers_keeps_the_values_it_came_from(pipeline: Pipeline, tables: Tables) -> None:
    candidate = _only_chain(pipeline, tables, "Iran refused to meet the envoy.")
    before = (candidate.content.entry.type, candidate.word.text)
    sense_of(candidate, factuality_of(candidate, tables), tables)
    assert (candidate.content.entry.type, candidate.word.text) == before == ("CONSULT", "meet")


def test_the_one_sense_the_arguments_settle(pipeline: Pipeline, tables: Tables) -> None:
    sense = _sense(pipeline, tables, "North Korea fired two missiles into the sea.")
    assert sense is not None and sense.type == "ASSAULT"
    assert settle(sense, False, tables).type == "MOBILIZE"  # fired at nobody: a show of force
    assert settle(sense, True, tables) is sense


# --- layer 4: arguments ------------------------------------------------------------------------------------


def _arguments(pipeline: Pipeline, tables: Tables, text: str) -> list[Arguments | None]:
    doc = pipeline.nlp(text)
    lookup = IndexedActors(ACTORS.get(doc) or [])
    return [arguments_of(doc, frame, tables, lookup) for frame in sentence_frames(sentences(doc)[0], tables)]


def _countries(arguments: Arguments | None) -> tuple[list[str | None], list[str | None]]:
    assert arguments is not None
    return [a.country for a in arguments.actor], [a.country for a in arguments.recipient]


def test_the_subject_acts_on_the_object_of_with(pipeline: Pipeline, tables: Tables) -> None:
    (found,) = _arguments(pipeline, tables, "India signed an agreement with Russia.")
    assert _countries(found) == (["IND"], ["RUS"]) and found is not None and found.reciprocal


def test_an_inverse_sense_swaps_the_sides(pipeline: Pipeline, tables: Tables) -> None:
    (found,) = _arguments(pipeline, tables, "Turkey received missiles from Russia.")
    assert _countries(found) == (["RUS"], ["TUR"])


def test_a_bare_noun_names_its_sides_in_its_phrase(pipeline: Pipeline, tables: Tables) -> None:
    (found,) = _arguments(pipeline, tables, "The talks between Peru and Chile were useful.")
    assert _countries(found) == (["PER"], ["CHL"]) and found is not None and found.reciprocal


def test_harm_by_a_natural_cause_is_no_political_event(pipeline: Pipeline, tables: Tables) -> None:
    assert _arguments(pipeline, tables, "The earthquake killed 40 people in Turkey.") == [None]


def test_the_sentence_country_reaches_an_unresolved_side(pipeline: Pipeline, tables: Tables) -> None:
    doc = pipeline.nlp("Students protested against the Kenyan government.")
    (frame,) = sentence_frames(sentences(doc)[0], tables)
    lookup = IndexedActors(ACTORS.get(doc) or [])
    assert _countries(arguments_of(doc, frame, tables, lookup)) == ([None], ["KEN"])
    placed = arguments_of(doc, frame, tables, lookup, Setting(home="KEN"))  # the sentence names Kenya only
    assert placed is not None and [(a.country, a.rule) for a in placed.actor] == [("KEN", "event-domestic")]


# --- the layers together ---------------------------------------------------------------------------------


def test_the_coder_runs_the_layers_in_order(pipeline: Pipeline, tables: Tables) -> None:
    from accord.actors.country_from_context import CountryIndex
    from accord.events.attachments import Attachments

    doc = pipeline.nlp("North Korea fired two missiles into the sea.")
    story = Story(IndexedActors(ACTORS.get(doc) or []), CountryIndex(doc), Attachments(doc))
    (coded,) = code_sentence(doc, sentences(doc)[0], tables, story)
    assert isinstance(coded.frame, Frame) and isinstance(coded.frame.factuality, Factuality)
    assert (coded.frame.type, coded.frame.cameo) == ("MOBILIZE", "150")  # settled after the arguments
    assert [a.country for a in coded.arguments.actor] == ["PRK"]
    assert [q.value for q in coded.attached.quantities] == [2]
