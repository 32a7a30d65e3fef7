"""Actors: the knowledge base (countries, sectors, people in office, organisations) and the resolver.

``ActorResolver.load().resolve("India's Defense Ministry", date="2021-12-06")`` gives IND/MIL with the rule
and entry that produced it; the spaCy stage ``accord_actors_v1`` writes every mention to
``doc._.accord_actors``; :func:`actors_in_span` and :func:`actors_for_token` read them back for later stages.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

from accord.actors.kb import KnowledgeBase
from accord.actors.resolver import ActorResolver, Resolution
from accord.blackboard import ACTOR_INDEX, ACTORS, ActorIndex
from accord.records import Actor

NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "conj", "cc", "appos", "nummod", "case", "punct"})


LONGEST_MENTION = 1000  # characters; a mention is a phrase, far shorter (mentions stay inside one sentence)


def _by_start(doc: Doc) -> tuple[list[int], list[Actor]]:
    """The doc's actors sorted by start offset, built once per doc and kept in ``doc.user_data``."""
    found = ACTORS.get(doc) or []
    cached = ACTOR_INDEX.peek(doc)
    if isinstance(cached, ActorIndex) and cached.source is found and cached.size == len(found):
        return cached.starts, cached.ordered
    ordered = sorted((a for a in found if a.start is not None and a.end is not None), key=lambda a: a.start or 0)
    starts = [a.start or 0 for a in ordered]
    ACTOR_INDEX.store(doc, ActorIndex(found, len(found), starts, ordered))
    return starts, ordered


def actors_in_span(doc: Doc, start_char: int, end_char: int) -> list[Actor]:
    """Actor mentions lying inside [start_char, end_char), in document order (a binary search, not a scan)."""
    starts, ordered = _by_start(doc)
    lo, hi = bisect_left(starts, start_char), bisect_left(starts, end_char)
    return [a for a in ordered[lo:hi] if (a.end or 0) <= end_char]


def actors_for_token(doc: Doc, token: Token) -> list[Actor]:
    """The mention(s) covering ``token``; else those inside the noun phrase it heads ('India and Russia')."""
    starts, ordered = _by_start(doc)
    lo = bisect_left(starts, token.idx - LONGEST_MENTION)
    covering = [a for a in ordered[lo : bisect_right(starts, token.idx)] if token.idx < (a.end or 0)]
    if covering:
        return covering
    if token.pos_ not in ("NOUN", "PROPN", "PRON"):
        return []
    left = min([token.idx] + [c.left_edge.idx for c in token.lefts if c.dep_ in NP_DEPS])
    right = max([token.idx + len(token)] + [c.right_edge.idx + len(c.right_edge) for c in token.rights
                                             if c.dep_ in NP_DEPS])
    return actors_in_span(doc, left, right)


__all__ = ["Actor", "ActorResolver", "KnowledgeBase", "Resolution", "actors_for_token", "actors_in_span"]
