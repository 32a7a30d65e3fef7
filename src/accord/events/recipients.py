"""Layer 4's recipient search, who an event is done to: candidate phrases around the event's words, ranked.

The event's own objects and prepositions come first; a country or an international body wins, else an
organised group, else anyone. Places stand for their country when a hostile act targets them ("shelled
Juba") or a measure affects them ("lifted the curfew in X"). Only when the event's own words name nobody
organised does the search go a level deeper and into the clauses around the event.

A directive is addressed to someone other than its teller, though the teller's own people ("ordered *his
generals* to", "urged *its citizens* to"). A verbal attack is aimed *at* whom it blames ("hit out at X for
failing to ..."), not at the objects of its reason clause. A stance towards a thing is towards its maker or
owner, also when a possessive pronoun names them ("condemned *its* decision").

Who acts with the doer is never the target: the object of "join X in/to ...", the partner of a verb of joint
action, the with-phrase of a hostile act that also says whom it is against; nor is the committer's own state in
what a promise commits to. A stance towards a hostile act is towards its doer, not its victims. The event verb's
own object outranks the phrases of a verb coordinated with it.

A request made in a letter, message or call is addressed to whom the message goes ("asked for help *in a letter to*
X"); a threat with no target of its own is aimed there too. A statement, speech or interview is heard, not sent:
its audience is no addressee. A phrase of time ("on the eve of X's speech") says when, never to whom.

An act between parties is done with its counterpart, not to where it happens (a settlement or area after a
preposition of place is its venue, whatever nationality qualifies it) nor to whom what it settles is about (a
finite clause with its own subject under agreeing or talking: "agreed that North Korea must disarm").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, cast

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from accord.actors.country_from_context import INTERNATIONAL_SECTORS, VICTIM_SECTOR
from accord.doc_index import token_chars
from accord.events.coreference import PEOPLE_SECTORS
from accord.events.frames import Frame
from accord.events.participants import (
    STANCE_TYPES,
    ActorLookup,
    actors_of,
    judges_own,
    modifier_actors,
    owner_of_other,
    phrase_bounds,
    same_actor,
)
from accord.events.syntax import SUBJECT_DEPS, has_infinitive
from accord.events.tables import Grammar, grammar
from accord.events.triggers import lemma
from accord.places import location_words, places_within
from accord.records import Actor
from accord.syntax import RELATIVE_PRONOUNS, RELATIVE_TAGS
from accord.words import shared_words

PREP_ORDER = ("with", "to", "against", "on", "upon", "into", "toward", "towards", "over", "from", "between",
              "among", "for", "of", "at", "in", "along", "near", "across", "inside")
NOUN_PREP_ORDER = (*PREP_ORDER, "by")
# A joint act names its partner with "alongside" too ("fought *alongside* Turkish troops"); in any other act the
# one alongside is on the doer's side, never its target.
JOINT_PREP_ORDER = ("alongside", *PREP_ORDER)
# Backing is given *behind* or *around* the one backed too ("rallied behind the governor", "closed ranks around
# her"); in other acts those words say where, not whom.
SUPPORT_PREP_ORDER = (*PREP_ORDER, "behind", "around")
# Complaints and refusals are addressed *to* someone but are *about* someone else: the target comes first; what
# a complaint is about is its target's doing ("reservations about a US plan", "concern over Iran's programme").
TARGET_FIRST = ("against", "over", "about", "of", "for", "by", "from", "with", "on", "upon", "into", "toward",
                "towards", "between", "among", "to", "at", "in", "along", "near", "across", "inside")
TARGET_FIRST_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST"})
# A verbal attack is aimed *at* whom it blames ("lashed out *at* X over Y", "fired back *at* X over Y's record"): its
# at-phrase names the target as its object would, before what the attack is over.
AIMED_FIRST = ("against", "at", *(p for p in TARGET_FIRST if p not in ("against", "at")))
# Talks, meetings and calls are held *with* a counterpart but *on*, *over* or *of* a topic ("talks on Iran's
# programme", "a discussion of the minister's record", "talked on a news channel"): a consultation's counterpart
# is never named by these, whoever the topic's phrase mentions.
CONSULT_PREP_ORDER = tuple(p for p in PREP_ORDER if p not in ("on", "upon", "over", "of"))
COOPERATIVE_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"})  # acts done with or for a party
BETWEEN_PARTIES_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})  # acts two parties do together
FRONTED_RELATIVES = frozenset({"which", "whom"})  # relative pronouns that a preposition takes along ("with whom")
LAST_RESORT_PREPS = frozenset({"in", "at", "along", "near", "across", "inside"})
# A verbal attack is aimed *at* whom it blames ("hit out *at* Kenya for closing the border", "took aim at the
# minister"): that "at" is no place of last resort, and outranks the objects of the reason clause below it.
AIMED_AT_TYPES = frozenset({"ACCUSE"})
DEEPER_PREPS = ("by", "against", "of", "from")
CONSULT_DEEPER_PREPS = ("by", "against", "from")  # "a discussion *of* her record": a topic (CONSULT_PREP_ORDER)
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "SANCTION"})
HARM_TARGET_TYPES = frozenset({"ASSAULT", "COERCE"})  # acts of force, aimed at whom their own verb names
# Acts done to a person or group their own verb names, where the phrases of place say where or whither
PATIENT_TYPES = HARM_TARGET_TYPES | {"ACCUSE"}
# Acts of helping or letting, done for whom they have do something ("helped X return to ...")
ENABLING_TYPES = frozenset({"AID", "CONCEDE"})
AIMED_PREPOSITIONS = frozenset({"against", "on", "upon"})  # "fight *against* X", "an attack *on* X"
# Acts done to a place's people, whose place may therefore stand for their target: force and coercion, and
# also acts that lift, end or threaten what a population lives under ("lifted the curfew in X").
POPULATION_TYPES = PLACE_TARGET_TYPES | {"CONCEDE", "RETREAT", "THREATEN", "REJECT"}
# How a place names those an act is done to: as the act's object ("shelled Kharkiv", "Kharkiv was shelled"),
# after a preposition that names what it is aimed at ("strikes on Kharkiv", "an offensive against Afrin"), or
# as where it happened when the event's words name nobody else ("imposed a curfew in Kandahar").
UNDERGOER_VIAS = frozenset({"object", "on", "upon", "against"}) | LAST_RESORT_PREPS
# Acts of force, giving and sending, whose from-phrase naming a place says whence they came, not whom they reached
ORIGIN_TYPES = frozenset({"ASSAULT", "AID", "MOBILIZE"})
MESSAGE_PREPOSITIONS = frozenset({"in", "via", "through", "by"})  # "in a letter to X", "via a message to X"
MESSAGE_TARGET_TYPES = frozenset({"THREATEN"})  # acts aimed at whom their message is sent to, when nothing else
# A directive addressed to someone the text names but the actor stage does not know ("urged Nato to ..."): the
# recipient stays empty, yet the request is one between parties.
NAMED_ADDRESSEE = "named-addressee"
# What a verb takes after it as its own: a verb with one of these shares no object with a verb coordinated after it.
OWN_COMPLEMENTS = frozenset({"dobj", "dative", "prt", "prep", "ccomp", "xcomp", "attr", "acomp", "oprd", "agent"})
# What fills a verb's object slot: a verb with one of these acts on it, not on the object of a verb before it
OBJECT_SLOTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "oprd"})
MOVED_DEPS = frozenset({"dobj", "nsubjpass"})  # where a verb of sending puts what it moves
MAX_PLACE_DEPTH = 6  # how far up from a place its phrase's head is looked for
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "pcomp"})  # what joins a clause to the verb above it
DOER_VIAS = frozenset({"by", "author", "modifier"})  # candidates that name who did a thing or an act
# The prepositions an act's noun takes for whom or where it is done ("strikes *on* X", "the arrest *of* X")
UNDERGOER_PREPOSITIONS = frozenset({"on", "upon", "against", "of", "in", "at", "into", "toward", "towards", "near",
                                    "across", "inside", "along", "over"})


def find_recipients(doc: Doc, frame: Frame, lookup: ActorLookup, actor: list[Actor],
                    grammar: Grammar, acts: frozenset[int] = frozenset()) -> tuple[list[Actor], str]:
    """Who the event is done to (:func:`_search_recipients`). An act of force whose own words name nobody, or only
    places and sides with no sector (a country named as where: "an offensive in southern Somalia"), is aimed at
    whom its purpose says it is to defeat or remove (:func:`_aimed_at`: "launched an offensive in the enclave *to
    oust the militia*"); a party with a sector that the act names itself stays."""
    found, via = _search_recipients(doc, frame, lookup, actor, grammar, acts)
    if frame.type in HARM_TARGET_TYPES and all(a.kind == "place" or a.sector is None for a in found):
        aimed = _aimed_at(doc, frame, lookup, actor, grammar)
        if aimed:
            return aimed, "purpose"
    return found, via


def _aimed_at(doc: Doc, frame: Frame, lookup: ActorLookup, actor: list[Actor], grammar: Grammar) -> list[Actor]:
    """The party a subjectless purpose clause of the event says the act is meant to defeat or remove (arguments.yaml's
    aimed_purpose_verbs): "an offensive *to drive out* the rebels", "launched strikes *in order to crush* X", "in an
    effort *to oust* X", "a campaign *aimed at rooting out* X". Its object, when that names a party and no place;
    else nobody."""
    words = [frame.trigger, frame.content.token, *frame.chain, *frame.nouns]
    words += [w.head for w in list(words) if w.dep_ == "dobj" and w.head.pos_ == "VERB"]  # "launched an offensive"
    purposes: list[Token] = []
    for word in dict.fromkeys(words):
        for child in word.children:
            if child.dep_ in ("advcl", "acl", "relcl", "xcomp") and child.pos_ == "VERB" and has_infinitive(child) \
                    and not any(c.dep_ in SUBJECT_DEPS for c in child.children):
                purposes.append(child)
            elif child.dep_ == "prep" and child.lower_ == "in":  # "in an effort to", "in order to"
                purposes.extend(v for o in child.children if o.dep_ == "pobj" and lemma(o) in grammar.purpose_nouns
                                for v in o.children if v.dep_ in ("acl", "relcl", "advcl") and v.pos_ == "VERB")
            elif child.dep_ in ("acl", "advcl") and lemma(child) in grammar.purpose_participles:  # "aimed at"
                purposes.extend(v for p in child.children if p.dep_ == "prep" for v in p.children
                                if v.dep_ == "pcomp" and v.pos_ == "VERB")
                purposes.extend(v for v in child.children if v.dep_ == "xcomp" and v.pos_ == "VERB")
    for verb in purposes:
        if lemma(verb) not in grammar.aimed_purpose_verbs:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if _names_place(doc, obj):
                continue
            found = [a for a in actors_of(doc, relative_antecedent(obj), lookup)
                     if a.kind != "place" and not same_actor(a, actor)]
            if found:
                return found
    return []


def _search_recipients(doc: Doc, frame: Frame, lookup: ActorLookup, actor: list[Actor],
                       grammar: Grammar, acts: frozenset[int] = frozenset()) -> tuple[list[Actor], str]:
    """Who the event is done to. Whoever is asked, urged or told, when the event is such a directive (see
    :func:`addressee`). Else first the event words' own objects and prepositions: the first naming a country
    or an international body, else an organised group; a place an act against a population is done to
    ("shelled Juba") stands for its country, and so does one where it happened ("in Kabul") when the event's
    own words name nobody. Only then a
    level deeper ("protest against violations by the security forces") and the clauses around the event,
    where just a country or an international body will do. What a request asks for is not who it asks:
    "called for the release of the hostages" names no recipient, unless the text names their holder. A stance
    towards a hostile act is towards its doer, not its victims (:func:`_doers_only`; ``acts``: the words of
    ``frame.nouns`` that name hostile acts)."""
    def party(token: Token) -> bool:
        return bool(actors_of(doc, token, lookup))

    asked = addressee(frame, grammar, party)
    if asked is None and frame.type == "REQUEST":
        sent_to = message_addressee(frame, grammar)
        asked = sent_to if sent_to is not None and party(sent_to) else None  # a letter to a party, not "to the point"
    if asked is not None:
        # whoever is told is someone else, though the teller's own ("ordered *his generals* to", "urged *its
        # citizens* to"): a phrase the doer owns is no mention of the doer here
        found = [a for a in actors_of(doc, asked, lookup) if not same_actor(a, actor, owned=False)]
        return found, "addressee" if found or asked.pos_ != "PROPN" else NAMED_ADDRESSEE
    partners = _partner_words(frame, grammar)
    def organised(token: Token) -> bool:
        named = actors_of(doc, token, lookup)
        return _tier(named) == 0 or any(a.sector not in PEOPLE_SECTORS for a in named)

    listed = [c for c in _not_moved(_recipient_candidates(frame, grammar, organised), grammar)
              if not _said_when(c, grammar) and not _whence(doc, c, frame, grammar)]
    direct = _doers_only(_without_companions(listed, frame, partners), frame, acts)
    if _own_object_names_party(doc, frame, direct, lookup, actor):
        direct = _without_coordinated(direct, frame)
    if frame.type == "REQUEST":
        direct = _destination(frame) + _holders(direct, grammar) + [
            c for c in direct if not _asked_for(c[0], grammar) and not _requested_thing(c, grammar)]
    best: dict[tuple[int, int], tuple[list[Actor], str]] = {}
    where: Token | None = None  # a place the act happened in, passed over for a party it was done to
    patient = _patient(doc, frame, direct, lookup, actor, grammar)
    last_resort = LAST_RESORT_PREPS - {"at"} if frame.type in AIMED_AT_TYPES else LAST_RESORT_PREPS
    for stage in (0, 1):
        # deeper only when needed
        candidates = direct if stage == 0 else _doers_only(_without_companions(
            [c for c in _not_moved(_nearby_candidates(frame, direct, grammar), grammar)
             if not _whence(doc, c, frame, grammar)], frame, partners), frame, acts)
        if frame.type == "REQUEST" and stage == 1:
            candidates = [c for c in candidates if not _asked_for(c[0], grammar)]
        ordered = [c for c in candidates if c[1] not in last_resort] + \
            [c for c in candidates if c[1] in last_resort]
        for token, via in ordered:
            if _venue(frame, token, via):
                continue
            if patient and _where_not_whom(doc, token, via, grammar):
                # "arrested two students *in Spain*", "deported the men *to Mexico*": the patient is whom; a place
                # where it happened still tells whose forces its unnamed doers or victims are (:func:`_placed`)
                if where is None and via in LAST_RESORT_PREPS:
                    where = token
                continue
            if stage == 0 and via in last_resort and best:
                where = token  # "killed 20 civilians in Idlib": the place is where, the civilians whom
                break
            found = _named(doc, token, via, frame, lookup, actor)
            if _committed_own_side(token, found, actor, grammar) or _protest_venue(frame, found, via):
                continue
            tier = _tier(found)
            if tier == 0:
                return found, via
            if found and (tier, stage) not in best:
                best[(tier, stage)] = (found, via)
        if stage == 0 and any(tier <= 1 for tier, _ in best):
            break
    if not best:
        if patient:
            return patient, "patient"
        # "threatened retaliation in a message to Washington": a threat with no target of its own is aimed at whom
        # it was sent to
        sent_to = message_addressee(frame, grammar) if frame.type in MESSAGE_TARGET_TYPES else None
        found = [a for a in actors_of(doc, sent_to, lookup) if not same_actor(a, actor)] if sent_to else []
        return (found, "message") if found else ([], "none")
    found, via = best[min(best)]
    return (_placed(doc, found, where, frame) if where is not None else found), via


def _whence(doc: Doc, candidate: tuple[Token, str], frame: Frame, grammar: Grammar) -> bool:
    """A from-phrase that says where an act comes from, not whom it is done to. On the event's own noun of giving,
    warning, judging or force (arguments.yaml's giver_from_nouns) it names the doer, as a by-phrase would
    ("came under bombardment *from* the army", "backing *from* Iran"); on a noun or verb of force, giving or
    sending, a place there is whence the fire, the goods or the troops came ("fired rockets *from* Lebanon at
    X", "weapons sent *from* Iran", "shelling *from* the border provinces"). Taking ground *from* a side
    ("seized the town from the rebels") still names the loser, who is no place."""
    token, via = candidate
    if via != "from" or token.dep_ != "pobj":
        return False
    head = token.head.head  # the word the from-phrase hangs on
    # the event's own noun, not a thing a stance is taken towards ("rejected criticism *from* X": X is the target)
    # nor one a request asks for ("pleaded for help *from* X": X is who is asked)
    own = head.i == frame.trigger.i
    # a noun, or a gerund used as one ("weeks *of shelling* from the army"), not a verb: "demanded money from X"
    nounlike = head.pos_ in ("NOUN", "PROPN") or (head.tag_ == "VBG" and head.dep_ in ("pcomp", "pobj", "dobj")
                                                   and not any(c.dep_ in SUBJECT_DEPS for c in head.children))
    if own and nounlike and (lemma(head) in grammar.giver_from_nouns or head.lower_ in grammar.giver_from_nouns):
        return True
    return frame.type in ORIGIN_TYPES and _names_place(doc, token)


def _said_when(candidate: tuple[Token, str], grammar: Grammar) -> bool:
    """A phrase after a preposition whose head is a word of time says when the act happened, not to whom: "on the
    eve of the president's speech", "on the first day of the summit", "on the anniversary of the elections".
    Whoever its of-phrase names is the occasion's, no party to the act."""
    token, via = candidate
    # a name is no word of time unless the parser reads it as a date ("talks with May" are with a person)
    return token.dep_ == "pobj" and via == token.head.lower_ and (
        token.ent_type_ in ("DATE", "TIME") or (token.pos_ != "PROPN" and lemma(token) in grammar.time_words))


def _patient(doc: Doc, frame: Frame, candidates: list[tuple[Token, str]], lookup: ActorLookup,
             actor: list[Actor], grammar: Grammar) -> list[Actor]:
    """Whom an act of force, a charge, help or leave is done to or for, when its verb names them and they are no
    place: its own object, the object of the verb it is coordinated with when it has none ("caught *the smugglers*
    and deported [them]"), the subject of its passive ("*the journalist* was jailed in ..."), or of the clause a
    subjectless passive participle hangs on ("*he* faces prison if convicted"), or whom a verb of helping or
    letting has do something ("helped *the families* return to ...", "allowed *the fighters* to cross into ...").
    That one is the act's target; no place in the clause competes with it (``candidates``: the event's own
    phrases). Nobody, when the words name no actor."""
    if frame.content.nominal:
        return []
    verb = frame.content.token
    if frame.type in ENABLING_TYPES:
        undergoer = _made_to_act(verb, grammar)
    elif frame.type in PATIENT_TYPES:
        objects = [token for token, via in candidates
                   if via == "object" and token.dep_ == "dobj" and token.head.i == verb.i]
        undergoer = objects[0] if objects else _undergoer_elsewhere(verb)
    else:
        return []
    if undergoer is None or _names_place(doc, undergoer):
        return []
    return [a for a in actors_of(doc, undergoer, lookup) if a.kind != "place" and not same_actor(a, actor)]


def _undergoer_elsewhere(verb: Token) -> Token | None:
    """Whom ``verb`` acts on when it names no object of its own: the subject of its passive, the subject of the
    clause a subjectless passive participle hangs on ("*he* faces prison *if convicted*"), or the object of the
    verb it is coordinated with when nothing fills its own object slot ("caught *me* and deported"; not "did not
    address *the plan* but criticised what he called ...")."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None:
        return subject
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ in OBJECT_SLOTS for c in verb.children):
        return next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    return None


def _made_to_act(verb: Token, grammar: Grammar) -> Token | None:
    """Whom a verb of helping, letting or making (arguments.yaml's object_control_verbs) has do what its complement
    clause says, when the parser made them that clause's subject ("helped *refugees* return")."""
    if lemma(verb) not in grammar.object_control_verbs:
        return None
    return next((s for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                 for s in c.children if s.dep_ == "nsubj"), None)


def _where_not_whom(doc: Doc, token: Token, via: str, grammar: Grammar) -> bool:
    """``token`` names a place after a preposition of place or path, or as what a clause's verb of motion goes
    through ("enter *Canada*"): where the act happened, whither or whence it took its patient ("in Spain", "to
    Mexico", "from Arizona"), not a party beside the patient."""
    prepositions = shared_words().locative_prepositions | grammar.path_prepositions
    reached = via in prepositions or (via == "purpose" and token.dep_ == "dobj")
    return reached and _names_place(doc, token)


def _venue(frame: Frame, token: Token, via: str) -> bool:
    """An act between parties (meeting, agreeing, backing, aiding, working together) is done with or for a party,
    never to where it happens: a settlement or area after a preposition of place is its venue ("talks *in the
    Iraqi capital* with his counterpart", "a truce *in the Damascus suburb*"), though a nationality or a city's
    name qualifying the place noun names a country (the principle :func:`_named` keeps for places themselves:
    talks in Geneva are not with Switzerland)."""
    return frame.type in COOPERATIVE_TYPES and via in LAST_RESORT_PREPS \
        and lemma(token) in location_words().place_nouns


def _protest_venue(frame: Frame, found: list[Actor], via: str) -> bool:
    """A protest is held *in* or *at* a place, not against it: "marched in Chicago", "rallied at the square in
    Paris" say where the crowd stood, and the city's people or rulers are not thereby its target (a protest aimed
    at a policy has no recipient at all). Only a place and only after a preposition of place: "marched *on*
    Washington" aims at the capital, and a party named there ("rallied outside the ministry") is one."""
    return frame.type == "PROTEST" and via in shared_words().locative_prepositions \
        and bool(found) and all(a.kind == "place" for a in found)


def _names_place(doc: Doc, token: Token) -> bool:
    """``token`` lies within a place the places stage found ("*Mexico*", "the *US*")."""
    return any(p.start <= token.idx < p.end for p in places_within(doc, token.idx, token.idx + len(token.text)))


def _placed(doc: Doc, found: list[Actor], where: Token, frame: Frame) -> list[Actor]:
    """Armed or state forces harmed where a hostile act happened belong to that place's country ("killed 12
    soldiers in an ambush in Mali"), when nothing else says whose they are; civilians' nationality is not
    implied (:mod:`accord.actors.country_from_context`)."""
    if frame.type not in PLACE_TARGET_TYPES or any(a.country for a in found):
        return found
    place = next((p for p in _place_named(doc, where) if p.country), None)
    if place is None:
        return found
    return [replace(a, country=place.country, rule=f"{a.rule}+event-place-country")
            if a.sector and a.sector not in INTERNATIONAL_SECTORS and a.sector != VICTIM_SECTOR else a
            for a in found]


def addressee(frame: Frame, grammar: Grammar, party: Callable[[Token], bool]) -> Token | None:
    """Who a directive is addressed to, when the event word is one: the object of "urged Nato to act", "asked
    Russia for help", "told him that ..." (an object before a complement clause, or one that names a party:
    "urged restraint" has none), or the object of the directive's own preposition ("called on", "appealed
    to", "pleaded with", "a call on X to ...")."""
    for word in (frame.trigger, frame.content.token):
        preps = grammar.directives.get(lemma(word))
        if preps is None:
            continue
        complement = any(c.dep_ in ("xcomp", "ccomp") for c in word.children)
        for child in word.children:
            # "the envoy *whom* Kenya urged to ..."
            target = relative_antecedent(child) if child.dep_ == "dobj" else child
            named = party(target) or (complement and target.pos_ in ("PROPN", "PRON")) or _controller(child, word)
            if "object" in preps and (child.dep_ == "dative" or (child.dep_ == "dobj" and named)):
                return target
            # a particle with an object of its own is the directive's preposition the tagger misread ("called
            # *on* Sanders to join her", "on" tagged a particle)
            if child.dep_ in ("prep", "prt") and child.lower_ in preps:
                found = next((o for o in child.children if o.dep_ == "pobj"), None)
                if found is not None:
                    return found
        fronted = _fronted_relative_addressee(word) if "object" in preps else None
        if fronted is not None and party(fronted):
            return fronted
    return None


def _fronted_relative_addressee(verb: Token) -> Token | None:
    """The noun a directive's relative clause modifies when the parser hung the clause's fronted relative pronoun
    on the infinitive it asks for ("the minister, *whom* Kenya urged to resign": "whom" read as the object of
    "resign"): with no object of its own, the directive's addressee is the relative pronoun before it. Not when
    the directive has an object ("the plan *which* Kenya urged Uganda to adopt": the plan is what is adopted)."""
    if verb.dep_ != "relcl" or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    for complement in (c for c in verb.children if c.dep_ == "xcomp"):
        for child in complement.children:
            if child.dep_ == "dobj" and child.i < verb.i and child.tag_ in RELATIVE_TAGS \
                    and child.lower_ in RELATIVE_PRONOUNS:
                return verb.head
    return None


def message_addressee(frame: Frame, grammar: Grammar) -> Token | None:
    """Whom the letter, message or call an act was made in is sent to: "asked for the files *in a letter to the
    FBI*", "*In a letter to the UN*, Kenya asked for help", "threatened retaliation in a message *to Washington*"
    (arguments.yaml's message_nouns). The message's phrase hangs on the event's verb or on a noun of its own
    phrases, never in a clause below it. A public statement, speech or interview is heard, not sent: its
    audience is no addressee."""
    for word in dict.fromkeys((frame.trigger, frame.content.token)):
        for prep in word.subtree:
            if prep.dep_ != "prep" or prep.lower_ not in MESSAGE_PREPOSITIONS or not _within_phrases(prep, word):
                continue
            for message in prep.children:
                if message.dep_ != "pobj" or lemma(message) not in grammar.message_nouns:
                    continue
                sent_to = next((o for o, _ in prep_objects(message, ("to",))), None)
                if sent_to is not None:
                    return sent_to
    return None


def _within_phrases(token: Token, verb: Token) -> bool:
    """``token`` hangs on ``verb`` through nouns and prepositions only, not through a clause of its own."""
    current = token.head
    while current.i != verb.i:
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            return False
        current = current.head
    return True


def _committed_own_side(token: Token, found: list[Actor], actor: list[Actor], grammar: Grammar) -> bool:
    """The subject of what a promise, pledge, vow or threat commits to ("Cameron promised *Britain* would take in
    20,000 refugees", "the president vowed *Kenya* would respond"), when it names the committer's own state: that
    state is who will do it, the committer's side, not whom the commitment is made to."""
    clause = token.head
    if token.dep_ != "nsubj" or clause.dep_ != "ccomp" or lemma(clause.head) not in grammar.subject_control_with_object:
        return False
    own = {a.country for a in actor if a.country}
    return bool(found) and all(a.kind == "country" and a.country in own for a in found)


def _controller(obj: Token, verb: Token) -> bool:
    """A common noun object followed by the directive's infinitive complement does what is asked ("asked *donors*
    to send aid to Somalia", "urged *all parties* to stop"): whom the request is made of, though no actor record
    names it; the parties of the act asked for are not its addressee."""
    return obj.dep_ == "dobj" and obj.pos_ == "NOUN" and any(
        c.dep_ == "xcomp" and c.i > obj.i and has_infinitive(c) for c in verb.children)


def _requested_thing(candidate: tuple[Token, str], grammar: Grammar) -> bool:
    """The object of a directive's "for", what is asked for, never whom ("asked *for more troops*", "appealed
    for calm"); whom a request is made of is its object or the object of its own preposition (:func:`addressee`)."""
    token, via = candidate
    return via == "for" and token.head.head.i != token.head.i and lemma(token.head.head) in grammar.directives


def _destination(frame: Frame) -> list[tuple[Token, str]]:
    """Where a request's maker went to make it: "flew *to Nairobi* to ask for troops" asks those there."""
    host = purpose_host(frame)
    return [(o, "destination") for o, _ in prep_objects(host, ("to",))] if host is not None else []


def _not_moved(candidates: list[tuple[Token, str]], grammar: Grammar) -> list[tuple[Token, str]]:
    """Without what a verb of sending moves, its object or passive subject ("threatened to send *Turkish forces*
    to the town", "called for *troops* to be deployed"): the theme is the mover's own, the goal is whom the act
    is aimed at."""
    return [(token, via) for token, via in candidates if not _moved(token, grammar)]


def _moved(token: Token, grammar: Grammar) -> bool:
    return token.dep_ in MOVED_DEPS and token.head.i != token.i and lemma(token.head) in grammar.sending_verbs


def _asked_for(token: Token, grammar: Grammar) -> bool:
    """A phrase that names who undergoes what a request asks for: "the release *of the hostages*", "*the
    activist's* extradition", or the event noun itself, whose phrase holds them."""
    if lemma(token) in grammar.patient_nouns:
        return True
    if token.dep_ == "poss" or (token.dep_ == "compound" and token.head.i != token.i):
        return lemma(token.head) in grammar.patient_nouns
    return token.dep_ == "pobj" and token.head.lower_ == "of" and lemma(token.head.head) in grammar.patient_nouns


def _holders(candidates: list[tuple[Token, str]], grammar: Grammar) -> list[tuple[Token, str]]:
    """Who holds the people whose release a request asks for: "the hostages *held by the rebels*", "the release
    of the sailors *by Iran*"."""
    found: list[tuple[Token, str]] = []
    for noun, _ in candidates:
        if lemma(noun) not in grammar.patient_nouns:
            continue
        held = [o for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for o in prep.children if o.dep_ == "pobj"]
        found.extend(prep_objects(noun, ("by",)))
        for person in held:
            for clause in person.children:
                if clause.dep_ == "acl" and lemma(clause) in grammar.holding_verbs:
                    found.extend((o, "holder") for agent in clause.children if agent.dep_ == "agent"
                                 for o in agent.children if o.dep_ == "pobj")
    return found


def _nearby_candidates(frame: Frame, direct: list[tuple[Token, str]],
                       grammar: Grammar) -> list[tuple[Token, str]]:
    deeper = CONSULT_DEEPER_PREPS if frame.type == "CONSULT" else DEEPER_PREPS
    nearby = [(obj, via) for token, _ in direct for obj, via in prep_objects(token, deeper)]
    return nearby + _against_in_setting(frame) + _clause_candidates(frame, grammar)


def _shared_objects(verb: Token) -> list[tuple[Token, str]]:
    """The object a verb shares with the verb coordinated after it, when nothing follows the first verb but the
    conjunction ("Moscow shunned *or* impeded any UN involvement", "attacked and killed 20 soldiers"): the
    object the parser gave the second verb completes both; after a preposition left without its object ("met
    *with* and urged Ugandan officials"), it is that preposition's object."""
    after = list(verb.rights)
    stranded = _stranded_preposition(verb, after)
    skipped = -1 if stranded is None else stranded.i
    after = [c for c in after if c.i != skipped]
    if any(c.dep_ in OWN_COMPLEMENTS for c in after):
        return []
    if not after or after[0].dep_ != "cc" or after[0].i != verb.i + (1 if stranded is None else 2):
        return []
    second = next((c for c in after if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if second is None or any(c.dep_ in SUBJECT_DEPS for c in second.children):
        return []
    via = "object" if stranded is None else stranded.lower_
    return [(c, via) for c in second.children if c.dep_ == "dobj"]


def _stranded_preposition(verb: Token, after: list[Token]) -> Token | None:
    """A preposition right after the verb with no object of its own, followed by the conjunction ("met *with*
    and urged X"): the object raised after the coordinated verb is its object too."""
    first = after[0] if after else None
    if first is None or first.dep_ != "prep" or first.i != verb.i + 1 or any(True for _ in first.children):
        return None
    following = verb.doc[first.i + 1] if first.i + 1 < len(verb.doc) else None
    return first if following is not None and following.dep_ == "cc" else None


def _against_in_setting(frame: Frame) -> list[tuple[Token, str]]:
    """An "against" phrase the parser hung on the place or time of the act ("staged a protest outside the
    embassy *against the war*", "rallied in the capital against the government"): what the act is against,
    whichever noun it hangs on."""
    return [(obj, via) for word in (*frame.chain, *frame.nouns) for prep in word.children if prep.dep_ == "prep"
            for setting in prep.children if setting.dep_ == "pobj"
            for obj, via in prep_objects(setting, ("against",))]


def _named(doc: Doc, token: Token, via: str, frame: Frame, lookup: ActorLookup,
           actor: list[Actor]) -> list[Actor]:
    named = modifier_actors(doc, token, lookup) if via == "modifier" else actors_of(doc, token, lookup)
    found = [a for a in named if not same_actor(a, actor, owned=not judges_own(doc, frame.type, a, via))]
    # A place an act against a population is done to or in ("shelled Kharkiv", "strikes on Kunduz", "a curfew
    # in Kandahar") stands for the people and authorities who live there, when the event's own words name no
    # country or international body: the target is the place's country, whether the place is a country, a
    # province or a town (PLOVER targets are actors: a place does not act, but those it stands for suffer the
    # act; the PLOVER gold codes the country of such a place as the target). Acts between parties (meeting,
    # agreeing, aiding) never take a place for a party: talks in Geneva are not with Switzerland.
    # A party that heads the phrase is the target itself, whatever place its phrase names ("fought against
    # Islamic State *in Syria*", "shelled Kurdish fighters in Afrin"): the place only says where it is.
    if _tier(found) != 0 and frame.type in POPULATION_TYPES and via in UNDERGOER_VIAS \
            and not any(a.sector and a.kind != "place" and a.covers(token.idx) for a in found):
        found = _place_named(doc, token, named_party=bool(found)) or found
    return found


def place_undergoer(doc: Doc, subject: Token, frame: Frame, lookup: ActorLookup, actor: list[Actor]) -> list[Actor]:
    """The place a passive's subject names, when it names nobody: it stands for those an act against a population
    is done to, as the same place would as the active verb's object ("Kharkiv was shelled" as "shelled Kharkiv",
    "the town of X was bombed")."""
    return [a for a in _named(doc, subject, "object", frame, lookup, actor) if a.kind == "place"]


def _tier(actors: list[Actor]) -> int:
    """0: a country or an international body; 1: an organised group; 2: anyone else; 3: nobody."""
    if not actors:
        return 3
    if any(a.country or a.sector in INTERNATIONAL_SECTORS for a in actors):
        return 0
    return 1 if any(a.sector for a in actors) else 2


def _preposition_order(frame: Frame) -> tuple[str, ...]:
    """The prepositions that may name the recipient, the likeliest first."""
    if frame.type in AIMED_AT_TYPES:
        partner = frame.content.partner
        if partner is not None and partner.dep_ == "prep" and partner.lower_ not in AIMED_FIRST:
            return (partner.lower_, *AIMED_FIRST)  # "went *after* the senator": the phrasal verb's own word aims it
        return AIMED_FIRST
    if frame.type in TARGET_FIRST_TYPES:
        return TARGET_FIRST
    if frame.type == "CONSULT":
        return CONSULT_PREP_ORDER
    if frame.type == "SUPPORT":
        return SUPPORT_PREP_ORDER
    return JOINT_PREP_ORDER if frame.type == "COOPERATE" else PREP_ORDER


def _furnished(verb: Token, grammar: Grammar) -> bool:
    """"provided the rebels *with* rifles": what is given is the with-phrase, so the object is who receives it."""
    return lemma(verb) in grammar.furnishing_verbs and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" for p in c.children) for c in verb.children)


def _recipient_candidates(frame: Frame, grammar: Grammar,
                          organised: Callable[[Token], bool] = lambda token: False) -> list[tuple[Token, str]]:
    """Phrases that may name the recipient: the content word's objects first, then the rest of the frame; not the
    phrases of the verb that hosts a purpose clause naming its own party (:func:`_purpose_names_party`;
    ``organised``: whether a phrase names a country, an international body or an organised group, not people at
    large)."""
    order = _preposition_order(frame)
    verbal: list[tuple[Token, str]] = []
    event_noun = frame.content.token.i if frame.content.nominal else -1
    # the content verb's own phrases first: "travelled *to Germany* to urge sanctions against Russia" is a visit to
    # Germany, whatever its purpose clause names (a content verb below the trigger is already first)
    content = frame.content.token.i
    for verb in sorted(frame.chain, key=lambda v: v.i != content):
        if verb.i != frame.top.i and verb.dep_ == "ccomp" and _agreed_content(frame, verb):
            continue  # "agreed that North Korea must disarm": what is agreed, not with whom
        topic = verb.i == content and frame.content.entry.topic and not _furnished(verb, grammar)
        for child in verb.children:
            if child.dep_ == "dative" or (child.dep_ == "dobj" and not topic and frame.type != "MOBILIZE"):
                child = relative_antecedent(child)
                if child.i != event_noun:  # "held talks with X": the talks are the event, not a party
                    verbal.append((child, "object"))
                    if frame.type in STANCE_TYPES:
                        verbal.extend((author, "author") for author in authors(child))
                inner = prep_objects(child, (*order, "by"))
                verbal.extend(inner)
                if frame.type in STANCE_TYPES:  # "expressed doubts about *her* qualifications"
                    verbal.extend(_thing_authors(inner))
            elif child.dep_ == "dobj" and topic:
                verbal.extend(_goal_within(child))  # "gave 20 million euros in aid to Ethiopia"
            elif child.dep_ == "nsubj" and verb.i != frame.top.i:
                verbal.append((child, "object"))
            elif child.dep_ == "ccomp" and frame.type in ("REQUEST", "THREATEN", "ACCUSE"):
                if frame.type == "ACCUSE":  # "claimed the attack was staged *by Peru*": the doer is accused
                    verbal.extend((o, "object") for a in child.children if a.dep_ == "agent"
                                  for o in a.children if o.dep_ == "pobj")
                verbal.extend((c, "object") for c in child.children if c.dep_ in ("nsubj", "dobj"))
            elif child.dep_ == "advcl" and frame.type in ("THREATEN", "REQUEST") and _conditional(child):
                verbal.extend((c, "condition") for c in child.children if c.dep_ == "nsubj")
        # the event's own noun is no party, only its modifiers may name one: "opposed to *French* mediation", but
        # not the topic of "continued in her discussion of X's record"; a journey's destination is not whom its
        # purpose fights
        by_preposition = [] if _journey_of_harm(frame, verb) or _purpose_names_party(frame, verb, order, organised) \
            else [
            (c, "modifier" if c.i == event_noun else via) for c, via in prep_objects(verb, order)]
        verbal.extend(by_preposition)
        if frame.type in STANCE_TYPES:  # "got behind a project set up by X"
            verbal.extend((author, "author") for thing, _ in by_preposition for author in authors(thing))
        verbal.extend(_shared_objects(verb))
    hostile = not frame.type.endswith(("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"))
    noun_order = ("of", *order, "by") if hostile else (*order, "by")  # "the blockade of Serbia"
    nominal: list[tuple[Token, str]] = []
    for noun in frame.nouns:
        if noun.i != frame.top.i and noun.dep_ != "pobj":
            nominal.append((noun, "modifier"))
        inner = prep_objects(noun, noun_order)
        nominal.extend(inner)
        if frame.type in STANCE_TYPES:  # "his attack on *her* qualifications"
            nominal.extend(_thing_authors(inner))
    return nominal + verbal if frame.content.nominal else verbal + nominal


def _thing_authors(phrases: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """The makers (:func:`authors`) of the things a stance's prepositions name: "doubts about *her* qualifications",
    "concerns over the plan *the mayor* proposed"; a by-phrase already names a doer, not a thing."""
    return [(author, "author") for thing, via in phrases if via != "by" for author in inner_authors(thing)]


def inner_authors(thing: Token) -> list[Token]:
    """The makers of a thing named inside a stance's phrase (:func:`authors`), leaving out an agent noun owned by
    someone else: "the failures *revealed by the inmate's death*" were shown by the death, not made by the inmate,
    whose possessive names the death's owner only ("a plan drafted by *the ministry*" keeps its maker)."""
    return [a for a in authors(thing) if a.pos_ in ("PRON", "PROPN") or not any(c.dep_ == "poss" for c in a.children)]


def _journey_of_harm(frame: Frame, verb: Token) -> bool:
    """``verb`` is the one whose purpose an act of force is, and that act names whom it is done to: "went *to
    Iraq* to fight Islamic State", "travelled to Syria to fight against Isis". The journey's prepositions say where
    the doer went, not whom it fights."""
    content = frame.content.token
    purpose = content.dep_ in ("advcl", "xcomp") and content.head.i == verb.i \
        and not any(c.dep_ in SUBJECT_DEPS for c in content.children)
    if frame.type not in HARM_TARGET_TYPES or not purpose:
        return False
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in AIMED_PREPOSITIONS) for c in content.children)


def _purpose_names_party(frame: Frame, verb: Token, order: tuple[str, ...],
                         organised: Callable[[Token], bool]) -> bool:
    """``verb`` hosts the event as its subjectless purpose clause or complement, and the event's own verb names an
    organised party, as its object or after one of its prepositions: "took *to Twitter* to criticise the mayor",
    "went *on a talk show* to defend the governor", "flew *to Beijing* to sign a deal with Vietnam". The host's
    prepositions say where the doer went or what it used, not whom it acts on; with no such party of its own
    ("travelled to Kyiv to sign an agreement"; "went to Syria to help people": civilians are no organised party)
    the host's place still may (the general case of :func:`_journey_of_harm`)."""
    content = frame.content.token
    purpose = content.dep_ in ("advcl", "xcomp") and content.head.i == verb.i and content.i != verb.i \
        and not any(c.dep_ in SUBJECT_DEPS for c in content.children)
    if not purpose:
        return False
    objects = [c for c in content.children if c.dep_ in ("dobj", "dative")]
    own = [*objects, *(o for o, _ in prep_objects(content, order)),
           *(o for obj in objects for o, _ in prep_objects(obj, order))]
    return any(organised(o) for o in own)


def _clause_candidates(frame: Frame, grammar: Grammar) -> list[tuple[Token, str]]:
    """Objects of the clauses around the event: its complements, purpose clauses and noun clauses."""
    order = TARGET_FIRST if frame.type in TARGET_FIRST_TYPES else PREP_ORDER
    chain = {v.i for v in frame.chain}
    clauses = [(obj, via) for verb in frame.chain for child in verb.children
               if child.i not in chain and (child.dep_ in ("xcomp", "ccomp") or
                                            (child.dep_ == "advcl" and has_infinitive(child)))
               and not _agreed_content(frame, child)
               for obj, via in _clause_objects(child, order)]
    clauses += [(obj, via) for noun in frame.nouns for child in noun.children
                if child.dep_ in ("acl", "relcl", "ccomp") and not _agreed_content(frame, child)
                for obj, via in _clause_objects(child, order)]  # "a call for troops to be deployed in X"
    host = purpose_host(frame)
    if host is not None:
        partners = {p.i for p in joint_partners(host, grammar)}
        clauses.extend(c for c in _clause_objects(host, order)  # "sent personnel to Bosnia to investigate"
                       if c[0].i not in partners)
    return clauses


def _agreed_content(frame: Frame, clause: Token) -> bool:
    """``clause`` tells what an act between parties (agreeing, meeting, working together) settles or takes up,
    with a subject of its own ("agreed *that Greece should get more time*", "a deal *that the fighters would
    leave*", "discussed *whether Iran would return*"): the parties are those who agree or talk, and whom the
    content is about is no party to it. A subjectless or infinitival clause ("signed a deal to supply Iran") is
    done by the parties themselves, and a relative clause ("a deal *which* gives Iran ...") tells the deal, so
    their phrases may still name the counterpart."""
    if frame.type not in BETWEEN_PARTIES_TYPES or has_infinitive(clause):
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS for c in clause.children)


def purpose_host(frame: Frame) -> Token | None:
    """The verb whose subjectless purpose clause or complement tells the event ("sent personnel to Bosnia *to
    investigate*"), if any."""
    top = frame.top
    if top.dep_ in ("advcl", "xcomp") and top.head.i != top.i and not any(c.dep_ in SUBJECT_DEPS
                                                                         for c in top.children):
        return top.head
    return None


def joint_partners(host: Token, grammar: Grammar) -> list[Token]:
    """Who acts together with the subject of a verb of joint action: "worked *with the FBI* to investigate",
    "teamed up with Kenya to ...", "*joined Uganda* in condemning the attack": co-actors of the purpose clause's
    act, never its target."""
    if lemma(host) not in grammar.joint_action_verbs:
        return []
    objects = [c for c in host.children if c.dep_ == "dobj"]
    joined = [host, *objects]  # "joined forces with Y to ..."
    partners = [o for word in joined for o, _ in prep_objects(word, ("with",))]
    if lemma(host) in grammar.partner_object_verbs:
        partners.extend(objects)
    return partners


def frame_partners(frame: Frame, grammar: Grammar) -> list[Token]:
    """The co-actors of an event told under a verb of joint action: its purpose clause's host (:func:`purpose_host`),
    or a verb of the event's chain that governs the event's own word ("Kenya *joined* Uganda in condemning ...",
    "worked with the FBI to investigate")."""
    content = frame.content.token
    hosts = [v for v in frame.chain if v.i != content.i and _clause_below(content, v)]
    host = purpose_host(frame)
    if host is not None:
        hosts.append(host)
    return [p for h in hosts for p in joint_partners(h, grammar)]


def _partner_words(frame: Frame, grammar: Grammar) -> set[int]:
    """The heads of the co-actors' phrases (:func:`frame_partners`) and of the phrases coordinated with them."""
    found = frame_partners(frame, grammar)
    # spaCy's stubs type conjuncts as a 1-tuple, which the compiled build enforces: read it untyped
    return {p.i for p in found} | {c.i for p in found for c in cast(Any, p).conjuncts}


def _own_object_names_party(doc: Doc, frame: Frame, candidates: list[tuple[Token, str]], lookup: ActorLookup,
                            actor: list[Actor]) -> bool:
    """The event verb's own object names a party other than the doer ("visited *the jailed activist*")."""
    verb = frame.content.token
    return not frame.content.nominal and any(
        via == "object" and token.head.i == verb.i and _named(doc, token, via, frame, lookup, actor)
        for token, via in candidates)


def _without_coordinated(candidates: list[tuple[Token, str]], frame: Frame) -> list[tuple[Token, str]]:
    """Without the phrases of the verbs coordinated with the event verb ("visited the activist in jail *and liaised
    with the authorities*"): each verb's phrases are its own act's; the event verb's own object is its target."""
    content = frame.content.token
    coordinated = {v.i for v in frame.chain if v.i != content.i and v.dep_ == "conj" and not _clause_below(content, v)}
    if not coordinated:
        return candidates
    return [(token, via) for token, via in candidates if _verb_above(token).i not in coordinated]


def _verb_above(token: Token) -> Token:
    """The nearest verb that governs ``token`` (the token itself at the top of a verbless phrase)."""
    word = token
    for _ in range(MAX_PLACE_DEPTH):
        head = word.head
        if head.i == word.i or head.pos_ in ("VERB", "AUX"):
            return head
        word = head
    return word


def _doers_only(candidates: list[tuple[Token, str]], frame: Frame, acts: frozenset[int]) -> list[tuple[Token, str]]:
    """A stance towards a hostile act (condemning, rejecting, backing or protesting it) is towards whoever does it:
    "condemned *Russia's* invasion of Ukraine", "denounced the strikes on Syria *by the coalition*". Those the act is
    done to and where ("the attack *on peacekeepers in Mali*", "the killing *of protesters*") are its victims, not
    the stance's target; the act's own phrase names a party only through its doer's modifiers."""
    if frame.type not in STANCE_TYPES | TARGET_FIRST_TYPES:
        return candidates
    trigger = frame.trigger
    nouns = {n.i for n in frame.nouns}
    own = {i for i in acts if i in nouns and i != trigger.i and _judged_by(trigger.doc[i], trigger)}
    if not own:
        return candidates
    kept: list[tuple[Token, str]] = []
    for token, via in candidates:
        if token.i in own and via == "object":
            kept.append((token, "modifier"))  # "condemned *Turkish* attacks": the modifiers name the doer
        elif via in DOER_VIAS or not _undergoer_of(token, own):
            kept.append((token, via))
    return kept


def _judged_by(act: Token, stance: Token) -> bool:
    """The act's noun is what the stance word takes ("condemned *the attack*", "protested against *the arrest*",
    "condemnation of *the strikes*"), not the object of a verb below it ("refused to lift *the curfew* on X": the
    refusal is of the subject's own act, whose undergoer it still acts on)."""
    word = act
    for _ in range(MAX_PLACE_DEPTH):
        head = word.head
        if head.i == stance.i:
            return True
        if head.i == word.i or head.pos_ in ("VERB", "AUX"):
            return False
        word = head
    return False


def _undergoer_of(token: Token, acts: set[int]) -> bool:
    """``token`` lies in a phrase an act's noun takes for whom or where it is done ("attacks *on X*", "the
    killing *of X*", "the raid *in X*"), and not in a by-phrase within it ("the attack on the embassy *by X*": the
    parser hangs the act's by-phrase on the noun just before it)."""
    word = token
    for _ in range(MAX_PLACE_DEPTH):
        head = word.head
        if head.i == word.i or (word.dep_ in ("prep", "agent") and word.lower_ == "by"):
            return False
        if head.i in acts:
            return word.dep_ == "prep" and word.lower_ in UNDERGOER_PREPOSITIONS
        word = head
    return False


def _clause_below(word: Token, verb: Token) -> bool:
    """``word`` lies in a clause below ``verb`` (a complement, a purpose clause, a gerund after a preposition),
    not in ``verb``'s own phrases: in "Iran joined *talks* with the US" the talks are what is joined."""
    climbed = False
    for _ in range(MAX_PLACE_DEPTH):
        if word.i == verb.i:
            return climbed
        if word.head.i == word.i:
            return False
        climbed = climbed or word.dep_ in CLAUSE_DEPS
        word = word.head
    return False


def _without_companions(candidates: list[tuple[Token, str]], frame: Frame,
                        partners: set[int]) -> list[tuple[Token, str]]:
    """Without those who act with the doer. The co-actors of a verb of joint action (:func:`frame_partners`); and
    the with-phrase of a hostile act that also says whom it is against ("launched an offensive *with Syrian rebels*
    against the YPG", "fought with the army against the insurgents"): *with* names the doer's companions there,
    the against-phrase the target, wherever the parser hung it (on the act or on the companions). An object with an
    against-phrase of its own is the campaign, not its target ("waged *a rebellion* against the junta")."""
    hostile = frame.type not in COOPERATIVE_TYPES
    kept: list[tuple[Token, str]] = []
    for token, via in candidates:
        if token.i in partners:
            continue
        if hostile and via == "with" and token.head.dep_ == "prep":
            against = prep_objects(token, ("against",)) + prep_objects(token.head.head, ("against",))
            if against:
                kept.extend(against)
                continue
        if hostile and via == "object" and (against := prep_objects(token, ("against",))):
            kept.extend(against)  # "fought *a long insurgency* against the state": the object is the fight itself
            continue
        kept.append((token, via))
    return kept


def authors(thing: Token) -> list[Token]:
    """Who made a thing, told by a clause on it: the by-agent of a past participle ("a plan *proposed by Egypt*",
    "a project set up by the government") or the subject of a relative clause whose object it is ("the plan
    *Egypt* proposed", "the plan that *Egypt* proposed"); or by a possessive pronoun on it ("condemned *its*
    decision", "questioned *his* experience": whose it is, as "Ethiopia's decision" names it; what the pronoun
    stands for is coreference's). A stance taken towards the thing is towards its maker, as with "a US plan".
    A part or side of a thing is made by whoever made the whole (:func:`_whole_of`): "aspects of the plan *Obama*
    announced", "parts of *his* proposal"."""
    found: list[Token] = [c for c in thing.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    whole = _whole_of(thing)
    if whole is not None:
        found.extend(authors(whole))
    for clause in thing.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            found.extend(o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj")
        elif clause.dep_ == "relcl" or _relative_read_as_clause(clause):
            objects = [c for c in clause.children if c.dep_ == "dobj"]
            if all(o.tag_ in RELATIVE_TAGS or o.lower_ == "that" for o in objects):
                found.extend(c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS)
        elif clause.dep_ == "prep" and clause.lower_ != "by":
            found.extend(_misplaced_by(clause))
    return found


def _relative_read_as_clause(clause: Token) -> bool:
    """"the plan *that Obama announced*": the parser may hang a relative clause on its noun as a finite "acl", with
    its "that" read as a conjunction object; it is a relative clause whose object the noun is all the same."""
    return clause.dep_ == "acl" and clause.tag_ == "VBD" \
        and any(c.dep_ == "dobj" and c.lower_ == "that" and c.i < clause.i for c in clause.children)


def _whole_of(part: Token) -> Token | None:
    """The thing a noun of a part or side (arguments.yaml's aspect_nouns) is of: "*aspects* of the strategy", "a
    *provision* of the bill"; none for any other noun ("the release of the plan" is an act, not a part)."""
    if lemma(part) not in grammar().aspect_nouns:
        return None
    return next((o for p in part.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), None)


def _misplaced_by(prep: Token) -> list[Token]:
    """"condemned the attack on the embassy *by hackers*": the parser hangs the act's by-phrase on the noun just
    before it; a by-phrase after the object of the thing's own preposition is the thing's maker or doer."""
    return [o for n in prep.children if n.dep_ == "pobj" for b in n.children if b.dep_ == "prep" and b.lower_ == "by"
            for o in b.children if o.dep_ == "pobj"]


def relative_antecedent(token: Token) -> Token:
    """What a relative pronoun object stands for: the noun its clause modifies ("al-Shabaab, *which* Nairobi
    blames for the attack"); any other phrase stands for itself."""
    clause = token.head
    if token.tag_ in RELATIVE_TAGS and token.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl":
        return clause.head
    return token


def _goal_within(thing: Token) -> list[tuple[Token, str]]:
    """The "to"/"for" goal anywhere inside a transferred object's phrase (not inside its clauses, a gerund's among
    them: "discussed the possibility *of inviting* Kurdish groups *to the congress*" is no talk with the congress)."""
    found: list[tuple[Token, str]] = []
    stack = [thing]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ in ("relcl", "acl", "ccomp", "advcl") or child.pos_ in ("VERB", "AUX"):
                continue
            if child.dep_ == "prep" and child.lower_ in ("to", "for"):
                found.extend((obj, child.lower_) for obj in child.children if obj.dep_ == "pobj")
            stack.append(child)
    return found


def _conditional(clause: Token) -> bool:
    """"... unless Israel rescinds", "... if Iran does not stop": the threatened party acts in the condition."""
    return any(c.dep_ == "mark" and c.lower_ in ("unless", "if", "until") for c in clause.children)


def _place_named(doc: Doc, token: Token, named_party: bool = False) -> list[Actor]:
    """The first geocoded place within the phrase of ``token``, as a participant of kind "place" — when the
    phrase names a party of its own (``named_party``), not one a locative inside it gives ("rebel positions
    *in* eastern Ghouta": that says where the rebels are, the target is the rebels; "fired at targets in
    Jericho": nobody is named, and the place stands for those hit)."""
    start, end = phrase_bounds(token)
    low, high = token_chars(doc, start, end - 1)
    found = [Actor(text=p.text, name=p.name, country=p.country, kind="place", start=p.start, end=p.end,
                   rule="event-place") for p in places_within(doc, low, high)
             if p.country and not (named_party and _located_below(doc, p.start, p.end, token))]
    # "attacked *America's* southern neighbour": the country a relational noun relates to is not the one named
    return [p for p in found if not owner_of_other(p, token)][:1]


def _located_below(doc: Doc, start: int, end: int, token: Token) -> bool:
    """The place at [start, end) hangs below ``token`` through a locative preposition."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    locative = shared_words().locative_prepositions
    current = span.root
    for _ in range(MAX_PLACE_DEPTH):
        if current.i == token.i or current.head.i == current.i:
            return False
        if current.dep_ == "prep" and current.lower_ in locative:
            return True
        current = current.head
    return False


def _clause_objects(verb: Token, order: tuple[str, ...]) -> list[tuple[Token, str]]:
    """Objects of a purpose clause ("blocked a road to protest X's policy"), and their prepositions."""
    found: list[tuple[Token, str]] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "nsubj", "nsubjpass"):
            found.append((child, "purpose"))
            found.extend(prep_objects(child, order))
    found.extend(prep_objects(verb, order))
    return found


_PREP_DEPS = frozenset(get_string_id(label) for label in ("prep", "dative"))
_POBJ = get_string_id("pobj")


def prep_objects(head: Token, order: tuple[str, ...]) -> list[tuple[Token, str]]:
    found = []
    preps = [c for c in _own_phrases(head) if c.dep in _PREP_DEPS and c.lower_ in order]  # ids: no label decoded
    for prep in sorted(preps, key=lambda p: order.index(p.lower_)):
        for obj in prep.children:
            if obj.dep == _POBJ:
                found.append((_fronted_antecedent(obj), prep.lower_))
    return found


def _own_phrases(head: Token) -> list[Token]:
    """The words hung on ``head``, and for a verb those the parser hung on its particle adverb instead (arguments.yaml
    particle_adverbs): in "fired *back at* Christie" the at-phrase is the verb's, as in "lashed out at"; only the
    prepositions that aim an act (particle_prepositions), not "far away *from* Kiev" nor "back *in* March"."""
    children = list(head.children)
    if head.pos_ not in ("VERB", "AUX"):
        return children
    particles, aiming = grammar().particle_adverbs, grammar().particle_prepositions
    return children + [c for a in children if a.dep_ == "advmod" and a.lower_ in particles for c in a.children
                       if c.lower_ in aiming]


def _fronted_antecedent(obj: Token) -> Token:
    """What a relative pronoun fronted with its preposition stands for: the noun its clause modifies ("Egypt, *with
    which* Israel signed a treaty": a treaty with Egypt; "the PKK, *against whom* Ankara fought"). The clause's
    verb governs the preposition; any other object stands for itself."""
    prep = obj.head
    clause = prep.head
    if obj.tag_ in RELATIVE_TAGS and obj.lower_ in FRONTED_RELATIVES and prep.i < clause.i \
            and clause.dep_ == "relcl" and clause.head.i != clause.i:
        return clause.head
    return obj
