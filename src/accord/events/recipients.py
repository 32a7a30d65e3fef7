"""Layer 4's recipient search, who an event is done to: candidate phrases around the event's words, ranked.

The event's own objects and prepositions come first; a country or an international body wins, else an
organised group, else anyone. Places stand for their country when a hostile act targets them ("shelled
Juba") or a measure affects them ("lifted the curfew in X"). Only when the event's own words name nobody
organised does the search go a level deeper and into the clauses around the event.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from accord.actors.country_from_context import INTERNATIONAL_SECTORS
from accord.blackboard import PLACES
from accord.doc_index import token_chars
from accord.events.frames import Frame
from accord.events.participants import ActorLookup, actors_of, modifier_actors, phrase_bounds, same_actor
from accord.events.syntax import has_infinitive
from accord.records import Actor

PREP_ORDER = ("with", "to", "against", "on", "upon", "into", "toward", "towards", "over", "from", "between",
              "among", "for", "of", "at", "in", "along", "near", "across", "inside")
NOUN_PREP_ORDER = (*PREP_ORDER, "by")
# Complaints and refusals are addressed *to* someone but are *about* someone else: the target comes first.
TARGET_FIRST = ("against", "over", "of", "for", "by", "from", "with", "on", "upon", "into", "toward", "towards",
                "between", "among", "to", "at", "in", "along", "near", "across", "inside")
TARGET_FIRST_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST"})
LAST_RESORT_PREPS = frozenset({"in", "at", "along", "near", "across", "inside"})
DEEPER_PREPS = ("by", "against", "of", "from")
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "SANCTION"})
# Acts whose "in <place>" names the population affected, not just the venue ("lifted the curfew in X").
AFFECTED_PLACE_TYPES = frozenset({"CONCEDE", "RETREAT", "THREATEN", "REJECT"})


def find_recipients(doc: Doc, frame: Frame, lookup: ActorLookup, actor: list[Actor]) -> tuple[list[Actor], str]:
    """Who the event is done to. First the event words' own objects and prepositions: the first naming a
    country or an international body, else an organised group; places ("in Kabul", "shelled Juba") stand
    for their country. Only then a level deeper ("protest against violations by the security forces") and
    the clauses around the event, where just a country or an international body will do."""
    direct = _recipient_candidates(frame)
    best: dict[tuple[int, int], tuple[list[Actor], str]] = {}
    for stage in (0, 1):
        candidates = direct if stage == 0 else _nearby_candidates(frame, direct)  # deeper only when needed
        ordered = [c for c in candidates if c[1] not in LAST_RESORT_PREPS] + \
            [c for c in candidates if c[1] in LAST_RESORT_PREPS]
        for token, via in ordered:
            found = _named(doc, token, via, frame, lookup, actor)
            tier = _tier(found)
            if tier == 0:
                return found, via
            if found and (tier, stage) not in best:
                best[(tier, stage)] = (found, via)
        if stage == 0 and any(tier <= 1 for tier, _ in best):
            break
    return best[min(best)] if best else ([], "none")


def _nearby_candidates(frame: Frame, direct: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    nearby = [(obj, via) for token, _ in direct for obj, via in prep_objects(token, DEEPER_PREPS)]
    return nearby + _clause_candidates(frame)


def _named(doc: Doc, token: Token, via: str, frame: Frame, lookup: ActorLookup,
           actor: list[Actor]) -> list[Actor]:
    named = modifier_actors(doc, token, lookup) if via == "modifier" else actors_of(doc, token, lookup)
    found = [a for a in named if not same_actor(a, actor)]
    place_target = frame.type in PLACE_TARGET_TYPES or (via in LAST_RESORT_PREPS and frame.type in AFFECTED_PLACE_TYPES)
    if _tier(found) != 0 and place_target and (via in LAST_RESORT_PREPS or via == "object"):
        found = _place_as_target(doc, token) or found
    return found


def _tier(actors: list[Actor]) -> int:
    """0: a country or an international body; 1: an organised group; 2: anyone else; 3: nobody."""
    if not actors:
        return 3
    if any(a.country or a.sector in INTERNATIONAL_SECTORS for a in actors):
        return 0
    return 1 if any(a.sector for a in actors) else 2


def _recipient_candidates(frame: Frame) -> list[tuple[Token, str]]:
    """Phrases that may name the recipient: the content word's objects first, then the rest of the frame."""
    order = TARGET_FIRST if frame.type in TARGET_FIRST_TYPES else PREP_ORDER
    verbal: list[tuple[Token, str]] = []
    for verb in frame.chain:
        topic = verb.i == frame.content.token.i and frame.content.entry.topic
        for child in verb.children:
            if child.dep_ == "dative" or (child.dep_ == "dobj" and not topic and frame.type != "MOBILIZE"):
                verbal.append((child, "object"))
                verbal.extend(prep_objects(child, (*order, "by")))
            elif child.dep_ == "dobj" and topic:
                verbal.extend(_goal_within(child))  # "gave 20 million euros in aid to Ethiopia"
            elif child.dep_ == "nsubj" and verb.i != frame.top.i:
                verbal.append((child, "object"))
            elif child.dep_ == "ccomp" and frame.type in ("REQUEST", "THREATEN", "ACCUSE"):
                verbal.extend((c, "object") for c in child.children if c.dep_ in ("nsubj", "dobj"))
            elif child.dep_ == "advcl" and frame.type in ("THREATEN", "REQUEST") and _conditional(child):
                verbal.extend((c, "condition") for c in child.children if c.dep_ == "nsubj")
        verbal.extend(prep_objects(verb, order))
    hostile = not frame.type.endswith(("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"))
    noun_order = ("of", *order, "by") if hostile else (*order, "by")  # "the blockade of Serbia"
    nominal: list[tuple[Token, str]] = []
    for noun in frame.nouns:
        if noun.i != frame.top.i and noun.dep_ != "pobj":
            nominal.append((noun, "modifier"))
        nominal.extend(prep_objects(noun, noun_order))
    return nominal + verbal if frame.content.nominal else verbal + nominal


