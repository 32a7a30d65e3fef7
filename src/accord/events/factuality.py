"""Layer 2 of the coder, factuality: whether and how the text says the event happens — asserted, negated ("did
not sign", "failed to agree", "denied attacking", "no evidence that they signed"), hypothetical ("may sign", "if
they sign", "had they signed, ...", "hopes to sign", "is likely to sign", "must sign", "will they sign?", "to
free the city"), to come ("will sign", "plans to
sign", "is due to sign") — and who reports it ("Shringla said India signed ...").

It reads the words around the candidate's chain of verbs — their auxiliaries, negations, adverbs and clause
marks, and what each governing verb says of the verb below it ("plan", "hope", "fail", "deny", "have to") —
and then the clauses above the chain, up to the sentence's main clause: conditions, purposes, questions,
complements of verbs of fearing, wishing, denying and saying, infinitives and gerunds hanging on nouns of
possibility or planning ("the prospect of", "a plan to"). A bare event noun reads its own modifiers ("a
possible withdrawal", "no talks") and the clause it sits in.

It changes nothing about the event. Readings are kept per verb of the chain (:attr:`Factuality.steps`) so
that the sense layer can take them from the verb that decided the event's type upwards: in "vowed that it would
retaliate" the vow is asserted and the future belongs to what was vowed. The sense layer also turns some
readings into a type (an actor's own announcement of an act to come is a promise or a threat, a cooperative act
negated where it was to come is a refusal) and consumes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from accord.dates.find import scheduled_present
from accord.doc_index import is_headline, sentence_of, sentence_start
from accord.events.candidates import Candidate
from accord.events.syntax import aux_words, has_infinitive, has_subject, phrase_head, subject_of
from accord.events.tables import Cues, Tables
from accord.events.triggers import forms, in_group, is_nominal, lemma, trigger_at
from accord.records import ASSERTED, FUTURE, HYPOTHETICAL, NEGATED
from accord.syntax import NOMINAL_SUBJECT_DEPS, PLURAL_NOUN_TAGS, PRESENT_TAGS, SUBJECT_OR_EXPLETIVE_DEPS

CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "acomp", "csubj", "csubjpass"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative"})
# How an event noun hangs on a verb that can say something of it: its object ("wants Russia's backing", "resorted
# to force") or its passive subject ("talks are expected"); "the attack failed" says nothing of the attack.
NOUN_OBJECT_DEPS = frozenset({"dobj", "pobj", "nsubjpass"})
# The prepositions of what a warning foresees: "warned *of* an attack", "cautioned *against* an invasion".
WARNED_OF = frozenset({"of", "against", "about"})
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "conj", "appos"})
MAX_CLIMB = 8  # clauses climbed above a chain: deeper nesting is rare, and the parse is less sure up there
WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
# The modifiers that make a noun one particular thing: "in *this* case", "in *one such* case", "in *his* case" are no
# "in case" of a condition.
NOUN_DETERMINING_DEPS = frozenset({"det", "nummod", "amod", "poss", "compound", "nmod"})
# Children that make a sentence-initial base verb something other than a command: a subject, an auxiliary.
IMPERATIVE_BLOCKERS = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass"})
# Clauses that can hang below a phrase of condition ("as long as ...", "provided that ...").
SUBORDINATE_DEPS = frozenset({"advcl", "ccomp", "acl"})
MAX_PHRASE = 4  # words in the longest phrase of condition ("on the condition that")
# Auxiliaries of a clause told in the past ("had lasted", "was held", "did last").
PAST_AUXILIARIES = frozenset({"had", "was", "were", "did"})
# A clause's own subject or auxiliary: a coordinated verb with one is a clause of its own, not a shared one.
CLAUSE_SUBJECT_OR_AUX = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass"})


@dataclass(frozen=True, slots=True)
class Reading:
    """What some words say of whether an act happens. Readings add up: negations are counted (two cancel,
    "did not fail to"), the other readings accumulate."""

    negations: int = 0
    particle: bool = False  # a "not" or "never" among the negations: a negated promise or acceptance is a refusal
    future: bool = False  # "will", "plans to", "is due to", "is going to"
    conditional: bool = False  # "would": a future in reported speech, a condition elsewhere
    possible: bool = False  # "may", "might", "could", "can"
    conditioned: bool = False  # what follows from a condition: "if X attacks, Y *will respond*"
    hypothetical: bool = False  # a condition itself, a wish, likelihood, question, purpose
    obliged: bool = False  # "must", "should", "has to"
    undecided: bool = False  # "has not yet", "has yet to": not done, and not refused either
    reported: bool = False  # told in a clause of saying or reporting ("said it would retaliate")

    def __add__(self, other: Reading) -> Reading:
        return Reading(
            negations=self.negations + other.negations,
            particle=self.particle or other.particle,
            future=self.future or other.future,
            conditional=self.conditional or other.conditional,
            possible=self.possible or other.possible,
            conditioned=self.conditioned or other.conditioned,
            hypothetical=self.hypothetical or other.hypothetical,
            obliged=self.obliged or other.obliged,
            undecided=self.undecided or other.undecided,
            reported=self.reported or other.reported,
        )

    @property
    def negated(self) -> bool:
        return self.negations % 2 == 1

    @property
    def status(self) -> str:
        """The contract's factuality: a possibility, condition or obligation is hypothetical; a negation (or an
        act not done yet) negated; an act to come future. "would" is a future where it is reported ("said it
        would retaliate") and a condition elsewhere ("a deal that would allow")."""
        if self.hypothetical or self.possible or self.conditioned or self.obliged \
                or (self.conditional and not self.reported and not self.future):
            return HYPOTHETICAL
        if self.negated or self.undecided:
            return NEGATED
        if self.future or self.conditional:
            return FUTURE
        return ASSERTED


NONE = Reading()


@dataclass(frozen=True, slots=True)
class Factuality:
    """How the text tells an event: a reading per level of the candidate, bottom-up — the event noun a verb
    carries, if any ("held *no* talks"), then each verb of the chain (its own words, and what the verb above it
    says of it) — the reading of the clauses above the chain, and who reports it."""

    steps: tuple[Reading, ...] = ()
    context: Reading = NONE
    speaker: Token | None = None  # the subject of the verb of saying that reports it

    def from_step(self, start: int) -> Reading:
        """The reading of the event told at level ``start`` (0: the event word; a governing verb's level when
        it decided the type), with the levels and clauses above it."""
        total = self.context
        for step in self.steps[start:]:
            total = total + step
        return total + Reading(reported=self.speaker is not None)

    @property
    def reading(self) -> Reading:
        return self.from_step(0)

    @property
    def status(self) -> str:
        return self.reading.status

    @property
    def negated(self) -> bool:
        return self.reading.negated

    @property
    def reported(self) -> bool:
        return self.speaker is not None


def factuality_of(candidate: Candidate, tables: Tables) -> Factuality:
    """The factuality of one candidate: its levels bottom-up, the clauses above its chain, its source.

    A demand told through a modal ("Y must not attack", said X) is read like any chain: its modal and its
    negation sit on the top verb, and the sense layer takes them as what is demanded."""
    cues = tables.cues
    if not candidate.chain:
        context, source = _noun_context(candidate.content.token, tables)
        if candidate.content.entry.type in tables.senses.opinion_types and _measured_noun(candidate.content.token,
                                                                                         cues):
            context = context + Reading(hypothetical=True)  # "the support of 52 percent of voters"
        return Factuality((), context, source)
    chain = candidate.chain
    levels: list[Reading] = []
    opinion = candidate.content.entry.type in tables.senses.opinion_types
    if candidate.nominal and candidate.content.token.i != chain[0].i:
        noun = candidate.content.token
        measured = opinion and any(_measured_noun(n, cues) for n in (noun, phrase_head(noun, cues.partitive)))
        # "had 38 percent support", "his support in the new poll": a statistic
        levels.append(_object_reading(chain[0], noun, tables) + Reading(hypothetical=measured))
    speaker: Token | None = None
    for k, verb in enumerate(chain):
        level = own_reading(verb, cues) + Reading(hypothetical=_open_alternative(verb, tables))
        if opinion and _measured_opinion(verb, cues):
            level = level + Reading(hypothetical=True)
        if k + 1 < len(chain):
            above = chain[k + 1]
            if not _fulfilled_purpose(candidate, above, verb, tables):
                level = level + governing_reading(above, verb, tables)
            if _reporting(above, verb, tables):
                speaker = speaker or subject_of(above)
        levels.append(level)
    context, found = clause_context(candidate.top, tables)
    return Factuality(tuple(levels), context, speaker or found)


def _fulfilled_purpose(candidate: Candidate, above: Token, below: Token, tables: Tables) -> bool:
    """"Held a strategic dialogue to discuss ...", "staged a strike to protest ...": the purpose is an act of
    the very kind the governing verb's event noun names — holding the dialogue is discussing."""
    if below.dep_ != "advcl":
        return False
    kind = candidate.content.entry.type
    for noun in candidate.nouns:
        if noun.head.i == above.i or phrase_head(noun, tables.cues.partitive).head.i == above.i:
            found = trigger_at(noun, tables.lexicon)
            if found is not None and found.entry.type == kind:
                return True
    return False


def _said_at_occasion(verb: Token, purpose: Token, tables: Tables) -> bool:
    """An act of words done at the occasion of speaking held or given for it: "held a news conference *to
    criticize* the senator", "gave a speech *to praise* the troops". A purpose of force or of material help is
    not done by speaking ("held a briefing to launch the offensive")."""
    occasions = tables.cues.speaking_occasions
    if not any(c.dep_ == "dobj" and (lemma(c) in occasions or any(m.dep_ == "compound" and lemma(m) in occasions
                                                                    for m in c.children))
               for c in verb.children):
        return False
    found = trigger_at(purpose, tables.lexicon)
    return found is not None and tables.ontology.info(found.entry.type).quad.startswith("verbal")


def _object_reading(verb: Token, noun: Token, tables: Tables) -> Reading:
    """The event noun a chain's lowest verb carries: its own words ("held no talks") and what the verb says of
    it ("wants Russia's backing")."""
    head = phrase_head(noun, tables.cues.partitive)
    reading = noun_words(noun, tables.cues) + governing_reading(verb, head, tables)
    return reading + noun_words(head, tables.cues) if head.i != noun.i else reading


# --- one verb ------------------------------------------------------------------------------------------------


def own_reading(verb: Token, cues: Cues) -> Reading:
    """What a verb's own auxiliaries, negations, adverbs, subject and clause marks say: "would not", "may",
    "probably", "nobody ...", "if ...", "... ?"."""
    words = aux_words(verb)
    particles = len(words & cues.negation)
    negations = particles + _negative_subject(verb, cues) + _no_longer(verb) + _denied_pair(verb, cues) \
        + _set_aside(verb, cues)
    ability_denied = bool(particles and words & cues.ability_modals)  # "could not reach", "cannot accept"
    modal = words & (cues.future_modals | cues.possibility_modals | cues.obligation_modals)
    # "should have known", "would have attacked": a modal of the past perfect tells what did not happen
    counterfactual = bool(modal) and "have" in words and verb.tag_ == "VBN"
    hypothetical = bool(words & cues.likelihood_adverbs) or conditional_clause(verb, cues) \
        or _yes_no_question(verb) or counterfactual or _for_to(verb) or _imperative(verb) or _habitual(verb, cues) \
        or _polled(verb, cues) \
        or (bool(words & cues.conditional_modals) and verb.lemma_.lower() in cues.conditional_wishes)
    return Reading(
        negations=negations,
        particle=particles > 0,
        future=(bool(words & (cues.future_modals - cues.conditional_modals)) and not counterfactual)
        or _scheduled(verb, cues),
        conditional=bool(words & cues.conditional_modals) and not counterfactual,
        possible=bool(words & cues.possibility_modals) and not ability_denied,
        conditioned=_consequent(verb, cues),
        hypothetical=hypothetical,
        obliged=bool(words & cues.obligation_modals) and not counterfactual,
        undecided=particles > 0 and bool(words & cues.undecided),
    )


# The words that join an alternative set aside to the act chosen ("rather *than*", "instead *of*"), with the adverb
# of cues.negative_prepositions that makes them so.
SET_ASIDE_JOINS = frozenset({"than", "of"})


def _set_aside(verb: Token, cues: Cues) -> int:
    """A bare verb after "rather than" or "instead of" ("chose to praise him rather than attack his rival", "rather
    than meet them, he left"): the alternative not taken, which did not happen, as the gerund after those
    prepositions (:func:`_preposition_reading`). The parser hangs the joining word on the verb itself (a mark) or,
    for an alternative coordinated with the act chosen, on that act before the verb (a conjunction)."""
    joins = [c for c in verb.children if c.dep_ == "mark"]  # a preposition or a conjunction on the verb joins another
    if verb.dep_ == "conj":
        joins += [c for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.i]
    adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod" and c.i < verb.i}
    for join in joins:
        words = adverbs | {c.lower_ for c in join.children if c.dep_ == "advmod"}
        if join.lower_ in SET_ASIDE_JOINS and words & cues.negative_prepositions:
            return 1
    return 0


def governing_reading(verb: Token, below: Token, tables: Tables) -> Reading:
    """What ``verb`` says of the act below it (a verb of its chain, or the event noun it governs): a plan puts
    it to come, a wish, fear or likelihood makes it hypothetical, "fail", "avoid" and "deny" negate it, "have
    to" obliges it, "have yet to" leaves it undone, a purpose ("went there to fight") is not yet done."""
    cues = tables.cues
    link = below.dep_
    if in_group(verb, cues.causative) or (in_group(verb, cues.effort_verbs) and link == "advcl"):
        return NONE  # "forced them to withdraw", "led the militia to plead", "worked with the FBI to investigate"
    if link == "advcl":
        if lemma(verb) == "be" and any(_counted(n, cues) for n in _predicate_nouns(verb)):
            return NONE  # "was among 25 senators to vote against", "was the first to visit": those who did
        realised = in_group(below, cues.realised_purposes) or _said_at_occasion(verb, below, tables)
        return Reading(hypothetical=_purpose(below, cues) and not realised)
    if in_group(verb, cues.allegation) and link in ("pcomp", "ccomp"):
        return Reading(hypothetical=True)  # "accused of planning attacks", "alleged that he abused": a charge
    if link == "pcomp":
        return _preposition_reading(below.head, cues)
    # an amount heading the event noun's phrase ("withheld $300 million in aid": syntax.phrase_head) is a noun
    # phrase like the noun itself, never a clause: what the verb says of it says it of the noun
    clausal = not is_nominal(below) and below.pos_ != "NUM"
    if not clausal and link == "pobj" and lemma(verb) in cues.forecast_verbs and below.head.lower_ in WARNED_OF:
        return Reading(hypothetical=True)  # "warned against a Russian invasion": foreseen, not done
    if not clausal and link == "pobj" and below.head.head.i == verb.i:
        granted = _granted_for(verb, below.head, cues)  # "gave its blessing to the raid"
        if granted != NONE:
            return granted
    if link not in (CLAUSE_LINKS if clausal else NOUN_OBJECT_DEPS) and not (clausal and link == "dobj"):
        return NONE
    words = set(forms(verb))
    # plans, likelihood and implicatives take an infinitive or a gerund ("plans to", "failed to", "avoided
    # blaming"), or an event noun; wishes, fears and denials also a finite clause ("hopes that ...")
    nonfinite = not clausal or has_infinitive(below) or below.tag_ == "VBG" or link == "xcomp"
    if (words & cues.plan and nonfinite) or going_to(verb, below):
        return Reading(future=True)
    if words & cues.deferral:
        return Reading(future=True)  # "postponed the talks", "delayed signing the deal": put off, to come
    if words & cues.desire or words & cues.fear:
        return Reading(hypothetical=True)
    if words & cues.stance and clausal and below.tag_ == "VBG":
        return Reading(hypothetical=True)  # "supports holding talks": a position on the talks, none held
    if words & cues.directive and clausal and has_infinitive(below):
        return Reading(hypothetical=True)  # "were told by WeWork to sign", "ordered the troops to advance"
    if words & cues.likelihood and nonfinite:
        told_in_the_past = any(c.tag_ == "VBD" for c in verb.head.children) or verb.head.tag_ == "VBD"
        return NONE if words & cues.ability and told_in_the_past else Reading(hypothetical=True)
    if words & cues.negative_implicative and nonfinite:
        return Reading(negations=1)
    if words & cues.denial and clausal:
        return Reading(negations=1, reported=True)  # "denied attacking": the denier says it did not happen
    if lemma(verb) in cues.obligation_verbs and clausal and has_infinitive(below):
        if any(c.lower_ == "yet" for c in verb.children):
            return Reading(undecided=True)  # "has yet to give a verdict"
        if lemma(verb) == "have" and verb.tag_ == "VBD":
            return NONE  # "had to flee": an obligation told in the past was met
        if any(c.dep_ == "neg" for c in verb.children):
            return Reading(hypothetical=True)  # "does not need to apologise": no obligation (unlike "must not")
        return Reading(obliged=True)
    if _past_habit(verb, below, cues):
        return Reading(hypothetical=True)  # "used to arrest them": a habit, acts at no time told (as _habitual)
    if lemma(verb) == "be" and link == "xcomp" and has_infinitive(below) and not _predicate_nouns(verb):
        return Reading(future=True)  # "two summits are to be staged" (not "was among 25 senators to vote")
    if link == "ccomp" and lemma(verb) == "be":
        return _copula_reading(verb, cues)  # "it is possible that ..."
    if link == "ccomp" and _mandative(verb, below, cues):
        return Reading(hypothetical=True)  # "insisted that he fight", "demanded the army withdraw"
    if link == "ccomp" and _reports(verb, tables):
        return Reading(reported=True)
    return NONE


def _mandative(verb: Token, below: Token, cues: Cues) -> bool:
    """A clause of a verb of demanding in the present after a past ("insisted I fight again", "demanded that the
    army withdraw", "did not recommend that she face charges", "proposed that troops be sent"): English's mandative
    subjunctive, what someone wants done, not what was done ("insisted he *had* fought" reports)."""
    if not any(in_group(verb, group) for group in (cues.request, cues.demanding, cues.recommending)):
        return False
    if not _told_in_the_past(verb):
        return False
    auxiliaries = [c for c in below.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        # the passive subjunctive: a bare "be" ("that troops *be* sent"), where a fact would say "were" or "are"
        return below.tag_ == "VBN" and all(a.lower_ == "be" for a in auxiliaries)
    return below.tag_ == "VB" or (below.tag_ == "VBP" and has_subject(below))


def _told_in_the_past(verb: Token) -> bool:
    """A verb in the simple past, or in the past with "did" ("did not recommend"): after it a present form in the
    clause below can only be a subjunctive, since a reported fact would take the past."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "did"
                                                             for c in verb.children))


def _predicate_nouns(copula: Token) -> list[Token]:
    """The nouns a copula says its subject is, or is among ("was the first leader", "was among 25 senators")."""
    found = [c for c in copula.children if c.dep_ == "attr"]
    found += [o for p in copula.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return found


def _counted(noun: Token, cues: Cues) -> bool:
    """A noun counted or ranked ("25 senators", "the first leader"): an infinitive on it tells who did."""
    return noun.lower_ in cues.ordinal_words or any(c.dep_ == "nummod" or c.lower_ in cues.ordinal_words
                                                    for c in noun.children)


def noun_words(noun: Token, cues: Cues) -> Reading:
    """An event noun's own determiner and modifiers: "no talks", "any extradition", "a possible withdrawal",
    "the planned summit"."""
    reading = NONE
    for child in noun.children:
        word = child.lower_
        if child.dep_ == "det" and word == "no":
            reading = reading + Reading(negations=1)
        elif child.dep_ == "det" and word == "any" and not _under_negation(noun, cues):
            # a word of questions, conditions and negations; under a negation it is the negation's own word
            # ("will not take part in any talks": no talks, a refusal, not talks that may happen)
            reading = reading + Reading(hypothetical=True)
        elif child.dep_ in ("amod", "compound", "nmod") and word in cues.possibility_modifiers:
            reading = reading + Reading(hypothetical=True)
        elif child.dep_ in ("amod", "compound", "nmod") and word in cues.future_modifiers:
            reading = reading + Reading(future=True)
        elif child.dep_ == "amod" and word in cues.kind_adjectives and _kind_in_general(noun, cues):
            # "such attacks are rare": acts of a kind, spoken of in general, none at a time told (a generic act:
            # docs/contract.md); "such a fierce attack that ..." is a predeterminer and tells one act
            reading = reading + Reading(hypothetical=True)
    return reading


def _kind_in_general(noun: Token, cues: Cues) -> bool:
    """Acts of a kind spoken of in general ("such attacks are rare"), not acts counted, owned or dated, which
    happened: "*two* such attacks", "*the latest* such attack", "*their* such acts", "such attacks *last week*"."""
    for child in noun.children:
        if child.dep_ in ("nummod", "det", "poss", "predet") or child.lower_ in cues.counting_modifiers:
            return False
    clause = noun
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    return not any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree)


def _measured_noun(noun: Token, cues: Cues) -> bool:
    """An opinion noun told as a share of a population or a poll's figure: "had 38 percent support", "the support
    of 52 percent of voters", "his support in the new poll"."""
    for child in noun.children:
        if child.dep_ in ("compound", "nmod", "amod") and lemma(child) in cues.share_nouns:
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and _share_or_poll(child, cues.share_nouns):
            return True
        if _in_a_poll(child, cues):
            return True
    return False


def _in_a_poll(child: Token, cues: Cues) -> bool:
    """"in the new poll", "in a survey": one poll, where a figure was found. Not "in the polls", which is the
    election as often as the standing in many polls ("rigging in the polls")."""
    return child.dep_ == "prep" and child.lower_ == "in" and any(
        c.dep_ == "pobj" and lemma(c) in cues.poll_nouns and c.tag_ == "NN" for c in child.children)


def _share_or_poll(preposition: Token, nouns: frozenset[str]) -> bool:
    """A preposition's object is one of ``nouns`` (a share of a population, a poll)."""
    return any(c.dep_ == "pobj" and lemma(c) in nouns for c in preposition.children)


def _measured_opinion(verb: Token, cues: Cues) -> bool:
    """An opinion or a vote (senses.yaml ``opinion_types``) whose holder is a share of a population ("40 percent of
    Democrats oppose the deal", "was backed by 41 percent of those surveyed") or told as a figure of one poll
    ("voters back him in the new poll"): a measure of opinion or of votes cast, a statistic as a rate is
    (:func:`_habitual`), not an act of a party. A share that acts ("ten percent of the protesters attacked the
    police") is a part of a party acting."""
    for child in verb.children:
        if child.dep_ == "nsubj" and lemma(child) in cues.share_nouns:
            return True
        if child.dep_ == "agent" and _share_or_poll(child, cues.share_nouns):
            return True
        if _in_a_poll(child, cues):
            return True
    return False


def _polled(verb: Token, cues: Cues) -> bool:
    """An act told as what a poll or survey found: "most farmers back the tariffs, according to a survey", "most
    voters oppose the war, a new poll shows", or a verb of finding or saying whose own subject is the poll ("a
    survey found that ...": its clause is the finding). A measure of opinion, no act. A poll that undergoes or
    does anything else is the vote itself ("the polls were boycotted")."""
    polls = cues.poll_nouns
    for child in verb.children:
        if child.dep_ in NOMINAL_SUBJECT_DEPS and lemma(child) in polls and _finds(verb, cues):
            return True
        if any(lemma(source) in polls for source in _according_to_objects(child, cues)):
            return True
        if child.dep_ in ("ccomp", "parataxis") and child.i > verb.i and _finds(child, cues) and any(
                lemma(g) in polls for g in _poll_holders(child)):
            return True  # "..., a new poll shows": the finding reported after the clause
    return False


def _finds(verb: Token, cues: Cues) -> bool:
    return lemma(verb) in cues.finding_verbs or lemma(verb) in cues.speech


def _poll_holders(clause: Token) -> list[Token]:
    """The subject of a clause of finding and the nouns compounded on it ("survey data show"); the parser may read
    the verb of a trailing "a new poll shows" as a plural noun, the poll its compound."""
    subjects = [c for c in clause.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    if is_nominal(clause):
        subjects += [c for c in clause.children if c.dep_ == "compound"]
    return subjects + [g for s in subjects for g in s.children if g.dep_ == "compound"]


def _under_negation(noun: Token, cues: Cues) -> bool:
    """Whether a verb governing ``noun`` (climbing through prepositions and verbs, a few steps) is negated."""
    current = noun
    for _ in range(4):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in cues.negation) for c in current.children):
            return True
    return False


CONTRACTED_IS_OR_HAS = frozenset({"'s", "’s"})
TIME_ADJUNCT_DEPS = frozenset({"npadvmod", "advmod", "prep"})
MAX_TIME_PHRASE = 5  # words in a time phrase: "in the coming days", "early next week"


def _scheduled(verb: Token, cues: Cues) -> bool:
    """A present or present progressive told of a time to come ("are meeting next week", "visits Moscow
    tomorrow", "is holding talks in the coming days"): scheduled, not done yet (:func:`scheduled_present`)."""
    return scheduled_present(verb, lambda child: _time_to_come_adjunct(child, cues))


def _time_to_come_adjunct(child: Token, cues: Cues) -> bool:
    """A short time adjunct with a word of a time to come ("next week", "in the coming days"); a duration is none
    ("shelling the town *for the next hour*": going on from now)."""
    if child.dep_ not in TIME_ADJUNCT_DEPS or child.lower_ in cues.duration_prepositions:
        return False
    phrase = list(child.subtree)
    return len(phrase) <= MAX_TIME_PHRASE and any(_time_to_come(t, cues) for t in phrase)


def _time_to_come(word: Token, cues: Cues) -> bool:
    """A word of a time to come ("next week", "tomorrow"), not of a place: "next to the border" is beside it."""
    after = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return word.lower_ in cues.future_time_words and not (after is not None and after.lower_ == "to")


def _habitual(verb: Token, cues: Cues) -> bool:
    """An act told in the simple present with a rate happens again and again: "malaria kills thousands every
    year", "thousands are killed each year in clashes", "kills 40,000 a year". It is a statistic, no act at one
    time (the past, "killed ten every day last week", is left alone). So is a party's tendency told with an
    adverb of habit ("routinely attacks the press", "Republicans often criticise the plan"): a generalisation
    over acts at no time the text tells, whoever they are done to."""
    # a contracted "'s" before a participle is "is" or "has" ("he's always denied it" has denied): only a full
    # "is" or "are" tells a present passive
    present = verb.tag_ in PRESENT_TAGS or (verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS and c.lower_ not in CONTRACTED_IS_OR_HAS
        for c in verb.children))
    if _generic_deed(verb, cues):
        return True
    if not present or any(c.dep_ == "aux" for c in verb.children):  # "has killed", "will kill": not a habit told
        return False
    if any(c.dep_ == "advmod" and c.lower_ in cues.habitual_adverbs for c in verb.children):
        # "routinely attacks the press", "often criticise him": a tendency, whoever is acted on — but a headline's
        # simple present tells the news just past ("Senator again attacks governor in debate")
        return not is_headline(sentence_of(verb))
    if any(_known_patient(c, cues) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        return False  # "blast the senator almost daily": acts on one known party, each of them done
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in cues.frequency_adverbs:
            return True
        if child.dep_ in ("npadvmod", "advmod", "dobj", "prep") and _frequency_phrase(child, cues):
            return True
        if child.dep_ == "dobj" and any(g.dep_ == "npadvmod" and _frequency_phrase(g, cues) for g in child.children):
            return True  # "kill 20,000 villagers a year": the rate read as the count's
    return False


def _generic_deed(verb: Token, cues: Cues) -> bool:
    """"Individuals kill people", "he kills journalists": a deed of force (cues ``generic_deeds``) in the simple
    present on a kind — its object a bare plural — is a generalisation, no act (not in a headline, whose present
    tells the news; not on a count, "kill dozens")."""
    # the tagger reads some plural presents after a past verb of saying as base forms ("said that gunmen kill")
    if verb.tag_ not in ("VBZ", "VBP", "VB") or lemma(verb) not in cues.generic_deeds or is_headline(sentence_of(verb)):
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") and c.lower_ != "that" for c in verb.children):
        return False  # "will kill", "to kill", "if they kill": no present told
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(_bare_plural(n, cues) for n in objects)


def _bare_plural(noun: Token, cues: Cues) -> bool:
    """A noun in the plural with no determiner, possessor or count: a kind ("people", "journalists"), not a count
    ("dozens", "thousands")."""
    return noun.tag_ in ("NNS", "NNPS") and lemma(noun) not in cues.crowd_counts \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def _known_patient(noun: Token, cues: Cues) -> bool:
    """A patient that names one known party ("Portman", "the senator", "her", "its neighbour"), not a count or a
    kind ("thousands", "hundreds of farmers", "civilians"): a rate of acts on it tells a series of acts done,
    where a rate over a count or a kind is a statistic."""
    if noun.tag_ in ("NNP", "NNPS") or (noun.tag_ == "PRP" and noun.lower_ not in ("it", "them")):
        return True
    if noun.tag_ in ("NNS", "CD") or any(c.dep_ == "nummod" for c in noun.children):
        return False  # a plural is read as a kind or a count ("kills the villagers of the valley" stays a rate)
    return any((c.dep_ == "det" and c.lower_ in cues.definite_determiners) or c.dep_ == "poss" for c in noun.children)


def _frequency_phrase(token: Token, cues: Cues) -> bool:
    """"every year", "each day", "per year", "a year" (after a count: "kills 40,000 a year")."""
    if token.dep_ == "prep" and token.lower_ == "per":
        return any(lemma(o) in cues.frequency_units for o in token.children if o.dep_ == "pobj")
    if lemma(token) not in cues.frequency_units:
        return False
    dets = [c.lower_ for c in token.children if c.dep_ in ("det", "amod", "advmod")]
    return any(d in cues.frequency_determiners for d in dets) or (token.dep_ == "npadvmod" and "a" in dets)


def _for_to(verb: Token) -> bool:
    """"(calling) for Trump to be banned": a "for ... to" clause tells an act wanted, never one done."""
    return has_infinitive(verb) and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def conditional_clause(verb: Token, cues: Cues) -> bool:
    """A clause marked as a condition or an open question: "if ...", "unless ...", "whether ...", "in case
    ...", or a condition told by inversion ("had they attacked, ...")."""
    if _inverted_condition(verb) or _phrase_condition(verb, cues):
        return True
    for child in verb.children:
        if child.dep_ == "mark" and child.lower_ in cues.conditional_marks:
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "on"):
            nouns = [c for c in child.children if c.dep_ == "pobj" and lemma(c) in cues.conditional_nouns]
            if any(not any(d.dep_ in NOUN_DETERMINING_DEPS for d in n.children) for n in nouns):
                return True  # "in case", "on condition" — not "in this case", "in one such case", "in his case"
    return False


