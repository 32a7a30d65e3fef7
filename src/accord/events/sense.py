"""Layer 3 of the coder, type and sense: what kind of event a candidate is — its PLOVER type, CAMEO code,
modality and the word that decided them — and what it is about (its contexts).

The event word's own sense (the trigger lexicon) is the start. Each governing verb of the chain may recode
it, bottom-up: a threat makes THREATEN, a refusal REJECT, a demand REQUEST, a promise or plan AGREE (of a
cooperative act) or THREATEN (of a hostile one), approval SUPPORT, accepting a demand CONCEDE, halting
cooperation SANCTION, easing a restriction CONCEDE or RETREAT; light and aspectual verbs are transparent,
and a higher event verb takes the event over ("sent troops to fight": the sending). Then the factuality
layer's readings: an act to come is promised or threatened, a cooperative act negated where it was to come
or to be accepted is refused, an act someone says must happen is demanded. A denial drops the candidate (it
is no act of its own; what it denies is negated and reported), and so does a warning that only foretells
("warned that the river is drying up"). Before all this the valency frames (:mod:`~accord.events.valency`)
may say the word tells no event in this sense; then a higher event verb, or a demand, refusal or threat above
it, tells the event instead.

One sense waits for the arguments (:func:`settle`): a missile fired into the sea at nobody is a show of
force, not an attack. CAMEO codes come from the ontology's tables, never from code.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from accord.blackboard import ELECTION_STORY
from accord.doc_index import line_breaks, token_table
from accord.events.candidates import SAID_AT_FAULT, Candidate, Governor, cannot_act, denied_belief, is_merit
from accord.events.factuality import Factuality, Reading, clause_marks, going_to
from accord.events.syntax import has_infinitive, subject_of
from accord.events.tables import Cues, Entry, Senses, Tables
from accord.events.triggers import Trigger, forms, in_group, lemma, lemma_of_id
from accord.events.valency import PERSONAL_PRONOUNS, question_clause, sense_by_frame, slot_is
from accord.records import ASSERTED, NEGATED, Actor
from accord.syntax import PLURAL_NOUN_TAGS, has_nominal_subject

# Modalities that already say how the act stands: the future of such an act is not recoded again.
DECIDED_MODALITIES = frozenset({"threat", "refusal", "request", "intent"})
# Entities that name a party whose intention a source can announce ("Israel will evacuate ..., a spokesman said").
NAMED_PARTIES = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# Types that an obligation does not turn into a demand: they are demands, threats or refusals already.
NOT_DEMANDED = frozenset({"REQUEST", "THREATEN", "REJECT"})
PERSON_KINDS = frozenset({"person", "group"})  # actor kinds of persons and of people described by their office
REVERSAL = "reversal"  # the modality of an act halted, ended or dropped
# the actors named in a token range of a document (the coder's ActorLookup)
NamedIn = Callable[[Doc, int, int], list[Actor]]
MAX_CLAUSE_CLIMB = 6  # words climbed from an event word up to the clause it heads under a verb of warning


@dataclass(frozen=True, slots=True)
class Sense:
    """What kind of event a candidate is, and the word that decided it."""

    type: str
    cameo: str
    trigger: Token  # the word that decided the type, reported as the event's trigger span
    content: Trigger  # the event word whose lexicon sense holds (a higher event verb may take over)
    # intent | threat | refusal | request | reversal | accept | approval | obligation | warning (a harm foretold)
    modality: str | None = None
    factuality: str = ASSERTED  # what the readings left to report (a negation that made a refusal is not)

    @property
    def negated(self) -> bool:
        return self.factuality == NEGATED


def _judgement_marks(candidate: Candidate, tables: Tables) -> Reading:
    """What the judged clause's own marks say of a fault said: a condition or a question keeps the judgement
    open ("said Y would be unfit *if* ...", "asked *whether* Y is honest"), though its mood does not count; and
    a first person's negated belief above it ("I don't think Y is fit") is the judgement's own negation, which
    the clauses above have counted once."""
    if candidate.judgement != SAID_AT_FAULT:
        return Reading()
    clause = candidate.top
    raised = denied_belief(clause, tables) and is_merit(candidate.word, tables)
    return clause_marks(clause, tables.cues) + Reading(negations=-1 if raised else 0)


def sense_of(candidate: Candidate, factuality: Factuality, tables: Tables) -> Sense | None:
    """The type and sense of one candidate; None when it tells no event (a mere forecast, a denial)."""
    if candidate.obligation or candidate.foretold:  # the modal and what it governs are the demand's (reproach's,
        # threat's) content: only the clauses above count
        entry = candidate.content.entry
        return Sense(entry.type, entry.cameo, candidate.top, candidate.content,
                     "obligation" if candidate.obligation else "warning",
                     factuality.from_step(len(candidate.chain)).status)
    if candidate.judgement is not None:  # a fault found in a party (accord.events.candidates.judgement_candidates)
        fault = candidate.content.entry  # said: the saying counts, not the copula's mood; named: the naming verb's own
        level = len(candidate.chain) if candidate.judgement == SAID_AT_FAULT else 0
        reading = factuality.from_step(level) + _judgement_marks(candidate, tables)
        return Sense(fault.type, fault.cameo, candidate.word, candidate.content, candidate.judgement, reading.status)
    if _denial(candidate, tables.cues) or _no_comment(candidate, tables) or _a_kind(candidate, tables.cues) \
            or _kept_open(candidate, tables.cues) or _campaign_appeal(candidate, tables) \
            or _named_back_as_time(candidate, tables.cues):
        return None
    content = _framed(candidate.content, tables)
    governors = candidate.governors
    word = candidate.word
    if content is None:  # the word in a sense that is no event: "gave birth", "released a statement"
        above = _event_verb_above(candidate, tables)  # "expelled the envoy, giving him 72 hours to leave"
        if above is None:
            act = _speech_act_above(candidate, tables)  # "demanded that Ankara provide information": a demand
            if act is None:
                return None
            return replace(act, factuality=factuality.from_step(_level(candidate, act.trigger)).status)
        content, governors = above
        word = content.token
    entry = content.entry
    sense = Sense(entry.type, entry.cameo, word, content)
    # the level of the factuality readings that decided the type: the event word's, a higher event verb's that
    # took it over, or a governor's
    decider = 0 if content.token.i == candidate.content.token.i else _level(candidate, content.token)
    refrained = False
    for governor in governors:
        if _refrains(sense, governor, tables):
            refrained = True  # "declined to criticise her rival": the criticism, not done; no refusal of anything
            continue
        governed = _govern(sense, governor, tables)
        if governed is not sense:
            decider = _level(candidate, governor.verb)
        sense = governed
    if not candidate.chain:
        return replace(sense, factuality=factuality.status)  # a bare event noun: no verb recodes it
    sense = _complaint(sense, tables)
    if _forecast(sense, tables) or _shows(sense):
        return None
    reading = factuality.from_step(decider)
    return _qualified(sense, candidate, reading + Reading(negations=1) if refrained else reading, factuality, tables)


def _refrains(sense: Sense, governor: Governor, tables: Tables) -> bool:
    """A verb of declining or refusing that governs, as its own infinitive, an attack in words its subject would make
    ("declined to criticise her rival", "refused to attack his rivals", like declining to comment): not attacking is
    no act, and turns down nothing another side asked or offered (cues ``refraining``). Refusing or declining a
    cooperative or a material hostile act ("refused to endorse", "declined to shell the town"), an act already
    recoded by a verb below or one a named demand asked for ("despite calls from X"), stay refusals (REJECT:
    refusing is an act of its own type)."""
    verb, content = governor.verb, sense.content.token
    if not in_group(verb, tables.cues.refraining) or sense.modality is not None or sense.content.nominal:
        return False
    if tables.ontology.info(sense.type).quad != "verbal_conflict" or sense.trigger.i != content.i:
        return False
    return _refraining_from(verb, content, tables)


def _refraining_from(verb: Token, content: Token, tables: Tables) -> bool:
    """The verb of declining or refusing (cues ``refraining``) takes the act as its own infinitive and names no
    demand for it."""
    return in_group(verb, tables.cues.refraining) and content.head.i == verb.i and content.dep_ == "xcomp" \
        and not _demand_named(verb, content, tables.cues)


def _demand_named(verb: Token, content: Token, cues: Cues) -> bool:
    """A demand or an order named beside the refusal ("despite *calls* from WADA", "defying an *order*"): what is
    turned down was asked for. The parser may hang the phrase on either verb; a demand that is what the act would
    attack ("declined to criticise the calls") is its object, not a preposition's or the refusing verb's."""
    return any(lemma(t) in cues.demand_nouns and (t.dep_ == "pobj" or t.head.i == verb.i)
               for t in verb.subtree)


def _no_comment(candidate: Candidate, tables: Tables) -> bool:
    """"Declined to comment", "refused to say", "his refusal to comment", "declined to be interviewed", "declined
    requests for an interview": declining to speak to the press is no political refusal."""
    cues = tables.cues
    asked = candidate.content.token  # "declined *requests* for comment", "refused to *give* an interview": the
    # request or the giving is the trigger, the refusal its governor
    if (_speech_asked(asked, cues) or _gives_speech(asked, cues)) \
            and any(in_group(g.verb, cues.press_refusals) for g in candidate.governors):
        return True
    if candidate.nominal:
        noun = candidate.content.token
        return in_group(noun, cues.refusal_nouns) and any(
            c.dep_ == "acl" and has_infinitive(c) and (in_group(c, cues.comment_verbs) or _gives_details(c, cues))
            for c in noun.children)
    verb = candidate.content.token
    if in_group(verb, cues.comment_verbs) or _gives_details(verb, cues):  # the speaking or giving is a trigger
        return any(in_group(g.verb, cues.refusal) for g in candidate.governors)
    return in_group(verb, cues.refusal) and any(
        (c.dep_ == "xcomp" and (in_group(c, cues.comment_verbs) or _gives_details(c, cues) or _gives_speech(c, cues)))
        or (c.dep_ == "dobj" and in_group(verb, cues.press_refusals) and _speech_asked(c, cues))
        or (c.dep_ == "xcomp" and in_group(verb, cues.press_refusals) and _answers_press(c, tables))
        for c in verb.children)


