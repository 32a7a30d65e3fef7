"""Layer 4 across sentences: whom a response answers. "Iran made a similar call. Erdoğan rejected *the demands*":
a definite noun of a speech act ("the demands", "the accusation", "these threats") as what a rejection, an
acceptance or a concession takes refers back to acts of that kind told just before, and their makers are the
response's target. Which nouns name which acts is data (``arguments.yaml``: ``answered_acts``).

Only a response whose own sentence names no target is completed, only from acts coded in the same sentence or the
``reach`` sentences before (the coreference reach), and a plural noun takes the makers of all such acts there, a
singular one the nearest maker.

A stance towards a definite document or scheme ("Kenya rejected *the plan*", "endorsed the deal", "voted against
the bill") whose own sentence names nobody is towards who made it, as the nearest earlier mention of that document
that names a maker tells (:func:`made_earlier`): the mention's own phrase ("a deal *reached by X*", "the plan *X
proposed*", "*X's* plan", "a *US* plan") or the subject of a verb of making it ("*X* unveiled a plan", "*X* signed an
agreement *with Y*"). A description repeats its document's noun, or one of its kind (``document_groups``: "a deal
... the agreement"), within the reach of a repeated description.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from accord.events.coder import Coded
from accord.events.participants import STANCE_TYPES, ActorLookup, actors_of, dedupe, same_actor
from accord.events.recipients import authors
from accord.events.tables import Grammar
from accord.events.triggers import lemma
from accord.records import Actor
from accord.syntax import PLURAL_NOUN_TAGS as PLURAL_TAGS

RESPONSE_TYPES = frozenset({"REJECT", "AGREE", "CONCEDE"})
# stances (participants.STANCE_TYPES) and responses towards a thing, which are towards who made it
TOWARD_THINGS_TYPES = STANCE_TYPES | RESPONSE_TYPES
# where a stance puts the thing it takes: "rejected *the plan*", "the plan was rejected", "voted *against* the bill",
# "opposition *to* the deal", "took issue *with* the law"
THING_DEPS = frozenset({"dobj", "nsubjpass"})
THING_PREPOSITIONS = frozenset({"to", "against", "with", "for", "over", "on", "of", "behind"})
MADE_RULE = "+made"  # the target is who made the document a stance takes
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


# how many repeated descriptions' reaches a chain of mentions may span back from the stance: a maker named further
# back is no longer what a reader takes "the deal" to point to, and the walk stays linear in a long story
CHAIN_SPAN = 3


def made_earlier(coded: Coded, story: Sequence[Span], lookup: ActorLookup, grammar: Grammar,
                 documents: frozenset[str]) -> Coded:
    """``coded`` with who made the definite document it takes as its target, when nothing else names its target.
    ``story``: the story's sentences so far, the event's own last. The nearest earlier mention of the document
    that names a maker tells who; each mention of it lies within a repeated description's reach of the next one
    (a chain of repeated mentions: "a deal reached by X ... the deal ... the deal"). ``documents``: the nouns of
    documents and schemes (cues.yaml's ``document_nouns``)."""
    arguments = coded.arguments
    if arguments.recipient or coded.frame.type not in TOWARD_THINGS_TYPES or not story:
        return coded
    thing = _taken_document(coded, documents, grammar.document_groups)
    if thing is None:
        return coded
    kinds = grammar.document_groups.get(lemma(thing), frozenset({lemma(thing)}))
    reach = grammar.coreference.repeated_reach
    mine = list(arguments.actor)
    last = len(story) - 1  # the sentence of the latest mention in the chain
    for number in range(len(story) - 1, -1, -1):
        if last - number > reach or len(story) - 1 - number > CHAIN_SPAN * reach:
            break
        sentence = story[number]
        for i in range(min(thing.i, sentence.end) - 1, sentence.start - 1, -1):
            mention = sentence.doc[i]
            if mention.pos_ != "NOUN" or lemma(mention) not in kinds or mention.head.i == thing.i:
                continue
            last = number
            makers = [a for a in _makers(mention, lookup, grammar) if a.kind != "place" and not _own(a, mine)]
            if makers:
                phrase = _noun_phrase(thing)
                named = [replace(maker, text=phrase.text, start=phrase.start_char, end=phrase.end_char,
                                 rule=f"{maker.rule or 'actor'}{MADE_RULE}") for maker in dedupe(makers)]
                return replace(coded, arguments=replace(arguments, recipient=tuple(named)))
    return coded


def _own(maker: Actor, actors: list[Actor]) -> bool:
    """The stance-taker's own document: the same mention or one standing for it, or the same unnamed body ("the
    government ... the government") or the same named one."""
    return same_actor(maker, actors) or any(
        maker.country is not None and maker.country == a.country and maker.sector == a.sector
        and (maker.name is None or a.name is None or maker.name == a.name) for a in actors)


def _taken_document(coded: Coded, documents: frozenset[str], groups: dict[str, frozenset[str]]) -> Token | None:
    """The definite document a stance takes, which names no owner of its own: "rejected *the plan*", "*the deal*
    was rejected", "opposition to *the bill*" (not "its plan", "the Kenyan plan": those name their maker)."""
    frame = coded.frame
    found: list[Token] = []
    for head in (*frame.chain, *frame.nouns):
        for child in head.children:
            if child.dep_ in THING_DEPS:
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ in THING_PREPOSITIONS:
                found.extend(o for o in child.children if o.dep_ == "pobj")
    # "announced *the deal*": the event's own noun is the event itself, not a thing it takes
    own = {frame.trigger.i, frame.content.token.i}
    for thing in found:
        if thing.i not in own and (lemma(thing) in documents or lemma(thing) in groups) and thing.pos_ == "NOUN" and \
                any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS - {"such"} for c in thing.children) and \
                not any(c.dep_ == "poss" for c in thing.children) and not authors(thing):
            return thing
    return None


def _makers(mention: Token, lookup: ActorLookup, grammar: Grammar) -> list[Actor]:
    """Who made a document, as this mention of it tells: its own phrase (by-agent, relative clause, possessive,
    "a US plan"), or the subject of the verb of making that takes it ("X unveiled a plan"), with the partner of one
    made together ("X signed an agreement *with* Y")."""
    doc = mention.doc
    found: list[Actor] = []
    for author in authors(mention):
        found.extend(actors_of(doc, author, lookup))
    # "Egypt's plan", "a Russian proposal"; not a noun before it, which most often names what the document is about
    # ("the Iran deal", "the health care bill")
    for owner in (c for c in mention.children if c.dep_ in ("poss", "amod") and c.i < mention.i):
        found.extend(actors_of(doc, owner, lookup))
    verb = mention.head
    if mention.dep_ == "dobj" and lemma(verb) in grammar.making_verbs:
        for child in verb.children:
            if child.dep_ == "nsubj":
                found.extend(actors_of(doc, child, lookup))
        for prep in (c for t in (verb, mention) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"):
            found.extend(a for o in prep.children if o.dep_ == "pobj" for a in actors_of(doc, o, lookup))
    return found