def _clause_candidates(frame: Frame) -> list[tuple[Token, str]]:
    """Objects of the clauses around the event: its complements, purpose clauses and noun clauses."""
    order = TARGET_FIRST if frame.type in TARGET_FIRST_TYPES else PREP_ORDER
    chain = {v.i for v in frame.chain}
    clauses = [(obj, via) for verb in frame.chain for child in verb.children
               if child.i not in chain and (child.dep_ in ("xcomp", "ccomp") or
                                            (child.dep_ == "advcl" and has_infinitive(child)))
               for obj, via in _clause_objects(child, order)]
    clauses += [(obj, via) for noun in frame.nouns for child in noun.children
                if child.dep_ in ("acl", "relcl", "ccomp")
                for obj, via in _clause_objects(child, order)]  # "a call for troops to be deployed in X"
    if frame.top.dep_ in ("advcl", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in frame.top.children):
        clauses.extend(_clause_objects(frame.top.head, order))  # "sent personnel to Bosnia to investigate"
    return clauses


def _goal_within(thing: Token) -> list[tuple[Token, str]]:
    """The "to"/"for" goal anywhere inside a transferred object's phrase (not inside its clauses)."""
    found: list[tuple[Token, str]] = []
    stack = [thing]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ in ("relcl", "acl", "ccomp", "advcl"):
                continue
            if child.dep_ == "prep" and child.lower_ in ("to", "for"):
                found.extend((obj, child.lower_) for obj in child.children if obj.dep_ == "pobj")
            stack.append(child)
    return found


def _conditional(clause: Token) -> bool:
    """"... unless Israel rescinds", "... if Iran does not stop": the threatened party acts in the condition."""
    return any(c.dep_ == "mark" and c.lower_ in ("unless", "if", "until") for c in clause.children)


def _place_as_target(doc: Doc, token: Token) -> list[Actor]:
    """A hostile act "in Abidjan" targets the country the place lies in (from the places stage)."""
    start, end = phrase_bounds(token)
    low, high = token_chars(doc, start, end - 1)
    return [Actor(text=p.text, name=p.name, country=p.country, kind="place", start=p.start, end=p.end,
                  rule="event-place") for p in (PLACES.get(doc) or []) if p.country and low <= p.start
            and p.end <= high][:1]


def _clause_objects(verb: Token, order: tuple[str, ...]) -> list[tuple[Token, str]]:
    """Objects of a purpose clause ("blocked a road to protest X's policy"), and their prepositions."""
    found: list[tuple[Token, str]] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "nsubj", "nsubjpass"):
            found.append((child, "purpose"))
            found.extend(prep_objects(child, order))
    found.extend(prep_objects(verb, order))
    return found


_PREP_DEPS = frozenset(get_string_id(label) for label in ("prep", "dative"))
_POBJ = get_string_id("pobj")


def prep_objects(head: Token, order: tuple[str, ...]) -> list[tuple[Token, str]]:
    found = []
    preps = [c for c in head.children if c.dep in _PREP_DEPS and c.lower_ in order]  # ids: no label decoded
    for prep in sorted(preps, key=lambda p: order.index(p.lower_)):
        for obj in prep.children:
            if obj.dep == _POBJ:
                found.append((obj, prep.lower_))
    return found
