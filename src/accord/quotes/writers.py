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
"""

from __future__ import annotations

from accord.quotes.candidates import Candidate, Context
from accord.quotes.syntax import cue_lemma

_FREE_RELATIVE = "what"
# what tells a work's content: a clause or participle on the noun, an apposition, a topic preposition (the
# lexicon's work_content_words)
_CONTENT_DEPS = frozenset({"acl", "relcl", "appos", "ccomp"})


def writers_own(ctx: Context, candidate: Candidate) -> bool:
    return (_holderless_fact(ctx, candidate) or _hedged_description(ctx, candidate)
            or _presented_work(ctx, candidate) or _deed_or_gain(ctx, candidate))


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
