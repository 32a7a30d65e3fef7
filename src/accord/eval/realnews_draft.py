"""Drafts -> annotations: an annotator quotes the text; the project file keeps only offsets.

An annotator writes a *draft* outside the project (it quotes the article, which is not ours to copy): the
same fields as an annotation, with quoted snippets where the annotation has offsets (``docs/eval.md``).
This module finds each snippet in the text accord reads and writes the offset-only annotation.

Finding a snippet: the evidence (and a quote's content) must occur in the text; where it occurs more than
once, ``occurrence`` (1-based) says which. Smaller snippets (trigger, participants, date, place, cue,
speaker) are looked for inside the evidence first, then at the nearest place around it, earlier text
first; a participant, speaker, date or place that carries its own ``occurrence`` is that occurrence in the
whole article instead, for two identical mentions that lie equally near, and any of them, a trigger or a cue
may carry ``within``: a longer snippet that occurs once and holds the mention meant. A quote's cue is looked
for outside the quoted words (a "said" inside them is the quoted speaker's, never the cue). Curly and straight quotation
marks, dashes and line breaks compare equal, and a snippet that begins or ends with a letter only matches
whole words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from accord.eval.realnews import (
    ArticleAnnotation,
    DateValue,
    Offsets,
    Participant,
    PlaceValue,
    RealEvent,
    RealQuote,
    SourceRef,
)
from accord.ingest.normalise import content_hash

_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\n": " ", "\t": " ", "\u00a0": " ",
})
_SPACES = re.compile(r"\s+")
NEAR = 2500  # how far around the evidence a participant's mention is looked for (characters)


def _spaced_word_char(char: str) -> bool:
    return char.isalnum() and (char.isascii() or "LATIN" in unicodedata.name(char, "") or
                               "CYRILLIC" in unicodedata.name(char, "") or "GREEK" in unicodedata.name(char, ""))


def fold(text: str) -> str:
    """One character for one: the folded text keeps the original's offsets."""
    return text.translate(_FOLD)


@dataclass
class Finder:
    """Finds quoted snippets in one article, collecting every failure instead of stopping at the first."""

    text: str
    folded: str = field(init=False)
    problems: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.folded = fold(self.text)

    def _pattern(self, snippet: str) -> re.Pattern[str]:
        words = [re.escape(w) for w in _SPACES.split(fold(snippet).strip()) if w]
        body = r"\s+".join(words)
        # whole words only where words are separated by spaces: a snippet ending inside Japanese or
        # Chinese text has no word boundary to find
        start = r"(?<!\w)" if _spaced_word_char(snippet.strip()[:1]) else ""
        end = r"(?!\w)" if _spaced_word_char(snippet.strip()[-1:]) else ""
        return re.compile(start + body + end)

    def all(self, snippet: str, lo: int = 0, hi: int | None = None) -> list[Offsets]:
        if not snippet or not snippet.strip():
            return []
        hi = len(self.text) if hi is None else hi
        return [Offsets(m.start(), m.end()) for m in self._pattern(snippet).finditer(self.folded, lo, hi)]

    def anchor(self, what: str, snippet: str, occurrence: object) -> Offsets | None:
        """A snippet that must be found on its own: unique, or picked by ``occurrence``."""
        found = self.all(snippet)
        if not found:
            self.problems.append(f"{what}: not found in the text: {snippet[:80]!r}")
            return None
        if occurrence is not None:
            # a draft is hand-written JSON: "2" or 2.0 is a mistake to report, not a crash
            if isinstance(occurrence, bool) or not isinstance(occurrence, int):
                self.problems.append(f"{what}: occurrence must be a whole number, not {occurrence!r}")
                return None
            if not 1 <= occurrence <= len(found):
                self.problems.append(f"{what}: occurrence {occurrence} asked, {len(found)} found: {snippet[:60]!r}")
                return None
            return found[occurrence - 1]
        if len(found) > 1:
            self.problems.append(f"{what}: found {len(found)} times; give 'occurrence': {snippet[:60]!r}")
            return None
        return found[0]

    def inside(self, what: str, snippet: str, within: object) -> Offsets | None:
        """A snippet inside a longer one that occurs once in the text: the annotator's way to say which."""
        if not isinstance(within, str) or not within.strip():
            self.problems.append(f"{what}: 'within' must be a snippet of the text, not {within!r}")
            return None
        context = self.anchor(f"{what} within", within, None)
        if context is None:
            return None
        found = self.all(snippet, context.start, context.end)
        if not found:
            self.problems.append(f"{what}: {snippet[:60]!r} is not inside its 'within' {within[:60]!r}")
            return None
        return found[0]

    def near(self, what: str, snippet: str | None, around: Offsets, occurrence: object = None,
             within: object = None) -> Offsets | None:
        """A snippet inside ``around`` if it is there, else its nearest occurrence (earlier text first).

        A given ``within`` (a longer snippet that occurs once) or ``occurrence`` overrides nearness: the
        annotator has said which mention is meant.
        """
        if not snippet:
            return None
        if within is not None:
            return self.inside(what, snippet, within)
        if occurrence is not None:
            return self.anchor(what, snippet, occurrence)
        inside = self.all(snippet, around.start, around.end)
        if inside:
            return inside[0]
        lo, hi = max(0, around.start - NEAR), min(len(self.text), around.end + NEAR)
        candidates = self.all(snippet, lo, hi)
        if not candidates:
            self.problems.append(f"{what}: {snippet[:60]!r} not found within {NEAR} characters")
            return None

        def distance(span: Offsets) -> tuple[int, int]:
            before = span.end <= around.start
            gap = around.start - span.end if before else span.start - around.end
            return (gap, 0 if before else 1)

        return min(candidates, key=distance)


