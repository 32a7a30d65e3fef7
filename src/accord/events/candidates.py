"""Layer 1 of the coder, candidate frames: which words of a sentence make one event.

A candidate groups an event word — a trigger verb ("sign"), or an event noun a verb takes as its object
("held *talks*", "imposed *sanctions*") — with the chain of verbs that govern it ("*threatened to* impose
sanctions", "*is willing to* withdraw"). It decides only *which words* belong together: what the governing
verbs make of the event is the sense layer's question, whether it happened the factuality layer's. The chain's
top verb holds the subject; the verbs and nouns below it hold the other participants.

Three kinds of candidate: a chain built from its deepest carrier (a verb trigger, or a verb with an event noun
attached), a bare event noun that no verb governs ("the talks between X and Y"), and a demand told through a
modal ("X said Y *must* do Z"), which needs no event word at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.symbols import ccomp
from spacy.tokens import Span, Token

from accord.doc_index import quotation_start, token_table
from accord.events.syntax import aux_words, has_infinitive, has_subject, phrase_head, subject_of, time_marked
from accord.events.tables import Entry, Grammar, Tables
from accord.events.triggers import Trigger, find_triggers, in_group, is_verbal, lemma, lemma_of_id
from accord.events.valency import slot_is
from accord.syntax import PLURAL_NOUN_TAGS, PRESENT_TAGS

# How a noun attaches to the verb that governs it.
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative", "nsubj"})
SAID_AT_FAULT = "said-at-fault"  # "X said Y was guilty of ...": the speaker accuses the copula's subject
NAMED_AT_FAULT = "named-at-fault"  # "X called Y a liar", "Y was branded a terrorist by X": the namer accuses Y
PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd"})
FAULT_MODIFIER_DEPS = frozenset({"amod", "compound"})
# Modals whose perfect tells an obligation that was not met ("should have acted"): a reproach (CAMEO 111,
# criticize or denounce). "must have" is a guess about the past ("must have known"), no reproach.
OBLIGATION_OF_THE_PAST = frozenset({"should", "ought"})
# senses.yaml's class of voters (not the class electorate, which also counts troops and delegates polled: "said
# troops must withdraw" asks for an act), and of the groups of them a campaign courts, which are voters only when
# asked for a vote ("women should back her"; "the Taliban said women must stay at home" is an order)
VOTER_CLASS = "campaign_audience"
COURTED_CLASS = "demographic"
# Acts of physical harm: a noun naming one asserts the act itself, as a verb would ("the US strike on Z").
HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
# Named entities that can be a doer when they modify an event noun ("a *Chilean* assault", "*NATO* air strikes").
DOER_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# The participle of "US-led", "Saudi-led": what comes before the hyphen leads the act.
LEADING_PARTICIPLES = frozenset({"led"})
# Pronouns of the speaker's own side: a wrong told of them is admitted, not charged ("we violated the rules").
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
PLURAL_PRONOUNS = frozenset({"we", "they", "us", "them"})  # subjects that name more than one speaker
# Determiners under which a noun refers to no particular occurrence ("any invasion", "no strike").
UNSPECIFIED_DETERMINERS = frozenset({"any", "no", "every", "each", "another"})


@dataclass(frozen=True, slots=True)
class Governor:
    """A verb of the chain that may recode the event below it ("threatened", "refused", "halted"), with the
    trigger it is itself, if any (a higher event verb: "sent troops to *fight*")."""

    verb: Token
    trigger: Trigger | None


@dataclass(frozen=True, slots=True)
class Candidate:
    """One event in the making: its event word and the words that govern it, as the parse shows them."""

    content: Trigger  # the event word: a verb trigger, or the event noun a verb governs
    word: Token  # the word reported as the trigger before any governing verb recodes the event
    chain: tuple[Token, ...]  # the event's clause verb and the verbs governing it, bottom-up; empty for a bare noun
    governors: tuple[Governor, ...]  # the verbs of the chain that may recode the event, bottom-up
    nouns: tuple[Token, ...]  # event nouns attached to the chain ("held talks": talks)
    top: Token  # holds the subject (the actor, or the patient of a passive)
    nominal: bool  # the event word is a noun
    obligation: bool = False  # a demand told through a modal: "X said Y must do Z"
    foretold: bool = False  # a harm foretold to a party: "X said Y would pay the price" (a threat by X on Y)
    judgement: str | None = None  # a fault found: SAID_AT_FAULT ("said Y was guilty") or NAMED_AT_FAULT
    # a charge read in a speaker's words with no charging word of the coder's own (accord.events.quoted_charges):
    # it is the speaker's act, so it stands only when the speaker is a known party
    in_speech: bool = False


@dataclass(frozen=True, slots=True)
class SentenceCandidates:
    """A sentence's chains, in the order of their deepest carrier, and its event nouns that no verb governs."""

    chains: tuple[Candidate, ...]
    bare_nouns: tuple[Trigger, ...]
    carried: tuple[Trigger, ...] = ()  # the event nouns a verb of some chain governs
    causes: tuple[Trigger, ...] = ()  # event nouns that are the subject of a verb carrying another ("the arrest
    # sparked protests"): acts of their own, though inside that verb's clause


def is_cue(token: Token, tables: Tables) -> bool:
    """A verb that can govern an event word below it (a modality, reversal, light or aspectual verb)."""
    return in_group(token, tables.cues.governing)


