"""Charges said inside what a speaker says: a clause of a quotation or of reported speech that evaluates a party
negatively is the speaker's accusation of it (ACCUSE, mode criticize).

'"Rubio is very *weak* on immigration," he said', "X said Obama *failed* to address the threat", '“They *lied* on
official forms.”' (a quotation whose speaker the quote stage found in another sentence), "X said *her* policies
*failed*" (the possessor is charged). The coder's judgements (:func:`accord.events.candidates.judgement_candidates`)
find fault named by its own word list under a verb of saying; this layer adds what they leave: a negative
evaluation by VADER's valence lexicon (``quoted_charges.yaml``), a verb of failure, and clauses of a direct
quotation with no verb of saying in their sentence. It yields the same judgement candidates (SAID_AT_FAULT), so
the sides come from the arguments layer: the speaker (the verb of saying's subject, or the quotation's speaker as
the quote stage attributed it) accuses the clause's subject or its possessor, never itself.

Out: predictions and possibilities ("will fail", "could be a disaster": the cues' modals), negated
clauses, failures of acts owed to nobody ("troops failed to recapture the town", "the rebels abandoned the town"),
what befalls an owner ("the soldiers' deaths were a tragedy"), first persons (the
speaker or its own side: "we failed"), questions and conditions (the sense layer's judgement marks keep them
open), the reporter's own words (a clause outside any quotation and under no verb of saying), states felt or
suffered ("he is sad", "they are victims"), and any clause the coder already judged or an ACCUSE already stands on.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, cast

from spacy.tokens import Span, Token

from accord.doc_index import quotation_start
from accord.errors import ConfigError
from accord.events.candidates import (
    FIRST_PERSON,
    NAMED_AT_FAULT,
    PREDICATE_DEPS,
    SAID_AT_FAULT,
    Candidate,
    denied_belief,
    distrusted,
    is_merit,
    named_as,
    wrong_done,
)
from accord.events.tables import Entry, Tables
from accord.events.triggers import Trigger, is_verbal, lemma
from accord.packaged import read_packaged_yaml
from accord.syntax import PRESENT_TAGS
from accord.words import shared_words

DATA_FILE = "events/quoted_charges.yaml"
VADER_PACKAGE = "vaderSentiment"
VADER_FILE = "vader_lexicon.txt"
FIRST_PERSON_POSSESSIVES = shared_words().pronouns(("first_plural", "first_singular"), ("possessive",))
PARTY_PRONOUNS = shared_words().pronouns(cases=("object",))  # "abandoned *them*", "failed *us*"
PARTY_ENTITIES = frozenset({"PERSON", "NORP", "ORG"})  # named parties; a GPE may be a town left in a retreat
EVALUATIVE_MODIFIER_DEPS = frozenset({"amod"})  # "a *weak* leader", "the same *failed* policies"
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj"})  # active clauses: a passive's subject undergoes ("was attacked")


@dataclass(frozen=True, slots=True)
class ChargeWords:
    """What counts as a negative evaluation of a party, read once from ``quoted_charges.yaml`` and VADER."""

    negative: frozenset[str]  # VADER words at or below the threshold, less the states undergone
    undergone_classes: frozenset[str]  # senses.yaml classes of nouns of states undergone
    owned_doing_classes: frozenset[str]  # what an owner did or holds, charged through the possessor
    party_classes: frozenset[str]  # common nouns of parties, themselves the one judged when owned
    blame_verbs: frozenset[str]
    party_object_verbs: frozenset[str]
    owed_acts: frozenset[str]
    owed_object_classes: frozenset[str]
    holding_verbs: frozenset[str]  # verbs whose object is the subject's own doing ("had a crazy policy")
    doubted_classes: frozenset[str]  # what of a party's is found wanting when "in question" ("her judgement")
    doubt_nouns: frozenset[str]  # "in *question*", "in *doubt*"
    ignorance_verbs: frozenset[str]  # "knows nothing about trade", "does not know what he is talking about"
    ignorance_objects: frozenset[str]
    ignorance_own_acts: frozenset[str]
    evidence_words: frozenset[str]  # "X said the vote *showed* [Y is weak]": the claim the speech makes
    cameo: str
    mode: str


def _read_data() -> dict[str, Any]:
    raw = read_packaged_yaml(DATA_FILE)
    if not isinstance(raw, dict):
        raise ConfigError(f"event data file {DATA_FILE!r} must be a mapping")
    return raw


def _words(raw: dict[str, Any], key: str) -> frozenset[str]:
    found = raw.get(key)
    if not isinstance(found, list) or not found:
        raise ConfigError(f"event data file {DATA_FILE!r}: {key!r} must be a non-empty list")
    return frozenset(str(w).lower() for w in found)


def vader_valences() -> dict[str, float]:
    """VADER's lexicon as word -> mean valence (its file: word, mean, standard deviation, the raters' scores)."""
    try:
        text = resources.files(VADER_PACKAGE).joinpath(VADER_FILE).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise ConfigError(f"the valence lexicon {VADER_PACKAGE}/{VADER_FILE} is not installed: {exc}") from exc
    valences: dict[str, float] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0].isalpha():  # words only: emoticons judge nobody in news text
            valences[fields[0].lower()] = float(fields[1])
    return valences


@lru_cache(maxsize=1)
def charge_words() -> ChargeWords:
    raw = _read_data()
    threshold = raw.get("valence_threshold")
    if not isinstance(threshold, (int, float)):
        raise ConfigError(f"event data file {DATA_FILE!r}: 'valence_threshold' must be a number")
    undergone = _words(raw, "undergone_states")
    negative = frozenset(w for w, v in vader_valences().items() if v <= threshold and w not in undergone)
    return ChargeWords(negative, _words(raw, "undergone_classes"), _words(raw, "owned_doing_classes"),
                       _words(raw, "party_classes"), _words(raw, "blame_verbs"), _words(raw, "party_object_verbs"),
                       _words(raw, "owed_acts"), _words(raw, "owed_object_classes"), _words(raw, "holding_verbs"),
                       _words(raw, "doubted_classes"), _words(raw, "doubt_nouns"),
                       _words(raw, "ignorance_verbs"), _words(raw, "ignorance_objects"),
                       _words(raw, "ignorance_own_acts"), _words(raw, "evidence_words"),
                       str(raw.get("cameo") or ""), str(raw.get("mode") or ""))


def quoted_charge_candidates(sentence: Span, tables: Tables, taken: set[int], accused: bool) -> list[Candidate]:
    """Judgement candidates for the charges said in ``sentence``'s speech that no frame stands on yet. ``taken``
    holds the clauses other frames (the coder's own judgements among them) stand on; ``accused`` says an ACCUSE is
    already coded in the sentence, which one charge more would only repeat."""
    if accused:
        return []
    words = charge_words()
    found = []
    for token in sentence:
        if token.i in taken:
            continue
        if lemma(token) in tables.grammar.naming_verbs and is_verbal(token):
            named = _named_fault(token, tables, words)
            if named is not None:
                found.append(_candidate(named, token, words, NAMED_AT_FAULT))
            continue
        if not _said(token, tables):
            continue
        fault = _charge(token, tables, words)
        if fault is not None:
            found.append(_candidate(fault, token, words))
    return found


def _named_fault(verb: Token, tables: Tables, words: ChargeWords) -> Token | None:
    """The negative word a naming verb gives a party or a party's own doing: "called the voters *stupid*", "branded
    the senator *incompetent*", "called the governor's plan *a disaster*". Calling is speaking, so the namer
    charges what it names as a speaker charges the subject of what it says; the coder's judgements read the fault
    predicates, this reads VADER's negative words (less the states undergone: "called the refugees *desperate*").
    Only a party or what a named party did is charged: "called the storm a disaster" blames nobody."""
    named = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    if not any(_party(n, tables, words) or _owned_doing(n, tables, words) for n in named) \
            or any(c.dep_ == "neg" for c in verb.children):
        return None
    # a name set off in quotation marks may be parsed as the object's apposition ('called the plan "a disaster"')
    names = named_as(verb) + [a for n in named for a in n.children if a.dep_ == "appos"]
    for predicate in names:
        if any(c.dep_ == "neg" for c in predicate.children) or predicate.i in {n.i for n in named}:
            continue
        if _negative(predicate, words) and not _classes(predicate, tables) & words.undergone_classes:
            return predicate
    return None


def _party(noun: Token, tables: Tables, words: ChargeWords) -> bool:
    """A party named or pointed to: a person, group or organisation, a pronoun of one, a noun of a party."""
    return noun.ent_type_ in PARTY_ENTITIES or noun.lower_ in PARTY_PRONOUNS \
        or bool(_classes(noun, tables) & words.party_classes)


def _owned_doing(noun: Token, tables: Tables, words: ChargeWords) -> bool:
    """A plan, stance or standing owned by a named party ("the governor's plan")."""
    return bool(_classes(noun, tables) & words.owned_doing_classes) \
        and any(c.dep_ == "poss" and _owner_named(c) for c in noun.children)


def _said(clause: Token, tables: Tables) -> bool:
    """A clause of speech: the complement of a verb of saying ("X said [Y failed]"), the main clause of a
    sentence inside a direct quotation ('“[They lied.]”'), or a clause coordinated with either; and a clause a
    speech offers as known or shown ("X said the vote showed [Y is weak]", '"We know [Y lied]," X said', "X said
    the warning was indicative [that Y ...]"): the speaker's own claim, one step down."""
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp":
        head = clause.head
        if lemma(head) in tables.cues.speech:
            return True
        if lemma(head) not in charge_words().evidence_words:
            return False
        # an adjective of evidence ("was indicative that", "is clear that") speaks through its copula
        holder = head.head if head.dep_ == "acomp" else head
        return holder.i != clause.i and _said(holder, tables)
    return clause.dep_ == "ROOT" and quotation_start(clause.doc, clause.idx) is not None \
        and lemma(clause) not in tables.cues.speech


def _charge(clause: Token, tables: Tables, words: ChargeWords) -> Token | None:
    """The word making the charge in a clause said of another party, or None."""
    if distrusted(clause, tables):  # "Y cannot be trusted": a judgement of Y, whatever the modal
        undergoer = next(c for c in clause.children if c.dep_ == "nsubjpass")
        return clause if not _speakers_own(undergoer) and undergoer.tag_ not in ("WDT", "WP") else None
    subject = next((c for c in clause.children if c.dep_ in CLAUSE_SUBJECT_DEPS), None)
    if subject is None or subject.tag_ in ("WDT", "WP") or _speakers_own(subject):
        return None
    # "Y's *reckless* plan will ruin us", "Y's *divisive* comments do not fit": the fault is told of what the owner
    # did whatever the clause goes on to foretell or deny, so it is read before the prediction and negation checks
    owned_fault = _fault_in_owned_doing(subject, tables, words)
    if owned_fault is not None:
        return owned_fault
    if _foretold(clause, tables) or _befalls_owner(subject, tables, words):
        return None
    # "I don't think [Y is not qualified]": the belief's negation is raised to the clause and cancels its own
    negations = sum(1 for c in clause.children if c.dep_ == "neg") + int(denied_belief(clause, tables))
    if lemma(clause) in words.ignorance_verbs:
        return clause if _ignorance_charged(clause, subject, negations, words, tables) else None
    if lemma(clause) in tables.cues.copulas:
        doubted = _standing_in_doubt(clause, subject, tables, words) if not negations else None
        return doubted or _predicate_charge(clause, negations, tables, words)
    if negations or clause.pos_ not in ("VERB", "AUX"):
        return None
    held_fault = _fault_in_held_doing(clause, tables, words)
    if held_fault is not None:
        return held_fault
    if _failure_charged(clause, subject, tables, words):
        return clause
    # a wrong done, inside a quotation whose cue is in another sentence ("they *lied* on official forms"): the
    # coder's own wrongdoing verbs; under a verb of saying the coder's judgements have read it already
    return wrong_done(clause, tables) if clause.dep_ != "ccomp" else None


def _ignorance_charged(verb: Token, subject: Token, negations: int, words: ChargeWords, tables: Tables) -> bool:
    """A party said to know nothing about a subject ("Y *knows* nothing about trade"), or not to know what it is
    itself saying or doing ("Y does not *know* what he is talking about"): unfit, a charge. Ignorance of a fact
    charges nobody, and mostly clears: "knew nothing of the raid" (no "about"), "knew nothing about the payments"
    (a past deed, not a standing trait), "knows nothing about the attack" (an event, not a field), "does not know
    what the plan costs" (another's clause)."""
    if not negations:
        return verb.tag_ in PRESENT_TAGS and any(
            c.dep_ == "dobj" and c.lower_ in words.ignorance_objects and _field_known(c, verb, tables)
            for c in verb.children)
    if negations != 1:
        return False
    own_clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and lemma(c) in words.ignorance_own_acts]
    return any(_same_party(subject, d) for c in own_clauses for d in c.children if d.dep_ == "nsubj")


def _field_known(emptied: Token, verb: Token, tables: Tables) -> bool:
    """The "about" phrase of "knows nothing about X" names a field ("trade", "the economy"), not an event or deed
    the lexicon tells ("the attack", "the payments"), which is a fact not known."""
    topics = [o for p in (*emptied.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "about"
              for o in p.children if o.dep_ == "pobj"]
    return any(lemma(o) not in tables.lexicon.nouns and o.lower_ not in tables.lexicon.nouns for o in topics)


def _same_party(subject: Token, doer: Token) -> bool:
    """The doer of the idiom's clause is the subject itself: a pronoun standing for it, or the same word."""
    return (doer.pos_ == "PRON" and doer.lower_ not in FIRST_PERSON) or doer.lower_ == subject.lower_


def _classes(word: Token, tables: Tables) -> frozenset[str]:
    return tables.senses.word_classes.get(lemma(word), frozenset())


def _befalls_owner(subject: Token, tables: Tables, words: ChargeWords) -> bool:
    """An owned thing that is no doing of its owner: "the soldiers' *deaths*", "Haiti's *poverty*", "the senator's
    *condition*" (an owner is charged only for its plans, stances and standing, or through a party noun it owns)."""
    if subject.pos_ != "NOUN" or not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                                         for c in subject.children):
        return False
    return not _classes(subject, tables) & (words.owned_doing_classes | words.party_classes)


def _failure_charged(verb: Token, subject: Token, tables: Tables, words: ChargeWords) -> bool:
    """A verb of failure said of a party: always for a verb of blame ("botched", "neglected"); for "abandoned",
    "exploited" only with a party or duty as object; for a failure ("failed to", "forgot to") only when what was not
    done was owed to others, or when what failed is the subject's own plan or record ("her policies failed")."""
    key = lemma(verb)
    if key in words.blame_verbs:
        return True
    if key in words.party_object_verbs:
        return any(_owed_object(o, tables, words) for o in verb.children if o.dep_ == "dobj")
    if key not in tables.cues.negative_implicative:
        return False
    done = [c for c in verb.children if c.dep_ == "xcomp"]
    if done:
        return any(_owed_act(act, tables, words) for act in done)
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    if objects:
        return any(_owed_object(o, tables, words) for o in objects)
    return bool(_classes(subject, tables) & words.owned_doing_classes)


def _owed_act(act: Token, tables: Tables, words: ChargeWords) -> bool:
    """An act owed to others: help or protection (a cooperative trigger), a duty, an act owed by office."""
    entry = tables.lexicon.verbs.get(lemma(act))
    if entry is not None:
        return tables.ontology.is_cooperative(entry.type)  # "failed to protect"; never "failed to recapture"
    return lemma(act) in words.owed_acts or "duty" in _classes(act, tables)


def _owed_object(obj: Token, tables: Tables, words: ChargeWords) -> bool:
    """A party ("abandoned the workers", "failed the voters") or a duty or promise ("neglected its duty")."""
    return obj.ent_type_ in PARTY_ENTITIES or obj.lower_ in PARTY_PRONOUNS \
        or bool(_classes(obj, tables) & (words.party_classes | words.owed_object_classes))


def _predicate_charge(copula: Token, negations: int, tables: Tables, words: ChargeWords) -> Token | None:
    """"Y is *weak*", "Y is a *cancer* on conservatism", "Y is a *weak* leader"; "Y's judgement was not *right*"
    (a merit denied, once)."""
    for predicate in (c for c in copula.children if c.dep_ in PREDICATE_DEPS):
        negated = negations + sum(1 for c in predicate.children if c.dep_ == "neg")
        if negated == 1 and is_merit(predicate, tables):
            return predicate
        if negated == 0 and _negative(predicate, words) and not _classes(predicate, tables) & words.undergone_classes:
            return predicate
    return None


def _fault_in_owned_doing(phrase: Token, tables: Tables, words: ChargeWords) -> Token | None:
    """The fault word modifying a party's own doing, owned by its possessor: "*Trump's* ignorant view of Islam",
    "*her* reckless plan" (a pronoun owner only inside a direct quotation: in reported speech "his" may be the
    speaker's own). What befalls the owner ("Haiti's *tragic* history", "the senator's *poor* health") is no doing."""
    if phrase.pos_ != "NOUN" or not _classes(phrase, tables) & words.owned_doing_classes:
        return None
    owners = [c for c in phrase.children if c.dep_ == "poss"]
    if not owners or not all(_owner_named(o) for o in owners):
        return None
    return _fault_modifier(phrase, tables, words)


def _owner_named(owner: Token) -> bool:
    """A possessor that names a party of its own: a noun, or a pronoun inside a direct quotation."""
    return owner.pos_ != "PRON" or quotation_start(owner.doc, owner.idx) is not None


def _fault_in_held_doing(clause: Token, tables: Tables, words: ChargeWords) -> Token | None:
    """The fault word on what the subject holds or pursues, the clause's object: "Y had a *crazy* policy", "Y
    represents *failed* policies", "Y ran a *dishonest* campaign". Only verbs that make the object the subject's own
    (``holding_verbs``): "Y opposed the reckless plan" or "Y inherited a disastrous policy" charge Y with nothing."""
    if lemma(clause) not in words.holding_verbs:
        return None
    for obj in (c for c in clause.children if c.dep_ == "dobj"):
        if obj.pos_ != "NOUN" or not _classes(obj, tables) & words.owned_doing_classes:
            continue
        if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in obj.children):
            continue  # "Y pushed *the governor's* reckless plan": another's plan
        fault = _fault_modifier(obj, tables, words)
        if fault is not None:
            return fault
    return None


