"""'the senator', 'the Democratic nominee', 'the former secretary of state': a singular definite description of a
person the article named earlier is that person.

News names a person once with a title or an apposition ("Senator Maria Delgado", "Tom Harlan, the Republican
nominee") and then refers back to them by the description alone. The sentence-level resolver reads such a
phrase as a generic mention of its sector ('the candidate': ELI, no one), and only a title repeated within a
sentence reaches its holder. This pass, run once the document is read, asks the account of descriptions the
quote stage reads for its speakers (:class:`accord.descriptions.Descriptions`: a name is described by its title,
its apposition and the role this stage gave it) for the nearest earlier name so described, and gives the mention
that person's record. It leaves alone:

- plural and indefinite mentions ('the senators', 'a senator'): they describe no one in particular;
- a description no earlier person fits (then a title keeps today's office holder by the knowledge base);
- a mention that already is a person the article names, and bodies, countries and organisations;
- a description whose noun is only a word of a name ('the bill' after 'Bill Ward');
- a description only the knowledge base's roles fit, when they fit two people of the article (the text, not
  the knowledge base, would have to say which foreign minister 'the foreign minister' is).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from accord.descriptions import Descriptions, DescriptionWords, roles_by_start
from accord.doc_index import entity_bounds
from accord.records import Actor

DESCRIPTION_RULE = "description-back-reference"
INDEFINITE_DETERMINERS = frozenset({"a", "an", "another"})  # a new person brought in
PERSON_LIKE_KINDS = frozenset({"person", "group"})  # what a description of one person may have been read as
# A description with one of these words is of a time the named person's own description need not share: 'the
# president' is today's president, not a former one the article named ('former president Bill Clinton').
TEMPORAL_MODIFIERS = frozenset({"former", "then", "ex", "late", "future", "outgoing", "incoming"})


def descriptions_name_people(doc: Doc, actors: list[Actor], root: Callable[[Actor], Token | None],
                             words: DescriptionWords | None = None,
                             known_as: Callable[[str], tuple[str, ...]] | None = None) -> list[Actor]:
    """Each open singular definite description of a person takes the record of the nearest earlier person the
    article names and describes so (see the module's docstring); ``root`` gives a mention's head token;
    ``known_as`` the nouns the knowledge base says news uses for a person by name ('businessman'), which
    describe them as a role the actor stage gave would."""
    people = [a for a in actors if a.kind == "person" and a.name and a.start is not None and a.end is not None]
    named = {a.name for a in people}
    open_ = [i for i, a in enumerate(actors) if a.kind in PERSON_LIKE_KINDS and a.name not in named
             and a.start is not None and (a.sector is not None or a.role)]
    if not people or not open_:
        return actors
    descriptions = Descriptions(doc, _roles_and_known_nouns(actors, people, known_as), words)
    out = list(actors)
    for i in open_:
        actor = actors[i]
        head = root(actor)
        index = descriptions.antecedent(head, described=True) if head is not None else None
        person = _person_named(people, doc[index]) if index is not None else None
        if person is None or head is None:
            continue
        if index is not None and _only_roles_fit_two(descriptions, people, index, head):
            continue  # 'the foreign minister' after two foreign ministers the knowledge base knows
        if index is not None and _introduced_since(descriptions, index, head):
            continue  # 'a neurosurgeon at the clinic said ... the neurosurgeon': the one the text introduced
        if actor.name is not None and not _same_time(head, person, descriptions):
            continue  # 'the president' (today's, by the knowledge base) after 'former president Bill Clinton'
        out[i] = replace(person, text=actor.text, start=actor.start, end=actor.end, state=None,
                         rule=DESCRIPTION_RULE)
    return out


def _roles_and_known_nouns(actors: list[Actor], people: list[Actor],
                           known_as: Callable[[str], tuple[str, ...]] | None) -> dict[int, str]:
    """The actor stage's role of each person mention, with the nouns the knowledge base knows the person by
    ('the billionaire businessman' after 'Donald Trump', whom the text never calls so)."""
    roles = roles_by_start(actors)
    if known_as is None:
        return roles
    for person in people:
        nouns = known_as(person.name or "")
        if nouns and person.start is not None:
            roles[person.start] = " ".join([roles.get(person.start, ""), *nouns]).strip()
    return roles


def _only_roles_fit_two(descriptions: Descriptions, people: list[Actor], index: int, head: Token) -> bool:
    """Whether only the roles the actor stage knows (not the text) describe the name at ``index`` so, while they
    describe another person of the article so as well."""
    if descriptions.said_in_text(index, head):
        return False
    names: set[str | None] = set()
    for j in descriptions.fitting(head):
        person = _person_named(people, descriptions.doc[j])
        names.add(person.name if person is not None else None)
    return len(names) > 1


def _introduced_since(descriptions: Descriptions, index: int, head: Token) -> bool:
    """Whether, between the name at ``index`` and the description at ``head``, the text introduces someone new with
    the description's own noun ("*a* neurosurgeon at the clinic"), while only the knowledge base, not the text,
    calls the named person so: the description then takes up the one introduced."""
    if descriptions.said_in_text(index, head):
        return False
    return any(t.lemma_.lower() == head.lemma_.lower() and t.pos_ == "NOUN"
               and any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in t.children)
               for t in descriptions.doc[index + 1:head.i])


def _person_named(people: list[Actor], name: Token) -> Actor | None:
    """The person whose record the name ending at ``name`` stands for: the mention written over it whose name has
    all its words, else another mention of that person ('Chelsea Clinton, the daughter of candidate Hillary
    Clinton': the longer mention over 'Hillary Clinton' is Chelsea's, the name is Hillary's); a surname's record
    gives way to the one person the article names in full with it."""
    bounds = entity_bounds(name) or (name.i, name.i + 1)
    words = {t.lower_ for t in name.doc[bounds[0] : bounds[1]] if t.is_alpha}
    if not words:
        return None
    same = [p for p in people if words <= set((p.name or "").lower().split())]
    found = next((p for p in same if (p.start or 0) <= name.idx < (p.end or 0)), same[0] if same else None)
    if found is None:
        return None
    # 'Gov. Snyder' named by surname: the person the article names in full ('Rick Snyder'), when only one is
    fuller = {p.name: p for p in same if set((found.name or "").lower().split()) < set((p.name or "").lower().split())}
    return next(iter(fuller.values())) if len(fuller) == 1 else found


def _same_time(head: Token, person: Actor, descriptions: Descriptions) -> bool:
    """Whether the description and the person's own description agree on 'former', 'then' and the like."""
    said = {c.lower_ for c in head.lefts} & TEMPORAL_MODIFIERS
    own = {w.lower() for w in (person.role or "").split()} & TEMPORAL_MODIFIERS
    text = {w.lower() for w in descriptions.doc.text[person.start or 0 : person.end or 0].split()} & TEMPORAL_MODIFIERS
    return said == (own | text)
