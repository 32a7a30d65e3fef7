"""Scoring one article against a hand annotation (the ``*.gold.json`` format of the shared sample).

The annotation lists events (``required`` or optional, ``type`` with ``alternatives``, ``actor`` and
``recipient`` country sets, ``recipient_text`` for a non-state recipient, ``reciprocal``, ``evidence``),
quotes (``speaker``, ``direct``, ``content_starts``), and the places, dates and quantities of the article.

* An event is found when a predicted event has the type (or an allowed alternative), the gold countries on
  each side as sets (either direction, or all on one side, when the gold event is reciprocal), and a
  sentence containing the evidence. Matching is one-to-one.
* Optional items neither reward nor punish: a prediction that fits only an optional item is left out of
  precision. A prediction is *unmatched* when no annotated event has its type and evidence in its sentence.
  Event precision counts events, not mentions: mentions the coder linked into one cluster (``cluster``) count
  once, and not at all when one of them is matched.
* A quote is found when a predicted quote's text contains ``content_starts``; with the right speaker when
  the speaker's name matches (the surname is enough). The annotation lists what was said, so quote
  precision judges predicted assertions only; a predicted belief, fact, eventuality or stance (PARC's
  wider attribution) counts only when it matches an annotated quote.
* Dates are found with the right value and overlapping text, places with overlapping text and the gold
  country, quantities with the gold value.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from accord.eval.annotation import GoldDate, GoldEvent, GoldPlace, GoldQuantity, GoldQuote, SampleGold
from accord.eval.metrics import PRF, max_matching, name_tokens, names_match, norm_text, ratio
from accord.records import Actor, DateRef, Event, Extraction, Place, Quantity, Quote

T = TypeVar("T")
P = TypeVar("P")

METRICS = (
    "events_recall",
    "events_precision",
    "quotes_recall",
    "quotes_speaker_recall",
    "quotes_precision",
    "dates_recall",
    "places_recall",
    "quantities_recall",
    "event_dates_accuracy",
    "event_locations_accuracy",
    "event_attribution_accuracy",
    "event_attributes_accuracy",
)
# What a found event should carry, checked against the annotation's optional event fields.
EVENT_ATTRIBUTES = ("date", "location", "attributed_to", "quantity", "context")


# --- matching ----------------------------------------------------------------------------------------


def _countries(actors: Iterable[Actor]) -> frozenset[str]:
    return frozenset(a.country for a in actors if a.country)


def _has_text(actors: Iterable[Actor], text: str) -> bool:
    wanted = norm_text(text)
    return any(c and wanted in norm_text(c) for a in actors for c in (a.text, a.name))


def sides_fit(gold: GoldEvent, event: Event) -> bool:
    """Each judged side of the gold event is met by the prediction.

    A side with a text (``actor_text``, ``recipient_text``) is met by an actor with that text; a side with a
    country list by exactly those countries; a side the annotation leaves out is not judged. A reciprocal
    event may put its countries on either side.
    """
    everyone = (*event.actor, *event.recipient)
    if gold.actor_text and not _has_text(everyone if gold.reciprocal else event.actor, gold.actor_text):
        return False
    if gold.recipient_text and not _has_text(everyone if gold.reciprocal else event.recipient,
                                             gold.recipient_text):
        return False
    actor = None if gold.actor_text else gold.actor
    recipient = None if gold.recipient_text else gold.recipient
    predicted_actor, predicted_recipient = _countries(event.actor), _countries(event.recipient)
    if gold.reciprocal:
        wanted = (actor or frozenset()) | (recipient or frozenset())
        found = predicted_actor | predicted_recipient
        both_judged = actor is not None and recipient is not None
        return wanted == found if both_judged else wanted <= found
    return (actor is None or actor == predicted_actor) and (recipient is None or recipient == predicted_recipient)


def evidence_fits(gold: GoldEvent, event: Event) -> bool:
    return norm_text(gold.evidence) in norm_text(event.sentence.text)


def loosely_fits(gold: GoldEvent, event: Event) -> bool:
    """The prediction renders this annotated event, maybe with other participants."""
    return event.type in gold.types and evidence_fits(gold, event)


def event_fits(gold: GoldEvent, event: Event) -> bool:
    return loosely_fits(gold, event) and sides_fit(gold, event)


def quote_content_fits(gold: GoldQuote, quote: Quote) -> bool:
    return norm_text(gold.content_starts).rstrip(".,;: ") in norm_text(quote.text)


def said(quote: Quote) -> bool:
    """The annotation lists what was said: assertions. A belief, fact, eventuality or stance found (PARC's
    wider attribution) is not judged against it unless it matches an annotated quote."""
    return quote.type == "assertion"


def quote_fits(gold: GoldQuote, quote: Quote) -> bool:
    speaker = quote.speaker
    return quote_content_fits(gold, quote) and speaker is not None and (
        names_match(gold.speaker, speaker.name) or names_match(gold.speaker, speaker.text)
    )


def texts_overlap(gold: str, predicted: str) -> bool:
    a, b = norm_text(gold), norm_text(predicted)
    return bool(a and b) and (a in b or b in a)


def date_fits(gold: GoldDate, date: DateRef) -> bool:
    return date.value == gold.value and texts_overlap(gold.text, date.text)


def place_fits(gold: GoldPlace, place: Place) -> bool:
    texts = (place.text, place.name or "")
    if not any(texts_overlap(gold.text, t) for t in texts if t):
        return False
    return gold.country is None or place.country == gold.country


def quantity_fits(gold: GoldQuantity, quantity: Quantity) -> bool:
    return quantity.value is not None and math.isclose(quantity.value, gold.value, rel_tol=1e-6)


# --- scoring ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SampleReport:
    """Counts per section; reports of several articles add up (``+``) into one corpus report."""

    events: PRF = field(default_factory=PRF)
    events_unmatched: int = 0
    quotes: PRF = field(default_factory=PRF)
    quotes_speaker: PRF = field(default_factory=PRF)
    dates: PRF = field(default_factory=PRF)
    places: PRF = field(default_factory=PRF)
    quantities: PRF = field(default_factory=PRF)
    event_attributes: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (right, annotated)
    quotes_direct: tuple[int, int] = (0, 0)  # found quotes whose direct/indirect kind is right, annotated
    documents: int = 1
    misses: tuple[dict[str, Any], ...] = field(default=(), repr=False)

    def __add__(self, other: SampleReport) -> SampleReport:
        return SampleReport(
            events=self.events + other.events,
            events_unmatched=self.events_unmatched + other.events_unmatched,
            quotes=self.quotes + other.quotes,
            quotes_speaker=self.quotes_speaker + other.quotes_speaker,
            dates=self.dates + other.dates,
            places=self.places + other.places,
            quantities=self.quantities + other.quantities,
            event_attributes={
                name: _add_pairs(self.event_attributes.get(name), other.event_attributes.get(name))
                for name in {*self.event_attributes, *other.event_attributes}
            },
            quotes_direct=_add_pairs(self.quotes_direct, other.quotes_direct),
            documents=self.documents + other.documents,
            misses=self.misses + other.misses,
        )

    def metrics(self) -> dict[str, float]:
        """The headline figures, the ones the golden-corpus floors pin."""
        return {
            "events_recall": round(self.events.recall, 4),
            "events_precision": round(self.events.precision, 4),
            "quotes_recall": round(self.quotes.recall, 4),
            "quotes_speaker_recall": round(self.quotes_speaker.recall, 4),
            "quotes_precision": round(self.quotes.precision, 4),
            "dates_recall": round(self.dates.recall, 4),
            "places_recall": round(self.places.recall, 4),
            "quantities_recall": round(self.quantities.recall, 4),
            "event_dates_accuracy": round(self.attribute_accuracy("date"), 4),
            "event_locations_accuracy": round(self.attribute_accuracy("location"), 4),
            "event_attribution_accuracy": round(self.attribute_accuracy("attributed_to"), 4),
            "event_attributes_accuracy": round(ratio(*self._attributes_pooled()), 4),
        }

    def metric_items(self) -> dict[str, int]:
        """How many items each of :meth:`metrics` rests on (gold items for a recall, predictions for a
        precision, annotated attributes for an accuracy): a floor on a handful of items guards nothing."""
        return {
            "events_recall": self.events.gold,
            "events_precision": self.events.predicted,
            "quotes_recall": self.quotes.gold,
            "quotes_speaker_recall": self.quotes_speaker.gold,
            "quotes_precision": self.quotes.predicted,
            "dates_recall": self.dates.gold,
            "places_recall": self.places.gold,
            "quantities_recall": self.quantities.gold,
            "event_dates_accuracy": self.event_attributes.get("date", (0, 0))[1],
            "event_locations_accuracy": self.event_attributes.get("location", (0, 0))[1],
            "event_attribution_accuracy": self.event_attributes.get("attributed_to", (0, 0))[1],
            "event_attributes_accuracy": self._attributes_pooled()[1],
        }

    def attribute_accuracy(self, name: str) -> float:
        """Of the found events whose annotation gives this attribute, the share that carry it right."""
        return ratio(*self.event_attributes.get(name, (0, 0)))

    def _attributes_pooled(self) -> tuple[int, int]:
        """(right, annotated) over every attribute of :data:`EVENT_ATTRIBUTES` together."""
        return (sum(right for right, _ in self.event_attributes.values()),
                sum(total for _, total in self.event_attributes.values()))

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "metrics": self.metrics(),
            "events": {**self.events.to_dict(), "unmatched_predicted": self.events_unmatched},
            "quotes": self.quotes.to_dict(),
            "quotes_with_speaker": self.quotes_speaker.to_dict(),
            "quotes_direct_accuracy": round(ratio(*self.quotes_direct), 4),
            "dates": self.dates.to_dict(),
            "places": self.places.to_dict(),
            "quantities": self.quantities.to_dict(),
            "event_attributes": {
                name: {"accuracy": round(self.attribute_accuracy(name), 4), "right": right, "annotated": total}
                for name, (right, total) in sorted(self.event_attributes.items())
            },
            "misses": list(self.misses),
        }


def _add_pairs(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int]:
    a, b = a or (0, 0), b or (0, 0)
    return a[0] + b[0], a[1] + b[1]


def attribute_right(name: str, gold: GoldEvent, event: Event) -> bool | None:
    """Whether a found event carries the annotated attribute; None when the annotation does not give it."""
    if name == "date":
        return None if gold.date is None else bool(event.date and event.date.value == gold.date)
    if name == "location":
        if gold.location is None:
            return None
        place = event.location
        return place is not None and any(texts_overlap(gold.location, t) for t in (place.text, place.name) if t)
    if name == "attributed_to":
        if gold.attributed_to is None:
            return None
        who = event.attributed_to
        return who is not None and (names_match(gold.attributed_to, who.name) or
                                    names_match(gold.attributed_to, who.text))
    if name == "quantity":
        return None if gold.quantity is None else any(
            q.value is not None and math.isclose(q.value, gold.quantity, rel_tol=1e-6) for q in event.quantities)
    if name == "context":
        return None if not gold.context else set(gold.context) <= set(event.context)
    raise ValueError(f"unknown event attribute {name!r}")


def _event_attributes(gold: SampleGold, events: Sequence[Event], found: dict[int, int]
                      ) -> dict[str, tuple[int, int]]:
    counts = {}
    for name in EVENT_ATTRIBUTES:
        verdicts = [attribute_right(name, gold.events[i], events[j]) for i, j in found.items()]
        judged = [v for v in verdicts if v is not None]
        counts[name] = (sum(judged), len(judged))
    return counts


def trigger_in_evidence(gold: GoldEvent, event: Event) -> float:
    """1.0 when the event's trigger words are words of the evidence: the mention the annotator meant,
    not another event of the same sentence."""
    evidence = set(name_tokens(gold.evidence))
    trigger = name_tokens(event.trigger.text)
    return 1.0 if trigger and set(trigger) <= evidence else 0.0


def _required_prf(
    gold: Sequence[T],
    predicted: Sequence[P],
    required: Callable[[T], bool],
    fits: Callable[[T, P], bool],
    preference: Callable[[T, P], float] | None = None,
    mention_of: Callable[[P], str] | None = None,
    in_scope: Callable[[P], bool] | None = None,
) -> tuple[PRF, dict[int, int]]:
    """One-to-one recall over required items; precision leaves out predictions that fit only optional ones.

    With ``mention_of`` (a prediction -> the item it is a mention of), precision counts items, not mentions:
    a repeat the extractor itself linked to another mention ("Estonia expels ..." in the headline, "Estonia
    expelled ..." in the story) is one prediction, right if any of its mentions is."""
    wanted = [i for i, g in enumerate(gold) if required(g)]
    optional = [g for g in gold if not required(g)]
    matching = max_matching([gold[i] for i in wanted], predicted, fits, preference)
    matched = set(matching.values())
    key = mention_of or (lambda p: str(id(p)))
    right = {key(predicted[j]) for j in matched}
    counted: set[str] = set()
    for j, p in enumerate(predicted):
        if j in matched or key(p) in right or any(fits(g, p) for g in optional):
            continue
        if in_scope is not None and not in_scope(p):
            continue  # of a kind the annotation does not cover: neither right nor wrong
        counted.add(key(p))
    prf = PRF(len(matching), len(matching) + len(counted), len(matching), len(wanted))
    return prf, {wanted[i]: j for i, j in matching.items()}


def event_cluster(event: Event) -> str:
    """The event an event mention belongs to: its cluster's first mention."""
    return event.cluster or event.id


def _recall(gold: Sequence[T], predicted: Sequence[P], fits: Callable[[T, P], bool]) -> tuple[PRF, set[int]]:
    matching = max_matching(gold, predicted, fits)
    return PRF(len(matching), len(predicted), len(matching), len(gold)), set(matching)


def score_sample(gold: SampleGold, extraction: Extraction) -> SampleReport:
    """Score one extraction against its annotation."""
    events, found_events = _required_prf(gold.events, extraction.events, lambda g: g.required, event_fits,
                                         trigger_in_evidence, mention_of=event_cluster)
    quotes, found_quotes = _required_prf(gold.quotes, extraction.quotes, lambda g: g.required,
                                         quote_content_fits, in_scope=said)
    speakers, found_speakers = _required_prf(gold.quotes, extraction.quotes, lambda g: g.required, quote_fits,
                                             in_scope=said)
    dates, found_dates = _recall(gold.dates, extraction.dates, date_fits)
    places, found_places = _recall(gold.places, extraction.places, place_fits)
    quantities, found_quantities = _recall(gold.quantities, extraction.quantities, quantity_fits)
    linked = {event_cluster(extraction.events[j]) for j in found_events.values()}
    unmatched = [e for e in extraction.events
                 if event_cluster(e) not in linked and not any(loosely_fits(g, e) for g in gold.events)]
    doc = gold.doc or extraction.document.id
    misses: list[dict[str, Any]] = []
    misses += [_miss(doc, "event", f"{g.type} {_sides(g)}", g.evidence)
               for i, g in enumerate(gold.events) if g.required and i not in found_events]
    misses += [_miss(doc, "quote", g.speaker, g.content_starts)
               for i, g in enumerate(gold.quotes) if g.required and i not in found_quotes]
    misses += [_miss(doc, "quote speaker", g.speaker, g.content_starts)
               for i, g in enumerate(gold.quotes) if g.required and i in found_quotes and i not in found_speakers]
    misses += [_miss(doc, "date", g.value, g.text) for i, g in enumerate(gold.dates) if i not in found_dates]
    misses += [_miss(doc, "place", g.country or "", g.text)
               for i, g in enumerate(gold.places) if i not in found_places]
    misses += [_miss(doc, "quantity", f"{g.value:g}", g.unit or "")
               for i, g in enumerate(gold.quantities) if i not in found_quantities]
    misses += [_miss(doc, "unmatched event", _describe(e), e.sentence.text) for e in unmatched]
    misses += [_miss(doc, f"event {name}", str(getattr(gold.events[i], name)), gold.events[i].evidence)
               for name in EVENT_ATTRIBUTES for i, j in found_events.items()
               if attribute_right(name, gold.events[i], extraction.events[j]) is False]
    kinds = [gold.quotes[i].direct == extraction.quotes[j].direct
             for i, j in found_quotes.items() if gold.quotes[i].direct is not None]
    misses += [_miss(doc, "quote kind", "direct" if gold.quotes[i].direct else "indirect",
                     gold.quotes[i].content_starts)
               for i, j in found_quotes.items()
               if gold.quotes[i].direct is not None and gold.quotes[i].direct != extraction.quotes[j].direct]
    return SampleReport(
        events=events, events_unmatched=len(unmatched), quotes=quotes, quotes_speaker=speakers,
        dates=dates, places=places, quantities=quantities, quotes_direct=(sum(kinds), len(kinds)),
        event_attributes=_event_attributes(gold, extraction.events, found_events), misses=tuple(misses),
    )


def _sides(gold: GoldEvent) -> str:
    actor = gold.actor_text or "+".join(sorted(gold.actor or ())) or ("?" if gold.actor is None else "-")
    recipient = gold.recipient_text or "+".join(sorted(gold.recipient or ())) or (
        "?" if gold.recipient is None else "-")
    return f"{actor} {'<->' if gold.reciprocal else '->'} {recipient}"


def _describe(event: Event) -> str:
    actor = "+".join(a.country or a.text for a in event.actor) or "-"
    recipient = "+".join(a.country or a.text for a in event.recipient) or "-"
    return f"{event.type} {actor} -> {recipient} ({event.trigger.text!r})"


def _miss(doc: str, kind: str, expected: str, text: str) -> dict[str, Any]:
    return {"doc": doc, "kind": kind, "expected": expected, "text": text}