def find_candidates(sentence: Span, tables: Tables) -> SentenceCandidates:
    """Every chain of one sentence, and the event nouns left over (their frames come last, only where no other
    event's clause holds them)."""
    triggers = {i: t for i, t in find_triggers(sentence, tables.lexicon).items()
                if not _blame_predicate(t, tables) and not _felt_state(t, tables)}
    attached: dict[int, list[Trigger]] = {}  # verb index -> noun triggers it governs
    bare: list[Trigger] = []
    for trigger in triggers.values():
        if not trigger.nominal:
            continue
        governor = noun_governor(trigger.token, tables.cues.partitive)
        # a meeting in which an event verb's act is done is not that act's content ("urged X in a phone call");
        # nor is an act at another moment ("held *since his arrest*")
        if governor is not None and not (meeting_in_clause(trigger, tables) and _verb_trigger(governor, triggers)) \
                and not at_another_moment(trigger.token, tables) \
                and (_trigger_object(trigger.token, governor, triggers, tables)
                                     or _cue_object(trigger.token, governor, tables)
                                     or received_noun(trigger.token, governor, tables, trigger.entry.type)
                                     or _death_in(trigger, governor, tables)):
            attached.setdefault(governor.i, []).append(trigger)
            # the phrase's head noun speaks for it: "investment pacts" are pacts
            attached[governor.i].sort(key=lambda t: t.token.dep_ in ("compound", "amod", "nmod"))
        else:
            bare.append(trigger)
    causes = _subjects_of_other_acts(attached, triggers, tables)
    bare.extend(causes)
    causes += [t for t in bare if _provokes_another(t, tables)]  # already bare: no verb carries them
    # verbs that carry content: verb triggers and cue verbs with an attached event noun
    carriers = {i for i, t in triggers.items() if not t.nominal} | set(attached)
    parents: dict[int, Token | None] = {}
    for index in carriers:
        parent = chain_parent(sentence.doc[index], triggers, tables)
        parents[index] = None if parent is not None and _content_held(sentence.doc[index], parent, attached,
                                                                      triggers) else parent
    governed = {p.i for p in parents.values() if p is not None}
    chains = []
    for index in sorted(carriers):
        if index in governed and _governs_carrier(index, parents):
            continue  # an inner link: the chain is built from the deepest carrier
        chain = _chain_from(sentence.doc[index], triggers, attached, tables)
        if chain is not None:
            chains.append(chain)
    contents = {c.content.token.i for c in chains}
    bare.extend(t for index, nouns in attached.items() for t in nouns
                if t.token.i not in contents and harm_of_its_own(t, triggers.get(index), tables))
    carried = tuple(t for nouns in attached.values() for t in nouns)
    return SentenceCandidates(tuple(chains), tuple(bare), carried, tuple(causes))


def _subjects_of_other_acts(attached: dict[int, list[Trigger]], triggers: dict[int, Trigger],
                            tables: Tables) -> list[Trigger]:
    """A cue verb carries one event, its object: an event noun that is its subject while another is its object
    is an act of its own, the cause or occasion of that one ("*the arrest* of the mayor sparked protests", "*the
    talks* produced a deal"). The subject nouns are taken off the verb (``attached`` is changed) and returned."""
    found: list[Trigger] = []
    for index, nouns in attached.items():
        if _verb_trigger(nouns[0].token.doc[index], triggers):
            continue  # the verb is the event: its nouns are only its parts
        heads = [(n, phrase_head(n.token, tables.cues.partitive).dep_) for n in nouns]
        if not any(dep != "nsubj" for _, dep in heads):
            continue  # "the talks began": the subject is the act the verb carries
        subjects = [n for n, dep in heads if dep == "nsubj"]
        if subjects:
            attached[index] = [n for n, dep in heads if dep != "nsubj"]
            found.extend(subjects)
    return found


def _content_held(token: Token, parent: Token, attached: dict[int, list[Trigger]],
                  triggers: dict[int, Trigger]) -> bool:
    """A cue verb that carries an event noun as its content has it already: an act told through a preposition
    below it is the reason or the occasion of that content, an event of its own ("began *a legal case* against X
    for refusing to ...": the case began; the refusal is what it is about)."""
    return token.dep_ == "pcomp" and parent.i in attached and not _verb_trigger(parent, triggers)


def harm_of_its_own(noun: Trigger, verb: Trigger | None, tables: Tables) -> bool:
    """An act of harm whose doer its phrase names, the object of the verb of another kind of event ("refused to
    back *the US-led invasion of Iraq*", "condemned *the Russian strike on Kyiv*"): the verb judges that act, which
    it takes as having happened. A verb of harm that takes it tells the same act ("killed in a US-led bombing"); a
    prepositional phrase may give the verb's topic or circumstance, and is left to the rules for those."""
    return (verb is not None and not verb.nominal and verb.entry.type != noun.entry.type
            and phrase_head(noun.token, tables.cues.partitive).dep_ == "dobj"
            and verb.entry.type not in HARM_TYPES and particular(noun.token)
            and harm_with_its_doer(noun, tables.grammar.undergoer_possessor_nouns))


def _verb_trigger(verb: Token, triggers: dict[int, Trigger]) -> bool:
    own = triggers.get(verb.i)
    return own is not None and not own.nominal


def particular(noun: Token) -> bool:
    """A noun that refers to one occurrence, not to any or none ("*any* invasion", "*no* strike")."""
    return not any(c.dep_ == "det" and c.lower_ in UNSPECIFIED_DETERMINERS for c in noun.children)


def meeting_in_clause(noun: Trigger, tables: Tables) -> bool:
    """A consultation in which another act is done ("urged Putin *in a phone call* with Macron", "signed the deal
    *during talks* with Kyiv") is an event of its own, not a circumstance of that act."""
    token = noun.token
    prep = token.head
    return (noun.entry.type == "CONSULT" and token.dep_ == "pobj" and prep.dep_ == "prep"
            and prep.lower_ in tables.grammar.meeting_frames and prep.head.pos_ in ("VERB", "AUX"))


def at_another_moment(noun: Token, tables: Tables) -> bool:
    """An event noun a preposition of time places before or after the act of the verb it hangs on ("was held *since
    his arrest*", "fled *after a threat* from X", "resigned *following the protests*"): an act of its own, told as
    having happened, neither the verb's content nor its circumstance."""
    head = phrase_head(noun, tables.cues.partitive)
    prep = head.head
    return head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in tables.cues.time_prepositions \
        and is_verbal(prep.head)


