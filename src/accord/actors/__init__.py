"""Actors: the knowledge base (countries, sectors, people in office, organisations) and the resolver.

``ActorResolver.load().resolve("India's Defense Ministry", date="2021-12-06")`` gives IND/MIL with the rule
and entry that produced it; the spaCy stage ``accord_actors_v1`` writes every mention to
``doc._.accord_actors``; :func:`actors_in_span` and :func:`actors_for_token` read them back for later stages.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.actors.kb import KnowledgeBase
from accord.actors.resolver import ActorResolver, Resolution
from accord.records import Actor

NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "conj", "cc", "appos", "nummod", "case", "punct"})


def actors_in_span(doc: Doc, start_char: int, end_char: int) -> list[Actor]:
    """Actor mentions lying inside [start_char, end_char), in document order."""
    found = doc._.accord_actors or []
    return [a for a in found if a.start is not None and a.end is not None and start_char <= a.start
            and a.end <= end_char]


def actors_for_token(doc: Doc, token: Token) -> list[Actor]:
    """The mention(s) covering ``token``; else those inside the noun phrase it heads ('India and Russia')."""
    found = doc._.accord_actors or []
    covering = [a for a in found if a.start is not None and a.end is not None
                and a.start <= token.idx < a.end]
    if covering:
        return covering
    if token.pos_ not in ("NOUN", "PROPN", "PRON"):
        return []
    left = min([token.idx] + [c.left_edge.idx for c in token.lefts if c.dep_ in NP_DEPS])
    right = max([token.idx + len(token)] + [c.right_edge.idx + len(c.right_edge) for c in token.rights
                                             if c.dep_ in NP_DEPS])
    return actors_in_span(doc, left, right)


__all__ = ["Actor", "ActorResolver", "KnowledgeBase", "Resolution", "actors_for_token", "actors_in_span"]