# verbs of answering a question or request: declining them declines to speak only when the press asked
PRESS_REPLIES = frozenset({"answer", "respond", "reply"})


def _answers_press(verb: Token, tables: Tables) -> bool:
    """"declined to respond to requests for comment", "refused to answer questions from reporters": what would be
    answered is a reporter's (asked for comment, or from the press), so declining it is declining to speak. A
    state's, a committee's or a union's request, call or question refused stays a refusal ("refused to respond to
    the UN's request for inspections")."""
    if lemma(verb) not in PRESS_REPLIES:
        return False
    asked = [c for c in verb.children if c.dep_ == "dobj"] + [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    return any(slot_is(a, "press_request", tables) and (_speech_asked(a, tables.cues) or _from_press(a, verb, tables))
               for a in asked)


def _from_press(asked: Token, verb: Token, tables: Tables) -> bool:
    """A request or question for comment or from the press: "for" a press answer, or "from" reporters (the parser
    hangs the from-phrase on the noun or on the answering verb)."""
    phrases = [(c.lower_, p) for h in (asked, verb) for c in h.children if c.dep_ == "prep"
               for p in c.children if p.dep_ == "pobj"]
    return any((prep == "for" and slot_is(p, "press_answer", tables))
               or (prep == "from" and slot_is(p, "press_corps", tables)) for prep, p in phrases)


# the prepositions by which a verb of asking names whom it addresses ("called *on* voters", "appealed *to* voters")
ADDRESSEE_PREPOSITIONS = frozenset({"on", "to"})


def _campaign_appeal(candidate: Candidate, tables: Tables) -> bool:
    """An act asked of voters by a verb of asking above it ("called on voters to reject the referendum", "urged
    constituents to back the levy"): the act is the voters' own, a citizen's, asked and not done, and no event
    between actors. Whether the asking itself is a request (only a campaign's act asked of voters is no request:
    "urged voters to turn out") is the asking verb's frames' to say (senses.yaml ask, urge, call on, appeal)."""
    return any(_asks(g.verb, tables.cues) and any(slot_is(a, "campaign_audience", tables) for a in _addressees(g.verb))
               for g in candidate.governors)


def _asks(verb: Token, cues: Cues) -> bool:
    """A verb of asking: one of the request cues, or "call on"."""
    return in_group(verb, cues.request) or (lemma(verb) == "call" and any(c.lower_ == "on" for c in verb.children))


def _addressees(verb: Token) -> list[Token]:
    """Whom a verb of asking addresses: its object or indirect object, or the object of its "on" or "to"."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return found + [p for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ADDRESSEE_PREPOSITIONS
                    for p in c.children if p.dep_ == "pobj"]


def _speech_asked(noun: Token, cues: Cues) -> bool:
    """"an interview", "an interview request", "requests for comment": what a reporter asks of someone (not
    someone's own "comments": a possessor makes them speech made)."""
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    if lemma(noun) in cues.press_asks:
        return True
    return lemma(noun) in cues.press_requests and any(
        (c.dep_ in ("compound", "amod") and lemma(c) in cues.press_asks)
        or (c.dep_ == "prep" and c.lower_ == "for" and any(lemma(p) in cues.press_asks for p in c.children))
        for c in noun.children)


def _gives_speech(verb: Token, cues: Cues) -> bool:
    """"refused to give an interview (to the station)": handing over speech, to whomever, is speaking."""
    return in_group(verb, cues.comment_giving) and any(
        c.dep_ == "dobj" and _speech_asked(c, cues) for c in verb.children)


def _kept_open(candidate: Candidate, cues: Cues) -> bool:
    """"Refused to rule out a run", "declined to rule out military action": refusing to exclude an option keeps it
    open; no refusal is made and nothing is done (what is kept open is told by no other event)."""
    if candidate.nominal:
        return False
    verb = candidate.content.token
    excluding = [c for c in verb.children if c.dep_ == "xcomp" and _excludes(c, cues)]
    if excluding and in_group(verb, cues.refusal):
        return True
    return _excludes(verb, cues) and any(in_group(g.verb, cues.refusal) for g in candidate.governors)


def _excludes(verb: Token, cues: Cues) -> bool:
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return any(f in cues.exclusion_verbs or any(f"{f} {p}" in cues.exclusion_verbs for p in particles)
               for f in forms(verb))


def _gives_details(verb: Token, cues: Cues) -> bool:
    """"give a figure", "provide details": handing a detail to nobody named (declining it is no comment); "give
    the inspectors the files" or "provide data to the agency" names who would receive it."""
    if not in_group(verb, cues.comment_giving):
        return False
    if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and lemma(c) in cues.comment_details for c in verb.children)


def _a_kind(candidate: Candidate, cues: Cues) -> bool:
    """"Those kinds of proposals", "this type of attack": an event noun that names a kind of act tells none."""
    noun = candidate.content.token
    if not candidate.content.nominal or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    return lemma(noun.head.head) in cues.kind_nouns


def _named_back_as_time(candidate: Candidate, cues: Cues) -> bool:
    """"After *his arrest*": an event noun under a preposition of sequence, with a possessive pronoun and no other
    word of its own, names a known act to tell when something else happened; it tells no act itself."""
    noun = candidate.content.token
    if not candidate.content.nominal or noun.dep_ != "pobj" or noun.head.lower_ not in cues.sequence_prepositions:
        return False
    own = [c for c in noun.children if c.dep_ != "cc" and c.dep_ != "conj" and c.dep_ != "punct"]
    return len(own) == 1 and own[0].dep_ == "poss" and own[0].pos_ == "PRON"


def _level(candidate: Candidate, verb: Token) -> int:
    """The factuality level of a verb of the chain (above the carried event noun, when there is one): the
    readings below the verb that decided the type belong to its content ("vowed that it *would* retaliate": the
    vow is asserted; "refused *any* talks": the refusal is)."""
    carried = 1 if candidate.nominal and candidate.content.token.i != candidate.chain[0].i else 0
    return carried + next((k for k, v in enumerate(candidate.chain) if v.i == verb.i), 0)


def _denial(candidate: Candidate, cues: Cues) -> bool:
    """"Denied that troops had fired", "denied the allegations": a denial says something is not so; it is no
    act of its own (what it denies is negated and reported by the denier: see the factuality layer). Denying
    someone a thing ("denied them visas") is a refusal."""
    if candidate.nominal:  # "denied the allegations", "denied any involvement"
        denier = candidate.chain[0] if candidate.chain else None
        return denier is not None and in_group(denier, cues.denial) \
            and lemma(candidate.content.token) in cues.proposition_nouns
    verb = candidate.content.token
    if not in_group(verb, cues.denial) or candidate.governors:
        return False
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp") or (child.dep_ == "dobj" and child.tag_ == "VBG"):
            return True
        if child.dep_ == "dobj" and lemma(child) in cues.proposition_nouns:
            return True
    return False


def _event_verb_above(candidate: Candidate, tables: Tables) -> tuple[Trigger, tuple[Governor, ...]] | None:
    """The first event verb governing a content word that tells no event, in the sense its own arguments give
    it, with the governors above it."""
    for k, governor in enumerate(candidate.governors):
        trigger = governor.trigger
        if trigger is None or trigger.nominal or governor.verb.i == candidate.content.token.i:
            continue
        framed = _framed(trigger, tables)
        if framed is not None:
            return framed, candidate.governors[k + 1:]
    return None


SPEECH_ACT_CUES = (("request", "REQUEST"), ("refusal", "REJECT"), ("threat", "THREATEN"))


def _speech_act_above(candidate: Candidate, tables: Tables) -> Sense | None:
    """A demand, refusal or threat governing an act that is no event of its own ("demanded that Ankara provide
    information", "refused to release the report") is still a demand, refusal or threat. A question is none:
    "asked him whether he would accept the result" asks to be told, and requests no act (what it asks about is
    open, not asserted)."""
    cues = tables.cues
    for governor in candidate.governors:
        verb = governor.verb
        if verb.i == candidate.content.token.i or _asks_about(verb, candidate.content.token):
            continue
        for group, event_type in SPEECH_ACT_CUES:
            if in_group(verb, getattr(cues, group)):
                cameo = tables.ontology.cameo(event_type)
                entry = Entry(key=lemma(verb), type=event_type, cameo=cameo)
                return Sense(event_type, cameo, verb, Trigger(verb, entry, nominal=False), _MODALITY[group])
    return None


_MODALITY = {"request": "request", "refusal": "refusal", "threat": "threat"}


def _framed(trigger: Trigger, tables: Tables) -> Trigger | None:
    """The trigger in the sense its arguments give it (:mod:`~accord.events.valency`); None for no event."""
    entry = sense_by_frame(trigger, tables)
    if entry is None:
        return None
    return trigger if entry is trigger.entry else replace(trigger, entry=entry)


def _govern(sense: Sense, governor: Governor, tables: Tables) -> Sense:
    """Let one governing verb recode the event below it."""
    cues, ontology = tables.cues, tables.ontology
    verb = governor.verb
    word = next(iter(_forms_in_cues(verb, cues)), lemma(verb))
    content_type = sense.type
    coop = ontology.is_cooperative(content_type)
    result: tuple[str, str, str] | None = None
    if word in cues.reversal and any(c.dep_ == "prt" and c.lower_ in cues.outcome_particles for c in verb.children):
        return sense  # "ended up signing", "scaled up the programme": no reversal
    if word in cues.closing and lemma(sense.content.token) in cues.occasions:
        return sense  # "ended its meeting by announcing a cut": the meeting held to its close, nothing halted
    if word in cues.denial and not sense.content.nominal:
        return sense  # "denied attacking the convoy": the attack, negated and reported (layer 2)
    if word in cues.threat and _warns_someone(verb):
        result = ("REQUEST", ontology.cameo("REQUEST", ontology.request_cameo, content_type), "request")
    elif word in cues.threat and _forecast_of_another(verb, sense.content.token, tables):
        return sense  # "officials warned that Russia could attack": Russia's attack foreseen, no threat made
    elif word in cues.threat:
        result = ("THREATEN", ontology.cameo("THREATEN", ontology.threat_cameo, content_type), "threat")
    elif word in cues.refusal:
        result = ("REJECT", ontology.cameo("REJECT", ontology.reject_cameo, content_type), "refusal")
    elif word in cues.request and _act_carried_on(verb, sense, tables):
        return sense  # "pressed his attack on the senator", "pressed charges": the act carried on, nothing asked
    elif word in cues.request and _proposal_promoted(verb, sense, tables):
        return sense  # "pushed his proposals": one's own plan promoted, nobody asked
    elif word in cues.request and not _asks_about(verb, sense.content.token):
        table = ontology.request_cameo if word in cues.demanding else ontology.appeal_cameo
        result = ("REQUEST", ontology.cameo("REQUEST", table, content_type), "request")
    elif word in cues.approval and sense.content.nominal:
        result = ("SUPPORT", ontology.cameo("SUPPORT"), "approval")  # "welcomed the pullback", "hailed the agreement"
    elif word in cues.acceptance and content_type in ("REQUEST", "THREATEN"):
        result = ("CONCEDE", ontology.recoding_cameo["accede"], "accept")
    elif word in cues.reversal and content_type == "PROTEST" and _halted_by_state(verb, tables):
        # "the march was halted by police": a protest stopped by the state is repressed (CAMEO 175), no concession
        result = ("COERCE", ontology.recoding_cameo["repress"], "repression")
    elif word in cues.reversal and coop and word not in cues.easing_only:
        result = ("SANCTION", ontology.cameo("SANCTION", ontology.halt_cameo, content_type), REVERSAL)
    elif word in cues.reversal and not coop and word not in cues.halting_only:
        military = "military" in sense.content.entry.contexts or content_type in ("ASSAULT", "MOBILIZE")
        result = ("RETREAT", ontology.cameo("RETREAT"), REVERSAL) if military \
            else ("CONCEDE", ontology.recoding_cameo["ease"], REVERSAL)
    elif (word in cues.seeking or word in cues.wanting) and _asks_another(verb, sense, cues):
        table = ontology.appeal_cameo if word in cues.seeking else ontology.request_cameo  # sought aid: an appeal
        result = ("REQUEST", ontology.cameo("REQUEST", table, content_type), "request")
    elif word in cues.intent and sense.content.nominal and lemma(sense.content.token) in cues.expressive_nouns:
        result = None  # "offered his condolences": the expression is made by offering it, nothing is promised
    elif word in cues.intent or word in cues.intent_adjectives:
        if coop:
            result = ("AGREE", ontology.cameo("AGREE", ontology.intent_cameo, content_type), "intent")
        else:
            result = ("THREATEN", ontology.cameo("THREATEN", ontology.threat_cameo, content_type), "intent")
    elif word in cues.light or word in cues.aspectual:
        result = None
    elif governor.trigger is not None and verb.i != sense.content.token.i and not governor.trigger.nominal:
        if _means_of(verb, sense.content.token):
            return sense  # "retaliated by imposing sanctions": the sanctions are the act
        higher = _framed(governor.trigger, tables)  # a higher event verb: the lower clause is its purpose
        if higher is None:
            return sense  # the higher verb tells no event ("pleaded guilty to threatening ...")
        entry = higher.entry
        return replace(sense, type=entry.type, cameo=entry.cameo, trigger=verb, content=higher, modality=None)
    if result is not None and result[0] != sense.type:
        return replace(sense, type=result[0], cameo=result[1], modality=result[2], trigger=verb)
    return sense


def _halted_by_state(verb: Token, tables: Tables) -> bool:
    """Whether the one who halts is a state body (the police, the army, the authorities): the active subject or
    the by-agent of a passive."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return any(slot_is(d, "government", tables) for d in doers)


def _act_carried_on(verb: Token, sense: Sense, tables: Tables) -> bool:
    """"Pressed his attack on the senator", "pressed charges against him", "pushed its offensive": a verb of pressing
    whose own object is a hostile act carries that act on, as "continued" would; a cooperative act pressed ("pushed
    the deal") or a party pressed ("pressed the senator to resign") is still urged on others."""
    content = sense.content.token
    return lemma(verb) in tables.cues.demanding and sense.content.nominal and content.dep_ == "dobj" \
        and content.head.i == verb.i and not tables.ontology.is_cooperative(sense.type)


def _proposal_promoted(verb: Token, sense: Sense, tables: Tables) -> bool:
    """"Pushed his promise of free college", "pressed proposals to cut taxes": a verb of pressing whose object is a
    promise or a proposal (senses.yaml ``pledge_words``) and that presses nobody (no object of its own besides, no
    "on" or "to" addressee) promotes a plan to the public; it asks no party for anything ("pushed Congress to pass
    the proposal" and "pressed the senator on his promise" still ask)."""
    content = sense.content.token
    if not (lemma(verb) in tables.cues.demanding and sense.content.nominal and content.dep_ == "dobj"
            and content.head.i == verb.i and lemma(content) in tables.senses.pledge_words):
        return False
    pressed = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPOSITIONS
               for p in c.children if p.dep_ == "pobj" and slot_is(p, "agent", tables)]  # not "on Tuesday"
    return not pressed and not any(c.dep_ == "dative" or (c.dep_ == "xcomp" and has_infinitive(c))
                                   for c in verb.children)


def _asks_about(verb: Token, content: Token) -> bool:
    """"Asked whether anybody was wounded", "asked if talks would resume": a question asks to be told, it
    requests no act; what it asks about is open (the factuality layer reads the "whether")."""
    return any(c.dep_ == "ccomp" and (c.i == content.i or c.is_ancestor(content)) and question_clause(c)
               for c in verb.children)


def _asks_another(verb: Token, sense: Sense, cues: Cues) -> bool:
    """"sought the aid of Damascus", "expects Turkey to hand over Afrin", "wants Trump banned": seeking an act as
    a thing, or wanting another party to act, asks for it (a request), unlike "seeks to withdraw" (intent)."""
    word = lemma(verb)
    content = sense.content.token
    if word in cues.seeking and content.head.i == verb.i and content.dep_ in ("dobj", "nsubjpass"):
        return True
    if word not in cues.wanting:
        return False
    clause = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")
                   and (c.i == content.i or c.is_ancestor(content))), None)
    if clause is None:
        return False
    own_subject = has_nominal_subject(clause)
    return own_subject or any(c.dep_ == "dobj" for c in verb.children)