def _condition_phrase(clause: Token, cues: Cues) -> tuple[str, int] | None:
    """The phrase of a condition just before a subordinate clause's first word ("*as long as* the talks go on",
    "*provided (that)* the army withdraws", "*on condition that* ..."), and where it starts. The parser marks
    at most its last word, and hangs the clause on another ("long", "provided"): the words tell it. A phrase word
    with a subject of its own is a verb of that clause ("the treaty provided that ...": a stipulation)."""
    if clause.dep_ not in SUBORDINATE_DEPS:
        return None
    doc = clause.doc
    start = clause.left_edge.i
    while start < clause.i and doc[start].dep_ == "mark" and doc[start].head.i == clause.i:
        start += 1  # the clause's own mark ("that", "as") belongs to the phrase
    sentence = sentence_start(clause)  # from the shared index: ``clause.sent`` builds the sentence anew
    for size in range(MAX_PHRASE, 0, -1):
        first = start - size
        if first < sentence:
            continue
        words = doc[first:start]
        phrase = " ".join(t.lower_ for t in words)
        if phrase in cues.conditional_phrases \
                and not any(c.dep_ in NOMINAL_SUBJECT_DEPS for t in words for c in t.children):
            return phrase, first
    return None


def _condition_host(clause: Token, first: int) -> Token:
    """The word a condition's clause qualifies: its head, above the words of its phrase ("will withdraw *as long
    as* ...": the parser hangs the clause on "long", which hangs on "withdraw")."""
    host = clause.head
    while first <= host.i < clause.i and host.head.i != host.i:
        host = host.head
    return host


