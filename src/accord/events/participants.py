"""Layer 4's actor look-up: from a parse token to its noun phrase, and from the phrase to Actors.

Resolving a phrase to actors is the actor stage's job (``accord.actors``, which runs earlier and fills
``doc._.accord_actors``); this module only chooses which stretch of the sentence names a participant.
``ActorLookup`` is the one seam between the two, so tests can pass a lookup of their own.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace
from typing import Any, Protocol, cast

from spacy.tokens import Doc, Token

from accord.actors import actors_in_span
from accord.actors.mentions import RELATION_AGENT
from accord.actors.place_in_phrase import place_words
from accord.blackboard import PHRASE_BOUNDS
from accord.doc_index import sentence_of, token_chars
from accord.events.coreference import OWNER_RULE
from accord.events.coreference import RULE as COREFERENCE_RULE
from accord.events.tables import grammar
from accord.events.triggers import lemma
from accord.records import Actor
from accord.syntax import PLURAL_NOUN_TAGS
from accord.words import shared_words

# Dependents that belong to a participant's noun phrase. Clauses and conjuncts are separate participants.
PHRASE_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod", "case", "flat", "quantmod",
                         "prep", "pobj", "pcomp", "npadvmod", "appos", "predet", "advmod", "punct",
                         "nn", "dep", "attr", "cc", "conj"})
# Prepositions that keep their object inside the phrase ("leaders of Romania", "refugees in Hungary").
PHRASE_PREPS = frozenset({"of", "in", "from", "at", "within", "inside", "across", "for"})
NAME_TAGS = frozenset({"NNP", "NNPS", "HYPH"})  # a hyphen inside a name ("al-Assad") may be tagged either way
MODIFIER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
PRONOUNS = shared_words().pronouns()  # a pronoun names no actor of its own
LOCATIVE_PREPOSITIONS = shared_words().locative_prepositions  # in, at, near ...: where something is
PLACE_KINDS = frozenset({"country", "place"})  # mentions that may name where something is
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})  # bodies of the state: the state's side
NAMED_PARTIES = frozenset({"NORP", "ORG", "PERSON", "GPE"})  # entity labels of a people, a group, a body
VERBAL_POS = frozenset({"VERB", "AUX"})  # a conjunct of these heads a clause, not a coordinated phrase
QUALIFIER_DEPS = frozenset({"amod", "compound", "nmod"})  # how a nationality qualifies a noun ("Iraqi Kurds")
# towns and cities a nationality may qualify ("the Syrian town of X"): places (data/places/roles.yaml)
SETTLEMENT_NOUNS = place_words("roles.yaml", "referring_settlement_nouns")
MODIFIER_CLIMB = 3  # "US" -> "-" / "backed" -> the noun: how far a relation modifier's name is from its noun


class ActorLookup(Protocol):
    """Actors named in the token range ``[start, end)`` of ``doc``."""

    def __call__(self, doc: Doc, start: int, end: int) -> list[Actor]: ...


def phrase_bounds(token: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``token``, without its clauses and conjuncts; worked out
    once per token of a Doc (the coder asks about the same phrases for every frame and candidate)."""
    known = PHRASE_BOUNDS.recall(token.doc, _no_bounds)
    bounds = known.get(token.i)
    if bounds is None:
        bounds = known[token.i] = _phrase_bounds(token)
    return bounds


def _no_bounds(doc: Doc) -> dict[int, tuple[int, int]]:
    return {}


def _phrase_bounds(token: Token) -> tuple[int, int]:
    """A punctuation mark widens the phrase only as far as the words it sits between: the comma or dash that
    closes a clause on the noun ("the officer, who served with British troops, was shot") hangs on the noun and
    would otherwise stretch the phrase over the clause, whose parties are not the noun's."""
    low = high = token.i
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ in ("conj", "cc") and current is token:
                continue
            if child.dep_ not in PHRASE_DEPS:
                continue
            if child.dep_ == "prep" and child.lower_ not in PHRASE_PREPS:
                continue
            stack.append(child)
            if child.dep_ == "punct":
                continue
            low, high = min(low, child.i), max(high, child.i)
    low, high = _name_fragments(token, low, high)
    return low, high + 1


