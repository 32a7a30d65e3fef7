"""Quotes and actor mentions of a whole-article annotation against accord's records (``docs/eval.md``).

* Quotes: a predicted quote matches a gold one when they share at least half the word tokens of the
  longer of the two (token overlap >= 0.5, as ``accord eval quotes``), one to one, best overlap first; a
  gold quote interrupted by its attribution is the union of its parts; optional gold quotes neither reward
  nor punish. An attribution that names no source ("is expected to", "reportedly", "opposition to the
  levy") is no quote by the annotation rules (``docs/annotation.md``), though PARC (PolNeAR, ``accord eval
  quotes``) counts it: predicted, it is judged only when it matches an annotated quote. Speaker accuracy on
  matched quotes whose gold names a speaker; direct and indirect apart.
* Actor mentions: of the gold mentions with a country or a sector, the share where accord's actor record
  overlapping the span (the largest overlap) carries the same country and sector; of those with a name,
  the share resolved to the same named entry (the gold name matching accord's canonical name or one of that
  entry's aliases: "Nato" is the North Atlantic Treaty Organization).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from accord.eval.attribution import MIN_OVERLAP
from accord.eval.entry_names import same_entry
from accord.eval.metrics import PRF, greedy_matching, ratio
from accord.eval.realnews import Offsets, Participant, RealQuote
from accord.eval.realnews_match import speaker_matches
from accord.records import Actor, Extraction, Quote

_WORD = re.compile(r"\w+")


def _add(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return a[0] + b[0], a[1] + b[1]


def _share(pair: tuple[int, int]) -> dict[str, Any]:
    return {"share": round(ratio(*pair), 4), "right": pair[0], "total": pair[1]}


# --- quotes ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteCounts:
    content: PRF = field(default_factory=PRF)
    speaker: tuple[int, int] = (0, 0)  # right, matched quotes whose gold names a speaker
    direct: PRF = field(default_factory=PRF)
    indirect: PRF = field(default_factory=PRF)

    def __add__(self, other: QuoteCounts) -> QuoteCounts:
        return QuoteCounts(self.content + other.content, _add(self.speaker, other.speaker),
                           self.direct + other.direct, self.indirect + other.indirect)

    def to_dict(self) -> dict[str, Any]:
        return {"content": self.content.to_dict(), "speaker_accuracy": _share(self.speaker),
                "direct": self.direct.to_dict(), "indirect": self.indirect.to_dict()}


def _tokens(text: str, spans: Sequence[tuple[int, int]]) -> set[tuple[int, int]]:
    return {(m.start() + start, m.end() + start) for start, end in spans for m in _WORD.finditer(text[start:end])}


def quote_overlap(text: str, gold: RealQuote, quote: Quote) -> float:
    """Shared word tokens over the token count of the longer of the two."""
    wanted = _tokens(text, [(part.start, part.end) for part in gold.content])
    found = _tokens(text, [(quote.start, quote.end)])
    longest = max(len(wanted), len(found))
    return len(wanted & found) / longest if longest else 0.0


def names_no_source(quote: Quote) -> bool:
    """An attribution by a cue whose text names no one ("The talks are expected to resume", "opposition to
    the levy"): PARC's sourceless attribution. A quotation without a cue is not one: its words are someone's."""
    return quote.cue is not None and quote.speaker is None


def score_quotes(text: str, gold: Sequence[RealQuote], predicted: Sequence[Quote]) -> tuple[QuoteCounts,
                                                                                              dict[int, int]]:
    """Recall over the required gold quotes; a prediction matched to an optional one is left out of
    precision, neither right nor wrong, and so is an attribution naming no source that matches nothing."""
    scores = [(i, j, quote_overlap(text, g, q)) for i, g in enumerate(gold) for j, q in enumerate(predicted)]
    matching = greedy_matching(scores, MIN_OVERLAP)
    required = {i: j for i, j in matching.items() if gold[i].required}
    neutral = {j for i, j in matching.items() if not gold[i].required}
    matched = set(matching.values())
    counted = [j for j in range(len(predicted))
               if j not in neutral and (j in matched or not names_no_source(predicted[j]))]
    judged = right = 0
    for i, j in required.items():
        speaker = gold[i].speaker
        if speaker is not None:
            judged += 1
            right += speaker_matches(speaker, predicted[j].speaker)
    wanted = sum(g.required for g in gold)
    counts = QuoteCounts(
        content=PRF(len(required), len(counted), len(required), wanted),
        speaker=(right, judged),
        direct=_kind(gold, predicted, required, counted, direct=True),
        indirect=_kind(gold, predicted, required, counted, direct=False),
    )
    return counts, required


def _kind(gold: Sequence[RealQuote], predicted: Sequence[Quote], matching: dict[int, int], counted: list[int],
          *, direct: bool) -> PRF:
    """Recall over required gold quotes of this kind, precision over counted predictions of this kind."""
    matched = set(matching.values())
    gold_kind = [i for i, g in enumerate(gold) if g.required and g.direct == direct]
    predicted_kind = [j for j in counted if predicted[j].direct == direct]
    return PRF(sum(j in matched for j in predicted_kind), len(predicted_kind),
               sum(i in matching for i in gold_kind), len(gold_kind))


# --- actor mentions -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MentionCounts:
    """(right, judged) pairs over the gold actor mentions."""

    country_and_sector: tuple[int, int] = (0, 0)
    country: tuple[int, int] = (0, 0)
    sector: tuple[int, int] = (0, 0)
    named: tuple[int, int] = (0, 0)
    unresolved: int = 0  # judged mentions no actor record of accord overlaps

    def __add__(self, other: MentionCounts) -> MentionCounts:
        return MentionCounts(_add(self.country_and_sector, other.country_and_sector),
                             _add(self.country, other.country), _add(self.sector, other.sector),
                             _add(self.named, other.named), self.unresolved + other.unresolved)

    def to_dict(self) -> dict[str, Any]:
        return {"country_and_sector": _share(self.country_and_sector), "country": _share(self.country),
                "sector": _share(self.sector), "named_entry": _share(self.named),
                "without_actor_record": self.unresolved}


def actor_records(extraction: Extraction) -> list[Actor]:
    """accord's actor records with a span: the actor stage's, then event participants and speakers."""
    pool = [*extraction.actors,
            *(a for e in extraction.events for a in (*e.actor, *e.recipient)),
            *(q.speaker for q in extraction.quotes if q.speaker is not None)]
    return [a for a in pool if a.start is not None and a.end is not None]


def _overlap(span: Offsets, actor: Actor) -> int:
    assert actor.start is not None and actor.end is not None
    return max(0, min(span.end, actor.end) - max(span.start, actor.start))


def record_for(span: Offsets, records: Sequence[Actor]) -> Actor | None:
    """The record overlapping the mention most (the first of equals)."""
    best: Actor | None = None
    for actor in records:
        if _overlap(span, actor) > (_overlap(span, best) if best else 0):
            best = actor
    return best


def score_mentions(gold: Sequence[Participant], records: Sequence[Actor]) -> MentionCounts:
    both = country = sector = named = (0, 0)
    unresolved = 0
    for mention in gold:
        if mention.span is None or (mention.country is None and mention.sector is None and not mention.name):
            continue
        found = record_for(mention.span, records)
        unresolved += found is None
        if mention.country is not None or mention.sector is not None:
            both = _add(both, (found is not None and found.country == mention.country
                               and found.sector == mention.sector, 1))
        if mention.country is not None:
            country = _add(country, (found is not None and found.country == mention.country, 1))
        if mention.sector is not None:
            sector = _add(sector, (found is not None and found.sector == mention.sector, 1))
        if mention.name:
            right = found is not None and same_entry(mention.name, found.name)
            named = _add(named, (right, 1))
    return MentionCounts(both, country, sector, named, unresolved)


def mention_errors(gold: Sequence[Participant], records: Sequence[Actor], text: str) -> list[dict[str, Any]]:
    """The judged gold mentions accord gets wrong (country and sector, or the named entry), each with the
    record that overlaps it most: what `accord eval realnews --errors` lists under "actor mention errors"."""
    rows: list[dict[str, Any]] = []
    for mention in gold:
        if mention.span is None or (mention.country is None and mention.sector is None and not mention.name):
            continue
        found = record_for(mention.span, records)
        judged = mention.country is not None or mention.sector is not None
        both = found is not None and found.country == mention.country and found.sector == mention.sector
        named = not mention.name or (found is not None and same_entry(mention.name, found.name))
        if (not judged or both) and named:
            continue
        kind = "no record" if found is None else "country and sector" if judged and not both else "named entry"
        rows.append({
            "kind": kind, "group": mention.kind or "",
            "gold": _said(text[mention.span.start:mention.span.end], mention.country, mention.sector, mention.name),
            "predicted": "" if found is None or found.start is None else _said(
                text[found.start:found.end], found.country, found.sector, found.name),
        })
    return rows


def _said(words: str, country: str | None, sector: str | None, name: str | None) -> str:
    label = " ".join(v for v in (country, sector) if v) or "-"
    return f"{words!r} [{label}]" + (f" {name}" if name else "")
