"""After the coder, linking: mentions of the same event within a document joined into one cluster.

Two events are the same when they have the same type, the same participants (either direction for
reciprocal events) and nothing that tells them apart: no different dates, no different counts. A headline
names fewer parties than the story ("Latvia expels envoy" over "Latvia and Lithuania expelled"), so a
story mention also joins a headline mention whose parties it includes.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import replace

from accord.events.frames import Frame
from accord.records import Actor, Event


def _side(actors: Sequence[Actor]) -> frozenset[str]:
    return frozenset((a.country or a.text.lower()) for a in actors)


def _key(event: Event) -> tuple[str, frozenset[frozenset[str]] | tuple[frozenset[str], frozenset[str]]]:
    actor, recipient = _side(event.actor), _side(event.recipient)
    if event.reciprocal:
        return event.type, frozenset({actor | recipient})
    return event.type, (actor, recipient)


def _compatible(first: Event, later: Event) -> bool:
    if first.factuality != later.factuality:
        return False  # "will meet" and "met", "met" and "did not meet": told differently, kept apart
    if first.date and later.date and first.date.source == "text" and later.date.source == "text" \
            and first.date.value != later.date.value:
        return False
    values = {q.value for q in first.quantities}
    later_values = {q.value for q in later.quantities}
    return not (values and later_values and not values & later_values)


def announces_another(frame: Frame, additive_words: frozenset[str]) -> bool:
    """"The two countries *also* signed ...", "*another* agreement": the text says this is a further event."""
    words = {c.lower_ for verb in (*frame.chain, frame.trigger) for c in verb.children
             if c.dep_ in ("advmod", "det", "amod")}
    return bool(words & additive_words)


def _headline_covers(headline: Event, later: Event) -> bool:
    """The later mention includes every party the headline names, on the same side (or either side when
    the event is reciprocal)."""
    if headline.type != later.type or not _compatible(headline, later):
        return False
    actor, recipient = _side(headline.actor), _side(headline.recipient)
    later_actor, later_recipient = _side(later.actor), _side(later.recipient)
    if not actor:
        return False
    if headline.reciprocal or later.reciprocal:
        return actor | recipient <= later_actor | later_recipient
    return actor <= later_actor and recipient <= later_recipient


def link_mentions(events: Sequence[Event], additional: Set[str] = frozenset(),
                  headline: Set[str] = frozenset()) -> list[Event]:
    """Give each later mention of an earlier event that event's id in ``cluster``; events the text
    marks as further ones (``additional`` ids) start a cluster of their own. ``headline`` ids are the
    events of the story's headline."""
    firsts: dict[object, list[Event]] = {}
    linked: list[Event] = []
    headlines: list[Event] = []
    for event in events:
        key = _key(event)
        candidates = [] if event.id in additional else firsts.get(key, [])
        match = next((e for e in candidates if _compatible(e, event)), None)
        if match is None and event.id not in additional and event.id not in headline:
            match = next((h for h in headlines if _headline_covers(h, event)), None)
        if event.id in headline:
            headlines.append(event)
        if match is None:
            firsts.setdefault(key, []).append(event)
            linked.append(event)
        else:
            linked.append(replace(event, cluster=match.cluster or match.id))
    return linked
