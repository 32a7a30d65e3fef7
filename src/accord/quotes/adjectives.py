"""Attributions carried by predicate adjectives of attitude: "the governor is critical of the tax", "voters
are wary of both candidates", "Democrats are eager to move on", "she remains opposed to the deal".

The adjective says what its subject thinks of, feels about or wants (PARC attributes such stances and
intentions as it does "criticized the tax" or "want to move on"): the subject is the source, the object of
the adjective's preposition (a stance) or its to-infinitive (an eventuality) is the content, and the cue
runs from the copula to the preposition or the adjective. Only a predicate (after "be", "seem", "remain" …)
whose subject is no expletive: "a critical vote" or "it is critical to act" attribute nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.quotes.candidates import EVENTUALITY, STANCE, Context
from accord.quotes.frames import has_to
from accord.quotes.syntax import Cue, speaker_of
from accord.syntax import NOMINAL_SUBJECT_DEPS, nominal_subject

INFINITIVE = "to"  # the table's entry for an adjective that takes a to-infinitive ("eager to", "willing to")
_EXPLETIVES = frozenset({"it", "there", "this"})
_PASSIVE_AUX = frozenset({"auxpass", "aux"})


def attitude_content(ctx: Context, adjective: Token) -> tuple[Cue, int, int, str] | None:
    """The cue, token range [first, last) of the content and its type, for a predicate adjective of attitude."""
    complements = ctx.lexicon.attitude_adjectives.get(adjective.lower_)
    if not complements:
        return None
    holder = _predicate_holder(adjective)
    if holder is None:
        return None
    source = _source(ctx, holder)
    if source is None or source.lower_ in _EXPLETIVES:
        return None
    cue_first = min(holder.i, adjective.i)
    # the parser hangs the preposition on the adjective or on the copula after it
    heads = [adjective] if holder.i == adjective.i else [adjective, holder]
    for head in heads:
        for child in head.rights:
            if child.i <= adjective.i:
                continue
            if child.dep_ == "prep" and child.lower_ in complements:
                objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                if objects:
                    last = max(o.right_edge.i for o in objects) + 1
                    # "pleased with the speech and confident that …": the conjunction joins the predicates
                    while last > objects[0].i + 1 and adjective.doc[last - 1].dep_ == "cc":
                        last -= 1
                    return Cue(cue_first, child.i, source.i), objects[0].left_edge.i, last, STANCE
            if INFINITIVE in complements and child.dep_ in ("xcomp", "ccomp") and has_to(child):
                return Cue(cue_first, adjective.i, source.i), child.left_edge.i, child.right_edge.i + 1, EVENTUALITY
    return None


def _predicate_holder(adjective: Token) -> Token | None:
    """The copula an adjective is the predicate of ("is critical", "remains opposed"), or the adjective itself
    when the parser made it the clause's head with the copula as an auxiliary ("are opposed to")."""
    if adjective.dep_ == "acomp":
        return adjective.head
    if any(c.dep_ in _PASSIVE_AUX and c.lemma_ == "be" for c in adjective.lefts) and any(
        c.dep_ in NOMINAL_SUBJECT_DEPS for c in adjective.lefts
    ):
        return adjective
    return None


def _source(ctx: Context, holder: Token) -> Token | None:
    subject = nominal_subject(holder, before=True)
    if subject is not None and subject.dep_ == "nsubjpass":
        return subject
    return speaker_of(holder, ctx.lexicon)