def _name_fragments(token: Token, low: int, high: int) -> tuple[int, int]:
    """Widen ``[low, high]`` over the pieces of one name the parser split into sibling phrases of the same role
    ("Bashar al-Assad" read as three subjects *Bashar al*, *-*, *Assad* of one verb): proper-noun siblings with
    the same head and label, each touching the span, are the same phrase."""
    if token.pos_ != "PROPN" or token.dep_ in ("conj", "appos") or token.head.i == token.i:
        return low, high
    siblings = {c.i: c for c in token.head.children if c.dep_ == token.dep_ and c.i != token.i
                and (c.pos_ == "PROPN" or c.tag_ in NAME_TAGS)}
    grown = True
    while grown:
        grown = False
        for sibling in siblings.values():
            left, right = sibling.left_edge.i, sibling.right_edge.i
            if right == low - 1 or left == high + 1:
                low, high, grown = min(low, left), max(high, right), True
        siblings = {i: c for i, c in siblings.items() if not low <= i <= high}
    return low, high


def conjuncts(token: Token) -> list[Token]:
    """The token and the heads of its coordinated phrases ("India and Russia")."""
    # through Any: spaCy's stub types conjuncts as a one-element tuple, which compiled code would enforce
    if token.dep_ == "conj":
        return [token]
    # a verb the parser hung on a noun as its conjunct ("the fighters, who ..., and who later *attacked* X") is
    # a clause about the noun, not a second party
    return [token, *(c for c in cast(Any, token).conjuncts if c.pos_ not in VERBAL_POS)]


def actors_of(doc: Doc, token: Token, lookup: ActorLookup) -> list[Actor]:
    """One actor per coordinated phrase of ``token`` ("India and Russia" -> two), without repeats."""
    found: list[Actor] = []
    for head in conjuncts(token):
        listed = _listing_apposition(head)
        names = actors_of(doc, listed, lookup) if listed is not None else []
        # "its two neighbours, *Uganda and Tanzania*,": the names are who they are; but names nobody knows
        # (no country, no sector) tell less than the noun they list ("three rebel groups - the Arakan Front, ...")
        if any(a.country or a.sector for a in names):
            found.extend(names)
            continue
        start, end = phrase_bounds(head)
        named = [a for a in lookup(doc, start, end) if names_someone(a)] or _longer_mention(doc, head, start, end,
                                                                                            lookup)
        # (a listing apposition is itself who the noun it describes stands for: never back to that noun, which
        # would list itself again without end: the RecursionError of c6c1fcb3)
        listing = head.dep_ == "appos" and head.head.i != head.i and _listing_apposition(head.head) is not None
        if listing and not named:
            # "Two groups, *Hamas* and Hezbollah": the actor stage drew one mention over the noun and the first
            # name, which no lookup inside the name's own bounds finds
            named = _covering_mentions(doc, head, lookup)
        if head.dep_ == "appos" and head.head.i != head.i and not _covering(named, head) and not listing:
            # "Cornel West, *a scholar* who ...": the one it describes; and "Ann Lee, *the head of the Arctic
            # Council*, who criticised ...": the council named inside the description is not who she is
            described = actors_of(doc, head.head, lookup)
            if described or not named:
                found.extend(described)
                continue
        found.extend(best_actors(head, named))
    return dedupe(found)


def _covering_mentions(doc: Doc, head: Token, lookup: ActorLookup) -> list[Actor]:
    """The sentence's mentions that hold ``head``'s first character, however wide they were drawn."""
    sentence = sentence_of(head)
    return [a for a in lookup(doc, sentence.start, sentence.end) if names_someone(a) and a.start is not None
            and a.end is not None and a.start <= head.idx < a.end]


def _listing_apposition(head: Token) -> Token | None:
    """The apposition that names, by several names coordinated, whom a plural noun stands for ("its two
    neighbours, *Uganda and Tanzania*"): each name is one of them. A single name is left to the phrase's own
    mentions ("its neighbour, Uganda")."""
    if head.tag_ not in PLURAL_NOUN_TAGS:
        return None
    return next((c for c in head.children if c.dep_ == "appos" and any(x.dep_ == "conj" for x in c.children)), None)


