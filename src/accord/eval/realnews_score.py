"""Scoring accord's output on one article against its whole-article annotation (definitions: ``docs/eval.md``).

Gold events that count are required and asserted (reported ones included); every other gold event is
optional: a prediction that fits one is neither right nor wrong. Predicted events that count are the
asserted ones. Each level (type; type + source actor; type + both sides) has its own one-to-one maximum
matching (``accord.eval.realnews_match`` says when a pair fits); the date and place of an event and the
missing source actors are judged on the pairs matched at the type level.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from accord.eval.metrics import PRF, max_matching, ratio
from accord.eval.realnews import ArticleAnnotation, Participant, RealEvent
from accord.eval.realnews_match import (
    actor_fits,
    can_match,
    closeness,
    date_right,
    gold_counts,
    place_right,
    predicted_asserted,
    sides_fit,
    type_fits,
)
from accord.eval.realnews_mentions import (
    MentionCounts,
    QuoteCounts,
    actor_records,
    mention_errors,
    score_mentions,
    score_quotes,
)
from accord.records import Actor, Event, Extraction

Fits = Callable[[RealEvent, Event], bool]
LEVELS: tuple[tuple[str, Fits], ...] = (("type", type_fits), ("type+actor", actor_fits), ("type+both", sides_fit))
CORPORA = ("guardian", "aeb", "polnear", "samples")


def _add(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return a[0] + b[0], a[1] + b[1]


def _add_types(a: Mapping[str, PRF], b: Mapping[str, PRF]) -> dict[str, PRF]:
    return {t: a.get(t, PRF()) + b.get(t, PRF()) for t in sorted({*a, *b})}


@dataclass(frozen=True)
class Counts:
    """Everything counted on some articles; counts of several articles add up (``+``)."""

    documents: int = 0
    gold_events: int = 0  # every annotated event
    gold_counted: int = 0  # required and asserted
    predicted_events: int = 0  # every predicted event
    predicted_asserted: int = 0
    levels: Mapping[str, PRF] = field(default_factory=dict)
    per_type: Mapping[str, PRF] = field(default_factory=dict)  # at the type level
    date: tuple[int, int] = (0, 0)  # right, matched events whose gold gives a date
    place: tuple[int, int] = (0, 0)
    source_missing: tuple[int, int] = (0, 0)  # matched events with a gold source but no predicted one, of those
    dated: tuple[int, int] = (0, 0)  # matched events carrying a date, of all matched events
    placed: tuple[int, int] = (0, 0)  # matched events carrying a place, of all matched events
    date_unasked: tuple[int, int] = (0, 0)  # matched events given a date, of those whose gold gives none
    place_unasked: tuple[int, int] = (0, 0)  # matched events given a place, of those whose gold gives none
    quotes: QuoteCounts = field(default_factory=QuoteCounts)
    mentions: MentionCounts = field(default_factory=MentionCounts)

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            documents=self.documents + other.documents,
            gold_events=self.gold_events + other.gold_events,
            gold_counted=self.gold_counted + other.gold_counted,
            predicted_events=self.predicted_events + other.predicted_events,
            predicted_asserted=self.predicted_asserted + other.predicted_asserted,
            levels=_add_types(self.levels, other.levels),
            per_type=_add_types(self.per_type, other.per_type),
            date=_add(self.date, other.date),
            place=_add(self.place, other.place),
            source_missing=_add(self.source_missing, other.source_missing),
            dated=_add(self.dated, other.dated),
            placed=_add(self.placed, other.placed),
            date_unasked=_add(self.date_unasked, other.date_unasked),
            place_unasked=_add(self.place_unasked, other.place_unasked),
            quotes=self.quotes + other.quotes,
            mentions=self.mentions + other.mentions,
        )

    def to_dict(self) -> dict[str, Any]:
        def share(pair: tuple[int, int]) -> dict[str, Any]:
            return {"share": round(ratio(*pair), 4), "right": pair[0], "total": pair[1]}

        return {
            "documents": self.documents,
            "gold_events": self.gold_events, "gold_counted": self.gold_counted,
            "predicted_events": self.predicted_events, "predicted_asserted": self.predicted_asserted,
            "levels": {name: prf.to_dict() for name, prf in self.levels.items()},
            "date_accuracy": share(self.date),
            "place_accuracy": share(self.place),
            "source_actor_missing": share(self.source_missing),
            "dated": share(self.dated),
            "placed": share(self.placed),
            "date_where_gold_has_none": share(self.date_unasked),
            "place_where_gold_has_none": share(self.place_unasked),
            "per_type": {name: prf.to_dict() for name, prf in self.per_type.items()},
            "quotes": self.quotes.to_dict(),
            "actor_mentions": self.mentions.to_dict(),
        }


@dataclass(frozen=True)
class ArticleReport:
    key: str  # corpus#id
    corpus: str  # guardian, aeb, polnear, samples, or the corpus file's stem
    split: str
    counts: Counts
    errors: tuple[dict[str, Any], ...] = field(default=(), repr=False)
    mention_errors: tuple[dict[str, Any], ...] = field(default=(), repr=False)  # actor mentions gotten wrong


def corpus_label(corpus: str) -> str:
    """The family a shared corpus path belongs to: ``realnews/guardian_dev.jsonl`` -> ``guardian``."""
    lowered = corpus.lower()
    for name in CORPORA:
        if name in lowered:
            return name
    return lowered.rstrip("/").rsplit("/", 1)[-1].split(".")[0]


# --- one article ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LevelResult:
    prf: PRF
    matching: dict[int, int]  # gold index -> predicted index
    wrong: tuple[int, ...]  # counted predictions matched to nothing


def score_level(gold: Sequence[RealEvent], predicted: Sequence[Event], fits: Fits,
                neutral: Collection[int] = ()) -> LevelResult:
    """One-to-one maximum matching over the gold events that count. An unmatched prediction is wrong
    unless it fits an optional gold event or is itself ``neutral`` (an optional event of a second
    annotator, when two annotations are compared)."""
    wanted = [i for i, g in enumerate(gold) if gold_counts(g)]
    optional = [g for g in gold if not gold_counts(g)]
    found = max_matching([gold[i] for i in wanted], predicted, fits, closeness)
    matched = set(found.values())
    wrong = tuple(j for j, e in enumerate(predicted)
                  if j not in matched and j not in neutral and not any(fits(g, e) for g in optional))
    prf = PRF(len(found), len(found) + len(wrong), len(found), len(wanted))
    return LevelResult(prf, {wanted[i]: j for i, j in found.items()}, wrong)


def _per_type(gold: Sequence[RealEvent], predicted: Sequence[Event], result: LevelResult) -> dict[str, PRF]:
    out: dict[str, PRF] = {}
    for i, g in enumerate(gold):
        if gold_counts(g):
            out[g.type] = out.get(g.type, PRF()) + PRF(0, 0, int(i in result.matching), 1)
    for j in (*result.matching.values(), *result.wrong):
        found = int(j in result.matching.values())
        out[predicted[j].type] = out.get(predicted[j].type, PRF()) + PRF(found, 1, 0, 0)
    return dict(sorted(out.items()))


def _date_start(e: Event) -> str | None:
    """The event's date as its first day (contract 1.1), which with its granularity names any period,
    seasons and centuries included; the value itself for records made before 1.1."""
    return (e.date.first_day or e.date.value) if e.date else None


def _attachments(gold: Sequence[RealEvent], predicted: Sequence[Event], matching: Mapping[int, int]
                 ) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    date = place = missing = (0, 0)
    for i, j in matching.items():
        g, e = gold[i], predicted[j]
        if g.date is not None:
            date = _add(date, (date_right(g.date, _date_start(e), e.date.granularity if e.date else None), 1))
        if g.place is not None:
            place = _add(place, (place_right(g.place, e.location), 1))
        if g.actor:
            missing = _add(missing, (not e.actor, 1))
    return date, place, missing


def _carried(gold: Sequence[RealEvent], predicted: Sequence[Event], matching: Mapping[int, int]
             ) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int], tuple[int, int]]:
    """Of the matched events: how many carry a date, a place; and how many are given one where the gold gives
    none (the annotators' "cannot tell" or "not said")."""
    dated = placed = date_unasked = place_unasked = (0, 0)
    for i, j in matching.items():
        g, e = gold[i], predicted[j]
        dated = _add(dated, (e.date is not None, 1))
        placed = _add(placed, (e.location is not None, 1))
        if g.date is None:
            date_unasked = _add(date_unasked, (e.date is not None, 1))
        if g.place is None:
            place_unasked = _add(place_unasked, (e.location is not None, 1))
    return dated, placed, date_unasked, place_unasked


def score_article(gold: ArticleAnnotation, extraction: Extraction,
                  neutral_ids: Collection[str] = ()) -> ArticleReport:
    """Score one extraction of the annotated text. ``neutral_ids``: predicted event ids that are neither
    right nor wrong when they match nothing."""
    predicted = [e for e in extraction.events if predicted_asserted(e)]
    neutral = {j for j, e in enumerate(predicted) if e.id in neutral_ids}
    results = {name: score_level(gold.events, predicted, fits, neutral) for name, fits in LEVELS}
    typed = results["type"]
    date, place, missing = _attachments(gold.events, predicted, typed.matching)
    dated, placed, date_unasked, place_unasked = _carried(gold.events, predicted, typed.matching)
    quotes, _ = score_quotes(extraction.document.text, gold.quotes, extraction.quotes)
    counts = Counts(
        documents=1,
        gold_events=len(gold.events),
        gold_counted=sum(gold_counts(g) for g in gold.events),
        predicted_events=len(extraction.events),
        predicted_asserted=len(predicted),
        levels={name: result.prf for name, result in results.items()},
        per_type=_per_type(gold.events, predicted, typed),
        date=date, place=place, source_missing=missing, dated=dated, placed=placed, date_unasked=date_unasked,
        place_unasked=place_unasked,
        quotes=quotes,
        mentions=score_mentions(gold.actors, actor_records(extraction)),
    )
    errors = event_errors(gold, extraction, predicted, typed)
    wrong_mentions = [{"doc": gold.key, "split": gold.split} | row for row in
                      mention_errors(gold.actors, actor_records(extraction), extraction.document.text)]
    return ArticleReport(gold.key, corpus_label(gold.source.corpus), gold.split, counts, tuple(errors),
                         tuple(wrong_mentions))


# --- errors ---------------------------------------------------------------------------------------------


def event_errors(gold: ArticleAnnotation, extraction: Extraction, predicted: Sequence[Event],
                 typed: LevelResult) -> list[dict[str, Any]]:
    """Misses (with the prediction of another type on the same words, if any), spurious events, and the
    sides, dates and places that matched events get wrong — a date or a place given where the gold says none
    is "date not said", "place not said"."""
    rows: list[dict[str, Any]] = []
    explained: set[int] = set()
    matched = set(typed.matching.values())
    unmatched = [j for j in range(len(predicted)) if j not in matched]
    for i, g in enumerate(gold.events):
        if not gold_counts(g) or i in typed.matching:
            continue
        other = next((j for j in unmatched if j not in explained and can_match(g, predicted[j])), None)
        if other is not None:
            explained.add(other)
        rows.append(_row(gold, extraction, "wrong type" if other is not None else "missed", g,
                         predicted[other] if other is not None else None))
    for j in typed.wrong:
        if j not in explained:
            rows.append(_row(gold, extraction, "spurious", None, predicted[j]))
    for i, j in typed.matching.items():
        g, e = gold.events[i], predicted[j]
        if not actor_fits(g, e):
            rows.append(_row(gold, extraction, "wrong actor", g, e))
        elif not sides_fit(g, e):
            rows.append(_row(gold, extraction, "wrong recipient", g, e))
        if g.date and not date_right(g.date, _date_start(e), e.date.granularity if e.date else None):
            rows.append(_row(gold, extraction, "wrong date", g, e))
        elif g.date is None and e.date is not None:
            rows.append(_row(gold, extraction, "date not said", g, e))  # the annotators' "cannot tell"
        if g.place and not place_right(g.place, e.location):
            rows.append(_row(gold, extraction, "wrong place", g, e))
        elif g.place is None and e.location is not None:
            rows.append(_row(gold, extraction, "place not said", g, e))
    return rows


def _row(gold: ArticleAnnotation, extraction: Extraction, kind: str, g: RealEvent | None,
         e: Event | None) -> dict[str, Any]:
    text = extraction.document.text
    return {
        "doc": gold.key, "split": gold.split, "kind": kind,
        "gold": describe_gold(g, text) if g else "",
        "predicted": describe_predicted(e) if e else "",
        "sentence": (_sentence(extraction, g) if g else e.sentence.text if e else "").strip(),
    }


def _sentence(extraction: Extraction, g: RealEvent) -> str:
    """The sentences accord split that hold the gold evidence (the evidence itself if none was split)."""
    found = [s.text for s in extraction.sentences if g.evidence.overlaps(s.start, s.end)]
    return " ".join(found) or extraction.document.text[g.evidence.start:g.evidence.end]


def _party(p: Participant, text: str) -> str:
    said = text[p.span.start:p.span.end] if p.span else ""
    label = " ".join(v for v in (p.country, p.sector) if v)
    who = p.name or said
    return " ".join(v for v in (who, f"[{label}]" if label else "") if v) or "?"


def _actor(a: Actor) -> str:
    label = " ".join(v for v in (a.country, a.sector) if v)
    who = a.name or a.text
    return f"{who} [{label}]" if label else who


def describe_gold(g: RealEvent, text: str) -> str:
    types = "/".join((g.type, *g.alternatives))
    actor = ", ".join(_party(p, text) for p in g.actor) or "-"
    recipient = ", ".join(_party(p, text) for p in g.recipient) or "-"
    parts = [f"{types} {actor} {'<->' if g.reciprocal else '->'} {recipient}",
             f"trigger {text[g.trigger.start:g.trigger.end]!r}"]
    if g.date:
        parts.append(f"date {g.date.value} ({g.date.granularity})")
    if g.place:
        parts.append(f"place {g.place.name}" + (f" [{g.place.country}]" if g.place.country else ""))
    if g.reported:
        parts.append("reported")
    return "; ".join(parts)


def describe_predicted(e: Event) -> str:
    actor = ", ".join(_actor(a) for a in e.actor) or "-"
    recipient = ", ".join(_actor(a) for a in e.recipient) or "-"
    parts = [f"{e.type} {actor} {'<->' if e.reciprocal else '->'} {recipient}", f"trigger {e.trigger.text!r}"]
    if e.date:
        parts.append(f"date {e.date.value} ({e.date.granularity})")
    if e.location:
        name = e.location.name or e.location.text
        parts.append(f"place {name}" + (f" [{e.location.country}]" if e.location.country else ""))
    return "; ".join(parts)
