"""The shared sample's hand annotation (``*.gold.json``) rewritten as a whole-article annotation by offsets.

So that ``accord eval realnews`` scores the sample article with the same definitions as the real-news set.
The older format quotes its snippets and names less than the new one; the conversion is mechanical:

* an event's trigger is its whole evidence (the older format names no trigger): a prediction matches when
  its trigger lies in the evidence or its sentence holds the whole evidence, as ``accord eval sample`` asks;
* a side given as countries becomes one state participant per country; ``actor_text`` or
  ``recipient_text`` a named participant without a country; a side left out judges nothing, as before;
* the event's date (an ISO day, month or year) keeps its granularity; its location takes the country the
  annotation's places give it; ``attributed_to`` marks the event as reported;
* quotes keep their ``required`` flag; the content runs from ``content_starts``
  to the end of ``content_ends``, or to the end of its sentence, of a direct quote's quotation marks or
  the speaker's name, whichever comes first;
* every listed actor is a mention at its first occurrence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from accord.eval.annotation import GoldEvent, GoldQuote, SampleGold
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
from accord.eval.realnews_draft import Finder
from accord.ingest.normalise import content_hash

_GRANULARITY_BY_LENGTH = {10: "day", 7: "month", 4: "year"}
_SENTENCE_END = re.compile(r"[.!?][\"'”’]*(?=\s|$)|\n")
_CLOSING_MARK = re.compile(r'"')  # in the folded text, where every double quotation mark is straight
KINDS = {"IGO": ("organisation", "IGO")}


def _states(countries: Iterable[str] | None) -> tuple[Participant, ...]:
    return tuple(Participant(span=None, country=c, sector=None, kind="state") for c in sorted(countries or ()))


def _side(finder: Finder, what: str, countries: Iterable[str] | None, named: str | None,
          evidence: Offsets) -> tuple[Participant, ...]:
    if named:
        return (Participant(span=finder.near(what, named, evidence), country=None, sector=None, name=named),)
    return _states(countries)


def _date(value: str | None, finder: Finder, what: str) -> DateValue | None:
    if value is None:
        return None
    granularity = _GRANULARITY_BY_LENGTH.get(len(value))
    padded = {"day": value, "month": f"{value}-01", "year": f"{value}-01-01"}.get(granularity or "", "")
    try:
        date.fromisoformat(padded)
    except ValueError:
        finder.problems.append(f"{what}: date {value!r} is no ISO day, month or year")
        return None
    return DateValue(padded, granularity or "day")


def _event(finder: Finder, gold: SampleGold, index: int, event: GoldEvent) -> RealEvent | None:
    what = f"event {index + 1} ({event.type})"
    evidence = finder.anchor(f"{what} evidence", event.evidence, None)
    if evidence is None:
        return None
    countries = {p.text: p.country for p in gold.places}
    place = None
    if event.location:
        place = PlaceValue(event.location, countries.get(event.location),
                           finder.near(f"{what} place", event.location, evidence))
    return RealEvent(
        id=f"e{index + 1}", type=event.type, trigger=evidence, evidence=evidence,
        actor=_side(finder, f"{what} actor", event.actor, event.actor_text, evidence),
        recipient=_side(finder, f"{what} recipient", event.recipient, event.recipient_text, evidence),
        context=event.context, reported=event.attributed_to is not None, reciprocal=event.reciprocal,
        date=_date(event.date, finder, what), place=place, alternatives=event.alternatives,
        required=event.required,
    )


def _speaker(actors: Mapping[str, tuple[str | None, str | None]], name: str) -> Participant:
    country, sector = actors.get(name, (None, None))
    return Participant(span=None, country=country, sector=sector, name=name)


def _quote(finder: Finder, actors: Mapping[str, tuple[str | None, str | None]], index: int, quote: GoldQuote,
           ending: str | None) -> RealQuote | None:
    what = f"quote {index + 1}"
    start = finder.anchor(f"{what} opening", quote.content_starts, None)
    if start is None:
        return None
    end = start.end
    if ending:
        found = finder.all(ending, start.start)
        if not found:
            finder.problems.append(f"{what}: ending {ending[:40]!r} not found after its opening")
            return None
        end = found[0].end
    else:
        end = _content_end(finder, start.end, quote.speaker, bool(quote.direct))
    return RealQuote(id=f"q{index + 1}", content=(Offsets(start.start, end),),
                     speaker=_speaker(actors, quote.speaker), direct=bool(quote.direct), required=quote.required)


def _content_end(finder: Finder, start: int, speaker: str, direct: bool) -> int:
    """The end of the sentence, of a direct quote's quotation marks, or the attribution that interrupts it
    (", Shringla said"), whichever comes first."""
    stop = _SENTENCE_END.search(finder.text, start)
    end = stop.start() if stop else len(finder.text)
    closing = _CLOSING_MARK.search(finder.folded, start, end) if direct else None
    end = closing.start() if closing else end
    surname = speaker.split()[-1] if speaker.split() else ""
    mentions = finder.all(surname, start, end) if surname else []
    if mentions:
        end = mentions[0].start
    return len(finder.text[:end].rstrip(" ,;:-\u2013\u2014"))


def _actors(finder: Finder, raw: Iterable[Mapping[str, Any]]) -> list[Participant]:
    mentions = []
    for item in raw:
        text = str(item.get("text") or "")
        span = finder.anchor(f"actor {text!r}", text, 1)
        kind, sector = KINDS.get(str(item.get("kind")), (None, item.get("sector")))
        mentions.append(Participant(span=span, country=_str(item.get("country")), sector=_str(sector), name=text,
                                    kind=kind, role=_str(item.get("role"))))
    return mentions


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def annotation_from_sample(gold: SampleGold, raw: Mapping[str, Any], corpus: str, doc_id: str, text: str,
                           reader: str) -> tuple[ArticleAnnotation, list[str]]:
    """The converted annotation and every snippet that could not be placed. ``raw`` is the parsed
    ``.gold.json`` (for what ``SampleGold`` does not keep: actors' sectors, quotes' endings)."""
    finder = Finder(text)
    raw_actors = [a for a in raw.get("actors") or () if isinstance(a, dict)]
    raw_quotes = [q for q in raw.get("quotes") or () if isinstance(q, dict)]
    by_name = {str(a.get("text")): (_str(a.get("country")), _str(a.get("sector"))) for a in raw_actors}
    events = [e for i, g in enumerate(gold.events) if (e := _event(finder, gold, i, g)) is not None]
    quotes = [q for i, (g, r) in enumerate(zip(gold.quotes, raw_quotes, strict=True))
              if (q := _quote(finder, by_name, i, g, _str(r.get("content_ends")))) is not None]
    annotation = ArticleAnnotation(
        source=SourceRef(corpus, doc_id, content_hash(text), len(text), reader),
        published=gold.published, split="dev", political=True,
        events=tuple(events), quotes=tuple(quotes), actors=tuple(_actors(finder, raw_actors)),
        annotator="converted", notes="Derived by `accord eval annotations from-sample` from the shared "
        "sample's .gold.json (docs/eval.md): triggers are the whole evidence.",
    )
    return annotation, finder.problems