def _means_of(verb: Token, content: Token) -> bool:
    """The lower act is how the higher one was done: "retaliated *by imposing* sanctions"."""
    return any(c.dep_ == "prep" and c.lower_ == "by" and (c.is_ancestor(content)) for c in verb.children)


def _warns_someone(verb: Token) -> bool:
    """"warned the rebels not to attack": a warning addressed to a party about its own act is a demand."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def _forms_in_cues(verb: Token, cues: Cues) -> list[str]:
    """The verb's forms that some cue list knows (the lemma first)."""
    groups = (cues.threat, cues.refusal, cues.request, cues.approval, cues.acceptance, cues.reversal,
              cues.intent, cues.intent_adjectives, cues.light, cues.aspectual)
    return [f for f in forms(verb) if any(f in g for g in groups)]


def _complaint(sense: Sense, tables: Tables) -> Sense:
    """"X protested that ...", "..., a rights group protested": a protest verb reporting what was said is an
    official complaint, not a demonstration."""
    trigger = sense.trigger
    said = any(c.dep_ == "ccomp" for c in trigger.children) or _reports_content(trigger)
    if sense.type == "PROTEST" and trigger.lemma_.lower() == "protest" and said:
        return replace(sense, type="ACCUSE", cameo=tables.ontology.recoding_cameo["complain"], modality=None)
    return sense


def _shows(sense: Sense) -> bool:
    """"This case demonstrates that free speech does not protect ...": a verb of demonstrating with a that-clause
    tells what something shows, not a demonstration."""
    trigger = sense.trigger
    return sense.type == "PROTEST" and lemma(trigger) != "protest" and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in trigger.children)


def _reports_content(verb: Token) -> bool:
    """A protest verb reporting what was said: "X are failing to ..., a rights group protested"."""
    return verb.dep_ in ("parataxis", "ROOT") and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)


def _forecast(sense: Sense, tables: Tables) -> bool:
    """"Aid groups warned that the river is drying up": a warning whose clause foretells a state of affairs,
    not an act of the warner's side ("warned that it would retaliate"), is no threat."""
    verb = sense.content.token
    if sense.type != "THREATEN" or lemma(verb) not in tables.cues.forecast_verbs or sense.trigger.i != verb.i:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses or any(c.dep_ in ("dobj", "prep") for c in verb.children):
        return False
    return not any(_foretells_an_act(c, tables) for c in clauses)


