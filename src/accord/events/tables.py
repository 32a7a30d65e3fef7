"""The event coder's data, read once: PLOVER ontology and CAMEO tables, trigger lexicon, cues and context words.

All of it lives in YAML under ``accord/data/events``; this module only reads it into frozen, indexed
structures (lemma -> entries dicts) so the coder does dictionary look-ups, never pattern scans.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import Any

from accord.errors import ConfigError
from accord.memo import BoundedMemo
from accord.packaged import read_packaged_yaml
from accord.quotes.lexicon import load_lexicon as load_cue_lexicon

DATA_PACKAGE = "accord.data.events"
EVENT_DATA_FOLDER = "events"  # the event data files' folder under accord.data (accord.packaged)


@dataclass(frozen=True, slots=True)
class TypeInfo:
    name: str
    quad: str
    score: float
    cameo: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One trigger sense: what a lemma (or lemma pair) codes as."""

    key: str
    type: str
    cameo: str
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    inverse: bool = False  # the grammatical subject receives ("India received missiles from Russia")
    topic: bool = False  # the direct object is what the act is about ("signed a pact"), not a participant
    needs_object: bool = False  # a sense only with a direct object ("returned prisoners", not "returned home")


@dataclass(frozen=True, slots=True)
class Ontology:
    types: dict[str, TypeInfo]
    legacy: dict[str, str]
    cameo_roots: dict[str, str]
    intent_cameo: dict[str, str]
    threat_cameo: dict[str, str]
    reject_cameo: dict[str, str]
    request_cameo: dict[str, str]
    halt_cameo: dict[str, str] = field(default_factory=dict)
    appeal_cameo: dict[str, str] = field(default_factory=dict)  # an act asked for rather than demanded (02x)
    recoding_cameo: dict[str, str] = field(default_factory=dict)  # accede | ease | complain -> CAMEO
    goldstein: dict[str, float] = field(default_factory=dict)  # CAMEO code -> Goldstein scale (goldstein.yaml)

    def info(self, event_type: str) -> TypeInfo:
        return self.types[self.legacy.get(event_type, event_type)]

    def score(self, cameo: str, event_type: str) -> float:
        """An event's intensity: the Goldstein score of its CAMEO code (the code, its three-digit code, its root
        family), else its PLOVER type's score."""
        for code in (cameo, cameo[:3], cameo[:2] + "0"):
            found = self.goldstein.get(code)
            if found is not None:
                return found
        return self.info(event_type).score

    def cameo(self, event_type: str, table: dict[str, str] | None = None, content_type: str = "") -> str:
        """The CAMEO code of ``event_type``: ``table``'s code for the content's type when it has one, else the
        type's own generic code."""
        found = table.get(content_type) if table is not None else None
        return found if found is not None else self.types[event_type].cameo

    def is_cooperative(self, event_type: str) -> bool:
        return self.info(event_type).quad.endswith("cooperation")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Trigger entries indexed by lemma; pairs are indexed by (head lemma, dependent lemma) both ways."""

    verbs: dict[str, Entry]
    verb_pairs: dict[tuple[str, str], Entry]
    nouns: dict[str, Entry]
    noun_pairs: dict[tuple[str, str], Entry]
    pair_heads: frozenset[str]  # lemmas that take part in some pair, to skip pair search for the rest
    words: frozenset[str] = frozenset()  # every word of every key: the cheap test before any look-up
    # Senses a verb takes when its direct object is a thing rather than a party ("protested the launch" is a
    # complaint, "students protested" a demonstration); None means no event ("struck a cautious tone").
    thing_object: dict[str, Entry | None] = field(default_factory=dict)
    party_nouns: frozenset[str] = frozenset()  # common nouns that name parties ("welcomed the delegation")
    measure_nouns: frozenset[str] = frozenset()  # "40 tonnes of supplies": the supplies pair with the verb
    # nouns an event noun may modify and still name the event: measures and counts ("an aid convoy") and the
    # cues' partitive nouns ("a mediation effort", "a bombing campaign")
    counting_nouns: frozenset[str] = frozenset()
    # predicate adjectives with their complement's preposition ("critical of"): (adjective, preposition) both ways
    adjective_pairs: dict[tuple[str, str], Entry] = field(default_factory=dict)
    # (part of speech, lower-case form, lemma) string ids -> could the word be a trigger: every token of every
    # article is asked, and the answer depends on nothing else, so it is worked out once per distinct word.
    may_trigger: BoundedMemo[tuple[int, int, int], bool] = field(default_factory=BoundedMemo, compare=False,
                                                                  repr=False)


# Cue groups of factuality alone: they govern an event below them without giving it a type of their own. A clause
# with its own subject under them is an event of its own, its subject the actor ("hopes that Iran attacks"); a
# clause without one continues their chain ("hopes to sign").
FACTUALITY_GROUPS = ("plan", "deferral", "desire", "likelihood", "fear", "negative_implicative", "denial",
                     "obligation_verbs")
# Cue groups whose verbs govern an event word below them ("threatened to impose sanctions").
GOVERNING_GROUPS = ("threat", "refusal", "request", "intent", "acceptance", "reversal", "light", "aspectual",
                    "intent_adjectives", "approval", "plan", "deferral", "desire", "likelihood", "fear",
                    "negative_implicative", "denial", "obligation_verbs")


@dataclass(frozen=True, slots=True)
class Cues:
    speech: frozenset[str]
    intent: frozenset[str]
    intent_adjectives: frozenset[str]
    threat: frozenset[str]
    refusal: frozenset[str]
    request: frozenset[str]
    aspectual: frozenset[str]
    future_modals: frozenset[str]
    possibility_modals: frozenset[str]
    obligation_modals: frozenset[str]
    light: frozenset[str]
    reversal: frozenset[str]
    easing_only: frozenset[str]
    halting_only: frozenset[str]
    acceptance: frozenset[str]
    approval: frozenset[str]
    stative_participles: frozenset[str]
    casualty: frozenset[str]
    partitive: frozenset[str]
    victim_nouns: frozenset[str]
    governing: frozenset[str] = frozenset()  # every cue that can govern an event word (union, for a quick test)
    factual_only: frozenset[str] = frozenset()  # the cues of factuality alone (FACTUALITY_GROUPS)
    natural_hazards: frozenset[str] = frozenset()
    accident_verbs: frozenset[str] = frozenset()  # "when the bridge collapsed": a happening nobody did
    collision_verbs: frozenset[str] = frozenset()  # "when their car hit a tree": an accident
    vehicles: frozenset[str] = frozenset()
    hidden_explosives: frozenset[str] = frozenset()  # "their vehicle hit a roadside bomb": an attack
    doerless_harm: frozenset[str] = frozenset()  # "were killed": harm an accident does as well as an attacker
    occurrence: frozenset[str] = frozenset()  # "clashes erupted", "took place": an event noun's happening
    deeds_of_acts: frozenset[str] = frozenset()  # "the clashes left ten dead": what a past act did
    witnessing: frozenset[str] = frozenset()  # "fighting was reported": an event noun seen to happen
    crowd_counts: frozenset[str] = frozenset()  # "thousands marched": the unnamed public as protesters
    exploding_installations: frozenset[str] = frozenset()  # "when a chemical plant exploded": an accident
    open_water: frozenset[str] = frozenset()
    display_weapons: frozenset[str] = frozenset()
    visiting_parties: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    negation: frozenset[str] = frozenset()
    undecided: frozenset[str] = frozenset()
    forecast_verbs: frozenset[str] = frozenset()
    consequence_verbs: frozenset[str] = frozenset()  # "warned that Russia would pay a price": a threat
    outcome_verbs: frozenset[str] = frozenset()  # "warned that they would lose the vote": a fate, no act
    clash_nouns: frozenset[str] = frozenset()
    refusal_nouns: frozenset[str] = frozenset()  # "his *refusal* to comment": the refusal verbs' nouns
    mutual_force_verbs: frozenset[str] = frozenset()  # "exchanged fire": force both sides send
    attack_nouns: frozenset[str] = frozenset()
    time_marks: frozenset[str] = frozenset()
    concessive_marks: frozenset[str] = frozenset()  # "although", "while": a clause asserted against the main one
    time_prepositions: frozenset[str] = frozenset()  # "held *since* his arrest": an act at another moment
    additive_words: frozenset[str] = frozenset()
    demanding: frozenset[str] = frozenset()
    recommending: frozenset[str] = frozenset()  # "recommended that X impose": a subjunctive advised
    seeking: frozenset[str] = frozenset()
    wanting: frozenset[str] = frozenset()
    copulas: frozenset[str] = frozenset()
    seeming: frozenset[str] = frozenset()  # "felt *threatened*": a participle after them tells a state
    stative_verbs: frozenset[str] = frozenset()
    having_verbs: frozenset[str] = frozenset()  # "should have a voice": a state, with an advantage as object
    predicament_verbs: frozenset[str] = frozenset()  # "has to contend *with*": stative with its "with"
    belief_verbs: frozenset[str] = frozenset()  # "does not think they attacked": the negation goes down
    nonfactive_speech: frozenset[str] = frozenset()  # "did not say that troops fired": nobody tells it
    outcome_particles: frozenset[str] = frozenset()
    allegation: frozenset[str] = frozenset()
    kind_nouns: frozenset[str] = frozenset()
    sequence_prepositions: frozenset[str] = frozenset()  # "after *his arrest*": an act named back as a time
    kind_adjectives: frozenset[str] = frozenset()  # "such attacks are unheard-of": acts of a kind, generic
    counting_modifiers: frozenset[str] = frozenset()  # "*several* such attacks": acts counted, that happened
    ballot_acts: frozenset[str] = frozenset()  # "women should *back* her": a vote asked of a courted group
    own_phrasals: frozenset[str] = frozenset()  # "set off": a verb of its own, not the light "set"
    # factuality (layer 2): modals, verbs, nouns and marks that say whether the act below them happens
    conditional_modals: frozenset[str] = frozenset()
    conditional_wishes: frozenset[str] = frozenset()  # "would welcome": a wish on a condition
    future_time_words: frozenset[str] = frozenset()  # "next week", "tomorrow": a present told of a time to come
    ability_modals: frozenset[str] = frozenset()
    present_ability_modals: frozenset[str] = frozenset()  # "that they can win": an ability, no act announced
    negative_subjects: frozenset[str] = frozenset()
    indefinite_subjects: frozenset[str] = frozenset()  # "anyone", "everyone": no side named
    plan: frozenset[str] = frozenset()
    deferral: frozenset[str] = frozenset()  # "postponed the summit": the act is put off, to come
    desire: frozenset[str] = frozenset()
    stance: frozenset[str] = frozenset()  # "supports raising taxes": the act a stance is on is not done
    likelihood: frozenset[str] = frozenset()
    ability: frozenset[str] = frozenset()
    fear: frozenset[str] = frozenset()
    negative_implicative: frozenset[str] = frozenset()
    denial: frozenset[str] = frozenset()
    proposition_nouns: frozenset[str] = frozenset()
    obligation_verbs: frozenset[str] = frozenset()
    likelihood_adverbs: frozenset[str] = frozenset()
    frequency_adverbs: frozenset[str] = frozenset()  # "annually", "daily": a rate, no single act
    habitual_adverbs: frozenset[str] = frozenset()  # "routinely", "often": with the simple present, a habit
    terms_nouns: frozenset[str] = frozenset()  # "a deal whereby troops withdraw": the terms, to be done
    terms_adverbs: frozenset[str] = frozenset()  # "a deal *whereby* ...": the clause states the terms
    terms_prepositions: frozenset[str] = frozenset()  # "a plan *under* which ..."
    terms_relatives: frozenset[str] = frozenset()  # "a plan under *which* ..."
    generic_deeds: frozenset[str] = frozenset()  # "gunmen kill people": kinds acting on kinds, a generalisation
    frequency_determiners: frozenset[str] = frozenset()  # "every year", "each day"
    definite_determiners: frozenset[str] = frozenset()  # "the senator": one known patient
    frequency_units: frozenset[str] = frozenset()
    duration_prepositions: frozenset[str] = frozenset()  # "for the next hour": how long, not when to come
    finding_verbs: frozenset[str] = frozenset()  # "a new poll shows ...": a poll as the source of a finding
    # senses.yaml's classes population_share and opinion_poll, filled in by load_tables (one list for both layers)
    share_nouns: frozenset[str] = frozenset()  # "40 percent of voters back X": a statistic, no act
    poll_nouns: frozenset[str] = frozenset()  # "X leads, a poll found": a measure of opinion, no act
    past_habit: frozenset[str] = frozenset()  # "used to arrest them": a habit of the past, no one act
    hearsay_nouns: frozenset[str] = frozenset()  # "rumours swirled that ...": unconfirmed talk, not told as done
    attribution_prepositions: frozenset[str] = frozenset()  # "*according* to AFP": the source told on
    conditional_marks: frozenset[str] = frozenset()
    question_marks: frozenset[str] = frozenset()  # "whether": an open question, no condition on its host
    alternative_marks: frozenset[str] = frozenset()  # "either ... or" between verbs: a choice, no act done
    alternative_conjunctions: frozenset[str] = frozenset()
    negative_pair_marks: frozenset[str] = frozenset()  # "neither ... nor" between verbs or objects: not done
    negative_pair_conjunctions: frozenset[str] = frozenset()
    conditional_nouns: frozenset[str] = frozenset()
    conditional_phrases: frozenset[str] = frozenset()  # "as long as", "provided that": a condition in words
    durative_phrases: frozenset[str] = frozenset()  # "as long as" told in the past: a duration
    purpose_marks: frozenset[str] = frozenset()
    realised_purposes: frozenset[str] = frozenset()
    speaking_occasions: frozenset[str] = frozenset()  # "held a news conference *to criticize* X": said there
    negative_prepositions: frozenset[str] = frozenset()
    topic_prepositions: frozenset[str] = frozenset()  # "a speech *about* fighting terrorism": a topic
    topic_words: frozenset[str] = frozenset()
    prevention: frozenset[str] = frozenset()  # "prevented them *from* attacking": not done
    possibility_nouns: frozenset[str] = frozenset()
    permission_nouns: frozenset[str] = frozenset()  # "permission for", "orders to": allowed or asked for
    plan_nouns: frozenset[str] = frozenset()
    absence_nouns: frozenset[str] = frozenset()  # "a lack of", "the absence of": not done
    evidence_nouns: frozenset[str] = frozenset()  # "no evidence that": what was not found is not told as done
    failure_nouns: frozenset[str] = frozenset()  # "the failure to": not done
    habit_nouns: frozenset[str] = frozenset()  # "a history of blaming others": a generalisation over acts
    characteristic_nouns: frozenset[str] = frozenset()  # "became a staple of his speeches": a habit described
    possibility_modifiers: frozenset[str] = frozenset()
    confinement_nouns: frozenset[str] = frozenset()  # "placed X *under* house arrest"
    future_modifiers: frozenset[str] = frozenset()
    ordinal_words: frozenset[str] = frozenset()
    attempt_nouns: frozenset[str] = frozenset()
    causative: frozenset[str] = frozenset()
    causing: frozenset[str] = frozenset()  # "the arrest *sparked* protests": the subject causes, does not act
    directive: frozenset[str] = frozenset()
    comment_verbs: frozenset[str] = frozenset()
    comment_giving: frozenset[str] = frozenset()
    closing: frozenset[str] = frozenset()
    occasions: frozenset[str] = frozenset()
    comment_details: frozenset[str] = frozenset()
    press_asks: frozenset[str] = frozenset()  # "declined an *interview*": what a reporter asks for
    press_requests: frozenset[str] = frozenset()  # "declined *requests* for comment"
    press_refusals: frozenset[str] = frozenset()  # "*declined* an interview", not "rejected the comments"
    refraining: frozenset[str] = frozenset()  # "*declined*/*refused* to criticise": the verbal attack not done
    demand_nouns: frozenset[str] = frozenset()  # "despite *calls* from X": what was refused was asked for
    exclusion_verbs: frozenset[str] = frozenset()  # "refused to *rule out* a run": an option kept open
    effort_verbs: frozenset[str] = frozenset()
    expressive_nouns: frozenset[str] = frozenset()  # "offered condolences": made by the offering, not promised


# Slots a valency condition may name (data/events/senses.yaml explains each), and the classes the sense layer
# works out itself rather than reading from a word list.
SENSE_SLOTS = frozenset({"subject", "agent", "object", "dative", "particle", "complement", "clause", "doer",
                         "infinitive", "purpose", "passive", "governor", "predicate", "modifier", "count", "under",
                         "self", "dep", "stranded", "mark",
                         "to", "for", "with", "in", "from", "on", "against", "at", "over", "toward", "of", "about",
                         "since", "into", "among", "between", "during", "as", "through", "by", "alongside",
                         "around", "behind", "after",
                         "object_head", "object_modifier", "object_of", "aim", "participant", "opposed",
                         "act_object", "governor_object", "subject_owner"})
BUILT_IN_CLASSES = frozenset({"party", "government", "person", "agent", "place", "question", "pronoun", "sum",
                              "plural", "armed", "state", "private", "fact", "press"})
SENSE_MODES = frozenset({"is", "not", "absent", "present"})


@dataclass(frozen=True, slots=True)
class Condition:
    """What one slot of a trigger must hold: words of some classes ("is"), anything but ("not"), or nothing."""

    slot: str
    mode: str
    classes: frozenset[str] = frozenset()  # class names; "=word" stands for the word itself


@dataclass(frozen=True, slots=True)
class SenseRule:
    """One rule of a valency frame: when every condition holds, the trigger's sense is ``entry`` — None for no
    event — or the lexicon's own when ``keep``."""

    conditions: tuple[Condition, ...]
    keep: bool
    entry: Entry | None = None


