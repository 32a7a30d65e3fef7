"""Layer 5 of the coder, attachments: when, where and how many — the date, place and quantities of an event.

Decides nothing about the event itself; it asks the dates, places and quantities packages, each through a plain
function of the event's clause and the records around it (:func:`accord.dates.event_date`,
:func:`accord.places.event_location`, :func:`accord.quantities.event_quantities`). Those functions only ever
use records of the trigger's sentence and its two neighbours (the previous sentence can set the scene, the
next one can continue a casualty report), so each document's records are bucketed by sentence once and every
event gets just its window; answers are remembered per clause, since several events share one.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from spacy.tokens import Doc, Token

from accord.blackboard import DATES, PLACES, PUBLISHED, QUANTITIES
from accord.dates import event_date
from accord.doc_index import sentence_index
from accord.places import event_location
from accord.quantities import event_quantities
from accord.records import DateRef, Place, Quantity

Record = TypeVar("Record", DateRef, Place, Quantity)


@dataclass(frozen=True, slots=True)
class Window:
    """The records of one sentence and its two neighbours."""

    dates: tuple[DateRef, ...]
    places: tuple[Place, ...]
    quantities: tuple[Quantity, ...]


@dataclass(frozen=True, slots=True)
class Attached:
    """What an event gets from around it: a date, a location, quantities (None or empty when the text and
    the article give none)."""

    date: DateRef | None
    location: Place | None
    quantities: tuple[Quantity, ...]


def _by_sentence(records: Sequence[Record], starts: list[int]) -> list[list[Record]]:
    buckets: list[list[Record]] = [[] for _ in starts]
    for record in records:
        buckets[max(bisect_right(starts, record.start) - 1, 0)].append(record)
    return buckets


def _window(buckets: list[list[Record]], index: int) -> tuple[Record, ...]:
    return tuple(r for k in range(max(index - 1, 0), min(index + 2, len(buckets))) for r in buckets[k])


class Attachments:
    """The attachments of one document's events. What the stages found decides what can be attached: without
    the dates stage no event gets a date (not even the publication date), without any place no location,
    without any quantity no quantities."""

    def __init__(self, doc: Doc) -> None:
        self._dates_ran = DATES.get(doc) is not None
        self._any_place = bool(PLACES.get(doc))
        self._any_quantity = bool(QUANTITIES.get(doc))
        self._published = PUBLISHED.get(doc)
        self._sentence_starts = list(sentence_index(doc).starts)
        char_starts = [doc[i].idx for i in self._sentence_starts]
        self._dates = _by_sentence(DATES.get(doc) or (), char_starts)
        self._places = _by_sentence(PLACES.get(doc) or (), char_starts)
        self._quantities = _by_sentence(QUANTITIES.get(doc) or (), char_starts)
        self._windows: dict[int, Window] = {}
        self._found: dict[tuple[int, str], Attached] = {}

    def window(self, token: Token) -> Window:
        """The records of ``token``'s sentence and the sentences on either side of it."""
        index = max(bisect_right(self._sentence_starts, token.i) - 1, 0)
        found = self._windows.get(index)
        if found is None:
            found = self._windows[index] = Window(_window(self._dates, index), _window(self._places, index),
                                                  _window(self._quantities, index))
        return found

    def attach(self, clause: Token, event_type: str) -> Attached:
        """The date, location and quantities of the event told in ``clause`` (its chain's lowest verb, or
        the event noun)."""
        key = (clause.i, event_type)
        found = self._found.get(key)
        if found is None:
            window = self.window(clause)
            date = event_date(clause, window.dates, self._published) if self._dates_ran else None
            location = event_location(clause, window.places) if self._any_place else None
            quantities = event_quantities(clause, window.quantities, window.dates, event_type) \
                if self._any_quantity else ()
            found = self._found[key] = Attached(date, location, quantities)
        return found
