"""A second annotation of an article read as if a coder had produced it, for inter-annotator agreement.

``accord eval realnews GOLD --against SECOND`` scores the second annotator's events, quotes and actor
mentions with the very scorer that judges accord: an event becomes an ``Event`` whose trigger is the
annotated trigger and whose sentence is the annotated evidence, with the annotated factuality; an optional
(``required: false``) one is neutral, neither right nor wrong when it matches nothing.
"""

from __future__ import annotations

from accord.eval.realnews import ArticleAnnotation, Offsets, Participant, RealEvent, RealQuote
from accord.records import Actor, DateRef, Document, Event, Extraction, Place, Quote, Span


def _span(text: str, offsets: Offsets) -> Span:
    return Span(text[offsets.start:offsets.end], offsets.start, offsets.end)


def as_actor(p: Participant, text: str) -> Actor:
    said = text[p.span.start:p.span.end] if p.span else ""
    return Actor(text=said or p.name or "", name=p.name, country=p.country, sector=p.sector, role=p.role,
                 kind=p.kind, start=p.span.start if p.span else None, end=p.span.end if p.span else None)


def as_event(e: RealEvent, text: str, doc_id: str) -> Event:
    date = (DateRef(text[e.date.span.start:e.date.span.end] if e.date.span else "",
                    e.date.span.start if e.date.span else 0, e.date.span.end if e.date.span else 0,
                    e.date.value, e.date.granularity) if e.date else None)
    place = (Place(text[e.place.span.start:e.place.span.end] if e.place.span else e.place.name,
                   e.place.span.start if e.place.span else 0, e.place.span.end if e.place.span else 0,
                   name=e.place.name, country=e.place.country) if e.place else None)
    return Event(
        id=f"{doc_id}:{e.id}", type=e.type, trigger=_span(text, e.trigger), sentence=_span(text, e.evidence),
        actor=tuple(as_actor(p, text) for p in e.actor), recipient=tuple(as_actor(p, text) for p in e.recipient),
        mode=e.mode, context=e.context, factuality=e.factuality, reported=e.reported, reciprocal=e.reciprocal,
        date=date, location=place,
    )


def as_quote(q: RealQuote, text: str, doc_id: str) -> Quote:
    start, end = min(p.start for p in q.content), max(p.end for p in q.content)
    return Quote(id=f"{doc_id}:{q.id}", text=text[start:end], start=start, end=end, direct=q.direct,
                 cue=text[q.cue.start:q.cue.end] if q.cue else None,
                 speaker=as_actor(q.speaker, text) if q.speaker else None)


def extraction_from_annotation(annotation: ArticleAnnotation, document: Document) -> tuple[Extraction,
                                                                                            frozenset[str]]:
    """The annotation as an extraction of ``document`` and the ids of its optional events."""
    text, doc_id = document.text, document.id
    events = tuple(as_event(e, text, doc_id) for e in annotation.events)
    optional = frozenset(f"{doc_id}:{e.id}" for e in annotation.events if not e.required)
    extraction = Extraction(
        document=document,
        events=events,
        quotes=tuple(as_quote(q, text, doc_id) for q in annotation.quotes if q.content),
        actors=tuple(as_actor(p, text) for p in annotation.actors),
    )
    return extraction, optional
