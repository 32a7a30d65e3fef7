"""Layer 4's grammar of the doer: which phrase names who does an event, and whether it names instead who
undergoes it. Pure reading of spaCy's parse with English grammar; which actor a phrase names is
:mod:`accord.events.participants`' question.

- The subject does the event, unless the event's own verb is passive ("fighters *were arrested*": the fighters
  undergo it, the by-agent does it) or tells a death ("died in an attack").
- Relative clauses: the relative pronoun stands for the noun it modifies ("the police, *who* arrested ...");
  a reduced relative in the past participle is passive ("a drone *shot down* by Kurdish forces"), one in the
  present participle active ("Kurdish forces *retreating* to the east").
- Control and raising: a subjectless infinitive is done by the subject of the verb above it ("Turkey
  threatened to attack"; "Germany was forced to withdraw": Germany withdraws, though the verb above is
  passive; "Israel is believed to have attacked"), or, for a complement, by that verb's object when it has
  one ("the attack led the YPG to plead", "urged Iran to withdraw"), except after verbs like "promise"; a
  purpose clause is its subject's ("sent troops to investigate"). A gerund after "for" or
  "of" is done by the main act's target ("fined Poland for refusing"), after other prepositions by its
  subject ("claimed responsibility for shooting down").
- Coordinated verbs share their subject ("arrested X and expelled Y"); a finite verb spelled unlike its base (not
  "hit", "cut") the parser hung on a modal clause's base form shares the subject of the verb above that clause
  ("said X would end *and praised* Y").
- An infinitive completing a noun of effort with an indefinite article or none in a verb's "in" phrase ("attacked Y
  in a bid to oust Z"; not "believes in the effort to") is done by who makes the effort; a gerund after an
  adjective's preposition ("fresh from ousting") by the subject the adjective is said of, or the noun it modifies
  ("the group responsible for attacking").
- A clipped passive ("Russian jet shot down over Syria"): a verb that needs its object, in the past, with no
  auxiliary and no object, makes its subject undergo the event.
- A contracted "'s" before a past participle with an object of its own is "has", not "is" ("she's beaten her
  rivals", "the senator's criticised the plan"): the subject does the act, though the parser read a passive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from accord.events.frames import Frame
from accord.events.syntax import (
    FINITE_TAGS,
    SUBJECT_DEPS,
    has_infinitive,
    nearest_subject,
    parallel_relative,
    subject_of,
)
from accord.events.tables import Grammar
from accord.events.triggers import is_verbal, lemma
from accord.syntax import (
    PRESENT_TAGS,
    RELATIVE_PRONOUNS,
    RELATIVE_TAGS,
    has_modal,
    subject_misread_as_date_apposition,
)

OBJECT_DEPS = frozenset({"dobj", "dative"})
PAST_TAGS = frozenset({"VBN", "VBD"})
CARRIED_OBJECTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "oprd", "attr"})  # what fills a verb's object slot
NON_PERSON_ENTITIES = frozenset({"ORG", "GPE", "LOC", "FAC"})  # names that "who" cannot stand for
APPOSITION_DEPTH = 2  # prepositional phrases between an apposition and the name "who" was hung on
CLIMB_LIMIT = 6  # clauses climbed at most: deeper nesting is a parse gone wrong
FINITE_FORMS = frozenset({"VBD", "VBZ"})  # finite forms unlike the base form ("praised", "praises"; not "praise")
INDEFINITE_ARTICLES = frozenset({"a", "an"})  # "in a bid to": a purpose; "in the effort to": a known effort
CONTRACTED_AUXILIARIES = frozenset({"'s", "’s"})  # "he's": "is" or "has", which the parser cannot tell apart
_SMALL_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "oprd"})  # where the parser puts "[his name prosecuting Y]"
_TIME_ENTITIES = frozenset({"DATE", "TIME"})  # spans of time, which can do nothing: "spent *years* fighting"
# the words inside a verb's phrase that a coordinated gerund may be misattached to: its object and modifiers
_PHRASE_INNER_DEPS = frozenset({"dobj", "pobj", "prep", "advmod", "amod", "npadvmod", "compound", "nummod", "conj"})

# Whether a phrase names a party (an actor), asked of the parse by the caller that can look actors up.
Party = Callable[[Token], bool]


@dataclass(frozen=True, slots=True)
class Doer:
    """The phrase that fills the subject role of an event, and whether it undergoes the event."""

    token: Token | None
    undergoes: bool = False


def doer_of(frame: Frame, grammar: Grammar, party: Party, stative: frozenset[str] = frozenset(),
            casualty: frozenset[str] = frozenset()) -> Doer:
    """Who does the event of ``frame`` (a verbal frame): see the module's rules. ``party`` tells whether a
    phrase names an actor (whether a gerund's host act has a target); ``stative`` are participles that tell a
    state, not a passive ("is opposed to"), unless a by-agent follows; ``casualty`` verbs ("die") make their
    subject undergo the event."""
    verb = _event_verb(frame)
    found = _controller(verb, grammar, party, stative)
    if found.token is None:
        return Doer(None)
    if found.controlled:
        undergoes = _passive_verb(verb)  # "Germany was forced to withdraw": withdrawing is active
    elif _own_active_voice(verb, grammar):
        # "he was offered the post but *turned* it down": the subject is shared, the passive is not
        undergoes = _passive_verb(verb) or _has_agent(verb)
    elif found.relative is not None:
        undergoes = _passive_clause(found.relative, grammar)
    else:
        undergoes = found.token.dep_ == "nsubjpass" or _passive_verb(verb) or _has_agent(verb) \
            or _clipped_passive(found.token, grammar) or _participle_clause(verb)
    if undergoes and (_contracted_perfect(verb, grammar) or (
            found.token.dep_ == "nsubjpass" and _contracted_perfect(found.token.head, grammar))):
        undergoes = False  # "she's beaten her rivals": "has beaten"
    agent = any(c.dep_ == "agent" for v in frame.chain for c in v.children)
    if undergoes and not agent and any(lemma(v) in stative for v in frame.chain):
        undergoes = False  # "Ankara is opposed to the plan": a state the subject is in
    if any(lemma(v) in casualty for v in frame.chain):
        undergoes = True
    return Doer(found.token, undergoes)


@dataclass(frozen=True, slots=True)
class _Found:
    token: Token | None
    relative: Token | None = None  # the relative clause whose noun it is
    controlled: bool = False  # reached through an infinitive or a gerund: the lower verb's voice decides


def _event_verb(frame: Frame) -> Token:
    """The verb whose doer is asked for: the trigger when it is a verb of the chain (a governing verb that made
    the type, "*threatened* to attack"), else the chain's lowest verb."""
    chain_ids = {v.i for v in frame.chain}
    if frame.trigger.i in chain_ids:
        return frame.trigger
    return frame.chain[0] if frame.chain else frame.top


def _own_active_voice(verb: Token, grammar: Grammar) -> bool:
    """A verb that borrows its subject from the verb it is coordinated with (or listed after) but shows by its
    own form that it is active, whatever the voice of that verb: its own auxiliary of tense or mood and no
    passive one ("was arrested but *has* denied the charges"), a present form ("is accused of fraud and
    *denies* it"), or a past form with an object of its own ("was offered the post but *turned* it down"). A
    past participle shares the passive auxiliary ("was arrested and charged"), and so may the past form of a
    verb with two objects, whose passive keeps one ("was arrested and *denied* access": two_object_verbs)."""
    if verb.dep_ not in ("conj", "ROOT") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    children = list(verb.children)
    if any(c.dep_ == "auxpass" for c in children):
        return False
    if any(c.dep_ == "aux" and c.lower_ != "to" for c in children) or verb.tag_ in PRESENT_TAGS:
        return True
    return verb.tag_ == "VBD" and lemma(verb) not in grammar.two_object_verbs \
        and any(c.dep_ == "dobj" for c in children)


def _passive_verb(verb: Token) -> bool:
    """The verb is itself passive: "were arrested", "to be killed"."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _contracted_perfect(verb: Token, grammar: Grammar) -> bool:
    """A past participle whose only passive auxiliary is a contracted "'s" and which has a direct object of its own
    ("he's beaten his rivals", "Lee's criticised the plan", "who's attacked the mayor"): English puts no object
    after a passive participle but that of a verb with two objects ("he's *denied* access", "she's *given* a
    medal": two_object_verbs), so the "'s" is "has" and the verb active. Not with a by-agent, which makes any
    verb passive."""
    passives = [c for c in verb.children if c.dep_ == "auxpass"]
    if not passives or any(c.lower_ not in CONTRACTED_AUXILIARIES for c in passives):
        return False
    if verb.tag_ not in PAST_TAGS or lemma(verb) in grammar.two_object_verbs \
            or any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" for c in verb.children)


def _participle_clause(verb: Token) -> bool:
    """A past participle heading an adverbial clause with no subject and no auxiliary of its own ("faces prison *if
    convicted*", "*once arrested*, he was taken to ...", "*Questioned by reporters*, she ..."): English has no
    active participial clause of this form, so the clause is passive and the subject it borrows from its host
    undergoes it."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(
        c.dep_ in _CLAUSE_FRAME_DEPS and c.dep_ != "mark" for c in verb.children)


def _passive_clause(relative: Token, grammar: Grammar) -> bool:
    """A relative or reduced relative clause tells what its noun undergoes: "who were arrested", "officers
    charged with fraud", "a drone shot down by ..." (a past participle with a by-agent, a particle or a
    preposition after it; a finite verb cannot head a reduced relative, so a past tag is one too). A bare past
    form after a noun ("..., a rights group protested on Monday") is too often a finite verb the parser hung
    on the noun: its noun acts — unless the verb cannot go without an object and has none: "three volunteers
    *killed* fighting the militia", "the first nurse *killed* while working there" are passive, the noun the
    one killed."""
    if _contracted_perfect(relative, grammar):
        return False  # "the senator, who's criticised the plan": "who has criticised"
    if _passive_verb(relative) or _has_agent(relative):
        return True
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in relative.children)
    if relative.dep_ != "acl" or own_subject or relative.tag_ not in PAST_TAGS:
        return False
    completed = any(c.dep_ in ("prt", "prep") for c in relative.children)
    return completed or _objectless_transitive(relative, grammar)


def _objectless_transitive(verb: Token, grammar: Grammar) -> bool:
    """A verb that cannot go without its object (arguments.yaml's object_required) told with none: no noun
    object, clause or complement in its object slot, its own or one a coordinated verb carries ("killed or
    wounded *dozens*"); a participle adjunct, "killed *fighting* X", is none."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    word = lemma(verb)
    if word not in grammar.object_required and not any(f"{word} {p}" in grammar.object_required for p in particles):
        return False
    return not any(c.dep_ in CARRIED_OBJECTS and c.tag_ != "VBG" for v in _coordinated(verb) for c in v.children)


def _clipped_passive(subject: Token, grammar: Grammar) -> bool:
    """A verb that cannot go without its object ("shoot down", "arrest"; arguments.yaml's object_required) told
    in the past with a subject, no auxiliary and no object anywhere in its coordination is a passive with its
    auxiliary left out, as headlines and clipped reports write it ("Russian jet shot down over Syria", "Journalist
    arrested in Cairo"): its subject undergoes it. Not in a relative clause, whose object is the noun it hangs on
    ("the man police arrested"), nor where a coordinated verb carries the shared object ("raided and searched
    the flat"). A participle after it is no object: "Britons *killed fighting* the militia"."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.tag_ not in PAST_TAGS or verb.dep_ in ("relcl", "acl"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return _objectless_transitive(verb, grammar)


def _coordinated(verb: Token) -> list[Token]:
    """The verb and every verb coordinated with it, however the parser chained them ("arrested, charged and
    jailed": *jailed* hangs on *charged*, which the parser may take for a bare adverbial clause: a past form
    with no subject and no conjunction of its own is a coordinated verb)."""
    first = verb
    for _ in range(CLIMB_LIMIT):
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head
    found, stack = [], [first]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(c for c in current.children if c.dep_ == "conj" or _bare_past_clause(c))
    return found


# what makes an adverbial clause more than a bare participle: its own subject, marker or auxiliary
# (a module constant because mypyc cannot compile a starred tuple on the right of `in`)
_CLAUSE_FRAME_DEPS = frozenset((*SUBJECT_DEPS, "mark", "aux", "auxpass"))


def _bare_past_clause(clause: Token) -> bool:
    return clause.dep_ == "advcl" and clause.tag_ in PAST_TAGS and not any(
        c.dep_ in _CLAUSE_FRAME_DEPS for c in clause.children)


def _has_agent(verb: Token) -> bool:
    """A by-agent makes a verb passive, whatever the parser called its subject ("a drone shot down by X"), and
    so the verbs coordinated with it that share its subject ("shot down and recovered by X")."""
    shared = [c for c in verb.children if c.dep_ == "conj" and not any(g.dep_ in SUBJECT_DEPS for g in c.children)]
    return any(c.dep_ == "agent" for v in (verb, *shared) for c in v.children)


def _controller(verb: Token, grammar: Grammar, party: Party, stative: frozenset[str]) -> _Found:
    """The phrase that does what ``verb`` says, climbing coordination, control and relative clauses. ``stative``
    are participles that tell a state, whose passive form leaves its subject the doer ("is engaged in")."""
    controlled = False
    for _ in range(CLIMB_LIMIT):
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            subject = nearest_subject(verb, subjects)
            if _misread_gerund_subject(verb, subject, party):
                # "X made *his name* prosecuting Y": the gerund is an adjunct of the host, done by its subject
                controlled, verb = True, verb.head
                continue
            if subject.tag_ in RELATIVE_TAGS and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return _Found(_relative_antecedent(verb), verb, controlled)  # "the police, who arrested ..."
            if subject.tag_ in RELATIVE_TAGS and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "conj":
                antecedent = _coordinated_relative_antecedent(verb)
                if antecedent is not None:  # "the police, who arrested X, and *who* later beat Y"
                    return _Found(antecedent, verb, controlled)
            return _Found(subject, None, controlled)
        head, dep = verb.head, verb.dep_
        if head.i == verb.i:
            listed = _listed_subject(verb) or subject_misread_as_date_apposition(verb)
            if listed is not None:
                return _Found(listed, None, controlled)
            break
        if dep == "xcomp" or (dep == "advcl" and has_infinitive(verb)):
            controlled = True
            # a complement ("urged Iran to withdraw") is its object's to do; a purpose clause ("sent troops
            # to investigate", "began a hunger strike to protest") its subject's
            complement = dep == "xcomp" or lemma(head) in grammar.object_control_verbs
            controller = _object_controller(head, grammar, party) if complement else None
            if controller is not None:
                return _Found(controller, None, True)
            verb = head
        elif dep == "conj" and (relative := _clause_before(verb)) is not None:
            # "the host, who backs X, but has dismissed Y": the parser hung the relative clause's second
            # predicate on the main verb
            return _Found(_relative_antecedent(relative), relative, controlled)
        elif dep == "conj" and (above := _coordinated_above(verb)) is not None:
            # "X said the economy would recover *and praised* Y": a finite verb cannot share the modal of the
            # clause it was hung on, so it is coordinated with the verb above that clause, and shares its subject
            verb = above
        elif dep == "conj" and (partner := _gerund_partner(verb)) is not None:
            verb = partner  # "by touting her record upstate and *pounding* him": the first gerund's doer
        elif dep in ("conj", "advcl", "acomp"):
            # a present participle is active whatever its host's voice: "a soldier was killed *while fighting*"
            controlled = controlled or (dep == "advcl" and verb.tag_ == "VBG")
            verb = head
        elif dep in ("relcl", "acl"):
            owner = _infinitive_owner(verb)
            if owner is not None:
                return _Found(owner, None, True)
            maker = _purpose_maker(verb, grammar, stative)
            if maker is not None:  # "X is engaged in an effort *to broker* a deal": X brokers it
                verb, controlled = maker, True
                continue
            return _Found(head, verb, controlled)
        elif dep == "pcomp" and head.dep_ in ("prep", "agent"):
            return _gerund_controller(head, grammar, party, stative)
        else:
            break
    return _Found(subject_of(verb), None, controlled)


def _gerund_partner(verb: Token) -> Token | None:
    """The gerund a gerund is coordinated with when the parser hung it on the last word of that gerund's phrase
    ("by touting her record *upstate* and *pounding* him", "pounding" read as a conjunct of "upstate"): English
    coordinates like forms, so a gerund whose head is no verb continues the nearest gerund above it, reached
    through the words of that gerund's own phrase (objects, modifiers, prepositions), and shares its doer."""
    if verb.tag_ != "VBG" or is_verbal(verb.head):
        return None
    current = verb.head
    for _ in range(CLIMB_LIMIT):
        if current.dep_ not in _PHRASE_INNER_DEPS or current.head.i == current.i:
            return None
        current = current.head
        if current.tag_ == "VBG" and is_verbal(current):
            return current
    return None


def _misread_gerund_subject(verb: Token, subject: Token, party: Party) -> bool:
    """A gerund the parser read as a small clause complement ("made [his name prosecuting Y]", "spent [the day
    attacking Y]") whose "subject" is the host verb's own object: a span of time ("the day", "years") or a
    thing its owner has ("*his* name", "*her* career"), which can do nothing. English reads such a gerund as an
    adjunct done by the host's subject. A party before the gerund is its doer ("watched *the army* attacking
    Y"), and so is any noun that is not time or a pronoun's possession ("saw the convoy attacking Y")."""
    if verb.tag_ != "VBG" or verb.dep_ not in _SMALL_CLAUSE_DEPS or verb.head.i == verb.i:
        return False
    if subject.dep_ != "nsubj" or subject.pos_ not in ("NOUN", "PROPN") or party(subject):
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children) or not is_verbal(verb.head):
        return False
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)
    return owned or subject.ent_type_ in _TIME_ENTITIES


def _coordinated_above(verb: Token) -> Token | None:
    """The verb a finite verb is really coordinated with when the parser hung it on a verb in the base form under
    a modal or "to" ("Putin said the economy *would recover* and *praised* Y"): a past or present-tense form
    cannot share that auxiliary, and English coordinates predicates of like form, so its partner is the verb
    that governs the modal clause and has the verb's own tense ("*said* ... and *praised*"). Not a verb with an
    auxiliary or a subject of its own, which heads a clause of its own. Only a form spelled unlike its lemma
    ("praised", "fell", "thanks") shows its tense: "hit", "cut", "set" may be base forms the tagger took for
    pasts ("would attack and *hit* the base"), which do share the modal."""
    head = verb.head
    if verb.tag_ not in FINITE_FORMS or verb.lower_ == lemma(verb) \
            or any(c.dep_ in _CLAUSE_FRAME_DEPS for c in verb.children):
        return None
    if head.tag_ != "VB" or not (has_modal(head) or has_infinitive(head)):
        return None
    governor = head.head
    if head.dep_ not in ("ccomp", "xcomp") or governor.i == head.i or governor.tag_ != verb.tag_:
        return None
    return governor


def _purpose_maker(verb: Token, grammar: Grammar, stative: frozenset[str]) -> Token | None:
    """The verb whose subject makes the effort, bid or attempt a subjectless infinitive completes, when the noun
    is that verb's own "in" phrase in the purpose idiom ("X attacked Y *in an effort to* drive ...", "X is engaged
    in a bid to ...", "in efforts to": arguments.yaml's purpose_nouns): whoever acts in an effort does what it is
    an effort to do. Only a noun with an indefinite article or none: "believes *in the effort* to", "joined in
    the bid to" name a known effort, someone's, that the "in" phrase is an argument of, not the subject's
    purpose. Not a noun that names its own maker ("*Republican* efforts to", "*the party's* bid to"), nor the
    object of another verb ("responded to efforts to", "supported efforts to": someone else's), nor under a
    passive verb, whose subject undergoes the act ("Y was attacked in an effort to ..."), unless its participle
    tells a state ("is engaged in")."""
    noun = verb.head
    if not has_infinitive(verb) or any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            or lemma(noun) not in grammar.purpose_nouns or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    if any(c.dep_ in ("poss", "compound") or (c.dep_ == "amod" and c.pos_ == "PROPN") or c.ent_type_
           or (c.dep_ == "det" and c.lower_ not in INDEFINITE_ARTICLES) for c in noun.children if c.i < noun.i):
        return None
    host = noun.head.head
    if host.pos_ not in ("VERB", "AUX") or (_passive_verb(host) and lemma(host) not in stative):
        return None
    return host


def _clause_before(verb: Token) -> Token | None:
    """The relative clause a subjectless coordinated verb continues when the parser hung the verb on the main
    verb instead ("X was asked by the host, who backs Y, *but has* dismissed Z"): a relative clause opened by a
    relative pronoun subject, lying between the verb's head and the verb and ending, before a comma, right where
    the verb's own words ("but has previously") begin. Its pronoun is the verb's subject: English coordinates
    predicates of one clause, and the verb nearest the conjunction is the relative clause's."""
    head = verb.head
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "was hosted by X, which backs Y, and *was attended* by Z": the main clause's passive
    first = min((c.i for c in verb.children if c.i < verb.i), default=verb.i)
    end = first - 1
    doc = verb.doc
    closed = False  # a clause set off by commas closes with one ("X, who backs Y, and has ..."); without it the
    # verb may as well continue the main clause ("He offered X to Sunnis, who boycotted Y, rejected Z and asked W")
    while end > head.i and (doc[end].is_punct or doc[end].dep_ == "cc"):
        closed = closed or doc[end].text == ","
        end -= 1
    if end <= head.i or not closed:
        return None
    clause = doc[end]
    for _ in range(CLIMB_LIMIT):
        if clause.dep_ == "relcl":
            break
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    if clause.dep_ != "relcl" or clause.right_edge.i != end or clause.i < head.i:
        return None
    pronoun = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if pronoun is None or pronoun.tag_ not in RELATIVE_TAGS or pronoun.lower_ not in RELATIVE_PRONOUNS:
        return None
    # the tense tells whose predicate it is: "X *was* asked by the host, who *is* backing Y, but *has* dismissed
    # Z" continues the relative clause; "He *offered* X to Sunnis, who *had* boycotted Y, and *asked* Z" the main
    tense = _tense(verb)
    if tense is None or tense != _tense(clause) or tense == _tense(head):
        return None
    return clause


def _tense(verb: Token) -> str | None:
    """The tense of a verb's clause as its first finite word shows it: present, past or modal."""
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i] + [verb]
    first = min(finite, key=lambda c: c.i)
    if first.tag_ in PRESENT_TAGS:
        return "present"
    if first.tag_ == "VBD":
        return "past"
    return "modal" if first.tag_ == "MD" else None


def _listed_subject(verb: Token) -> Token | None:
    """The subject of a list of predicates the parser misread as a complement and a main verb ("she has promised
    to X, *opposed* Y and outstripped Z", parsed as "[she has promised to X], opposed ...", as in "X did Y, Z
    said"): a finite verb heading the sentence has a subject, and when the parse gives it none, it shares that of
    the complement before it, set off by a comma. Not when that complement reports a clause of its own ("X said
    Y attacked Z, killed ..."), whose subjects are two."""
    if verb.tag_ not in FINITE_TAGS or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > verb.i or clause.right_edge.i < verb.i - 2:
            continue
        if any(c.dep_ == "ccomp" for c in clause.children):
            return None
        return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _infinitive_owner(verb: Token) -> Token | None:
    """A pronoun possessing the noun a subjectless infinitive completes does what the infinitive says ("*his*
    plan to ban X", "*its* decision to withdraw"). A named possessor needs no rule: it is inside the noun's
    phrase, which names the doer; a pronoun there is read as the owner of another thing and left out."""
    if not has_infinitive(verb) or verb.head.i == verb.i:
        return None
    owner = next((c for c in verb.head.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.pos_ == "PRON" else None


def _coordinated_relative_antecedent(verb: Token) -> Token | None:
    """The noun a second, coordinated relative clause stands for ("the fighters, who held the town, *and who*
    later attacked X"; "a state whose army ..., *and which* is trying to ..."): the antecedent of the relative
    clause it is coordinated with, or, when the parser hung it on the noun itself as a conjunct, that noun; when
    it hung it on the main verb, the noun of the earlier clause opened by the same pronoun."""
    head = verb.head
    if head.i == verb.i:
        return None
    if head.dep_ == "relcl":
        return _relative_antecedent(head)
    if head.pos_ in ("NOUN", "PROPN"):
        return head
    first = parallel_relative(verb)  # hung on the main verb: the earlier clause opened by the same pronoun
    return _relative_antecedent(first) if first is not None else None


def _relative_antecedent(relative: Token) -> Token:
    """The noun a relative clause's pronoun stands for: the noun the clause hangs on, except when "who" hangs on
    the name of an organisation or place inside an apposition ("Ann Lee, the head *of the Arctic Council*, who
    criticised ..."): "who" takes a person, and the parser has hung the clause on the nearest noun; the
    person is the apposition ("the head"), the phrase that the "of"/"to" phrase completes. A clause in the
    singular after a coordination stands for its last member only ("Kenya and Ethiopia, which *has* sent
    troops": Ethiopia), since a coordination takes the plural; the parser hangs it on the first."""
    noun = _agreeing_conjunct(relative.head, relative)
    pronoun = next((c for c in relative.children if c.dep_ in SUBJECT_DEPS), None)
    if pronoun is None or pronoun.lower_ != "who" or noun.ent_type_ not in NON_PERSON_ENTITIES:
        return noun
    holder = noun
    for _ in range(APPOSITION_DEPTH):  # "the president of the Foundation for Peace, who ...": up two phrases
        if holder.dep_ != "pobj" or holder.head.dep_ != "prep":
            return noun
        holder = holder.head.head
        if holder.dep_ == "appos":
            return holder
    return noun


def _agreeing_conjunct(noun: Token, relative: Token) -> Token:
    """The conjunct of ``noun``'s coordination that a relative clause's subject pronoun agrees with: the last
    one before the clause when the clause's finite verb is singular ("has", "is", "was", "backs"), else the
    noun (the parser's head of the whole coordination)."""
    members = [c for c in noun.children if c.dep_ == "conj" and c.i < relative.i and c.pos_ in ("NOUN", "PROPN")]
    if not members or not _singular_clause(relative):
        return noun
    last = max(members, key=lambda c: c.i)
    while True:  # "Kenya, Uganda and Ethiopia": the parser may chain the conjuncts
        deeper = [c for c in last.children if c.dep_ == "conj" and c.i < relative.i and c.pos_ in ("NOUN", "PROPN")]
        if not deeper:
            break
        last = max(deeper, key=lambda c: c.i)
    # nouns under one determiner are one referent ("the film-maker and activist who was killed"): only a conjunct
    # that is a name or has a determiner of its own ("the army and the police, which has ...") is a party apart
    return last if last.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") for c in last.children) else noun


def _singular_clause(relative: Token) -> bool:
    """The relative clause's subject pronoun takes a singular finite verb: "which *has*", "who *is*", "which
    *was*", "which *backs*"."""
    pronoun = next((c for c in relative.children if c.dep_ in SUBJECT_DEPS), None)
    if pronoun is None or pronoun.tag_ not in RELATIVE_TAGS:
        return False
    finite = [c for c in relative.children if c.dep_ in ("aux", "auxpass") and c.i < relative.i] or [relative]
    first = min(finite, key=lambda c: c.i)
    return first.tag_ == "VBZ" or first.lower_ == "was"


def _object_controller(verb: Token, grammar: Grammar, party: Party) -> Token | None:
    """The object of an object-control verb above an infinitive, when it names a party: "urged *Iran* to
    withdraw", "led the YPG to plead"; not of "promised Kenya to send troops", nor a thing used for a purpose
    ("used tear gas to disperse", which the parser may hang as a complement)."""
    if lemma(verb) in grammar.subject_control_with_object:
        return None
    return next((c for c in verb.children if c.dep_ in OBJECT_DEPS
                 and (c.pos_ in ("PROPN", "PRON") or party(c))), None)


def _gerund_controller(prep: Token, grammar: Grammar, party: Party, stative: frozenset[str]) -> _Found:
    """Who does a gerund after a preposition: the host act's target after "for"/"of" ("fined Poland for
    refusing", "legal action against Poland for refusing"); the possessor of a host noun ("Turkey's role in
    attacking"); otherwise the doer of the host act ("claimed responsibility for shooting down")."""
    host = prep.head
    if host.pos_ == "AUX" and host.dep_ != "aux":
        # "he was a national, before admitting ... and seeking ..."
        return _gerund_of_clause(host, grammar, party, stative)
    if prep.lower_ in grammar.object_control_prepositions:
        target = _target_of(host, grammar, party)
        if target is not None:
            return _Found(target, None, True)
    if host.pos_ == "ADJ":
        # "*Fresh from ousting* X, the SDF ...", "the group is *responsible for attacking* Y": an adjective is
        # predicated of a subject, and that subject does what its gerund says; an attributive adjective ("the
        # group *responsible for attacking* Y") is said of the noun it modifies
        if host.dep_ == "amod" and host.head.i != host.i:
            return _Found(host.head, None, True)
        found = _controller(host, grammar, party, stative)
        return _Found(found.token, found.relative, True)
    if not is_verbal(host):
        owner = next((c for c in host.children if c.dep_ == "poss"), None)
        if owner is not None:
            return _Found(owner, None, True)
        if host.dep_ in ("dobj", "attr") and host.head.i != host.i:
            host = host.head
    if not is_verbal(host):
        return _Found(None)
    found = _controller(host, grammar, party, stative)
    return _Found(found.token, found.relative, True)


def _gerund_of_clause(copula: Token, grammar: Grammar, party: Party, stative: frozenset[str]) -> _Found:
    """A gerund adjunct of a copular clause ("Prakash said he was a Cambodian, before admitting the truth") is
    done by the clause's subject: the copula heads the clause as a verb would."""
    found = _controller(copula, grammar, party, stative)
    return _Found(found.token, found.relative, True)


def _target_of(host: Token, grammar: Grammar, party: Party) -> Token | None:
    """The party an act is done to: its object, or the object of its "against"/"on" (on the act or on its
    object noun: "began legal action against Poland")."""
    places = [host, *(c for c in host.children if c.dep_ in OBJECT_DEPS)]
    for place in places:
        if place is not host and party(place):
            return place
        for prep in place.children:
            if prep.dep_ == "prep" and prep.lower_ in grammar.target_prepositions:
                found = next((o for o in prep.children if o.dep_ == "pobj" and party(o)), None)
                if found is not None:
                    return found
    return None
