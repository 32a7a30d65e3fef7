"""Records -> validated rows, before anything touches the database.

A document's extraction becomes one ``DocumentRows``: for each table, rows as tuples in the table's column
order, every value checked against the column's declared type (read from the database, so the checks
follow the schema and its migrations) and normalised. Writing is then a separate step (``Store``): named
columns, one statement per table, ready for a columnar bulk insert. A value that cannot be stored raises
``RecordError`` naming the table, column and value, and only that document fails.

Normalised here rather than refused:
- an event's date outside year 1 .. a year after publication (or after today, for an undated article) is
  dropped (date, granularity and day null): no event happens then, and one such day skews every timeline;
- a URL that is not http(s) (``javascript:``, ``data:``) is dropped: the dashboard would make it a link.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Any

from accord.dates.resolve import latest_day
from accord.errors import RecordError
from accord.ingest.normalise import web_url
from accord.records import Actor, DateRef, Event, Extraction

Row = tuple[Any, ...]
INT32 = (-(2**31), 2**31 - 1)
MAX_TEXT = 10_000_000  # characters in one value: far above any article accord accepts


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # DuckDB's data_type: VARCHAR, INTEGER, DOUBLE, BOOLEAN, DATE, TIMESTAMP, VARCHAR[], JSON, ...
    nullable: bool


@dataclass(frozen=True)
class TableShape:
    """A table's columns in order, as the database declares them."""

    name: str
    columns: tuple[Column, ...]

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @cached_property
    def _known(self) -> frozenset[str]:
        return frozenset(self.names)

    @cached_property
    def _checks(self) -> tuple[tuple[str, Column, Callable[[Any], Any]], ...]:
        """Each column with its check, looked up once per table rather than once per value."""
        return tuple((c.name, c, _CHECKS.get(c.type, _as_is)) for c in self.columns)

    def insert_sql(self) -> str:
        """``INSERT INTO t (a, b, ...) VALUES (?, ?, ...)``: by name, never by position."""
        names = ", ".join(self.names)
        marks = ", ".join("?" for _ in self.columns)
        return f"INSERT INTO {self.name} ({names}) VALUES ({marks})"

    def row(self, values: Mapping[str, Any]) -> Row:
        """The values as a row in column order; unknown names and missing required ones are errors."""
        if not self._known.issuperset(values):
            unknown = set(values) - self._known
            raise RecordError(f"{self.name}: no column {', '.join(sorted(unknown))}")
        out = []
        for name, column, check in self._checks:  # a plain loop: every value of every row passes here
            value = values.get(name)
            out.append(None if value is None and column.nullable else _checked(self.name, column, value, check))
        return tuple(out)


Shapes = Mapping[str, TableShape]


