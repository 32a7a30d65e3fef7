"""Place mentions geocoded with GeoNames plus accord's extras, and the location each event gets.

``event_location`` is what the event coder calls: the place the trigger's own clause says the event
happened in ("clashes ... in eastern Ladakh"), never a place that stands for an actor ("New Delhi and
Moscow sign ..."). It takes the place records of the trigger's sentence window (the coder hands it those);
what it knows of the whole story (its dateline, the countries of each sentence's actors) it reads from the
Doc, worked out once per Doc.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from accord.blackboard import ACTOR_COUNTRIES, ACTORS, DATELINE_PLACE, PLACES
from accord.dateline import find_doc_dateline
from accord.dates.clause import in_clause_of
from accord.doc_index import doc_text, sentence_index, sentence_of
from accord.records import Place
from accord.words import shared_words

__all__ = ["event_location"]

# The more specific place wins when a clause names several ("at Hyderabad House in New Delhi, India").
SPECIFICITY = {"landmark": 0, "city": 1, "region": 2, "disputed": 2, "water": 3, "country": 4}
# Places of no single country that are still where things happen: a strait, a sea, a disputed line or area,
# a landmark ("seized a tanker in the Strait of Hormuz", "clashes along the Line of Control"). A region
# ("the Sahel", "the Indo-Pacific") is too wide to say where an event took place.
UNOWNED_SITES = frozenset({"water", "disputed", "landmark"})
# Prepositions that say where something happened.
LOCATIVE_PREPS = shared_words().locative_prepositions | shared_words().site_prepositions


# Nouns naming a settlement or area: 'the town of Rutshuru' is where Rutshuru is.
PLACE_NOUNS = frozenset({"town", "city", "village", "region", "province", "district", "area", "port", "county",
                         "island", "capital", "enclave", "settlement", "camp"})
VISIT_VERBS = frozenset({"visit", "tour", "reach", "enter"})
DEPARTURE_VERBS = frozenset({"withdraw", "retreat", "pull", "evacuate", "leave", "flee", "expel", "evict", "oust"})


def event_location(trigger: Token, found: Sequence[Place]) -> Place | None:
    """Where the text says the event of ``trigger`` happened, among the places ``found`` around it; None when
    it does not say.

    First a place in the trigger's own clause; else one its sentence introduces with a locative
    preposition; else, when the sentence names no place but actors, the sub-national place the previous
    sentence of the same paragraph set the scene in ("... a standoff in eastern Ladakh. At least 20
    soldiers were killed in clashes last year."); else the story's dateline city, when every place the
    sentence names lies in its country ("ACCRA, Jan 30 - ... Lawmakers criticised the deal.").
    Places of no one country count only when they are sites (:data:`UNOWNED_SITES`), not wide regions.
    """
    doc = trigger.doc
    places = [p for p in found if p.country is not None or p.feature in UNOWNED_SITES]
    dateline = _dateline_place(doc)  # the whole story's, wherever ``found`` comes from
    if dateline is not None:  # a dateline is no part of the sentence it opens
        places = [p for p in places if p.start != dateline.start or p != dateline]
    sent = sentence_of(trigger)
    in_sentence = _located(doc, places, sent)
    own = [(p, span) for p, span in in_sentence if in_clause_of(span.root, trigger)]
    chosen = [p for p, span in own if _can_be_location(p, span) or _where_the_trigger_goes(span, trigger)]
    if not chosen:
        chosen = [p for p, span in in_sentence if _is_locative(span) and not p.is_actor]
    if not chosen and all(p.is_actor for p, _ in in_sentence) and sent.start > 0:
        previous = sentence_of(doc[sent.start - 1])
        if not _paragraph_break(doc_text(doc)[previous.start_char : sent.start_char]):
            chosen = [p for p, span in _located(doc, places, previous) if _sets_the_scene(p, span)]
    if not chosen:
        return _dateline_default(dateline, _countries_named(doc, sent, [p for p, _ in in_sentence]))
    return min(chosen, key=lambda p: (SPECIFICITY.get(p.feature or "", 5), abs(p.start - trigger.idx)))


def _dateline_place(doc: Doc) -> Place | None:
    """The place record of the story's dateline, looked up once per Doc (every event asks)."""
    return DATELINE_PLACE.recall(doc, _find_dateline_place)


def _find_dateline_place(doc: Doc) -> Place | None:
    dateline = find_doc_dateline(doc)
    if dateline is None:
        return None
    span = (dateline.start, dateline.end)
    return next((p for p in PLACES.get(doc) or () if (p.start, p.end) == span and p.country), None)


def _countries_named(doc: Doc, sent: Span, in_sentence: list[Place]) -> set[str | None]:
    """The countries of a sentence's places and of its actors ("Sudanese troops" names Sudan)."""
    named: set[str | None] = set(_actor_countries(doc).get(sent.start, ()))
    return named | {p.country for p in in_sentence}


def _actor_countries(doc: Doc) -> dict[int, list[str]]:
    """Sentence start token -> the countries of the actors that start in it, gathered once per Doc."""
    return ACTOR_COUNTRIES.recall(doc, _gather_actor_countries)


def _gather_actor_countries(doc: Doc) -> dict[int, list[str]]:
    by_sentence: dict[int, list[str]] = {}
    index = sentence_index(doc)
    for actor in ACTORS.get(doc) or ():
        if actor.country and actor.start is not None:
            token = doc.char_span(actor.start, actor.start + 1, alignment_mode="expand")
            if token is not None:
                by_sentence.setdefault(index.start_of(token[0]), []).append(actor.country)
    return by_sentence


def _dateline_default(dateline: Place | None, countries: set[str | None]) -> Place | None:
    """The dateline city, unless the sentence names another country (a Seoul dateline does not place
    "North Korea fired missiles")."""
    if dateline is None or dateline.feature != "city":
        return None
    return None if countries - {dateline.country} else dateline


def _paragraph_break(text: str) -> bool:
    """A line break between two sentences (spaCy keeps it as trailing whitespace of the first)."""
    return "\n" in text[len(text.rstrip()) :]


def _located(doc: Doc, places: list[Place], sent: Span) -> list[tuple[Place, Span]]:
    low, high = sent.start_char, sent.end_char  # offsets first: no Span for a place outside the sentence
    return [(p, span) for p in places
            if p.start < high and p.end > low and (span := _span(doc, p)) is not None and _within(span, sent)]


def _can_be_location(place: Place, span: Span) -> bool:
    """Not an actor; and a country counts only when a preposition says it is where ("in Afghanistan")."""
    return not place.is_actor and (place.feature != "country" or _is_locative(span))


def _sets_the_scene(place: Place, span: Span) -> bool:
    return not place.is_actor and place.feature not in ("country", "water") and _is_locative(span)


def _span(doc: Doc, place: Place) -> Span | None:
    return doc.char_span(place.start, place.end, alignment_mode="expand")


def _within(span: Span, sent: Span) -> bool:
    return sent.start <= span.start and span.end <= sent.end


def _is_locative(span: Span) -> bool:
    root = _phrase_root(span)
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def _phrase_root(span: Span) -> Token:
    """The head of the phrase a place name stands in: 'Rutshuru' in 'the town of Rutshuru' is 'town'."""
    root = span.root
    while root.head.i != root.i:
        if root.dep_ in ("conj", "appos", "compound"):
            root = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PLACE_NOUNS:
            root = root.head.head
        else:
            break
    return root


def _where_the_trigger_goes(span: Span, trigger: Token) -> bool:
    """A place the event's own verb visits ('visited Canberra') or leaves ('withdrew from the town of X'):
    where the event happened, even when the name also stands for a government."""
    root = _phrase_root(span)
    verb = trigger.lemma_.lower()
    if root.dep_ == "dobj" and root.head.i == trigger.i:
        return verb in VISIT_VERBS
    return root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.i == trigger.i \
        and verb in DEPARTURE_VERBS