def restricted_actors(doc: Doc, head: Token, lookup: ActorLookup) -> list[Actor]:
    """The actor a phrase names together with a clause restricting its head, as the actor stage drew it over the
    clause ("militants *based in Pakistan*", "militias *fighting in Iraq*"). :func:`actors_of` leaves such a
    mention out, since the clause may tell the very event; a caller that knows the clause is not the event asks
    here."""
    start, end = phrase_bounds(head)
    phrase_end = token_chars(doc, start, end - 1)[1]
    return [a for a in lookup(doc, start, sentence_of(head).end) if names_someone(a) and a.start is not None
            and a.end is not None and a.start < phrase_end and a.start <= head.idx < a.end]


def _longer_mention(doc: Doc, head: Token, start: int, end: int, lookup: ActorLookup) -> list[Actor]:
    """A mention the actor stage drew past the phrase, over a clause that describes a noun inside it ("the family
    of a soldier *arrested in Turkey*"): it names the phrase when it begins inside it and covers its head word, but
    not over a clause of the head itself, which may tell the very event ("global powers *negotiating in Syria*")."""
    phrase_end = token_chars(doc, start, end - 1)[1]
    own_clauses = [c.idx for c in head.children if c.dep_ in ("acl", "relcl")]
    return [a for a in lookup(doc, start, sentence_of(head).end) if names_someone(a) and a.start is not None
            and a.end is not None and a.start < phrase_end and a.start <= head.idx < a.end
            and not any(a.start <= clause < a.end for clause in own_clauses)]


def names_someone(actor: Actor) -> bool:
    """A mention that names an actor: a pronoun only when coreference resolved it (the actor stage's own
    back-references go by recency alone)."""
    return actor.text.lower() not in PRONOUNS or (actor.rule or "").startswith(COREFERENCE_RULE)


def best_actors(head: Token, actors: list[Actor]) -> list[Actor]:
    """The actor a phrase stands for: the one covering its head word, else the first with a country, but not
    an owner that is not what it owns (:func:`owner_of_other`).

    "the two countries" is one mention with one actor per referent on the same span: all of them count.
    """
    covering = _covering(actors, head) or _named_in_apposition(actors, head)
    owners = [] if covering else [a for a in actors if owner_of_other(a, head)]
    if not covering:
        actors = [a for a in actors if not owner_of_other(a, head) and not _located_at(a, head)
                  and not _backer_of_named(a, head) and not _settlement_qualifier(a, head)]
    if not actors:
        return _owned_people(head, owners)
    chosen = covering[0] if covering else next((a for a in actors if a.country), actors[0])
    found = [a for a in actors if (a.start, a.end) == (chosen.start, chosen.end)]
    return found if covering else [_people_of(a, head) for a in found]


def _named_in_apposition(actors: list[Actor], head: Token) -> list[Actor]:
    """A common noun with a proper name in apposition after it ("the Supreme Court nominee *Neil Gorsuch*", "the
    alleged recruiter *Ann Lee*", "her rival *Ted Cruz*"): the noun says what the named one is, and the name says
    who; a body or a group named in the noun's modifiers ("the *Supreme Court* nominee") qualifies the role and is
    not the one meant. The actors whose mention covers that name, when no mention covers the noun itself. A
    dative's preposition ("gave help *to* the recruiter X") stands for its object."""
    if head.dep_ == "dative" and head.pos_ == "ADP":
        head = next((c for c in head.children if c.dep_ == "pobj"), head)
    if head.pos_ != "NOUN":
        return []
    # close apposition only, the name right after the noun: a name further on may be another's ("the threat, *a
    # resurgent X*"; "three hopefuls: *X*, Y and Z" names one of several)
    names = [c for c in head.children if c.dep_ == "appos" and c.left_edge.i == head.i + 1 and c.pos_ == "PROPN"]
    named = [a for name in names[:1] for a in _covering(actors, name)]
    # a person the actor stage knows no country of is told only by the qualifiers ("the *British* executioner X"):
    # they still stand for the person's side
    return named if any(a.country for a in named) else []


def _qualified_noun(actor: Actor, head: Token) -> Token | None:
    """The noun a mention qualifies as its adjective or noun modifier ("*Iraqi* Kurds", "the *Syrian* town of
    X"), when that noun lies in the phrase of ``head``; else None."""
    if actor.start is None or actor.end is None:
        return None
    span = head.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    noun = root.head
    if root.dep_ not in QUALIFIER_DEPS or noun.i < span.end or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    start, end = phrase_bounds(head)
    return noun if start <= noun.i < end else None


def _settlement_qualifier(actor: Actor, head: Token) -> bool:
    """A nationality qualifying a town or city the text names ("the northern *Iraqi* town of X", "the *Syrian*
    village Y") only says where that place is: the phrase names a place, no party (docs/annotation.md: places
    named as where something happened are places, not actors). Towns it does not name ("shelled *Iraqi* towns")
    are known only as that country's: the nationality stands for the country whose towns they are."""
    noun = _qualified_noun(actor, head)
    return noun is not None and lemma(noun) in SETTLEMENT_NOUNS and _named_settlement(noun)


def _named_settlement(noun: Token) -> bool:
    """The settlement noun is followed by the place's name: "the town *of Hit*", "the village *Kafr Nabl*"."""
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ == "prep" and child.lower_ == "of":
            if any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in child.children):
                return True
        elif child.dep_ in ("appos", "npadvmod") and child.pos_ == "PROPN":
            return True
    return False


def _people_of(actor: Actor, head: Token) -> Actor:
    """A nationality qualifying the name of a people ("*Iraqi* Kurds", "*British* Kurds", "*Turkish* Armenians")
    says which of that people are meant: the participant is the whole phrase, people of that country, not the
    adjective alone. Its country and sector stay the actor stage's (a sector guessed here would recode the
    event: the sense layer reads who is hurt or accused from it)."""
    noun = _qualified_noun(actor, head)
    if noun is None or noun.i != head.i or head.ent_type_ != "NORP" or actor.country is None \
            or actor.start is None:
        return actor
    end = head.idx + len(head.text)
    return replace(actor, text=head.doc.text[actor.start:end], end=end)


def _backer_of_named(actor: Actor, head: Token) -> bool:
    """The name in a relation modifier ("*US*-backed Kurds", "a mix of *Iranian*-funded Hazaras") says who backs, leads
    or funds the noun it modifies, not who that noun is (docs/annotation.md: a modifier is not the actor), when the
    noun names a people, a group or a body the actor stage does not know. Of an act it names the doer instead
    ("refused to back the *US*-led invasion"), and is kept."""
    if not (actor.rule or "").endswith(RELATION_AGENT) or actor.start is None or actor.end is None:
        return False
    span = head.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    modified = span.root
    for _ in range(MODIFIER_CLIMB):
        if modified.i >= span.end and modified.pos_ in ("NOUN", "PROPN"):
            break
        modified = modified.head
    return modified.pos_ == "PROPN" or modified.ent_type_ in NAMED_PARTIES


def _located_at(actor: Actor, head: Token) -> bool:
    """The mention is where the phrase's head is, not who it is: a country or place that is the object of a
    locative preposition on the head ("a roadside bomb *in Iraq*", "a checkpoint *near Kabul*"). A head that names
    a party is covered by its own mention ("officials in Baghdad"), and this is not asked; a body one is inside
    is one's own ("the signatories *inside the opposition coalition*")."""
    if actor.kind not in PLACE_KINDS:
        return False
    span = head.doc.char_span(actor.start or 0, actor.end or 0, alignment_mode="expand") \
        if actor.start is not None and actor.end is not None else None
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS and root.head.head.i == head.i


def _covering(actors: list[Actor], head: Token) -> list[Actor]:
    """The actors whose mention covers the phrase's head word."""
    return [a for a in actors if a.covers(head.idx)]