@dataclass
class DocumentRows:
    """Every row one document adds, table by table, in column order."""

    doc_id: str
    version: int
    tables: dict[str, list[Row]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # what normalisation changed, for the ingest log

    def add(self, shapes: Shapes, table: str, values: Iterable[Mapping[str, Any]]) -> None:
        shape = shapes[table]
        self.tables.setdefault(table, []).extend(shape.row(v) for v in values)


def document_rows(shapes: Shapes, x: Extraction, version: int, run_id: str, now: datetime) -> DocumentRows:
    """The validated rows of one extraction stored as ``version``."""
    d = x.document
    out = DocumentRows(d.id, version)
    key = {"doc_id": d.id, "version": version}
    url = safe_url(d.url)
    if d.url and url is None:
        out.notes.append("dropped a URL that is not http(s)")
    out.add(shapes, "documents", [{
        **key, "is_current": True, "title": d.title, "url": url, "published": d.published, "source": d.source,
        "content_hash": d.content_hash, "text": d.text, "n_chars": len(d.text), "ingested_at": now,
        "run_id": run_id,
    }])
    out.add(shapes, "sentences", ({**key, "idx": s.index, "start_char": s.start, "end_char": s.end, "text": s.text}
                                  for s in x.sentences))
    out.add(shapes, "entities", ({**key, "idx": i, "text": e.text, "label": e.label, "start_char": e.start,
                                  "end_char": e.end} for i, e in enumerate(x.entities)))
    out.add(shapes, "actors", ({**key, "idx": i, **_actor(a), "role": a.role, "kind": a.kind, "rule": a.rule,
                                "organisation": a.organisation, "start_char": a.start, "end_char": a.end}
                               for i, a in enumerate(x.actors)))
    latest = latest_day(date.fromisoformat(d.published)) if d.published else latest_day(now.date())
    events = [_event(e, d.published, latest, out.notes) for e in x.events]
    out.add(shapes, "events", ({**key, **row} for row in events))
    out.add(shapes, "event_participants", ({**key, **row} for e in x.events for row in _participants(e)))
    out.add(shapes, "quotes", ({**key, "quote_id": q.id, "text": q.text, "start_char": q.start, "end_char": q.end,
                                "direct": q.direct, "cue": q.cue, **_speaker(q.speaker), "type": q.type,
                                "attribution": q.attribution or q.id, "events": list(q.events)}
                               for q in x.quotes))
    out.add(shapes, "places", ({**key, "idx": i, "text": p.text, "name": p.name, "country": p.country, "lat": p.lat,
                                "lon": p.lon, "feature": p.feature, "is_actor": p.is_actor, "start_char": p.start,
                                "end_char": p.end} for i, p in enumerate(x.places)))
    out.add(shapes, "dates", ({**key, "idx": i, "text": t.text, "value": t.value, "granularity": t.granularity,
                               "source": t.source, "first_day": _first_day(t), "start_char": t.start,
                               "end_char": t.end} for i, t in enumerate(x.dates)))
    out.add(shapes, "quantities", ({**key, "idx": i, "text": q.text, "value": q.value, "unit": q.unit,
                                    "qualifier": q.qualifier, "category": q.category, "country": q.country,
                                    "start_char": q.start, "end_char": q.end} for i, q in enumerate(x.quantities)))
    return out


def safe_url(url: str | None) -> str | None:
    """The URL when it is an absolute http(s) URL, else None: no other scheme may become a link."""
    return web_url(url)


def _actor(a: Actor) -> dict[str, Any]:
    return {"text": a.text, "name": a.name, "country": a.country, "sector": a.sector}


def _speaker(a: Actor | None) -> dict[str, Any]:
    if a is None:
        return {}
    return {"speaker_text": a.text, "speaker_name": a.name, "speaker_country": a.country,
            "speaker_sector": a.sector}


def _first_day(ref: DateRef) -> date | None:
    if ref.first_day is None:
        return None
    try:
        return date.fromisoformat(ref.first_day)
    except ValueError as error:
        raise RecordError(f"dates: first_day {ref.first_day!r} of {ref.text!r} is not a day: {error}") from error


def _event(e: Event, published: str | None, latest: date, notes: list[str]) -> dict[str, Any]:
    value, granularity, day = _event_date(e, published, latest, notes)
    loc = e.location
    return {
        "event_id": e.id, "type": e.type, "mode": e.mode, "context": list(e.context), "cameo": e.cameo,
        "score": e.score, "quad": e.quad, "negated": e.negated, "factuality": e.factuality,
        "reported": e.is_reported, "reciprocal": e.reciprocal,
        "attributed_text": e.attributed_to.text if e.attributed_to else None,
        "attributed_name": e.attributed_to.name if e.attributed_to else None,
        "attributed_country": e.attributed_to.country if e.attributed_to else None,
        "date": value, "date_granularity": granularity, "event_day": day,
        "location_name": (loc.name or loc.text) if loc else None, "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "trigger_text": e.trigger.text, "trigger_start": e.trigger.start, "trigger_end": e.trigger.end,
        "sentence_text": e.sentence.text, "sentence_start": e.sentence.start, "sentence_end": e.sentence.end,
        "confidence": e.confidence, "cluster": e.cluster,
        "actor_countries": sorted({a.country for a in e.actor if a.country}),
        "recipient_countries": sorted({a.country for a in e.recipient if a.country}),
        "quantities": json.dumps([q.to_dict() for q in e.quantities]),
    }


def _event_date(e: Event, published: str | None, latest: date,
                notes: list[str]) -> tuple[str | None, str | None, date | None]:
    """(value, granularity, day): the event's own date by its first day, else the publication day."""
    fallback = date.fromisoformat(published) if published else None
    if e.date is None or e.date.value is None:
        return None, None, fallback
    day = _first_day(e.date)
    if day is None:
        notes.append(f"{e.id}: date {e.date.value!r} has no first day; stored without a date")
        return None, None, fallback
    if day > latest:
        notes.append(f"{e.id}: date {e.date.value!r} is after {latest.isoformat()}; stored without a date")
        return None, None, fallback
    return e.date.value, e.date.granularity, day


def _participants(e: Event) -> list[dict[str, Any]]:
    rows = []
    for role, actors in (("actor", e.actor), ("recipient", e.recipient)):
        for i, a in enumerate(actors):
            rows.append({"event_id": e.id, "role": role, "idx": i, **_actor(a), "start_char": a.start,
                         "end_char": a.end})
    return rows


# --- one value against its column ----------------------------------------------------------------------


def _checked(table: str, column: Column, value: Any, check: Callable[[Any], Any] | None = None) -> Any:
    if value is None:
        if not column.nullable:
            raise RecordError(f"{table}.{column.name}: a value is required")
        return None
    try:
        return (check or _CHECKS.get(column.type, _as_is))(value)
    except (TypeError, ValueError) as error:
        shown = repr(value)
        shown = shown if len(shown) <= 80 else shown[:77] + "..."
        raise RecordError(f"{table}.{column.name} ({column.type}): {shown}: {error}") from error


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    if "\x00" in value:
        raise ValueError("contains a NUL character")
    if len(value) > MAX_TEXT:
        raise ValueError(f"longer than {MAX_TEXT:,} characters")
    if value.isascii():  # no surrogate possible; skips encoding a whole article just to check it
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate cannot be stored as UTF-8
        raise ValueError(f"not valid Unicode ({error.reason})") from error
    return value


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    if not INT32[0] <= value <= INT32[1]:
        raise ValueError("outside the 32-bit range")
    return value


def _unsigned_list(value: Any) -> list[int]:
    items = list(value)
    if any(isinstance(v, bool) or not isinstance(v, int) or not 0 <= v < 2**32 for v in items):
        raise ValueError("expected unsigned 32-bit integers")
    return items


def _double(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError("not a finite number")
    return number


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {type(value).__name__}")
    return value


def _day(value: Any) -> date:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, str):
        value = date.fromisoformat(value)
    if not isinstance(value, date):
        raise TypeError(f"expected a day, got {type(value).__name__}")
    return value


def _timestamp(value: Any) -> datetime:
    if not isinstance(value, datetime):
        raise TypeError(f"expected a timestamp, got {type(value).__name__}")
    return value


def _text_list(value: Any) -> list[str]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise TypeError(f"expected a list of text, got {type(value).__name__}")
    return [_text(v) for v in value]


def _json(value: Any) -> str:
    text = _text(value)
    json.loads(text)
    return text


def _as_is(value: Any) -> Any:
    return value


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "VARCHAR": _text, "INTEGER": _integer, "DOUBLE": _double, "BOOLEAN": _boolean, "DATE": _day,
    "TIMESTAMP": _timestamp, "VARCHAR[]": _text_list, "JSON": _json, "UINTEGER[]": _unsigned_list,
}  # fmt: skip
