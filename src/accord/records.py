"""Frozen result records and their JSON form (the output contract of DESIGN.md).

Every extracted record carries document-level character offsets (``start``/``end``) so it can be traced
back to the exact text it came from. ``to_dict`` gives the contract's JSON shape; unknown values are ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# 1.1: dates' first day (issue 15); quotes' type, attribution and events (issue 20); events' factuality and
# reported (issue 18); 1.2: actors' optional state (issue 19)
CONTRACT_VERSION = "1.2"

# How the text tells an event (the contract's ``factuality``): it happened; the text says it did not; it may,
# could, should or would happen (a condition, a wish, a question, an obligation); it is to come.
ASSERTED, NEGATED, HYPOTHETICAL, FUTURE = "asserted", "negated", "hypothetical", "future"
FACTUALITIES = (ASSERTED, NEGATED, HYPOTHETICAL, FUTURE)

JSON = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Document:
    """One input article after reading and normalisation."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None when unknown
    source: str | None = None  # where it was read from: a path, "path:line", or "-"
    content_hash: str = ""
    notes: tuple[str, ...] = ()  # what reading had to do, e.g. "not UTF-8; decoded as cp1252"

    def to_dict(self) -> JSON:
        return {"id": self.id, "title": self.title, "url": self.url, "published": self.published}


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the document text, by character offsets."""

    text: str
    start: int
    end: int

    def to_dict(self) -> JSON:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    text: str
    start: int
    end: int

    def to_dict(self) -> JSON:
        return {"index": self.index, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention found by the spaCy model."""

    text: str
    label: str
    start: int
    end: int

    def to_dict(self) -> JSON:
        return {"text": self.text, "label": self.label, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor mention resolved to a country, a sector and, where known, a named entity and role."""

    text: str
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3, or None (IGOs and unknowns)
    sector: str | None = None  # GOV, MIL, COP, REB, OPP, BUS, CVL, MED, EDU, NGO, IGO, REF, ...
    role: str | None = None
    kind: str | None = None  # country | person | organisation | igo | group
    start: int | None = None
    end: int | None = None
    rule: str | None = None  # which resolution rule produced it (for `accord actors lookup`)
    organisation: str | None = None  # the body a person speaks for: "Observer Research Foundation", an IGO
    # a state actor (government, forces, police, courts, legislature, intelligence, their office holders: the
    # sectors.yaml state_sectors) or not; None while the sector is unknown. Set by the actor stage.
    state: bool | None = None

    def at(self, text: str, start: int | None, end: int | None) -> Actor:
        """The same actor as mentioned elsewhere in the text: ``dataclasses.replace`` of the three fields,
        spelled out because the actor stage does it for nearly every mention."""
        return Actor(text, self.name, self.country, self.sector, self.role, self.kind, start, end, self.rule,
                     self.organisation, self.state)

    def covers(self, offset: int) -> bool:
        """Whether the mention's span holds the character at ``offset`` (a mention without a span holds none)."""
        return self.start is not None and self.end is not None and self.start <= offset < self.end

    def to_dict(self) -> JSON:
        out: JSON = {"text": self.text, "name": self.name, "country": self.country, "sector": self.sector}
        if self.role is not None:
            out["role"] = self.role
        if self.organisation is not None:
            out["organisation"] = self.organisation
        if self.state is not None:
            out["state"] = self.state
        if self.start is not None:
            out["start"] = self.start
            out["end"] = self.end
        return out


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention, geocoded where the gazetteer knows it."""

    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None  # city | country | region | landmark | water | ...
    is_actor: bool = False  # a capital or country name standing for its government

    def to_dict(self) -> JSON:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "feature": self.feature,
            "is_actor": self.is_actor,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class DateRef:
    """A temporal expression normalised against the publication date."""

    text: str
    start: int
    end: int
    value: str | None  # TIMEX3 value at its granularity: 2021-12-06, 2021-W49, 2021-12, 2021-Q4, 2021, 199
    granularity: str | None = None  # day | week | month | quarter | season | year | decade | century
    source: str = "text"  # text | published (fell back to the article's date)
    first_day: str | None = None  # ISO day the period starts on: 2021-W49 -> 2021-12-06, 199 -> 1990-01-01

    def to_dict(self) -> JSON:
        return {
            "text": self.text,
            "value": self.value,
            "granularity": self.granularity,
            "first_day": self.first_day,
            "source": self.source,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with what it counts."""

    text: str
    start: int
    end: int
    value: float | None
    unit: str | None = None  # what is counted ("assault rifles") or a currency code ("USD")
    qualifier: str | None = None  # at least | more than | about | up to | ...
    category: str | None = None  # money | dead | injured | arrested | count | percent | ...
    country: str | None = None  # whose: "20 Indian soldiers" -> IND

    def to_dict(self) -> JSON:
        value: float | int | None = self.value
        if value is not None and float(value).is_integer():
            value = int(value)
        return {
            "value": value,
            "unit": self.unit,
            "text": self.text,
            "qualifier": self.qualifier,
            "category": self.category,
            "country": self.country,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation or piece of reported speech with its speaker.

    An attribution (one source, one cue) whose content is interrupted by the attribution ("“A,” she said.
    “B.”") or continued in the next paragraph is several quotes sharing ``attribution`` (the id of its first
    quote). ``type`` says what is attributed (PARC 3.0): assertion, belief, fact, eventuality, or stance.
    ``events`` lists the events whose trigger lies in the quote (filled once both stages have run).
    """

    id: str
    text: str
    start: int
    end: int
    direct: bool
    cue: str | None = None
    speaker: Actor | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    type: str = "assertion"
    attribution: str | None = None
    events: tuple[str, ...] = ()

    def to_dict(self) -> JSON:
        return {
            "id": self.id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "direct": self.direct,
            "cue": self.cue,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "type": self.type,
            "attribution": self.attribution or self.id,
            "events": list(self.events),
        }


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER event with its participants, CAMEO code, score and provenance."""

    id: str
    type: str
    trigger: Span
    sentence: Span
    actor: tuple[Actor, ...] = ()
    recipient: tuple[Actor, ...] = ()
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    score: float | None = None
    quad: str | None = None
    negated: bool = False  # kept from contract 1.0: true exactly when ``factuality`` is negated
    reciprocal: bool = False
    attributed_to: Actor | None = None
    date: DateRef | None = None
    location: Place | None = None
    quantities: tuple[Quantity, ...] = ()
    confidence: float = 0.5
    cluster: str | None = None  # id of the first mention of the same event in this document
    factuality: str = ASSERTED  # asserted | negated | hypothetical | future (contract 1.1)
    reported: bool = False  # told by a source the article cites ("officials said", a quote's speaker)

    def __post_init__(self) -> None:
        """``negated`` and ``factuality`` say the same thing twice: a record made with only one of them (a 1.0
        record: ``negated=True``) gets the other; one made with both must not contradict itself."""
        if self.factuality not in FACTUALITIES:
            raise ValueError(f"event {self.id}: factuality must be one of {', '.join(FACTUALITIES)}, "
                             f"got {self.factuality!r}")
        if self.negated and self.factuality == ASSERTED:
            object.__setattr__(self, "factuality", NEGATED)
        elif self.factuality == NEGATED and not self.negated:
            object.__setattr__(self, "negated", True)
        elif self.negated and self.factuality != NEGATED:
            raise ValueError(f"event {self.id}: negated but factuality {self.factuality!r}")

    @property
    def asserted(self) -> bool:
        """What default listings, timelines and scores count: the text says it happened."""
        return self.factuality == ASSERTED

    @property
    def is_reported(self) -> bool:
        """Told by a source the article cites: the coder found one, or a quote's speaker was linked to it."""
        return self.reported or self.attributed_to is not None

    def to_dict(self) -> JSON:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "score": self.score,
            "quad": self.quad,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [a.to_dict() for a in self.recipient],
            "negated": self.negated,
            "factuality": self.factuality,
            "reported": self.is_reported,
            "reciprocal": self.reciprocal,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "date": self.date.value if self.date else None,
            "date_granularity": self.date.granularity if self.date else None,
            "date_first_day": self.date.first_day if self.date else None,
            "location": _location_dict(self.location),
            "quantities": [q.to_dict() for q in self.quantities],
            "trigger": self.trigger.to_dict(),
            "sentence": self.sentence.to_dict(),
            "confidence": round(self.confidence, 3),
            "cluster": self.cluster,
        }


def _location_dict(place: Place | None) -> JSON | None:
    if place is None:
        return None
    return {"name": place.name or place.text, "country": place.country, "lat": place.lat, "lon": place.lon}


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything accord found in one document."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    places: tuple[Place, ...] = ()
    dates: tuple[DateRef, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> JSON:
        out = self.document.to_dict()
        out.update(
            {
                "contract": CONTRACT_VERSION,
                "events": [e.to_dict() for e in self.events],
                "quotes": [q.to_dict() for q in self.quotes],
                "entities": [e.to_dict() for e in self.entities],
                "actors": [a.to_dict() for a in self.actors],
                "places": [p.to_dict() for p in self.places],
                "dates": [d.to_dict() for d in self.dates],
                "quantities": [q.to_dict() for q in self.quantities],
                "sentences": [s.to_dict() for s in self.sentences],
            }
        )
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out
