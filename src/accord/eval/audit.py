"""A precision audit that reads like GDELT's: N events drawn at random from accord's output, judged by hand.

``accord eval audit PATHS --n 100 --seed 0 --out SHEET.csv`` writes a judging sheet; judges fill in its
verdict columns; ``accord eval audit --score SHEET.csv`` prints the share right with a 95% Wilson interval.

The draw: every asserted event gets a rank, the sha256 of ``seed``, its document id and its event id; the N
lowest ranks are drawn. That is a uniform sample without replacement, the same for the same seed and the
same output, and an event that survives a coder change keeps its rank (two versions' sheets overlap).

The shares (``docs/eval.md``) have every judged event as denominator, so that a spurious event counts
against the type, the actors, the date and the place: GDELT's published figures (event code 81%, actor1
79%, actor2 78.5%) are shares of all sampled events. The share among real events is printed beside them.
The sheets hold article text: working files, never committed.
"""

from __future__ import annotations

import csv
import hashlib
import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accord.errors import EvalError
from accord.eval.metrics import ratio, wilson_interval
from accord.eval.realnews import annotation_paths, load_annotation
from accord.eval.realnews_match import predicted_asserted
from accord.records import Actor, Document, Event, Extraction

VERDICTS = ("real_event", "type", "actor", "recipient", "date", "place")
FIELDS = (
    "row", "doc_id", "event_id", "previous_sentence", "sentence", "next_sentence",
    "event_type", "mode", "cameo", "score", "trigger",
    "actor_text", "actor_name", "actor_country", "actor_sector",
    "recipient_text", "recipient_name", "recipient_country", "recipient_sector",
    "event_date", "event_date_granularity", "event_place", "event_place_country", "factuality", "negated",
    *VERDICTS, "notes",
)
VALUES = ("y", "n", "na")
INSTRUCTIONS = """How to judge this sheet (accord eval audit; docs/eval.md)

Each row is one event accord coded, drawn at random. Read the sentence with its neighbours and the event's
fields (event_type, the actor_* and recipient_* columns, event_date, event_place), then fill in the verdict
columns with y (right), n (wrong) or na, and anything worth saying in notes. Judge from the text alone.

real_event  y: the sentence asserts that a political interaction of the coded kind or of another PLOVER
            type happened or is happening (a reported one counts), at the trigger's words.
            n: no such event (a comment, a description, a hypothetical, a denied or future act, sport,
            business, a mistake of reading).
            If real_event is n, write na in the five other columns (they count as wrong).
type        y: the PLOVER type (event_type) is right for that event; n: wrong.
actor       y: the source actor is right: the one who acts, with the right country and sector (and the
            right named group or person where the text names one); n: wrong, or empty when the text
            says who acted.
recipient   y: the target is right, or correctly empty when the event has none; n: wrong, empty when the
            text names a target, or filled when it has none.
date        y: event_date is when it happened (at the precision the text allows), or correctly empty;
            n: wrong, or empty when the text dates it. event_date is written at its granularity (the
            event_date_granularity column): 2016-03-01 a day, 2016-W09 a week, 2016-03 a month, 2016 a year,
            198 a decade (the 1980s), 19 a century.
place       y: event_place is where it happened, or correctly empty when the text does not say;
            n: wrong, or empty when the text says where.
Every row with real_event y needs y or n in each of the five other columns.
"""


# --- drawing --------------------------------------------------------------------------------------------


def draw_rank(seed: int, doc_id: str, event_id: str) -> str:
    return hashlib.sha256(f"{seed}\x00{doc_id}\x00{event_id}".encode()).hexdigest()


def _sides(actors: Sequence[Actor], prefix: str) -> dict[str, str]:
    def join(values: Iterable[str | None]) -> str:
        return "; ".join(v or "" for v in values) if actors else ""

    return {f"{prefix}_text": join(a.text for a in actors), f"{prefix}_name": join(a.name for a in actors),
            f"{prefix}_country": join(a.country for a in actors), f"{prefix}_sector": join(a.sector for a in actors)}


def _neighbours(extraction: Extraction, event: Event) -> tuple[str, str, str]:
    sentences = extraction.sentences
    index = next((i for i, s in enumerate(sentences) if s.start <= event.sentence.start < s.end + 1), None)
    if index is None:
        return "", event.sentence.text, ""
    before = sentences[index - 1].text if index > 0 else ""
    after = sentences[index + 1].text if index + 1 < len(sentences) else ""
    return before, event.sentence.text, after


def sheet_row(extraction: Extraction, event: Event) -> dict[str, str]:
    previous, sentence, following = _neighbours(extraction, event)
    place = event.location
    factuality = event.factuality
    row = {
        "doc_id": extraction.document.id, "event_id": event.id,
        "previous_sentence": previous, "sentence": sentence, "next_sentence": following,
        "event_type": event.type, "mode": event.mode or "", "cameo": event.cameo or "",
        "score": "" if event.score is None else f"{event.score:g}", "trigger": event.trigger.text,
        **_sides(event.actor, "actor"), **_sides(event.recipient, "recipient"),
        "event_date": (event.date.value or "") if event.date else "",
        "event_date_granularity": (event.date.granularity or "") if event.date else "",
        "event_place": (place.name or place.text) if place else "",
        "event_place_country": (place.country or "") if place else "",
        "factuality": str(factuality), "negated": "true" if event.negated else "false",
    }
    return {name: row.get(name, "") for name in FIELDS}