def possessor_undergoes(noun: Token, undergoers: frozenset[str]) -> bool:
    """"*his* arrest", "*the journalist's* detention": the possessor of an act done to a person undergoes it when
    no of-phrase names another patient ("the army's arrest *of* the mayor": the army arrests)."""
    return lemma(noun) in undergoers and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def harm_with_its_doer(trigger: Trigger, undergoers: frozenset[str] = frozenset()) -> bool:
    """A noun of physical harm whose phrase names who does it — "Chile's incursion into Peru", "a Chilean assault",
    "the shelling of the town by rebels" — asserts that act even inside another event's clause, where a noun
    is otherwise its circumstance ("troubled by a Chilean assault", "rows over Chile's incursion"). An attack
    named without its doer ("fled the fighting") stays a circumstance."""
    if trigger.entry.type not in HARM_TYPES or not trigger.nominal:
        return False
    children = list(trigger.token.children)
    # a possessor is the doer of an attack, but the one who undergoes a coercive act that names no other
    # patient ("his arrest", "their detention"; "the army's arrest *of* the mayor" names both)
    patient_named = any(c.dep_ == "prep" and c.lower_ == "of" for c in children)
    for child in children:
        if child.dep_ == "poss" and child.ent_type_ not in TIME_ENTITIES \
                and (trigger.entry.type == "ASSAULT" or patient_named) \
                and not possessor_undergoes(trigger.token, undergoers):  # "last week's arrest" names a time
            return True
        if child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in DOER_ENTITIES:
            return True
        if _led_by_entity(child):  # "the US-led invasion", "a Saudi-led air strike"
            return True
        if child.dep_ == "prep" and child.lower_ == "by" and any(o.dep_ == "pobj" for o in child.children):
            return True
    return False


def said_by_its_speaker(trigger: Trigger, grammar: Grammar) -> bool:
    """A noun of a thing said whose possessor is who said it ("*Parliament's* demand for an inquiry", "*the
    union's* criticism", "*Iran's* threat to close the strait"): it tells the possessor's act as having happened,
    as a subject and its verb would, even inside another event's clause ("the ministry rejected *the union's*
    demand": the union demanded, the ministry refused). A noun with another common sense counts only with what
    was said ("her appeal among voters" is her charm, "his call with Macron" a telephone call)."""
    token = trigger.token
    word = lemma(token)
    if not trigger.nominal or word not in grammar.speaker_possessor_nouns or not particular(token):
        return False
    if not any(c.dep_ == "poss" and c.ent_type_ not in TIME_ENTITIES for c in token.children):
        return False  # "last week's demand" names a time, not a speaker
    return word not in grammar.said_content_nouns or _says_what(token, grammar)