def _fault_modifier(noun: Token, tables: Tables, words: ChargeWords) -> Token | None:
    """An adjective modifying ``noun`` (or coordinated with one that does) that finds fault: a word of the coder's
    fault predicates, or a negative evaluation by VADER less the states undergone."""
    faults = tables.grammar.fault_predicates
    # an adjective set off in quotation marks may be parsed as a nominal modifier ('Y's "divisive" comments')
    modifiers = [c for c in noun.children
                 if c.dep_ in EVALUATIVE_MODIFIER_DEPS or (c.dep_ == "nmod" and c.pos_ == "ADJ")]
    modifiers += [c for m in modifiers for c in cast(Any, m).conjuncts]
    for modifier in modifiers:
        if modifier.lower_ in faults or lemma(modifier) in faults \
                or modifier.lower_ in words.negative or lemma(modifier) in words.negative:
            return modifier
    return None


def _standing_in_doubt(copula: Token, subject: Token, tables: Tables, words: ChargeWords) -> Token | None:
    """"Y's judgement is *in question*", "her honesty is *in doubt*": a party's standing doubted is found wanting.
    Only a standing (judgement, honesty, credibility) owned by a named party: "the date in question", "the
    outcome is in doubt" doubt no one."""
    if not _classes(subject, tables) & words.doubted_classes or not any(
            c.dep_ == "poss" and _owner_named(c) for c in subject.children):
        return None
    return next((p for c in copula.children if c.dep_ == "prep" and c.lower_ == "in"
                 for p in c.children if p.dep_ == "pobj" and lemma(p) in words.doubt_nouns), None)