def _forecast_of_another(verb: Token, content: Token, tables: Tables) -> bool:
    """A verb of warning whose that-clause tells what a third side or a thing will do ("officials warned that
    Russia could attack Ukraine"): the act in the clause is foreseen, not threatened by the warner."""
    if lemma(verb) not in tables.cues.forecast_verbs or any(c.dep_ == "dobj" for c in verb.children):
        return False
    clause = content
    for _ in range(MAX_CLAUSE_CLIMB):
        if clause.head.i in (verb.i, clause.i):
            break
        clause = clause.head
    if clause.head.i != verb.i or clause.i == verb.i or clause.dep_ != "ccomp":
        return False
    return not _foretells_an_act(clause, tables)


def _foretells_an_act(clause: Token, tables: Tables) -> bool:
    """'... that it would retaliate', '... that police will stop guarding', '... that Russia would pay a heavy
    price', '... that any attack would be met with force': an act some side will do, or what another side will
    suffer. Not a state to come ('... that their return would be difficult'), nor what a thing will do or what
    may happen ('experts warned that the economy would shrink', 'officials warned that Russia could attack'): a
    forecast, not an act the warner announces. Nor an outcome that befalls a side ('... that they would lose the
    vote', '... that it could collapse'): what a side wins, loses or undergoes is no act it does."""
    cues = tables.cues
    if lemma(clause) in cues.copulas:
        return False
    will = any(c.dep_ == "aux" and c.lower_ in cues.future_modals for c in clause.children)
    if will and lemma(clause) in cues.consequence_verbs:
        return True
    if lemma(_act_of(clause)) in cues.outcome_verbs:
        return False
    subject = subject_of(clause)
    if subject is None:
        return will
    if subject.lower_ in cues.indefinite_subjects or subject.lower_ in cues.negative_subjects \
            or _indefinite_one(subject):
        return will and subject.dep_ == "nsubjpass"  # "that nobody can win the state": no side named
    if subject.pos_ == "PRON":
        # a side named by a pronoun announces what it will do ("that they would retaliate", "that they are going
        # to strike") or may do to another party ("that it could sell its bonds", "that it might close the
        # border"); told in the plain present or past, the clause says what is or was ("'It is hurting our
        # schools,' he warned"): a charge or a forecast, no act to come
        return will or _going_to_act(clause) or _may_act(clause, tables)
    return will and (subject.dep_ == "nsubjpass" or slot_is(subject, "agent", tables))


def _act_of(clause: Token) -> Token:
    """The verb that tells the act of a clause: the verb under "going to" ("they are going to strike"), else the
    clause's own verb."""
    return next((c for c in clause.children if c.dep_ == "xcomp" and going_to(clause, c)), clause)


def _going_to_act(clause: Token) -> bool:
    """"That they are going to strike": what a side is going to do is an act to come, as with "will"."""
    return _act_of(clause).i != clause.i


def _may_act(clause: Token, tables: Tables) -> bool:
    """"That it might close the border", "that they could sell their bonds": a modal of what may be, with an act
    the subject does to another party or to a thing (a direct object) or one the trigger lexicon knows as an act
    ("that they may retaliate"). A modal of ability alone ("that they can win") tells what a side is able to do,
    and a negated one ("that they cannot win", "could not stop them") what it is not: neither announces an act."""
    cues = tables.cues
    modals = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if not modals & (cues.possibility_modals - cues.present_ability_modals):
        return False
    if any(c.dep_ == "neg" or c.lower_ in cues.negation for c in clause.children):
        return False
    return any(c.dep_ == "dobj" for c in clause.children) or lemma(clause) in tables.lexicon.verbs


def _indefinite_one(subject: Token) -> bool:
    """"No one" and "no-one", which the tokenizer splits into "no", "-", "one" (and tags "one" as a noun): "one"
    right after "no", or after "no" and a hyphen."""
    doc = subject.doc
    before = [t.lower_ for t in doc[max(subject.i - 2, 0):subject.i]]
    return subject.lower_ == "one" and (before[-1:] == ["no"] or before == ["no", "-"])


def _qualified(sense: Sense, candidate: Candidate, reading: Reading, factuality: Factuality,
               tables: Tables) -> Sense:
    """What the readings make of the sense, from the verb that decided it upwards: an act to come that the
    actor itself announces is promised (AGREE, cooperative) or threatened (THREATEN, hostile); a cooperative act
    negated where it was to come or to be accepted is refused ("would not meet", "cannot accept", "did not
    accept"); an act a reported speaker says must happen is demanded. Each consumes the readings it turned into
    a type; what is left is the event's factuality."""
    cues, ontology = tables.cues, tables.ontology
    if sense.modality not in DECIDED_MODALITIES and _announced(reading, candidate, factuality, cues):
        announced = replace(reading, future=False, conditional=False, possible=False, conditioned=False)
        if ontology.is_cooperative(sense.type):
            # "said they would sign the truce": announcing one's own agreement to come is the promise (AGREE)
            # made now, as "said it would send aid" is; the agreement noun keeps its own code
            cameo = sense.cameo if sense.type == "AGREE" else ontology.cameo("AGREE", ontology.intent_cameo,
                                                                              sense.type)
            sense = replace(sense, type="AGREE", cameo=cameo, modality="intent")
            reading = announced
        elif not ontology.is_cooperative(sense.type) and sense.type in ontology.threat_cameo:
            sense = replace(sense, type="THREATEN", cameo=ontology.threat_cameo[sense.type], modality="intent")
            reading = announced
    accepting = _accepting(candidate, cues)
    to_come = reading.future or reading.conditional or sense.modality == "intent"
    refused = reading.particle and reading.negated and not (reading.hypothetical or reading.possible
                                                            or reading.undecided)
    if refused and ontology.is_cooperative(sense.type) and (to_come or accepting):
        sense = replace(sense, type="REJECT", cameo=ontology.cameo("REJECT"))
        reading = replace(reading, negations=0, particle=False, future=False, conditional=False)
    if reading.obliged and factuality.speaker is not None and sense.type not in NOT_DEMANDED \
            and not _first_person(candidate) and not _thing_obliged(candidate, tables):
        # "we have to reinforce": no demand on anyone else; "the platform should mention X": no one addressed
        sense = replace(sense, type="REQUEST", cameo=ontology.cameo("REQUEST", ontology.request_cameo, sense.type),
                        modality="obligation")
        reading = factuality.context  # the modal, its negation and what it governs are what is demanded
    return replace(sense, factuality=reading.status)


def _accepting(candidate: Candidate, cues: Cues) -> bool:
    """Accepting or agreeing: a governing verb of acceptance ("did not accept the offer", "would not meet the
    demands"), or an agreement verb that is the event itself ("did not agree") — not "never met the envoy",
    where "meet" is a meeting."""
    if any(in_group(g.verb, cues.acceptance) or lemma(g.verb) == "agree" for g in candidate.governors):
        return True
    verb = candidate.content.token
    return candidate.content.entry.type == "AGREE" and (in_group(verb, cues.acceptance) or lemma(verb) == "agree")


def _announced(reading: Reading, candidate: Candidate, factuality: Factuality, cues: Cues) -> bool:
    """An act to come told as announced: in the first person ("we will retaliate"), or by a source the text
    cites ("Iran said it would respond", "X will visit Y, officials said") — an intention made known, which is a
    promise or a threat; so is a conditional one ("said they would meet him if ...", "X may halt aid if ...,
    its minister said"). The narrator's own forecast ("the three leaders will meet on Wednesday") and a plan
    ("plans to deploy") are told as to come instead; so is what a source believes or expects will happen ("said
    she believed the army would win", "said he expected Iran would retaliate"): a forecast, no intention made
    known. What a source says another named person will do stays announced: a spokesman or an aide telling the
    leader's plan ("Putin will visit Ankara, his spokesman said") is the common case, and the text seldom says
    whether the teller speaks for the doer."""
    if reading.negated or reading.hypothetical or reading.obliged or reading.undecided:
        return False
    if not (reading.future or reading.conditional or (reading.possible and reading.conditioned)):
        return False
    if not any(_announcing_word(c, verb) for verb in candidate.chain for c in verb.children):
        return False  # "plans to", "is due to", "is expected to": a plan or a schedule, not an announcement
    speaker = factuality.speaker
    if speaker is not None and _believed(candidate.top, speaker.head, cues):
        return False  # "I think we will win", "said he expected Iran would retaliate": a belief, not a commitment
    if _first_person(candidate):
        return True
    subject = subject_of(candidate.top)
    named = subject is not None and (subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in NAMED_PARTIES)
    return named and speaker is not None  # a named party's intention, not "employees will receive"


def _believed(act: Token, saying: Token, cues: Cues) -> bool:
    """A verb of belief on the way up from the act to the source's verb, that verb included ("believed the army
    would win", "said he expected Iran would retaliate"). Tokens are compared by index: spaCy makes a new Token
    object per access."""
    token = act
    while token.head.i != token.i:
        token = token.head
        if lemma(token) in cues.belief_verbs:
            return True
        if token.i == saying.i:
            return False
    return False


def _thing_obliged(candidate: Candidate, tables: Tables) -> bool:
    """What a speaker says must or should happen told of a thing that cannot act ("the platform should reiterate
    its support", "the budget must include aid"): an opinion of what a text or a plan ought to hold, addressed to no
    actor, so no demand (docs/annotation.md: obligation is hypothetical; a REQUEST's recipient is its addressee). A
    passive with no subject that acts ("troops must be withdrawn") still asks for the act."""
    subject = subject_of(candidate.top)
    return subject is not None and cannot_act(subject, tables)