@dataclass(frozen=True, slots=True)
class Senses:
    """Valency frames of trigger words and the semantic classes of their arguments (senses.yaml)."""

    word_classes: dict[str, frozenset[str]]  # lemma -> the classes it belongs to
    verb_frames: dict[str, tuple[SenseRule, ...]]  # trigger key -> rules, in order
    noun_frames: dict[str, tuple[SenseRule, ...]]
    container_nouns: frozenset[str]
    political_sectors: frozenset[str]
    state_sectors: frozenset[str]
    private_sectors: frozenset[str] = frozenset()  # sides that make no political event between themselves
    political_types: frozenset[str] = frozenset()  # types political whoever the sides are (a protest)
    # sides of public debate: criticism by or of them is political, though they are private (a host, an outlet)
    debate_sectors: frozenset[str] = frozenset()
    debate_types: frozenset[str] = frozenset()
    two_sided_types: frozenset[str] = frozenset()  # types that need a counterpart (a meeting is had with someone)
    separate_participle_types: frozenset[str] = frozenset()  # "condemned X, *calling for* Y": two acts
    # words of armed conflict that a contest uses too: told of campaigners, an attack in words (ACCUSE) ...
    contest_verbal: frozenset[str] = frozenset()
    contest_race: frozenset[str] = frozenset()  # ... or the race itself (no event)
    contest_bodily: frozenset[str] = frozenset()  # adverbs that keep the act bodily ("physically assaulted")
    race_words: frozenset[str] = frozenset()  # won, lost or fought in an election's clause: the race itself
    race_settings: frozenset[str] = frozenset()  # the words of an election that set a clause in a race
    campaigner_sectors: frozenset[str] = frozenset()  # who campaigns and debates, but commands no arms
    campaigner_groups: frozenset[str] = frozenset()  # ... and whose groups do not either (legislators, candidates)
    criticised_sectors: frozenset[str] = frozenset()  # persons of politics, attacked in words by unarmed sides
    private_persons: frozenset[str] = frozenset()  # ... but not by private persons, whose blows are as likely
    contest_parties: frozenset[str] = frozenset()  # parties, whose attacks on campaigning persons are in words
    armed_sectors: frozenset[str] = frozenset()  # who bears arms: a side of a real fight
    opinion_types: frozenset[str] = frozenset()  # stances and demands that voters polled do not make
    opinion_sectors: frozenset[str] = frozenset()  # the sectors of the public polled
    private_backing_verbs: frozenset[str] = frozenset()  # "he supported Trump", said of a private person: opinion
    press_sectors: frozenset[str] = frozenset()  # reporters and news outlets: their asking is journalism
    press_asking: frozenset[str] = frozenset()  # "*asked* the senator to explain": the press's question
    press_answers: frozenset[str] = frozenset()  # "asked the senator to *explain*": an answer asked for
    press_courts: frozenset[str] = frozenset()  # "asked *the court* to unseal": a legal request, never a question
    pledge_words: frozenset[str] = frozenset()  # words of promising and proposing (a campaign's pledge)
    pledge_types: frozenset[str] = frozenset()  # the types a pledge takes (a promise and a hostile promise)
    spending_verbs: frozenset[str] = frozenset()  # verbs of spending money on doing something (slot governor_object)
    campaign_settings: frozenset[str] = frozenset()  # words that set a clause in an election campaign
    pledger_sectors: frozenset[str] = frozenset()  # organisations that campaign as persons do (parties)
    office_taking: frozenset[str] = frozenset()  # verbs of winning office ("if elected"): a promise is a pledge
    office_won: frozenset[str] = frozenset()  # what winning makes it winning office ("the presidency")
    office_acts: frozenset[str] = frozenset()  # types only an office's authority can do (arrest, sanction, deploy)
    officeless_sectors: frozenset[str] = frozenset()  # persons holding no office (candidates, former officials)
    government_sectors: frozenset[str] = frozenset()  # a government's own sector: its members speak for it
    joint_marks: frozenset[str] = frozenset()  # "pledged to work *together*": a commitment between the pledgers
    uniting_verbs: frozenset[str] = frozenset()  # "bring the country *together*": no joint act of the pledgers
    candidate_titles: frozenset[str] = frozenset()  # "the nominee", "a candidate": who runs in an election
    office_conditions: frozenset[str] = frozenset()  # marks of a condition on a promise ("if", "once elected")
    open_conditions: frozenset[str] = frozenset()  # "if": a condition still when backshifted ("if he won")
    backshifted_modals: frozenset[str] = frozenset()  # "would", "could": a promise told in reported speech