def _says_what(noun: Token, grammar: Grammar) -> bool:
    """The noun's phrase gives what was asked, charged or threatened: a "for"/"of"/"against" phrase ("his call
    *for* a ban"), a to-infinitive ("a threat *to close* the strait") or a that-clause ("the demand *that* ...")."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in grammar.said_content_prepositions \
                and any(o.dep_ in ("pobj", "pcomp") for o in child.children):
            return True
        if child.dep_ in ("acl", "ccomp") and child.pos_ in ("VERB", "AUX") \
                and (has_infinitive(child) or any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children)):
            return True
    return False


def _led_by_entity(modifier: Token) -> bool:
    """A "-led" modifier whose first part names a doer: "*US-led*", "*Saudi-led*" (its leader is the doer; a
    "US-backed" force only has a backer)."""
    return modifier.dep_ == "amod" and modifier.lower_ in LEADING_PARTICIPLES \
        and any(c.ent_type_ in DOER_ENTITIES and c.i < modifier.i for c in modifier.children)


def bare_noun(trigger: Trigger) -> Candidate:
    """An event noun no verb governs: "the talks between X and Y", "Israeli air raids"."""
    return Candidate(content=trigger, word=trigger.token, chain=(), governors=(), nouns=(trigger.token,),
                     top=trigger.token, nominal=True)


def _speech_complements(sentence: Span, tables: Tables, tops: set[int]) -> Iterator[Token]:
    """The clauses a verb of speech takes as its complement ("X said *Y must go*") that no other frame stands on
    (``tops``); the dependency id is tested before any Token is made."""
    doc = sentence.doc
    deps = token_table(doc).dep
    for i in range(sentence.start, sentence.end):
        if deps[i] != ccomp or i in tops:
            continue
        token = doc[i]
        if lemma(token.head) in tables.cues.speech:
            yield token


def obligation_candidates(sentence: Span, tables: Tables, tops: set[int]) -> list[Candidate]:
    """"X said Y must (needs to, has to) do Z": a demand by X on Y, even when Z is no event word. ``tops`` are the
    clauses some other frame already stands on."""
    found = []
    for token in _speech_complements(sentence, tables, tops):
        if not (aux_words(token) & tables.cues.obligation_modals or _semi_modal_obligation(token, tables)):
            continue
        if distrusted(token, tables):
            continue  # "said Y should not be trusted": Y is judged (quoted_charges), nothing asked of anyone
        subject = subject_of(token)
        if subject is None or subject.pos_ == "PRON" or cannot_act(subject, tables):
            continue  # "said the platform should mention Israel": no one is asked, an opinion of what it holds
        if modal_before_subject(token, subject, tables):
            continue  # "noted that should the senator carry Ohio, ...": a condition (or a question), nothing asked
        if _voters_asked(subject, token, tables):
            continue  # "said voters should go with him": a campaign's appeal to the electorate, no demand on a party
        if _reproach(token):  # "said the army should have protected the town": a criticism of what was not done
            entry = Entry(key="should have", type="ACCUSE", cameo=tables.ontology.recoding_cameo["reproach"])
        elif _stative(token, tables):
            continue  # "said the people should have a voice": how things ought to be, no act asked of anyone
        else:
            entry = Entry(key="must", type="REQUEST", cameo=tables.ontology.cameo("REQUEST"))
        found.append(Candidate(content=Trigger(token, entry, nominal=False), word=token, chain=(token,),
                               governors=(), nouns=(), top=token, nominal=False, obligation=True))
    return found


def modal_before_subject(clause: Token, subject: Token, tables: Tables) -> bool:
    """The modal of obligation stands before the clause's subject: "*should* the senator win Ohio, the race is over"
    is a condition told by inversion, "*should* the army withdraw?" a question; neither asks the subject to act."""
    return any(c.dep_ == "aux" and c.lower_ in tables.cues.obligation_modals and c.i < subject.i
               for c in clause.children)


def distrusted(clause: Token, tables: Tables) -> bool:
    """A negated passive of trusting or believing ("Y cannot be *trusted*", "should not be *believed*"): its
    subject is judged to be of bad faith."""
    return lemma(clause) in tables.grammar.distrust_verbs and any(c.dep_ == "nsubjpass" for c in clause.children) \
        and any(c.dep_ == "neg" for c in clause.children)


def cannot_act(subject: Token, tables: Tables) -> bool:
    """The active subject of a clause is a text or a plan (senses.yaml ``content_holder``: "the platform", "the
    budget"), a thing that cannot act: what it should or must do is an opinion of what it ought to hold, a demand
    addressed to no actor (docs/annotation.md: an obligation is hypothetical; a REQUEST's recipient is whom it
    addresses). A body the actor stage does not know ("the commission must investigate") stays an addressee."""
    return subject.dep_ == "nsubj" and slot_is(subject, "content_holder", tables)


def foretold_harm_candidates(sentence: Span, tables: Tables, tops: set[int]) -> list[Candidate]:
    """"X said Y would pay the price", '"Y will face the consequences," X said': a harm the speaker foretells
    another party will suffer threatens that party (THREATEN by the speaker on the clause's subject), though no
    event word is said. Not what a speaker foretells of itself ("we will pay the price"), nor a harm denied.
    ``tops`` are the clauses some other frame already stands on."""
    found = []
    for token in _speech_complements(sentence, tables, tops):
        words = aux_words(token)
        if not words & tables.cues.future_modals or words & tables.cues.negation:
            continue
        harm = _harm_foretold(token, tables)
        subject = subject_of(token)
        if harm is None or subject is None or (subject.pos_ == "PRON" and subject.lower_ != "you"):
            continue
        entry = Entry(key=lemma(harm), type="THREATEN", cameo=tables.ontology.cameo("THREATEN"))
        found.append(Candidate(content=Trigger(harm, entry, nominal=False), word=harm, chain=(token,),
                               governors=(), nouns=(), top=token, nominal=False, foretold=True))
    return found


def _harm_foretold(verb: Token, tables: Tables) -> Token | None:
    """The verb of a foretold harm in a clause: the clause's verb or, under "will have to", its infinitive ("will
    have to pay the price"), when its object or a preposition's object names the harm (arguments.yaml)."""
    if lemma(verb) in tables.cues.obligation_verbs:
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and has_infinitive(c)), verb)
    harms = tables.grammar.foretold_harms.get(lemma(verb))
    if not harms:
        return None
    for child in verb.children:
        nouns = [child] if child.dep_ == "dobj" else \
            [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" else []
        if any(lemma(n) in harms and not _amount_compared(n) for n in nouns):
            return verb
    return None


def _amount_compared(noun: Token) -> bool:
    """A price compared or counted is money paid ("a higher price", "a price of $5"), no harm foretold."""
    return any(m.tag_ in ("JJR", "CD") or m.dep_ in ("nummod", "quantmod") for m in noun.subtree if m.i != noun.i)


def judgement_candidates(sentence: Span, tables: Tables, tops: set[int]) -> list[Candidate]:
    """A fault found in a party is an accusation of it: "X said Y was guilty of Z", "X argued that Y is a terrorist
    group" (a copula under a verb of saying: the speaker accuses its subject); "X called Y reckless", "Y was
    branded a liar by X" (a naming verb with a predicate of fault: its subject accuses its object). ``tops`` are the
    clauses some other frame already stands on; a negated fault ("was not guilty") clears the party."""
    found = []
    faults = tables.grammar.fault_predicates
    doc = sentence.doc
    table = token_table(doc)
    naming_verbs = tables.grammar.naming_verbs
    for i in range(sentence.start, sentence.end):
        # word ids first: only a clause under a verb of saying or a naming verb can find fault
        if i in tops or (table.dep[i] != ccomp and lemma_of_id(doc, table.lemma[i]) not in naming_verbs):
            continue
        token = doc[i]
        said = token.dep_ == "ccomp" and lemma(token.head) in tables.cues.speech
        denied = _merit_denied(token, tables) if (said or denied_belief(token, tables)) \
            and lemma(token) in tables.cues.copulas else None
        if denied is not None:
            found.append(_judgement(denied, token, SAID_AT_FAULT, tables))
            continue
        if _negated(token):
            continue
        blamed: list[Token] = []
        if said and lemma(token) in tables.cues.copulas:
            blamed = _blamed_for_harm(token, tables)
            predicates = [c for c in token.children if c.dep_ in PREDICATE_DEPS] + blamed
            kind = SAID_AT_FAULT
        elif said and (wrong := wrong_done(token, tables)) is not None:
            predicates = [wrong]
            kind = SAID_AT_FAULT
        elif lemma(token) in tables.grammar.naming_verbs and is_verbal(token):
            predicates = named_as(token)
            kind = NAMED_AT_FAULT
        else:
            continue
        fault = next((p for p in predicates if not _negated(p)
                      and (_finds_fault(p, faults) or (kind == SAID_AT_FAULT and p.i == token.i)
                           or any(b.i == p.i for b in blamed))), None)
        # a naming verb needs whom it names, its object, even when its subject is not in the clause ("emails aimed
        # at portraying *the senator* as a hypocrite"); any other judgement needs the party the fault is said of
        named = kind == NAMED_AT_FAULT and any(c.dep_ == "dobj" for c in token.children)
        if fault is None or (subject_of(token) is None and not named):
            continue
        found.append(_judgement(fault, token, kind, tables))
    return found


def _judgement(fault: Token, clause: Token, kind: str, tables: Tables) -> Candidate:
    entry = Entry(key=lemma(fault), type="ACCUSE", cameo=tables.ontology.cameo("ACCUSE"))
    return Candidate(content=Trigger(fault, entry, nominal=False), word=fault, chain=(clause,), governors=(),
                     nouns=(), top=clause, nominal=False, judgement=kind)


def denied_belief(clause: Token, tables: Tables) -> bool:
    """"I don't think [Y is qualified]", "we do not believe [Y is honest]": a first person's negated belief over
    a clause believes the clause's opposite (the negation is raised from the clause to the verb of believing);
    the speaker who says so holds Y not qualified. Only the speaker's own belief, in the first person or as a
    singular pronoun under one speaker's verb of saying ("X said he does not believe Y is fit"): "Z doesn't think
    Y is fit" may be an opinion the reporter infers, not one voiced, and "X said they don't believe" others'."""
    head = clause.head
    if clause.dep_ != "ccomp" or lemma(head) not in tables.cues.belief_verbs or not _negated(head):
        return False
    believer = subject_of(head)
    if believer is None:
        return False
    if believer.lower_ in FIRST_PERSON:
        return True
    # "X said *he* does not believe ...": a singular pronoun under a verb of saying whose subject is one speaker
    # stands for the speaker; "X said *they* do not believe" may tell others' belief
    if believer.lower_ not in tables.grammar.singular_third_person or head.dep_ != "ccomp" \
            or lemma(head.head) not in tables.cues.speech:
        return False
    speaker = subject_of(head.head)
    return speaker is not None and _one_speaker(speaker)


def _one_speaker(speaker: Token) -> bool:
    """One person speaks: a singular noun or pronoun, not coordinated ("X and Z said")."""
    return speaker.tag_ not in PLURAL_NOUN_TAGS and speaker.lower_ not in PLURAL_PRONOUNS \
        and not any(c.dep_ == "conj" for c in speaker.children)


def is_merit(predicate: Token, tables: Tables) -> bool:
    """A predicate of merit ("qualified"), or a predicate noun a word of merit modifies ("a *serious* candidate").
    "Fit" and "serious" also tell health and intention: a merit only alone or about an office."""
    grammar = tables.grammar
    if not _finds_fault(predicate, grammar.merit_predicates):
        return False
    return lemma(predicate) not in grammar.office_bound_merits or _about_office(predicate, tables)


def _about_office(predicate: Token, tables: Tables) -> bool:
    """No complement ("Y is not fit"), or one naming an office or holding one ("fit to lead", "fit for office"),
    not health, a task or an intention ("fit to travel", "fit for the match", "serious about running")."""
    offices = tables.grammar.office_complements
    complements = [c for c in predicate.children if c.dep_ in ("xcomp", "prep", "ccomp")]
    objects = [o for c in complements for o in ([c] if c.dep_ != "prep" else
                                                [g for g in c.children if g.dep_ in ("pobj", "pcomp")])]
    return len(complements) == len(objects) and all(lemma(o) in offices for o in objects)


def _merit_denied(copula: Token, tables: Tables) -> Token | None:
    """The predicate of merit a clause denies its subject ("Y is *not qualified*", "is not *a serious*
    candidate", "I don't believe Y is *fit*"): one negation exactly, on the copula, on the predicate or on the
    first person's belief above (two cancel: "I don't think Y is not qualified"). Not a first person's own
    want of merit ("we are not qualified to judge"): a modesty, no charge."""
    subject = subject_of(copula)
    if subject is None or subject.lower_ in FIRST_PERSON:
        return None
    for predicate in (c for c in copula.children if c.dep_ in PREDICATE_DEPS):
        if not is_merit(predicate, tables):
            continue
        negations = _negated(copula) + _negated(predicate) + denied_belief(copula, tables)
        return predicate if negations == 1 else None
    return None


def _felt_state(trigger: Trigger, tables: Tables) -> bool:
    """"Beijing *feels threatened*", "the villagers felt threatened": a past participle after a linking verb of
    feeling or seeming tells its subject's state, not an act done to it (the parser may hang the linking verb on
    the participle as a passive auxiliary)."""
    token = trigger.token
    if trigger.nominal or token.tag_ != "VBN":
        return False
    if token.dep_ in ("acomp", "oprd", "xcomp") and lemma(token.head) in tables.cues.seeming:
        return True
    return any(c.dep_ in ("aux", "auxpass") and (lemma(c) in tables.cues.seeming or c.lower_ in tables.cues.seeming)
               for c in token.children)


def _blame_predicate(trigger: Trigger, tables: Tables) -> bool:
    """"Y was *to blame*": the infinitive after a copula says its subject is at fault, like an adjective; nobody
    blames in that clause (the judgement candidates read it under a verb of saying)."""
    token = trigger.token
    return not trigger.nominal and token.dep_ == "xcomp" and lemma(token) in tables.grammar.blame_predicates \
        and lemma(token.head) in tables.cues.copulas and has_infinitive(token)


def _blamed_for_harm(copula: Token, tables: Tables) -> list[Token]:
    """The words of a copula's clause that blame its subject for a harm: "was *responsible* for the attack", "was
    *to blame* for the deaths" (the "for"-phrase may hang on the copula), "was *behind* the bombing"."""
    grammar = tables.grammar
    found = []
    for child in copula.children:
        word = lemma(child)
        if child.dep_ in ("acomp", "xcomp") and word in grammar.blame_predicates:
            phrases = [p for p in (*child.children, *copula.children) if p.dep_ == "prep" and p.lower_ == "for"]
            if any(_harm_or_wrong(o, tables) for p in phrases for o in p.children if o.dep_ == "pobj"):
                found.append(child)
        elif child.dep_ == "prep" and child.lower_ in grammar.blame_prepositions \
                and any(_harm_or_wrong(o, tables) for o in child.children if o.dep_ == "pobj"):
            found.append(child)
    return found


def _harm_or_wrong(noun: Token, tables: Tables) -> bool:
    """A noun of force or coercion ("the attack", "the killings") or of a wrong ("the crimes", "the abuses")."""
    entry = tables.lexicon.nouns.get(noun.lower_) or tables.lexicon.nouns.get(lemma(noun))
    return (entry is not None and entry.type in HARM_TYPES) or _finds_fault(noun, tables.grammar.fault_predicates)


def wrong_done(verb: Token, tables: Tables) -> Token | None:
    """The word telling a wrong another party did, in a clause under a verb of saying: an act of wrongdoing ("said
    Y *violated* the truce", '"they *lied*," X said') or a wrong committed ("said Y's forces committed *war
    crimes*"). Active clauses only, whose doer is a party other than the speaker: not a first person ("we
    violated"), nor a third-person pronoun outside a quotation, which stands for the speaker there ("Iran said
    *it* had breached the limit" admits it)."""
    grammar = tables.grammar
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None or doer.tag_ in ("WDT", "WP") or _speakers_own(doer):
        return None
    word = lemma(verb)
    if word in grammar.wrongdoing_verbs and not _lying_somewhere(verb):
        return verb
    if word in grammar.concealing_verbs and any(c.dep_ == "dobj" and lemma(c) in grammar.concealed_information
                                                for c in verb.children):
        return verb
    if word in grammar.commission_verbs:
        return next((c for c in verb.children if c.dep_ == "dobj"
                     and _finds_fault(c, grammar.fault_predicates)), None)
    return None


def _speakers_own(doer: Token) -> bool:
    if doer.pos_ != "PRON":
        return False
    return doer.lower_ in FIRST_PERSON or quotation_start(doer.doc, doer.idx) is None


def _lying_somewhere(verb: Token) -> bool:
    """"lie" of place, not of falsehood: "the town lies in ruins", "the problem lies with X", "lay ahead"."""
    return lemma(verb) == "lie" and (verb.lower_ in ("lay", "lain", "lying")
                                     or any((c.dep_ == "prep" and c.lower_ not in ("about", "to"))
                                            or c.dep_ in ("advmod", "acomp") for c in verb.children))


def named_as(verb: Token) -> list[Token]:
    """What a naming verb calls its object: "called X *a liar*", "called X *reckless*", "branded X *as* a traitor"."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    deps = (*PREDICATE_DEPS, "xcomp", "ccomp", *(("dobj",) if passive else ()))  # "was branded *a traitor*"
    found = [c for c in verb.children if c.dep_ in deps]
    # "branded X as a traitor", "described X as arbitrary" (an adjective after "as" is parsed as its modifier)
    found += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
              if o.dep_ == "pobj" or (o.dep_ in ("amod", "acomp") and o.pos_ == "ADJ")]
    return found + _second_object(verb)


def _second_object(verb: Token) -> list[Token]:
    """A noun after the named object is what it is called, however the parser labels it: "branded [the president]
    *a coward*" (npadvmod), "called [him] *a liar*" (dative, then dobj)."""
    named = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if named is None:
        return []
    return [c for c in verb.children if c.i > named.i and c.pos_ in ("NOUN", "PROPN")
            and (c.dep_ == "npadvmod" or (c.dep_ == "dobj" and named.dep_ == "dative"))]


def _finds_fault(predicate: Token, faults: frozenset[str]) -> bool:
    """The predicate, or a modifier of the predicate noun, finds fault: "guilty", "a *terrorist* organisation"."""
    # the surface form too: the tagger may read an adjective in "-ed" as a verb ("called Y *unqualified*", lemma
    # "unqualify")
    return lemma(predicate) in faults or predicate.lower_ in faults \
        or any(c.dep_ in FAULT_MODIFIER_DEPS and lemma(c) in faults for c in predicate.children)


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _reproach(verb: Token) -> bool:
    """A modal of obligation with the perfect ("should have known", "ought to have warned") speaks of the past:
    what was not done and ought to have been. Said of another party, it criticises, it asks nothing."""
    words = aux_words(verb)
    return verb.tag_ == "VBN" and "have" in words and bool(words & OBLIGATION_OF_THE_PAST)


def _stative(verb: Token, tables: Tables) -> bool:
    """A verb of being or having: an obligation on it says how things ought to be, not what anyone must do
    ("the army must be strong", "voters should have a say", "Europe needs to have a policy"). A passive leaves
    the act ("must be punished"); a linking verb links only with its complement ("should look at sanctions" is
    an act)."""
    # "needs to have": the verb of the semi-modal's infinitive
    act = next((c for c in verb.children if c.dep_ == "xcomp" and has_infinitive(c)), verb) \
        if lemma(verb) in tables.cues.obligation_verbs else verb
    if act.tag_ == "VBN":
        return False
    if lemma(act) in tables.cues.copulas:
        return any(c.dep_ in ("acomp", "attr", "oprd") for c in act.children)
    if lemma(act) in tables.cues.predicament_verbs:
        # "has to contend *with* the charge": the predicament borne; "must wrestle control from them" is an act
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in act.children)
    if lemma(act) in tables.cues.having_verbs:
        # "the people should have a voice", "voters must get a say": what a situation gives, had by them
        return any(c.dep_ == "dobj" and slot_is(c, "advantage", tables) for c in act.children)
    return lemma(act) in tables.cues.stative_verbs