def _first_person(candidate: Candidate) -> bool:
    subject = subject_of(candidate.top)
    return subject is not None and subject.lower_ in ("we", "i")


def _announcing_word(child: Token, verb: Token) -> bool:
    """A modal auxiliary ("will", "would", "may") or "going to" ("we are going to withdraw")."""
    if child.dep_ == "aux" and child.tag_ == "MD":
        return True
    return lemma(verb) == "go" and verb.tag_ == "VBG" and child.dep_ == "xcomp"


def settle(sense: Sense, has_recipient: bool, tables: Tables) -> Sense:
    """The one sense that waits for the arguments: "fired two missiles into the sea" — a weapon fired into open
    water at no named target — is a show of force (MOBILIZE), not an attack."""
    if sense.type != "ASSAULT" or has_recipient:
        return sense
    cues = tables.cues
    verb = sense.trigger
    weapons = [c for c in verb.children if c.dep_ == "dobj" and lemma(c) in cues.display_weapons]
    water = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "off", "in")
             for p in c.children if p.dep_ == "pobj" and lemma(p) in cues.open_water]
    if weapons and water:
        return replace(sense, type="MOBILIZE", cameo=tables.ontology.cameo("MOBILIZE"))
    return sense


def between_private_parties(sense: Sense, actor: tuple[Actor, ...], recipient: tuple[Actor, ...],
                            tables: Tables) -> bool:
    """An interaction in which neither side is a political actor — two private persons, a company and its
    workers, fans at a match — is no political event (docs/annotation.md, "What is an event"). It takes a
    source known to be private and a target private or none; with the source unknown ("civilians were killed"),
    who acted may well be a state. Dissent and violence are coded whoever acts, and so is a threat or a demand
    of them ("unions threatened to call a strike")."""
    political_types = tables.senses.political_types
    if sense.type in political_types or sense.content.entry.type in political_types or not actor:
        return False
    senses = tables.senses
    sides = [a for a in (*actor, *recipient) if a.kind != "place"]  # a place taken for a side is no party
    if any(a.sector in senses.political_sectors or a.kind in ("state", "country") for a in sides):
        return False
    if sense.type in senses.debate_types and any(a.sector in senses.debate_sectors for a in sides):
        return False  # "the host blasted the website": criticism in public debate
    return all(a.sector in senses.private_sectors for a in sides)


def in_a_contest(sense: Sense, actor: tuple[Actor, ...], recipient: tuple[Actor, ...], tables: Tables) -> Sense | None:
    """A word of armed conflict told of a political contest (senses.yaml ``contest_words``): campaigners (persons
    who command no arms), attack, clash and fire back in words ("Trump attacked Rubio": ACCUSE, criticism), and
    beat, fight or capture only in the race ("Clinton battled Sanders", "Cruz captured Texas": no event, the
    sense itself, None). A head of government attacks another leader in words too ("Erdogan attacked Macron"),
    but a state, a force or a country attacked is a real attack. Any armed side keeps the fight real. A person of
    politics attacked by a side not named or bearing no arms is criticised too (:func:`_unarmed_against_campaigners`:
    "attacks on the senator"), unless harm, arms or a spot of ground are told."""
    senses = tables.senses
    word = lemma(sense.content.token)
    verbal, race = word in senses.contest_verbal, word in senses.contest_race
    if sense.content.entry.type != "ASSAULT":
        return sense
    if word in senses.race_words and race_in_clause(sense.content.token, tables) \
            and not _armed_side(actor, recipient, tables) and not _armed_with(sense.content.token, tables):
        return None  # "beat the governor in the primary", "lost a primary fight": the race, no event
    if not (verbal or race):
        return sense
    # persons of politics attacked by a side that bears no arms and is no state, or by a side not named ("attacks on
    # the candidate", "she went on to attack the senator"): with no weapon nor harm told, it is one in words; a
    # battle or a fight with them, told by the noun ("the battle with the senator", "his fight against the
    # candidate"), is the rivalry itself: armed sides battle forces, not a politician in person
    nominal = sense.content.token.pos_ != "VERB"
    won_over = word in senses.race_words and _race_won_over(sense.content.token, actor)  # not "captured"
    at_campaigners = (verbal or (race and (nominal or won_over))) \
        and _unarmed_against_campaigners(sense.content.token, actor, recipient, tables)
    if not actor and not at_campaigners:
        return sense
    if nominal and not ((verbal or race) and _noun_in_words(sense.content.token, actor, recipient, at_campaigners,
                                                            tables)):
        return sense
    if actor and not recipient and all(a.text.lower() in PERSONAL_PRONOUNS for a in actor):
        return sense  # "until they attack": whom the pronoun stands for is less sure than the act
    if any(a.sector in senses.armed_sectors for a in (*actor, *recipient)) or _armed_with(sense.content.token, tables):
        return sense
    if not (_contestants(actor, recipient, tables) or at_campaigners
            or (verbal and _leader_against_persons(actor, recipient, tables))):
        return sense
    if verbal and sense.modality == REVERSAL:
        return None  # "dropped her attacks on her rival": criticism ended is no act between parties
    if verbal and sense.modality == "refusal" and sense.factuality == ASSERTED \
            and _refraining_from(sense.trigger, sense.content.token, tables):
        # "refused to attack his rivals": an attack in words not made, nobody asked for it (as "declined to
        # criticise" is read in sense_of, once the contest has told that the attack is one in words)
        return replace(sense, type="ACCUSE", cameo=tables.ontology.recoding_cameo["criticize"], modality=None,
                       trigger=sense.content.token, factuality=NEGATED)
    if verbal and sense.type != "ASSAULT":
        return sense  # "vowed to attack her record": the threat or the promise stays what the verb above made it
    if verbal:
        cameo = tables.ontology.recoding_cameo["criticize"]
        return replace(sense, type="ACCUSE", cameo=cameo, modality=None)
    # a race is run against someone: "beat his wife" with the wife not found stays what it says
    return None if recipient else sense


def _race_won_over(word: Token, actor: tuple[Actor, ...]) -> bool:
    """A verb of winning told in the active voice with the winner not found ("the only one who can beat the
    senator", "we will beat her in November"): with persons of politics as the ones beaten (checked by the caller)
    it is the race, as the noun is ("his defeat of the senator"). Told in the passive ("the senator was beaten")
    the side that did it is untold, and a beating is as likely: that stays what it says."""
    return not actor and not any(c.dep_ in ("nsubjpass", "auxpass") for c in word.children)


# Links below a clause that open another clause: an election told there sets no race for the clause above
# ("fought the rebels who boycotted the vote"). A "to" infinitive of purpose stays in it ("fought back *to win* the
# nomination").
OTHER_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "acl", "csubj", "csubjpass", "parataxis", "conj"})


def race_in_clause(word: Token, tables: Tables) -> bool:
    """Whether a word of winning or fighting is told in an election's own clause (senses.yaml ``race_settings``):
    a word of the election in its clause, outside the clauses below it and outside a phrase of time ("after the
    vote")."""
    senses = tables.senses
    head = word
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:  # spaCy makes a new Token per access:
        head = head.head  # compare positions, never identity
    stack = [head]
    while stack:
        token = stack.pop()
        if token.i != word.i and (lemma(token) in senses.race_settings or token.lower_ in senses.race_settings):
            return True
        for child in token.children:
            if child.dep_ in OTHER_CLAUSE_DEPS and not _purpose_infinitive(child):
                continue
            if child.dep_ == "prep" and _phrase_of_time(child, tables):
                continue
            stack.append(child)
    return False


def _phrase_of_time(preposition: Token, tables: Tables) -> bool:
    """"after the vote", "on the eve of the referendum", "in the run-up to the poll": the election is when, no race
    (senses.yaml ``temporal`` prepositions; the ``time_word`` class of the preposition's object)."""
    classes = tables.senses.word_classes
    return "temporal" in classes.get(preposition.lower_, frozenset()) or any(
        c.dep_ == "pobj" and "time_word" in classes.get(lemma(c), frozenset()) for c in preposition.children)


def _purpose_infinitive(clause: Token) -> bool:
    """"to win the nomination": a "to" infinitive hung on the verb as its purpose."""
    return clause.dep_ == "advcl" and clause.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _armed_side(actor: tuple[Actor, ...], recipient: tuple[Actor, ...], tables: Tables) -> bool:
    """A side that bears arms (senses.yaml ``armed_sectors``) or may command them (a country, a body of states)."""
    return any(a.sector in tables.senses.armed_sectors or a.kind in ARMED_KINDS for a in (*actor, *recipient))


def private_backing(sense: Sense, actor: tuple[Actor, ...], tables: Tables) -> bool:
    """Backing told by a verb of backing (senses.yaml ``private_backing_verbs``) of a pronoun that stands for private
    persons ("he told police he supported the president", the man a private citizen): an opinion, as the verb's
    frames make a private subject named in full ("people who backed other candidates"), no act of a party."""
    senses = tables.senses
    if sense.type != "SUPPORT" or lemma(sense.trigger) not in senses.private_backing_verbs or not actor:
        return False
    if sense.trigger.pos_ != "VERB":
        return False
    return all(a.kind == "person" and a.sector in senses.opinion_sectors for a in actor)


