"""Whole-article annotations of real news, by character offsets into texts that are not ours to copy.

One JSON file per article (``eval/annotations/realnews/*.json`` at the project root; format in
``docs/eval.md``, coding rules in ``docs/annotation.md``). A file names its text by corpus and id and holds
only offsets, labels and the annotator's own short names: the article itself stays in ``../shared`` and is
read back the way ``accord ingest`` reads it (``accord.eval.sources``). The text's sha256 is recorded, so a
changed reader (a new trafilatura, a new normaliser) is caught at load instead of shifting every offset.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from accord.errors import EvalError

FORMAT = "accord-realnews-annotation/1"
FACTUALITIES = ("asserted", "negated", "hypothetical", "future")
GRANULARITIES = ("day", "week", "month", "quarter", "season", "year", "decade", "century")
SPLITS = ("dev", "heldout")
PARTICIPANT_KINDS = ("state", "organisation", "group", "person")


@dataclass(frozen=True)
class Offsets:
    """A stretch of the article text, ``text[start:end]``."""

    start: int
    end: int

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end

    def within(self, start: int, end: int) -> bool:
        return start <= self.start and self.end <= end

    def to_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True)
class Participant:
    """One side of an event, a quote's speaker or an actor mention: a country + sector, a named entry, or both.

    ``span`` is the mention that names it in or near the event's sentence (for a pronoun, the pronoun; the
    ``name`` then says whom it refers to). ``kind``: state (a country or its government, forces, officials),
    organisation, group (people of a sector, "protesters"), person.
    """

    span: Offsets | None
    country: str | None
    sector: str | None
    name: str | None = None
    kind: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class DateValue:
    """The first day of the period (ISO) and how wide it is."""

    value: str
    granularity: str = "day"
    span: Offsets | None = None


@dataclass(frozen=True)
class PlaceValue:
    name: str
    country: str | None = None
    span: Offsets | None = None


@dataclass(frozen=True)
class RealEvent:
    id: str
    type: str
    trigger: Offsets
    evidence: Offsets
    actor: tuple[Participant, ...] = ()
    recipient: tuple[Participant, ...] = ()
    mode: str | None = None
    context: tuple[str, ...] = ()
    factuality: str = "asserted"
    reported: bool = False  # told by a source the article cites, not by the article itself
    reciprocal: bool = False  # both sides act alike (talks, clashes): the sides may be swapped or merged
    date: DateValue | None = None
    place: PlaceValue | None = None
    alternatives: tuple[str, ...] = ()
    required: bool = True  # False: a borderline event that neither rewards nor punishes a coder

    @property
    def types(self) -> frozenset[str]:
        return frozenset({self.type, *self.alternatives})

    @property
    def real(self) -> bool:
        """Asserted (by the article or by a source it cites): what a coder's default output should hold."""
        return self.factuality == "asserted"


@dataclass(frozen=True)
class RealQuote:
    id: str
    content: tuple[Offsets, ...]  # several parts when the attribution interrupts the content
    speaker: Participant | None
    cue: Offsets | None = None
    direct: bool = False
    required: bool = True  # False: a borderline attribution that neither rewards nor punishes


@dataclass(frozen=True)
class SourceRef:
    """Which text the offsets refer to: a file under the shared folder and the document id inside it."""

    corpus: str  # path relative to ../shared, e.g. "realnews/guardian_dev.jsonl"
    id: str
    text_sha256: str
    chars: int
    reader: str = ""  # what produced the text (accord and trafilatura versions), for the record


@dataclass(frozen=True)
class ArticleAnnotation:
    source: SourceRef
    published: str | None
    split: str
    political: bool
    events: tuple[RealEvent, ...] = ()
    quotes: tuple[RealQuote, ...] = ()
    actors: tuple[Participant, ...] = ()
    annotator: str = ""
    notes: str = ""

    @property
    def key(self) -> str:
        return f"{self.source.corpus}#{self.source.id}"


# ---------------------------------------------------------------------------------------------- reading


def _offsets(value: Any) -> Offsets | None:
    if value is None:
        return None
    if not (isinstance(value, Sequence) and len(value) == 2 and all(isinstance(v, int) for v in value)):
        raise ValueError(f"offsets must be [start, end], got {value!r}")
    return Offsets(int(value[0]), int(value[1]))


def _required_offsets(value: Any, what: str) -> Offsets:
    found = _offsets(value)
    if found is None:
        raise ValueError(f"{what} needs offsets")
    return found


def _participant(data: Mapping[str, Any]) -> Participant:
    return Participant(
        span=_offsets(data.get("span")),
        country=data.get("country"),
        sector=data.get("sector"),
        name=data.get("name"),
        kind=data.get("kind"),
        role=data.get("role"),
    )


