"""Layer 4 of the coder, arguments: who acts and on whom — the actor and recipient sides of an event, whether
they act on each other (reciprocal), and who says so (attributed_to).

Where the participants sit depends on the sense: the subject acts, or suffers in the passive ("were killed
by X"); an inverse sense swaps the sides ("India *received* missiles from Russia"); a demand told through a
modal is the speaker's, made of the clause's subject; a bare event noun names its sides in its modifiers and
prepositions ("India's purchase of rifles from Russia", "the meeting between Modi and Putin"). Which phrase
names the recipient is ranked by :mod:`accord.events.recipients`; which stretch of text names an actor, and
the actor it names, by :mod:`accord.events.participants`. An unresolved side takes the country its sentence or
story names (:mod:`accord.actors.country_from_context`).

It also decides that some frames tell no political event: harm done by a natural cause, a document as the doer
of a cooperative act, an act in a free relative clause ("by what they promise"), a bare event noun with one side
only, an event with nobody identifiable.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, cast

from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from accord.actors.binding import inside_quotation, reported_by, reporting_speaker
from accord.actors.country_from_context import MEDIA_SECTOR, lend_story_country, lend_to_side
from accord.doc_index import quotation_start, sentence_of, token_table, tokens_text
from accord.events.candidates import (
    HARM_TYPES,
    NAMED_AT_FAULT,
    SAID_AT_FAULT,
    noun_governor,
    particular,
    possessor_undergoes,
    received_noun,
    receiving_ways,
    said_by_its_speaker,
)
from accord.events.coreference import RULE as COREFERENCE_RULE
from accord.events.frames import Frame
from accord.events.participants import (
    STANCE_TYPES,
    ActorLookup,
    actors_of,
    best_actors,
    dedupe,
    is_pronoun,
    judges_own,
    modifier_actors,
    names_someone,
    party,
    restricted_actors,
    same_actor,
)
from accord.events.recipients import (
    AIMED_AT_TYPES,
    NAMED_ADDRESSEE,
    NOUN_PREP_ORDER,
    authors,
    find_recipients,
    frame_partners,
    inner_authors,
    place_undergoer,
    relative_antecedent,
)
from accord.events.roles import doer_of
from accord.events.syntax import has_infinitive, phrase_head, subject_of
from accord.events.tables import Cues, Grammar, Tables
from accord.events.triggers import forms, in_group, lemma
from accord.events.valency import slot_is
from accord.records import Actor
from accord.syntax import NOMINAL_SUBJECT_DEPS, has_modal, has_nominal_subject
from accord.words import shared_words

RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "ASSAULT"})
# Words thrown at a side, which coordinated parties may throw at each other with the verbs of fighting and trading
# blows (:func:`_mutual_act`: "X and Y traded insults", "X and Y clashed over taxes")
MUTUAL_WORD_TYPES = frozenset({"ACCUSE"})
# the types whose coordinated parties may act against each other: force, and the words above
HOSTILE_MUTUAL_TYPES = MUTUAL_WORD_TYPES | {"ASSAULT"}
RECIPROCAL_CLIMB = 3  # "each other" -> "'s policies" -> "attacked": how far a reciprocal pronoun is from its verb
HOSTILE_ACT_TYPES = HARM_TYPES | {"SANCTION", "THREATEN"}  # acts whose doer a stance towards them is against
NATURAL_HARM_TYPES = HARM_TYPES | {"THREATEN"}  # what a flood or a fire can do: no political act when it does
ONE_SIDED_TYPES = frozenset({"PROTEST"})  # the protesters are the whole event: no target need be named
COOPERATIVE_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"})
# Words and demands aimed at a party, which the one who responds to them underwent (:func:`_answerer`)
ANSWERED_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST"})
MUTUAL_TYPES = frozenset({"AGREE", "COOPERATE"})  # acts that both sides do: receiving one makes a party of it
# Phrases that name a party, never a venue: "Syrian and Australian activists protested *against* the Syrian
# government" keeps its target though one of the protesters is Syrian.
LOCATIVE_PREPOSITIONS = shared_words().locative_prepositions  # "signed ... *in* Beijing": reached as a place
ADDRESSEE_VIAS = frozenset({"addressee"})  # a directive's addressee (recipients.addressee)
MOVEMENT_TYPES = frozenset({"MOBILIZE", "RETREAT"})  # a force moving: what moves is its own side
CAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "prep"})
FREE_RELATIVES = frozenset({"what", "whatever"})
RESTRICTED_OTHERS = frozenset({"dobj", "dative", "agent"})  # a restricting clause's own other parties
# Named entities that, modifying an event noun, name the state, nation or body that did the act ("Russian vetoes").
PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG"})
NAMED_PARTIES = PARTY_ENTITIES | {"PERSON"}  # a named person acts as a named state or body does
PARTY_MODIFIER_DEPS = frozenset({"amod", "compound"})
# Where a sentence takes an act its noun names as given: its subject or predicate ("*Russian vetoes* hampered ...",
# "it was *Russian vetoes* that ..."); and a circumstance, whose preposition is not one of a goal ("hoped *for*").
GIVEN_ACT_DEPS = frozenset({"nsubj", "nsubjpass", "attr", "appos", "ROOT"})
GOAL_PREPOSITIONS = frozenset({"for", "to", "toward", "towards"})
# The labels the parser gives a naming verb's predicate noun ("called him *a liar*")
PREDICATE_NOUN_DEPS = frozenset({"oprd", "attr"})
WEAPON_CLASSES = frozenset({"weapon", "projectile"})  # senses.yaml classes: arms fired, thrown or set off
ARMED_ACT, MILITARY_STRIKE = "armed_act", "military_strike"  # senses.yaml classes: acts of armed force, their modifiers
BLAST_DOERS = frozenset({"NORP", "ORG", "PERSON"})  # named entities that say whose a blast was (a place says where)
# Acts of the speaker on the subject of what it says: a demand ("X said Y must go"), a threat ("X said Y would pay")
SPEAKER_ON_SUBJECT = frozenset({"obligation", "warning"})
THREAT_TYPES = frozenset({"THREATEN"})  # acts whose target is who would suffer the act threatened
DIRECTIVE_TYPES = frozenset({"REQUEST"})  # acts whose target is whom they ask, not the object of what is asked
CLIMB_PHRASES = 8  # phrases climbed at most from a "when" clause to the verb it tells the circumstance of
# senses.yaml classes of nouns for people, bodies and forces: an object of one of them is a party
PARTY_CLASSES = frozenset({"person", "agent_noun", "armed_side", "post_holder", "dissenter", "press_corps", "kin",
                           "competitor", "serviceman", "captive", "detainable", "electorate", "private_backer"})
# where a passive's by-phrase may be stranded on a time or place noun, and the entity labels of times and places
STRANDING_PREPOSITIONS = frozenset({"at", "in", "on", "during", "near", "outside", "inside"})
WHEN_OR_WHERE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
NAMED_PLACES_OR_PARTIES = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON"})
NESTED_QUOTATION = "\u2018"  # the opening single mark of a quotation inside a quotation
NESTED_CLOSING = "\u2019"  # its closing mark, which is also the apostrophe
QUOTED_RULE = "+quoted-speaker"  # a quotation's "I" or "we", its speaker named outside the event's sentence
FIRST_PERSON = shared_words().pronouns(("first_plural", "first_singular"), ("subject",))
# The speaker as the object: "me", and "us", which words.yaml keeps apart as an object only in lower case (its
# capitals are the country's, "US"): read here only from a pronoun that is not written in capitals.
FIRST_PERSON_OBJECTS = shared_words().pronouns(("first_plural", "first_singular"), ("object",)) \
    | shared_words().lower_case_objects
# a quotation's or a report's "us" or "me" bound to its speaker: a pronoun resolved, as coreference resolves one
SPEAKER_OBJECT_RULE = f"{COREFERENCE_RULE}+speaker-object"


@dataclass(frozen=True, slots=True)
class Setting:
    """What the sentence around an event tells about its parties' countries."""

    home: str | None = None  # the one country the sentence names
    story: str | None = None  # the one country the story names, when the sentence names none


@dataclass(frozen=True, slots=True)
class Arguments:
    """The sides of an event."""

    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    reciprocal: bool  # the sides act on each other ("talks between X and Y", "clashes with Z")
    attributed_to: Actor | None  # who says the event happened


