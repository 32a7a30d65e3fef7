"""Candidates that are the writer's own words, attributed to no one: PolNeAR (PARC) attributes a statement,
belief or other attitude only when the text gives it to a source.

* "given the fact that it did not happen here", "despite the fact that he lost": a factive noun with no holder
  presents its clause as true on the writer's word.
* "what seems a stream of drivel", "through what appeared to be a long fight": an appearance verb whose subject
  is the free relative "what" hedges a description (a noun phrase the writer uses), not a proposition anyone
  holds; "the fight appeared long" or "it seems that …" still report an appearance of a state of affairs.
"""

from __future__ import annotations

from accord.quotes.candidates import Candidate, Context
from accord.quotes.syntax import cue_lemma

_FREE_RELATIVE = "what"


def writers_own(ctx: Context, candidate: Candidate) -> bool:
    return _holderless_fact(ctx, candidate) or _hedged_description(ctx, candidate)


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