@dataclass(frozen=True, slots=True)
class Coreference:
    """What within-article coreference reads (``arguments.yaml``, ``coreference``)."""

    reach: int = 2  # sentences back an anaphor looks for its antecedent
    repeated_reach: int = 2  # sentences back a description looks for a mention whose head noun it repeats
    plural_pronouns: frozenset[str] = frozenset()
    pleonastic_verbs: frozenset[str] = frozenset()  # "it is clear that", "it emerged that"
    definite_nouns: dict[str, str] = field(default_factory=dict)  # lemma -> country | government | body | group
    fresh_adjectives: frozenset[str] = frozenset()  # "the same organisation", "the new government"
    described_groups: frozenset[str] = frozenset()  # "those who fled": several people no actor names
    masculine: frozenset[str] = frozenset()  # "he", "Mr": words that say a person is a man
    feminine: frozenset[str] = frozenset()  # "she", "Mrs": words that say a person is a woman
    # "condemned *its* decision": verbs of disapproval, whose object's possessive is another party than the subject
    disapproval_verbs: frozenset[str] = frozenset()
    # "X's attack *on her* record": nouns of disapproval, whose prepositional object's possessive is another party
    # than the noun's own possessor (or the subject of the verb that takes the noun)
    disapproval_nouns: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Grammar:
    """Layer 4's word lists (``arguments.yaml``): control, directives, receiving verbs, coreference."""

    subject_control_with_object: frozenset[str] = frozenset()
    object_control_verbs: frozenset[str] = frozenset()
    object_control_prepositions: frozenset[str] = frozenset()
    target_prepositions: frozenset[str] = frozenset()
    owner_probed_prepositions: frozenset[str] = frozenset()  # "a probe *into* the senator's emails"
    particle_adverbs: frozenset[str] = frozenset()  # "fired *back* at X": the adverb's preposition is the verb's
    particle_prepositions: frozenset[str] = frozenset()  # which of its prepositions: "at", "against"
    directives: dict[str, frozenset[str]] = field(default_factory=dict)  # lemma -> "object" | prepositions
    patient_nouns: frozenset[str] = frozenset()
    undergoer_possessor_nouns: frozenset[str] = frozenset()  # "*his* arrest": the possessor undergoes it
    holding_verbs: frozenset[str] = frozenset()
    aimed_purpose_verbs: frozenset[str] = frozenset()  # "an offensive *to oust* X": X is whom the force is aimed at
    purpose_nouns: frozenset[str] = frozenset()  # "in an *effort* to", "in *order* to"
    purpose_participles: frozenset[str] = frozenset()  # "*aimed* at crushing X"
    sending_verbs: frozenset[str] = frozenset()  # "sent troops to X": the object is moved, not acted on
    furnishing_verbs: frozenset[str] = frozenset()  # "provided X with Y": X receives, Y is given
    path_prepositions: frozenset[str] = frozenset()  # "deported them *to* X": whither the patient is taken
    receiving: dict[str, frozenset[str]] = field(default_factory=dict)  # lemma -> "object" | prepositions
    receiving_verbs: frozenset[str] = frozenset()  # the lemmas of ``receiving``, as a set ("gained", "faced")
    receiving_sources: frozenset[str] = frozenset()
    opposing_sides: frozenset[str] = frozenset()  # "*his rivals* attacked": a group named by whom it opposes
    opposing_side_types: frozenset[str] = frozenset()  # the event types an opposing side aims at its possessor
    reflexive_endings: tuple[str, ...] = ()  # "among *themselves*": the doers are the target
    responding_verbs: frozenset[str] = frozenset()  # "*responded to* Y's attacks": the responder was attacked
    second_person: frozenset[str] = frozenset()  # "*you* are a liar," X told Y: the one spoken to
    singular_third_person: frozenset[str] = frozenset()  # "X said *she* does not believe ...": the speaker
    reciprocal_pronouns: frozenset[str] = frozenset()  # "X and Y attacked *each other*": each the other's target
    addressee_prepositions: frozenset[str] = frozenset()  # "said *to* Y": whom a verb of saying speaks to
    response_nouns: frozenset[str] = frozenset()  # "*in response to* criticism from Y"
    undergoer_roles: frozenset[str] = frozenset()  # "X is the *target* of Y's attacks": X undergoes them
    provoking: frozenset[str] = frozenset()  # "*sparked* condemnation from X": the reaction befalls the subject
    provoked_types: frozenset[str] = frozenset()  # the reactions so caused (ACCUSE, THREATEN)
    meeting_frames: frozenset[str] = frozenset()  # "said *in* a phone call with Y": the speaker took part
    circumstance_marks: frozenset[str] = frozenset()  # "was arrested *when* police raided": the clause's doer
    joint_action_verbs: frozenset[str] = frozenset()  # "worked *with* Y to investigate": Y is a co-actor
    partner_object_verbs: frozenset[str] = frozenset()  # "*joined* Uganda in condemning": Uganda is a co-actor
    answered_acts: dict[str, str] = field(default_factory=dict)  # "rejected *the demands*" -> REQUEST
    making_verbs: frozenset[str] = frozenset()  # "X *unveiled* a plan": X made the document it takes
    document_groups: dict[str, frozenset[str]] = field(default_factory=dict)  # "deal" -> {agreement, accord, ...}
    # "gathered *in* a protest": who joins a protest, by preposition ("anyone", or only a "dissenter")
    protest_frames: dict[str, frozenset[str]] = field(default_factory=dict)
    claiming_verbs: frozenset[str] = frozenset()  # "*claimed* responsibility for the attack": the doer owns it
    responsibility_nouns: frozenset[str] = frozenset()
    giver_from_nouns: frozenset[str] = frozenset()  # "a threat *from* X": the from-phrase names the doer
    asker_of_nouns: frozenset[str] = frozenset()  # "at the request *of* X": the of-phrase names who asks
    message_nouns: frozenset[str] = frozenset()  # "asked for help *in a letter to* X": X is who is asked
    # texts a source puts out (the quote cues' message and evidence nouns: a statement, a letter, an ad, a report,
    # an inquiry) and the verbs of putting one out as its author (arguments.yaml issuing_verbs: "issued",
    # "released", "wrote", not "held", "gave" or "sent a letter"): the author speaks and acts through the text
    # ("*his* letter urged", "the party issued a statement *that* condemned")
    authored_texts: frozenset[str] = frozenset()
    issuing_verbs: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()  # senses.yaml's time_word class: "on the eve of X" says when
    speaker_possessor_nouns: frozenset[str] = frozenset()  # "*Parliament's* demand": the possessor said it
    said_content_nouns: frozenset[str] = frozenset()  # "his call *for* a ban": an utterance only with its content
    said_content_prepositions: frozenset[str] = frozenset()  # the prepositions that give what was said
    involving_verbs: frozenset[str] = frozenset()  # "clashes *involving* X and Y": X and Y take part
    participation_nouns: frozenset[str] = frozenset()  # "played a *role* in the battle": a share in an event
    relational_nouns: frozenset[str] = frozenset()  # "Assad's backer", "its allies": not their owner
    same_side_nouns: frozenset[str] = frozenset()  # "allies of the president": of his country
    member_nouns: frozenset[str] = frozenset()  # "citizens of Kenya": of its country
    other_side_modifiers: frozenset[str] = frozenset()  # "*foreign* backers": of another country
    part_nouns: frozenset[str] = frozenset()  # "its branch", "their armed wing": act for their owner
    aspect_nouns: frozenset[str] = frozenset()  # "aspects of the plan X announced": the plan's author's
    judged_vias: frozenset[str] = frozenset()  # "praised *his* troops", "lashed out *at* her aides": a stance's
    # object or preposition that names whom it judges
    object_required: frozenset[str] = frozenset()  # "shoot down", "arrest": never without an object
    two_object_verbs: frozenset[str] = frozenset()  # "was *denied* access": a passive that keeps an object
    state_acts: dict[str, str] = field(default_factory=dict)  # "arrest" -> COP: acts only a state's bodies do
    fault_predicates: frozenset[str] = frozenset()  # "said Y was *guilty*", "called Y a *liar*": accusations
    distrust_verbs: frozenset[str] = frozenset()  # "Y cannot be *trusted*": bad faith charged
    foretold_harms: dict[str, frozenset[str]] = field(default_factory=dict)  # "Y will *pay the price*": threats
    naming_verbs: frozenset[str] = frozenset()  # "*called* Y a liar", "*branded* Y as ..."
    merit_predicates: frozenset[str] = frozenset()  # "said Y was *not qualified*": a merit denied finds fault
    office_bound_merits: frozenset[str] = frozenset()  # "not *fit*": a merit alone or with an office only
    office_complements: frozenset[str] = frozenset()  # "fit *to lead*", "fit for *office*"
    blame_predicates: frozenset[str] = frozenset()  # "said Y was *responsible* for the attack"
    blame_prepositions: frozenset[str] = frozenset()  # "said Y was *behind* the bombing"
    wrongdoing_verbs: frozenset[str] = frozenset()  # "said Y *violated* the truce": the speaker accuses Y
    concealing_verbs: frozenset[str] = frozenset()  # "said Y *concealed* the emails": deceit only of information
    concealed_information: frozenset[str] = frozenset()  # "the *emails*", "the *truth*": what hiding deceives about
    commission_verbs: frozenset[str] = frozenset()  # "said Y *committed* war crimes" (with a fault as object)
    coreference: Coreference = field(default_factory=Coreference)