def arguments_of(doc: Doc, frame: Frame, tables: Tables, lookup: ActorLookup,
                 setting: Setting = Setting(), quoted: Actor | None = None) -> Arguments | None:
    """The sides of the event of ``frame``; None when the frame tells no political event. ``quoted`` is the
    speaker of the direct quotation holding the event's trigger, as the quote stage attributed it."""
    if frame.type in NATURAL_HARM_TYPES and (_natural_cause(frame, tables) or _blast_alone(frame, tables)):
        return None
    if not frame.nominal and (_document_acts(frame, tables) or _free_relative(frame.top)):
        return None
    speaker_actors = _speaker_actors(doc, frame.speaker, lookup)
    if frame.modality in (SAID_AT_FAULT, NAMED_AT_FAULT):
        judge, judged = _judgement_sides(doc, frame, lookup, speaker_actors or _quoted_judge(frame, quoted),
                                         tables)
        # a fault the judge finds in itself is admitted ("IS said it was responsible for the attack")
        judged = [j for j in judged if not same_actor(j, judge)]
        if not judged:
            return None  # "said the decision was illegal": a fault found in a thing accuses nobody named
        actor, recipient, via = judge, judged, "judged"
    elif frame.modality in SPEAKER_ON_SUBJECT and speaker_actors:
        actor = speaker_actors
        recipient = _obliged(doc, frame, lookup, tables)
        via = "obligation"
    elif frame.nominal and not frame.chain:
        actor, recipient, via = _nominal_participants(doc, frame.trigger, lookup, _hostile(frame.type),
                                                      tables.grammar, frame.type in AIMED_AT_TYPES)
        actor = _without_partner(actor, frame) or _light_relative_doer(doc, frame.trigger, lookup, tables)
        if not recipient and frame.type in HARM_TYPES and (recipient := _relative_undergoer(doc, frame, lookup,
                                                                                            tables)):
            via = "relative"
        if not recipient and (recipient := _state_undergoer(doc, frame, lookup, tables)):
            via = "received"
        if not recipient and frame.type not in MUTUAL_TYPES \
                and (recipient := _role_undergoer(doc, frame.trigger, lookup, tables.grammar)):
            via = "role"
        if not recipient and frame.type == "ACCUSE" and (recipient := _charged_in_content(doc, frame.trigger, lookup)):
            via = "content"  # "Moscow's accusation *that Britain* staged the attack": Britain is charged
        # one answers words or demands aimed at oneself; a third party answers an act of force done to others
        # ("responded to the bombing in Kabul") or an endorsement ("responded to her endorsement of X") as a comment
        if not recipient and (frame.type in ANSWERED_TYPES or _campaigners_attack(frame, actor, tables)) \
                and (recipient := _answerer(doc, frame.trigger, lookup, tables.grammar)):
            via = "answered"
        joined = not actor and bool(actor := _traveller(doc, frame.trigger, lookup, tables, frame.type))
        took_part = not actor and bool(actor := _participant(doc, frame.trigger, lookup, tables.grammar))
        came_for = joined and frame.trigger.head.lower_ == "for"  # who came for talks needs no partner named
        if came_for and not recipient:
            recipient, via = find_recipients(doc, frame, lookup, actor, tables.grammar, _hostile_acts(frame, tables))
        if not actor and frame.type in ONE_SIDED_TYPES:
            actor = _protester(doc, frame.trigger, lookup, tables)
        if not actor and frame.type in HARM_TYPES:
            actor = _claimant(doc, frame.trigger, lookup, tables.grammar)
        # a bare event noun names one side only and mostly comments on an act ("Putin's visit was symbolic");
        # a noun of physical harm asserts the act itself ("fled the shelling of X by Y", "the US strike on Z"),
        # and so does a noun of dissent, whose one side is the whole event ("a protest by farmers"),
        # and a noun whose doer its phrase names, as a passive's agent ("prompted a rebuke by Chile", "fled after
        # a threat from X", "came at the request of Y": _named_doer) or as a state's or a body's name modifying
        # it ("Russian vetoes", "the NATO withdrawal": _party_modifier; a possessor may own a mere stance or
        # plan, "Turkey's concerns", "his proposal", and does not count, but the possessor of a thing said is
        # who said it: "Parliament's demand for an inquiry", candidates.said_by_its_speaker)
        by_agent = actor and (_named_doer(frame.trigger, tables.grammar) or _party_modifier(frame.trigger)
                              or said_by_its_speaker(frame.content, tables.grammar))
        if not actor and via == "against" and lemma(frame.trigger) in tables.cues.clash_nouns:
            return None  # "the fight against Isis", "the war against the cartels": a campaign, no one occurrence
        if not (actor and (recipient or came_for or by_agent or took_part)) \
                and not (frame.type in HARM_TYPES and (actor or recipient)) \
                and not (frame.type in ONE_SIDED_TYPES and actor) \
                and not (frame.type in HARM_TYPES | ONE_SIDED_TYPES and _happens(frame.trigger, tables)):
            return None
    else:
        actor, recipient, via = _verbal_participants(doc, frame, lookup, speaker_actors, tables, quoted)
        if not actor and frame.type not in HARM_TYPES | ONE_SIDED_TYPES and _caused_noun(frame, tables) is not None:
            return None  # "the fighting increased pressure on X": pressure from nobody named, as a bare noun's
    # a quotation's "I" or "we" completes an event its sentence tells with a party of its own; a speaker named in
    # another sentence makes no political event of words that name nobody else ("“I have met him often.”")
    only_quoted = bool(actor) and all((a.rule or "").endswith(QUOTED_RULE) for a in actor)
    # the doer's own people may be whom a directive addresses ("ordered *his generals* to"), not whom it acts on,
    # and whom a stance is towards ("defended *his* campaign manager": participants.judges_own)
    recipient = [r for r in recipient if not same_actor(
        r, actor, owned=via not in ADDRESSEE_VIAS and not judges_own(doc, frame.type, r, via))]
    if not recipient and frame.type in tables.grammar.opposing_side_types and not _self_directed(frame, tables.grammar):
        # "accusations from *his* rivals": aimed at him (inside the doer's own words, so after the filter above)
        recipient = _opposed_by_doer(doc, actor, lookup, tables.grammar)
    if setting.home is not None:
        home = setting.home

        def visiting(actor: Actor) -> bool:
            return _visiting_party(doc, actor, tables)

        recipient = lend_to_side(recipient, actor, home, visiting, victims=True)
        if tables.ontology.info(frame.type).quad.startswith("material"):
            actor = lend_to_side(actor, recipient, home, visiting)  # "supporters of X blocked roads in Algiers"
    if setting.story is not None:
        actor = lend_story_country(actor, setting.story)
        recipient = lend_story_country(recipient, setting.story, victims=True)
    if not any(a.country or a.sector for a in (*([] if only_quoted else actor), *recipient)) \
            and via != NAMED_ADDRESSEE \
            and not _doer_left_unsaid(frame, tables):
        return None  # nobody identifiable: "20 people were killed" alone is no political event
    reciprocal = via in ("between", "clash") or (via == "with" and frame.type in RECIPROCAL_TYPES)
    countries = {a.country for a in actor if a.country}
    if len(countries) > 1 and via in LOCATIVE_PREPOSITIONS \
            and set() < {r.country for r in recipient if r.country} <= countries:
        # "Russia and China signed ... in Beijing": the place is one of the parties; a target with no country
        # ("France and Germany attacked the rebels") or reached as the object ("... attacked Kabul") is none
        recipient = []
    parties = {party(a) for a in actor if a.country}
    if len(parties) > 1 and not recipient and (_each_other(frame, tables.grammar) or (
            frame.type in RECIPROCAL_TYPES | MUTUAL_WORD_TYPES and _mutual_act(frame, tables.cues))):
        # "India and Russia signed ..." is mutual, and so is "Hamas and Fatah met"; "Japan and the US expressed
        # concern" is a joint act
        first = actor[0]
        actor, recipient, reciprocal = [first], [a for a in actor[1:] if party(a) != party(first)], True
    attributed = _attribution(doc, frame.speaker, speaker_actors)
    return Arguments(tuple(actor), tuple(recipient), reciprocal, attributed)


def _self_directed(frame: Frame, grammar: Grammar) -> bool:
    """The act's missing target is its doers: a reciprocal ("accused *each other*") or reflexive pronoun ("fought
    *among themselves*", "defended *himself*") among the event's own words."""
    return _each_other(frame, grammar) or any(
        t.pos_ == "PRON" and t.lower_.endswith(grammar.reflexive_endings) for t in frame.top.subtree)


def _opposed_by_doer(doc: Doc, actor: list[Actor], lookup: ActorLookup, grammar: Grammar) -> list[Actor]:
    """Whom a doer named by its opposition stands against ("*his* rivals", "*Clinton's* critics"): the possessor
    of the doer's phrase, when that phrase is headed by a word of ``opposing_sides``."""
    found: list[Actor] = []
    for side in actor:
        span = doc.char_span(side.start, side.end) if side.start is not None and side.end is not None else None
        if span is None or lemma(span.root) not in grammar.opposing_sides:
            continue
        owner = next((c for c in span.root.children if c.dep_ == "poss"), None)
        if owner is not None:
            found.extend(a for a in actors_of(doc, owner, lookup) if a.name is None or a.name != side.name)
    return dedupe(found)


def _obliged(doc: Doc, frame: Frame, lookup: ActorLookup, tables: Tables) -> list[Actor]:
    """Whom a speaker's demand or warning is made of: the subject of what it says must or will happen ("X said *Y*
    must go", "X said *Y* would pay"). A demand told in the passive ("X told Democrats that Y must be defeated") is
    made of whoever is to do the act, not of the one it is to be done to: the by-agent, else the one the speaker
    told ("Democrats"; not reporters nor an outlet, who hear it: senses.yaml press_corps, the media sector), else
    nobody named."""
    verb = frame.top
    subject = subject_of(verb)
    if frame.modality == "obligation" and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        told = [c for c in verb.head.children if c.dep_ in ("dobj", "dative") and not slot_is(c, "press_corps", tables)
                ] if verb.dep_ == "ccomp" else []
        found = next((found for phrase in agents + told if (found := actors_of(doc, phrase, lookup))), [])
        return found if not told or any(a.sector != MEDIA_SECTOR for a in found) else []  # "told POLITICO"
    return actors_of(doc, subject, lookup) if subject is not None else []


def _each_other(frame: Frame, grammar: Grammar) -> bool:
    """The event's own words take a reciprocal pronoun, as an object, a preposition's object or a possessor
    ("attacked *each other*", "accused *one another* of lying", "attacked *each other's* policies", "clashed with
    *each other*"): its coordinated subjects are each the other's target, whatever the act."""
    own = {frame.trigger.i, frame.top.i, *(v.i for v in frame.chain)}
    doc = frame.top.doc
    for token in doc[frame.top.sent.start + 1:frame.top.sent.end]:
        if f"{doc[token.i - 1].lower_} {token.lower_}" not in grammar.reciprocal_pronouns:
            continue
        # the pair's head word ("each *other*", "*one* another"), then up through a possessed noun or a preposition
        node = token if token.head.i != token.i - 1 else token.head
        for _ in range(RECIPROCAL_CLIMB):
            if node.i in own:
                return True
            if node.dep_ not in ("dobj", "pobj", "poss", "prep", "dative") or node.head.i == node.i:
                break
            node = node.head
        if node.i in own:
            return True
    return False


def _mutual_act(frame: Frame, cues: Cues) -> bool:
    """Whether the coordinated parties of an act with no other side act on each other. Agreeing, meeting and
    cooperating take a partner, so "India and Russia signed ..." is each with the other; force takes a target, so
    "Russian and Syrian jets bombed the town" is allies striking together, and only fighting words ("Indian and
    Chinese troops clashed", "the armies exchanged fire") set the sides against each other. So too in words: "X and
    Y criticised the plan" is a joint act, but "X and Y traded barbs", "... exchanged insults", "... clashed over
    taxes" is each side's attack on the other."""
    if frame.type not in HOSTILE_MUTUAL_TYPES:
        return True
    word = lemma(frame.trigger)
    return word in cues.clash_nouns or word in cues.mutual_force_verbs