def _phrase_condition(clause: Token, cues: Cues) -> bool:
    """A clause opened by a phrase of condition (:func:`_phrase_condition_start`)."""
    return _phrase_condition_start(clause, cues) is not None


def _phrase_condition_start(clause: Token, cues: Cues) -> int | None:
    """Where the phrase of condition opening a clause starts; None for a clause no such phrase opens. "As long
    as" and "so long as" also tell a duration: a clause in the past under a main clause with no modal ("the truce
    held as long as the talks lasted") is one."""
    found = _condition_phrase(clause, cues)
    if found is None:
        return None
    phrase, first = found
    if phrase in cues.durative_phrases and _past_fact(clause, cues) and _past_fact(_condition_host(clause, first),
                                                                                    cues):
        return None
    return first


def _past_fact(verb: Token, cues: Cues) -> bool:
    """A verb told in the past with no modal: "released", "was held", "had agreed" (not "would stay")."""
    past = verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUXILIARIES
                                     for c in verb.children)
    modals = cues.future_modals | cues.possibility_modals | cues.obligation_modals
    return past and not aux_words(verb) & modals


def _phrase_consequent(verb: Token, cues: Cues) -> bool:
    """"Troops will withdraw *as long as* the talks go on": the clause a phrase of condition qualifies. An act told
    as done in the past on a condition ("released them on condition that they left") was done: the condition is
    its terms, not whether it happened."""
    if _past_fact(verb, cues):
        return False
    for clause in verb.subtree:
        if clause.i == verb.i or clause.dep_ not in SUBORDINATE_DEPS:
            continue
        first = _phrase_condition_start(clause, cues)  # the phrase is found once, not again for its host
        if first is not None and _condition_host(clause, first).i == verb.i:
            return True
    return False