def polled(sense: Sense, actor: tuple[Actor, ...], doc: Doc, tables: Tables) -> bool:
    """A stance or a demand of the public polled (senses.yaml ``opinion_types``): voters, respondents, a share of
    the public — private sides named by a word of the class ``electorate`` — backing, opposing or wanting
    something is what a poll or a vote found, no act of a party ("sixty percent of voters want the president to
    resign")."""
    senses = tables.senses
    if sense.type not in senses.opinion_types or not actor:
        return False
    return all(a.sector in senses.opinion_sectors and _named_as_electorate(a, doc, tables) for a in actor)


def press_question(sense: Sense, actor: tuple[Actor, ...], recipient: tuple[Actor, ...], tables: Tables) -> bool:
    """Reporters or an outlet asking someone to answer ("reporters asked the governor to explain the vote": the
    asking verb is its own content, a verb of answering below it) is a question of the press, no request between
    parties. Asking for an act or a disclosure ("asked the minister to publish the audit"), or asking a court
    ("asked the court to unseal the indictment": a legal request), stays a request."""
    senses = tables.senses
    verb = sense.trigger
    if sense.type != "REQUEST" or sense.content.token.i != verb.i or lemma(verb) not in senses.press_asking:
        return False
    if not actor or any(a.sector not in senses.press_sectors for a in actor):
        return False
    if any(r.sector in senses.press_courts for r in recipient):
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and lemma(c) in senses.press_answers for c in verb.children)


def own_state_advised(sense: Sense, actor: tuple[Actor, ...], recipient: tuple[Actor, ...], tables: Tables) -> bool:
    """What a member of a government says that government should or must do, told by a modal and no verb of
    asking ("the government must change its strategy", said by its foreign minister; "Mexico must answer him",
    said by a Mexican official), is its own intent spoken for it, as "we must" is (the factuality layer's first
    person), no demand made of another party. Said by anyone outside the government — a senator, a candidate, the
    opposition ("the US should send more troops", "the government must resign") — or of another country, or by a
    verb of asking ("called on the government to ..."), it stays a demand (docs/annotation.md: REQUEST). So does a
    demand between levels of one country's government: a governor or a mayor (a sub-national office) speaking of
    the nation's or the state's government, or of a government named by its level ("the *federal* government")."""
    if sense.type != "REQUEST" or sense.modality != "obligation" or not actor or not recipient:
        return False
    government = tables.senses.government_sectors
    if any(a.sector not in government or a.country is None for a in actor):
        return False
    if any(_in_class(a.role, "subnational_office", tables) for a in actor) \
            or any(_in_class(r.text, "government_level", tables) for r in recipient):
        return False
    countries = {a.country for a in actor}
    return len(countries) == 1 and all(r.country in countries and r.sector in government for r in recipient)



def _in_class(text: str | None, name: str, tables: Tables) -> bool:
    """Some word of ``text`` (an actor's role or mention) is in the senses.yaml class ``name``."""
    classes = tables.senses.word_classes
    return any(name in classes.get(word, frozenset()) for word in (text or "").lower().replace("-", " ").split())


# What a promise commits to: its clause, its object, and the "for", "to", "of", "on" phrases of a proposal ("a
# proposal *for a ban*", "promised *to cut taxes*"); the rest of the sentence is the promise's setting.
PROMISED_DEPS = frozenset({"xcomp", "ccomp", "acl", "dobj", "relcl"})
PROMISED_PREPOSITIONS = frozenset({"for", "to", "of", "on"})
CAMPAIGNING_KINDS = frozenset({"person", "group"})  # persons, and people named by a role ("the candidate")
# the places only a noun phrase's head takes: a word the tagger read as an adjective there is used as a noun
NOUN_PHRASE_HEAD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "compound"})


def campaign_pledge(sense: Sense, actor: tuple[Actor, ...], recipient: tuple[Actor, ...], tables: Tables,
                    named: NamedIn) -> bool:
    """A promise or a proposal of campaigners told in an election setting (senses.yaml ``campaign_settings``:
    "the candidate vowed to cut taxes", "in the primary race she promised to raise wages"), of a cooperative or a
    hostile act ("the candidate vowed to deport millions": senses.yaml ``pledge_types``), is campaign speech, no
    commitment to a party (docs/annotation.md, "Campaigns"). Only persons and parties campaign; a promise to a
    foreign party or a body of states stays an agreement.

    Two more kinds are campaign speech with no word of electioneering: a promise or a threat made on the condition
    of winning office ("said he would deport them if elected": :func:`_on_taking_office`), and an act only an
    office's authority can do announced by persons who hold none ("the former governor said he would arrest
    them": :func:`_promised_without_office`)."""
    senses = tables.senses
    if sense.type not in senses.pledge_types:
        return False
    if not all(a.kind in CAMPAIGNING_KINDS or a.sector in senses.pledger_sectors for a in actor):
        return False  # a state or a body of it ("the government pledged ..."): a state's commitment
    if any(_foreign_to(r, actor) for r in recipient):
        return False
    if _on_taking_office(sense, actor, tables):
        return True
    if lemma(sense.trigger) not in senses.pledge_words:
        # an announced meeting or visit ("said he would meet the union") is no pledge of a policy
        return _promised_without_office(sense, actor, tables)
    return _in_campaign_setting(sense.trigger, tables) or _pledged_without_office(actor, sense, tables, named)


def _pledged_without_office(actor: tuple[Actor, ...], sense: Sense, tables: Tables, named: NamedIn) -> bool:
    """A promise, a pledge or a vow of persons who hold no office (``officeless_sectors``: candidates, former office
    holders) in a story of their own election ("he pledged to cut taxes", "she vowed to close the plant"): with no
    office to carry it out, it commits no one and is campaign speech (:func:`_promised_without_office` asks an
    office's act of the other words of intent, which also announce meetings and visits). Not a promise to act
    with or for a foreign party ("the former president pledged to help Haiti rebuild"), which commits the pledger
    to it, nor one made jointly (:func:`_joint_promise`)."""
    if not _officeless_in_election_story(actor, sense.trigger, tables) or _joint_promise(sense, tables):
        return False
    if any(_foreign_to(a, actor) for a in _named_in_promise(sense.trigger, named)):
        return False
    return _own_election(sense.trigger, actor, tables)


def _officeless_in_election_story(actor: tuple[Actor, ...], trigger: Token, tables: Tables) -> bool:
    """Every actor a person who holds no office (``officeless_sectors``), in a story of an election."""
    officeless = tables.senses.officeless_sectors
    return bool(actor) and all(a.sector in officeless for a in actor) and _story_of_election(trigger.doc, tables)


def _named_in_promise(trigger: Token, named: NamedIn) -> list[Actor]:
    """The actors named in what is promised: the promise's clause and object."""
    doc = trigger.doc
    return [a for child in trigger.children if child.dep_ in ("xcomp", "ccomp", "dobj")
            for a in named(doc, child.left_edge.i, child.right_edge.i + 1)]


def _own_election(trigger: Token, actor: tuple[Actor, ...], tables: Tables) -> bool:
    """The election told is the pledger's own: a word of electioneering in the promise's paragraph ("the
    nominee's rally", "before the primary"), or the pledger named a candidate somewhere in the story ("the
    Republican nominee Donald Trump", "Smith, the candidate"). A story that mentions some election only (another
    country's vote, a past one) does not make every officeless person's promise a campaign one."""
    if any(_word_of_campaign(t, tables) for t in _paragraph(trigger)):
        return True
    titles = tables.senses.candidate_titles
    return any(lemma(t) in titles and _of_pledger(t, actor) for t in trigger.doc)


def _of_pledger(title: Token, actor: tuple[Actor, ...]) -> bool:
    """A title within a mention of the pledger ("*nominee* Donald Trump") or linked to a word of the pledger's
    name: by apposition or compound ("Trump, the *nominee*"), or as the complement of its clause ("Trump is the
    *nominee*")."""
    if any(a.covers(title.idx) for a in actor):
        return True
    names = {word for a in actor if a.name for word in a.name.split()}
    near = [title.head, *title.children]
    if title.dep_ == "attr":
        near += [c for c in title.head.children if c.dep_ == "nsubj"]
    return any(t.text in names or any(c.text in names for c in t.children if c.dep_ == "compound") for t in near)


def _paragraph(token: Token) -> Span:
    """The tokens of the token's paragraph: between the line breaks (``accord.doc_index.line_breaks``) around it."""
    doc = token.doc
    breaks = [i for i, _ in line_breaks(doc)]
    start = max((i + 1 for i in breaks if i < token.i), default=0)
    end = min((i for i in breaks if i > token.i), default=len(doc))
    return doc[start:end]


def _joint_promise(sense: Sense, tables: Tables) -> bool:
    """A promise to act together ("pledged to work *together*") or made by coordinated sides ("X *and* Y pledged"):
    the pledgers commit to each other (senses.yaml ``joint_marks``). Not the particle of a verb of uniting others
    ("pledged to *bring* the country *together*", senses.yaml ``uniting_verbs``), nor "together" on a verb with a
    direct object: what is brought together is its object, not the pledgers."""
    senses = tables.senses
    trigger = sense.trigger
    # the words of the promising verb and of the clause promised ("pledged to work *together* with him")
    words = [*trigger.children, *(t for c in trigger.children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree)]
    if any(t.dep_ in ("advmod", "prt") and t.lower_ in senses.joint_marks and _acting_together(t.head, senses)
           for t in words):
        return True
    subject = subject_of(sense.trigger)
    return subject is not None and any(c.dep_ == "conj" for c in subject.children)


def _acting_together(verb: Token, senses: Senses) -> bool:
    """The verb "together" hangs on tells the pledgers' own joint act: no verb of uniting, no direct object."""
    return lemma(verb) not in senses.uniting_verbs and not any(c.dep_ == "dobj" for c in verb.children)