def _relative_undergoer(doc: Doc, frame: Frame, lookup: ActorLookup, tables: Tables) -> list[Actor]:
    """Whom an act of force a noun names was done to, told by a clause on the noun whose subject the act is and
    whose verb is itself an act of force: "a Somali attack *that targeted the Kenyan embassy*", "an offensive
    *targeting the YPG*" (a relative pronoun or a participle without a subject of its own). Its object suffered
    the act; a clause of another kind ("the raid that freed the hostages") tells no harm to its object."""
    noun = frame.trigger
    for clause in noun.children:
        if clause.dep_ not in ("relcl", "acl") or _passive_or_agentive(clause) or not _forceful(clause, tables):
            continue
        subjects = [c for c in clause.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
        relative = clause.dep_ == "relcl" and any(s.tag_ == "WDT" for s in subjects)
        participle = clause.dep_ == "acl" and not subjects and clause.tag_ == "VBG"
        if not (relative or participle):
            continue
        for obj in (c for c in clause.children if c.dep_ == "dobj"):
            found = actors_of(doc, obj, lookup)
            if found:
                return found
    return []


def _without_partner(actors: list[Actor], frame: Frame) -> list[Actor]:
    """The other word of a two-word event noun names the act, not a party: "*hostage*-taking" (a mention that
    spans the event noun too names its doer: "suicide bombers")."""
    partner = frame.content.partner
    if partner is None:
        return actors
    return [a for a in actors if not a.covers(partner.idx) or a.covers(frame.trigger.idx)]


def _blast_alone(frame: Frame, tables: Tables) -> bool:
    """An explosion, a blast or a blaze as what did the harm, with neither a weapon nor a doer named in its phrase
    ("an explosion killed eleven staff"), may as well be an accident: no political act. "A car bomb blast", "the
    Taliban blast" name what or who did it."""
    subject = subject_of(frame.top) if frame.chain else None
    if subject is None or subject.dep_ != "nsubj" or subject.i == frame.trigger.i \
            or lemma(subject) not in tables.cues.doerless_harm:
        return False
    said = [t for t in subject.subtree if t.i != subject.i]
    return not any(_weapon(t, tables) or t.ent_type_ in BLAST_DOERS for t in said)


def _doer_left_unsaid(frame: Frame, tables: Tables) -> bool:
    """An act of force or of protest told without its doer, who is left unsaid, not absent: an agentless passive
    of a verb only someone does ("rifles were seized", "shops were looted", "a grenade was thrown", "raids were
    carried out", "rallies were held"), a weapon as the subject standing for whoever used it ("a shell hit
    the market"), or the event noun as the subject of a verb of happening ("clashes erupted"). Harm
    that an accident does as well ("were killed", "was destroyed") counts only with a weapon named in its clause
    ("were killed when a roadside bomb went off"); "20 people were killed" alone still tells no political
    event."""
    if frame.type not in HARM_TYPES | ONE_SIDED_TYPES:
        return False
    accidental = lemma(frame.trigger) in tables.cues.doerless_harm
    if _happens(frame.trigger, tables):
        return not accidental  # "clashes erupted", "the protest took place"; not "an explosion occurred"
    if not frame.chain:
        return False
    top = frame.top
    subject = subject_of(top)
    if subject is not None and subject.dep_ == "nsubj":
        # active: the doer is said, or the subject is the weapon used, or the public protests ("thousands marched")
        return _weapon(subject, tables) or (frame.type in ONE_SIDED_TYPES and _crowd(subject, tables))
    if not _agentless_passive(top):
        return False
    if frame.type in ONE_SIDED_TYPES or not accidental:
        return True
    return _weapon_in_clause(top, tables)


def _crowd(subject: Token, tables: Tables) -> bool:
    """A count or a mass of people: "thousands", "tens of thousands", "a crowd", "5,000", "dozens of cleaners".
    Counted, they are the public, whose protest is one though no actor record names them."""
    return subject.tag_ == "CD" or lemma(subject) in tables.cues.crowd_counts


def _weapon_in_clause(verb: Token, tables: Tables) -> bool:
    """A weapon named as what did the harm: the subject of the verb's time or cause clause ("when a landmine
    went off"), its with- or by-phrase ("killed with a grenade"), or a loose noun the parser hangs on the verb
    or on a verb coordinated with it ("were wounded when a bomb, planted by X, detonated"); or the act of arms
    the harm was done in, its in- or during-phrase ("was killed *in an air strike*", "were wounded *in the
    shelling*", "died *in a bomb blast*"): an accident or a storm kills too ("killed in a crash"), an attack is
    done by someone."""
    clauses = [verb, *(c for c in verb.children if c.dep_ == "conj"), *_adverbial_clauses(verb)]
    named = [t for clause in clauses for t in clause.children if t.dep_ in ("nsubj", "nsubjpass", "npadvmod")]
    named += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("with", "by")
              for o in p.children if o.dep_ == "pobj"]
    done_in = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
               for o in p.children if o.dep_ == "pobj"]
    return any(_weapon(t, tables) for t in named) \
        or any(_armed_act(t, tables) or any(c.dep_ == "compound" and _weapon(c, tables) for c in t.children)
               for t in done_in)


def _happens(noun: Token, tables: Tables) -> bool:
    """An event noun told as having happened: the subject of a verb of happening ("clashes *erupted*", "the rally
    *took place*"), the passive subject of a verb of witnessing ("heavy fighting *was reported*"), or the subject of
    what it did ("the clashes *left* ten dead", "the strike *has paralysed* the port"; :func:`_did_something`)."""
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if noun.dep_ == "nsubjpass":
        return in_group(verb, tables.cues.witnessing) and not has_modal(verb)
    if noun.dep_ != "nsubj":
        return False
    # the verb's forms, not its lemma alone: the lemmatiser errs on some ("raging" -> "rag")
    phrasal = {f"{form} {c.lower_}" for form in forms(verb) for c in verb.children if c.dep_ in ("prt", "dobj")}
    return in_group(verb, tables.cues.occurrence) or bool(phrasal & tables.cues.occurrence) \
        or _did_something(noun, tables)


def _did_something(noun: Token, tables: Tables) -> bool:
    """An act as the doer of a past deed ("the clashes *left* ten dead", "the protests *have spread*", "the strike
    *shut down* the port"; cues.yaml's deeds_of_acts): what it did presupposes that it happened, as a verb of
    happening says outright. Not a present or a modal predicate, which may tell what such acts do in general or
    might do ("strikes close ports", "a strike could close the port"), nor a state of conflict ("the war forced
    millions to flee" describes a war, it reports no act in it)."""
    verb = noun.head
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and lemma(c) == "have"
                                                             for c in verb.children))
    return (past and verb.pos_ == "VERB" and not has_modal(verb) and particular(noun)
            and lemma(verb) in tables.cues.deeds_of_acts
            and "conflict_state" not in tables.senses.word_classes.get(lemma(noun), frozenset()))


def _weapon(token: Token, tables: Tables) -> bool:
    """Arms, explosives or munitions (senses.yaml's classes weapon and projectile): "a roadside bomb", "shells"."""
    classes = tables.senses.word_classes.get(lemma(token), frozenset())
    return bool(classes & WEAPON_CLASSES)


def _quoted_judge(frame: Frame, quoted: Actor | None) -> list[Actor]:
    """'"*I* don't think Y is fit," X said': the first person whose belief reports a judgement inside a direct
    quotation is the quotation's speaker, as the quote stage attributed it; so is the judge of a charge in a
    quotation whose sentence has no verb of saying ('"They lied on the forms." (accord.events.quoted_charges)')."""
    speaker = frame.speaker
    if quoted is not None and speaker is None and quotation_start(frame.top.doc, frame.top.idx) is not None:
        # '“They lied on official forms.”' with no verb of saying in the sentence: the quotation's speaker judges
        return [quoted if _in_sentence(quoted, frame.top) else replace(quoted, rule=f"{quoted.rule or 'speaker'}"
                                                                                  f"{QUOTED_RULE}")]
    if quoted is None or speaker is None or speaker.lower_ not in FIRST_PERSON \
            or quotation_start(speaker.doc, speaker.idx) is None:
        return []
    sentence = sentence_of(speaker)
    if quoted.start is not None and sentence.start_char <= quoted.start < sentence.end_char:
        return [quoted]
    # a speaker named in another sentence: the pronoun is the speaker's mention here (an event's spans lie in its
    # own sentence), as in _verbal_participants
    return [replace(quoted, text=speaker.text, start=speaker.idx, end=speaker.idx + len(speaker.text),
                    rule=f"{quoted.rule or 'speaker'}{QUOTED_RULE}")]


def _in_sentence(actor: Actor, token: Token) -> bool:
    sentence = sentence_of(token)
    return actor.start is not None and sentence.start_char <= actor.start < sentence.end_char


def _judgement_sides(doc: Doc, frame: Frame, lookup: ActorLookup, speaker_actors: list[Actor],
                     tables: Tables) -> tuple[list[Actor], list[Actor]]:
    """Who finds fault and in whom: the speaker and the copula's subject ("X said *Y* was guilty"), or whom the
    speaker speaks to when that subject is in the second person (:func:`_spoken_to`); the naming verb's subject
    and object ("X called *Y* a liar", "Y, *whom* X called a liar"), or in the passive its by-agent and subject
    ("*Y* was branded a liar by X")."""
    grammar = tables.grammar
    top = frame.top
    subject = subject_of(top)
    # "the senator, *who* was branded a liar": the relative pronoun stands for the noun its clause hangs on
    judged = _judged(doc, relative_antecedent(subject), lookup) if subject is not None else []
    if frame.modality == SAID_AT_FAULT:
        if not judged and subject is not None and _second_person(subject, grammar):
            spoken_to = _spoken_to(doc, top, lookup, grammar, tables.cues)
            judged = [a for a in spoken_to if not same_actor(a, speaker_actors)]
        return speaker_actors, judged
    if subject is not None and (subject.dep_ == "nsubjpass" or _own_passive(top)):
        # "while *being portrayed* as a flip-flopper": a passive participle takes the subject of its head clause
        return _agent(doc, frame, lookup) or _agent_on_predicate(doc, frame.trigger, lookup), judged
    named = next((c for c in top.children if c.dep_ in ("dobj", "dative")), None)
    if named is None:  # "called [her actions careless]": the small clause's subject is who is named
        named = next((s for c in top.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
                      if s.dep_ == "nsubj"), None)
    if named is None:  # "called [the party leader] [a liar]": both nouns taken as predicates; the first is named
        named = _first_of_two_predicates(top, frame.trigger)
    namer = actors_of(doc, subject, lookup) if subject is not None else []
    if subject is not None and is_pronoun(subject) and not namer:
        namer = speaker_actors
    if named is None:
        return namer, []
    # "the minister, *whom* the senator called a liar": the relative pronoun named stands for the noun its clause
    # hangs on, as a relative subject does above
    named = relative_antecedent(named)
    # an active verb takes no by-agent: a by-phrase the parser hung on it belongs to the act named ("described
    # the arrests *by the police* as arbitrary")
    return namer, _judged(doc, named, lookup) or [a for b in top.children if b.dep_ == "prep" and b.lower_ == "by"
                                                  for o in b.children if o.dep_ == "pobj"
                                                  for a in actors_of(doc, o, lookup)]


def _second_person(subject: Token, grammar: Grammar) -> bool:
    """The subject is "you", or owned by "you" ("*your* plan is a disgrace")."""
    return subject.lower_ in grammar.second_person or any(
        c.dep_ == "poss" and c.lower_ in grammar.second_person for c in subject.children)


def _spoken_to(doc: Doc, clause: Token, lookup: ActorLookup, grammar: Grammar, cues: Cues) -> list[Actor]:
    """Whom the words of ``clause`` are spoken to: the object of the verb of saying it hangs on ('"You are a liar,"
    X *told Y*'), its to-phrase ("X said *to Y*"), else a name the clause calls out to before its subject, set off
    by a comma ('"*Y*, you are reckless," X said': a vocative). Through a chain of complement clauses the verb
    of saying is the chain's top ('"I do not believe *you* are fit," X *told Y*'); a top that is no verb of saying
    (cues ``speech``, or ``threat``: a warning is said) speaks to nobody its object names ("we *convinced Y* we
    don't think you are fit": a "you" of anyone)."""
    speech = clause.head
    while speech.dep_ == "ccomp" and speech.head.i != speech.i:
        speech = speech.head
    if clause.dep_ == "ccomp" and speech.i != clause.i and (lemma(speech) in cues.speech
                                                            or lemma(speech) in cues.threat):  # "warned Y"
        for child in speech.children:
            if child.dep_ in ("dobj", "dative") and child.i != clause.i:
                return actors_of(doc, child, lookup)
            if child.dep_ == "prep" and child.lower_ in grammar.addressee_prepositions:
                named = [a for o in child.children if o.dep_ == "pobj" for a in actors_of(doc, o, lookup)]
                if named:
                    return named
    subject = subject_of(clause)
    for child in clause.children:
        if subject is not None and child.i < subject.i and child.pos_ == "PROPN" \
                and child.dep_ in ("npadvmod", "intj", "dep", "vocative") \
                and doc[child.i + 1].text == ",":
            return actors_of(doc, child, lookup)
    return []