def _inverted_condition(verb: Token) -> bool:
    """"*Had* the rebels attacked the town, the army would have responded": a subordinate clause with no
    conjunction whose "had" stands before its subject is a condition contrary to fact (a main clause with that
    order is a question, which has its own mark). The parser may hang the clause as the complement of the verb
    after it ("had the envoy met them, few would have known"): no complement before its verb takes that order.
    "Should" and "were ... to" carry their own modal readings."""
    if not (verb.dep_ == "advcl" or (verb.dep_ == "ccomp" and verb.i < verb.head.i)):
        return False
    if any(c.text == "?" for c in verb.head.children if c.dep_ == "punct"):
        return False  # "had they met before the talks, he asked?": a question quoted
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECT_OR_EXPLETIVE_DEPS]
    # "had" opens the clause: after a fronted adverb the same order tells a fact ("only then had they attacked")
    return bool(subjects) and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" and c.i < subjects[0]
                                  and c.i == verb.left_edge.i for c in verb.children)


def _consequent(verb: Token, cues: Cues) -> bool:
    """The clause stating what follows from a condition: "if X attacks, Y *will respond*"; "even if" concedes
    instead ("Y will attack even if X objects"), and an open question ("criticised X for refusing to say how ...,
    whether ...", hung on the main verb by the parser) states no condition at all."""
    marks = cues.conditional_marks - cues.question_marks
    if _phrase_consequent(verb, cues):
        return True
    return any(child.dep_ == "advcl" and (_inverted_condition(child) or any(c.dep_ == "mark" and c.lower_ in marks
                                                                             for c in child.children))
               and not any(c.dep_ == "advmod" and c.lower_ == "even" for c in child.children)
               for child in verb.children)