def _event(data: Mapping[str, Any]) -> RealEvent:
    date = data.get("date")
    place = data.get("place")
    return RealEvent(
        id=str(data["id"]),
        type=str(data["type"]),
        trigger=_required_offsets(data.get("trigger"), "an event's trigger"),
        evidence=_required_offsets(data.get("evidence"), "an event's evidence"),
        actor=tuple(_participant(p) for p in data.get("actor") or ()),
        recipient=tuple(_participant(p) for p in data.get("recipient") or ()),
        mode=data.get("mode"),
        context=tuple(data.get("context") or ()),
        factuality=str(data.get("factuality", "asserted")),
        reported=bool(data.get("reported", False)),
        reciprocal=bool(data.get("reciprocal", False)),
        date=DateValue(str(date["value"]), str(date.get("granularity", "day")), _offsets(date.get("span")))
        if date else None,
        place=PlaceValue(str(place["name"]), place.get("country"), _offsets(place.get("span"))) if place else None,
        alternatives=tuple(data.get("alternatives") or ()),
        required=bool(data.get("required", True)),
    )


def _quote(data: Mapping[str, Any]) -> RealQuote:
    parts = data.get("content") or []
    if parts and isinstance(parts[0], int):
        parts = [parts]
    speaker = data.get("speaker")
    return RealQuote(
        id=str(data["id"]),
        content=tuple(_required_offsets(p, "a quote's content") for p in parts),
        speaker=_participant(speaker) if speaker else None,
        cue=_offsets(data.get("cue")),
        direct=bool(data.get("direct", False)),
        required=bool(data.get("required", True)),
    )


def annotation_from_dict(data: Mapping[str, Any]) -> ArticleAnnotation:
    if data.get("format") != FORMAT:
        raise ValueError(f"format must be {FORMAT!r}, got {data.get('format')!r}")
    source = data["source"]
    return ArticleAnnotation(
        source=SourceRef(str(source["corpus"]), str(source["id"]), str(source["text_sha256"]),
                         int(source["chars"]), str(source.get("reader", ""))),
        published=data.get("published"),
        split=str(data.get("split", "dev")),
        political=bool(data.get("political", True)),
        events=tuple(_event(e) for e in data.get("events") or ()),
        quotes=tuple(_quote(q) for q in data.get("quotes") or ()),
        actors=tuple(_participant(a) for a in data.get("actors") or ()),
        annotator=str(data.get("annotator", "")),
        notes=str(data.get("notes", "")),
    )


def load_annotation(path: str | Path) -> ArticleAnnotation:
    try:
        return annotation_from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        raise EvalError(f"{path}: not a real-news annotation: {error}") from error


def annotation_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Every ``*.json`` file named or below a named directory, sorted."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        found.extend(sorted(path.rglob("*.json")) if path.is_dir() else [path])
    return found


# ---------------------------------------------------------------------------------------------- writing


def _participant_dict(p: Participant) -> dict[str, Any]:
    out: dict[str, Any] = {"span": p.span.to_list() if p.span else None, "country": p.country, "sector": p.sector}
    for key in ("name", "kind", "role"):
        if getattr(p, key):
            out[key] = getattr(p, key)
    return out


def _event_dict(e: RealEvent) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": e.id, "type": e.type, "mode": e.mode, "context": list(e.context),
        "trigger": e.trigger.to_list(), "evidence": e.evidence.to_list(),
        "actor": [_participant_dict(p) for p in e.actor],
        "recipient": [_participant_dict(p) for p in e.recipient],
        "factuality": e.factuality, "reported": e.reported, "reciprocal": e.reciprocal,
        "date": {"value": e.date.value, "granularity": e.date.granularity,
                 "span": e.date.span.to_list() if e.date.span else None} if e.date else None,
        "place": {"name": e.place.name, "country": e.place.country,
                  "span": e.place.span.to_list() if e.place.span else None} if e.place else None,
    }
    if e.alternatives:
        out["alternatives"] = list(e.alternatives)
    if not e.required:
        out["required"] = False
    return out


def _quote_dict(q: RealQuote) -> dict[str, Any]:
    out: dict[str, Any] = {"id": q.id, "content": [c.to_list() for c in q.content],
                           "speaker": _participant_dict(q.speaker) if q.speaker else None,
                           "cue": q.cue.to_list() if q.cue else None, "direct": q.direct}
    if not q.required:
        out["required"] = False
    return out


def annotation_to_dict(a: ArticleAnnotation) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "source": {"corpus": a.source.corpus, "id": a.source.id, "text_sha256": a.source.text_sha256,
                   "chars": a.source.chars, "reader": a.source.reader},
        "published": a.published, "split": a.split, "political": a.political,
        "annotator": a.annotator, "notes": a.notes,
        "events": [_event_dict(e) for e in a.events],
        "quotes": [_quote_dict(q) for q in a.quotes],
        "actors": [_participant_dict(p) for p in a.actors],
    }


_OFFSET_PAIR = re.compile(r"\[\s+(\d+),\s+(\d+)\s+\]")


