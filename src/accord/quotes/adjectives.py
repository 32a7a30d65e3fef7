"""Attributions carried by predicate adjectives of attitude: "the governor is critical of the tax", "voters
are wary of both candidates", "Democrats are eager to move on", "she remains opposed to the deal".

The adjective says what its subject thinks of, feels about or wants (PARC attributes such stances and
intentions as it does "criticized the tax" or "want to move on"): the subject is the source, the object of
the adjective's preposition (a stance) or its to-infinitive (an eventuality) is the content, and the cue
runs from the copula to the preposition or the adjective. A predicate (after "be", "seem", "remain" …) whose
subject is no expletive attributes ("it is critical to act" does not), and so does an adjective phrase set beside
a clause, which belongs to the clause's subject ("Wary of the unions, the governor delayed the vote"), or right
after a noun of people, which belongs to that noun ("the governor, wary of the unions, …"); an attributive
adjective before its noun ("a critical vote") attributes nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.quotes.candidates import EVENTUALITY, STANCE, Context
from accord.quotes.frames import _FEELER_TAGS, has_to
from accord.quotes.lexicon import CueLexicon
from accord.quotes.syntax import VERB_TAGS, Cue, speaker_of
from accord.syntax import NOMINAL_SUBJECT_DEPS, nominal_subject

INFINITIVE = "to"  # the table's entry for an adjective that takes a to-infinitive ("eager to", "willing to")
EXPLETIVES = frozenset({"it", "there", "this"})  # subjects that name no one (dummy or deictic)
_PASSIVE_AUX = frozenset({"auxpass", "aux"})
_PREPOSITION_DEPS = frozenset({"prep", "agent"})
_NOUN_ADJUNCT_DEPS = frozenset({"acl", "amod"})
_PARTICIPLE_TAGS = frozenset({"VBN", "JJ"})
_PEOPLE_KINDS = frozenset({"person", "group"})  # the actor stage's kinds of actor that are people
_PEOPLE_ENTITIES = frozenset({"PERSON", "NORP"})
# a time is no object of an attitude: "fell silent on Sunday", "were upbeat on Tuesday" say when, not about what
_WHEN = frozenset({"DATE", "TIME"})


def felt_participle(word: Token, lexicon: CueLexicon) -> bool:
    """A past participle of a verb of feeling (experiencer_verbs: "were troubled by", "dismayed at"), which is
    an adjective of feeling whatever the tagger calls it — a past tense too when coordinated with a predicate
    adjective ("were surprised and dismayed at …")."""
    coordinated = word.dep_ == "conj" and word.head.dep_ == "acomp"
    return (word.tag_ in _PARTICIPLE_TAGS or coordinated) and lexicon.feeling_participle(word.lemma_, word.lower_)


def attitude_content(ctx: Context, adjective: Token) -> tuple[Cue, int, int, str, Token] | None:
    """The cue, token range [first, last) of the content, its type and the source (the cue's speaker), for an
    adjective of attitude."""
    complements = ctx.lexicon.attitude_adjectives.get(adjective.lower_) or (
        ctx.lexicon.experiencer_prepositions if felt_participle(adjective, ctx.lexicon) else None)
    if not complements:
        return None
    holder = predicate_holder(adjective)
    source = _source(ctx, holder) if holder is not None else adjunct_holder(ctx, adjective)
    if source is None or source.lower_ in EXPLETIVES:
        return None
    holder = holder if holder is not None else adjective
    cue_first = min(holder.i, adjective.i)
    # the parser hangs the preposition on the adjective or on the copula after it
    heads = [adjective] if holder.i == adjective.i else [adjective, holder]
    for head in heads:
        for child in head.rights:
            if child.i <= adjective.i:
                continue
            # a passive participle's "by" is its agent ("were troubled by the ruling")
            if child.dep_ in _PREPOSITION_DEPS and child.lower_ in complements:
                objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                if objects and objects[0].ent_type_ not in _WHEN:
                    last = max(o.right_edge.i for o in objects) + 1
                    # "pleased with the speech and confident that …": the conjunction joins the predicates
                    while last > objects[0].i + 1 and adjective.doc[last - 1].dep_ == "cc":
                        last -= 1
                    return Cue(cue_first, child.i, source.i), objects[0].left_edge.i, last, STANCE, source
            if INFINITIVE in complements and child.dep_ in ("xcomp", "ccomp") and has_to(child):
                cue = Cue(cue_first, adjective.i, source.i)
                return cue, child.left_edge.i, child.right_edge.i + 1, EVENTUALITY, source
    return None


def predicate_holder(adjective: Token) -> Token | None:
    """The copula an adjective is the predicate of ("is critical", "remains opposed"), or the adjective itself
    when the parser made it the clause's head with the copula as an auxiliary ("are opposed to"); a second
    predicate coordinated with a first has the first's copula ("were surprised and dismayed at the loss")."""
    if adjective.dep_ == "acomp":
        return adjective.head
    first = adjective.head
    if adjective.dep_ == "conj" and first.dep_ == "acomp" and first.i < adjective.i:
        return first.head
    if any(c.dep_ in _PASSIVE_AUX and c.lemma_ == "be" for c in adjective.lefts) and any(
        c.dep_ in NOMINAL_SUBJECT_DEPS for c in adjective.lefts
    ):
        return adjective
    return None


def adjunct_holder(ctx: Context, adjective: Token) -> Token | None:
    """Who holds an attitude said by an adjective phrase set beside a clause rather than predicated by a copula:
    a free adjunct before or after the clause belongs to the clause's subject ("Wary of the unions, the governor
    delayed the vote": subject control), one right after a noun to that noun ("donors dismayed at the tone
    stopped giving", "the governor, wary of the unions, …") when the noun names people, who can feel (not "the
    bank, troubled by bad loans, …"). A noun's attributive adjective before it ("a critical vote") holds nothing."""
    head = adjective.head
    if head.i == adjective.i or adjective.tag_ not in _PARTICIPLE_TAGS:
        return None  # a free adjunct is an adjective or participle: a past tense there is a clause of its own
    if adjective.dep_ == "advcl" and head.tag_ in VERB_TAGS:
        return speaker_of(head, ctx.lexicon)
    if adjective.dep_ in _NOUN_ADJUNCT_DEPS and head.pos_ in _FEELER_TAGS and head.i < adjective.i:
        return head if _people(ctx, head) else None
    return None


def _people(ctx: Context, noun: Token) -> bool:
    """Does the noun name a person or a group of people, as the actor stage reads it (a person or group, not an
    organisation, company or country), or as the model does when the actor stage has no reading of it?"""
    if noun.pos_ == "PRON":
        return True  # who can feel among pronouns is the caller's test
    actors = ctx.lookup(ctx.doc, noun) if ctx.lookup is not None else []
    if actors:
        return any(actor.kind in _PEOPLE_KINDS for actor in actors)
    return noun.ent_type_ in _PEOPLE_ENTITIES or noun.lower_ in ctx.lexicon.perspective_holders


def _source(ctx: Context, holder: Token) -> Token | None:
    subject = nominal_subject(holder, before=True)
    if subject is not None and subject.dep_ == "nsubjpass":
        return subject
    return speaker_of(holder, ctx.lexicon)