def _participant(finder: Finder, what: str, data: Mapping[str, Any], around: Offsets | None) -> Participant:
    span = (finder.near(what, data.get("text"), around, data.get("occurrence"), data.get("within"))
            if around and data.get("text") else None)
    return Participant(span=span, country=data.get("country"), sector=data.get("sector"),
                       name=data.get("name"), kind=data.get("kind"), role=data.get("role"))


def _event(finder: Finder, index: int, data: Mapping[str, Any]) -> RealEvent | None:
    eid = str(data.get("id") or f"e{index + 1}")
    what = f"event {eid} ({data.get('type')})"
    evidence = finder.anchor(f"{what} evidence", str(data.get("evidence") or ""), data.get("occurrence"))
    if evidence is None:
        return None
    trigger_text, trigger_within = _word_and_context(data.get("trigger"))
    if not trigger_text:
        finder.problems.append(f"{what}: no trigger given")
        return None
    trigger = finder.near(f"{what} trigger", trigger_text, evidence, within=trigger_within)
    if trigger is None:
        return None
    date, place = data.get("date"), data.get("place")
    return RealEvent(
        id=eid,
        type=str(data.get("type")),
        trigger=trigger,
        evidence=evidence,
        actor=tuple(_participant(finder, f"{what} actor", p, evidence) for p in data.get("actor") or ()),
        recipient=tuple(_participant(finder, f"{what} recipient", p, evidence) for p in data.get("recipient") or ()),
        mode=data.get("mode"),
        context=tuple(data.get("context") or ()),
        factuality=str(data.get("factuality", "asserted")),
        reported=bool(data.get("reported", False)),
        reciprocal=bool(data.get("reciprocal", False)),
        date=DateValue(str(date.get("value")), str(date.get("granularity", "day")),
                       finder.near(f"{what} date", date.get("text"), evidence, date.get("occurrence"),
                                   date.get("within")))
        if date else None,
        place=PlaceValue(str(place.get("name") or place.get("text")), place.get("country"),
                         finder.near(f"{what} place", place.get("text"), evidence, place.get("occurrence"),
                                     place.get("within")))
        if place else None,
        alternatives=tuple(data.get("alternatives") or ()),
        required=bool(data.get("required", True)),
    )


def _quote(finder: Finder, index: int, data: Mapping[str, Any]) -> RealQuote | None:
    qid = str(data.get("id") or f"q{index + 1}")
    raw_parts = data.get("content") or []
    parts_text = [raw_parts] if isinstance(raw_parts, str) else list(raw_parts)
    occurrence = data.get("occurrence")
    parts: list[Offsets] = []
    for n, part in enumerate(parts_text):
        found = (finder.anchor(f"quote {qid} content", str(part), occurrence) if n == 0
                 else finder.near(f"quote {qid} content part {n + 1}", str(part), parts[0]))
        if found is None:
            return None
        parts.append(found)
    whole = Offsets(min(p.start for p in parts), max(p.end for p in parts))
    speaker = data.get("speaker")
    return RealQuote(
        id=qid,
        content=tuple(parts),
        speaker=_speaker(finder, f"quote {qid} speaker", speaker, parts, whole) if speaker else None,
        cue=_cue(finder, f"quote {qid} cue", data.get("cue"), parts, whole),
        direct=bool(data.get("direct", False)),
        required=bool(data.get("required", True)),
    )


