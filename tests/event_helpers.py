"""Helpers shared by the event tests: the frames and events a sentence written for a test gives."""

from __future__ import annotations

from collections.abc import Iterable

from accord.doc_index import sentences
from accord.events.frames import sentence_frames
from accord.events.tables import Tables
from accord.pipeline import Pipeline
from accord.records import Actor, Event


def frame_types_of(pipeline: Pipeline, tables: Tables, text: str, word: str) -> list[str]:
    """The types of the frames whose trigger is ``word`` (in the first sentence of ``text``)."""
    doc = pipeline.nlp(text)
    return [f.type for f in sentence_frames(sentences(doc)[0], tables) if f.trigger.text == word]


def asserted_events(pipeline: Pipeline, text: str) -> list[Event]:
    """The asserted events of ``text`` (published 2021-03-01)."""
    return [e for e in pipeline.extract(text, published="2021-03-01").events if e.factuality == "asserted"]


def asserted_types(pipeline: Pipeline, text: str) -> set[str]:
    """The types of the asserted events of ``text``."""
    return {e.type for e in asserted_events(pipeline, text)}


def event_of_type(events: list[Event], event_type: str, trigger: str) -> Event:
    """The first event of ``event_type`` told by ``trigger`` (the test fails, listing the events, when none is)."""
    found = [e for e in events if e.type == event_type and e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


def actor_texts(actors: tuple[object, ...]) -> str:
    """The texts of ``actors``, joined by spaces."""
    return " ".join(str(getattr(a, "text", "")) for a in actors)


# The publication day of the date tests that resolve weekdays against it: a Wednesday.
WEDNESDAY = "2021-03-10"


def event_on(pipeline: Pipeline, text: str, trigger: str) -> Event:
    """The first event of ``text`` (published on :data:`WEDNESDAY`) told by ``trigger``; the test fails without one."""
    found = [e for e in pipeline.extract(text, published=WEDNESDAY).events if e.trigger.text == trigger]
    assert found, f"no event on {trigger!r}"
    return found[0]


def date_of(event: Event) -> tuple[str | None, str | None]:
    """An event's date as (value, granularity), or (None, None) when it has none."""
    return (event.date.value, event.date.granularity) if event.date else (None, None)


def events_on_a_day(pipeline: Pipeline, text: str) -> list[Event]:
    """The events of ``text`` (document 't', published 2024-03-04)."""
    return pipeline.extract(text, published="2024-03-04", id="t").events


def the_event(pipeline: Pipeline, text: str, trigger: str) -> Event:
    """The one event of ``text`` told by ``trigger`` (the test fails, listing the events, unless there is one)."""
    found = [e for e in events_on_a_day(pipeline, text) if e.trigger.text == trigger]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in events_on_a_day(pipeline, text)]
    return found[0]


def countries_of(actors: Iterable[Actor]) -> list[str]:
    """The countries of ``actors`` that have one, sorted."""
    return sorted(a.country for a in actors if a.country)


EventSummary = tuple[str, str, str, list[str], list[str]]


def event_summaries(pipeline: Pipeline, text: str, published: str = "2016-02-01") -> list[EventSummary]:
    """(type, trigger, factuality, actor texts, recipient texts) of every event of ``text``."""
    return [(e.type, e.trigger.text, e.factuality, [a.text for a in e.actor], [a.text for a in e.recipient])
            for e in pipeline.extract(text, published=published, id="t").events]


def accusations(pipeline: Pipeline, text: str) -> list[EventSummary]:
    """The ACCUSE events of ``text`` as :func:`event_summaries` gives them."""
    return [e for e in event_summaries(pipeline, text) if e[0] == "ACCUSE"]