def _voters_asked(subject: Token, act: Token, tables: Tables) -> bool:
    """The active subject of an obligation is the electorate ("said GOP voters should go with him"), or a group of
    it a campaign courts asked for its vote or backing ("women should back her"): a campaign's appeal, a vote asked
    for (docs/annotation.md: campaigning and votes cast by citizens are no events). A group told to do anything else
    is ordered ("said women must stay at home"). A passive subject is who the act would befall ("said the voters
    must be protected"), so the act stays asked for."""
    if subject.dep_ != "nsubj":
        return False
    return slot_is(subject, VOTER_CLASS, tables) or (slot_is(subject, COURTED_CLASS, tables)
                                                     and lemma(act) in tables.cues.ballot_acts)


def _semi_modal_obligation(verb: Token, tables: Tables) -> bool:
    """"X said Y *needs to* / *has to* do Z": a present verb of obligation with a to-infinitive says what "must"
    says. Not "has yet to" (undecided), not "had to"/"needed to" (told in the past, an obligation that was met or
    a quoted past), not "will/would have to" (a necessity foreseen as a consequence, not a demand)."""
    if verb.tag_ not in PRESENT_TAGS or lemma(verb) not in tables.cues.obligation_verbs:
        return False
    if any(c.lower_ == "yet" for c in verb.children) or any(c.dep_ == "aux" for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and has_infinitive(c) for c in verb.children)


