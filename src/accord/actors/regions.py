"""A country's name that names a part of the country: a region, not the state.

"Northern Syria", "north-east Syria", "central and eastern Mali", "Syria's north-east", "Ukraine's industrial
east", "the east of the DRC": a compass word that modifies the name, or a compass noun whose possessor or "of"
object the name is, makes the phrase the land in that direction. A land is no government: it keeps its country
but takes no sector, as a town named as a target does ("shelled northern Iraq", "Syria's north-east was hit").
Inside a locative ("fighting in northern Syria") it stays a mention of the country, sector-less: it tells
where the story is set (the home-country rules count it), and the events stage reads a locative as a place.
A capital or a country standing for its state ("Ankara said", "Turkey vowed") is untouched: no compass word
makes it a direction.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from accord.words import shared_words

_WORDS = shared_words()
# Words that make a place's name a direction inside it ("northern", "north-east", "central").
COMPASS_MODIFIERS = _WORDS.compass_adjectives | _WORDS.compass_points | _WORDS.intercardinal_points
# Nouns that name a direction inside a place ("the east of", "Syria's north-east": the parser heads the
# hyphened word by its last part).
COMPASS_NOUNS = _WORDS.compass_points | _WORDS.intercardinal_points
REGION_RULE = "region"  # the suffix of a country's name read as a part of the country


def region_root(doc: Doc, left: int, head: Token, is_name: Callable[[str], bool]) -> Token | None:
    """The noun of the region phrase when the country's name at ``head`` (mention starting at ``left``) names a
    part of the country, else None: the name itself when a compass word opens its mention or modifies it, the
    compass noun it possesses or is the "of" object of, or the mention's own compass head. A compass word that
    is part of a country's own name ("South Korea", "North Macedonia", "East Timor": ``is_name``) makes no
    region."""
    if head.lower_ in COMPASS_NOUNS:
        return head
    opening = [doc[left]] if doc[left].i < head.i else []
    modifiers = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
    if any(_direction(w, head, is_name) for w in (*opening, *modifiers)):
        return head
    if head.dep_ == "poss" and head.head.lower_ in COMPASS_NOUNS:
        return head.head  # "Syria's north-east", "Ukraine's industrial east"
    of = head.head if head.dep_ == "pobj" else None
    if of is not None and of.lower_ == "of" and of.head.lower_ in COMPASS_NOUNS:
        return of.head  # "the east of the DRC"
    return None


def _direction(word: Token, head: Token, is_name: Callable[[str], bool]) -> bool:
    """``word`` is a compass word before the name at ``head`` and not part of that name."""
    return word.lower_ in COMPASS_MODIFIERS and not is_name(word.doc[word.i : head.i + 1].text)