@dataclass(frozen=True, slots=True)
class Tables:
    ontology: Ontology
    lexicon: Lexicon
    cues: Cues
    context_words: dict[str, tuple[str, ...]]  # lemma -> contexts it signals
    senses: Senses = field(default_factory=lambda: Senses({}, {}, {}, frozenset(), frozenset(), frozenset()))
    grammar: Grammar = field(default_factory=Grammar)


def _read_yaml(name: str) -> Any:
    """The event data file ``name``, read by the project's one reader of its packaged data."""
    return read_packaged_yaml(f"{EVENT_DATA_FOLDER}/{name}")


def _senses_yaml() -> Any:
    """senses.yaml, parsed afresh on each call (not cached: the parse is a mutable dict, and a data file edited
    in a running process must be read again); the senses read it per load_tables, the grammar's word of time
    class once per process (grammar() is cached, frozen)."""
    return _read_yaml("senses.yaml")


def parse_entry(key: str, value: str) -> Entry:
    """Parse ``"TYPE CAMEO [mode] [@ctx,ctx] [topic] [inverse] [object]"``."""
    parts = str(value).split()
    if len(parts) < 2:
        raise ConfigError(f"trigger {key!r}: expected 'TYPE CAMEO ...', got {value!r}")
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    inverse = topic = needs_object = False
    for part in parts[2:]:
        if part.startswith("@"):
            contexts = tuple(c for c in part[1:].split(",") if c)
        elif part == "inverse":
            inverse = True
        elif part == "topic":
            topic = True
        elif part == "object":
            needs_object = True
        else:
            mode = part
    return Entry(key=key, type=parts[0], cameo=parts[1], mode=mode, contexts=contexts, inverse=inverse,
                 topic=topic, needs_object=needs_object)


