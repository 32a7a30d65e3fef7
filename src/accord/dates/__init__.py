"""Temporal expressions normalised against the publication date, and the date each event gets.

``event_date`` is what the event coder calls: the date the trigger's own clause gives, else the article's
publication date marked ``source="published"``. It takes the date records of the trigger's sentence window
(the coder hands it those; any superset gives the same answer).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from accord.dates.clause import in_clause_of
from accord.dates.find import find_dates, parse_anchor
from accord.dates.resolve import latest_day
from accord.doc_index import sentence_of
from accord.records import DateRef

__all__ = ["event_date", "find_dates"]


def event_date(trigger: Token, dates: Sequence[DateRef], published_on: str | None) -> DateRef | None:
    """The date of the event whose trigger is ``trigger``, from the ``dates`` found around it; else the article's
    publication date ``published_on``; None when neither text nor article gives one."""
    doc = trigger.doc
    sent = sentence_of(trigger)
    low, high = sent.start_char, sent.end_char  # a date outside the sentence is in no clause of it
    published = parse_anchor(published_on)
    latest = latest_day(published).isoformat() if published else None
    own = [d for d in dates if d.value is not None and d.start < high and d.end > low and _possible(d, latest)
           and _in_clause(doc, d, trigger)]
    if own:
        return min(own, key=lambda d: abs(d.start - trigger.idx))
    if published is None:
        return None
    return DateRef(
        text=published.isoformat(),
        start=sent.start_char,
        end=sent.end_char,
        value=published.isoformat(),
        granularity="day",
        source="published",
        first_day=published.isoformat(),
    )


def _possible(date_ref: DateRef, latest: str | None) -> bool:
    """An event reported on publication day cannot have happened more than a year later: a date that far
    ahead in its clause is a plan or deadline ("agreed to cut emissions by 2030"), not the event's day."""
    return latest is None or date_ref.first_day is None or date_ref.first_day <= latest


def _in_clause(doc: Doc, date_ref: DateRef, trigger: Token) -> bool:
    span = doc.char_span(date_ref.start, date_ref.end, alignment_mode="expand")
    return span is not None and in_clause_of(span.root, trigger)