def _negative(predicate: Token, words: ChargeWords) -> bool:
    """The predicate, or an adjective modifying the predicate noun, evaluates negatively."""
    if predicate.lower_ in words.negative or lemma(predicate) in words.negative:
        return True
    return predicate.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in EVALUATIVE_MODIFIER_DEPS and (c.lower_ in words.negative or lemma(c) in words.negative)
        for c in predicate.children)


def _speakers_own(subject: Token) -> bool:
    """The speaker or the speaker's side: "we failed", "I was wrong", "*our* policies failed"."""
    return subject.lower_ in FIRST_PERSON or any(
        c.dep_ == "poss" and c.lower_ in FIRST_PERSON_POSSESSIVES for c in subject.children)


def _foretold(clause: Token, tables: Tables) -> bool:
    """A prediction, a possibility or an obligation ("will fail", "could fail the teachers", "is going to fail"),
    by the cues' modals: no charge made. The factuality layer marks a future ("will fail") by itself, but not a
    possibility on a judgement's word, so the layer keeps the check, on the cues' own tables."""
    cues = tables.cues
    modals = cues.future_modals | cues.possibility_modals | cues.obligation_modals
    if any(c.dep_ == "aux" and c.lower_ in modals for c in clause.children):
        return True
    return clause.lower_ in cues.future_modals and any(c.dep_ == "xcomp" for c in clause.children)


def _candidate(fault: Token, clause: Token, words: ChargeWords, kind: str = SAID_AT_FAULT) -> Candidate:
    entry = Entry(key=lemma(fault), type="ACCUSE", cameo=words.cameo, mode=words.mode or None)
    return Candidate(content=Trigger(fault, entry, nominal=False), word=fault, chain=(clause,), governors=(),
                     nouns=(), top=clause, nominal=False, judgement=kind,
                     in_speech=True)
