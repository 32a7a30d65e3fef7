"""Layer 4 across sentences: whom a response answers. "Iran made a similar call. Erdoğan rejected *the demands*":
a definite noun of a speech act ("the demands", "the accusation", "these threats") as what a rejection, an
acceptance or a concession takes refers back to acts of that kind told just before, and their makers are the
response's target. Which nouns name which acts is data (``arguments.yaml``: ``answered_acts``).

Only a response whose own sentence names no target is completed, only from acts coded in the same sentence or the
``reach`` sentences before (the coreference reach), and a plural noun takes the makers of all such acts there, a
singular one the nearest maker.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from accord.events.coder import Coded
from accord.events.participants import dedupe, same_actor
from accord.events.tables import Grammar
from accord.events.triggers import lemma
from accord.records import Actor
from accord.syntax import PLURAL_NOUN_TAGS as PLURAL_TAGS

RESPONSE_TYPES = frozenset({"REJECT", "AGREE", "CONCEDE"})
DEFINITE_WORDS = frozenset({"the", "these", "those", "this", "that", "such"})
ANSWER_RULE = "+answered"  # the target is who made the acts a response answers


def answer_earlier(coded: Coded, earlier: list[Coded], grammar: Grammar) -> Coded:
    """``coded`` with the makers of the acts it answers as its target, when its object is a definite noun of a
    speech act and nothing else names its target; ``earlier`` are the acts coded before it within reach, in
    text order."""
    arguments = coded.arguments
    if arguments.recipient or coded.frame.type not in RESPONSE_TYPES or not coded.frame.chain:
        return coded
    noun = _answered_noun(coded, grammar)
    if noun is None:
        return coded
    wanted = grammar.answered_acts[lemma(noun)]
    makers: list[Actor] = []
    for prior in reversed(earlier):
        if prior.frame.type != wanted or prior.frame.trigger.i >= coded.frame.trigger.i:
            continue
        found = [a for a in prior.arguments.actor if not same_actor(a, list(arguments.actor))
                 and not any(a.country and a.country == mine.country for mine in arguments.actor)]
        makers.extend(found)
        if found and noun.tag_ not in PLURAL_TAGS:
            break  # "the demand": the nearest one
    if not makers:
        return coded
    # The makers are mentioned here by the answered noun: every span of an event lies in its own sentence.
    phrase = _noun_phrase(noun)
    mentioned = [replace(maker, text=phrase.text, start=phrase.start_char, end=phrase.end_char,
                         rule=f"{maker.rule or 'actor'}{ANSWER_RULE}") for maker in dedupe(makers)]
    return replace(coded, arguments=replace(arguments, recipient=tuple(mentioned)))


def _noun_phrase(noun: Token) -> Span:
    """The answered noun with its determiner and modifiers before it: "the *earlier* demands"."""
    return noun.doc[min([noun.i] + [c.i for c in noun.lefts]) : noun.i + 1]


def _answered_noun(coded: Coded, grammar: Grammar) -> Token | None:
    """The definite object of the response's verb that names a speech act: "rejected *the demands*"."""
    for verb in coded.frame.chain:
        for obj in verb.children:
            if obj.dep_ == "dobj" and lemma(obj) in grammar.answered_acts \
                    and any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in obj.children):
                return obj
    return None
