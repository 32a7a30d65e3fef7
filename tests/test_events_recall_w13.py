"""Event recall on unseen news (wave 13), on sentences written for these tests: the members of the ASSAULT, AID and
RETREAT synonym families the lexicon lacked, each with the sense frame that keeps its other senses out; clauses that
assert an event of their own (concessions, non-restrictive where/when clauses); and factuality readings that
wrongly made an asserted act hypothetical or negated ("in one such case", an open "whether" question, a complement
across a semicolon)."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Event
from event_helpers import event_of_type


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.extract(text, published="2024-03-04", id="t").events


def _asserted(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in _events(pipeline, text) if e.factuality == "asserted"]


# --- lexicon: synonym families, with the frames that keep other senses out ----------------------------------------


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("Army units pounded the rebel-held town with artillery on Monday.", "ASSAULT", "pounded"),
    ("The militia conquered the provincial capital in 2016.", "ASSAULT", "conquered"),
    ("The village was reclaimed by government troops last week.", "ASSAULT", "reclaimed"),
    ("Kenyan forces ousted the insurgents from two coastal villages.", "ASSAULT", "ousted"),
    ("Their patrol was surrounded by rebel fighters near the border.", "ASSAULT", "surrounded"),
    ("Troops encircled the stronghold overnight.", "ASSAULT", "encircled"),
    ("The lorry was hit by a Turkish airstrike near the crossing.", "ASSAULT", "hit"),
    ("The separatists have waged an insurgency against the state since 1990.", "ASSAULT", "insurgency"),
    ("The agency sent weapons to the rebel groups for years.", "AID", "sent"),
])
def test_synonym_family_members_code_their_type(pipeline: Pipeline, text: str, event_type: str,
                                                trigger: str) -> None:
    event_of_type(_events(pipeline, text), event_type, trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Heavy rain pounded the coast all night.", "pounded"),
    ("The start-up conquered the market within a year.", "conquered"),
    ("The champion reclaimed the title in Vienna.", "reclaimed"),
    ("Parliament ousted the prime minister in a vote.", "ousted"),
    ("The minister was surrounded by his family at the ceremony.", "surrounded"),
    ("The insurgency has grown stronger this year.", "insurgency"),
])
def test_other_senses_of_the_new_words_tell_no_event(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.trigger.text == trigger]


# --- clauses that assert an event of their own ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("Officials no longer call for talks, although the president recently accused the rebels of treason.",
     "ACCUSE", "accused"),
    ("Lima hosts thousands of refugees, while Quito has cut its aid to them.", "SANCTION", "cut"),
    ("The allies looked on while the army launched an assault on the town.", "ASSAULT", "assault"),
    ("The envoy then flew on to Nairobi, where he met the Kenyan foreign minister.", "CONSULT", "met"),
])
def test_a_clause_asserting_its_own_event_is_not_background(pipeline: Pipeline, text: str, event_type: str,
                                                            trigger: str) -> None:
    event_of_type(_asserted(pipeline, text), event_type, trigger)


def test_a_restrictive_clause_inside_another_event_stays_background(pipeline: Pipeline) -> None:
    """"vetoed a resolution that condemned X": the condemning only says which resolution."""
    events = _events(pipeline, "Moscow vetoed a resolution that condemned Damascus.")
    assert [e.type for e in events] == ["REJECT"]


# --- factuality: asserted acts no longer read as conditions, negations or questions ----------------------------


def test_a_particular_case_is_no_condition(pipeline: Pipeline) -> None:
    event = event_of_type(_events(pipeline, "The court backed Norway in one such case in May."), "SUPPORT",
                          "backed")
    assert event.factuality == "asserted"


@pytest.mark.parametrize(("text", "factuality"), [
    ("Kenya deployed troops to the border in this case.", "asserted"),
    ("Kenya deployed troops to the border in case of unrest.", "hypothetical"),  # the bare "in case" of a condition
])
def test_only_a_bare_case_states_a_condition(pipeline: Pipeline, text: str, factuality: str) -> None:
    assert event_of_type(_events(pipeline, text), "MOBILIZE", "deployed").factuality == factuality


def test_an_open_question_states_no_condition_on_its_host(pipeline: Pipeline) -> None:
    text = ("The committee criticised the ministry for refusing to explain how the targets were chosen, "
            "whether there was a review, and whether the rules were broken.")
    event = event_of_type(_events(pipeline, text), "ACCUSE", "criticised")
    assert event.factuality == "asserted"


def test_an_if_clause_still_makes_its_host_conditional(pipeline: Pipeline) -> None:
    events = _events(pipeline, "If the rebels attack, the army will shell their positions.")
    assert not [e for e in events if e.trigger.text == "shell" and e.factuality == "asserted"]


def test_no_complement_across_a_semicolon(pipeline: Pipeline) -> None:
    text = "Kurdish forces have detained three suspects; the minister did not intend that they be harmed."
    event = event_of_type(_events(pipeline, text), "COERCE", "detained")
    assert event.factuality == "asserted"


@pytest.mark.parametrize("text", [
    "Kenya no longer supports the plan.",
    "Kenya does not support the plan any longer.",
])
def test_an_act_no_longer_done_is_negated(pipeline: Pipeline, text: str) -> None:
    assert event_of_type(_events(pipeline, text), "SUPPORT", "supports" if "supports" in text else "support") \
        .factuality == "negated"
