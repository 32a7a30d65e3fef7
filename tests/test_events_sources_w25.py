"""Layer 4 on sentences written for these tests: a subjectless verb coordinated after a reported clause, which
the parser hangs on the reported clause's verb ("X said the economy was weak *and blamed* Y"). In the reporting
verb's tense and with no auxiliary of its own, it continues the reporting clause when the reported clause
cannot own it: its verb stands under a modal, or its subject names nothing that could act."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from accord.pipeline import Pipeline
from accord.records import Actor, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.extract(text, published="2024-03-04", id="t").events


def _countries(actors: Iterable[Actor]) -> list[str]:
    return sorted(a.country for a in actors if a.country)


def _of_type(pipeline: Pipeline, text: str, event_type: str) -> Event:
    found = [e for e in _events(pipeline, text) if e.type == event_type]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in _events(pipeline, text)]
    return found[0]


@pytest.mark.parametrize(("text", "event_type"), [
    # the reported verb under a modal: a finite past verb cannot share "would"
    ("The Kenyan finance minister predicted that the economy would recover and praised the Somali president.",
     "SUPPORT"),
    ("The Kenyan foreign minister said that the ceasefire would collapse and criticized the Somali government.",
     "ACCUSE"),
    # the reported subject names nothing that could act
    ("The Kenyan foreign minister said the economy was weak and blamed the Somali government.", "ACCUSE"),
    ("The Kenyan foreign minister says the border is calm and urges Somalia to reopen it.", "REQUEST"),
])
def test_a_verb_coordinated_after_a_reported_clause_is_the_reporters(pipeline: Pipeline, text: str,
                                                                     event_type: str) -> None:
    event = _of_type(pipeline, text, event_type)
    assert _countries(event.actor) == ["KEN"] and _countries(event.recipient) == ["SOM"]


def test_a_reported_party_keeps_its_coordinated_verb(pipeline: Pipeline) -> None:
    # "rebels had attacked the town and killed ten": the rebels did both; the officials only said so
    events = _events(pipeline, "Kenyan officials said Somali rebels had attacked the town and killed ten villagers.")
    assert events
    for event in events:
        assert "KEN" not in _countries(event.actor), (event.type, event.trigger.text)


def test_a_participle_after_a_reported_passive_keeps_the_passive(pipeline: Pipeline) -> None:
    # "would be tried and imprisoned": the tagger may read "imprisoned" as a past tense; the passive binds it
    events = _events(pipeline, "The Kenyan minister said the Somali smugglers would be tried and imprisoned.")
    for event in events:
        assert "KEN" not in _countries(event.actor), (event.type, event.trigger.text)


def test_a_verb_listed_after_a_reported_perfect_may_share_it(pipeline: Pipeline) -> None:
    # "has insulted, belittled and sought to": "sought" may be a participle sharing "has", the list the law's
    events = _events(pipeline, "The Kenyan minister said the new law has insulted, belittled and sought to "
                               "expel Somali traders.")
    for event in events:
        assert "KEN" not in _countries(event.actor), (event.type, event.trigger.text)