def _cue_object(noun: Token, governor: Token, tables: Tables) -> bool:
    """A cue verb governs an event noun only as its object ("imposed a curfew", "resorted to violence"),
    never through an adjunct ("closed the border because of fighting")."""
    if not is_cue(governor, tables):
        return False
    head = phrase_head(noun, tables.cues.partitive)
    if head.dep_ == "nsubj" and in_group(governor, tables.cues.reversal):
        return False  # "the talks ended": nobody halted them
    if head.dep_ == "nsubj" and in_group(governor, tables.cues.factual_only) \
            and not in_group(governor, tables.cues.light):
        return False  # "the talks failed", "the attack seems likely": they say nothing of the subject
    if head.dep_ == "dative":
        return False  # "gave the deal their seal of approval": the deal receives, it is not given
    if _provoked_by_subject(head, governor, tables):
        return False
    transparent = in_group(governor, tables.cues.aspectual) or in_group(governor, tables.cues.light)
    if head.dep_ == "nsubj" and not transparent:
        return False  # "a demand met a mixed response": nobody met it (only aspectual and light verbs pass)
    if head.dep_ == "pobj" and head.head.lower_ == "for" and in_group(governor, tables.cues.request):
        return True  # "begged the prime minister for help", "appealed for aid": what is asked for
    if head.dep_ == "pobj" and head.head.lower_ == "under" and lemma(head) in tables.cues.confinement_nouns:
        return in_group(governor, tables.cues.light)  # "placed the leader under house arrest"
    return head.dep_ in OBJECT_DEPS or (head.dep_ == "pobj" and head.head.lower_ in ("to", "in", "into", "on", "as"))


