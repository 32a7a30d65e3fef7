"""Where an actor mention stands in its sentence's parse."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.records import Actor


def mention_root(doc: Doc, actor: Actor) -> Token | None:
    """The syntactic head of a mention's words, or None for a mention without a place in the text."""
    if actor.start is None or actor.end is None:
        return None
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return None if span is None or not len(span) else span.root


STATES_SIDE = "states'-side"  # the resolver's rule for "Turkey's allies", "the country's neighbours": other states


def states_side(actor: Actor) -> bool:
    """"Turkey's allies", "the country's neighbours": other states than their owner, whose country neither the
    owner, the sentence nor the story gives (the resolver's ``states'-side`` rule)."""
    return STATES_SIDE in (actor.rule or "").split("+")
