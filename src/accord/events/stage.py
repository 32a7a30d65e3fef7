"""The ``accord_events_v1`` spaCy stage: codes PLOVER events into ``doc._.accord_events``."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from accord.doc_index import sentences, span_text
from accord.events.attachments import Attachments
from accord.events.coder import Coded, CountryIndex, code_sentence
from accord.events.linking import announces_another, link_mentions
from accord.events.participants import ActorLookup, IndexedActors, actor_api_lookup
from accord.events.tables import Tables, load_tables
from accord.nlp import Stage
from accord.records import Event, Span

STAGE_NAME = "accord_events_v1"


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    """A function of another stage's package, or None while that stage is not installed."""
    try:
        found = getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None
    return found if callable(found) else None


class EventCoder(Stage):
    """Codes every sentence of a Doc; tables and helper APIs are loaded once, at construction."""

    def __init__(self, tables: Tables | None = None, lookup: ActorLookup | None = None) -> None:
        self.tables = tables or load_tables()
        self.lookup = lookup or actor_api_lookup
        self._event_date = _optional("accord.dates", "event_date")
        self._event_location = _optional("accord.places", "event_location")
        self._event_quantities = _optional("accord.quantities", "event_quantities")

    def __call__(self, doc: Doc) -> Doc:
        doc._.accord_events = self.code(doc)
        return doc

    def code(self, doc: Doc) -> list[Event]:
        doc_id = doc._.accord_doc_id or "doc"
        lookup = self.lookup if self.lookup is not actor_api_lookup else IndexedActors(doc._.accord_actors or [])
        events: list[Event] = []
        additional: set[str] = set()
        countries = CountryIndex(doc)
        attachments = Attachments(doc, self._event_date, self._event_location, self._event_quantities)
        headline: set[str] = set()
        for number, sentence in enumerate(sentences(doc)):
            for coded in code_sentence(doc, sentence, self.tables, lookup, countries):
                event = self._record(attachments, f"{doc_id}:e{len(events) + 1}", coded, sentence)
                events.append(event)
                if announces_another(coded.frame):
                    additional.add(event.id)
                if number == 0 and is_headline(sentence):
                    headline.add(event.id)
        return link_mentions(events, additional, headline)

    def _record(self, attachments: Attachments, event_id: str, coded: Coded, sentence: SpacySpan) -> Event:
        frame = coded.frame
        trigger = frame.trigger
        info = self.tables.ontology.info(frame.type)
        entry = frame.content.entry
        mode = entry.mode if entry.type == frame.type else None
        clause = frame.chain[0] if frame.chain else frame.content.token  # the clause the event is told in
        return Event(
            id=event_id,
            type=info.name,
            trigger=Span(trigger.text, trigger.idx, trigger.idx + len(trigger.text)),
            sentence=Span(span_text(sentence), sentence.start_char, sentence.end_char),
            actor=coded.actor,
            recipient=coded.recipient,
            mode=mode,
            context=coded.contexts,
            cameo=frame.cameo,
            score=info.score,
            quad=info.quad,
            negated=frame.negated,
            reciprocal=coded.reciprocal,
            attributed_to=coded.attributed_to,
            date=attachments.date(clause),
            location=attachments.location(clause),
            quantities=attachments.quantities(clause, info.name),
            confidence=coded.confidence,
        )


def is_headline(sentence: SpacySpan) -> bool:
    """A story's first line standing alone: a paragraph of its own with no full stop at its end."""
    doc = sentence.doc
    ends_paragraph = sentence.end >= len(doc) or "\n" in doc[sentence.end - 1].text_with_ws \
        or doc[sentence.end - 1].is_space
    last_word = next((t for t in reversed(sentence) if not t.is_space), None)
    return ends_paragraph and last_word is not None and last_word.text not in (".", "!", "?")


@Language.factory(STAGE_NAME)
def make_event_coder(nlp: Language, name: str) -> EventCoder:
    return EventCoder()