def _alternative(verb: Token, cues: Cues) -> bool:
    """"Must *either* embrace him *or* attack him", "the rebels either shelled the town or bombed the bridge": verbs
    offered as alternatives, of which the text asserts neither. The verb that carries "either", or a verb joined to
    it by "or"; "arrested either the mayor or his aide" joins nouns (one arrest), "either way" is no pair."""
    marks, conjunctions = cues.alternative_marks, cues.alternative_conjunctions
    return _opens_pair(verb, marks, conjunctions, verbal=True) \
        or (verb.dep_ == "conj" and _opens_pair(verb.head, marks, conjunctions, verbal=True))


def _open_alternative(verb: Token, tables: Tables) -> bool:
    """A verb in its base form (a choice still to make: "must either embrace him or attack him", "a choice: either
    back the bill or vote against it", "to either endorse X or stay neutral") of an "either ... or" pair
    (:func:`_alternative`) whose verbs are not all of one event type ("will either shell the town or bomb it" is an
    attack to come, whichever it is). A pair told in a tense of its own reports that one of the acts was done."""
    if verb.tag_ != "VB" or not _alternative(verb, tables.cues):
        return False  # "either shelled the town or bombed the bridge": one of two acts told as done, which is unknown
    first = verb if verb.dep_ != "conj" or not _alternative(verb.head, tables.cues) else verb.head
    pair = [first] + [c for c in first.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    kinds = {found.entry.type if found is not None else None
             for found in (trigger_at(v, tables.lexicon) for v in pair)}
    return len(kinds) != 1 or None in kinds


def _denied_pair(verb: Token, cues: Cues) -> int:
    """"*Neither* praised the mayor *nor* criticised him", "criticised *neither* the mayor *nor* the governor": one
    negation for a verb of a "neither ... nor" pair of verbs, or for a verb whose direct object is such a pair."""
    marks, conjunctions = cues.negative_pair_marks, cues.negative_pair_conjunctions
    if in_group(verb, cues.speech) or in_group(verb, cues.denial):
        return 0  # "neither confirmed nor denied that ...": a stance withheld on what the clause tells, left as it was
    if _opens_pair(verb, marks, conjunctions, verbal=True):
        return 1
    # the second verb of the pair: one with no subject or auxiliary of its own shares the first's reading, which the
    # clauses above it pass on (clause_context); counting it here too would cancel the negation
    if verb.dep_ == "conj" and _own_clause(verb) and _opens_pair(verb.head, marks, conjunctions, verbal=True):
        return 1
    return int(any(c.dep_ == "dobj" and _opens_pair(c, marks, conjunctions, verbal=False) for c in verb.children))


def _own_clause(verb: Token) -> bool:
    """A coordinated verb with a subject or an auxiliary of its own, which shares nothing with the verb before it."""
    return has_subject(verb) or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _opens_pair(first: Token, marks: frozenset[str], conjunctions: frozenset[str], verbal: bool) -> bool:
    """The first word of a correlative pair ("either ... or", "neither ... nor"): it carries the pair's first
    word, and the second joins another verb (``verbal``) or another word to it."""
    if not any(c.dep_ == "preconj" and c.lower_ in marks for c in first.children):
        return False
    if not any(c.dep_ == "cc" and c.lower_ in conjunctions for c in first.children):
        return False
    return any(c.dep_ == "conj" and (c.pos_ in ("VERB", "AUX")) == verbal for c in first.children)


def _yes_no_question(verb: Token) -> bool:
    """"Will the regime enter there?", "Can the UN accept ...?": an auxiliary before the subject and a question
    mark; a wh-question ("Who attacked the convoy?") takes its act as given."""
    if not any(c.dep_ == "punct" and c.text == "?" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_OR_EXPLETIVE_DEPS]
    if not subjects or any(c.tag_ in WH_TAGS for c in verb.subtree if c.i < verb.i):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.i < subjects[0].i for c in verb.children) \
        or (verb.lemma_ == "be" and verb.i < subjects[0].i)