def received_noun(noun: Token, governor: Token, tables: Tables, event_type: str = "") -> bool:
    """A verb of receiving takes an event noun the way arguments.yaml says ("drew criticism", "faced sanctions",
    "came under attack"): the noun is the event, the verb transparent to it, its subject the one it befalls; so
    does a verb that provokes a reaction of the kinds arguments.yaml lists ("sparked condemnation")."""
    takes = receiving_ways(lemma(governor), event_type, tables.grammar)
    if not takes:
        return False
    head = phrase_head(noun, tables.cues.partitive)
    if head.dep_ == "dobj":
        return "object" in takes
    return head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in takes


def receiving_ways(verb: str, event_type: str, grammar: Grammar) -> frozenset[str]:
    """How the verb takes an event noun of ``event_type`` that befalls its subject: "object" or prepositions."""
    if verb in grammar.provoking and event_type.lower() in grammar.provoked_types:  # word lists are lower case
        return frozenset({"object"})
    return grammar.receiving.get(verb, frozenset())


def _provokes_another(trigger: Trigger, tables: Tables) -> bool:
    """An event noun as the subject of a verb of provoking with an object ("*the arrest* of the mayor sparked
    protests"): the cause, an act of its own, as the subject of another carrying verb is."""
    governor = noun_governor(trigger.token, tables.cues.partitive)
    return governor is not None and _provoked_by_subject(phrase_head(trigger.token, tables.cues.partitive),
                                                         governor, tables)


def _provoked_by_subject(head: Token, governor: Token, tables: Tables) -> bool:
    """"The strikes sparked criticism": the subject of a verb of provoking causes the event its object names; it is
    not carried by the verb as a light verb's subject is ("talks took place")."""
    return head.dep_ == "nsubj" and lemma(governor) in tables.grammar.provoking \
        and any(c.dep_ == "dobj" for c in governor.children)


def _trigger_object(noun: Token, governor: Token, triggers: dict[int, Trigger], tables: Tables) -> bool:
    """A trigger verb governs an event noun below it; one that is also a cue ("withdraw", "suspend") only as
    its object: "began withdrawing under a ceasefire" withdraws troops, not the ceasefire."""
    return governor.i in triggers and (not _carrying_cue(governor, triggers, tables)
                                       or _cue_object(noun, governor, tables) or noun.head.lower_ in ("from", "of"))


def _carrying_cue(verb: Token, triggers: dict[int, Trigger], tables: Tables) -> bool:
    """A cue verb that carries the event noun it takes; a phrasal verb of its own (cues.yaml) is not the bare
    verb's cue: "set off a bomb" is no light "set" ("set a deadline"), whatever noun it takes ("the attack set off
    a debate")."""
    own = triggers.get(verb.i)
    if own is not None and not own.nominal and own.entry.key in tables.cues.own_phrasals \
            and _with_particle(own, verb):
        return False
    return is_cue(verb, tables)


def _with_particle(trigger: Trigger, verb: Token) -> bool:
    """The verb has the particle of its phrasal entry ("set *off*")."""
    words = trigger.entry.key.split()
    return len(words) == 2 and any(c.dep_ == "prt" and c.lower_ == words[1] for c in verb.children)


def _death_in(trigger: Trigger, governor: Token, tables: Tables) -> bool:
    """"Three policemen died in a Taliban attack": the attack is the event, the dead its victims."""
    return trigger.entry.type == "ASSAULT" and in_group(governor, tables.cues.casualty)


def noun_governor(token: Token, partitive: frozenset[str] = frozenset()) -> Token | None:
    """The verb a noun trigger is the object of ("held talks", "killed in clashes", "called for sanctions")."""
    token = phrase_head(token, partitive)
    if token.dep_ in OBJECT_DEPS and is_verbal(token.head):
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent") and is_verbal(token.head.head):
        return token.head.head
    return None