def _index(section: dict[str, str], known_types: set[str]) -> tuple[dict[str, Entry], dict[tuple[str, str], Entry]]:
    singles: dict[str, Entry] = {}
    pairs: dict[tuple[str, str], Entry] = {}
    for key, value in section.items():
        entry = parse_entry(key, value)
        if entry.type not in known_types:
            raise ConfigError(f"trigger {key!r} has unknown type {entry.type!r}")
        words = key.lower().split()
        if len(words) == 1:
            singles[words[0]] = entry
        elif len(words) == 2:
            pairs[(words[0], words[1])] = entry
        else:
            # three-word nouns ("state of emergency") are indexed on their first and last word
            pairs[(words[0], words[-1])] = entry
    return singles, pairs


def load_ontology() -> Ontology:
    raw = _read_yaml("ontology.yaml")
    types = {
        name: TypeInfo(name=name, quad=spec["quad"], score=float(spec["score"]), cameo=str(spec["cameo"]))
        for name, spec in raw["types"].items()
    }
    return Ontology(
        types=types,
        legacy=dict(raw.get("legacy_types", {})),
        cameo_roots={str(k): v for k, v in raw.get("cameo_roots", {}).items()},
        intent_cameo=dict(raw.get("intent_cameo", {})),
        threat_cameo=dict(raw.get("threat_cameo", {})),
        reject_cameo=dict(raw.get("reject_cameo", {})),
        request_cameo=dict(raw.get("request_cameo", {})),
        halt_cameo=dict(raw.get("halt_cameo", {})),
        appeal_cameo=dict(raw.get("appeal_cameo", {})),
        recoding_cameo=dict(raw.get("recoding_cameo", {})),
        goldstein=load_goldstein(),
    )