def _on_taking_office(sense: Sense, actor: tuple[Actor, ...], tables: Tables) -> bool:
    """A condition of the promiser's own winning of office on the promise's clause: "would deport them *if
    elected*", "vowed to ban it *if she wins*", "*once elected*, he would meet them" — hung on the trigger, the act
    promised or a verb between them. Another's win ("if the opposition wins the vote") is a condition of a real
    threat, and a win told in the past ("*when he won the presidency*, he vowed ...") is when the promise was
    made, no condition on it."""
    senses = tables.senses
    content = sense.content.token
    clause = {sense.trigger.i, content.i} | {a.i for a in content.ancestors}
    return any(t.dep_ == "advcl" and t.head.i in clause and _takes_office(t, tables)
               and any(c.dep_ in ("mark", "advmod") and c.lower_ in senses.office_conditions for c in t.children)
               and not _told_in_past(t, senses) and _winner_is_promiser(t, actor, sense)
               for t in sense.trigger.sent)


def _told_in_past(verb: Token, senses: Senses) -> bool:
    """"won", "was elected", "had won": the verb or its auxiliary in the past tense, after "when", "after" or
    "once" ("*when he won* the presidency, he vowed ..."). An "if" in the past under "would" or "could" is the
    condition backshifted by reported speech ("said he would deport them *if he won*"), not a past fact."""
    if not (verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in senses.open_conditions for c in verb.children):
        return True
    return not any(c.dep_ == "aux" and c.lower_ in senses.backshifted_modals for c in verb.head.children)


def _winner_is_promiser(verb: Token, actor: tuple[Actor, ...], sense: Sense) -> bool:
    """The winner of the condition is left unsaid ("if elected"), is a personal pronoun that agrees with the
    promiser and not with whom the promise is to or about ("if she wins"; not "warned the Democrats he would deport
    the migrants if *they* win"), or is a mention of the promiser ("Smith said that if Smith wins ...")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return True
    subject = subjects[0]
    if subject.tag_ == "PRP":
        return _pronoun_fits_promiser(subject, actor) and not any(
            _same_number(subject, other) for other in _promise_objects(sense))
    return any(a.covers(subject.idx) or (a.name is not None and subject.text in a.name.split()) for a in actor)


def _pronoun_fits_promiser(pronoun: Token, actor: tuple[Actor, ...]) -> bool:
    """"he", "she", "I" stand for a person; "we", "they" for a group, a body or a country."""
    word = pronoun.lower_
    if any(a.kind == "person" for a in actor):
        return word in ("he", "she", "i")
    return word in ("we", "they")


def _promise_objects(sense: Sense) -> list[Token]:
    """Whom the promise is told to and whom it is about: the objects of the trigger and of the act promised."""
    verbs = (sense.trigger, sense.content.token)
    return [c for v in verbs for c in v.children if c.dep_ in ("dobj", "dative", "iobj", "pobj")]


def _same_number(pronoun: Token, noun: Token) -> bool:
    """A pronoun that could stand for ``noun``: "they" for a plural noun, "he"/"she" for a singular one."""
    plural = noun.tag_ in PLURAL_NOUN_TAGS or noun.lower_ in ("they", "them", "we", "us")
    return plural == (pronoun.lower_ in ("they", "we"))


def _takes_office(verb: Token, tables: Tables) -> bool:
    """"elected", "wins", "wins the presidency" (not "wins approval"): a verb of winning office whose object, if
    any, is an office or a race for one."""
    senses = tables.senses
    if lemma(verb) not in senses.office_taking:
        return False
    return all(lemma(c) in senses.office_won for c in verb.children if c.dep_ == "dobj")


def _promised_without_office(sense: Sense, actor: tuple[Actor, ...], tables: Tables) -> bool:
    """An act only an office's authority can do (senses.yaml ``office_acts``: arresting, deporting, sanctioning,
    deploying forces) announced as one's own by persons who hold no office (``officeless_sectors``) in a story of
    an election: "the candidate said he would deport them" commits no one. Outside such a story the office is
    left to the actor stage's judgement of the date, which a title in the text may contradict ("President X said
    he would extend the curfew")."""
    return sense.modality == "intent" and sense.content.entry.type in tables.senses.office_acts \
        and _officeless_in_election_story(actor, sense.trigger, tables)


def _story_of_election(doc: Doc, tables: Tables) -> bool:
    """A noun of electioneering (senses.yaml ``campaign_settings``) anywhere in the story, worked out once a
    story."""
    return ELECTION_STORY.recall(doc, lambda d: any(_word_of_campaign(t, tables) for t in d))


def _word_of_campaign(word: Token, tables: Tables) -> bool:
    """A noun of electioneering (senses.yaml ``campaign_settings``): "the election", "primary voters", "ran in
    the primary" (which the tagger may call an adjective, its place a noun's) — the adjective modifying a noun
    ("the *primary* reason") names no race."""
    settings = tables.senses.campaign_settings
    if lemma(word) not in settings and word.lower_ not in settings:
        return False
    return word.pos_ in ("NOUN", "PROPN") or word.dep_ in NOUN_PHRASE_HEAD_DEPS


def _foreign_to(side: Actor, actor: tuple[Actor, ...]) -> bool:
    """A body of states, or a side of another country than the actor's (or of any country, the actor's unknown)."""
    if side.sector == "IGO":
        return True
    own = {a.country for a in actor if a.country}
    return side.country is not None and side.country not in own


def _in_campaign_setting(trigger: Token, tables: Tables) -> bool:
    """A word of electioneering in the trigger's sentence, outside what is promised."""
    promised: set[int] = set()
    clausal = any(c.dep_ in ("ccomp", "xcomp") for c in trigger.children)
    for child in trigger.children:
        if child.dep_ == "dobj" and clausal:
            continue  # "promised voters that ...": the object is whom the promise is made to
        if child.dep_ in PROMISED_DEPS or (child.dep_ == "prep" and child.lower_ in PROMISED_PREPOSITIONS):
            promised.update(t.i for t in child.subtree)
    return any(_word_of_campaign(t, tables) for t in trigger.sent if t.i not in promised)


def _named_as_electorate(actor: Actor, doc: Doc, tables: Tables) -> bool:
    if actor.start is None or actor.end is None:
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and any(slot_is(token, "electorate", tables) for token in span
                                    if token.pos_ in ("NOUN", "PROPN"))


def _aimed_at_persons(recipient: tuple[Actor, ...]) -> bool:
    """Recipients that are all persons or people described by their office ("the governor"), no state, place or
    organisation."""
    return bool(recipient) and all(r.kind in PERSON_KINDS for r in recipient)


def _armed_with(word: Token, tables: Tables) -> bool:
    """An attack made with arms in hand or told as bodily: "attacked a neighbour *with a knife*", "*physically*
    assaulted a reporter"."""
    if any(c.dep_ == "advmod" and c.lower_ in tables.senses.contest_bodily for c in word.children):
        return True
    return any(slot_is(p, "hand_weapon", tables) for c in word.children if c.dep_ == "prep" and c.lower_ == "with"
               for p in c.children if p.dep_ == "pobj")


def _contestants(actor: tuple[Actor, ...], recipient: tuple[Actor, ...], tables: Tables) -> bool:
    """Sides of a political contest: campaigners (:func:`_campaigners`), or a political party (senses.yaml
    ``contest_parties``: "Republicans", "the GOP") against campaigning persons only ("Republicans attacked
    Clinton", "attacked the senator"). A party against a state or a force stays what it says."""
    senses = tables.senses
    if _campaigners(actor, tables):
        return True
    return bool(recipient) and all(a.sector in senses.contest_parties for a in actor) \
        and _campaigners(recipient, tables)


def _campaigners(actor: tuple[Actor, ...], tables: Tables) -> bool:
    """Persons of a campaigning sector (a legislator, a candidate, a party's or the opposition's figure), and
    groups of legislators or candidates ("the leading candidates", "the senators"). Not the organisations nor
    groups of parties and oppositions: "the opposition", "opposition groups" and "the coalition" of a civil war
    bear arms."""
    senses = tables.senses
    return all((a.kind == "person" and a.sector in senses.campaigner_sectors)
               or (a.kind == "group" and a.sector in senses.campaigner_groups) for a in actor)


# Sides that may command arms whatever their sector: a country ("Russia attacked ..."), a body of states ("NATO").
ARMED_KINDS = frozenset({"country", "igo"})


def _unarmed_against_campaigners(word: Token, actor: tuple[Actor, ...], recipient: tuple[Actor, ...],
                                 tables: Tables) -> bool:
    """Persons of politics (senses.yaml ``criticised_sectors``: candidates, legislators, party figures) attacked
    by no side known to bear arms: a side not named or a pronoun
    ("attacks on the senator", "she went on to attack the candidate"), or persons, groups and organisations of no
    armed sector and no organ of a state ("outside groups spent millions attacking the candidate"). A sentence
    that tells harm done or arms borne ("the senator was wounded", "a gunman") keeps the attack bodily."""
    senses = tables.senses
    if not recipient or not all(r.kind in PERSON_KINDS and r.sector in senses.criticised_sectors for r in recipient):
        return False
    if _possessor_attacked(word, tables):
        return False  # "an attack on the candidate's convoy": a thing of the person is hit, unless words are (frames)
    if any(a.kind in ARMED_KINDS or a.sector in senses.armed_sectors or a.sector in senses.private_persons
           or (a.kind == "organisation" and a.sector in senses.state_sectors) for a in actor):
        return False  # a state, a force, or a private person ("a man attacked the mayor"): a blow is as likely
    return not _harm_told(word.sent, tables) and not _set_in_a_place(word, tables)


