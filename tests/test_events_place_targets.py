"""When a place stands for the target of an event: an act against a population done to or in a place, whose
words name nobody else, targets the place's country, whether the place is a town, a province or a country;
acts between parties never take a place for a party (sentences written for these tests)."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Event


def _events(pipeline: Pipeline, text: str, event_type: str) -> list[Event]:
    return [e for e in pipeline.extract(text, published="2024-03-01").events if e.type == event_type]


@pytest.mark.parametrize(("text", "event_type", "country"), [
    ("Russian artillery shelled Kharkiv on Monday.", "ASSAULT", "UKR"),
    ("Russian jets carried out strikes on Kharkiv.", "ASSAULT", "UKR"),
    ("Russian artillery shelled villages in Kunduz province on Monday.", "ASSAULT", "AFG"),
    ("The army lifted the curfew in Kandahar.", "CONCEDE", "AFG"),
], ids=["town as object", "town after on", "province as where", "lifted where"])
def test_a_place_acted_on_stands_for_its_country(pipeline: Pipeline, text: str, event_type: str,
                                                 country: str) -> None:
    events = _events(pipeline, text, event_type)
    assert events and [a.country for a in events[0].recipient] == [country]
    assert events[0].recipient[0].kind == "place"


def test_a_named_target_beats_the_place(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Russian artillery shelled Ukrainian troops in Kunduz.", "ASSAULT")
    assert events and all(a.kind != "place" for a in events[0].recipient)


def test_a_meeting_place_is_no_party(pipeline: Pipeline) -> None:
    """Talks in Geneva are not with Switzerland."""
    for event in pipeline.extract("The Iranian and Saudi foreign ministers met in Geneva on Monday.",
                                  published="2024-03-01").events:
        assert all(a.kind != "place" for a in event.recipient)


@pytest.mark.parametrize("text", [
    "Turkey deported the fighters to Germany.",
    "Police caught two smugglers and deported them to Mexico.",
    "The border police detained three traders in Kenya.",
], ids=["whither after the object", "object of the coordinated verb", "where after the object"])
def test_a_place_after_the_patient_is_no_second_party(pipeline: Pipeline, text: str) -> None:
    """An act of force whose verb names whom it is done to: a place after a preposition of place or path says
    where, whither or whence, and never outranks the patient as the target."""
    events = _events(pipeline, text, "COERCE")
    assert events and events[0].recipient
    assert all(a.kind != "place" and a.sector for a in events[0].recipient)


@pytest.mark.parametrize(("text", "event_type"), [
    ("The Kenyan minister faces ten years in prison in the US if convicted.", "ACCUSE"),
    ("Once arrested, the Kenyan activist was taken to a prison in Nairobi.", "COERCE"),
], ids=["if convicted", "once arrested"])
def test_a_subjectless_past_participle_clause_is_undergone(pipeline: Pipeline, text: str, event_type: str) -> None:
    """"if convicted" is "if he is convicted": the subject the clause borrows undergoes it, and is neither its doer
    nor beaten as its target by the place the sentence names."""
    events = _events(pipeline, text, event_type)
    assert events and not events[0].actor
    assert [a.country for a in events[0].recipient] == ["KEN"]
    assert all(a.kind != "place" for a in events[0].recipient)


@pytest.mark.parametrize(("text", "event_type"), [
    ("The agency helped refugees return to Syria.", "AID"),
    ("Turkey allowed the fighters to cross into Syria.", "CONCEDE"),
], ids=["helped to return", "allowed to cross"])
def test_whom_help_or_leave_is_for_is_the_target_not_where_they_go(pipeline: Pipeline, text: str,
                                                                   event_type: str) -> None:
    events = _events(pipeline, text, event_type)
    assert events and events[0].recipient
    assert all(a.kind != "place" and a.country != "SYR" for a in events[0].recipient)


def test_a_verb_with_its_own_complement_takes_no_object_of_the_verb_before_it(pipeline: Pipeline) -> None:
    """The verb before names someone, but the second verb's own clause fills its object slot: nobody is its
    patient by coordination."""
    events = _events(pipeline, "The senator praised the Kenyan envoy but criticised what he called waste in Nairobi.",
                     "ACCUSE")
    assert events and not events[0].recipient