def load_goldstein() -> dict[str, float]:
    raw = _read_yaml("goldstein.yaml")
    scores: dict[str, float] = {}
    for code, value in (raw.get("scores") or {}).items():
        code = str(code)
        if not code.isdigit() or not 3 <= len(code) <= 4 or not -10.0 <= float(value) <= 10.0:
            raise ConfigError(f"goldstein.yaml: bad entry {code!r}: {value!r}")
        scores[code] = float(value)
    return scores


def load_lexicon(known_types: set[str]) -> Lexicon:
    raw = _read_yaml("triggers.yaml")
    verbs, verb_pairs = _index(raw["verbs"], known_types)
    nouns, noun_pairs = _index(raw["nouns"], known_types)
    _, adjective_pairs = _index(raw.get("adjectives") or {}, known_types)
    heads = {w for pair in (*verb_pairs, *noun_pairs, *adjective_pairs) for w in pair}
    thing_object = {key: _optional_entry(key, str(value), known_types)
                    for key, value in (raw.get("thing_object_verbs") or {}).items()}
    words = heads | set(verbs) | set(nouns) | set(thing_object)
    party_nouns = frozenset(str(w).lower() for w in raw.get("party_nouns") or ())
    measure_nouns = frozenset(str(w).lower() for w in raw.get("measure_nouns") or ())
    return Lexicon(verbs, verb_pairs, nouns, noun_pairs, frozenset(heads), frozenset(words), thing_object,
                   party_nouns, measure_nouns, adjective_pairs=adjective_pairs)


def _optional_entry(key: str, value: str, known_types: set[str]) -> Entry | None:
    if value.strip().lower() == "none":
        return None
    entry = parse_entry(key, value)
    if entry.type not in known_types:
        raise ConfigError(f"trigger {key!r} has unknown type {entry.type!r}")
    return entry


# Cues whose words are a class of senses.yaml (one list read by both layers), and the class each is
SENSE_CLASS_CUES = {"share_nouns": "population_share", "poll_nouns": "opinion_poll"}
# Fields of Cues not read from cues.yaml by name: the two unions built below and the sense-class cues
_DERIVED_CUE_FIELDS = frozenset({"governing", "factual_only"}) | frozenset(SENSE_CLASS_CUES)


def load_cues() -> Cues:
    raw = _read_yaml("cues.yaml")
    names = [f.name for f in fields(Cues) if f.name not in _DERIVED_CUE_FIELDS]
    groups = {name: _flat_words(raw[name]) for name in names}
    governing = frozenset().union(*(groups[name] for name in GOVERNING_GROUPS))
    factual_only = frozenset().union(*(groups[name] for name in FACTUALITY_GROUPS))
    return Cues(**groups, governing=governing, factual_only=factual_only)


def load_context_words() -> dict[str, tuple[str, ...]]:
    raw: dict[str, list[str]] = _read_yaml("contexts.yaml")
    index: dict[str, list[str]] = {}
    for context, words in raw.items():
        for word in words:
            index.setdefault(str(word).lower(), []).append(context)
    return {word: tuple(contexts) for word, contexts in index.items()}


def _class_words(words: list[Any]) -> list[Any]:
    """A class's words, a list inside its list standing for that list's words (a YAML alias: ``*money_words``)."""
    return [word for item in words for word in (item if isinstance(item, list) else (item,))]


