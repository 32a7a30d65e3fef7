"""The country of a province or town named in a described body's or an office's own phrase.

A body the text describes by its kind ("state police", "the provincial council") or an office it names by its
title ("the governor", "police chief") is local when its phrase names the place it serves: as a modifier
("Sinaloa state police", "the Kandahar provincial council", "Kunduz police chief X"), after "of" ("the governor
of Nangarhar province", "the mayor of the city of Kharkiv") or after "in" hung on the body itself ("police in
Helmand province"). Such a body is that place's, and in the place's country: what
:func:`accord.actors.country_from_context.lend_town_country` does for a body's *name* ("Dayton Police
Department"), done here over the parse for a description or a title, whose words the name rule cannot read.

What is never lent: a country to an actor that has one, to international bodies, armed groups, refugees and
gunmen (:data:`HOME_EXEMPT_SECTORS`: named after where they act, not whose they are), to holders of a title
whose work is with other countries ("the ambassador in Kabul" is a foreign envoy), nor to anyone the text marks
as from elsewhere ("foreign troops in Helmand"). "in" counts only when the parser hangs it on the body's
noun: "arrested two men in Helmand" says where the arrest was, not whose the men are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache
from pathlib import Path

import yaml
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from accord.actors.country_from_context import HOME_EXEMPT_SECTORS, _deals_abroad, _from_elsewhere
from accord.records import Actor

# The rules of the resolver whose mentions are a description or a title rather than a name.
DESCRIBED_RULES = ("sector-word", "title")
# The prepositions after which a body's or an office's phrase names the place it serves.
SERVING_PREPOSITIONS = frozenset({"of", "in"})
# Deep enough for "the governor of the southern province of Helmand" (of -> province -> of -> Helmand).
PREPOSITION_DEPTH = 2
# The model's labels of a place's name.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The place stage's word lists, read here from its data files (the actors package does not import the places
# package, which imports it).
PLACE_DATA = Path(__file__).resolve().parent.parent / "data" / "places"


@cache
def place_words(file: str, key: str) -> frozenset[str]:
    """A word list of the places stage's data (``file`` under ``data/places``, its list ``key``)."""
    raw = yaml.safe_load((PLACE_DATA / file).read_text(encoding="utf-8"))
    return frozenset(str(word) for word in raw[key])


def lend_place_in_phrase(doc: Doc, actors: list[Actor], place_country: Callable[[str], str | None],
                         describes: Callable[[str], bool], foreign_facing: frozenset[str]) -> list[Actor]:
    """Each described body or titled office without a country takes the country of the province or town its
    own phrase names (``place_country``: the gazetteer's, None for a country's own name, which the resolver
    has weighed; ``describes``: a word that says what kind of body one is — 'Police' is no town)."""
    return [_lent(doc, a, place_country, describes, foreign_facing) for a in actors]


def _lent(doc: Doc, actor: Actor, place_country: Callable[[str], str | None], describes: Callable[[str], bool],
          foreign_facing: frozenset[str]) -> Actor:
    if actor.country is not None or actor.kind not in ("organisation", "group", "person") \
            or actor.sector is None or actor.sector in HOME_EXEMPT_SECTORS \
            or not (actor.rule or "").startswith(DESCRIBED_RULES) or actor.start is None or actor.end is None \
            or _deals_abroad(actor, foreign_facing) or _from_elsewhere(actor):
        return actor
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return actor
    country = _modifier_place(span, actor.name, place_country, describes) \
        or _serving_place(span.root, place_country, describes, PREPOSITION_DEPTH)
    return actor if country is None else replace(actor, country=country, rule=f"{actor.rule}+phrase-place-country")


def _modifier_place(span: Span, name: str | None, place_country: Callable[[str], str | None],
                    describes: Callable[[str], bool]) -> str | None:
    """A place named before the phrase's head ('Sinaloa state police'), not within a person's own name."""
    stop = span.root.i
    if name:  # 'Kunduz police chief Ahmad Khan': the title's words only
        first = span.text.find(name)
        if first >= 0:
            stop = min(stop, next((t.i for t in span if t.idx - span.start_char >= first), stop))
    return _first_place([t for t in span if t.i < stop], place_country, describes, _named_as_place)


def _named_as_place(run: list[Token]) -> bool:
    """A modifier is a place's name when the model calls it one or a naming noun or its adjective follows
    it ('Sinaloa state police', 'the Herat provincial council'): a capitalised word before a body's noun is as
    often a name's opening or a common word ('the Central hospital'), which some small town somewhere shares."""
    after = run[-1].nbor(1) if run[-1].i + 1 < len(run[-1].doc) else None
    return all(t.ent_type_ in PLACE_LABELS for t in run) \
        or (after is not None and (after.lower_ in place_words("admin1.yaml", "naming_nouns")
                                   or after.lower_ in place_words("admin1.yaml", "naming_adjectives")))


def _serving_place(head: Token, place_country: Callable[[str], str | None],
                   describes: Callable[[str], bool], depth: int) -> str | None:
    """A place after 'of' or 'in' hung on the head ('the governor of Nangarhar province', 'police in Helmand'),
    looking through a naming noun's own 'of' ('the province of Helmand')."""
    if depth <= 0:
        return None
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in SERVING_PREPOSITIONS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            country = _first_place([*obj.lefts, obj], place_country, describes, _any_run) \
                or _serving_place(obj, place_country, describes, depth - 1)
            if country is not None:
                return country
    return None


def _any_run(run: list[Token]) -> bool:
    """After 'of' or 'in', a name the gazetteer knows stands where a place does."""
    return bool(run)


def _first_place(tokens: list[Token], place_country: Callable[[str], str | None],
                 describes: Callable[[str], bool], credible: Callable[[list[Token]], bool]) -> str | None:
    """The country of the first whole run of capitalised proper nouns among ``tokens`` that the gazetteer
    knows as a town or province ('Salt Lake City'). A run with a word that says what kind of body one is
    ('the Central Bank', 'Federal Police') is a body's name, not a place; nor is a run's opening ('Central')."""
    run: list[Token] = []
    for token in [*tokens, None]:
        # (a name the tagger does not know may be tagged a noun, at a sentence's start above all)
        if token is not None and token.pos in (PROPN, NOUN) and token.text[:1].isupper():
            run.append(token)
            continue
        if run and not any(describes(t.text) for t in run) and credible(run):
            country = place_country(" ".join(t.text for t in run))
            if country is not None:
                return country
        run = []
    return None
