"""A person the text says represents another person is their lawyer: JUD, as the annotation guide codes private
lawyers (docs/annotation.md, Sectors).

"Jo Marsh, who represents Ann Lee, said ...", "Jo Marsh, representing the families of the victims, said ...":
English says "represent" of a lawyer and a client, and of a legislator and a place ("who represents a district
in Albay", "who represents Iowa"). The object decides: a person named or referred to (a PERSON entity, a
person's actor mention, a possessive of one: "some of Epstein's accusers") makes the subject their counsel; a
place or anything else leaves the person as the sentence found them. Only people the text alone placed (no
sector, or the civilian default) take it, and every mention of the same name with them: the clause describes the
person, not the one mention.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from accord.records import Actor

REPRESENT = "represent"
CLAUSE_DEPS = frozenset({"relcl", "acl"})  # 'X, who represents Y'; 'X, representing Y'
OBJECT_DEPS = frozenset({"dobj", "obj"})
LAWYER_SECTOR = "JUD"
LAWYER_ROLE = "Lawyer"
RULE = "represents-person"
OPEN_SECTORS = frozenset({None, "CVL"})  # what the text alone gives a person it says nothing more of


def _names_a_person(obj: Token, people: list[tuple[int, int]]) -> bool:
    """The object, or a word of its phrase, is a person: a PERSON entity or inside a person's mention."""
    return any(t.ent_type_ == "PERSON" or any(s <= t.idx < e for s, e in people) for t in obj.subtree)


def _represents_a_person(head: Token, people: list[tuple[int, int]]) -> bool:
    for clause in head.children:
        if clause.dep_ not in CLAUSE_DEPS or clause.lemma_.lower() != REPRESENT:
            continue
        if any(o.dep_ in OBJECT_DEPS and _names_a_person(o, people) for o in clause.children):
            return True
    return False


def _name_head(doc: Doc, actor: Actor) -> Token | None:
    span = doc.char_span(actor.start or 0, actor.end or 0, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def lawyers_of_the_represented(doc: Doc, actors: list[Actor]) -> list[Actor]:
    """Each person the text alone placed who 'represents' a person (a relative or participle clause on their
    name) is a lawyer, JUD, at every mention of their name."""
    people = [(a.start or 0, a.end or 0) for a in actors if a.kind == "person" and a.start is not None]
    lawyers: set[str] = set()
    for actor in actors:
        if actor.kind != "person" or not actor.name or actor.sector not in OPEN_SECTORS or actor.start is None:
            continue
        head = _name_head(doc, actor)
        if head is not None and _represents_a_person(head, [p for p in people if p != (actor.start, actor.end)]):
            lawyers.add(actor.name)
    if not lawyers:
        return actors
    return [replace(a, sector=LAWYER_SECTOR, role=a.role or LAWYER_ROLE, rule=f"{a.rule}+{RULE}")
            if a.kind == "person" and a.name in lawyers and a.sector in OPEN_SECTORS else a for a in actors]