def chain_parent(token: Token, triggers: dict[int, Trigger], tables: Tables) -> Token | None:
    """The verb that governs ``token`` as its content, if it is a trigger or a modality cue."""
    head = token.head
    if head.i == token.i:
        return None
    dep = token.dep_
    if dep == "acomp" or (dep == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp"):
        # "is willing to withdraw": withdraw -> willing -> is; "is opposed to": the copula holds the subject
        if dep == "xcomp":
            return head
        return head if head.pos_ in ("AUX", "VERB") else None
    if dep == "ccomp" and head.i not in triggers and in_group(head, tables.cues.speech):
        return None  # "X announced that Y must agree": reported speech, not a chain of modality
    if dep == "ccomp" and time_marked(token, tables.cues.time_marks):
        # "after gunmen killed ten people, the army shelled the town", the time clause parsed as a complement:
        # "after" opens no complement, so the clause is an act at another moment, never the content of the verb
        return None
    if dep == "ccomp" and has_subject(token) and in_group(head, tables.cues.factual_only) \
            and not (in_group(head, tables.cues.wanting) and has_infinitive(token)):
        # "hopes that Iran attacks": Iran's act, hoped for (the factuality layer reads the hope); but wanting
        # another party to act, "expects Manila to withdraw", asks it to (the sense layer: a request)
        return None
    if dep == "ccomp" and token.i < head.i and (in_group(head, tables.cues.aspectual)
                                                or in_group(head, tables.cues.light)):
        return None  # "civilians are allowed, they can go ...": a comma splice, not a complement fronted
    if dep == "advcl" and head.i in triggers and bare_participle(token) \
            and not separate_speech_act(triggers.get(token.i), _verbal_type(triggers[head.i]),
                                        _protest_act(head, triggers), tables):
        # "shelled the town, killing 20": one attack; not "was killed *while* fighting", "arrested *after*
        # attacking": a subordinating word makes the participle an act of its own, at another moment
        return head
    if dep in ("advcl", "xcomp") and has_infinitive(token) and _protest_act(head, triggers):
        return None  # "took to the streets to demand X": the protest is the act, its demand the protest's aim
    governs = head.i in triggers or is_cue(head, tables) or lemma(head) in tables.cues.intent_adjectives
    if (dep in ("xcomp", "ccomp") or (dep == "advcl" and has_infinitive(token))) and governs:
        return head
    if dep == "pcomp" and head.dep_ == "prep" and (head.head.i in triggers or is_cue(head.head, tables)):
        if head.lower_ in tables.cues.time_marks:
            return None  # "expelled the envoy *after accusing* X of ...": an act of its own, at another moment
        if head.lower_ == "by" and head.head.i not in triggers:
            # "ended its meeting *by announcing* new purchases", "halted the strike *by agreeing* to talks": the
            # means by which the governing verb's act was done, never what it halts, refuses or asks for (a
            # trigger's means is read by the sense layer: "retaliated by imposing sanctions")
            return None
        return head.head if is_verbal(head.head) else None
    return None


def bare_participle(token: Token) -> bool:
    """A participle with no subject and no subordinating word of its own ("shelled the town, *killing* 20"), as
    against "was killed *while fighting*", "arrested *after attacking*": an act at another moment."""
    return token.tag_ == "VBG" and not has_subject(token) and not any(c.dep_ == "mark" for c in token.children)


def separate_speech_act(own: Trigger | None, above: str | None, protest: bool, tables: Tables) -> bool:
    """Whether a bare participle adjunct's own trigger ``own`` tells a speech act of its own beside the act of type
    ``above`` it hangs on (None: it hangs on an event noun, no act of a verb): "condemned the raid, *calling for*
    restraint", "met her counterpart, *agreeing* to expand trade". A trigger of a type senses.yaml lists as such
    (``separate_participle_types``), not of the verb's own type ("urged X, *calling* for Y" is one demand), not a
    protest's aim ("marched, *demanding* his release": ``protest``, the act above is a protest), and not a verb
    of naming without its own preposition ("attacked him, *calling* him a liar": the attack's words). The one
    rule for the chains (chain_parent, ``protest`` read from the triggers) and for the frames that stand on
    their own (frames._speech_act_alongside, ``protest`` read from the sense)."""
    if own is None or own.nominal or own.entry.type not in tables.senses.separate_participle_types:
        return False
    if len(own.entry.key.split()) == 1 and lemma(own.token) in tables.grammar.naming_verbs:
        return False
    return above is None or (above != own.entry.type and not protest)


def _verbal_type(trigger: Trigger) -> str | None:
    """The type of a verb's trigger; None for an event noun's."""
    return None if trigger.nominal else trigger.entry.type


def _protest_act(verb: Token, triggers: dict[int, Trigger]) -> bool:
    """A verb of protest ("marched", "took to the streets"), or one whose object is a protest's noun ("took part
    *in marches*", "staged *a rally*")."""
    own = triggers.get(verb.i)
    if own is not None and not own.nominal:
        return own.entry.type == "PROTEST"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any((t := triggers.get(o.i)) is not None and t.nominal and t.entry.type == "PROTEST" for o in objects)


def _governs_carrier(index: int, parents: dict[int, Token | None]) -> bool:
    return any(p is not None and p.i == index for p in parents.values())


def _chain_from(bottom: Token, triggers: dict[int, Trigger], attached: dict[int, list[Trigger]],
                tables: Tables) -> Candidate | None:
    """The candidate whose deepest carrier is ``bottom``, climbing its chain of governing verbs."""
    nouns = attached.get(bottom.i, [])
    own = triggers.get(bottom.i)
    if own is not None and not own.nominal and not (nouns and _carrying_cue(bottom, triggers, tables)):
        content: Trigger = own
        governors: list[Governor] = []  # the verb is the event: only the verbs above it may recode it
    elif nouns:
        content = nouns[0]
        governors = [Governor(bottom, own)]  # "halted aid": the verb governs the noun it carries
    else:
        return None
    event_nouns = [n.token for n in nouns]
    if own is not None and own.partner is not None and own.partner.pos_ in ("NOUN", "PROPN"):
        event_nouns.append(own.partner)  # "expressed reservations over X": X hangs on the noun
    word = content.token
    if content.nominal and own is not None and own.entry.type == content.entry.type:
        word = bottom  # "signed a pact": the verb is the trigger
    chain = [bottom]
    current = bottom
    while (parent := chain_parent(current, triggers, tables)) is not None:
        chain.append(parent)
        event_nouns.extend(t.token for t in attached.get(parent.i, []))
        governors.append(Governor(parent, triggers.get(parent.i)))
        current = parent
    return Candidate(content=content, word=word, chain=tuple(chain), governors=tuple(governors),
                     nouns=tuple(event_nouns), top=current, nominal=content.nominal)