def draw_events(extractions: Iterable[Extraction], n: int, seed: int) -> list[dict[str, str]]:
    """The sheet rows of the ``n`` asserted events of lowest rank, in document and text order."""
    if n < 1:
        raise EvalError("the sample size must be at least 1")
    kept: list[tuple[str, int, int, dict[str, str]]] = []  # a max-heap on the rank, by its negation's order
    for order, extraction in enumerate(extractions):
        for event in extraction.events:
            if not predicted_asserted(event):
                continue
            rank = draw_rank(seed, extraction.document.id, event.id)
            item = (_inverted(rank), order, event.sentence.start, sheet_row(extraction, event))
            if len(kept) < n:
                heapq.heappush(kept, item)
            elif item[0] > kept[0][0]:
                heapq.heapreplace(kept, item)
    rows = [row for _, _, _, row in sorted(kept, key=lambda item: (item[1], item[2], item[3]["event_id"]))]
    for number, row in enumerate(rows, start=1):
        row["row"] = str(number)
    return rows


def _inverted(rank: str) -> str:
    """A key that sorts the other way round: the heap's smallest is the largest rank kept."""
    return rank.translate(str.maketrans("0123456789abcdef", "fedcba9876543210"))


def excluded_documents(directory: str | Path) -> tuple[frozenset[str], frozenset[str]]:
    """Ids and text hashes of the documents annotated under ``directory``."""
    annotations = [load_annotation(path) for path in annotation_paths([directory])]
    return (frozenset(a.source.id for a in annotations), frozenset(a.source.text_sha256 for a in annotations))


def is_excluded(document: Document, ids: frozenset[str], hashes: frozenset[str]) -> bool:
    return document.id in ids or document.content_hash in hashes


def write_sheet(rows: Sequence[Mapping[str, str]], path: str | Path) -> Path:
    """The sheet (CSV, UTF-8) and its instructions beside it; returns the instructions' path."""
    target = Path(path)
    with target.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(FIELDS))
        writer.writeheader()
        writer.writerows(rows)
    instructions = target.with_name(target.stem + ".instructions.txt")
    instructions.write_text(INSTRUCTIONS, encoding="utf-8")
    return instructions


# --- scoring --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Share:
    name: str
    right: int
    total: int
    real: int  # judged events that are real: the denominator of the share among real events

    def to_dict(self) -> dict[str, Any]:
        low, high = wilson_interval(self.right, self.total)
        low_real, high_real = wilson_interval(self.right, self.real)
        return {"measure": self.name, "share": round(ratio(self.right, self.total), 4),
                "ci95_low": round(low, 4), "ci95_high": round(high, 4), "right": self.right, "judged": self.total,
                "share_of_real": round(ratio(self.right, self.real), 4),
                "ci95_of_real": [round(low_real, 4), round(high_real, 4)], "real": self.real}


@dataclass(frozen=True)
class AuditReport:
    shares: tuple[Share, ...]
    judged: int
    unjudged: int

    def to_dict(self) -> dict[str, Any]:
        return {"judged": self.judged, "unjudged": self.unjudged, "shares": [s.to_dict() for s in self.shares]}


MEASURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("real event", ("real_event",)),
    ("type", ("real_event", "type")),
    ("source actor", ("real_event", "actor")),
    ("target", ("real_event", "recipient")),
    ("date", ("real_event", "date")),
    ("place", ("real_event", "place")),
    ("type + both actors", ("real_event", "type", "actor", "recipient")),
    ("everything", VERDICTS),
)


def read_sheet(path: str | Path) -> list[dict[str, str]]:
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.DictReader(stream))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise EvalError(f"{path}: cannot read the sheet: {error}") from error
    missing = [c for c in (*VERDICTS, "doc_id", "event_id") if rows and c not in rows[0]]
    if missing:
        raise EvalError(f"{path}: not an audit sheet: no column {', '.join(missing)}")
    return rows


def _verdicts(row: Mapping[str, str], line: int) -> dict[str, str] | None:
    """The row's verdicts, None when it is not judged yet; an EvalError names a bad or missing value."""
    values = {name: (row.get(name) or "").strip().lower() for name in VERDICTS}
    if not values["real_event"]:
        return None
    bad = [f"{name}={value!r}" for name, value in values.items() if value and value not in VALUES]
    if values["real_event"] == "na":
        bad.append("real_event must be y or n")
    if values["real_event"] == "y":
        bad += [f"{name} needs y or n" for name, value in values.items() if value not in ("y", "n")]
    if bad:
        raise EvalError(f"sheet row {line} ({row.get('event_id')}): " + "; ".join(bad))
    return values


def score_sheet(rows: Sequence[Mapping[str, str]]) -> AuditReport:
    """Shares of all judged events (rows whose real_event is filled in); unjudged rows are counted apart."""
    judged = [v for line, row in enumerate(rows, start=2) if (v := _verdicts(row, line)) is not None]
    real = [v for v in judged if v["real_event"] == "y"]
    shares = []
    for name, needed in MEASURES:
        right = sum(all(v[c] == "y" for c in needed) for v in judged)
        shares.append(Share(name, right, len(judged), len(real)))
    return AuditReport(tuple(shares), len(judged), len(rows) - len(judged))
