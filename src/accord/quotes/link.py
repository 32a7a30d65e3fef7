"""Quotes and the events they report, linked once both stages have run.

An event whose trigger lies inside a quote's content is what the quote's speaker said, believed or asked
for: the event is attributed to that speaker (the contract's ``attributed_to``) and the quote lists the
event. The event keeps everything else — its type, its own factuality: being reported is not an event.
The quote's speaker wins over the event coder's own guess because the quote stage resolves pronouns,
descriptions and relative pronouns to the person meant; an event in a quote with no speaker keeps the
coder's attribution.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from accord.records import Event, Quote


def link_quotes_and_events(
    quotes: Sequence[Quote], events: Sequence[Event]
) -> tuple[tuple[Quote, ...], tuple[Event, ...]]:
    """The quotes with the ids of the events inside them, and the events attributed to those speakers."""
    if not quotes or not events:
        return tuple(quotes), tuple(events)
    ordered = sorted(range(len(quotes)), key=lambda n: quotes[n].start)
    starts = [quotes[n].start for n in ordered]
    reported: dict[int, list[str]] = {}
    linked = []
    for event in events:
        holder = _quote_holding(quotes, ordered, starts, event.trigger.start, event.trigger.end)
        if holder is None:
            linked.append(event)
            continue
        reported.setdefault(holder, []).append(event.id)
        speaker = quotes[holder].speaker
        linked.append(replace(event, attributed_to=speaker) if speaker is not None else event)
    with_events = tuple(replace(q, events=tuple(reported[n])) if n in reported else q for n, q in enumerate(quotes))
    return with_events, tuple(linked)


def _quote_holding(quotes: Sequence[Quote], ordered: list[int], starts: list[int], start: int, end: int) -> int | None:
    """The quote whose content holds [start, end): the nearest one beginning at or before it. Quotes of one
    document do not overlap (only the outermost attribution is kept), so the nearest is the only one."""
    index = bisect_right(starts, start) - 1
    if index < 0:
        return None
    number = ordered[index]
    return number if end <= quotes[number].end else None
