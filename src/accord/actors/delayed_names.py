"""'An Ohio man pleaded guilty on Monday ... Martin Delacroix Jr. was arrested in April': news often opens with an
indefinite description of its one protagonist and names them only in a later sentence (a delayed
identification). The name then adds nothing to what the opening said of the person, and the opening's
description is the named person.

Read once the whole document is: the opening is an indefinite singular description of a person ('a', 'an')
with a sector (a word for people, not for a body: 'a Texas company' is no person), active subject of its clause
(not 'a soldier was killed': the victim of an opening is not who speaks or is arrested after), in one of the
article's first sentences (the first such). The name is the first person named after it, within the next
sentences, when it is named in full, is the subject of its clause (not 'Police arrested James Cole') and neither
the knowledge base nor the text describes it (a private person; else the protagonist is not that one). No
other description of an unnamed person in the opening sentence may fit the name's gender ('A police officer
shot a man ... Martin Delacroix died': either's name), and the opening's own must not tell another. The
description takes the person's name; every mention of the person takes the description's country (where it
gives one), its sector and its role; and so does a later bare definite description with the opening's head
noun ('The lawmaker said').

A group opens a story the same way ('Two prison guards were charged on Tuesday ... The guards, Ann Lee and Tom
Ruiz, slept'): a counted plural description of people (a cardinal number before a plural word for people
with a sector), subject of its clause, active or passive (a group's members are named whatever befell them), in
one of the article's first sentences, and the first names after it that the text gives together — two or more
people named in full in a row joined by commas and 'and', within the next sentences, none described by the
knowledge base or the text — are its members: every mention of each takes the description's country, sector and
role (``delayed_group_names``). A single name after it is no row (one of the group, or someone else). The row
must be tied to the group by the grammar: in apposition to a definite noun with the group's head ('The guards,
Ann Lee and Tom Ruiz, ...'), or the subject of the verb of the group's own act ('Two gunmen robbed ... Ann Lee
and Tom Ruiz robbed'). News names the victims and the witnesses of a group's act in the same shape ('Police
identified the dead as Ann Lee and Tom Ruiz', 'Ann Lee and Tom Ruiz, who saw the arrest, said'): untied, a row
is anyone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from accord.actors.genders import agrees, shared_genders
from accord.actors.spans import mention_root
from accord.records import Actor
from accord.syntax import NOMINAL_SUBJECT_DEPS

DELAYED_RULE = "delayed-name"
OPENING_SENTENCES = 3  # the headline and the lead's first sentences
NAME_REACH = 2  # sentences after the description within which the name comes
INDEFINITE = ("a ", "an ")
PRIVATE = "private-person"
GENDERS = shared_genders()
PEOPLE_KIND = "group"  # the kind of a sector word for people (kb.SectorWord.kind), not for a body
GROUP_RULE = "delayed-group-names"
GROUP_SUBJECTS = ("nsubj", "nsubjpass")  # 'Two guards were charged': the group's members are named after
ROW_GAP = re.compile(r"\s*(,\s*(and\s+)?|and\s+)")  # what stands between names in a row ('A, B and C')
YEAR_DIGITS = 4  # '2016 candidates': a year, not a count
ACTIVE_SUBJECT = "nsubj"  # 'A soldier was killed' (nsubjpass) tells what befell someone, not who acts after
DEFINITE_DETERMINERS = frozenset({"the", "these", "those"})  # 'the guards, A and B': the group pointed back to

def _described_unnamed(actor: Actor) -> bool:
    """A description of someone unnamed: a sector word for people read with no person's name. A word for a
    body ('a Texas company', 'a local charity': the knowledge base's bodies, kind organisation) describes no
    person, and no person's name is that body's."""
    return actor.kind == PEOPLE_KIND and actor.sector is not None and (actor.rule or "").startswith("sector-word")


def _opening(doc: Doc, actor: Actor, sentence_of: Callable[[int], int]) -> bool:
    if not actor.text.lower().startswith(INDEFINITE) or not _described_unnamed(actor) or actor.start is None:
        return False
    if sentence_of(actor.start) >= OPENING_SENTENCES:
        return False
    span = doc.char_span(actor.start, actor.end or actor.start, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ == ACTIVE_SUBJECT \
        and span.root.tag_ in ("NN", "NNP")


def _subject_named(doc: Doc, actor: Actor) -> bool:
    """The name is the subject of its own clause ('Joey Salcedo said', 'Delacroix was arrested'): the protagonist
    the opening introduced goes on acting or being told of; a name in an object ('Police arrested James Cole')
    is someone the clause's subject acts on, as likely another person as the opening's."""
    root = mention_root(doc, actor)
    return root is not None and root.dep_ in NOMINAL_SUBJECT_DEPS


def _private_named(actor: Actor) -> bool:
    """A person named in full whom neither the knowledge base nor the text describes: the civilian default."""
    return actor.kind == "person" and len((actor.name or "").split()) >= 2 and PRIVATE in (actor.rule or "") \
        and actor.sector == "CVL"


def delayed_names(doc: Doc, actors: list[Actor], sentence_starts: Sequence[int]) -> list[Actor]:
    """``actors`` with the opening description and its later-named person made one (the module's docstring)."""
    def sentence_of(offset: int) -> int:
        return bisect_right(sentence_starts, offset) - 1

    opening = next((i for i, a in enumerate(actors) if _opening(doc, a, sentence_of)), None)
    if opening is None:
        return actors
    here = sentence_of(actors[opening].start or 0)
    # the first person named (not a pronoun or surname pointing back) after the opening's sentence: the
    # protagonist only if the text tells nothing else of them ('... regulator describing it ... Lord Carlile, who
    # was ...': a known or described person is named for what the text says of them, the private people after
    # are others)
    person = next((a for a in actors[opening + 1:] if a.start is not None and sentence_of(a.start) > here
                   and a.kind == "person" and a.name and "back-reference" not in (a.rule or "")), None)
    if person is None or sentence_of(person.start or 0) > here + NAME_REACH or not _private_named(person) \
            or not _subject_named(doc, person):
        return actors
    gender = GENDERS.of_person(person)
    # 'A police officer shot a man ... Martin Delacroix died': the name could be either's; 'a congresswoman' is
    # not a man's description
    fitting = [a for a in actors if a.start is not None and sentence_of(a.start) == here and _described_unnamed(a)
               and a.text.lower().startswith(INDEFINITE) and agrees(GENDERS.of_mention(a.text), gender)]
    if fitting != [actors[opening]]:
        return actors
    made = _made_one(actors, opening, person)
    return _definite_repeats(doc, made, opening, made[opening])


def _definite_repeats(doc: Doc, actors: list[Actor], opening: int, person: Actor) -> list[Actor]:
    """'A lawmaker in Peru ... The lawmaker said': a later bare definite description with the opening's head
    noun and sector is the same person (a repeated noun phrase, now definite, points back)."""
    root = mention_root(doc, person)
    if root is None:
        return actors
    repeated = f"the {root.lower_}"
    return [replace(person, text=a.text, start=a.start, end=a.end, rule=f"{a.rule}+{DELAYED_RULE}")
            if j > opening and a.text.lower() == repeated and a.name is None and a.sector == person.sector else a
            for j, a in enumerate(actors)]


def _made_one(actors: list[Actor], index: int, person: Actor) -> list[Actor]:
    description = actors[index]
    out = list(actors)
    for j, actor in enumerate(actors):
        if actor.name == person.name and actor.kind == "person":
            out[j] = replace(actor, country=description.country or actor.country, sector=description.sector,
                             role=description.role or actor.role, rule=f"{actor.rule}+{DELAYED_RULE}")
    out[index] = replace(person, text=description.text, start=description.start, end=description.end,
                         country=description.country or person.country, sector=description.sector,
                         role=description.role or person.role, rule=f"{description.rule}+{DELAYED_RULE}")
    return out


def _counted_group(doc: Doc, actor: Actor, sentence_of: Callable[[int], int]) -> bool:
    """'Two federal prison officers', '3 journalists': a plural description of people opened by a cardinal number,
    subject of its clause, in the article's opening sentences."""
    if not _described_unnamed(actor) or actor.start is None or sentence_of(actor.start) >= OPENING_SENTENCES:
        return False
    span = doc.char_span(actor.start, actor.end or actor.start, alignment_mode="expand")
    if span is None or len(span) < 2 or span.root.tag_ != "NNS" or span.root.dep_ not in GROUP_SUBJECTS:
        return False
    count = span[0]
    return count.tag_ == "CD" and count.like_num and not (count.text.isdigit() and len(count.text) >= YEAR_DIGITS)


def _first_row(actors: list[Actor], text: str, after: int, last_sentence: int,
               sentence_of: Callable[[int], int]) -> list[Actor]:
    """The first two or more people named in full in a row ('Ann Lee and Tom Ruiz') after offset ``after`` and
    no later than sentence ``last_sentence``; empty if that row has anyone the text or the knowledge base
    describes."""
    people = [a for a in actors if a.kind == "person" and a.start is not None and a.end is not None
              and a.start >= after and "back-reference" not in (a.rule or "")]
    for n, first in enumerate(people):
        if sentence_of(first.start or 0) > last_sentence:
            return []
        row = [first]
        for person in people[n + 1:]:
            if ROW_GAP.fullmatch(text, row[-1].end or 0, person.start or 0) is None:
                break
            row.append(person)
        if len(row) >= 2:
            return row if all(_private_named(p) for p in row) else []
    return []


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) for c in noun.children)


