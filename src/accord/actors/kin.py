"""'her husband', "Lee's son": a kinship word a person owns is the one relative the article names in full.

A kinship word alone names no one ('his wife' is too vague to be an actor of its own: sectors.yaml ``kinship``),
but news that names a family in full ("Hillary Clinton ... Bill Clinton") goes on with 'her husband'. The word
tells the relative's gender ('husband', 'son': a man); the owner (a possessive pronoun of a gender, or a name)
and the relative share a surname, as a family's members mostly do. So the phrase is the person named in full in
the article who bears the owner's surname (a name's own person; a pronoun's antecedent: the latest person
mentioned before it whom its gender fits, as a pronoun alone is read), is not the owner, and is of the kinship
word's gender as their given name tells — when exactly one person fits. Where the kinship word has a name
of its own beside it ("his wife, Mira") that name is the actor, and a phrase another mention covers is left as
it is.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from accord.actors.document_people import surname_of
from accord.actors.genders import agrees, shared_genders
from accord.records import Actor

KIN_RULE = "kin-by-surname"
GENDERS = shared_genders()


def _surname(actor: Actor) -> str:
    return surname_of(actor.name or "")


def _full_named(actor: Actor) -> bool:
    return actor.kind == "person" and len((actor.name or "").split()) >= 2


def _covered(actors: Sequence[Actor], offset: int) -> bool:
    return any(a.covers(offset) for a in actors)


def _owners(owner: Token, people: Sequence[Actor]) -> list[Actor]:
    """Whom the possessive stands for: the person whose mention covers the name, or, for a pronoun, its one
    antecedent -- the latest person mentioned before it whom its gender fits ('Trump thanked his wife' after
    'Bill Clinton' is Trump's wife, not Clinton's; every earlier man is not a candidate)."""
    if owner.pos_ == "PRON":
        gender = GENDERS.of_pronoun(owner.lower_)
        if gender is None:
            return []
        before = [p for p in people if (p.start or 0) < owner.idx and agrees(gender, GENDERS.of_person(p))]
        return [max(before, key=lambda p: p.start or 0)] if before else []
    return [p for p in people if p.covers(owner.idx)]


def _relative(word: Token, actors: Sequence[Actor], kinship: Collection[str]) -> Actor | None:
    """The one person the kinship phrase headed by ``word`` names, or None."""
    if word.lower_ not in kinship or word.tag_ != "NN" or any(c.dep_ == "appos" for c in word.children):
        return None
    owner = next((c for c in word.children if c.dep_ == "poss"), None)
    gender = GENDERS.of_mention(word.lower_)
    if owner is None or gender is None or _covered(actors, word.idx):
        return None
    people = [a for a in actors if _full_named(a)]
    owners = _owners(owner, people)
    surnames = {_surname(o) for o in owners}
    names = {o.name for o in owners}
    fitting = {p.name: p for p in people if _surname(p) in surnames and p.name not in names
               and GENDERS.of_name(p.name) == gender}  # by the given name: a mention's words may be another's
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def relatives_named_by_surname(doc: Doc, actors: list[Actor], kinship: Collection[str]) -> list[Actor]:
    """``actors`` with a mention for each kinship phrase that names one relative (see the module's docstring),
    placed among them by where it starts."""
    out = list(actors)
    for word in doc:
        relative = _relative(word, actors, kinship)
        if relative is None:
            continue
        owner = next(c for c in word.children if c.dep_ == "poss")
        first = owner.left_edge.i if owner.pos_ != "PRON" else owner.i
        start, end = doc[first].idx, word.idx + len(word.text)
        mention = replace(relative, text=doc.text[start:end], start=start, end=end, rule=KIN_RULE)
        at = next((i for i, a in enumerate(out) if (a.start or 0) > start), len(out))
        out.insert(at, mention)
    return out
