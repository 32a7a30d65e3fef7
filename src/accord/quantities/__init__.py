"""Numbers with what they count, and the quantities each event gets.

``event_quantities`` is what the event coder calls: the quantities of the trigger's own clause; for
ASSAULT and COERCE also the casualty counts of its sentence and of the sentence right after it when that
one continues the report ("... were killed in clashes last year. China said it lost four soldiers.").
It takes the quantity and date records of the trigger's sentence window (the coder hands it those).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from accord.dates.clause import in_clause_of
from accord.doc_index import sentence_of, sentence_start
from accord.records import DateRef, Quantity

__all__ = ["CASUALTY_CATEGORIES", "event_quantities"]

CASUALTY_CATEGORIES = frozenset({"dead", "injured", "arrested", "displaced"})
CASUALTY_EVENTS = frozenset({"ASSAULT", "COERCE"})


def event_quantities(trigger: Token, quantities: Sequence[Quantity], dates: Sequence[DateRef],
                     event_type: str) -> tuple[Quantity, ...]:
    """The ``quantities`` that belong to the event of ``trigger`` (of type ``event_type``), in text order;
    ``dates`` tell whether the next sentence reports a later event."""
    doc = trigger.doc
    chosen = []
    for quantity in quantities:
        span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
        if span is None:
            continue
        if in_clause_of(span.root, trigger) or (
            event_type in CASUALTY_EVENTS and _casualty_of_the_report(dates, quantity, span, trigger)
        ):
            chosen.append(quantity)
    return tuple(chosen)


def _casualty_of_the_report(dates: Sequence[DateRef], quantity: Quantity, span: Span, trigger: Token) -> bool:
    if quantity.category not in CASUALTY_CATEGORIES:
        return False
    return _same_sentence(span, trigger) or _continues_report(dates, span, trigger)


def _same_sentence(span: Span, trigger: Token) -> bool:
    return sentence_start(span.root) == sentence_start(trigger)


def _continues_report(dates: Sequence[DateRef], span: Span, trigger: Token) -> bool:
    """The casualty is in the next sentence, which has no date of its own (so reports the same event)."""
    sent = sentence_of(span.root)
    if sent.start != sentence_of(trigger).end:
        return False
    return not any(sent.start_char <= d.start < sent.end_char for d in dates)