def _charged_in_content(doc: Doc, noun: Token, lookup: ActorLookup) -> list[Actor]:
    """Who a noun of accusation charges when its that-clause tells the charge: the clause's subject ("allegations
    *that the ministry* hid the figures", "Moscow's accusation *that Britain* staged the attack"). A relative
    clause ("accusations that were invented") tells the accusation, not its content."""
    for clause in noun.children:
        if clause.dep_ not in ("acl", "ccomp") or not any(m.dep_ == "mark" and m.lower_ == "that"
                                                           for m in clause.children):
            continue
        for subject in clause.children:
            if subject.dep_ in NOMINAL_SUBJECT_DEPS and subject.tag_ not in ("WDT", "WP"):
                return actors_of(doc, subject, lookup)
    return []


def _first_of_two_predicates(verb: Token, name: Token) -> Token | None:
    """"called [the party leader] [a liar]": a naming verb's two nouns, who is named and the name given, which the
    parser may both hang on the verb as predicates; the first of them, before the name, is who is named."""
    nouns = [c for c in verb.children if c.dep_ in PREDICATE_NOUN_DEPS and c.pos_ in ("NOUN", "PROPN", "PRON")]
    if len(nouns) < 2 or nouns[0].i >= name.i:
        return None
    return nouns[0]


