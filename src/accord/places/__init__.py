"""Place mentions geocoded with GeoNames plus accord's extras, and the location each event gets.

``event_location`` is what the event coder calls: the place the trigger's own clause says the event
happened in ("clashes ... in eastern Ladakh"), never a place that stands for an actor ("New Delhi and
Moscow sign ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from accord.dates.clause import in_clause_of
from accord.records import Place

__all__ = ["event_location"]

# The more specific place wins when a clause names several ("at Hyderabad House in New Delhi, India").
SPECIFICITY = {"landmark": 0, "city": 1, "region": 2, "disputed": 2, "water": 3, "country": 4}
# Prepositions that say where something happened.
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "across", "throughout", "within", "around", "along", "off", "on",
     "into", "over", "from"}
)  # fmt: skip


def event_location(doc: Doc, trigger: Token) -> Place | None:
    """Where the text says the event of ``trigger`` happened; None when its sentence does not say."""
    places: list[Place] = [p for p in doc._.accord_places or () if not p.is_actor and p.country is not None]
    sent = trigger.sent
    in_sentence = [(p, span) for p in places if (span := _span(doc, p)) is not None and _within(span, sent)]
    own = [p for p, span in in_sentence if in_clause_of(span.root, trigger)]
    if not own:
        own = [p for p, span in in_sentence if _is_locative(span)]
    if not own:
        return None
    return min(own, key=lambda p: (SPECIFICITY.get(p.feature or "", 5), abs(p.start - trigger.idx)))


def _span(doc: Doc, place: Place) -> Span | None:
    return doc.char_span(place.start, place.end, alignment_mode="expand")


def _within(span: Span, sent: Span) -> bool:
    return sent.start <= span.start and span.end <= sent.end


def _is_locative(span: Span) -> bool:
    root = span.root
    while root.dep_ in ("conj", "appos", "compound") and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS
