"""How a coded event's clause tells it: the features of talk, stance and sense that the acceptance judge reads
beside the parse features of :mod:`accord.events.acceptance`.

A random audit of coded US political news found a third of asserted events were no event: comments and beliefs
("X supports the deal"), campaign promises and addresses to supporters, questions and hypotheticals the
factuality layer let through, and words in a sense that names no political act. What tells them apart is how
the clause is told — its tense and person, whether it asks or supposes, what kind of thing the trigger takes as
its object, whether it sits under a verb of saying or believing, whether the sentence is about an election — and
which word and type were coded. The word and the type are the only lexical features; the judge's training
keeps a word only when it is common in its training events (``scripts/train_event_filter.py``), and any other
word reads as one shared ``lemma:<other>`` value, so that the judge cannot learn single articles.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from accord.events.coder import Coded
from accord.records import Actor
from accord.syntax import PRESENT_TAGS
from accord.words import shared_words

LEMMA_PREFIX = "lemma:"
TYPE_PREFIX = "type:"
# the prefixes of one-hot features whose values not in the model read as "<prefix><other>"
OPEN_PREFIXES = (LEMMA_PREFIX,)
OTHER = "<other>"
# a promise or a threat ("said it would sign", "vowed to retaliate"): the commitment is the event and the act it
# names is to come by definition. The judges who labelled the clause judge's training events were told that a
# future act is no event, so their verdicts on commitments follow another convention than the ontology's: the
# clause judge neither learns from commitments nor judges them.
COMMITMENT = "commitment"

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "dative"})
CLAUSE_OBJECT_DEPS = frozenset({"ccomp", "xcomp"})
CONDITIONAL_MARKS = shared_words().conditional_marks
# modal auxiliaries: what the clause says may, must or will happen rather than what did
MODALS = frozenset({"will", "would", "could", "should", "might", "may", "can", "must", "shall", "'ll", "wo", "ca"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
SECOND_PERSON = frozenset({"you"})
ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
# quotation marks as the tokenizer leaves them
QUOTES = frozenset({'"', "“", "”", "``", "''"})


@dataclass(frozen=True, slots=True)
class StanceWords:
    """The event data's word lists these features read: verbs of saying and believing (cues.yaml ``speech``,
    ``belief_verbs``) and words that set a clause in an election campaign (senses.yaml ``campaign_settings``)."""

    talk: frozenset[str] = frozenset()
    campaign: frozenset[str] = frozenset()


def _sector(actors: Sequence[Actor]) -> str:
    return next((a.sector for a in actors if a.sector), "none" if not actors else "unknown")


def _clause_chain(top: Token) -> Iterator[Token]:
    """The clause's top verb and the verbs above it up to the sentence's root, nearest first."""
    current = top
    seen = 0
    while seen < 12:  # a bound for a malformed tree; parse trees are shallower
        yield current
        if current.head.i == current.i:
            return
        current = current.head
        seen += 1


def _kind(token: Token | None) -> str:
    """What kind of thing a subject or object is: an actor-like entity, a pronoun, a clause, a common noun."""
    if token is None:
        return "none"
    if token.ent_type_ in ACTOR_ENTITIES:
        return "entity"
    if token.tag_ in {"PRP", "PRP$"}:
        return "pronoun"
    if token.pos_ == "PROPN":
        return "entity"
    if token.pos_ in {"NOUN", "NUM"}:
        return "noun"
    return "other"


def _child(token: Token, deps: frozenset[str]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _object(trigger: Token) -> Token | None:
    found = _child(trigger, OBJECT_DEPS)
    if found is not None:
        return found
    # "called for talks", "voted against the bill": the object of the trigger's own preposition
    for prep in trigger.children:
        if prep.dep_ == "prep":
            pobj = _child(prep, frozenset({"pobj"}))
            if pobj is not None:
                return pobj
    return None


def _tense(top: Token) -> str:
    auxiliaries = {c.lemma_.lower() for c in top.children if c.dep_ in {"aux", "auxpass"}}
    if top.tag_ in PRESENT_TAGS and not auxiliaries:
        return "present_simple"  # "supports", "opposes": a standing stance more often than an act
    if top.tag_ == "VBD" or ("have" in auxiliaries and top.tag_ == "VBN"):
        return "past"
    if top.tag_ == "VBG" and "be" in auxiliaries:
        return "progressive"
    if top.tag_ == "VB":
        return "base"
    return "other"


def _under_talk(top: Token, talk: frozenset[str]) -> bool:
    """The clause sits below a verb of saying or believing ("said he would back", "thinks they attacked")."""
    return any(t.lemma_.lower() in talk for t in list(_clause_chain(top))[1:] if t.pos_ in {"VERB", "AUX"})


def _conditional(top: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for t in _clause_chain(top) for c in t.children)


def _modal(top: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MODALS for t in _clause_chain(top) for c in t.children)


def clause_features(coded: Coded, quad: str, words: StanceWords) -> dict[str, float]:
    """The talk-and-stance features of one coded event (binary, so already in [0, 1])."""
    frame, arguments = coded.frame, coded.arguments
    trigger, top = frame.trigger, frame.candidate.top
    sentence = trigger.sent
    subject = _child(top, SUBJECT_DEPS)
    subject_word = subject.lower_ if subject is not None else ""
    values = {
        TYPE_PREFIX + frame.type: 1.0,
        LEMMA_PREFIX + trigger.lemma_.lower(): 1.0,
        "tense:" + _tense(top): 1.0,
        "subject:" + _kind(subject): 1.0,
        "object:" + ("clause" if _child(trigger, CLAUSE_OBJECT_DEPS) is not None and _object(trigger) is None
                     else _kind(_object(trigger))): 1.0,
        "first_person": float(subject_word in FIRST_PERSON),
        "second_person": float(subject_word in SECOND_PERSON),
        "question": float(sentence.text.rstrip().rstrip("\"”'’").endswith("?")),
        "conditional": float(_conditional(top)),
        "modal": float(_modal(top)),
        "under_talk": float(_under_talk(top, words.talk)),
        "reported": float(frame.speaker is not None),
        COMMITMENT: float(frame.modality == "intent"),
        "passive": float(any(c.dep_ in {"auxpass", "nsubjpass"} for c in top.children)),
        "election": float("election" in coded.contexts),
        "quotes_in_sentence": float(any(t.text in QUOTES for t in sentence)),
        # who acts and on whom, by sector: the kind of side a sense needs ("attacked" by a candidate)
        "source:" + _sector(arguments.actor): 1.0,
        "target:" + _sector(arguments.recipient): 1.0,
    }
    campaign = any(t.lemma_.lower() in words.campaign for t in sentence)
    values["campaign"] = float(campaign)
    # words of force in a campaign's sentence are mostly figures of speech ("battled", "captured the state"):
    # the one product of two features the judge reads, as a linear judge cannot form it
    values["conflict&campaign"] = float(campaign and quad.endswith("conflict"))
    return values


def open_feature(name: str) -> str | None:
    """The open one-hot family a feature belongs to (its prefix), or None for a closed feature."""
    return next((p for p in OPEN_PREFIXES if name.startswith(p)), None)


def clause_judged(values: dict[str, float]) -> bool:
    """Whether the clause judge reads an event (by its features): every asserted event but a commitment."""
    return not values.get(COMMITMENT)
