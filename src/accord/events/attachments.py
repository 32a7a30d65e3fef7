"""Dates, places and quantities for events, with each document's records indexed by sentence once.

The attachment helpers of the dates, places and quantities packages scan every record of the document
for each event. They only ever use records of the trigger's sentence and its two neighbours (the previous
sentence can set the scene, the next one can continue a casualty report), so the coder hands them a view
of the Doc whose record lists hold just that window, and remembers answers per clause.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from spacy.tokens import Doc, Token

from accord.doc_index import sentence_index
from accord.records import DateRef, Place, Quantity

Record = TypeVar("Record", DateRef, Place, Quantity)
WINDOWED = ("accord_dates", "accord_places", "accord_quantities")


class _Extensions:
    """``doc._`` with the record lists of a sentence window; every other attribute is the Doc's own."""

    def __init__(self, doc: Doc, windowed: dict[str, list[Any]]) -> None:
        self._doc_ext = doc._
        self._windowed = windowed

    def __getattr__(self, name: str) -> Any:
        if name in self._windowed:
            return self._windowed[name]
        return getattr(self._doc_ext, name)


class SentenceWindowDoc:
    """A read-only stand-in for the Doc whose ``_`` record lists are limited to one sentence window."""

    def __init__(self, doc: Doc, windowed: dict[str, list[Any]]) -> None:
        self._doc = doc
        self._ = _Extensions(doc, windowed)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._doc, name)

    def __getitem__(self, key: Any) -> Any:
        return self._doc[key]

    def __len__(self) -> int:
        return len(self._doc)


def _by_sentence(records: Sequence[Record] | None, starts: list[int]) -> list[list[Record]]:
    buckets: list[list[Record]] = [[] for _ in starts]
    for record in records or ():
        buckets[max(bisect_right(starts, record.start) - 1, 0)].append(record)
    return buckets


class Attachments:
    """Per-document attachment of date, location and quantities to events, indexed by sentence."""

    def __init__(self, doc: Doc, event_date: Callable[..., Any] | None, event_location: Callable[..., Any] | None,
                 event_quantities: Callable[..., Any] | None) -> None:
        self._doc = doc
        self._event_date = event_date
        self._event_location = event_location
        self._event_quantities = event_quantities
        self._sentence_starts = list(sentence_index(doc).starts)
        char_starts = [doc[i].idx for i in self._sentence_starts]
        self._buckets = {name: _by_sentence(getattr(doc._, name), char_starts) for name in WINDOWED}
        self._views: dict[int, SentenceWindowDoc] = {}
        self._memo: dict[tuple[str, int, str], Any] = {}

    def _view(self, token: Token) -> SentenceWindowDoc:
        index = max(bisect_right(self._sentence_starts, token.i) - 1, 0)
        view = self._views.get(index)
        if view is None:
            window = range(max(index - 1, 0), min(index + 2, len(self._sentence_starts)))
            lists = {name: [r for k in window for r in buckets[k]] for name, buckets in self._buckets.items()}
            view = self._views[index] = SentenceWindowDoc(self._doc, lists)
        return view

    def _remember(self, key: tuple[str, int, str], compute: Callable[[], Any]) -> Any:
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def date(self, clause: Token) -> DateRef | None:
        find = self._event_date
        if find is None or self._doc._.accord_dates is None:
            return None
        found: DateRef | None = self._remember(("date", clause.i, ""), lambda: find(self._view(clause), clause))
        return found

    def location(self, clause: Token) -> Place | None:
        find = self._event_location
        if find is None or not self._doc._.accord_places:
            return None
        found: Place | None = self._remember(("place", clause.i, ""), lambda: find(self._view(clause), clause))
        return found

    def quantities(self, clause: Token, event_type: str) -> tuple[Quantity, ...]:
        find = self._event_quantities
        if find is None or not self._doc._.accord_quantities:
            return ()
        found: tuple[Quantity, ...] = self._remember(
            ("quantities", clause.i, event_type), lambda: tuple(find(self._view(clause), clause, event_type)))
        return found
