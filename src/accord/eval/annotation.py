"""Hand annotations of single articles (the ``*.gold.json`` format of the shared sample), read into records.

Besides events, quotes, places, dates and quantities, an event may say what a coder should attach to it:
``date`` (ISO value), ``location`` (place text), ``attributed_to`` (who reported it), ``quantity``
(``{value, unit}``) and ``context`` (list). A side left out (no ``actor`` or ``recipient`` key) is not judged.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accord.errors import EvalError
from accord.eval.metrics import norm_text


@dataclass(frozen=True)
class GoldEvent:
    type: str
    evidence: str
    required: bool = True
    alternatives: tuple[str, ...] = ()
    actor: frozenset[str] | None = frozenset()  # None: the annotation does not judge this side
    recipient: frozenset[str] | None = frozenset()
    actor_text: str | None = None
    recipient_text: str | None = None
    reciprocal: bool = False
    date: str | None = None
    location: str | None = None
    attributed_to: str | None = None
    quantity: float | None = None
    context: tuple[str, ...] = ()

    @property
    def types(self) -> frozenset[str]:
        return frozenset({self.type, *self.alternatives})


@dataclass(frozen=True)
class GoldQuote:
    speaker: str
    content_starts: str
    required: bool = True
    direct: bool | None = None


@dataclass(frozen=True)
class GoldPlace:
    text: str
    country: str | None = None


@dataclass(frozen=True)
class GoldDate:
    text: str
    value: str


@dataclass(frozen=True)
class GoldQuantity:
    value: float
    unit: str | None = None


@dataclass(frozen=True)
class SampleGold:
    doc: str | None
    published: str | None
    events: tuple[GoldEvent, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    places: tuple[GoldPlace, ...] = ()
    dates: tuple[GoldDate, ...] = ()
    quantities: tuple[GoldQuantity, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SampleGold:
        return cls(
            doc=data.get("doc"),
            published=data.get("published"),
            events=tuple(_gold_event(e) for e in data.get("events") or ()),
            quotes=tuple(
                GoldQuote(str(q["speaker"]), str(q["content_starts"]), bool(q.get("required", True)),
                          q.get("direct"))
                for q in data.get("quotes") or ()
            ),
            places=tuple(GoldPlace(str(p["text"]), p.get("country")) for p in data.get("places") or ()),
            dates=tuple(GoldDate(str(d["text"]), str(d["value"])) for d in data.get("dates") or ()),
            quantities=tuple(
                GoldQuantity(float(q["value"]), q.get("unit")) for q in data.get("quantities") or ()
            ),
        )


def _gold_event(data: Mapping[str, Any]) -> GoldEvent:
    return GoldEvent(
        type=str(data["type"]),
        evidence=str(data["evidence"]),
        required=bool(data.get("required", True)),
        alternatives=tuple(data.get("alternatives") or ()),
        actor=frozenset(data["actor"] or ()) if "actor" in data else None,
        recipient=frozenset(data["recipient"] or ()) if "recipient" in data else None,
        actor_text=data.get("actor_text"),
        recipient_text=data.get("recipient_text"),
        reciprocal=bool(data.get("reciprocal", False)),
        date=data.get("date"),
        location=data.get("location"),
        attributed_to=data.get("attributed_to"),
        quantity=float(data["quantity"]["value"]) if data.get("quantity") else None,
        context=tuple(data.get("context") or ()),
    )


def load_sample_gold(path: str | Path) -> SampleGold:
    try:
        return SampleGold.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        raise EvalError(f"{path}: not a sample annotation: {error}") from error


def annotation_problems(gold: SampleGold, text: str) -> list[str]:
    """Annotated evidence, quote openings, dates and places that do not occur in the article text."""
    body = norm_text(text)
    checks = [
        *(("event evidence", e.evidence) for e in gold.events),
        *(("quote opening", q.content_starts) for q in gold.quotes),
        *(("date", d.text) for d in gold.dates),
        *(("place", p.text) for p in gold.places),
    ]
    return [f"{kind} not in text: {snippet!r}" for kind, snippet in checks if norm_text(snippet) not in body]