def _imperative(verb: Token) -> bool:
    """"Let them fight Isis", "Stop the war": a base-form verb opening its sentence with no subject and no
    auxiliary bids someone act; what it bids is not told as done."""
    if verb.tag_ != "VB" or verb.dep_ != "ROOT" or any(c.dep_ in IMPERATIVE_BLOCKERS for c in verb.children):
        return False
    start = sentence_start(verb)
    opening = next((t for t in verb.doc[start:verb.i + 1] if not (t.is_punct or t.is_space)), None)
    return opening is not None and opening.i == verb.i


def _no_longer(verb: Token) -> int:
    """"Officials *no longer* demand that he go": an act said to have stopped is not happening now (one negation;
    "not ... any longer" is counted by its "not")."""
    return int(any(c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
                   for c in verb.children))


def _negative_subject(verb: Token, cues: Cues) -> int:
    """"Nobody attacked", "neither has been forthcoming", "no country recognised it"."""
    for child in verb.children:
        if child.dep_ in NOMINAL_SUBJECT_DEPS:
            if lemma(child) in cues.negative_subjects or child.lower_ in cues.negative_subjects:
                return 1
            if any(d.dep_ in ("det", "preconj") and d.lower_ in cues.negative_subjects | {"no"}
                   for d in child.children):
                return 1  # "no country recognised it", "neither government condemned it"
    return 0


def _purpose(clause: Token, cues: Cues) -> bool:
    """A clause of purpose: "went to Syria *to fight*", "*so that* he could ..." (not "..., so NATO
    responded", a result). "So that" with its verb told in the past and no modal tells a result too ("drew the
    most fire, so much so that he accused the moderators"): what a purpose aims at is told with can, could or
    would."""
    marks = " ".join(c.lower_ for c in clause.children if c.dep_ == "mark")
    if marks in cues.purpose_marks:
        return not _past_fact(clause, cues)
    return has_infinitive(clause) and not has_subject(clause) and not marks


def _preposition_reading(preposition: Token, cues: Cues) -> Reading:
    """A gerund after a preposition: "without firing a shot", "instead of attacking", "rather than arresting" did
    not happen; nor did one after the "from" of a verb of preventing ("prevented the police from arresting him",
    "refrained from attacking")."""
    words = {preposition.lower_} | {c.lower_ for c in preposition.children if c.dep_ == "advmod"}
    if words & cues.negative_prepositions:
        return Reading(negations=1)
    if _topic_of_talk(preposition, cues):
        return Reading(hypothetical=True)  # "a speech about fighting terrorism": talked of, not told as done
    if preposition.lower_ == "from" and preposition.head.i != preposition.i and in_group(preposition.head,
                                                                                           cues.prevention):
        return Reading(negations=1)
    return NONE


def _topic_of_talk(preposition: Token, cues: Cues) -> bool:
    """"An address *about* fighting terrorism", "talked *about* attacking Iran": a plain gerund (no "being", no
    "having") after a topic preposition hung on a word of talk (cues.yaml ``topic_words``)."""
    host = preposition.head
    if preposition.lower_ not in cues.topic_prepositions or host.i == preposition.i:
        return False
    # the parser hangs the topic on the verb of a light verb and its noun as often: "gave a speech about ..."
    talk = [host] + [c for c in host.children if c.dep_ == "dobj" and c.i < preposition.i]
    if not any(lemma(word) in cues.topic_words for word in talk):
        return False
    gerunds = [c for c in preposition.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
    return bool(gerunds) and not any(a.dep_ in ("aux", "auxpass") for g in gerunds for a in g.children)


def going_to(verb: Token, below: Token) -> bool:
    """"Is going to withdraw": a future; "went to Syria to fight" is not."""
    return lemma(verb) == "go" and verb.tag_ == "VBG" and has_infinitive(below) and below.dep_ == "xcomp"


def _copula_reading(copula: Token, cues: Cues) -> Reading:
    """"It is possible that ...", "it is unlikely that ...", "is concerned that ...": the copula's adjective."""
    words = cues.likelihood | cues.fear
    return Reading(hypothetical=True) if any(c.dep_ == "acomp" and lemma(c) in words for c in copula.children) \
        else NONE


def _reports(verb: Token, tables: Tables) -> bool:
    return lemma(verb) in tables.cues.speech


def _unfounded(source: Token | None, cues: Cues) -> Reading:
    """"Theories suggesting he had been murdered", "a proposal saying troops would withdraw": what a rumour, a
    theory or a proposal says is believed or wished, not told as done; what a poll says is opinion measured."""
    if source is not None and is_nominal(source) and lemma(source) in cues.possibility_nouns | cues.permission_nouns:
        return Reading(hypothetical=True)
    if source is not None and lemma(source) in cues.poll_nouns:
        return Reading(hypothetical=True)  # "a poll says voters back him": a measure of opinion (see _polled)
    return NONE


def _reporting(verb: Token, below: Token, tables: Tables) -> bool:
    """``verb`` tells who reports the act below it: a verb of saying over its clause ("officials said troops
    fired"), or a denial over its clause or gerund ("denied attacking", "denied that troops fired")."""
    if below.dep_ == "ccomp" and _reports(verb, tables):
        return True
    return forms_in(verb, tables.cues.denial) and not is_nominal(below) and below.dep_ in CLAUSE_LINKS | {"dobj"}

# --- the clauses above ---------------------------------------------------------------------------------------


def clause_context(top: Token, tables: Tables) -> tuple[Reading, Token | None]:
    """What the clauses above a chain say of it, climbing from its top verb towards the main clause, and the
    subject of the first verb of saying on the way."""
    cues = tables.cues
    reading = _by_hearsay(top, cues)
    speaker = _speaker_at(top, tables)
    verb = top
    for _ in range(MAX_CLIMB):
        head, dep = verb.head, verb.dep_
        if head.i == verb.i or _trailing_clause(verb, tables):
            break
        if dep == "conj":
            partner = _parallel_infinitive(verb)
            if partner is not None:
                head = partner  # "vowed to seize the city, destroy the bridges": what was vowed, as "seize" is
                reading = reading + _committed(partner, cues)
            if not has_subject(verb) and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
                reading = reading + own_reading(head, cues)  # "could attack and destroy": shared auxiliaries
            else:
                reading = reading + clause_marks(head, cues)
        elif dep == "pcomp" and (head.dep_ == "prep" or (head.dep_ == "cc" and head.tag_ == "IN")):
            # a preposition the parser took for a conjunction: "fined them *rather than* arresting them"
            anchor = head.head
            if is_nominal(anchor):  # "the prospect of attacking", "talks without preconditions"
                found, spoken = _noun_context(anchor, tables, of_content=True)
                found = found + _habit_of(anchor, head, verb, cues)
                return reading + _preposition_reading(head, cues) + found, speaker or spoken
            # "crossed the border without attacking": the preposition's reading is the verb's governing one
            reading = reading + governing_reading(anchor, verb, tables) + own_reading(anchor, cues)
            head = anchor
        elif dep in CLAUSE_LINKS or (dep == "dobj" and verb.tag_ == "VBG") or (dep == "advcl" and _purpose(verb, cues)):
            if is_nominal(head):
                found, spoken = _noun_context(head, tables, of_content=True)
                return reading + found, speaker or spoken
            reading = reading + governing_reading(head, verb, tables)
            if _reporting(head, verb, tables):
                source = subject_of(head)
                speaker = speaker or source
                reading = reading + clause_marks(head, cues) + _unfounded(source, cues) + _unsaid(head, cues)
            else:
                reading = reading + own_reading(head, cues) + _hearsay_clause(head, verb, cues)
        elif dep in ("acl", "relcl") and _terms_of(verb, head, cues):
            return reading + Reading(future=True), speaker
        elif dep in ("acl", "relcl") and is_nominal(head) \
                and (_content_clause(verb) or _bare_finding(verb, head, cues)):
            found, spoken = _noun_context(head, tables, of_content=True, clause=verb)
            return reading + found, speaker or spoken
        else:
            break
        verb = head
        reading = reading + _by_hearsay(verb, cues)
        speaker = speaker or _speaker_at(verb, tables)
    return reading, speaker


def _past_habit(verb: Token, below: Token, cues: Cues) -> bool:
    """"Used to arrest protesters", "they used to shell the town every night": a past habit told by the verb with a
    bare "to" infinitive and no object of its own (not "used force to disperse them", which tells one act), in the
    active past (the passive "the army was used to attack the town" tells a purpose, and one act)."""
    return lemma(verb) in cues.past_habit and verb.tag_ == "VBD" and below.dep_ == "xcomp" \
        and has_infinitive(below) and not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in verb.children)


