"""Candidates that are the writer's own words, attributed to no one: PolNeAR (PARC) attributes a statement,
belief or other attitude only when the text gives it to a source.

* "given the fact that it did not happen here", "despite the fact that he lost": a factive noun with no holder
  presents its clause as true on the writer's word.
* "what seems a stream of drivel", "through what appeared to be a long fight": an appearance verb whose subject
  is the free relative "what" hedges a description (a noun phrase the writer uses), not a proposition anyone
  holds; "the fight appeared long" or "it seems that …" still report an appearance of a state of affairs.
* "unveiled her first campaign ad", "shared the recording with reporters": putting out a work names the work,
  not what it says (the guidelines' attribution of work: "wrote a book" is none, "wrote a story about ghosts"
  is one). A work with its content told ("an ad attacking her rival", "a video about the strike", "a statement
  that …") and a stance toward a work ("criticized the ad") stay.
* "keeps doing what he is doing", "got what she needed": a deed or a gain whose object is a free relative ("what
  …") is an action (the guidelines: actions don't count); "knows what he is doing", "said what he wanted" stay.
* "the storm threatens to cut power", "the hearing promised to be long", "the decade saw the rise of …": a verb
  of commitment or perception whose subject can hold no view (no person, body or text) says what is likely or
  what happened; "the senator threatened to block the bill", "the mayor saw the crowd gather" stay.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.quotes.addressee import ACTOR_ENTITIES
from accord.quotes.candidates import Candidate, Context
from accord.quotes.syntax import cue_lemma

_FREE_RELATIVE = "what"
_VIEWLESS_ENTITIES = frozenset({"DATE", "TIME", "EVENT"})
# what tells a work's content: a clause or participle on the noun, an apposition, a topic preposition (the
# lexicon's work_content_words)
_CONTENT_DEPS = frozenset({"acl", "relcl", "appos", "ccomp"})


def writers_own(ctx: Context, candidate: Candidate) -> bool:
    return (_holderless_fact(ctx, candidate) or _hedged_description(ctx, candidate)
            or _presented_work(ctx, candidate) or _deed_or_gain(ctx, candidate)
            or _thing_as_subject(ctx, candidate))


def _holderless_fact(ctx: Context, candidate: Candidate) -> bool:
    cue = candidate.cue
    if cue is None or cue.speaker is not None or cue.first != cue.last:
        return False
    noun = ctx.doc[cue.last]
    return noun.pos_ == "NOUN" and cue_lemma(noun, ctx.lexicon) in ctx.lexicon.factive_nouns


def _hedged_description(ctx: Context, candidate: Candidate) -> bool:
    cue = candidate.cue
    if cue is None or cue.speaker is not None:
        return False
    verb = ctx.doc[cue.last]
    if cue_lemma(verb, ctx.lexicon) not in ctx.lexicon.evidential_verbs:
        return False
    return any(child.dep_ == "nsubj" and child.lower_ == _FREE_RELATIVE for child in verb.children)


def _presented_work(ctx: Context, candidate: Candidate) -> bool:
    cue = candidate.cue
    if cue is None or candidate.direct:
        return False
    verb = ctx.doc[cue.last]
    lexicon = ctx.lexicon
    if cue_lemma(verb, lexicon) not in lexicon.presenting_verbs:
        return False
    work = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if work is None or work.lemma_.lower() not in lexicon.work_nouns | lexicon.message_nouns:
        return False
    if not candidate.start <= work.idx < candidate.end:
        return False
    return not any(c.dep_ in _CONTENT_DEPS or (c.dep_ == "prep" and c.lower_ in lexicon.work_content_words)
                   for c in work.children)


def _deed_or_gain(ctx: Context, candidate: Candidate) -> bool:
    cue = candidate.cue
    if cue is None or candidate.direct or cue.first != cue.last:
        return False
    verb = ctx.doc[cue.last]
    lexicon = ctx.lexicon
    if verb.lemma_.lower() not in lexicon.deed_verbs | lexicon.receiving_verbs:
        return False
    first = ctx.layout.token_at(candidate.start)
    if first >= len(ctx.doc) or ctx.doc[first].lower_ != _FREE_RELATIVE:
        return False
    return any(ancestor.i == verb.i for ancestor in ctx.doc[first].ancestors)  # the verb's own object clause


def _thing_as_subject(ctx: Context, candidate: Candidate) -> bool:
    cue = candidate.cue
    if cue is None or candidate.direct or cue.speaker is None:
        return False
    doc = ctx.doc
    verb = doc[cue.last]
    if cue_lemma(verb, ctx.lexicon) not in ctx.lexicon.thing_subject_verbs:
        return False
    subject = doc[cue.speaker]
    if subject.dep_ != "nsubj" or subject.head.i != verb.i:
        return False  # a passive ("was seen as"), or a speaker the resolver found elsewhere
    holder = verb.head if subject.lower_ in ctx.lexicon.relative_pronouns and verb.dep_ == "relcl" else subject
    return _holds_no_view(ctx, holder)


def _holds_no_view(ctx: Context, word: Token) -> bool:
    """Surely no one who can promise, threaten or see: a time or an event the tagger named ("the last decade",
    "2016"), or a noun of a time, a way, an occasion, a contest or a hazard ("the debate", "the storm") that the
    actor stage did not read as an actor. Anything else may be a person, a body or a text ("the group", "the
    report"): kept, since the lexicon cannot list every word for one."""
    if word.ent_type_ in ACTOR_ENTITIES:
        return False
    if word.ent_type_ not in _VIEWLESS_ENTITIES and (
            word.pos_ != "NOUN" or word.lemma_.lower() not in ctx.lexicon.viewless_nouns):
        return False
    return ctx.lookup is None or not ctx.lookup(ctx.doc, word)