def _own_passive(verb: Token) -> bool:
    """A verb with its own passive auxiliary and no object: "(while) being portrayed as ...", "was branded ..."."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "dobj" for c in verb.children)


def _agent_on_predicate(doc: Doc, predicate: Token, lookup: ActorLookup) -> list[Actor]:
    """"was described as a terror army *by the president*": the parser hangs the passive's by-phrase on the noun
    just before it, the name given; a name is given by someone, so that by-phrase is the namer."""
    for prep in predicate.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            return [a for o in prep.children if o.dep_ == "pobj" for a in actors_of(doc, o, lookup)]
    return []


def _judged(doc: Doc, phrase: Token, lookup: ActorLookup) -> list[Actor]:
    """Whom a fault found in ``phrase`` accuses: who it names, else whose doing it is ("called *her* actions
    careless", "said *Iran's* conduct was illegal", "called the arrests *by the police* arbitrary")."""
    return actors_of(doc, phrase, lookup) or [a for a in modifier_actors(doc, phrase, lookup) if names_someone(a)] \
        or [a for b in phrase.children if b.dep_ == "prep" and b.lower_ == "by"
            for o in b.children if o.dep_ == "pobj" for a in actors_of(doc, o, lookup)]


def _hostile(event_type: str) -> bool:
    """Conflict types, whose nouns' of-phrases name the side acted upon (as :mod:`~accord.events.recipients` reads
    them)."""
    return event_type not in COOPERATIVE_TYPES


def _document_acts(frame: Frame, tables: Tables) -> bool:
    """"The accord would protect herders": a document or scheme as the doer of a cooperative verb."""
    subject = next((c for c in frame.top.children if c.dep_ == "nsubj"), None)
    return (subject is not None and lemma(subject) in tables.cues.document_nouns
            and tables.ontology.is_cooperative(frame.type))


def _natural_cause(frame: Frame, tables: Tables) -> bool:
    """Harm done by a natural cause or an accident ("the quake killed 40", "died in the floods", "fires are
    burning, threatening several towns") is no political act; nor is harm told with a time or cause clause of a
    disaster ("were killed when a chemical plant exploded", "were injured after the volcano erupted")."""
    cues = tables.cues
    for verb in frame.chain:
        if _hazard_subject(verb, cues):  # "fires are burning, threatening the towns": the burning fires threaten
            return True
        for child in verb.children:
            if child.dep_ not in CAUSE_DEPS:
                continue
            heads = [child] if child.dep_.startswith("nsubj") else [c for c in child.children if c.dep_ == "pobj"]
            if verb.dep_ == "relcl" and child.dep_ == "nsubj" and child.tag_ == "WDT":
                heads.append(verb.head)  # "the quake that killed 300 people"
            if any(_hazard(h, cues) for h in heads):
                return True
        if any(_disaster_clause(clause, cues) for clause in _adverbial_clauses(verb)):
            return True
    return False


def _hazard(token: Token, cues: Cues) -> bool:
    """A force of nature or an accident; "fire" only bare ("died in a fire"), not a weapon's ("sniper fire",
    "fire from the army") nor what a side comes or is under ("came under fire": shots, or words)."""
    word = lemma(token)
    if word not in cues.natural_hazards:
        return False
    if word == "fire" and token.dep_ == "pobj" and token.head.lower_ == "under":
        return False
    return word != "fire" or not any(c.dep_ in ("compound", "amod", "nmod") or (c.dep_ == "prep" and c.lower_ in
                                                                               ("from", "by"))
                                     for c in token.children)


def _hazard_subject(verb: Token, cues: Cues) -> bool:
    """A participle adjunct without a subject of its own takes its head's: "fires are burning, threatening ...";
    it tells what its head's accident did ("a gas tank exploded, killing four")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or has_nominal_subject(verb):
        return False
    return any(c.dep_ == "nsubj" and _hazard(c, cues) for c in verb.head.children) or _disaster_clause(verb.head, cues)


def _adverbial_clauses(verb: Token) -> list[Token]:
    """The time and cause clauses of a verb and of the verbs coordinated with it (a clause at the end of "were
    killed and 200 injured *after the quake struck*" tells the cause of both), and theirs in turn ("were injured
    as X mounted a rescue *after the volcano erupted*")."""
    if _agentless_passive(verb):  # "15 were killed and a dozen injured when ...": the clause may hang anywhere
        return [t for t in verb.sent if t.dep_ == "advcl"]
    found: list[Token] = []
    level = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    for _ in range(2):
        level = [c for v in level for c in v.children if c.dep_ == "advcl"]
        found.extend(level)
    return found


def _agentless_passive(verb: Token) -> bool:
    children = list(verb.children)
    return any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children)


def _disaster_clause(clause: Token, cues: Cues) -> bool:
    """"when the dam burst", "after an earthquake rocked the island", "when a chemical plant exploded", "when his
    car hit a tree"."""
    subjects = [c for c in clause.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    if any(_hazard(s, cues) for s in subjects):
        return True
    word = lemma(clause)
    if word in cues.accident_verbs:
        return True
    if word in cues.collision_verbs and any(lemma(s) in cues.vehicles and s.dep_ == "nsubj" for s in subjects):
        # "when their car hit a tree", "after the bus plunged into a ravine"; not "after their truck hit a mine"
        hit = [w for w in clause.subtree if w.i > clause.i]
        return not any(lemma(w) in cues.hidden_explosives for w in hit)
    return word in ("explode", "blow") and any(lemma(s) in cues.exploding_installations for s in subjects)


def _visiting_party(doc: Doc, actor: Actor, tables: Tables) -> bool:
    """'each delegation', 'his counterpart', 'the visiting envoys': a party from elsewhere."""
    if actor.start is None or actor.end is None:
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and lemma(span.root) in tables.cues.visiting_parties


def _speaker_actors(doc: Doc, speaker: Token | None, lookup: ActorLookup) -> list[Actor]:
    """Who reports the event: a pronoun speaker only as resolved by coreference."""
    if speaker is None:
        return []
    return actors_of(doc, _speaking_noun(speaker), lookup)


def _speaking_noun(speaker: Token) -> Token:
    """A participle does not speak: when the parser takes a reduced relative for the speaker ("the Red Cross
    *operating* in Iraq said", the participle as the subject of "said" and the noun as the participle's subject),
    the noun it describes is the speaker."""
    if speaker.tag_ != "VBG":
        return speaker
    return next((c for c in speaker.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), speaker)


def _attribution(doc: Doc, speaker: Token | None, actors: list[Actor]) -> Actor | None:
    if speaker is None:
        return None
    if actors:
        return actors[0]
    if is_pronoun(speaker):
        return None
    left = min((t.i for t in speaker.lefts if t.dep_ in ("compound", "amod", "poss")), default=speaker.i)
    chars = tokens_text(doc, left, speaker.i)
    return Actor(text=chars.text, name=chars.text, start=chars.start, end=chars.end, rule="speaker")


def _speaker_means(pronoun: Token) -> bool:
    """Whether a pronoun subject stands for whoever reports the event: "we" and "I" do ('"We will retaliate,"
    the army said'), and so does a third person in reported speech ("NATO confirmed it would ..."), but not
    one inside a quotation, where the speaker would say "I" or "we" ('"They attacked us," a villager said')."""
    return pronoun.lower_ in FIRST_PERSON or quotation_start(pronoun.doc, pronoun.idx) is None


def _speaker_as_object(lookup: ActorLookup, frame: Frame, speaker_actors: list[Actor]) -> ActorLookup:
    """The look-up of the recipient search, with "us" and "me" standing for whoever says them, as "we" and "I" do
    for the subject: the speaker of the words the pronoun stands in, as the actor stage binds it
    (binding.reporting_speaker: a verb of saying that reports them in the first person or in quotation marks,
    'a villager said soldiers attacked *us*', '"They shelled *us*," the mayor said', or the speaker of the
    quotation they continue); in a sentence that marks no quotation, else the speaker of its verb of saying
    (``speaker_actors``). Not the narrator's own "us", which no report binds, nor a pronoun the actor stage
    already resolved. Only a pronoun the event's own words take as their object or through a preposition
    ("attacked *us*", "fired at *us*", "critical of *me*"), or a threat's threatened act ("threatened to kill
    *me*"): not one a neighbouring clause takes ("the race showed *me* how they ..."), nor the object of the act
    a request asks for ("wants weapons to destroy *us*"), nor whom an act is done for ("fought Isis for *us*": a
    beneficiary is not whom it is done to)."""
    speaker = [a for a in speaker_actors if not (a.rule or "").endswith(QUOTED_RULE)]
    own = {w.i for w in (frame.trigger, frame.content.token, frame.top, *frame.chain)}
    if frame.type in DIRECTIVE_TYPES:  # whom a request asks, not whom the act it asks for is done to
        own = {frame.trigger.i, frame.top.i}
    if frame.type in THREAT_TYPES:
        own |= {c.i for w in (frame.trigger, *frame.chain) for c in w.children if c.dep_ == "xcomp"}

    def found(doc: Doc, start: int, end: int) -> list[Actor]:
        named = lookup(doc, start, end)
        if named or end - start != 1 or not _speaker_object(doc[start]) or _governor(doc[start]) not in own:
            return named
        pronoun = doc[start]
        says = reporting_speaker(pronoun)
        sides = actors_of(doc, says, lookup) if says is not None else []
        if not sides and frame.speaker is not None and not any(inside_quotation(t) for t in pronoun.sent) \
                and _reports_clause(frame.speaker, pronoun):
            sides = speaker  # words a sentence quoting nothing reports are its speaker's, when it reports them
        return [replace(a, text=pronoun.text, start=pronoun.idx, end=pronoun.idx + len(pronoun.text),
                        rule=SPEAKER_OBJECT_RULE) for a in sides]

    return found


def _reports_clause(speaker: Token, pronoun: Token) -> bool:
    """Whether the speaker's report takes in the pronoun's clause: its verb of saying reports that clause ("the
    army said the rebels attacked *us*", "the rebels attacked *us*, the army said"), or its "according to" phrase
    is set on it; not a report that is only a circumstance of the clause ("troops shelled *us* after the governor
    said the truce held": the narrator's own "us")."""
    report = speaker.head
    if speaker.dep_ == "pobj":  # "according to X": the phrase reports the clause it is set on
        while report.dep_ in ("prep", "pobj") and report.head.i != report.i:
            report = report.head
        return any(a.i == report.i for a in pronoun.ancestors)
    return reported_by(pronoun, report)


def _speaker_object(token: Token) -> bool:
    """An object pronoun of the first person ("us", "me"; not "US", the country's abbreviation)."""
    return token.pos_ == "PRON" and token.lower_ in FIRST_PERSON_OBJECTS and not token.text.isupper() \
        and token.dep_ not in NOMINAL_SUBJECT_DEPS


def _governor(pronoun: Token) -> int | None:
    """The index of the word whose object the pronoun is, directly or through a preposition other than the
    beneficiary's "for"; None for any other pronoun."""
    if pronoun.dep_ in ("dobj", "dative"):
        return pronoun.head.i
    if pronoun.dep_ == "pobj" and pronoun.head.dep_ in ("prep", "dative") and pronoun.head.lower_ != "for":
        return pronoun.head.head.i
    return None


def _quoted_first_person(subject: Token, quoted: Actor | None) -> bool:
    """The subject is "I" or "we" inside a direct quotation whose speaker the quote stage named in another
    sentence, and not inside a quotation nested in it ('“She said, ‘*I* refuse to ...’”': the inner "I" is
    whoever the speaker quotes)."""
    if quoted is None or subject.lower_ not in FIRST_PERSON or quoted.start is None:
        return False
    sentence = sentence_of(subject)
    if sentence.start_char <= quoted.start < sentence.end_char:
        return False  # a speaker in the sentence itself is the verb of saying's to tell (frame.speaker)
    opened = quotation_start(subject.doc, subject.idx)
    return opened is not None and not _inside_nested_quotation(subject.doc.text[opened:subject.idx])


def _inside_nested_quotation(before: str) -> bool:
    """Whether the text of a quotation up to a word leaves a nested quotation open: its last opening mark ‘ is
    not closed by a ’ that ends a word ('“We rejected their ‘peace plan’ and we ...”' is closed; the ’ of
    "don’t", between two letters, is an apostrophe and closes nothing)."""
    opened = before.rfind(NESTED_QUOTATION)
    if opened < 0:
        return False
    rest = before[opened + 1:]
    return not any(mark == NESTED_CLOSING and not _between_letters(rest, i) for i, mark in enumerate(rest))


def _between_letters(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and text[index - 1].isalpha() and text[index + 1].isalpha()


def _free_relative(verb: Token) -> bool:
    """"judge them by what they promise": a free relative clause names a thing, it tells no act."""
    return any(c.tag_ == "WP" and c.lower_ in FREE_RELATIVES for c in verb.children)


def _verbal_participants(doc: Doc, frame: Frame, lookup: ActorLookup, speaker_actors: list[Actor],
                         tables: Tables, quoted: Actor | None = None) -> tuple[list[Actor], list[Actor], str]:
    def party(token: Token) -> bool:
        return bool(actors_of(doc, token, lookup))

    caused = _caused_noun(frame, tables)
    if caused is not None:  # "the arrest sparked protests by students": the students protest, not the arrest
        return _caused_sides(doc, frame, caused, lookup, tables.grammar)
    doer = doer_of(frame, tables.grammar, party, tables.cues.stative_participles, tables.cues.casualty)
    subject, passive = doer.token, doer.undergoes
    actor: list[Actor] = []
    patient: list[Actor] = []
    if subject is not None and subject.i in {n.i for n in frame.nouns} and not _doer_noun(doc, subject, frame,
                                                                                          lookup, tables):
        # "Egypt's purchase of jets ... was completed", "a minefield explosion killed two Iraqi youths"
        actor, recipient, via = _nominal_participants(doc, subject, lookup, _hostile(frame.type),
                                                      tables.grammar, frame.type in AIMED_AT_TYPES)
        if subject.i == frame.content.token.i:
            actor = _without_partner(actor, frame)  # "the *court* case opened": the partner names the act
        if not actor and not passive:
            actor = _light_verb_doer(doc, subject, lookup, tables)
        by_agent = _agent(doc, frame, lookup) if passive else []
        if by_agent and frame.trigger.i != subject.i:
            # "the Turkish deployment is opposed by Damascus": the agent opposes whoever deploys
            return by_agent, actor or recipient, "agent"
        if by_agent and not actor and lemma(subject.head) in tables.cues.light:
            # "the raids on the camp were carried out by Israeli jets": a light verb's agent does what its
            # subject names, as its subject does in the active ("Israeli jets carried out raids")
            return by_agent, recipient, "agent"
        if not recipient and not passive:
            recipient, via = find_recipients(doc, frame, lookup, actor, tables.grammar, _hostile_acts(frame, tables))
        return actor, recipient, via
    if quoted is not None and subject is not None and not speaker_actors and _quoted_first_person(subject, quoted):
        # '“We have lost many soldiers,” the president said. “*We* will strike back.”': a quotation's "I" and
        # "we" are its speaker's, though the sentence that tells the event has no verb of saying of its own
        # the pronoun is the speaker's mention here: every span of an event lies in its own sentence
        speaker_actors = [replace(quoted, text=subject.text, start=subject.idx, end=subject.idx + len(subject.text),
                                  rule=f"{quoted.rule or 'speaker'}{QUOTED_RULE}")]
    if subject is not None and is_pronoun(subject) and speaker_actors and _speaker_means(subject):
        # a third person resolved to someone else is that one ("the ministry said *they* struck Odesa": the
        # forces named before, as agreement in number tells), else the speaker ("NATO said it would ...")
        resolved = [] if subject.lower_ in FIRST_PERSON else actors_of(doc, subject, lookup)
        actor = resolved if resolved and not all(same_actor(a, speaker_actors) for a in resolved) \
            else speaker_actors
    elif subject is not None:
        (patient if passive else actor).extend(actors_of(doc, subject, lookup) or _restricted_subject(doc, subject,
                                                                                                     frame, lookup,
                                                                                                     tables))
        # headlines: "Pakistan, Afghanistan agree ..." parses the first name as a loose modifier; a day ("*Friday*,
        # Texas, leading a coalition, asked ...") is when, and its phrase holds the subject already
        for extra in (c for c in frame.top.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                      and c.i < subject.i and c.ent_type_ not in ("DATE", "TIME")):
            actor.extend(actors_of(doc, extra, lookup))
        actor[:] = dedupe(actor)
    if not actor and not passive and subject is not None and frame.type == "THREATEN":
        # "Venezuela may cut ties with Guyana, a spokesman warned": the inner clause names the actor
        actor = next((found for verb in frame.chain[:-1] for child in verb.children if child.dep_ == "nsubj"
                      for found in [actors_of(doc, child, lookup)] if found), [])
    if not actor and not patient and subject is not None and frame.top.dep_ == "acl":
        # "The party issued a declaration demanding ...": the declaration's issuer makes the demand
        issuer = subject_of(subject.head) if subject.dep_ in ("dobj", "attr") else None
        actor = actors_of(doc, issuer, lookup) if issuer is not None else []
    if not actor and not patient and not passive and subject is not None \
            and lemma(subject) in tables.grammar.authored_texts:
        # "*his* letter urged ...", "a letter *signed by forty lawmakers* urged ...", "the party issued a statement
        # that condemned ...": a text acts for its author, and the author is the source
        actor = _text_author(doc, subject, frame, lookup, tables.grammar)
    if not actor and not patient and subject is not None and _purpose_of_own_act(frame.top, subject, tables):
        # "Turkey launched an operation *to drive* ... out": the infinitive the parser hung on the light verb's
        # object as a relative clause tells what the act is for, and the light verb's subject does both
        carrier = subject_of(subject.head)
        actor = actors_of(doc, carrier, lookup) if carrier is not None else []
    if passive:
        actor = _agent(doc, frame, lookup)
        via = "agent"
        if not actor:
            actor, via = _from_event_nouns(doc, frame, lookup, tables)
        if not actor and (actor := _doer_in_circumstance(doc, frame, lookup, tables, patient)):
            via = "circumstance"
        if not actor and (actor := _state_where(doc, frame, lookup, tables.grammar)):
            via = "state"
        if not actor and _moved_forces(frame, tables.grammar):
            return patient, [], "moved"  # "US jets were redeployed to Qatar": the jets' side moves them
        if not patient and subject is not None and frame.type in STANCE_TYPES:
            # "*its* decision was condemned by X", "the plan *Egypt* proposed was rejected by X", "the deal, which
            # was criticised by X": a stance towards a thing is towards its maker, as in the active
            patient = [a for author in authors(relative_antecedent(subject)) for a in actors_of(doc, author, lookup)
                       if not same_actor(a, actor)]
        if not patient and subject is not None:
            patient = place_undergoer(doc, subject, frame, lookup, actor)  # "Kharkiv was shelled by X"
        return actor, patient, via
    source = _received_from(frame, tables)
    giver = [a for a in actors_of(doc, source, lookup) if not same_actor(a, actor)] if source is not None else []
    if giver:  # "Iran received a phone call from Putin": Putin called Iran
        return giver, actor, "from"
    if _befalls_subject(frame, tables):  # "Hungary faced (western) criticism": the noun's modifier names the doer
        return modifier_actors(doc, frame.content.token, lookup), actor, "received"
    actor = actor + _co_actors(doc, frame, lookup, tables.grammar, actor)
    recipient, via = find_recipients(doc, frame, _speaker_as_object(lookup, frame, speaker_actors), actor,
                                     tables.grammar, _hostile_acts(frame, tables))
    if frame.content.entry.inverse:
        actor, recipient = recipient, actor
    return actor, recipient, via


def _text_author(doc: Doc, text: Token, frame: Frame, lookup: ActorLookup, grammar: Grammar) -> list[Actor]:
    """Who wrote or put out the text that is an event's subject: the text's own author (its possessive, the
    by-agent of a participle on it, the subject of a relative clause on it: :func:`authors`; its own by-phrase),
    else, when the event is told by a relative clause on the text and the text is the object of a verb of putting
    one out ("the party *issued* a statement that condemned ..."), that verb's subject."""
    by_phrase = [o for p in text.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children
                 if o.dep_ == "pobj"]  # "a report *by Amnesty*": a text's by-phrase names who wrote it
    found = [a for author in authors(text) + by_phrase for a in actors_of(doc, author, lookup)]
    if found:
        return dedupe(found)
    if frame.top.dep_ != "relcl" or frame.top.head.i != text.i or text.dep_ not in ("dobj", "attr") \
            or not _issues(text.head, grammar):
        return []
    issuer = subject_of(text.head)
    return actors_of(doc, issuer, lookup) if issuer is not None else []


def _issues(verb: Token, grammar: Grammar) -> bool:
    """Whether the verb puts a text out as its author ("issued", "wrote"; a phrasal one with its particle, "put
    *out*")."""
    said = lemma(verb)
    return said in grammar.issuing_verbs \
        or any(f"{said} {c.lower_}" in grammar.issuing_verbs for c in verb.children if c.dep_ == "prt")


def _restricted_subject(doc: Doc, subject: Token, frame: Frame, lookup: ActorLookup,
                        tables: Tables) -> list[Actor]:
    """The subject named with a clause that restricts it ("militants *based in Pakistan* attacked ...", "militias
    *fighting in Iraq* called on ..."), when that clause is not the event's own: it tells who the subject is, and
    the event is the clause's host verb."""
    words = {v.i for v in frame.chain} | {frame.trigger.i}
    clauses = [c for c in subject.children if c.dep_ in ("acl", "relcl")]
    if not clauses or any(c.i in words for c in clauses):
        return []
    if any(o.dep_ in RESTRICTED_OTHERS and _party_phrase(doc, o, lookup, tables) for c in clauses for o in c.children):
        # "rebels fighting government forces": a clause with a party of its own may name that one; a thing as
        # its object names none ("a gunman *claiming allegiance* to X")
        return []
    return best_actors(subject, restricted_actors(doc, subject, lookup))


def _purpose_of_own_act(verb: Token, noun: Token, tables: Tables) -> bool:
    """``verb`` is a subjectless "to" infinitive on ``noun``, the object of a light verb that makes the noun its
    subject's own act ("launched an operation to drive ...", "took steps to curb ...", "made an attempt to
    seize ..."): not of a verb of receiving, whose subject undergoes what the noun names ("received a request to
    extradite": the requester's act)."""
    if verb.dep_ != "relcl" or verb.head.i != noun.i or not has_infinitive(verb) or noun.dep_ != "dobj":
        return False
    if any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
        return False
    governor = lemma(noun.head)
    return governor in tables.cues.light and governor not in tables.grammar.receiving


def _party_phrase(doc: Doc, token: Token, lookup: ActorLookup, tables: Tables) -> bool:
    """A phrase that may name a party: a name, a pronoun, a noun for people, a body or a force (senses.yaml's
    PARTY_CLASSES: "government *forces*", "the *police*", "*him*"), or one the actor stage resolved."""
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in NAMED_PARTIES:
        return True
    if tables.senses.word_classes.get(lemma(token), frozenset()) & PARTY_CLASSES:
        return True
    return bool(actors_of(doc, token, lookup))


def _hostile_acts(frame: Frame, tables: Tables) -> frozenset[int]:
    """The nouns of the event's sentence that name hostile acts (force, coercion, sanctions, threats; cues.yaml's
    attack and clash nouns, whatever sense their entry gives: "strikes on Syria"): a stance towards one is towards
    its doer (recipients._doers_only)."""
    lexicon, attacks = tables.lexicon, tables.cues.attack_nouns | tables.cues.clash_nouns
    found: set[int] = set()
    doc, sent = frame.trigger.doc, sentence_of(frame.trigger)
    poses = token_table(doc).pos
    for k in range(sent.start, sent.end):
        if poses[k] != NOUN:  # the part of speech read from the table: a Token made only for a noun
            continue
        noun = doc[k]
        entry = lexicon.nouns.get(noun.lower_) or lexicon.nouns.get(lemma(noun))
        if (entry is not None and entry.type in HOSTILE_ACT_TYPES) or lemma(noun) in attacks:
            found.add(noun.i)
    return frozenset(found)


def _co_actors(doc: Doc, frame: Frame, lookup: ActorLookup, grammar: Grammar, actor: list[Actor]) -> list[Actor]:
    """Who does a purpose clause's act together with its subject: "the police, who worked *with the FBI* to
    investigate", "Kenya joined *Uganda* in condemning" (recipients.frame_partners), when the subject is known to
    be the doer."""
    if not actor:
        return []
    return [a for p in frame_partners(frame, grammar) for a in actors_of(doc, p, lookup) if not same_actor(a, actor)]


def _doer_in_circumstance(doc: Doc, frame: Frame, lookup: ActorLookup, tables: Tables,
                          patient: list[Actor]) -> list[Actor]:
    """Who does an act of force told in the agentless passive, when a clause of circumstance tells an act of force
    in the active ("the smuggler was arrested *when Kenyan police raided the camp*", "three civilians were killed
    *as Russian jets bombed the market*"): the one act is done in the other, by the other's subject. Not a subject
    that is the patient itself ("was arrested after *he* criticised the king"), nor one whose act is no force, nor
    a fight between sides ("were killed when the crowd clashed *with* police": which side killed is not told)."""
    if frame.type not in HARM_TYPES:
        return []
    marks = tables.grammar.circumstance_marks
    for verb in frame.chain:
        for clause in _circumstance_clauses(verb):
            if _passive_or_agentive(clause) \
                    or not any(c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in clause.children) \
                    or any(c.dep_ == "prep" and c.lower_ == "with" for c in clause.children):
                continue
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is None:
                continue
            if _armed_act(subject, tables):
                # "were killed after *a Saudi raid* struck a school": the attack's own phrase names its doer
                named = _noun_sides(doc, subject, lookup)[0]
            elif _forceful(clause, tables) or _light_attack(clause, tables):
                named = actors_of(doc, subject, lookup)
            else:
                continue
            found = [a for a in named if not same_actor(a, patient)]
            if found:
                return found
    return []


def _attack_noun(noun: Token, tables: Tables) -> bool:
    """A noun that names an attack (cues.yaml's attack nouns; a gerund's lemma is its verb's, "shelling" ->
    "shell", so its own form counts too), or an armed act (:func:`_armed_act`)."""
    attacks = tables.cues.attack_nouns
    return lemma(noun) in attacks or noun.lower_ in attacks or _armed_act(noun, tables)


def _armed_act(noun: Token, tables: Tables) -> bool:
    """A noun that names an act of armed force, by itself ("a raid", "the shelling") or through its modifier ("*air*
    strikes", "a *bombing* campaign"): senses.yaml's armed_act and military_strike classes. Not a bare "strike",
    which may be a walkout."""
    classes = tables.senses.word_classes

    def of_class(token: Token, *names: str) -> bool:
        found = classes.get(lemma(token), frozenset()) | classes.get(token.lower_, frozenset())
        return any(n in found for n in names)

    return of_class(noun, ARMED_ACT) or any(c.dep_ in ("compound", "amod") and of_class(c, ARMED_ACT, MILITARY_STRIKE)
                                            for c in noun.children)


def _light_attack(verb: Token, tables: Tables) -> bool:
    """A light verb whose object names an act of force ("carried out *air strikes*", "launched *an attack*"): the
    verb tells that act, done by its subject."""
    nouns = tables.lexicon.nouns
    return lemma(verb) in tables.cues.light and any(
        c.dep_ == "dobj" and (_armed_act(c, tables) or ((entry := nouns.get(lemma(c))) is not None
                                                          and entry.type in HARM_TYPES))
        for c in verb.children)


def _state_where(doc: Doc, frame: Frame, lookup: ActorLookup, grammar: Grammar) -> list[Actor]:
    """Who does an act only a state's authorities do (an arrest, a charge, a sentence; arguments.yaml's state_acts),
    told in the agentless passive in a country ("is accused *in Turkey* of planning attacks", "was arrested *in
    Kenya*", "Three Kenyans were arrested in Kenya"): that state, in the sector the act belongs to (its police,
    its courts)."""
    sectors = [grammar.state_acts[lemma(v)] for v in frame.chain if lemma(v) in grammar.state_acts]
    if not sectors:
        return []
    for verb in frame.chain:
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
            for place in (o for o in prep.children if o.dep_ == "pobj"):
                states = [a for a in actors_of(doc, place, lookup) if a.kind == "country" and a.country]
                if states:
                    return [replace(a, sector=sectors[0], rule=f"{a.rule}+state-where") for a in states]
    return []


def _circumstance_clauses(verb: Token) -> list[Token]:
    """The adverbial clauses of ``verb``, and the "when" clauses the parser hung on a noun of its phrases as
    relative clauses ("was arrested in the town of X, *when police raided* ..."; "on Monday, *when* ...": a
    relative "when" on a time or place tells the same circumstance)."""
    found = [c for c in verb.children if c.dep_ == "advcl"]
    for clause in verb.subtree:
        if clause.dep_ == "relcl" and any(c.lower_ == "when" for c in clause.children if c.dep_ == "advmod") \
                and _through_phrases(clause.head, verb):
            found.append(clause)
    return found


def _through_phrases(word: Token, verb: Token) -> bool:
    """``word`` hangs on ``verb`` through noun phrases only (its objects, prepositions, appositions), inside no
    clause of its own."""
    for _ in range(CLIMB_PHRASES):
        if word.i == verb.i:
            return True
        if word.pos_ in ("VERB", "AUX") or word.head.i == word.i:
            return False
        word = word.head
    return False


def _passive_or_agentive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children)


def _forceful(verb: Token, tables: Tables) -> bool:
    """A verb that tells an act of force or coercion by itself or with its object ("raided", "opened fire")."""
    lexicon = tables.lexicon
    word = lemma(verb)
    entries = [lexicon.verbs.get(word), *(lexicon.verb_pairs.get((word, lemma(c))) for c in verb.children
                                          if c.dep_ in ("dobj", "prt"))]
    return any(e is not None and e.type in HARM_TYPES for e in entries)


def _light_verb_doer(doc: Doc, noun: Token, lookup: ActorLookup, tables: Tables) -> list[Actor]:
    """Who does what an event noun's clause tells when the noun is the object of a light verb: the light verb's
    subject ("*Turkey* launched an offensive *targeting* Kurdish militants", "*Kenya* carried out raids that
    killed ..."): the light verb's subject does the event the noun names, and so what the noun does."""
    verb = noun.head
    if noun.dep_ != "dobj" or lemma(verb) not in tables.cues.light or _passive_or_agentive(verb):
        return _light_relative_doer(doc, noun, lookup, tables)
    subject = subject_of(verb)
    return actors_of(doc, subject, lookup) if subject is not None else []


def _light_relative_doer(doc: Doc, noun: Token, lookup: ActorLookup, tables: Tables) -> list[Actor]:
    """Who does the event a noun names, told by a relative clause of a light verb on the noun: its subject ("the
    strike, which *Israel* carried out", "the raids *Kenya* launched") or, in the passive, its by-agent ("the
    strike, which was carried out by Israel"). The relative clause's object is the noun itself: its doer does
    the event the noun names."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or lemma(clause) not in tables.cues.light:
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        if any(o.tag_ not in ("WDT", "WP") for o in objects):
            continue  # "the strike that hit a convoy": the noun is the subject, the object another thing
        agents = [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        doers = agents or [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")]
        found = [a for d in doers for a in actors_of(doc, d, lookup)]
        if found:
            return found
    return []


def _moved_forces(frame: Frame, grammar: Grammar) -> bool:
    """A deployment or withdrawal told in the passive with no agent ("troops were redeployed", "the jets were
    withdrawn from the base"): the forces moved are the side that moves, not a party acted upon."""
    return frame.type in MOVEMENT_TYPES and any(lemma(v) in grammar.sending_verbs for v in frame.chain)


def _befalls_subject(frame: Frame, tables: Tables) -> bool:
    """The event noun is taken by a verb of receiving ("faced sanctions", "came under attack") and is no mutual
    act: its subject undergoes it. A mutual act received ("secured a deal with Iran") keeps the subject a party, and
    so does a verb of receiving that is itself the event told ("*accepted* the demands": a concession)."""
    noun = frame.content.token
    governor = noun_governor(noun, tables.cues.partitive)
    return (frame.content.nominal and frame.type not in MUTUAL_TYPES and governor is not None
            and governor.i != frame.trigger.i and received_noun(noun, governor, tables, frame.content.entry.type))


def _received_from(frame: Frame, tables: Tables) -> Token | None:
    """Who does the event a noun names when the subject receives it ("received a phone call *from Putin*",
    "won *Washington's* support", "came under attack *from rebels*", "endured weeks of shelling *from* the army"):
    the noun's "from"/"by" object, else its possessor; None when no receiving verb takes the event noun."""
    if not frame.content.nominal:
        return None
    grammar = tables.grammar
    noun = frame.content.token
    head = phrase_head(noun, tables.cues.partitive)  # "endured *weeks* of shelling": the count is received
    if head.dep_ == "dobj":
        verb, how = head.head, "object"
    elif head.dep_ == "pobj" and head.head.dep_ == "prep":
        verb, how = head.head.head, head.head.lower_
    else:
        return None
    if how not in receiving_ways(lemma(verb), frame.content.entry.type, grammar) or verb.i == frame.trigger.i:
        return None  # "accepted the demands *of* X": the accepting is the event told, and the subject does it
    for prep in (c for c in (*noun.children, *verb.children) if c.dep_ in ("prep", "agent")):
        if prep.lower_ in grammar.receiving_sources:
            found = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if found is not None:
                return found
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _state_undergoer(doc: Doc, frame: Frame, lookup: ActorLookup, tables: Tables) -> list[Actor]:
    """Who undergoes an event noun that a copula or a verb of staying puts its subject under ("the militias *are
    under attack* from Turkey", "the town remained under siege"): that subject, as "came under attack" makes its
    subject the one attacked. The copula is no verb of the frame's chain, so the noun stands alone."""
    noun = frame.trigger
    if frame.type in MUTUAL_TYPES or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return []
    verb = noun.head.head
    if noun.head.lower_ not in receiving_ways(lemma(verb), frame.type, tables.grammar):
        return []
    subject = subject_of(verb)
    return actors_of(doc, subject, lookup) if subject is not None else []


def _answerer(doc: Doc, noun: Token, lookup: ActorLookup, grammar: Grammar) -> list[Actor]:
    """Who answers the act a noun names, and so underwent it (arguments.yaml responding_verbs, response_nouns): the
    subject of "responded *to* Y's attacks", the possessor of "her reply *to* his demands", the subject of the
    clause "*in response to* criticism from Y" is hung on ("..., Clinton said")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to" or _aimed_elsewhere(noun, grammar):
        return []
    answer = noun.head.head
    if answer.pos_ in ("VERB", "AUX"):
        if lemma(answer) not in grammar.responding_verbs:
            return []
        subject = subject_of(answer)
        return actors_of(doc, relative_antecedent(subject), lookup) if subject is not None else []
    if answer.pos_ != "NOUN" or lemma(answer) not in grammar.response_nouns:
        return []
    owner = next((c for c in answer.children if c.dep_ == "poss"), None)
    if owner is not None:
        return actors_of(doc, owner, lookup)
    clause = answer.head.head if answer.dep_ == "pobj" else answer.head if answer.dep_ == "dobj" else None
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return []
    subject = subject_of(clause)  # "in response to X, Y said", "Y issued a response to X"
    return actors_of(doc, relative_antecedent(subject), lookup) if subject is not None else []


def _campaigners_attack(frame: Frame, actor: list[Actor], tables: Tables) -> bool:
    """An attack by persons of politics, who bear no arms (senses.yaml campaigner_sectors): words, which are aimed at
    a party as criticism is ("responded to Trump's attacks"), though the contest stage has yet to call them so."""
    return frame.type == "ASSAULT" and bool(actor) and all(
        a.kind == "person" and a.sector in tables.senses.campaigner_sectors for a in actor)


def _aimed_elsewhere(noun: Token, grammar: Grammar) -> bool:
    """The act's noun says whom it is aimed at itself ("attacks *on* Muslims", "threats *against* the press"),
    whether or not that names an actor: the one answering it need not be who it hit."""
    return any(c.dep_ == "prep" and (c.lower_ in grammar.target_prepositions or c.lower_ == "at")
               and any(o.dep_ == "pobj" for o in c.children) for c in noun.children)


def _role_undergoer(doc: Doc, noun: Token, lookup: ActorLookup, grammar: Grammar) -> list[Actor]:
    """Whom a role noun says undergoes the act its of-phrase names (arguments.yaml undergoer_roles): the subject of
    "X is *the target of* Y's attacks", the noun "X, *the focus of* criticism from Y" is set beside."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or lemma(noun.head.head) not in grammar.undergoer_roles:
        return []
    role = noun.head.head
    if role.dep_ == "appos":
        held = role.head
    elif role.dep_ in ("attr", "oprd") and role.head.pos_ in ("VERB", "AUX"):
        subject = subject_of(role.head)
        if subject is None:
            return []
        held = relative_antecedent(subject)
    else:
        return []
    return actors_of(doc, held, lookup)


def _agent(doc: Doc, frame: Frame, lookup: ActorLookup) -> list[Actor]:
    """The by-agent of the chain's verbs, or of a verb coordinated after one ("a drone shot down and recovered
    by Kurdish forces": the forces did both)."""
    verbs = [*frame.chain, *(c for v in frame.chain for c in v.children if c.dep_ == "conj" and c.i > v.i)]
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return actors_of(doc, obj, lookup)
    for verb in frame.chain:
        if _agentless_passive(verb):
            for obj in _stranded_agents(verb):
                found = actors_of(doc, obj, lookup)
                if found:
                    return found
    return []


def _stranded_agents(verb: Token) -> list[Token]:
    """The objects of a passive's by-phrase the parser hung on the noun of a time or place phrase before it ("was
    captured *at the start of the year* by Kurdish forces", "was arrested *on Monday night* by police"): a time
    or a place does nothing, so "by" + a party there is the passive's agent. A noun of an act keeps its by-phrase
    ("killed in an attack by rebels" is told by the act's own phrase)."""
    found: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in STRANDING_PREPOSITIONS:
            continue
        for noun in (o for o in prep.children if o.dep_ == "pobj"):
            if not _time_or_place(noun):
                continue
            stack = [noun]
            while stack:
                current = stack.pop()
                for child in current.children:
                    if child.dep_ == "prep" and child.lower_ == "by":
                        found.extend(o for o in child.children if o.dep_ == "pobj")
                    elif child.dep_ == "prep" or child.dep_ == "pobj":
                        stack.append(child)
    return found


def _time_or_place(noun: Token) -> bool:
    """A phrase of time or place by its entity label: the noun's own ("on *Monday*", "the *start* of the year",
    which the recogniser labels a date as a whole) or its "of" object's ("the outskirts *of Raqqa*")."""
    return noun.ent_type_ in WHEN_OR_WHERE or any(
        p.ent_type_ in WHEN_OR_WHERE for o in noun.children if o.dep_ == "prep" and o.lower_ == "of"
        for p in o.children if p.dep_ == "pobj")


def _from_event_nouns(doc: Doc, frame: Frame, lookup: ActorLookup, tables: Tables) -> tuple[list[Actor], str]:
    """"Soldiers were killed in clashes with China": the other side sits in the event noun's phrase."""
    clashes = tables.cues.clash_nouns
    for verb in frame.chain:
        for prep in verb.children:
            if prep.dep_ != "prep":
                continue
            for noun in (_spanned_act(o, tables) for o in prep.children if o.dep_ in ("pobj", "pcomp")):
                if noun is None or (lemma(noun) not in clashes and not _attack_noun(noun, tables)):
                    continue
                found, via = _noun_sides(doc, noun, lookup)
                if found:
                    return found, "clash" if lemma(noun) in clashes else via
    return [], "none"


def _spanned_act(noun: Token, tables: Tables) -> Token:
    """The act a stretch of time or a share names through "of" ("killed in *eight days of* shelling", "in *one of*
    the deadliest bombing campaigns"): the noun at the end of such of-phrases, else the noun itself."""
    for _ in range(CLIMB_PHRASES):
        if lemma(noun) not in tables.cues.partitive and noun.tag_ != "CD":
            return noun
        inner = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"), None)
        if inner is None:
            return noun
        noun = inner
    return noun


def _traveller(doc: Doc, noun: Token, lookup: ActorLookup, tables: Tables, event_type: str) -> list[Actor]:
    """"X arrived in Moscow for talks with Y": whoever came *for* the event takes part in it; and whoever speaks or
    acts *in*, *during*, *at* or *after* a meeting, call or talks ("X said in a phone call with Y") took part in
    that one (a meeting's own participants; a victim "killed in an attack" is none)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    if prep.lower_ != "for" and not (event_type == "CONSULT" and prep.lower_ in tables.grammar.meeting_frames):
        return []
    subject = subject_of(prep.head)
    return actors_of(doc, subject, lookup) if subject is not None else []


def _participant(doc: Doc, noun: Token, lookup: ActorLookup, grammar: Grammar) -> list[Actor]:
    """"X played a key role *in* the battle", "took on a part *in* the talks", "had a hand *in* the coup": whoever
    has a share in an event takes part in it (the subject of the verb whose object is the share)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in":
        return []
    share = prep.head
    if lemma(share) in grammar.participation_nouns and share.dep_ == "dobj":
        verb = share.head  # "took on [a role in the battle]"
    elif share.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and lemma(c) in grammar.participation_nouns
                                               for c in share.children):
        verb = share  # "played [a role] [in the battle]"
    else:
        return []
    subject = subject_of(verb)
    return actors_of(doc, subject, lookup) if subject is not None else []


def _protester(doc: Doc, noun: Token, lookup: ActorLookup, tables: Tables) -> list[Actor]:
    """Who takes part in a protest a clause places its subject in: "thousands gathered *in* a protest", "took part
    *in* marches"; *during* or *at* one only a dissenter ("a demonstrator threw a chair during the rally"), since
    "police fired tear gas during the protest" puts the police at it, not in it. A passive's subject suffers."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = prep.head
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    subject = subject_of(verb)
    if subject is None:
        return []
    frames = tables.grammar.protest_frames
    if prep.lower_ not in frames.get("anyone", frozenset()) and not (
            prep.lower_ in frames.get("dissenter", frozenset()) and _dissenter(subject, tables)):
        return []
    return actors_of(doc, subject, lookup)


def _doer_noun(doc: Doc, noun: Token, frame: Frame, lookup: ActorLookup, tables: Tables) -> bool:
    """An event noun that names who does the act ("a suicide *bomber* attacked the mosque"): an actor of its own,
    not an event whose sides its modifiers name; also one named with a clause restricting it ("suicide bombers
    *linked to X* attacked ...": :func:`_restricted_subject`)."""
    return any(a.end is not None and a.start is not None and a.start <= noun.idx and
               a.end == noun.idx + len(noun.text) for a in actors_of(doc, noun, lookup)) \
        or bool(_restricted_subject(doc, noun, frame, lookup, tables))


def _claimant(doc: Doc, noun: Token, lookup: ActorLookup, grammar: Grammar) -> list[Actor]:
    """Who claims responsibility for an attack owns it: "the group claimed responsibility *for* the attack"."""
    prep = noun.head
    owned = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or lemma(owned) not in grammar.responsibility_nouns:
        return []
    verb = owned.head
    if owned.dep_ != "dobj" or lemma(verb) not in grammar.claiming_verbs:
        return []
    subject = subject_of(verb)
    return actors_of(doc, subject, lookup) if subject is not None else []


def _dissenter(token: Token, tables: Tables) -> bool:
    """A protester, a striker, an activist, or a count of them ("thousands of demonstrators")."""
    senses = tables.senses
    heads = [token] + [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj" and lemma(token) in senses.container_nouns]
    return any("dissenter" in senses.word_classes.get(lemma(h), ()) for h in heads)


def _noun_sides(doc: Doc, noun: Token, lookup: ActorLookup) -> tuple[list[Actor], str]:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "by", "between"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return actors_of(doc, obj, lookup), child.lower_
    return modifier_actors(doc, noun, lookup), "modifier"


def _caused_noun(frame: Frame, tables: Tables) -> Token | None:
    """The event noun a verb of causing takes as what it caused ("sparked *protests*", "led *to* talks"), or that
    a verb whose subject is another act takes ("the fighting increased *pressure* on X": an act does no act, it
    causes one): its sides are in its own phrase, the verb's subject being the cause."""
    cues = tables.cues
    if not frame.content.nominal or not frame.chain:
        return None
    verb, noun = frame.chain[0], frame.content.token
    # the finite verb's own subject only: an act causing another is told as a fact ("the fighting increased ...")
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if not has_infinitive(verb) else None
    by_an_act = subject is not None and subject.i != noun.i and subject.pos_ == "NOUN" \
        and lemma(subject) in tables.lexicon.nouns
    if not (in_group(verb, cues.causing) or by_an_act) or _unleashed_by_party(verb, subject, frame, cues):
        return None
    head = phrase_head(noun, cues.partitive)
    if head.dep_ == "dobj" and head.head.i == verb.i and (lemma(verb) != "lead" or by_an_act):
        return noun
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "to" and prep.dep_ == "prep" and prep.head.i == verb.i:
        return noun
    return None


def _unleashed_by_party(verb: Token, subject: Token | None, frame: Frame, cues: Cues) -> bool:
    """A verb both of causing and light ("unleash", "trigger") whose subject is a named party and whose object an act
    of force: the party does the act ("Iraq unleashed an assault on Kuwait"), as a thing or an act only causes one
    ("the verdict unleashed attacks on the police")."""
    return subject is not None and lemma(verb) in cues.light and frame.type in HARM_TYPES \
        and subject.ent_type_ in NAMED_PARTIES


def _caused_sides(doc: Doc, frame: Frame, caused: Token, lookup: ActorLookup,
                  grammar: Grammar) -> tuple[list[Actor], list[Actor], str]:
    """The sides of a caused event noun: those its phrase names, the recipient else as the clause gives it."""
    doers, recipient, via = _nominal_participants(doc, caused, lookup, _hostile(frame.type), grammar)
    doers = _without_partner(doers, frame)
    if not recipient:
        recipient, via = find_recipients(doc, frame, lookup, doers, grammar)
    return doers, recipient, via


def _party_modifier(noun: Token) -> bool:
    """A named state, nation or body modifies the noun of one particular act ("*Russian* vetoes", "the *NATO*
    withdrawal", "a *UN* appeal"): it names who did it, as a subject would. Only where the sentence takes the act
    as given — its subject or predicate, or a circumstance ("faced with *Turkish restrictions*") — not as the
    object or goal of a verb, which decides whether it is real ("wants *UN backing*", "hoped for *US aid*")."""
    given = noun.dep_ in GIVEN_ACT_DEPS or (noun.dep_ == "pobj" and noun.head.lower_ not in GOAL_PREPOSITIONS)
    return given and particular(noun) \
        and any(c.dep_ in PARTY_MODIFIER_DEPS and c.ent_type_ in PARTY_ENTITIES for c in noun.children)


def _doer_prepositions(noun: Token, grammar: Grammar) -> frozenset[str]:
    """The prepositions whose object is the doer of the act a noun names: "by" for any; "from" for a noun of
    giving, asking, warning or judging ("backing *from* Iran", "a threat *from* the commander"); "of" for a noun
    of asking ("at the request *of* the minister")."""
    word = lemma(noun)
    return frozenset({"by", *(("from",) if word in grammar.giver_from_nouns else ()),
                      *(("of",) if word in grammar.asker_of_nouns else ())})


def _named_doer(noun: Token, grammar: Grammar) -> bool:
    """The noun's phrase names its doer as a passive names its agent ("a rebuke *by* Chile", "a threat *from* the
    commander", "at the request *of* the minister"): the act is told with who did it, whoever it was aimed at."""
    doers = _doer_prepositions(noun, grammar)
    return any(c.dep_ == "prep" and c.lower_ in doers and any(o.dep_ == "pobj" for o in c.children)
               for c in noun.children) or bool(_involved(noun, grammar))


def _involved(noun: Token, grammar: Grammar) -> list[Token]:
    """Who takes part in an event, as a participle on its noun says: "clashes *involving* troops and rebels",
    "demonstrations *involving* farmers" (the participle's objects, with the words coordinated with them)."""
    objects = [o for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" and lemma(c) in grammar.involving_verbs
               for o in c.children if o.dep_ == "dobj"]
    # spaCy's stubs type conjuncts as a 1-tuple, which the compiled build enforces: read it untyped
    return objects + [c for o in objects for c in cast(Any, o).conjuncts if c.i > o.i]


def _named_target(doc: Doc, phrase: Token, lookup: ActorLookup) -> bool:
    """A target phrase that names a party or a place ("on *Afrin*", "against *the Kurdish people*", "on *the
    Kurdish town*"), not a thing ("on charges of spying")."""
    return any(t.ent_type_ in NAMED_PLACES_OR_PARTIES for t in phrase.subtree) or bool(actors_of(doc, phrase, lookup))


def _agent_after_object(doc: Doc, objects: list[Token], lookup: ActorLookup) -> list[Actor]:
    """Who a by-phrase on the object of an event noun's "of" names ("the shelling of the town *by the army*"): the
    noun's doer, as a passive's agent, when the object itself names no act or work a "by" could belong to (a
    place, a party: "the killing of civilians *by troops*")."""
    for obj in objects:
        if obj.pos_ not in ("PROPN", "PRON") and obj.ent_type_ not in NAMED_PLACES_OR_PARTIES \
                and not actors_of(doc, obj, lookup):
            continue
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                found = [a for o in prep.children if o.dep_ == "pobj" for a in actors_of(doc, o, lookup)]
                if found:
                    return found
    return []


def _owners(doc: Doc, objects: list[Token], lookup: ActorLookup) -> list[Actor]:
    """The parties whose thing a preposition's objects are ("into *the senator's* emails"): their possessors."""
    return dedupe(a for o in objects for p in o.children if p.dep_ == "poss" for a in actors_of(doc, p, lookup))


def _nominal_participants(doc: Doc, noun: Token, lookup: ActorLookup, hostile: bool,
                          grammar: Grammar, aimed: bool = False) -> tuple[list[Actor], list[Actor], str]:
    """"India's purchase of rifles from Russia", "the meeting between Modi and Putin", "Israeli air raids". The
    of-phrase of a hostile act's noun is who suffers it ("Chile's denunciation *of Bolivia*", "the arrest *of the
    leader*"), as a transitive verb's object would be; of a cooperative one it may be the doer ("the support of
    voters", "the visit of the king"), and is left alone. The possessor of an act done to a person undergoes it
    ("*his* arrest": candidates.possessor_undergoes). The at-phrase of words ``aimed`` at someone (ACCUSE) is
    whom they blame ("his jabs *at* the senator"), where an act of force's is where it was. A phrase that names the
    doer as a by-phrase does
    (:func:`_doer_prepositions`: "a threat *from* X", "at the request *of* X") gives the actor."""
    patient_of: tuple[str, ...] = ("in", "at", "among") if hostile else ("in", "at", "of", "among")
    if aimed:  # words are aimed *at* whom they blame ("his barbs at the senator"), never at a place
        patient_of = tuple(p for p in patient_of if p != "at")
    actor = modifier_actors(doc, noun, lookup)
    recipient: list[Actor] = []
    via = "modifier"
    if actor and possessor_undergoes(noun, grammar.undergoer_possessor_nouns) \
            and any(c.dep_ == "poss" for c in noun.children):
        actor, recipient, via = [], actor, "possessor"
    doers = _doer_prepositions(noun, grammar)
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in NOUN_PREP_ORDER]
    # "the attack *of the Turkish army* on Afrin": with the target named by its own preposition, a hostile act's
    # of-phrase is left to name the doer, as a subjective genitive ("the army's attack on Afrin")
    targeted = hostile and any(p.lower_ in grammar.target_prepositions and _named_target(doc, o, lookup)
                               for p in preps for o in p.children if o.dep_ == "pobj")
    for prep in sorted(preps, key=lambda p: NOUN_PREP_ORDER.index(p.lower_)):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        found = dedupe(a for o in objects for a in actors_of(doc, o, lookup))
        if not found and prep.lower_ in grammar.owner_probed_prepositions:
            found = _owners(doc, objects, lookup)  # "a probe into *the senator's* emails": the senator is probed
        if not found and aimed and prep.lower_ != "by":
            # words that blame are aimed at whose thing they judge: "criticism of *her* record", "his attack on the
            # plan *the mayor* proposed" (recipients.authors)
            found = dedupe(a for o in objects for t in inner_authors(o) for a in actors_of(doc, t, lookup))
        if prep.lower_ == "of" and not actor and (agent := _agent_after_object(doc, objects, lookup)):
            # "the bombardment of Aleppo *by Russian jets*": the parser hangs the noun's by-phrase on its object
            actor = agent
            if found and not recipient:
                recipient, via = found, "of"
            continue
        if not found:
            continue
        of_doer = prep.lower_ == "of" and targeted and not actor
        if of_doer or prep.lower_ == "by" or (prep.lower_ in doers and prep.lower_ != "by" and not actor):
            actor = found
        elif prep.lower_ == "between" and not actor:
            return (found[:1], found[1:], "between") if len(found) > 1 else ([], [], "none")
        elif not recipient and prep.lower_ not in patient_of and prep.lower_ not in doers:
            # a doer's phrase is never whom the act is done to, also when a modifier named the doer first
            # ("*artillery* bombardment *from* Turkey's border provinces", "Russian airstrikes from the base")
            recipient, via = found, prep.lower_
    if not actor:  # "clashes involving troops and rebels": those taking part are its sides
        actor = dedupe(a for o in _involved(noun, grammar) for a in actors_of(doc, o, lookup))
    return actor, recipient, via