def _hearsay_clause(verb: Token, clause: Token, cues: Cues) -> Reading:
    """"Rumours swirled that the general had been detained", "speculation grew that ...": the that-clause of a verb
    whose subject is a noun of hearsay (cues ``hearsay_nouns``) tells what the talk holds, which no one vouches for."""
    subject = subject_of(verb)
    if clause.dep_ == "ccomp" and subject is not None and lemma(subject) in cues.hearsay_nouns:
        return Reading(hypothetical=True)
    return NONE


def _by_hearsay(verb: Token, cues: Cues) -> Reading:
    """"According to rumours, rebels took the town": an act told on the word of hearsay is not told as done."""
    if any(lemma(source) in cues.hearsay_nouns for child in verb.children
           for source in _according_to_objects(child, cues)):
        return Reading(hypothetical=True)
    return NONE


def _according_to_objects(phrase: Token, cues: Cues) -> list[Token]:
    """The sources a phrase of attribution names ("according to *AFP*", "according to *a survey*"): the objects
    of its "to"; none when ``phrase`` is no such phrase (cues ``attribution_prepositions``)."""
    if phrase.dep_ != "prep" or phrase.lower_ not in cues.attribution_prepositions:
        return []
    return [obj for to in phrase.children if to.dep_ == "prep" for obj in to.children if obj.dep_ == "pobj"]


def _parallel_infinitive(verb: Token) -> Token | None:
    """The infinitive a bare verb is coordinated with when the parser hung it on a verb of another form: "focused
    on her proposals *to raise* taxes, *crack down* on fraud and spend more" — a base form with no subject nor
    auxiliary of its own coordinates only with a base form, so it continues the last "to" infinitive before it
    (between it and the head the parser gave), not the finite verb or participle it was hung on."""
    head = verb.head
    if verb.tag_ != "VB" or head.tag_ == "VB" or head.i > verb.i:
        return None
    if any(c.dep_ in CLAUSE_SUBJECT_OR_AUX for c in verb.children):
        return None
    for index in range(verb.i - 1, head.i, -1):
        token = verb.doc[index]
        if token.tag_ == "VB" and has_infinitive(token) and token.dep_ != "conj":
            return token
    return None


def _committed(infinitive: Token, cues: Cues) -> Reading:
    """What a verb of committing, threatening, asking or refusing says of the infinitive it governs, for a verb
    coordinated with that infinitive (:func:`_parallel_infinitive`): the sense layer makes the governed infinitive
    itself the promise, threat, request or refusal, but an act coordinated with it is what was promised or
    threatened (to come), asked for (hypothetical) or refused (not done) — never one told as done."""
    if infinitive.dep_ not in ("xcomp", "ccomp"):
        return NONE
    verb = infinitive.head
    if in_group(verb, cues.intent) or in_group(verb, cues.threat) or lemma(verb) in cues.intent_adjectives:
        return Reading(future=True)
    if in_group(verb, cues.request):
        return Reading(hypothetical=True)
    if in_group(verb, cues.refusal):
        return Reading(negations=1)
    return NONE


def _terms_of(clause: Token, noun: Token, cues: Cues) -> bool:
    """"a deal *whereby* forces withdraw", "a plan *under which* the rebels disarm": a clause that states the terms
    of an agreement or a plan (cues ``terms_nouns``) tells what is to be done under it, not what was done. Not a
    law's ("the law under which they were detained" tells the detention)."""
    if lemma(noun) not in cues.terms_nouns:
        return False
    for child in clause.children:
        if child.dep_ == "advmod" and child.lower_ in cues.terms_adverbs:
            return True
        if child.dep_ == "prep" and child.lower_ in cues.terms_prepositions \
                and any(o.lower_ in cues.terms_relatives for o in child.children if o.dep_ == "pobj"):
            return True
    return False


def _content_clause(clause: Token) -> bool:
    """A clause that spells out what a noun is about — an infinitive ("a plan *to attack*") or a that-clause
    ("reports *that* troops would enter") — not a description of the noun ("the troops *deployed* there")."""
    if has_infinitive(clause) and not has_subject(clause):
        return True
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _trailing_clause(verb: Token, tables: Tables) -> bool:
    """A clause the parser hung as the complement of a verb it is not the content of. "X are failing to act, a
    rights group protested": a clause after a comma, under a verb whose complement is already there — it reports
    its head. "The civilians are allowed, they can go": a complement before its head, which only a verb of saying,
    thinking or feeling takes ("X attacked, officials said"; "they will attack, I fear")."""
    head = verb.head
    if verb.dep_ == "ccomp" and verb.i < head.i:
        if _semicolon_between(verb, head):
            return True  # "X captured them; the minister did not intend ...": a semicolon joins two sentences
        return not (_reports(head, tables) or forms_in(head, tables.cues.factual_only))
    if verb.dep_ not in ("ccomp", "parataxis") or not has_subject(verb):
        return False
    start = verb.left_edge.i
    after_comma = start > 0 and verb.doc[start - 1].text == ","
    filled = any(c.dep_ in ("xcomp", "dobj") and c.i < verb.i for c in head.children)
    return after_comma and filled


def _bare_finding(clause: Token, noun: Token, cues: Cues) -> bool:
    """A finite clause with no "that" on a noun of evidence that found nothing: "no sign Russia was willing",
    "no proof the army had fired". Even a relative clause there tells nothing done ("no evidence the police
    seized": they seized none), so with its own subject the clause is read through the noun."""
    return has_subject(clause) and _unfound(noun, cues) != NONE


def _semicolon_between(clause: Token, head: Token) -> bool:
    """A semicolon between a clause (before its head) and its head: it joins independent clauses, so what comes
    before it is no complement of a verb after it, whatever the parse says."""
    doc = clause.doc
    return any(doc[i].text == ";" for i in range(clause.right_edge.i + 1, head.i))


def forms_in(verb: Token, group: frozenset[str]) -> bool:
    return any(f in group for f in forms(verb))


def clause_marks(verb: Token, cues: Cues) -> Reading:
    """Only the marks of a clause (a condition, a question), not its auxiliaries: a verb of saying's own tense
    or modal does not qualify what it reports."""
    return Reading(hypothetical=conditional_clause(verb, cues) or _yes_no_question(verb),
                   conditioned=_consequent(verb, cues))


def _unsaid(verb: Token, cues: Cues) -> Reading:
    """A negated verb of believing or saying over its clause: "does not think they attacked" believes they did
    not (a belief's negation bears on what is believed), "did not say that troops fired" tells no firing at all.
    A verb that takes its clause as a fact ("did not reveal that troops fired") and a denial are left alone."""
    if not aux_words(verb) & cues.negation:
        return NONE
    if lemma(verb) in cues.belief_verbs:
        return Reading(negations=1)
    return Reading(hypothetical=True) if lemma(verb) in cues.nonfactive_speech else NONE


def _speaker_at(verb: Token, tables: Tables) -> Token | None:
    """The source a clause names for itself: "..., officials said", "according to AFP"."""
    speech = tables.cues.speech
    head = verb.head
    if verb.dep_ in ("ccomp", "xcomp") and lemma(head) in speech:
        return subject_of(head)
    for child in verb.children:
        if child.dep_ in ("parataxis", "ccomp", "advcl") and lemma(child) in speech and child.i > verb.i:
            return subject_of(child)
        if child.dep_ in ("parataxis", "advcl") and lemma(child) in speech:
            return subject_of(child)
        sources = _according_to_objects(child, tables.cues)
        if sources:
            return sources[0]
        if child.dep_ == "conj" and lemma(child) in speech and _trailing_report(child):
            return _name_before(child)
    return None