def write_annotation(a: ArticleAnnotation, path: str | Path) -> None:
    """Indented JSON with each [start, end] pair on one line, so that a diff of two versions reads well."""
    text = json.dumps(annotation_to_dict(a), indent=1, ensure_ascii=False)
    Path(path).write_text(_OFFSET_PAIR.sub(r"[\1, \2]", text) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------- checking


@dataclass(frozen=True)
class Vocabulary:
    """The labels an annotation may use: PLOVER types with their modes, contexts, sectors."""

    types: frozenset[str]
    modes: Mapping[str, frozenset[str]]
    contexts: frozenset[str]
    sectors: frozenset[str]


@cache
def vocabulary() -> Vocabulary:
    ontology = yaml.safe_load(resources.files("accord.data.events").joinpath("ontology.yaml").read_text("utf-8"))
    sectors = yaml.safe_load(resources.files("accord.data.actors").joinpath("sectors.yaml").read_text("utf-8"))
    types = ontology["types"]
    return Vocabulary(
        types=frozenset(types),
        modes={name: frozenset(spec.get("modes") or ()) for name, spec in types.items()},
        contexts=frozenset(ontology["contexts"]),
        sectors=frozenset(sectors["codes"]),
    )


def _span_problems(what: str, span: Offsets | None, chars: int) -> list[str]:
    if span is None:
        return []
    if not 0 <= span.start < span.end <= chars:
        return [f"{what}: offsets {span.to_list()} outside the text (0..{chars}) or empty"]
    return []


def _participant_problems(what: str, p: Participant, chars: int, vocab: Vocabulary) -> list[str]:
    problems = _span_problems(what, p.span, chars)
    if p.sector is not None and p.sector not in vocab.sectors:
        problems.append(f"{what}: unknown sector {p.sector!r}")
    if p.country is not None and not (len(p.country) == 3 and p.country.isupper()):
        problems.append(f"{what}: country must be ISO 3166-1 alpha-3, got {p.country!r}")
    if p.kind is not None and p.kind not in PARTICIPANT_KINDS:
        problems.append(f"{what}: kind must be one of {', '.join(PARTICIPANT_KINDS)}")
    if p.country is None and p.sector is None and not p.name:
        problems.append(f"{what}: says nothing (no country, sector or name)")
    return problems


def _event_problems(e: RealEvent, chars: int, vocab: Vocabulary) -> list[str]:
    what = f"event {e.id}"
    problems = [f"{what}: unknown type {t!r}" for t in (e.type, *e.alternatives) if t not in vocab.types]
    if e.mode is not None and e.type in vocab.modes and e.mode not in vocab.modes[e.type]:
        problems.append(f"{what}: mode {e.mode!r} is not a mode of {e.type}")
    problems += [f"{what}: unknown context {c!r}" for c in e.context if c not in vocab.contexts]
    if e.factuality not in FACTUALITIES:
        problems.append(f"{what}: factuality must be one of {', '.join(FACTUALITIES)}")
    problems += _span_problems(f"{what} trigger", e.trigger, chars)
    problems += _span_problems(f"{what} evidence", e.evidence, chars)
    if not e.trigger.within(e.evidence.start, e.evidence.end):
        problems.append(f"{what}: trigger lies outside its evidence")
    for side, participants in (("actor", e.actor), ("recipient", e.recipient)):
        for p in participants:
            problems += _participant_problems(f"{what} {side}", p, chars, vocab)
    if e.date is not None:
        problems += _date_problems(what, e.date, chars)
    if e.place is not None:
        problems += _span_problems(f"{what} place", e.place.span, chars)
    return problems


def _date_problems(what: str, date: DateValue, chars: int) -> list[str]:
    from datetime import date as calendar_date

    problems = _span_problems(f"{what} date", date.span, chars)
    if date.granularity not in GRANULARITIES:
        problems.append(f"{what}: date granularity must be one of {', '.join(GRANULARITIES)}")
    try:
        calendar_date.fromisoformat(date.value)
    except ValueError:
        problems.append(f"{what}: date value {date.value!r} is not an ISO day (the period's first day)")
    return problems


def annotation_problems(a: ArticleAnnotation, text: str | None = None) -> list[str]:
    """What is wrong with an annotation: labels outside the ontology, offsets outside the text, a text that
    is no longer the one annotated. ``text`` is the article as accord reads it (checked when given)."""
    from accord.ingest.normalise import content_hash

    vocab = vocabulary()
    problems: list[str] = []
    if a.split not in SPLITS:
        problems.append(f"split must be one of {', '.join(SPLITS)}, got {a.split!r}")
    if text is not None and (len(text) != a.source.chars or content_hash(text) != a.source.text_sha256):
        problems.append("the text read today is not the text annotated (reader or source changed): "
                        "re-anchor the offsets")
    ids = [e.id for e in a.events] + [q.id for q in a.quotes]
    problems += [f"id {i!r} used twice" for i in sorted({i for i in ids if ids.count(i) > 1})]
    for e in a.events:
        problems += _event_problems(e, a.source.chars, vocab)
    for q in a.quotes:
        for part in q.content:
            problems += _span_problems(f"quote {q.id} content", part, a.source.chars)
        problems += _span_problems(f"quote {q.id} cue", q.cue, a.source.chars)
        if q.speaker is not None:
            problems += _participant_problems(f"quote {q.id} speaker", q.speaker, a.source.chars, vocab)
    for index, actor in enumerate(a.actors):
        problems += _participant_problems(f"actor {index}", actor, a.source.chars, vocab)
    return problems