def owner_of_other(actor: Actor, head: Token) -> bool:
    """A possessive pronoun is not what it owns ("its allies" are not "it"), nor is the owner of people related
    to it ("Assad's backer", "Australia's most wanted man", "critics of the senator", "both of his rivals"); but a
    part of an organisation acts for its owner ("*its* branch in Afrin sought aid", "*their* armed wing claimed the
    attack": arguments.yaml's part_nouns)."""
    if actor.text.lower() in PRONOUNS:
        return _possessive_at(head, actor) and lemma(head) not in grammar().part_nouns
    if actor.start is None:
        return False
    start, end = actor.start, actor.end or actor.start
    relational = grammar().relational_nouns
    if lemma(head) in relational and any(_relatum_at(c, start) for c in head.children):
        return True
    # "*both of* Trump's rivals": only a mention within the possessor or the of-phrase, not one over the members
    # ("some of *his rivals*" names the rivals)
    return any(lemma(noun) in relational and any(_relatum_at(c, start) and end <= _phrase_end(c)
                                                 for c in noun.children)
               for noun in _members_named(head))


def _owned_people(head: Token, owners: list[Actor]) -> list[Actor]:
    """The people a relational noun names, with the country of their owner when the noun puts them on the owner's
    side: "allies of the Kenyan president" (a person's kin, friends, backers: arguments.yaml same_side_nouns) and
    "citizens of Kenya" (member_nouns). "Allies of Ukraine", "rivals of China" and "*foreign* backers of the senator"
    may be of any country."""
    table = grammar()
    word = lemma(head)
    if any(c.dep_ in ("amod", "compound") and c.lower_ in table.other_side_modifiers for c in head.children):
        return []
    if word in table.member_nouns:
        country = next((o.country for o in owners if o.country), None)
    elif word in table.same_side_nouns:
        country = next((o.country for o in owners if o.country and o.kind == "person"), None)
    else:
        country = None
    if country is None:
        return []
    return [Actor(head.text, country=country, kind="group" if head.tag_ in ("NNS", "NNPS") else "person",
                  start=head.idx, end=head.idx + len(head.text), rule="owner_country")]


def _relatum_at(child: Token, start: int) -> bool:
    """The mention starting at ``start`` lies in the phrase that names whom a relational noun relates to: its
    possessor ("*Assad's* backer") or its of-phrase ("critics *of the senator*", "an ally *of Moscow*")."""
    if child.dep_ == "poss":
        return child.left_edge.idx <= start <= child.idx
    return child.dep_ == "prep" and child.lower_ == "of" and child.idx < start <= child.right_edge.idx


def _phrase_end(child: Token) -> int:
    """Where the phrase of ``child`` ends, in characters."""
    last = child.right_edge
    return last.idx + len(last.text)


def _members_named(head: Token) -> list[Token]:
    """The noun a quantity word takes its members from ("*both of* Trump's rivals", "*one of* her critics", "*many
    of* his allies"): the phrase names some of those, who are no more their owner than all of them are."""
    if head.pos_ in ("NOUN", "PROPN"):
        return []
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj" and o.pos_ == "NOUN"]


def _possessive_at(head: Token, actor: Actor) -> bool:
    """The pronoun mention is a possessive of the phrase ("*its* allies"), not the whole a part is taken from
    ("hundreds of *them*", "one of *them*": they are who acts)."""
    span = head.doc.char_span(actor.start or 0, actor.end or 0, alignment_mode="expand")
    return span is None or not len(span) or span.root.dep_ != "pobj" or span.root.head.lower_ != "of"


def party(actor: Actor) -> tuple[str | None, str]:
    """Which side an actor is: its country, when it is the state or a body of it ("Kenyan police and Kenyan
    soldiers" are one side); a named person or a named non-state group is a side of its own ("Hamas and Fatah",
    "Sanders and Clinton")."""
    own = actor.name is not None and (actor.kind == "person" or actor.sector not in STATE_SECTORS)
    return actor.country, (actor.name or "").lower() if own else ""


