"""Scoring actor resolution against gold annotations (used by `accord eval` and the tests).

PLOVER gold (``plover_gsr_dev.jsonl``): every gold actor has ``text``, ``code`` (ISO3, or IGO/NGO/IMG for
organisations) and ``sector`` (CAMEO-style, often None). Each sentence is parsed with the actor stage; the gold
text is located in the sentence and the predicted mention overlapping it most is compared (the resolver on the
gold text alone is the fallback when no mention overlaps). Conventions, stated once here:
  - code IGO is right when the actor has no country and is an IGO (kind igo, sector IGO, or a person holding an
    IGO post); NGO when the sector is NGO; IMG (international militant group) when no country and REB/UAF.
  - sector is scored only where the gold has one (not None or '***'); sub-codes are cut to three letters
    ('REBkur' -> REB); the gold's JRN is our MED; an IGO's executive (gold IGO + GOV) is our sector IGO.
  - the GSR dates are all the placeholder 2000-01-01, so people resolve without a date unless asked.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from spacy.language import Language

from accord.actors.resolver import ActorResolver
from accord.blackboard import ACTORS, ACTORS_STAGE, PUBLISHED
from accord.errors import EvalError
from accord.records import Actor

SECTOR_SYNONYMS = {"JRN": "MED"}
UNSCORED_SECTORS = frozenset({"***", ""})


@dataclass(frozen=True)
class ActorScore:
    """Accuracy of country and sector over gold actors, with the misses for error analysis."""

    total: int
    country_correct: int
    sector_total: int
    sector_correct: int
    misses: tuple[dict[str, Any], ...] = field(default=(), repr=False)

    @property
    def country_accuracy(self) -> float:
        return self.country_correct / self.total if self.total else 0.0

    @property
    def sector_accuracy(self) -> float:
        return self.sector_correct / self.sector_total if self.sector_total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"actors": self.total, "country_accuracy": round(self.country_accuracy, 4),
                "sectors": self.sector_total, "sector_accuracy": round(self.sector_accuracy, 4)}


class _HasNlp(Protocol):
    @property
    def nlp(self) -> Language: ...


def score_plover_actors(gold_path: str, pipeline: _HasNlp) -> dict[str, Any]:
    """The figures `accord eval plover` prints: actor-country and sector accuracy of the actor stage."""
    nlp = pipeline.nlp
    later_stages = [name for name in nlp.pipe_names if name.startswith("accord_") and name != ACTORS_STAGE]
    with nlp.select_pipes(disable=later_stages):
        return score_plover_gold(gold_path, nlp).to_dict()


def score_plover_gold(
    path: str | Path, nlp: Language, *, use_dates: bool = False, limit: int | None = None
) -> ActorScore:
    """Country and sector accuracy of the actor stage on a PLOVER gold JSONL file."""
    resolver = stage_resolver(nlp)
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[:limit] if limit else rows
    docs = nlp.pipe(_docs(nlp, rows, use_dates))
    total = country_ok = sector_total = sector_ok = 0
    misses: list[dict[str, Any]] = []
    for row, doc in zip(rows, docs, strict=True):
        predicted: list[Actor] = ACTORS.get(doc) or []
        for gold in row.get("actor", []) + row.get("recipient", []):
            actor = match_actor(row["text"], gold["text"], predicted, resolver)
            actor = actor or _fallback(resolver, gold["text"], doc)
            total += 1
            c_ok = country_matches(gold["code"], actor)
            country_ok += c_ok
            s_gold = gold_sector(gold)
            s_ok = True
            if s_gold is not None:
                sector_total += 1
                s_ok = sector_matches(gold, actor)
                sector_ok += s_ok
            if not (c_ok and s_ok):
                misses.append({"id": row["id"], "gold": gold, "predicted": actor.to_dict() if actor else None,
                               "rule": actor.rule if actor else None})
    return ActorScore(total, country_ok, sector_total, sector_ok, tuple(misses))


def stage_resolver(nlp: Language) -> ActorResolver:
    """The resolver the pipeline's actor stage loaded (with the user's files, if any)."""
    stage = nlp.get_pipe(ACTORS_STAGE)
    resolver = getattr(stage, "resolver", None)
    if not isinstance(resolver, ActorResolver):
        raise EvalError("the pipeline has no accord_actors_v1 stage")
    return resolver


def _docs(nlp: Language, rows: Sequence[dict[str, Any]], use_dates: bool) -> Iterable[Any]:
    for row in rows:
        doc = nlp.make_doc(row["text"])
        PUBLISHED.set(doc, row.get("date") if use_dates else None)
        yield doc


def _fallback(resolver: ActorResolver, text: str, doc: Any) -> Actor | None:
    found = resolver.resolve(text, PUBLISHED.get(doc))
    return found.actor if found else None


def locate(sentence: str, text: str) -> tuple[int, int] | None:
    """Where a gold actor text lies in its sentence; 'U.S. ... negotiators' spans its first and last parts."""
    parts = [p.strip() for p in text.replace("..", "\u2026").split("\u2026") if p.strip(" .")]
    if not parts:
        return None
    first = sentence.find(parts[0])
    if first < 0:
        squeezed = " ".join(parts[0].split())
        first = sentence.find(squeezed)
        if first < 0:
            return None
        parts[0] = squeezed
    last = sentence.find(parts[-1], first)
    end = last + len(parts[-1]) if last >= 0 else first + len(parts[0])
    return first, end


def match_actor(
    sentence: str, text: str, predicted: Sequence[Actor], resolver: ActorResolver | None = None
) -> Actor | None:
    """The predicted actor that best overlaps the gold text."""
    where = locate(sentence, text)
    if where is None:
        return None
    start, end = where
    best: tuple[tuple[int, int], Actor] | None = None
    for actor in predicted:
        if actor.start is None or actor.end is None:
            continue
        overlap = min(end, actor.end) - max(start, actor.start)
        if overlap <= 0:
            continue
        # the mention that starts where the gold phrase starts (its head comes first), then the widest overlap
        rank = (-abs(actor.start - start), overlap)
        if best is None or rank > best[0]:
            best = (rank, actor)
    if best is None:
        return None
    chosen = best[1]
    # one mention standing for several referents ('Hungarian and Romanian officials'): the referent named here
    same_span = [a for a in predicted if (a.start, a.end) == (chosen.start, chosen.end)]
    return _named_referent(text, same_span, resolver) or chosen


def _named_referent(text: str, actors: Sequence[Actor], resolver: ActorResolver | None) -> Actor | None:
    if len(actors) < 2 or resolver is None:
        return None
    named = resolver.resolve(text)
    country = named.actor.country if named else None
    return next((a for a in actors if country and a.country == country), None)


def country_matches(code: str, actor: Actor | None) -> bool:
    if actor is None:
        return False
    if code == "IGO":
        return actor.country is None and (actor.kind == "igo" or actor.sector == "IGO" or bool(actor.organisation))
    if code == "NGO":
        return actor.sector == "NGO"
    if code == "IMG":
        return actor.country is None and actor.sector in ("REB", "UAF")
    return actor.country == code


def gold_sector(gold: dict[str, Any]) -> str | None:
    sector = (gold.get("sector") or "").strip()
    if sector in UNSCORED_SECTORS:
        return None
    code = sector[:3].upper()
    return SECTOR_SYNONYMS.get(code, code)


def sector_matches(gold: dict[str, Any], actor: Actor | None) -> bool:
    expected = gold_sector(gold)
    if actor is None or expected is None:
        return False
    if gold.get("code") == "IGO" and expected == "GOV":
        return actor.sector in ("GOV", "IGO")
    return actor.sector == expected


# --- the hand-annotated sample ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SampleCheck:
    gold: dict[str, Any]
    found: Actor | None
    ok: bool
    why: str


def check_sample_actors(text: str, published: str | None, gold_actors: Sequence[dict[str, Any]],
                        nlp: Language) -> list[SampleCheck]:
    """Each gold actor of a sample must be found (by its text) with the annotated country, sector, role,
    organisation and, for IGOs, members."""
    doc = nlp.make_doc(text)
    PUBLISHED.set(doc, published)
    doc = nlp(doc)
    resolver = stage_resolver(nlp)
    actors: list[Actor] = ACTORS.get(doc) or []
    return [_check_one(gold, actors, resolver, published) for gold in gold_actors]


def _check_one(gold: dict[str, Any], actors: Sequence[Actor], resolver: ActorResolver,
               published: str | None) -> SampleCheck:
    wanted = gold["text"].replace("\u2019", "'")
    candidates = [a for a in actors if wanted in a.text.replace("\u2019", "'") or (a.name and a.name == wanted)]
    found = candidates[0] if candidates else None
    if found is None:
        return SampleCheck(gold, None, False, "no mention found")
    problems = []
    for key in ("country", "sector", "role", "organisation"):
        if key in gold and gold[key] != getattr(found, key):
            problems.append(f"{key}: expected {gold[key]!r}, got {getattr(found, key)!r}")
    if gold.get("kind") == "IGO":
        resolution = resolver.resolve(wanted, published)
        entry = resolver.kb.entries.get(resolution.entry) if resolution and resolution.entry else None
        if found.kind != "igo" or entry is None:
            problems.append(f"kind: expected igo, got {found.kind!r}")
        elif set(gold.get("members", ())) - set(entry.members):
            problems.append(f"members: expected {gold['members']}, got {list(entry.members)}")
    return SampleCheck(gold, found, not problems, "; ".join(problems) or "ok")
