"""Criticism told as a merit denied (wave 30, ACCUSE recall): "X said Y is not qualified", a first person's
negated belief ("I don't think Y is fit"), a quotation's "you" judged (whom the verb of saying addresses), a
predicate of fault the tagger reads as a verb ("called Y unqualified"); and the guards: a thing judged, the
speaker's own modesty, a merit asserted, a double negation, a condition or a question. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import ASSERTED, Event


def _accusations(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in pipeline.extract(text, published="2024-03-04", id="t").events
            if e.type == "ACCUSE" and e.factuality == ASSERTED]


def _sides(event: Event) -> tuple[list[str], list[str]]:
    return sorted(a.name or "" for a in event.actor), sorted(a.name or "" for a in event.recipient)


@pytest.mark.parametrize("text", [
    "Senator Maria Okafor said Governor Tom Lindqvist is not qualified to be president.",
    "Senator Maria Okafor said Governor Tom Lindqvist was not a serious candidate.",
    "Governor Tom Lindqvist's judgement was not sound, Senator Maria Okafor said.",
    "Senator Maria Okafor said she does not believe Governor Tom Lindqvist is honest.",
    '"I don\'t think Governor Tom Lindqvist is fit to lead," Senator Maria Okafor said.',
    '"I do not believe you are qualified for this office," Senator Maria Okafor told Governor Tom Lindqvist.',
    '"You are not honest with voters," Senator Maria Okafor said to Governor Tom Lindqvist.',
    "Senator Maria Okafor called Governor Tom Lindqvist unqualified.",
    "Senator Maria Okafor said Governor Tom Lindqvist was not fit for office.",
    "Senator Maria Okafor said Governor Tom Lindqvist is not fit.",
])
def test_a_merit_denied_of_a_party_accuses_it(pipeline: Pipeline, text: str) -> None:
    found = _accusations(pipeline, text)
    assert len(found) == 1
    judge, judged = _sides(found[0])
    assert any("Okafor" in j for j in judge) and any("Lindqvist" in j for j in judged)


@pytest.mark.parametrize("text", [
    "Senator Maria Okafor said the economy is not strong.",  # a thing, no party judged
    "Senator Maria Okafor said the plan is not fair.",  # a thing
    '"We are not qualified to judge that," Senator Maria Okafor said.',  # the speaker's own modesty
    "Senator Maria Okafor said Governor Tom Lindqvist is qualified.",  # a merit asserted
    '"I don\'t think Governor Tom Lindqvist is not qualified," Senator Maria Okafor said.',  # two negations
    "Senator Maria Okafor said Governor Tom Lindqvist is not qualified if he cannot answer the question.",
    "Senator Maria Okafor said that if Governor Tom Lindqvist lied, he would be unfit for office.",
    '"Are you qualified to be president?" Senator Maria Okafor asked Governor Tom Lindqvist.',
    "Senator Maria Okafor said she does not believe Governor Tom Lindqvist is guilty.",  # a fault disbelieved
    '"You are not alone," Senator Maria Okafor told the flood victims.',  # comfort, no party judged
    "Senator Maria Okafor said they do not believe Governor Tom Lindqvist is honest.",  # others' belief
    "Senator Maria Okafor and Mayor Dan Brook said she does not think Governor Tom Lindqvist is honest.",
])
def test_no_accusation_without_a_merit_denied_of_another_party(pipeline: Pipeline, text: str) -> None:
    assert _accusations(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "An aide said Governor Tom Lindqvist was not fit to fly after the surgery.",  # health
    "The manager said the goalkeeper was not fit for Saturday's final.",  # health, a task
    "Colonel Ivan Petrov said the militia was not capable of holding the bridge.",  # ability
    "Friends said Governor Tom Lindqvist was not serious about a bid for the Senate.",  # intention
])
def test_health_ability_or_intention_denied_is_no_charge(pipeline: Pipeline, text: str) -> None:
    assert _accusations(pipeline, text) == []


def test_a_you_under_no_verb_of_saying_is_not_its_object(pipeline: Pipeline) -> None:
    text = "We convinced Governor Tom Lindqvist we don't think you are qualified."
    assert not [e for e in _accusations(pipeline, text) if any("Lindqvist" in n for n in _sides(e)[1])]


def test_a_warning_speaks_to_its_object(pipeline: Pipeline) -> None:
    text = 'Senator Maria Okafor warned Governor Tom Lindqvist: "I don\'t believe you are honest."'
    found = _accusations(pipeline, text)
    assert any(any("Lindqvist" in n for n in _sides(e)[1]) for e in found)


def test_a_quoted_i_judges_for_a_speaker_named_in_the_next_sentence(pipeline: Pipeline) -> None:
    # the judgement's sentence holds only the quotation's "I": the speaker, named in the next sentence, is given
    # that mention (an event's spans lie in its own sentence)
    text = ('"I do not believe Governor Tom Lindqvist is honest. Voters want a change," Senator Maria Okafor said '
            'on Monday.')
    found = _accusations(pipeline, text)
    assert len(found) == 1
    judge = found[0].actor
    assert [(a.name, a.text, a.start) for a in judge] == [("Maria Okafor", "I", 1)]
    assert any("Lindqvist" in n for n in _sides(found[0])[1])


def test_a_swipe_aimed_at_a_party_is_criticism(pipeline: Pipeline) -> None:
    found = _accusations(pipeline, "Senator Maria Okafor's swipe at Governor Tom Lindqvist drew laughter.")
    assert len(found) == 1
    judge, judged = _sides(found[0])
    assert any("Okafor" in j for j in judge) and any("Lindqvist" in j for j in judged)


def test_a_card_swiped_is_no_criticism(pipeline: Pipeline) -> None:
    assert _accusations(pipeline, "Residents swipe their cards at the gate of the council building.") == []
