"""A description set beside a name is the named actor: in "the PKK, an outlawed militant group" or "Abu Ali, the
leader of the armed group" the apposition says what the name's bearer is, and in "the militia is a terrorist
organisation" the copula's attribute does. The annotation guide codes a description at its own words with its
referent's country, sector and name; read alone, the description would take whatever its sentence or story lends
(the story's country for a transnational group, the name of a group it mentions for that group's leader).

Only a named organisation or person whose sector is known lends itself (a description says more than a name the
text alone placed: "Harbour Light, a charity"), and only to a description headed by a common noun.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Token

from accord.actors.spans import mention_root
from accord.records import Actor
from accord.syntax import PLURAL_NOUN_TAGS

RULE = "apposed-to-name"
LENDING_KINDS = frozenset({"organisation", "person"})
OPEN_SECTORS = frozenset({None, "CVL"})  # what the text alone gives a name it says nothing more of
CLOSING_BRACKETS = frozenset({")", "]"})
LIST_DEPS = frozenset({"cc", "conj"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})
DESCRIPTION_RULE = "sector-word"  # the resolver's rule part for a phrase its sector words resolved
BODY_OF_RULE = "of:organisation"  # the resolver's rule part for 'of' + a known organisation
DEMONYM_RULE = "demonym"  # the resolver's rule part for a nationality word in the phrase: 'a Turkish source'


def _described(root: Token) -> list[Token]:
    """The tokens a description's head may describe, the likelier first: for an apposition, the last word before
    its comma (an apposition follows the phrase it describes, where the parser may hang it on the noun a
    preposition's phrase depends on: 'positions of the PKK, an outlawed group'), then the noun it hangs on; for
    a copula's attribute, its subject ('the militia is a terrorist organisation')."""
    if root.dep_ == "appos":
        if _coordinates(root) or any(c.dep_ in LIST_DEPS and c.i > root.i for c in root.head.children):
            return []  # 'fought the PKK, the rebels and the army': a list the parser read as an apposition
        before = root.left_edge.i - 1
        if before < 1 or root.doc[before].text != ",":
            return [root.head]
        last = before - 1
        while last > 0 and root.doc[last].text in CLOSING_BRACKETS:
            last -= 1  # 'the Workers' Party (PKK), a banned group'
        return [root.doc[last], root.head]
    if root.dep_ == "attr" and root.head.lemma_ == "be":
        return [c for c in root.head.children if c.dep_ == "nsubj"][:1]
    return []


def _coordinates(token: Token) -> bool:
    """Whether a coordination of common nouns hangs in the phrase a token heads, outside its clauses ('the
    rebels in the south and the army'; not 'a group that fights A and B', nor a name's own 'and': 'the Health
    and Human Services secretary')."""
    return any((c.dep_ in LIST_DEPS and token.pos != PROPN) or (c.dep_ not in CLAUSE_DEPS and _coordinates(c))
               for c in token.children)


def _description(actor: Actor) -> bool:
    """A mention the sector words of a description resolved, not a name of its own ('the Workers' party')."""
    return DESCRIPTION_RULE in (actor.rule or "").split("+") and not (actor.kind == "person" and actor.name)


def _names_body(actor: Actor) -> bool:
    """'chairman of the Joint Chiefs of Staff', 'the leader of the armed group': a person's description naming
    the body they serve; the body is a mention of its own words (annotators mark it), and the person's name is
    at the person's."""
    return actor.name is not None and BODY_OF_RULE in (actor.rule or "").split("+")


def _agrees(description: Actor, root: Token | None, referent: Actor) -> bool:
    """Whether a description can say what its referent is: a person is one, so a plural description ('59
    civilians', 'the remaining members') describes no person; a description naming its own nationality ('a
    Turkish presidential source', 'a British citizen') describes no bearer of another country or of none; and a
    person's description naming the body they serve keeps that body (``_names_body``)."""
    if referent.kind == "person" and (_names_body(description) or (root is not None and root.tag_ in PLURAL_NOUN_TAGS)):
        return False
    own = description.country if DEMONYM_RULE in (description.rule or "").split("+") else None
    return own is None or own == referent.country


def _lends(actor: Actor) -> bool:
    return actor.kind in LENDING_KINDS and actor.name is not None and actor.sector not in OPEN_SECTORS


def apposed_descriptions_name_their_referent(doc: Doc, actors: list[Actor]) -> list[Actor]:
    """Each description apposed to (or predicated of) a named organisation's or person's mention takes that
    actor's name, country, sector, role and kind, keeping its own words and offsets."""
    ordered = sorted((a for a in actors if a.start is not None and a.end is not None), key=lambda a: a.start or 0)
    starts = [a.start or 0 for a in ordered]

    def covering(token: Token, other_than: Actor) -> Actor | None:
        if token.pos == PRON:  # 'they are members of the cell': whom a pronoun names is coreference's guess
            return None
        found = [a for a in ordered[: bisect_right(starts, token.idx)]
                 if a is not other_than and token.idx < (a.end or 0) and _lends(a)]
        return min(found, key=lambda a: (a.end or 0) - (a.start or 0)) if found else None

    out = []
    for actor in actors:
        root = mention_root(doc, actor) if _description(actor) else None
        targets = _described(root) if root is not None and root.pos == NOUN else []
        referent = next((r for r in (covering(t, actor) for t in targets) if r is not None), None)
        if referent is None or referent.start == actor.start or not _agrees(actor, root, referent):
            out.append(actor)
            continue
        out.append(replace(referent.at(actor.text, actor.start, actor.end), rule=f"{referent.rule}+{RULE}"))
    return out