def _trailing_report(verb: Token) -> bool:
    """", the World Food Programme said on Monday" parsed as a second verb coordinated with the clause it
    reports: a verb of saying with no subject and nothing said of its own."""
    return not any(c.dep_ in ("nsubj", "nsubjpass", "ccomp", "dobj", "xcomp") for c in verb.children)


def _name_before(verb: Token) -> Token | None:
    """The noun the parser hung elsewhere just before a subjectless verb of saying: its speaker."""
    for index in range(verb.i - 1, max(verb.i - 6, verb.sent.start) - 1, -1):
        token = verb.doc[index]
        if token.pos_ in ("PROPN", "NOUN"):
            return token
        if not (token.is_punct or token.is_space):
            return None
    return None


def speaker_of(top: Token, tables: Tables) -> Token | None:
    """The subject of the verb of saying that reports this clause ("Shringla said India signed ...")."""
    return clause_context(top, tables)[1]


def _noun_context(noun: Token, tables: Tables, of_content: bool = False,
                  clause: Token | None = None) -> tuple[Reading, Token | None]:
    """What is said of an event noun, or of the act told in the clause or prepositional phrase hanging on a
    noun (``of_content``): the noun's own words ("no talks", "a possible withdrawal"), what its head nouns
    are ("the prospect of", "a plan to", "reports that"), and the clause the phrase is an argument of."""
    cues = tables.cues
    reading = NONE if of_content else noun_words(noun, cues)
    if of_content:
        reading = reading + _content_of_noun(noun, clause, tables) + _unfound(noun, cues)
    token = noun
    for _ in range(MAX_CLIMB):
        head, dep = token.head, token.dep_
        if head.i == token.i:
            break
        if dep in NOUN_MODIFIER_DEPS and is_nominal(head):
            token = head
            reading = reading + _negation_of(token)
            continue
        if dep == "pobj" and head.dep_ == "prep" and is_nominal(head.head) and head.lower_ in ("of", "for", "on",
                                                                                               "about", "in", "to"):
            anchor = head.head
            reading = reading + _noun_kind(anchor, cues) + _negation_of(anchor)
            token = anchor
            continue
        verb = head.head if dep == "pobj" and head.dep_ in ("prep", "dative") else head
        if of_content or (dep not in ARGUMENT_DEPS and dep != "pobj"):
            break  # what a noun's content is, its head nouns say; the noun's own clause is another event's
        if verb.pos_ not in ("VERB", "AUX"):
            break
        context, speaker = clause_context(verb, tables)
        said = _argument_reading(verb, token, tables)  # "talks are expected", "wants Russia's backing"
        if dep in NOMINAL_SUBJECT_DEPS and _to_come(verb):
            said = said + Reading(future=True)  # "two summits are to be held this week"
        if dep in NOMINAL_SUBJECT_DEPS and _described_as_habit(verb, token, cues):
            said = said + Reading(hypothetical=True)  # "his attacks have become a staple of his speeches"
        if _open_reference(token):
            said = said + own_reading(verb, cues) + context  # "a pullout would leave ...": no pullout yet
        return reading + said + Reading(reported=context.reported), speaker
    return reading, None


def _described_as_habit(verb: Token, subject: Token, cues: Cues) -> bool:
    """A copula in the present whose complement is a noun of what is usual in someone's conduct ("have become a
    *staple* of his speeches", "are a *hallmark* of the regime"): its plural subject's acts are described as a
    habit, at no time told. One act, or acts dated or told in the past ("the bombing on Monday was a hallmark of
    ...", "the strikes on Monday were a hallmark"), happened: the noun says whose manner they bear."""
    if subject.tag_ not in PLURAL_NOUN_TAGS or any(t.ent_type_ in ("DATE", "TIME") for t in subject.subtree):
        return False
    if verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children):
        return False
    usual = cues.characteristic_nouns | cues.habit_nouns
    return lemma(verb) in cues.copulas and any(lemma(n) in usual for n in _predicate_nouns(verb))


def _to_come(verb: Token) -> bool:
    """"... are to be held", "... is to begin": a copula with an infinitive and nothing else it says."""
    return lemma(verb) == "be" and not _predicate_nouns(verb) and any(
        c.dep_ == "xcomp" and has_infinitive(c) for c in verb.children)


def _open_reference(noun: Token) -> bool:
    """An indefinite event noun ("a pullout", "any returns"), which a modal or conditional clause leaves open;
    a definite or bare one names an event the text takes as given ("Turkish attacks", "the talks"), whatever
    the clause around it says of something else ("raise awareness of Turkish attacks")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in noun.children)


def _content_of_noun(noun: Token, clause: Token | None, tables: Tables) -> Reading:
    """The act told in a clause or gerund hanging on ``noun``: "a plan to attack" is to come, "the prospect of
    attacking", "efforts to end the war" hypothetical, "reports that X would" reported, "the first leader to
    visit" done."""
    cues = tables.cues
    kind = _noun_kind(noun, cues)
    if kind != NONE:
        return kind
    if clause is not None and has_infinitive(clause) and not has_subject(clause):
        if _counted(noun, cues):
            return NONE  # "the first leader to visit", "25 senators to vote against": those who did
        if lemma(noun) in cues.attempt_nouns:
            return NONE  # "an attempt to assassinate": the attempt is the act, as with "tried to"
        if lemma(noun) in cues.failure_nouns:
            return Reading(negations=1)  # "the failure to negotiate": as with "failed to"
        return Reading(hypothetical=True)  # "orders to oust", "in order to free": an act to be done
    if clause is not None and clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that"
                                                          for c in clause.children):
        return Reading(reported=True)  # "reports that ...", "the claim that ..."
    return NONE


def _noun_kind(noun: Token, cues: Cues) -> Reading:
    word = lemma(noun)
    if word in cues.absence_nouns:
        return Reading(negations=1)
    if word in cues.plan_nouns:
        return Reading(future=True)
    if word in cues.possibility_nouns or word in cues.permission_nouns:
        return Reading(hypothetical=True)
    return NONE


def _habit_of(noun: Token, preposition: Token, act: Token, cues: Cues) -> Reading:
    """A noun of habit whose "of" holds a verbal gerund ("a history *of blaming* others", "a habit *of attacking*
    reporters"): a generalisation over acts at no time told, as a habitual adverb makes it. Only a gerund: an event
    noun in the phrase ("a pattern of attacks on the posts", "a history of attacks") is a record of acts done."""
    if preposition.lower_ == "of" and act.tag_ == "VBG" and lemma(noun) in cues.habit_nouns:
        return Reading(hypothetical=True)
    return NONE


def _granted_for(verb: Token, preposition: Token, cues: Cues) -> Reading:
    """An event noun after "to" or "for" on a verb whose object is a permission, an order or a request: "gave
    its blessing to the raid", "issued orders for the attack" — the parser hangs the phrase on the verb, but it
    is what is permitted or ordered, not an act done."""
    if preposition.lower_ not in ("to", "for"):
        return NONE
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < preposition.i]
    return Reading(hypothetical=True) if any(lemma(o) in cues.permission_nouns for o in objects) else NONE


def _unfound(noun: Token, cues: Cues) -> Reading:
    """A noun of evidence that says nothing was found: "*no* evidence that troops fired", "did not find *any*
    proof that ...": what it would bear out is not told as done (one negation, as with "no reports of clashes")."""
    if lemma(noun) not in cues.evidence_nouns:
        return NONE
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if "no" in dets or ("any" in dets and _under_negation(noun, cues)):
        return Reading(negations=1)
    return NONE


def _negation_of(noun: Token) -> Reading:
    """"There were *no* reports of clashes": the head noun's negative determiner."""
    return Reading(negations=1) if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) else NONE


def _argument_reading(verb: Token, argument: Token, tables: Tables) -> Reading:
    """What a verb says of the event noun that is its argument: "wants Russia's backing", "fears an attack",
    "talks are expected", "avoided confrontation"."""
    if argument.dep_ in NOUN_OBJECT_DEPS:
        return governing_reading(verb, argument, tables)
    return NONE
