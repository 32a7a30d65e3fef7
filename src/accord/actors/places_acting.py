"""A place that does what only a government does is that place's government.

"Ohio asked a federal court to block the rule", "Nevada, heading a group of nine states, sued the agency",
"Catalonia passed the law": a US state, a country's region or a town named as the doer of a legal or political
act (sectors.yaml ``place_government_acts``) is its government, GOV of the place's country — as docs/annotation.md
codes a state's government and organs, and a capital standing for its government. "The state sued" and "the
state asked the court" likewise: the state's government, whose country the story's home gives. Anywhere else
the place's name stays a place: "Ohio voted for Trump" (its voters), "fires swept California", "protests in
Catalonia", "Texas leads the nation"; only the subject of one of those verbs (or the agent of its passive: "was
sued by Ohio") is read.

The place's country is the gazetteer's (``place_country``, given by the pipeline so that this package does not
import the places stage); a country's own name is no place here (it is an actor already), nor is a name the tagger
does not call a place (a person named like a town: "Houston argued").
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from accord.records import Actor
from accord.syntax import subject_misread_as_date_apposition

PLACE_GOVERNMENT_RULE = "place-government-act"  # 'Ohio sued': the place's government
THE_STATE_RULE = "the-state-acting"  # 'the state sued': the state's government
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC"})
STATE_NOUN = "state"
_SUBJECTS = frozenset({"nsubj"})
LAND_RULES = ("region-name",)  # subnational_names.yaml regions (not a compass part: "northern Syria")


def places_acting(doc: Doc, found: Sequence[Actor], place_country: Callable[[str], str | None],
                  acts: Collection[str]) -> list[Actor]:
    """``found`` with a GOV mention added for each place (or "the state") that is the doer of an act in ``acts``
    and that no mention covers yet, in text order."""
    added: list[Actor] = []
    out = list(found)
    for token in doc:
        if not _doer_of_act(token, acts):
            continue
        covering = [i for i, a in enumerate(out) if a.covers(token.idx)]
        if covering:  # 'Catalonia' read as a region (no sector, Spain's name): here its own government
            out = [replace(a, name=a.text, sector="GOV", rule=f"{a.rule}+{PLACE_GOVERNMENT_RULE}")
                   if i in covering and _a_land(a) else a for i, a in enumerate(out)]
            continue
        actor = _place_government(doc, token, place_country) or _the_state(doc, token)
        if actor is not None:
            added.append(actor)
    for actor in added:  # each at its place in the text, the others' order (an embedded name after its phrase) kept
        at = next((i for i, a in enumerate(out) if a.start is not None and actor.start is not None
                   and a.start > actor.start), len(out))
        out.insert(at, actor)
    return out


def _a_land(actor: Actor) -> bool:
    """A region's or a part of a country's mention: a country and no sector ('Catalonia', 'northern Syria')."""
    return actor.sector is None and actor.country is not None and (actor.rule or "").endswith(LAND_RULES)


def _doer_of_act(token: Token, acts: Collection[str]) -> bool:
    """The subject of a verb in ``acts`` ('Ohio sued'), or the 'by' agent of its passive ('was sued by Ohio')."""
    if token.dep_ in _SUBJECTS:
        verb = token.head
    elif (token.dep_ == "pobj" and token.head.dep_ == "agent") \
            or (token.dep_ == "appos" and subject_misread_as_date_apposition(token.head.head) == token):
        verb = token.head.head  # the passive's verb, or the one whose subject the parser hung on the opening day
    else:
        return False
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in acts


def _entity_of(doc: Doc, token: Token) -> Span | None:
    """The named entity whose root ``token`` is ('New Mexico' for 'Mexico')."""
    return next((ent for ent in doc.ents if ent.start <= token.i < ent.end and ent.root.i == token.i), None)


def _place_government(doc: Doc, token: Token, place_country: Callable[[str], str | None]) -> Actor | None:
    """'Ohio' sued: the government of the place the gazetteer knows by the entity's words."""
    entity = _entity_of(doc, token)
    if entity is None or entity.label_ not in PLACE_ENTITY_TYPES:
        return None
    words = entity[1:] if entity[0].lower_ == "the" else entity
    if not words.text or not words[0].is_title:
        return None
    country = place_country(words.text)
    if country is None:
        return None
    return Actor(words.text, name=words.text, country=country, sector="GOV", kind="organisation",
                 start=words.start_char, end=words.end_char, rule=PLACE_GOVERNMENT_RULE)


def _the_state(doc: Doc, token: Token) -> Actor | None:
    """'the state sued': the bare definite singular 'state', nothing else before or after it."""
    if token.lower_ != STATE_NOUN or token.tag_ != "NN":
        return None
    children = list(token.children)
    if len(children) != 1 or children[0].lower_ != "the" or children[0].i != token.i - 1:
        return None
    first = doc[token.i - 1]
    return Actor(f"{first.text} {token.text}", country=None, sector="GOV", kind="organisation",
                 start=first.idx, end=token.idx + len(token), rule=THE_STATE_RULE)
