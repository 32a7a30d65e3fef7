"""Helpers shared by the actor tests (tests/test_actors_*.py): run the actor stage on a sentence written for a
test and pick mentions out of what it found."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.language import Language

from accord.records import Actor, Event

ActorRun = Callable[..., list[Actor]]


def actors_in(actors_nlp: Language, text: str, date: str) -> list[Actor]:
    """Every actor mention the actor stage finds in ``text`` published on ``date``."""
    doc = actors_nlp.make_doc(text)
    doc._.accord_published = date
    for _, component in actors_nlp.pipeline:
        doc = component(doc)
    return list(doc._.accord_actors)


def actor_runner(default_date: str) -> ActorRun:
    """:func:`actors_in` with a test file's usual publication date (another may still be passed)."""
    def run(actors_nlp: Language, text: str, date: str = default_date) -> list[Actor]:
        return actors_in(actors_nlp, text, date)
    return run


def with_text(actors: list[Actor], text: str) -> list[Actor]:
    """The mentions written ``text``; at least one."""
    found = [a for a in actors if a.text == text]
    assert found, (text, [(a.text, a.sector) for a in actors])
    return found


def only_with_text(actors: list[Actor], text: str) -> Actor:
    """The one mention written ``text``."""
    found = with_text(actors, text)
    assert len(found) == 1, (text, [(a.text, a.sector) for a in actors])
    return found[0]


def named(actors: list[Actor], name: str) -> list[Actor]:
    """The mentions resolved to the entry or person ``name``; at least one."""
    found = [a for a in actors if a.name == name]
    assert found, (name, [(a.text, a.name) for a in actors])
    return found


def event_party_named(events: Sequence[Event], name: str) -> Actor:
    """The first source or target of ``events`` whose record is the named entry ``name``; there is one."""
    found = [a for e in events for a in (*e.actor, *e.recipient) if a.name == name]
    assert found, [(e.type, [a.text for a in e.actor]) for e in events]
    return found[0]
