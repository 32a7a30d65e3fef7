"""A news lead describes the people of the story before it names them: 'Two county jail guards were accused
on Friday ...' and only then 'Ann Lee and Tom Ruiz denied it'.

The named people are the ones the lead described: they take its country and sector (a jail guard is COP, as
the annotation guide codes prison guards), and every later mention of them does too ('Lee', 'Ruiz'); the
description is named by them ('Two county jail guards': Ann Lee and Tom Ruiz). Only where the story
says nothing else of them: the names are private persons by default (CVL, no title, role or organisation of their
own), met for the first time in the first sentence after the description's that names anyone new, and as many as
the description counts (two or more: one person described is too often not the next one named); and the
description is the only one its sentence counts ('Two officers shot a man. ...' may name either); and the names
come bare: names the text describes where it names them ('Ann Lee and Tom Ruiz, who live nearby, said') are other
people brought in, witnesses or kin (w38-mend). Not past the
lead (``LEAD_SENTENCES``): further down, a described group and a name are seldom the same people. Names apposed
to the description in its own sentence are document_people.names_after_plural_description's.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, cast

from spacy.tokens import Doc

from accord.records import Actor

INTRODUCED_RULE = "introduced-by-lead"
# the headline and the lead's first two sentences: where a news story describes those it names next
LEAD_SENTENCES = 3
# the names come right after the description: in the next sentence or the one after
NAMES_WITHIN = 2
PRIVATE_SECTOR = "CVL"
PRIVATE_RULE = "private-person"
# how many people a description counts by its first word: a number word from two on. One person ('A reporter
# wrote ... One lawyer on the case was Jo Marsh') is too often not the next one named; a count of two or more
# met by as many new names in the next sentence is the lead's own.
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
# an article or 'one' also counts people: a sentence that counts others beside the description ('Two guards shot a
# man') may name either of them next
SINGLE_WORDS = frozenset({"a", "an", "one"})
# what tells who a named person is where they are named: a relative clause or an apposition on the name
SELF_DESCRIPTION_DEPS = frozenset({"relcl", "appos"})


def lead_descriptions_name_people(doc: Doc, found: Sequence[Actor], sentence_starts: Sequence[int]) -> list[Actor]:
    """``found`` with the private people the lead describes before naming them given the description's country
    and sector, and the description their names."""
    out = list(found)
    sentence = _sentence_of(sentence_starts)
    for index, description in enumerate(out):
        count = _counted(description)
        if count is None or description.start is None or sentence(description.start) >= LEAD_SENTENCES \
                or _other_counted(out, description, sentence):
            continue
        named = _named_next(out, description, sentence, count)
        if named is None or any(_described_itself(doc, out[i]) for i in named):
            continue
        names = [out[i].name or "" for i in named]
        out = [_recoded(a, names, description) for a in out]
        out[index] = replace(description, name=" and ".join(names),
                             rule=f"{description.rule}+{INTRODUCED_RULE}")
    return out


def _described_itself(doc: Doc, person: Actor) -> bool:
    """The text tells who the named person is where it names them, by a relative clause or an apposition on the
    name or on the names coordinated with it ('Ann Lee and Tom Ruiz, who live nearby, said ...', '..., two
    neighbours, said ...'): a story brings in other people so (witnesses, neighbours, kin); the lead's described
    people come bare ('Dora Pell and Ivan Crane pleaded not guilty'). (w38-mend)"""
    span = doc.char_span(person.start or 0, person.end or 0, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    names = [first, *cast(Any, first).conjuncts]
    return any(c.dep_ in SELF_DESCRIPTION_DEPS for name in names for c in name.children)


def _sentence_of(starts: Sequence[int]) -> Callable[[int], int]:
    return lambda offset: bisect_right(starts, offset) - 1


def _counted(actor: Actor) -> int | None:
    """How many people an unnamed description with a sector of its own counts ('Two county jail guards': 2);
    None for anything else (a named actor, a civilian, a body, 'the officers')."""
    if actor.name or actor.kind not in ("group", "person") or actor.sector in (None, PRIVATE_SECTOR):
        return None
    return COUNT_WORDS.get(_first_word(actor))


def _other_counted(found: Sequence[Actor], description: Actor, sentence: Callable[[int], int]) -> bool:
    """Whether the description's sentence counts other unnamed people ('A police officer shot a man'): the name
    that follows may be either's, so it is given to neither."""
    assert description.start is not None
    here = sentence(description.start)
    return any(a is not description and not a.name and a.start is not None and sentence(a.start) == here
               and _first_word(a) in COUNT_WORDS.keys() | SINGLE_WORDS and a.text != description.text for a in found)


def _first_word(actor: Actor) -> str:
    return actor.text.split(" ", 1)[0].lower()


def _named_next(found: Sequence[Actor], description: Actor, sentence: Callable[[int], int], count: int
                ) -> list[int] | None:
    """The indexes of the people first named in the first sentence after the description's that names anyone new,
    when they are ``count`` private persons and that sentence comes soon after; None otherwise. Those the
    description's own sentence names are others ('two guards ... checked on Carl Benning')."""
    assert description.start is not None
    here = sentence(description.start)
    seen = {a.name for a in found if a.kind == "person" and a.start is not None and a.start < description.start}
    first: dict[str, int] = {}
    target = None
    for i, actor in enumerate(found):
        if actor.kind != "person" or not actor.name or actor.start is None or actor.start <= description.start \
                or actor.name in seen or actor.name in first:
            continue
        at = sentence(actor.start)
        if at == here:
            continue  # someone else the description's own sentence names ('... checked on Carl Benning')
        if target is None:
            target = at
        if at != target:
            break
        first[actor.name] = i
    if target is None or target - here > NAMES_WITHIN or len(first) != count:
        return None
    if not all(_private(found[i]) for i in first.values()):
        return None
    return list(first.values())


def _private(actor: Actor) -> bool:
    """A private person by default (or one an earlier description of the lead, the headline's, already gave its
    sector: the lead's description names the same people)."""
    rule = actor.rule or ""
    if INTRODUCED_RULE in rule:
        return True
    return actor.sector == PRIVATE_SECTOR and PRIVATE_RULE in rule and not actor.role and not actor.organisation


def _recoded(actor: Actor, names: Sequence[str], description: Actor) -> Actor:
    """Each mention of a named person (the full name, 'Lee', 'she') with the description's country and sector."""
    if actor.kind != "person" or actor.name not in names or actor.sector != PRIVATE_SECTOR:
        return actor
    return replace(actor, sector=description.sector, country=actor.country or description.country,
                   rule=f"{actor.rule}+{INTRODUCED_RULE}")