def _speaker(finder: Finder, what: str, data: Mapping[str, Any], parts: list[Offsets],
             whole: Offsets) -> Participant:
    """A speaker is named outside what they said: "I" or "he" inside the quoted words is not the cue's subject."""
    text = data.get("text")
    span = None
    if text and (data.get("within") is not None or data.get("occurrence") is not None):
        span = finder.near(what, text, whole, data.get("occurrence"), data.get("within"))
    elif text:
        # "I" or "he" inside the quoted words only when the text names the speaker nowhere else near
        span = _nearest_outside(finder, text, parts, whole) or finder.near(what, text, whole)
    return Participant(span=span, country=data.get("country"), sector=data.get("sector"),
                       name=data.get("name"), kind=data.get("kind"), role=data.get("role"))


def _cue(finder: Finder, what: str, given: object, parts: list[Offsets], whole: Offsets) -> Offsets | None:
    """The cue is the word that attributes the content, so it lies outside the content ("said" in the quoted
    words is not the cue), between its parts or around them; a ``within`` says which where that is not enough."""
    text, within = _word_and_context(given)
    if not text:
        return None
    if within is not None:
        return finder.inside(what, text, within)
    found = _nearest_outside(finder, text, parts, whole)
    if found is None:
        finder.problems.append(f"{what}: {text[:60]!r} not found outside the quoted words within {NEAR} characters")
    return found


def _nearest_outside(finder: Finder, text: str, parts: list[Offsets], whole: Offsets) -> Offsets | None:
    """The mention nearest the quote that is not inside what was said, None when there is none."""
    outside = [s for s in finder.all(text, max(0, whole.start - NEAR), whole.end + NEAR)
               if not any(s.overlaps(p.start, p.end) for p in parts)]
    if not outside:
        return None
    return min(outside, key=lambda s: s.start - whole.end if s.start >= whole.end
               else (whole.start - s.end if s.end <= whole.start else 0))


def _word_and_context(given: object) -> tuple[str, object]:
    """A trigger or cue is a snippet, or ``{"text": ..., "within": ...}`` when the snippet alone is ambiguous."""
    if isinstance(given, Mapping):
        return str(given.get("text") or ""), given.get("within")
    return (str(given) if given else ""), None


def _without_nested(mentions: list[Participant]) -> list[Participant]:
    """An actor mention inside a longer listed mention ("Hariri" in "Nasr al-Hariri") is the longer one's."""
    spans = [m.span for m in mentions if m.span]
    return [m for m in mentions if m.span is None or not any(
        o != m.span and o.start <= m.span.start and m.span.end <= o.end for o in spans)]


def _actor_mentions(finder: Finder, data: Mapping[str, Any]) -> list[Participant]:
    """One listed actor: its given occurrence, or with ``every`` each occurrence of the same words."""
    text = str(data.get("text") or "")
    spans = (finder.all(text) if data.get("every")
             else [s for s in [finder.anchor(f"actor {text[:40]!r}", text, data.get("occurrence") or 1)] if s])
    if not spans:
        finder.problems.append(f"actor {text[:40]!r}: not found")
    return [Participant(span=s, country=data.get("country"), sector=data.get("sector"), name=data.get("name"),
                        kind=data.get("kind"), role=data.get("role")) for s in spans]


def annotation_from_draft(draft: Mapping[str, Any], text: str, reader: str) -> tuple[ArticleAnnotation, list[str]]:
    """The annotation and every snippet that could not be placed (an empty list when all were)."""
    finder = Finder(text)
    events = [e for i, d in enumerate(draft.get("events") or ()) if (e := _event(finder, i, d)) is not None]
    quotes = [q for i, d in enumerate(draft.get("quotes") or ()) if (q := _quote(finder, i, d)) is not None]
    actors = _without_nested([p for d in draft.get("actors") or () for p in _actor_mentions(finder, d)])
    annotation = ArticleAnnotation(
        source=SourceRef(str(draft["corpus"]), str(draft["id"]), content_hash(text), len(text), reader),
        published=draft.get("published"),
        split=str(draft.get("split", "dev")),
        political=bool(draft.get("political", True)),
        events=tuple(events),
        quotes=tuple(quotes),
        actors=tuple(actors),
        annotator=str(draft.get("annotator", "")),
        notes=str(draft.get("notes", "")),
    )
    return annotation, finder.problems