def _tied_to_group(doc: Doc, group: Actor, first: Actor) -> bool:
    """The row's first name is the group's by the grammar: in apposition to a definite noun with the group's head
    ('The guards, Ann Lee and Tom Ruiz, slept'), or subject of a verb with the lemma of the group's own verb
    ('Two gunmen robbed a bank ... Ann Lee and Tom Ruiz robbed a store'). A row the text only names after the
    group (the dead, the witnesses, the people the group acted on) is not tied."""
    head, name = mention_root(doc, group), mention_root(doc, first)
    if head is None or name is None:
        return False
    if name.dep_ == "appos":
        return name.head.lemma_.lower() == head.lemma_.lower() and _definite(name.head)
    return name.dep_ in GROUP_SUBJECTS and name.head.pos_ in ("VERB", "AUX") \
        and name.head.lemma_.lower() == head.head.lemma_.lower()


def delayed_group_names(doc: Doc, actors: list[Actor], sentence_starts: Sequence[int]) -> list[Actor]:
    """``actors`` with the people named in a row after an opening counted group given the group's description
    (the module's docstring)."""
    def sentence_of(offset: int) -> int:
        return bisect_right(sentence_starts, offset) - 1

    group = next((a for a in actors if _counted_group(doc, a, sentence_of)), None)
    if group is None:
        return actors
    here = sentence_of(group.start or 0)
    next_sentence = sentence_starts[here + 1] if here + 1 < len(sentence_starts) else len(doc.text)
    row = _first_row(actors, doc.text, next_sentence, here + NAME_REACH, sentence_of)
    names = {p.name for p in row} if row and _tied_to_group(doc, group, row[0]) else set()
    if not names:
        return actors
    return [replace(a, country=group.country or a.country, sector=group.sector, role=group.role or a.role,
                    rule=f"{a.rule}+{GROUP_RULE}")
            if a.kind == "person" and a.name in names else a for a in actors]