def load_senses(known_types: set[str]) -> Senses:
    raw = _senses_yaml()
    index: dict[str, set[str]] = {}
    for name, words in raw["classes"].items():
        for word in _class_words(words):
            index.setdefault(str(word).lower(), set()).add(str(name))
    known = set(raw["classes"]) | BUILT_IN_CLASSES
    frames = raw["frames"]
    # the words of a contest: "race" is one list, which the words of taking ground and of waging each extend
    contest = raw.get("contest_words") or {}
    return Senses(
        word_classes={word: frozenset(names) for word, names in index.items()},
        verb_frames={str(k): _rules(str(k), v, known, known_types) for k, v in (frames.get("verbs") or {}).items()},
        noun_frames={str(k): _rules(str(k), v, known, known_types) for k, v in (frames.get("nouns") or {}).items()},
        container_nouns=frozenset(str(w).lower() for w in raw.get("container_nouns") or ()),
        political_sectors=frozenset(str(s) for s in raw["political_sectors"]),
        state_sectors=frozenset(str(s) for s in raw["state_sectors"]),
        private_sectors=frozenset(str(s) for s in raw["private_sectors"]),
        political_types=frozenset(str(t) for t in raw["political_types"]),
        debate_sectors=frozenset(str(s) for s in raw["debate_sectors"]),
        debate_types=frozenset(str(t) for t in raw["debate_types"]),
        two_sided_types=frozenset(str(t) for t in raw.get("two_sided_types") or ()),
        separate_participle_types=frozenset(str(t) for t in raw.get("separate_participle_types") or ()),
        contest_verbal=_listed(contest, "verbal"),
        contest_race=_listed(contest, "race") | _listed(contest, "race_taking"),
        contest_bodily=_listed(contest, "bodily"),
        race_words=_listed(contest, "race") | _listed(contest, "race_waging"),
        race_settings=_listed(contest, "race_settings"),
        campaigner_sectors=frozenset(str(s) for s in raw.get("campaigner_sectors") or ()),
        campaigner_groups=frozenset(str(s) for s in raw.get("campaigner_groups") or ()),
        criticised_sectors=frozenset(str(s) for s in raw.get("criticised_sectors") or ()),
        private_persons=frozenset(str(s) for s in raw.get("private_persons") or ()),
        contest_parties=frozenset(str(s) for s in raw.get("contest_parties") or ()),
        armed_sectors=frozenset(str(s) for s in raw.get("armed_sectors") or ()),
        opinion_types=frozenset(str(t) for t in raw.get("opinion_types") or ()),
        opinion_sectors=frozenset(str(s) for s in raw.get("opinion_sectors") or ()),
        private_backing_verbs=frozenset(str(s) for s in raw.get("private_backing_verbs") or ()),
        press_sectors=frozenset(str(s) for s in raw.get("press_sectors") or ()),
        press_asking=frozenset(str(s) for s in raw.get("press_asking") or ()),
        press_answers=frozenset(str(s) for s in raw.get("press_answers") or ()),
        press_courts=frozenset(str(s) for s in raw.get("press_courts") or ()),
        pledge_words=frozenset(str(w) for w in raw.get("pledge_words") or ()),
        pledge_types=frozenset(str(t) for t in raw.get("pledge_types") or ()),
        spending_verbs=frozenset(str(w) for w in raw.get("spending_verbs") or ()),
        campaign_settings=frozenset(str(w) for w in raw.get("campaign_settings") or ()),
        pledger_sectors=frozenset(str(s) for s in raw.get("pledger_sectors") or ()),
        office_taking=frozenset(str(w) for w in raw.get("office_taking") or ()),
        office_won=frozenset(str(w) for w in raw.get("office_won") or ()),
        office_acts=frozenset(str(t) for t in raw.get("office_acts") or ()),
        officeless_sectors=frozenset(str(s) for s in raw.get("officeless_sectors") or ()),
        government_sectors=frozenset(str(s) for s in raw.get("government_sectors") or ()),
        joint_marks=frozenset(str(s) for s in raw.get("joint_marks") or ()),
        uniting_verbs=frozenset(str(s) for s in raw.get("uniting_verbs") or ()),
        candidate_titles=frozenset(str(s) for s in raw.get("candidate_titles") or ()),
        office_conditions=frozenset(str(w) for w in raw.get("office_conditions") or ()),
        open_conditions=frozenset(str(w) for w in raw.get("open_conditions") or ()),
        backshifted_modals=frozenset(str(w) for w in raw.get("backshifted_modals") or ()),
    )


def _rules(key: str, raw: Any, known: set[str], known_types: set[str]) -> tuple[SenseRule, ...]:
    if not isinstance(raw, list):
        raise ConfigError(f"sense frame {key!r}: expected a list of rules, got {raw!r}")
    return tuple(_rule(key, item, known, known_types) for item in raw)


def _rule(key: str, raw: Any, known: set[str], known_types: set[str]) -> SenseRule:
    if not isinstance(raw, dict) or "sense" not in raw:
        raise ConfigError(f"sense frame {key!r}: a rule needs a 'sense', got {raw!r}")
    conditions = tuple(_condition(key, slot, value, known) for slot, value in raw.items() if slot != "sense")
    sense = str(raw["sense"]).strip()
    if sense == "keep":
        return SenseRule(conditions, keep=True)
    return SenseRule(conditions, keep=False, entry=_optional_entry(key, sense, known_types))


def _condition(key: str, slot: str, value: Any, known: set[str]) -> Condition:
    if slot not in SENSE_SLOTS:
        raise ConfigError(f"sense frame {key!r}: unknown slot {slot!r}")
    if value in ("absent", "present"):
        return Condition(slot, str(value))
    mode = "is"
    if isinstance(value, dict) and set(value) == {"not"}:
        mode, value = "not", value["not"]
    if not isinstance(value, list):
        raise ConfigError(f"sense frame {key!r}: slot {slot!r} wants a list, absent, present or {{not: [...]}}")
    classes = frozenset(str(v).lower() for v in value)
    unknown = {c for c in classes if not c.startswith("=") and c not in known}
    if unknown:
        raise ConfigError(f"sense frame {key!r}: unknown classes {sorted(unknown)}")
    return Condition(slot, mode, classes)


def _listed(section: dict[str, Any], name: str) -> frozenset[str]:
    """An optional word list of a data file's section (none when it is missing)."""
    return frozenset(str(w) for w in section.get(name) or ())


def _words(raw: Any, name: str) -> frozenset[str]:
    found = raw.get(name) if isinstance(raw, dict) else None
    if not isinstance(found, list) or not found:
        raise ConfigError(f"event data file 'arguments.yaml': {name!r} must be a non-empty list")
    return _flat_words(found)


def _flat_words(items: list[Any]) -> frozenset[str]:
    """The words of a data list, a list inside it (a YAML alias: ``*opposing_sides``) standing for its words."""
    return frozenset(str(word).lower() for item in items for word in (item if isinstance(item, list) else (item,)))


def _by_lemma(raw: Any, name: str) -> dict[str, frozenset[str]]:
    found = raw.get(name) if isinstance(raw, dict) else None
    if not isinstance(found, dict) or not found:
        raise ConfigError(f"event data file 'arguments.yaml': {name!r} must map lemmas to lists")
    return {str(k).lower(): frozenset(str(w).lower() for w in v) for k, v in found.items()}


def _answered_acts(raw: Any) -> dict[str, str]:
    found = raw.get("answered_acts") if isinstance(raw, dict) else None
    if not isinstance(found, dict) or not found:
        raise ConfigError("event data file 'arguments.yaml': 'answered_acts' must map nouns to PLOVER types")
    return {str(k).lower(): str(v).upper() for k, v in found.items()}


def _document_groups(raw: Any) -> dict[str, frozenset[str]]:
    """Each noun of ``document_groups`` with the nouns of its group (itself among them)."""
    found = raw.get("document_groups") if isinstance(raw, dict) else None
    if not isinstance(found, list) or not all(isinstance(group, list) and group for group in found):
        raise ConfigError("event data file 'arguments.yaml': 'document_groups' must be a list of non-empty lists")
    groups: dict[str, frozenset[str]] = {}
    for group in found:
        words = frozenset(str(w).lower() for w in group)
        for word in words:
            groups[word] = groups.get(word, frozenset()) | words
    return groups


def _insult_nouns() -> frozenset[str]:
    """triggers.yaml's nouns of words thrown at a party, one list that arguments.yaml's giver_from_nouns and
    speaker_possessor_nouns name too."""
    found = _read_yaml("triggers.yaml").get("insult_nouns")
    if not isinstance(found, dict) or not found:
        raise ConfigError("event data file 'triggers.yaml': 'insult_nouns' must map nouns to entries")
    return frozenset(str(w).lower() for w in found)


