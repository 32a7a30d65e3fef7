"""Scoring event coding against PLOVER gold records (one sentence, one coded event each).

Gold format (one JSON object per line): ``id``, ``text``, ``date``, ``type``, ``mode``, ``context``,
``actor`` and ``recipient`` as lists of ``{text, code, sector}``; ``code`` is ISO 3166-1 alpha-3 for
states, or a CAMEO non-state code (IGO, NGO, ...) for organisations.

Definitions (all pure functions of the gold records and the predicted events):

* event type: a record is *found* when some predicted event of its document has the gold type; recall is
  found records / records, precision is found records / every predicted event in those documents.
* full: as event type, but the event must also carry the gold participants: gold actors among the predicted
  actors and gold recipients among the predicted recipients, or the two sides swapped (reciprocal coding).
  A record without recipients (both sides coded as actors) needs its actors on either side.
  State participants match by country code, non-state ones (IGO, NGO, ...) by actor text.
* actor-country accuracy: of the gold state participants, the share whose country appears among the
  participants of the best predicted event (gold type first, then most participants matched).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accord.errors import EvalError
from accord.eval.metrics import PRF, norm_text, ratio
from accord.records import Actor, Event, Extraction

# CAMEO codes for actors that belong to no state: matched by their text, not by country.
NON_STATE_CODES = frozenset({"IGO", "NGO", "IMG", "MNC", "UAF", "UIS"})
NO_EVENT = "NONE"


@dataclass(frozen=True)
class GoldParticipant:
    text: str
    code: str | None
    sector: str | None = None

    @property
    def is_state(self) -> bool:
        return bool(self.code) and self.code not in NON_STATE_CODES


@dataclass(frozen=True)
class PloverRecord:
    id: str
    text: str
    date: str | None
    type: str
    actor: tuple[GoldParticipant, ...] = ()
    recipient: tuple[GoldParticipant, ...] = ()
    mode: str | None = None
    context: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PloverRecord:
        return cls(
            id=str(data["id"]),
            text=str(data["text"]),
            date=data.get("date"),
            type=str(data["type"]),
            actor=tuple(_participant(p) for p in data.get("actor") or ()),
            recipient=tuple(_participant(p) for p in data.get("recipient") or ()),
            mode=data.get("mode"),
            context=data.get("context"),
        )


def _participant(data: Mapping[str, Any]) -> GoldParticipant:
    return GoldParticipant(text=str(data.get("text") or ""), code=data.get("code"), sector=data.get("sector"))


def load_plover_gold(path: str | Path) -> list[PloverRecord]:
    """Read a PLOVER gold JSONL file; a malformed line is an EvalError naming the line."""
    records = []
    source = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise EvalError(f"{source}: cannot read: {error}") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append(PloverRecord.from_dict(json.loads(line)))
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise EvalError(f"{source}:{number}: not a PLOVER gold record: {error}") from error
    return records


# --- matching ----------------------------------------------------------------------------------------


def participant_matches(gold: GoldParticipant, actor: Actor) -> bool:
    if gold.is_state:
        return actor.country == gold.code
    gold_text = norm_text(gold.text)
    if not gold_text:
        return False
    return any(
        candidate and (gold_text in norm_text(candidate) or norm_text(candidate) in gold_text)
        for candidate in (actor.text, actor.name)
    )


def covers(gold: Sequence[GoldParticipant], predicted: Sequence[Actor]) -> bool:
    """Every gold participant is met by some predicted actor."""
    return all(any(participant_matches(g, a) for a in predicted) for g in gold)


def participants_match(record: PloverRecord, event: Event) -> bool:
    if not record.recipient:
        return covers(record.actor, (*event.actor, *event.recipient))
    direct = covers(record.actor, event.actor) and covers(record.recipient, event.recipient)
    swapped = covers(record.actor, event.recipient) and covers(record.recipient, event.actor)
    return direct or swapped


def full_match(record: PloverRecord, event: Event) -> bool:
    return event.type == record.type and participants_match(record, event)


def _matched_participants(record: PloverRecord, event: Event) -> int:
    everyone = (*event.actor, *event.recipient)
    return sum(any(participant_matches(g, a) for a in everyone) for g in (*record.actor, *record.recipient))


def best_event(record: PloverRecord, events: Sequence[Event]) -> Event | None:
    """The prediction a reader would compare with the gold: full match, then type, then participants."""
    if not events:
        return None
    return max(
        events,
        key=lambda e: (full_match(record, e), e.type == record.type, _matched_participants(record, e),
                       e.confidence),
    )


# --- scoring ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordResult:
    record: PloverRecord
    events: tuple[Event, ...]
    type_found: bool
    full_found: bool
    predicted_type: str
    state_participants: int
    countries_right: int

    @property
    def problem(self) -> str | None:
        if self.full_found:
            return None
        if not self.events:
            return "no event"
        if not self.type_found:
            return "wrong type"
        return "wrong participants"


@dataclass(frozen=True)
class PloverReport:
    records: int
    event_type: PRF
    full: PRF
    actor_country: tuple[int, int]  # (right, total) gold state participants
    per_type: dict[str, tuple[int, int]]  # gold type -> (found, total)
    confusion: dict[str, dict[str, int]]  # gold type -> predicted label -> count
    results: tuple[RecordResult, ...] = field(repr=False, default=())
    extra: dict[str, Any] = field(default_factory=dict)  # figures from other scorers (actor resolver)

    @property
    def actor_country_accuracy(self) -> float:
        return ratio(*self.actor_country)

    def errors(self) -> list[dict[str, Any]]:
        return [_error_row(r) for r in self.results if r.problem is not None]

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "event_type": self.event_type.to_dict(),
            "full": self.full.to_dict(),
            "actor_country_accuracy": round(self.actor_country_accuracy, 4),
            "actor_country": {"right": self.actor_country[0], "total": self.actor_country[1]},
            "per_type_recall": {
                t: {"recall": round(ratio(found, total), 4), "found": found, "total": total}
                for t, (found, total) in sorted(self.per_type.items())
            },
            "confusion": self.confusion,
            **self.extra,
        }


def score_record(record: PloverRecord, events: Sequence[Event]) -> RecordResult:
    type_found = any(e.type == record.type for e in events)
    full_found = any(full_match(record, e) for e in events)
    best = best_event(record, events)
    fallback = best.type if best is not None else NO_EVENT
    predicted_type = record.type if type_found else fallback
    states = [g for g in (*record.actor, *record.recipient) if g.is_state]
    countries = {a.country for a in (*best.actor, *best.recipient)} if best is not None else set()
    return RecordResult(
        record=record,
        events=tuple(events),
        type_found=type_found,
        full_found=full_found,
        predicted_type=predicted_type,
        state_participants=len(states),
        countries_right=sum(g.code in countries for g in states),
    )


def score_plover(records: Sequence[PloverRecord], predictions: Iterable[Sequence[Event]]) -> PloverReport:
    """Score predicted events (one sequence per record, in record order) against the gold records."""
    results = tuple(score_record(r, list(events)) for r, events in zip(records, predictions, strict=True))
    predicted = sum(len(r.events) for r in results)
    type_found = sum(r.type_found for r in results)
    full_found = sum(r.full_found for r in results)
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    for r in results:
        per_type[r.record.type][0] += r.type_found
        per_type[r.record.type][1] += 1
        confusion[r.record.type][r.predicted_type] += 1
    return PloverReport(
        records=len(results),
        event_type=PRF(type_found, predicted, type_found, len(results)),
        full=PRF(full_found, predicted, full_found, len(results)),
        actor_country=(sum(r.countries_right for r in results), sum(r.state_participants for r in results)),
        per_type={t: (found, total) for t, (found, total) in per_type.items()},
        confusion={t: dict(c) for t, c in sorted(confusion.items())},
        results=results,
    )


def score_extractions(records: Sequence[PloverRecord], extractions: Iterable[Extraction]) -> PloverReport:
    return score_plover(records, (x.events for x in extractions))


# --- presentation helpers -----------------------------------------------------------------------------


def describe_event(event: Event) -> str:
    def side(actors: Sequence[Actor]) -> str:
        return "+".join(a.country or a.text for a in actors) or "-"

    return f"{event.type} {side(event.actor)} -> {side(event.recipient)} ({event.trigger.text!r})"


def describe_gold(record: PloverRecord) -> str:
    def side(people: Sequence[GoldParticipant]) -> str:
        return "+".join(p.code or p.text for p in people) or "-"

    return f"{record.type} {side(record.actor)} -> {side(record.recipient)}"


def _error_row(result: RecordResult) -> dict[str, Any]:
    return {
        "id": result.record.id,
        "problem": result.problem,
        "gold": describe_gold(result.record),
        "predicted": "; ".join(describe_event(e) for e in result.events) or "-",
        "sentence": result.record.text,
    }


def confusion_rows(confusion: Mapping[str, Mapping[str, int]]) -> list[dict[str, Any]]:
    """The confusion table as rows: one per gold type, one column per predicted label that occurs."""
    labels = sorted({label for row in confusion.values() for label in row})
    if NO_EVENT in labels:
        labels = [label for label in labels if label != NO_EVENT] + [NO_EVENT]
    return [
        {"gold": gold, **{label: row.get(label, 0) or "" for label in labels}}
        for gold, row in sorted(confusion.items())
    ]
