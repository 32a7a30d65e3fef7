"""A nationality adjective shared by the bare conjuncts of the noun it qualifies.

"Turkish troops and tanks", "Israeli jets and drones", "American troops and helicopters": a prenominal
adjective before coordinated nouns qualifies the whole coordination when the later conjuncts have no modifier
of their own, so the tanks, drones and helicopters are of the first conjunct's nationality — not of whatever
country the sentence names elsewhere ("near the Syrian border"), nor of none. Only conjuncts of the same sector
share it: "Turkish troops and rebels" need not be Turkish rebels, and "the Turkish army and the Kurds" has a
determiner of its own.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from accord.actors.spans import mention_root
from accord.records import Actor

RULE = "shared-nationality"  # the suffix of a conjunct's rule that took the nationality of its first conjunct
NATIONALITY_RULE = "demonym+"  # the resolver's rules of a mention that a nationality adjective places
# Dependencies that give a conjunct a qualifier of its own: then the first conjunct's adjective is not its.
OWN_QUALIFIERS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "predet"})


def share_coordinated_nationality(doc: Doc, actors: list[Actor]) -> list[Actor]:
    """Each bare conjunct without a country takes the country the nationality adjective of its first conjunct
    gives, when both are of one sector."""
    by_head = {root.i: actor for actor in actors if (root := mention_root(doc, actor)) is not None}
    return [_shared(doc, actor, by_head) for actor in actors]


def _shared(doc: Doc, actor: Actor, by_head: dict[int, Actor]) -> Actor:
    if actor.country is not None or actor.sector is None:
        return actor
    root = mention_root(doc, actor)
    if root is None or root.dep_ != "conj" or any(c.dep_ in OWN_QUALIFIERS for c in root.lefts):
        return actor
    first = _first_conjunct(root)
    qualified = by_head.get(first.i)
    if qualified is None or qualified.country is None or qualified.sector != actor.sector \
            or not (qualified.rule or "").startswith(NATIONALITY_RULE):
        return actor
    return replace(actor, country=qualified.country, rule=f"{actor.rule}+{RULE}")


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