def load_grammar() -> Grammar:
    raw = _read_yaml("arguments.yaml")
    cue_lexicon = load_cue_lexicon()
    coref = raw.get("coreference") or {}
    definite = {str(word).lower(): kind for kind, words in (coref.get("definite_nouns") or {}).items()
                for word in words}
    if not definite:
        raise ConfigError("event data file 'arguments.yaml': coreference.definite_nouns is empty")
    receiving = _by_lemma(raw, "receiving")
    insults = _insult_nouns()
    return Grammar(
        subject_control_with_object=_words(raw, "subject_control_with_object"),
        object_control_verbs=_words(raw, "object_control_verbs"),
        object_control_prepositions=_words(raw, "object_control_prepositions"),
        target_prepositions=_words(raw, "target_prepositions"),
        owner_probed_prepositions=_words(raw, "owner_probed_prepositions"),
        particle_adverbs=_words(raw, "particle_adverbs"),
        particle_prepositions=_words(raw, "particle_prepositions"),
        directives=_by_lemma(raw, "directives"),
        patient_nouns=_words(raw, "patient_nouns"),
        undergoer_possessor_nouns=_words(raw, "undergoer_possessor_nouns"),
        holding_verbs=_words(raw, "holding_verbs"),
        aimed_purpose_verbs=_words(raw, "aimed_purpose_verbs"),
        purpose_nouns=_words(raw, "purpose_nouns"),
        purpose_participles=_words(raw, "purpose_participles"),
        sending_verbs=_words(raw, "sending_verbs"),
        furnishing_verbs=_words(raw, "furnishing_verbs"),
        path_prepositions=_words(raw, "path_prepositions"),
        receiving=receiving,
        receiving_verbs=frozenset(receiving),
        receiving_sources=_words(raw, "receiving_sources"),
        opposing_sides=_words(raw, "opposing_sides"),
        opposing_side_types=frozenset(w.upper() for w in _words(raw, "opposing_side_types")),
        reflexive_endings=tuple(sorted(_words(raw, "reflexive_endings"))),
        responding_verbs=_words(raw, "responding_verbs"),
        second_person=_words(raw, "second_person"),
        singular_third_person=_words(raw, "singular_third_person"),
        reciprocal_pronouns=_words(raw, "reciprocal_pronouns"),
        addressee_prepositions=_words(raw, "addressee_prepositions"),
        response_nouns=_words(raw, "response_nouns"),
        undergoer_roles=_words(raw, "undergoer_roles"),
        provoking=_words(raw, "provoking"),
        provoked_types=_words(raw, "provoked_types"),
        meeting_frames=_words(raw, "meeting_frames"),
        circumstance_marks=_words(raw, "circumstance_marks"),
        joint_action_verbs=_words(raw, "joint_action_verbs"),
        partner_object_verbs=_words(raw, "partner_object_verbs"),
        answered_acts=_answered_acts(raw),
        making_verbs=_words(raw, "making_verbs"),
        document_groups=_document_groups(raw),
        protest_frames=_by_lemma(raw, "protest_frames"),
        claiming_verbs=_words(raw, "claiming_verbs"),
        responsibility_nouns=_words(raw, "responsibility_nouns"),
        giver_from_nouns=_words(raw, "giver_from_nouns") | insults,
        asker_of_nouns=_words(raw, "asker_of_nouns"),
        message_nouns=_words(raw, "message_nouns"),
        authored_texts=cue_lexicon.message_nouns | cue_lexicon.evidence_nouns,
        issuing_verbs=_words(raw, "issuing_verbs"),
        time_words=_words(_senses_yaml()["classes"], "time_word"),
        speaker_possessor_nouns=_words(raw, "speaker_possessor_nouns") | insults,
        said_content_nouns=_words(raw, "said_content_nouns"),
        said_content_prepositions=_words(raw, "said_content_prepositions"),
        involving_verbs=_words(raw, "involving_verbs"),
        participation_nouns=_words(raw, "participation_nouns"),
        relational_nouns=_words(raw, "relational_nouns"),
        same_side_nouns=_words(raw, "same_side_nouns"),
        member_nouns=_words(raw, "member_nouns"),
        other_side_modifiers=_words(raw, "other_side_modifiers"),
        part_nouns=_words(raw, "part_nouns"),
        aspect_nouns=_words(raw, "aspect_nouns"),
        judged_vias=_words(raw, "judged_vias"),
        object_required=_words(raw, "object_required"),
        two_object_verbs=_words(raw, "two_object_verbs"),
        state_acts={str(k).lower(): str(v).upper() for k, v in (raw.get("state_acts") or {}).items()},
        fault_predicates=_words(raw, "fault_predicates"),
        distrust_verbs=_words(raw, "distrust_verbs"),
        foretold_harms=_by_lemma(raw, "foretold_harms"),
        naming_verbs=_words(raw, "naming_verbs"),
        merit_predicates=_words(raw, "merit_predicates"),
        office_bound_merits=_words(raw, "office_bound_merits"),
        office_complements=_words(raw, "office_complements"),
        blame_predicates=_words(raw, "blame_predicates"),
        blame_prepositions=_words(raw, "blame_prepositions"),
        wrongdoing_verbs=_words(raw, "wrongdoing_verbs"),
        concealing_verbs=_words(raw, "concealing_verbs"),
        concealed_information=_words(raw, "concealed_information"),
        commission_verbs=_words(raw, "commission_verbs"),
        coreference=Coreference(reach=int(coref.get("reach", 2)),
                                repeated_reach=int(coref.get("repeated_reach", coref.get("reach", 2))),
                                plural_pronouns=_words(coref, "plural_pronouns"),
                                pleonastic_verbs=_words(coref, "pleonastic_verbs"),
                                definite_nouns=definite,
                                fresh_adjectives=_words(coref, "fresh_adjectives"),
                                described_groups=_words(coref, "described_groups"),
                                masculine=_words(coref, "masculine"),
                                feminine=_words(coref, "feminine"),
                                disapproval_verbs=_words(coref, "disapproval_verbs"),
                                disapproval_nouns=_words(coref, "disapproval_nouns")),
    )


@lru_cache(maxsize=1)  # read once per process; the result is frozen
def grammar() -> Grammar:
    """Layer 4's word lists, for the functions that choose a phrase's actor without the coder's tables."""
    return load_grammar()


def _class_members(senses: Senses, name: str) -> frozenset[str]:
    """The words of one class of senses.yaml."""
    return frozenset(word for word, classes in senses.word_classes.items() if name in classes)


def load_tables() -> Tables:
    """Read every event data file once (the stage calls this at construction)."""
    ontology = load_ontology()
    known_types = set(ontology.types)
    lexicon = load_lexicon(known_types)
    senses = load_senses(known_types)
    cues = replace(load_cues(), **{cue: _class_members(senses, name) for cue, name in SENSE_CLASS_CUES.items()})
    return Tables(
        ontology=ontology,
        lexicon=replace(lexicon, counting_nouns=lexicon.measure_nouns | cues.partitive),
        cues=cues,
        context_words=load_context_words(),
        senses=senses,
        grammar=grammar(),
    )