# Prepositions that set an act at a spot of ground: words are aimed from a speech or a screen, not "outside" a home.
SPOT_PREPOSITIONS = frozenset({"outside", "inside", "near", "at", "in", "into"})
# Classes of senses.yaml and of the cues of spots where a body is struck: a place, a building, a vehicle.
SPOT_CLASSES = ("place", "held_place")


def _set_in_a_place(word: Token, tables: Tables) -> bool:
    """The attack is set at a spot where bodies meet: "outside his home", "in his car", near any place. A named
    town is not enough: a speech is given there as often as a blow ("attacked the candidate in Iowa")."""
    for child in word.children:
        if child.dep_ != "prep" or child.lower_ not in SPOT_PREPOSITIONS:
            continue
        if child.lower_ in ("outside", "inside", "near"):
            return True
        spots = [o for o in child.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        if any(lemma(o) in tables.cues.vehicles or any(slot_is(o, c, tables) for c in SPOT_CLASSES) for o in spots):
            return True
    return False


def _noun_in_words(word: Token, actor: tuple[Actor, ...], recipient: tuple[Actor, ...], at_campaigners: bool,
                   tables: Tables) -> bool:
    """A noun of war is the deed, above all one named by its means ("a missile strike against Assad"), unless
    campaigners make it ("the senator's attack") or aim it at persons ("her attacks on her rival"), or persons of
    politics take it from an unarmed side ("attacks on the candidate"): the same figure as the verb."""
    compounds = [c for c in word.children if c.dep_ == "compound"]
    doers = [c for c in compounds if _names_an_actor(c, actor)]  # "the GOP attacks on the senator": the doer
    # named before the noun owns it as a possessive does; any other compound is a means ("a missile strike")
    if len(doers) < len(compounds):
        return False
    if not recipient:  # "the senator's attack": a campaigner's, named as its owner, in a sentence that tells no
        # arms nor harm; an actor found elsewhere (a speaker: "'the worst attack ever,' he said") is less sure
        owned = bool(doers) or any(c.dep_ == "poss" for c in word.children) or _doer_phrase(word, actor)
        return owned and bool(actor) and _campaigners(actor, tables) and not _harm_told(word.sent, tables)
    return _aimed_at_persons(recipient) and (_contestants(actor, recipient, tables) or at_campaigners)


# Prepositions of a noun that name its doer as a possessive does ("attacks *from* his rivals", "an attack *by* the
# senator").
DOER_PREPOSITIONS = frozenset({"from", "by"})


def _doer_phrase(word: Token, actor: tuple[Actor, ...]) -> bool:
    """Whether the noun's own from- or by-phrase names one of the event's actors ("attacks *from his rivals*")."""
    return any(_names_an_actor(o, actor) for c in word.children if c.dep_ == "prep" and c.lower_ in DOER_PREPOSITIONS
               for o in c.children if o.dep_ == "pobj")


def _names_an_actor(word: Token, actor: tuple[Actor, ...]) -> bool:
    """Whether ``word`` lies in the text of one of the event's actors."""
    return any(a.covers(word.idx) for a in actor)


# Classes of senses.yaml of what words are aimed at: a person's standing, a stance, a text, a plan.
WORDS_CLASSES = ("standing", "position", "speech", "scheme")


def _possessor_attacked(word: Token, tables: Tables) -> bool:
    """What the attack word is aimed at — the verb's object or passive subject, the noun's "on" or "against"
    object — is a thing named by its owner ("the senator's convoy", "the candidate's home"), not the person nor
    what words are aimed at ("attacks on the senator's reputation")."""
    aimed = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass")] if word.pos_ == "VERB" else \
        [o for c in word.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
         for o in c.children if o.dep_ == "pobj"]
    return any(any(c.dep_ == "poss" for c in a.children) and not any(slot_is(a, k, tables) for k in WORDS_CLASSES)
               for a in aimed)


# Classes of senses.yaml of words that tell arms borne: a weapon, a munition, an armed body.
ARMS_CLASSES = ("weapon", "hand_weapon", "projectile", "armed_side")


def _harm_told(sentence: Span, tables: Tables) -> bool:
    """A word of bodily harm (cues ``doerless_harm``: "killed", "wounded") or of arms in the sentence."""
    harm = tables.cues.doerless_harm
    return any(lemma(t) in harm or (t.pos_ == "NOUN" and any(slot_is(t, c, tables) for c in ARMS_CLASSES))
               for t in sentence)


def _leader_against_persons(actor: tuple[Actor, ...], recipient: tuple[Actor, ...], tables: Tables) -> bool:
    """A person of a state's government against persons or political parties only (contest_parties, who bear no
    arms): one leader attacking another, or a president attacking the opposing party ("Obama hit back at
    Republicans")."""
    state = tables.senses.state_sectors
    return bool(recipient) and all(a.kind == "person" and a.sector in state for a in actor) \
        and all(r.kind == "person" or r.sector in tables.senses.contest_parties for r in recipient)


TRIP_MODE = "visit"  # the mode of the trigger senses of travelling and visiting (triggers.yaml)
PLACE_KINDS = frozenset({"country", "place"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})  # named-entity tags of places


def private_trip(sense: Sense, actor: tuple[Actor, ...], recipient: tuple[Actor, ...], tables: Tables) -> bool:
    """A private person's trip to a country or a place ("the student travelled to Syria in 2015") is no visit
    between parties (CAMEO 042 is a visit to a party, made by one): the traveller speaks for no side, and a
    country gone to is not met. A private person met by an official stays a meeting. Nor is an official's trip
    to places of their own country a visit: no other party is gone to."""
    if sense.type != "CONSULT" or sense.content.entry.mode != TRIP_MODE or not actor or not recipient:
        return False
    private = tables.senses.private_sectors
    if all(a.sector in private for a in actor):
        return all(r.kind in PLACE_KINDS for r in recipient)
    # an official's tour of their own country ("the French president travelled to Marseille") meets no other
    # party: every side gone to is a place (or known only by its country) of the traveller's own country
    own = {a.country for a in actor}
    return None not in own and all((r.kind in PLACE_KINDS or r.sector is None) and r.country in own
                                   for r in recipient)


# Phrases in which a consultation names its counterpart, identified or not ("talks *with his counterpart*",
# "a call *to* the Kremlin", "were received *by* the king").
COUNTERPART_PREPOSITIONS = frozenset({"with", "between", "to", "by", "among"})
COUNTERPART_DEPS = frozenset({"dobj", "nsubjpass", "dative"})


def without_counterpart(sense: Sense, words: tuple[Token, ...], recipient: tuple[Actor, ...], reciprocal: bool,
                        tables: Tables) -> bool:
    """A type that takes two sides by its meaning (a consultation: senses.yaml ``two_sided_types``) told with no
    counterpart: no target, no reciprocal side, and no phrase of ``words`` (the trigger and the verbs over it)
    that names one. "The minister discussed the budget" is talk about a topic, no meeting of parties."""
    if sense.type not in tables.senses.two_sided_types or recipient or reciprocal:
        return False
    own = {word.i for word in words}
    entry = sense.content.entry
    trip = entry.mode == TRIP_MODE
    return not any(_names_counterpart(word, own, entry.topic, trip) for word in words)


def _names_counterpart(word: Token, own: set[int], topic: bool, trip: bool) -> bool:
    """A phrase of ``word`` that names a party: an object (not the event's own noun, nor a topic), a passive
    subject, a with-, to- or by-phrase. A trip's object or to-phrase naming a place that the recipient search did
    not take for a party is where the traveller went ("flew to Denver to promote the plan"), not whom they met."""
    for child in word.children:
        if child.i in own:
            continue  # "launched a tour": the light verb's object is the event itself
        if trip and _a_place_gone_to(child):
            continue
        if child.dep_ in ("prep", "agent") and child.lower_ in COUNTERPART_PREPOSITIONS \
                and any(o.dep_ == "pobj" for o in child.children):
            return True  # a phrase of a noun, not of a clause ("continued *by responding* to critics")
        if child.dep_ in COUNTERPART_DEPS and not (topic and child.dep_ == "dobj"):
            return True
        if child.dep_ == "nsubj" and _several(child):
            return True  # "the two leaders met", "Putin and Xi talked": the sides are each other's counterpart
    return False


def _a_place_gone_to(child: Token) -> bool:
    """A trip's object or to-phrase that names a place (a city, a region, a site): "visited Denver", "flew to
    Denver"."""
    if child.dep_ == "dobj":
        return child.ent_type_ in PLACE_ENTITIES
    return child.dep_ == "prep" and child.lower_ == "to" and any(
        o.dep_ == "pobj" and o.ent_type_ in PLACE_ENTITIES for o in child.children)


def _several(subject: Token) -> bool:
    """A subject that names more than one party: a plural noun or a coordination."""
    return subject.tag_ in PLURAL_NOUN_TAGS or any(child.dep_ == "conj" for child in subject.children)


def sentence_contexts(sentence: Span, tables: Tables) -> tuple[str, ...]:
    """The two contexts its words most often signal (military, economic, ...): what a sentence is about."""
    counts: Counter[str] = Counter()
    doc = sentence.doc
    lemmas = token_table(doc).lemma
    for i in range(sentence.start, sentence.end):
        for context in tables.context_words.get(lemma_of_id(doc, lemmas[i]), ()):
            counts[context] += 1
    return tuple(c for c, _ in counts.most_common(2))


def contexts_of(content: Trigger, in_sentence: tuple[str, ...]) -> tuple[str, ...]:
    """An event's contexts: its trigger sense's first, then its sentence's; three at most."""
    return tuple(dict.fromkeys((*content.entry.contexts, *in_sentence)))[:3]