def dedupe(actors: Iterable[Actor]) -> list[Actor]:
    """One actor per party: a country's mentions are one party, but two named parties of one country stay two
    ("Hamas and Fatah met", "Sanders and Clinton debated")."""
    seen: set[tuple[str | None, str]] = set()
    out: list[Actor] = []
    for actor in actors:
        key = party(actor) if actor.country is not None else (None, actor.text.lower())
        if key not in seen:
            seen.add(key)
            out.append(actor)
    return out


def same_actor(candidate: Actor, actors: list[Actor], owned: bool = True) -> bool:
    """The same mention (not merely the same country), or one over the same words ("the Czech Republic" as a
    party and *Czech Republic* as the place it names: one stretch of text is never both sides), or a mention that
    stands for it: a pronoun coreference resolved to it ("China warned that *it* would ..."), or (``owned``) a
    phrase owned by it ("Germany withdrew *its* forces")."""
    if any((candidate.start == a.start and candidate.text == a.text) or _same_words(candidate, a) for a in actors):
        return True
    rule = candidate.rule or ""
    if rule.startswith(COREFERENCE_RULE):
        # an unnamed antecedent is told apart by its sector too: "the senators ... supported *him*" (the judge)
        return any(candidate.country == a.country and candidate.name == a.name
                   and (candidate.name is not None or candidate.sector == a.sector) for a in actors)
    return owned and rule.endswith(OWNER_RULE) and any(candidate.country == a.country for a in actors)


# Stances (supporting, accusing, rejecting), which are towards whoever made a thing ("rejected a plan proposed by
# Egypt"); how they name whom they are towards is arguments.yaml's judged_vias
STANCE_TYPES = frozenset({"REJECT", "SUPPORT", "ACCUSE"})


def judges_own(doc: Doc, event_type: str, candidate: Actor, via: str) -> bool:
    """A stance is taken towards the doer's own people as towards anyone else: "Trump defended *his* campaign
    manager", "Erdogan praised *his* troops", "the senator criticised *her* party's leaders" name someone the doer
    praises or blames, not the doer, though the doer owns the phrase (:func:`same_actor`'s ``owned``). A part of
    the doer's own organisation still speaks for it ("defended *her* campaign": arguments.yaml's part_nouns)."""
    if event_type not in STANCE_TYPES or via not in grammar().judged_vias or candidate.start is None \
            or candidate.end is None:
        return False
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and lemma(span.root) not in grammar().part_nouns


def _same_words(one: Actor, other: Actor) -> bool:
    """Two mentions of which one lies within the other: the same words read twice (a party and the place its name
    names), not two parties."""
    if None in (one.start, one.end, other.start, other.end):
        return False
    a0, a1, b0, b1 = one.start or 0, one.end or 0, other.start or 0, other.end or 0
    return (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)


def modifier_actors(doc: Doc, noun: Token, lookup: ActorLookup) -> list[Actor]:
    """Actors named before an event noun: "India's purchase", "Israeli air raids", "a U.S. request"."""
    owners = [c for c in noun.children if c.dep_ in MODIFIER_DEPS and c.i < noun.i]
    if not owners:
        return []
    # one look-up over the phrase's left part: a mention may span the whole "Two Palestinian suicide bombers"
    start = min(c.left_edge.i for c in owners)
    return dedupe(lookup(doc, start, noun.i + 1))


def is_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON" or token.lower_ in PRONOUNS


class IndexedActors:
    """The actor stage's mentions of one document, sorted once so each look-up is a binary search
    (``actors_in_span`` scans them all, which grows with the square of a long article)."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self._actors = sorted((a for a in actors if a.start is not None and a.end is not None),
                              key=lambda a: a.start or 0)
        self._starts = [a.start or 0 for a in self._actors]

    def __call__(self, doc: Doc, start: int, end: int) -> list[Actor]:
        if start >= end:
            return []
        low, high = token_chars(doc, start, end - 1)
        first = bisect_left(self._starts, low)
        last = bisect_left(self._starts, high)
        return [a for a in self._actors[first:last] if (a.end or 0) <= high]


def actor_api_lookup(doc: Doc, start: int, end: int) -> list[Actor]:
    """Actors the actor stage found inside tokens ``[start, end)``."""
    if start >= end:
        return []
    return actors_in_span(doc, *token_chars(doc, start, end - 1))
