"""Attributions carried by nouns: "the claim that …", "his decision to run", "her criticism of the deal",
"calls by Democrats for a boycott", "His concern is that …", and "in Mr. Connolly's view, …".

The source is the possessor ("his", "Trump's"), a by-phrase, or the subject of the light verb that carries
the noun ("she raised the concern that …"). A claim, plan or view with none of these is left alone (an
attribution with no source the text names is usually the writer's own framing); a stance toward something
named ("opposition to the levy", "calls for a recount") is held by someone even when the text does not say
who, and PARC attributes it without a source.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.quotes.candidates import ASSERTION, EVENTUALITY, STANCE, Context
from accord.quotes.syntax import Cue, cue_lemma, is_cue_verb, speaker_of
from accord.syntax import SUBJECT_OR_EXPLETIVE_DEPS
from accord.words import shared_words

_CLAUSE_DEPS = frozenset({"acl", "ccomp", "appos", "relcl"})
_HUNG_DEPS = frozenset({"ccomp", "advcl", "acl"})  # a noun's that-clause as the parser may hang it on a verb
_COPULA_CONTENT = frozenset({"ccomp", "attr", "xcomp", "acomp"})
# who holds a stance named by a noun when no possessor says it: "support from evangelicals", "support among
# women"; a group named by an adjective or a noun before it ("Democratic criticism", "GOP opposition")
_HOLDER_PREPOSITIONS = frozenset({"from", "among"})
_NO_HOLDER_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "PERCENT"})
_GROUP_ENTITIES = frozenset({"NORP", "ORG"})
_WHEN = frozenset({"DATE", "TIME"})
_HOLDER_WORDS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_CONDITIONS = shared_words().conditional_marks  # a stance only hoped for: "if he wins the support of"
_NO_STANCE_DETERMINERS = frozenset({"no", "any"})  # "won no support from", "without any backing from"


def noun_attribution(ctx: Context, noun: Token) -> tuple[Cue, int, int, str] | None:
    """The cue, the token range [first, last) of what a noun cue attributes, and its type: a that-clause or
    the clause after "is" is an assertion, an infinitive an eventuality ("his decision to run"), a
    prepositional object a stance ("her criticism of the deal")."""
    source = noun_source(ctx, noun)
    found = _content(ctx, noun)
    if found is None:
        return None
    cue_last, first, last, kind = found
    if source is None and kind != STANCE:
        return None  # a claim or plan no one is named for is usually the writer's framing
    return Cue(noun.i, cue_last, source.i if source is not None else None), first, last, kind


def carries_clause(ctx: Context, noun: Token) -> bool:
    """A noun cue with a clause or infinitive of its own ("his claim that …", "her decision to …"): the verb
    governing it only carries it ("repeated his claim that …"), the noun is the cue. Only a noun with a source
    of its own: one with none is no attribution (:func:`noun_attribution`), and the verb's object is its
    content ("the agency announced plans to sue": what was announced)."""
    if cue_lemma(noun, ctx.lexicon) not in ctx.lexicon.noun_cues:
        return False
    found = _content(ctx, noun)
    return found is not None and found[3] in (ASSERTION, EVENTUALITY) and noun_source(ctx, noun) is not None


def noun_source(ctx: Context, noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            agent = next((c for c in child.children if c.dep_ == "pobj"), None)
            if agent is not None:
                return agent
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _HOLDER_PREPOSITIONS:
            holder = next((c for c in child.children if c.dep_ == "pobj"), None)
            if holder is not None and holder.ent_type_ not in _NO_HOLDER_ENTITIES:
                return holder  # "complaints from Democrats that …", "support among women"
    governor = noun.head
    if noun.dep_ == "dobj" and governor.lemma_.lower() in ctx.lexicon.light_verbs:
        return speaker_of(governor, ctx.lexicon)
    for child in noun.lefts:
        if child.dep_ in ("amod", "compound") and child.ent_type_ in _GROUP_ENTITIES:
            return child  # "Democratic criticism of the plan", "GOP opposition to the bill"
    return None


def _content(ctx: Context, noun: Token) -> tuple[int, int, int, str] | None:
    """(last token of the cue, first, last, type) of the content after a noun cue."""
    for child in noun.rights:
        if child.dep_ in _CLAUSE_DEPS:
            that = next((c for c in child.children if c.dep_ == "mark" and c.lower_ == "that"), None)
            if that is not None and that.i > noun.i:
                return noun.i, that.i, child.right_edge.i + 1, ASSERTION
            to = next((c for c in child.children if c.dep_ == "aux" and c.lower_ == "to"), None)
            if to is not None and child.dep_ == "acl" and to.i > noun.i:
                return noun.i, to.i, child.right_edge.i + 1, EVENTUALITY
        if child.dep_ == "prep" and child.lower_ in ctx.lexicon.noun_prepositions.get(noun.lemma_.lower(), ()) \
                and not _holder_of(ctx, noun, child):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects and objects[0].ent_type_ not in _WHEN:  # "a statement on Sunday" says when, not what
                return child.i, objects[0].left_edge.i, max(o.right_edge.i for o in objects) + 1, STANCE
    hung = _hung_clause(noun)
    if hung is not None:
        return noun.i, hung[0], hung[1], ASSERTION
    copula = noun.head
    if noun.dep_ == "nsubj" and copula.lemma_ == "be":  # "His concern is that they will cut the post"
        said = next((c for c in copula.rights if c.dep_ in _COPULA_CONTENT), None)
        if said is not None and (said.dep_ in ("ccomp", "xcomp") or any(
                c.dep_ == "poss" for c in noun.children)):  # "the endorsement is the most potent": no content
            return copula.i, said.left_edge.i, said.right_edge.i + 1, ASSERTION
    return None


def _holder_of(ctx: Context, noun: Token, preposition: Token) -> bool:
    """"won the backing of the unions", "has the support of most teachers": after a verb of having or getting,
    the stance noun's "of" phrase names who holds the stance (the unions back the subject), not what it is
    toward."""
    return (preposition.lower_ == "of" and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in ctx.lexicon.holding_verbs)


def received_stance(ctx: Context, noun: Token) -> tuple[Cue, int, int] | None:
    """"The mayor won the endorsement of the unions", "she drew support from older voters", "Lopez has strong
    backing among Latinos", "the bill faced criticism from both parties": a stance noun as the object of a verb
    of having, getting or meeting with, whose holder is named (a possessor by name, a "from" or "among" phrase on
    the noun or the verb, or after a verb of having or getting the noun's "of"), attributes the holder's stance
    toward the verb's subject. The cue (verb to noun, the holder as source) and the token range [first, last) of the
    subject. Not a noun with a content of its own ("won support for the plan": :func:`noun_attribution`)."""
    lexicon = ctx.lexicon
    verb = noun.head
    if (noun.dep_ != "dobj" or verb.i > noun.i or noun.lemma_.lower() not in lexicon.received_stance_nouns
            or verb.lemma_.lower() not in lexicon.receiving_verbs or _content(ctx, noun) is not None):
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ in
                                                                            _CONDITIONS) for c in verb.children) \
            or any(c.dep_ == "det" and c.lower_ in _NO_STANCE_DETERMINERS for c in noun.children):
        return None  # "has not won any backing", "hopes to earn the support of", "if he wins the support of"
    holder = _stance_holder(ctx, noun, verb)
    if holder is None:
        return None
    subject = speaker_of(verb, lexicon)
    if subject is None or subject.i > verb.i:
        return None
    if subject.lower_ in lexicon.relative_pronouns or subject.dep_ != "nsubj":
        first, last = subject.i, subject.i + 1  # "who has the backing of …": the pronoun stands for its noun
    else:
        first, last = subject.left_edge.i, subject.right_edge.i + 1
    last = min(last, verb.i)  # "candidates receiving his endorsement": the noun the participle describes
    return (Cue(verb.i, noun.i, holder.i), first, last) if first < last else None


def _stance_holder(ctx: Context, noun: Token, verb: Token) -> Token | None:
    """Who holds a received stance: the noun's possessor, the object of "from" or "among" on the noun or on the
    verb after it, or, after a verb of having or getting, of the noun's "of"."""
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    if possessor is not None:  # "kept up his criticism": a possessive pronoun is as often the subject's own
        return None if possessor.tag_ == "PRP$" else possessor
    prepositions = [c for c in noun.rights if c.dep_ == "prep"] + [c for c in verb.rights
                                                                      if c.dep_ == "prep" and c.i > noun.i]
    for preposition in prepositions:
        holding = preposition.lower_ in _HOLDER_PREPOSITIONS or (preposition.lower_ == "of" and preposition.head.i
                                                                 == noun.i and _holder_of(ctx, noun, preposition))
        holder = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if (holding and holder is not None and holder.pos_ in _HOLDER_WORDS
                and holder.ent_type_ not in _WHEN):  # "half of the voters" holds one; "from 2010" does not
            return holder
    return None


def _hung_clause(noun: Token) -> tuple[int, int] | None:
    """The that-clause right after a noun's phrase that the parser hangs on a verb governing the noun ("faced a
    backlash over his warning that the city would lose its funding": the clause is the warning's, not the
    backlash's — a complementizer right after a noun of saying opens that noun's content clause). The token
    range [first, last) of the clause, from "that"."""
    that_i = noun.right_edge.i + 1
    if that_i >= len(noun.doc):
        return None
    that = noun.doc[that_i]
    clause = that.head
    if that.lower_ != "that" or that.dep_ != "mark" or clause.dep_ not in _HUNG_DEPS or clause.i < that_i:
        return None
    if not any(clause.head.i == ancestor.i for ancestor in noun.ancestors):
        return None
    return that_i, clause.right_edge.i + 1


def view_phrase(ctx: Context, token: Token) -> Cue | None:
    """"in Mr. Connolly's view" / "in his opinion": a source phrase whose source is the possessor."""
    if token.lower_ != "in" or token.dep_ != "prep":
        return None
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in ctx.lexicon.view_nouns:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return Cue(token.i, noun.i, owner.i) if owner is not None else None


_PERSPECTIVE_HOLDERS = frozenset({"PERSON", "NORP", "ORG"})
_LEADING_WORDS = frozenset({"cc", "advmod", "punct"})  # "But to others, …", "And now, to them, …"


def perspective_phrase(ctx: Context, token: Token) -> tuple[Cue, int] | None:
    """"To many, the mayor is a reformer", "To Ms. Diaz, the vote was a betrayal": a sentence-opening "to"
    phrase naming someone, closed by a comma, puts the clause in that holder's eyes (PARC: a belief with the
    holder as source). The cue and the first token of the content (after the comma)."""
    lexicon = ctx.lexicon
    if token.lower_ not in lexicon.perspective_prepositions or token.dep_ != "prep":
        return None
    clause = token.head
    if clause.dep_ != "ROOT" or clause.i < token.i:
        return None
    unit = ctx.layout.unit_of(token)
    if any(t.dep_ not in _LEADING_WORDS for t in ctx.doc[unit.start : token.i]):
        return None
    holder = next((c for c in token.children if c.dep_ == "pobj"), None)
    if holder is None or not _names_a_holder(ctx, holder):
        return None
    after = token.right_edge.i + 1
    if after + 1 >= unit.end or ctx.doc[after].text != ",":
        return None
    return Cue(token.i, token.i, holder.i), after + 1


def _names_a_holder(ctx: Context, holder: Token) -> bool:
    if holder.ent_type_ in _PERSPECTIVE_HOLDERS:
        return True
    if holder.tag_ == "PRP":
        return holder.lower_ not in ("it", "itself")
    return holder.lower_ in ctx.lexicon.perspective_holders


def poll_phrase(ctx: Context, token: Token) -> Cue | None:
    """"In a Gallup poll released Monday, 60 percent backed the tax": a clause-opening "in" + a poll or survey
    is an adverbial source (PARC) — the poll says what the clause reports. Only at the start of its sentence
    and closed by a comma: "leads in the polls" inside a clause is where, not who."""
    if token.lower_ != "in" or token.dep_ != "prep" or token.head.dep_ != "ROOT":
        return None
    unit = ctx.layout.unit_of(token)
    if any(not t.is_punct for t in ctx.doc[unit.start : token.i]):
        return None
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in ctx.lexicon.survey_nouns:
        return None
    after = token.right_edge.i + 1
    if after >= unit.end or ctx.doc[after].text != ",":
        return None
    return Cue(token.i, token.i, noun.i)


_CLAUSE_OPENERS = frozenset({"mark", "advmod", "cc", "punct", "prep", "npadvmod", "intj"})


def poll_adjunct(ctx: Context, token: Token) -> tuple[Cue, int, int] | None:
    """"Kasich was at 25 percent in the latest poll", "where he led in the statewide surveys": a poll or survey
    named by an "in"-phrase inside the clause it measures is that clause's source (PARC), whatever the verb;
    the content is the clause from its subject up to the phrase. Not a phrase that opens its sentence
    (:func:`poll_phrase`), nor one on a cue verb ("said in a survey": the verb's own attribution), nor one on
    a noun ("voters in the survey" names who, not what was measured). One poll only: "leads in the polls" is
    an idiom of standing, no source reporting a finding; and a relative clause's "who" is no content of its
    own ("Sanders, who leads in a new poll, …")."""
    if token.lower_ != "in" or token.dep_ != "prep":
        return None
    verb = token.head
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in ctx.lexicon.survey_nouns or noun.tag_ != "NN":
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.i > token.i or is_cue_verb(verb, ctx.lexicon):
        return None
    subject = next((c for c in verb.lefts if c.dep_ in SUBJECT_OR_EXPLETIVE_DEPS), None)
    if subject is None or subject.tag_ in ("WP", "WDT") or subject.lower_ == "that":
        return None
    first = min([subject.left_edge.i] + [c.left_edge.i for c in verb.lefts if c.dep_ not in _CLAUSE_OPENERS])
    if first >= token.i:
        return None
    return Cue(token.i, token.i, noun.i), first, token.i
