"""From triggers to event frames: which words make one event, what type modality gives it, and where its
participants sit in the parse.

A *frame* groups a content trigger ("sanctions", "sign") with the chain of verbs that govern it
("threatened to impose sanctions"): each governing verb may change the type (threat -> THREATEN, refusal ->
REJECT, demand -> REQUEST, promise or future -> AGREE/THREATEN, halting cooperation -> SANCTION, easing a
restriction -> CONCEDE/RETREAT) or be transparent (light and aspectual verbs). The top verb of the chain
holds the subject; the verbs and nouns below it hold the recipients.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.symbols import advmod, aux, auxpass, ccomp, neg
from spacy.tokens import Span, Token

from accord.doc_index import sentence_start, token_table
from accord.events.tables import Cues, Entry, Tables
from accord.events.triggers import Trigger, find_triggers, forms, in_group, is_verbal, lemma

# How a noun attaches to the verb that governs it.
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative", "nsubj"})
CHAIN_DEPS = frozenset({"xcomp", "ccomp", "acomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})
# "has not yet accepted", "will not always agree": a pending or occasional act, neither the act nor a refusal.
UNDECIDED_WORDS = frozenset({"yet", "always", "necessarily"})


@dataclass(slots=True)
class Frame:
    """One event in the making: its type and the tokens that hold its participants."""

    content: Trigger
    type: str
    cameo: str
    trigger: Token  # the word that decided the type, reported as the event's trigger span
    top: Token  # holds the subject (the actor, or the patient in the passive)
    chain: list[Token] = field(default_factory=list)  # governing verbs, bottom-up
    nouns: list[Token] = field(default_factory=list)  # event nouns attached to the chain
    modality: str | None = None  # intent | threat | refusal | request | reversal | accept | obligation
    negated: bool = False
    future: bool = False
    speaker: Token | None = None
    nominal: bool = False


def _is_cue(token: Token, tables: Tables) -> bool:
    return in_group(token, tables.cues.governing)


def phrase_head(token: Token, partitive: frozenset[str]) -> Token:
    """The noun whose grammatical role an event noun plays: itself, or the noun it modifies ("a mediation
    effort"), or the counting noun above it ("a host of agreements", "ten days of war games")."""
    for _ in range(4):
        head = token.head
        modifier = token.dep_ in ("compound", "amod", "nmod") and head.pos_ in ("NOUN", "PROPN")
        if modifier or (token.dep_ == "conj" and head is not token):
            token = head
        elif (token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN", "NUM")
              and lemma(head.head) in partitive):
            token = head.head
        elif token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NUM":
            token = head.head  # "signed 11 of the 14 agreements"
        elif token.dep_ == "pobj" and head.lower_ in ("of", "in") and _amount(head.head):
            token = head.head  # "20 million euros in food aid", "$5 million of assistance"
        else:
            break
    return token


def _amount(token: Token) -> bool:
    """A counted or money noun: "20 million euros", "$5 million", "1,000 tons"."""
    return token.pos_ in ("NOUN", "PROPN", "NUM", "SYM") and any(c.dep_ in ("nummod", "quantmod")
                                                                  for c in token.children)


def _cue_object(noun: Token, governor: Token, tables: Tables) -> bool:
    """A cue verb governs an event noun only as its object ("imposed a curfew", "resorted to violence"),
    never through an adjunct ("closed the border because of fighting")."""
    if not _is_cue(governor, tables):
        return False
    head = phrase_head(noun, tables.cues.partitive)
    if head.dep_ == "nsubj" and in_group(governor, tables.cues.reversal):
        return False  # "the talks ended": nobody halted them
    return head.dep_ in OBJECT_DEPS or (head.dep_ == "pobj" and head.head.lower_ in ("to", "in", "into", "on", "as"))


def _trigger_object(noun: Token, governor: Token, triggers: dict[int, Trigger], tables: Tables) -> bool:
    """A trigger verb governs an event noun below it; one that is also a cue ("withdraw", "suspend") only as
    its object: "began withdrawing under a ceasefire" withdraws troops, not the ceasefire."""
    return governor.i in triggers and (not _is_cue(governor, tables) or _cue_object(noun, governor, tables)
                                       or noun.head.lower_ in ("from", "of"))


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


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in token.children)


def _has_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def chain_parent(token: Token, triggers: dict[int, Trigger], tables: Tables) -> Token | None:
    """The verb that governs ``token`` as its content, if it is a trigger or a modality cue."""
    head = token.head
    if head is token:
        return None
    dep = token.dep_
    if dep == "acomp" or (dep == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp"):
        # "is willing to withdraw": withdraw -> willing -> is; "is opposed to": the copula holds the subject
        if dep == "xcomp":
            return head
        return head if head.pos_ in ("AUX", "VERB") else None
    if dep == "ccomp" and head.i not in triggers and in_group(head, tables.cues.speech):
        return None  # "X announced that Y must agree": reported speech, not a chain of modality
    if dep == "advcl" and token.tag_ == "VBG" and head.i in triggers and not _has_subject(token):
        return head  # "shelled the town, killing 20": one attack
    governs = head.i in triggers or _is_cue(head, tables) or lemma(head) in tables.cues.intent_adjectives
    if (dep in ("xcomp", "ccomp") or (dep == "advcl" and _has_infinitive(token))) and governs:
        return head
    if dep == "pcomp" and head.dep_ == "prep" and (head.head.i in triggers or _is_cue(head.head, tables)):
        return head.head if is_verbal(head.head) else None
    return None


def build_frames(sentence: Span, tables: Tables) -> list[Frame]:
    """Every event frame of one sentence."""
    triggers = find_triggers(sentence, tables.lexicon)
    attached: dict[int, list[Trigger]] = {}  # verb index -> noun triggers it governs
    standalone: list[Trigger] = []
    for trigger in triggers.values():
        if not trigger.nominal:
            continue
        governor = noun_governor(trigger.token, tables.cues.partitive)
        if governor is not None and (_trigger_object(trigger.token, governor, triggers, tables)
                                     or _cue_object(trigger.token, governor, tables)
                                     or _death_in(trigger, governor, tables)):
            attached.setdefault(governor.i, []).append(trigger)
            # the phrase's head noun speaks for it: "investment pacts" are pacts
            attached[governor.i].sort(key=lambda t: t.token.dep_ in ("compound", "amod", "nmod"))
        else:
            standalone.append(trigger)
    # verbs that carry content: verb triggers and cue verbs with an attached event noun
    carriers = {i for i, t in triggers.items() if not t.nominal} | set(attached)
    parents: dict[int, Token | None] = {}
    for index in carriers:
        parents[index] = chain_parent(sentence.doc[index], triggers, tables)
    governed = {p.i for p in parents.values() if p is not None}
    frames = []
    for index in sorted(carriers):
        if index in governed and _governs_carrier(index, parents):
            continue  # an inner link: the frame is built from the deepest carrier
        frame = _frame_for(sentence.doc[index], triggers, attached, tables)
        if frame is not None:
            frames.append(frame)
    frames = _merge_coordinated(frames)
    frames.extend(_obligation_frames(sentence, tables, {f.top.i for f in frames}))
    speech = tables.cues.speech
    frames = [f for f in frames if not _inside_event_noun(f, frames) and not _subordinate(f, frames, speech)]
    frames.extend(_nominal_frame(t, tables) for t in standalone if not _within_frames(t.token, frames))
    return _dedupe(frames)


def _merge_coordinated(frames: list[Frame]) -> list[Frame]:
    """"Soldiers were killed and 30 wounded in clashes": coordinated verbs of one kind sharing a subject are
    one event; the later verb's phrases join the first's."""
    by_top = {f.top.i: f for f in frames}
    kept = []
    for frame in frames:
        head = by_top.get(frame.top.head.i) if frame.top.dep_ == "conj" else None
        if head is not None and head is not frame and head.type == frame.type and not _has_subject(frame.top):
            head.chain.append(frame.top)
            head.nouns.extend(frame.nouns)
            continue
        kept.append(frame)
    return kept


SUBORDINATE_DEPS = frozenset({"relcl", "acl", "xcomp", "ccomp", "advcl", "pcomp", "csubj"})


def _subordinate(frame: Frame, frames: list[Frame], speech: frozenset[str]) -> bool:
    """An event told inside another event's clause — a relative clause, a purpose or time clause, a
    complement — is background to it ("vetoed a resolution censuring X", "resigned as the opposition
    threatened ..."). Coordinated events ("arrested X and expelled Y") stand on their own, and so does the
    act an accusation reports ("charged that border agents abused migrants")."""
    for other in frames:
        if other is frame or other.top.i == frame.top.i or not other.top.is_ancestor(frame.top):
            continue
        if _paragraph_between(frame.top, other.top):
            continue  # a headline or dateline parsed into the next paragraph's sentence
        deps = _path_deps(frame.top, other.top)
        if other.type == "ACCUSE" and deps[-1:] == ["ccomp"]:
            continue
        if deps[:1] == ["conj"] and _finite(frame.top) and not _finite(frame.top.head):
            continue  # "refused to sign the accord and recalled its envoy": a misattached coordination
        if deps == ["ccomp", "conj"] and lemma(frame.top.head) in speech:
            continue  # "welcomed the truce but said it would not negotiate": a statement of its own
        if deps[:1] == ["advcl"] and set(deps[1:]) <= {"xcomp"} and _own_time_clause(frame.top):
            continue
        if SUBORDINATE_DEPS.intersection(deps):
            return True
    return False


# Conjunctions of a time clause that reports an act of its own ("... after Belgrade refused to sign").
TIME_MARKS = frozenset({"after", "before", "when"})


def _own_time_clause(verb: Token) -> bool:
    """A finite time clause with its own subject tells an event of its own, not a circumstance."""
    marked = any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children)
    return marked and _finite(verb) and _has_subject(verb)


def _finite(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBZ", "VBP")


def _paragraph_between(one: Token, other: Token) -> bool:
    low, high = sorted((one.i, other.i))
    return any("\n" in token.text for token in one.doc[low:high] if token.is_space)


def _path_deps(token: Token, ancestor: Token) -> list[str]:
    deps = []
    while token.i != ancestor.i and token.head is not token:
        deps.append(token.dep_)
        token = token.head
    return deps


def _inside_event_noun(frame: Frame, frames: list[Frame]) -> bool:
    """A clause that spells out another event's noun ("a call for troops to be deployed") is its content."""
    return any(other is not frame and any(frame.top.is_ancestor(noun) is False and noun.is_ancestor(frame.top)
                                          for noun in other.nouns) for other in frames)


def _within_frames(noun: Token, frames: list[Frame]) -> bool:
    """Event nouns inside another event's clause are its circumstances, not events of their own."""
    return any(frame.top.is_ancestor(noun) for frame in frames if frame.top.i != noun.i)


def _governs_carrier(index: int, parents: dict[int, Token | None]) -> bool:
    return any(p is not None and p.i == index for p in parents.values())


def _frame_for(bottom: Token, triggers: dict[int, Trigger], attached: dict[int, list[Trigger]],
               tables: Tables) -> Frame | None:
    """Build the frame whose deepest carrier is ``bottom``, climbing its chain of governing verbs."""
    nouns = attached.get(bottom.i, [])
    own = triggers.get(bottom.i)
    if own is not None and not own.nominal and not (nouns and _is_cue(bottom, tables)):
        content: Trigger = own
        start_at_parent = True
    elif nouns:
        content = nouns[0]
        start_at_parent = False
    else:
        return None
    event_nouns = [n.token for n in nouns]
    if own is not None and own.partner is not None and own.partner.pos_ in ("NOUN", "PROPN"):
        event_nouns.append(own.partner)  # "expressed reservations over X": X hangs on the noun
    frame = Frame(content=content, type=content.entry.type, cameo=content.entry.cameo, trigger=content.token,
                  top=bottom, chain=[bottom], nouns=event_nouns, nominal=content.nominal)
    if content.nominal and own is not None and own.entry.type == content.entry.type:
        frame.trigger = bottom  # "signed a pact": the verb is the trigger
    current = bottom
    if not start_at_parent:
        _govern(frame, current, triggers, tables)
    while True:
        parent = chain_parent(current, triggers, tables)
        if parent is None:
            break
        frame.chain.append(parent)
        frame.nouns.extend(t.token for t in attached.get(parent.i, []))
        _govern(frame, parent, triggers, tables)
        current = parent
    frame.top = current
    said = any(c.dep_ == "ccomp" for c in frame.trigger.children) or _reports_content(frame.trigger)
    if frame.type == "PROTEST" and frame.trigger.lemma_.lower() == "protest" and said:
        frame.type, frame.cameo, frame.modality = "ACCUSE", "114", None  # "protested that ..." is a complaint
    if _undecided(frame) or _forecast(frame):
        return None
    _finish(frame, tables)
    return frame


def _govern(frame: Frame, verb: Token, triggers: dict[int, Trigger], tables: Tables) -> None:
    """Let one governing verb change the frame's type."""
    cues, ontology = tables.cues, tables.ontology
    word = next(iter(_forms_in_cues(verb, cues)), lemma(verb))
    content_type = frame.type
    coop = ontology.is_cooperative(content_type)
    result: tuple[str, str, str] | None = None
    if word in cues.threat:
        result = ("THREATEN", ontology.threat_cameo.get(content_type, "130"), "threat")
    elif word in cues.refusal:
        result = ("REJECT", ontology.reject_cameo.get(content_type, "120"), "refusal")
    elif word in cues.request:
        result = ("REQUEST", ontology.request_cameo.get(content_type, "100"), "request")
    elif word in cues.approval and frame.content.nominal:
        result = ("SUPPORT", "051", "approval")  # "welcomed the pullback", "hailed the agreement"
    elif word in cues.acceptance and content_type in ("REQUEST", "THREATEN"):
        result = ("CONCEDE", "083", "accept")
    elif word in cues.reversal and coop and word not in cues.easing_only:
        result = ("SANCTION", _halt_cameo(content_type), "reversal")
    elif word in cues.reversal and not coop and word not in cues.halting_only:
        military = "military" in frame.content.entry.contexts or content_type in ("ASSAULT", "MOBILIZE")
        result = ("RETREAT", "087", "reversal") if military else ("CONCEDE", "081", "reversal")
    elif word in cues.intent or word in cues.intent_adjectives:
        if coop:
            result = ("AGREE", ontology.intent_cameo.get(content_type, "030"), "intent")
        else:
            result = ("THREATEN", ontology.threat_cameo.get(content_type, "130"), "intent")
    elif word in cues.light or word in cues.aspectual:
        result = None
    elif verb.i in triggers and verb.i != frame.content.token.i and not triggers[verb.i].nominal:
        entry: Entry = triggers[verb.i].entry  # a higher event verb: the lower clause is its purpose
        frame.type, frame.cameo, frame.trigger, frame.modality = entry.type, entry.cameo, verb, None
        frame.content = triggers[verb.i]
        return
    if result is not None and result[0] != frame.type:
        frame.type, frame.cameo, frame.modality = result
        frame.trigger = verb


def _reports_content(verb: Token) -> bool:
    """A protest verb reporting what was said: "X are failing to ..., a rights group protested"."""
    return verb.dep_ in ("parataxis", "ROOT") and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)


def _forms_in_cues(verb: Token, cues: Cues) -> list[str]:
    """The verb's forms that some cue list knows (the lemma first)."""
    groups = (cues.threat, cues.refusal, cues.request, cues.approval, cues.acceptance, cues.reversal,
              cues.intent, cues.intent_adjectives, cues.light, cues.aspectual)
    return [f for f in forms(verb) if any(f in g for g in groups)]


def _halt_cameo(content_type: str) -> str:
    return {"AID": "162", "CONSULT": "164", "COOPERATE": "160", "SUPPORT": "161"}.get(content_type, "160")


_AUX_DEPS = frozenset({aux, auxpass, neg, advmod})


def _aux_words(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep in _AUX_DEPS}  # dependency ids: no label is decoded


FORECAST_VERBS = frozenset({"warn", "caution"})


def _forecast(frame: Frame) -> bool:
    """"Aid groups warned that the river is drying up": a warning whose clause foretells a state of affairs,
    not an act of the warner's side ("warned that it would retaliate"), is no threat."""
    trigger = frame.content.token
    if frame.type != "THREATEN" or lemma(trigger) not in FORECAST_VERBS or frame.trigger.i != trigger.i:
        return False
    clauses = [c for c in trigger.children if c.dep_ == "ccomp"]
    if not clauses or any(c.dep_ in ("dobj", "prep") for c in trigger.children):
        return False
    return not any(_foretells_an_act(c) for c in clauses)


def _foretells_an_act(clause: Token) -> bool:
    """'... that it would retaliate', '... that police will stop guarding': a party's own future act."""
    subject = subject_of(clause)
    will = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in clause.children)
    return will or (subject is not None and subject.pos_ == "PRON")


def _undecided(frame: Frame) -> bool:
    words: set[str] = set()
    for verb in frame.chain:
        words |= _aux_words(verb)
    return bool(words & NEGATION_WORDS) and bool(words & UNDECIDED_WORDS)


def _finish(frame: Frame, tables: Tables) -> None:
    """Negation, future and reported speech over the whole chain."""
    cues, ontology = tables.cues, tables.ontology
    words: set[str] = set()
    for verb in frame.chain:
        words |= _aux_words(verb)
    frame.negated = bool(words & NEGATION_WORDS)
    frame.future = bool(words & (cues.future_modals | cues.possibility_modals))
    if frame.future and frame.modality not in ("threat", "refusal", "request", "intent"):
        if ontology.is_cooperative(frame.type) and frame.type != "AGREE":
            frame.type, frame.cameo, frame.modality = "AGREE", ontology.intent_cameo.get(frame.type, "030"), "intent"
        elif not ontology.is_cooperative(frame.type) and frame.type in ontology.threat_cameo:
            frame.type, frame.cameo = "THREATEN", ontology.threat_cameo[frame.type]
            frame.modality = "intent"
    accepting = any(in_group(v, cues.acceptance) or lemma(v) == "agree" for v in frame.chain)
    if frame.negated and ontology.is_cooperative(frame.type) and (frame.future or frame.modality == "intent"
                                                                  or accepting):
        frame.type, frame.cameo, frame.negated = "REJECT", "120", False  # "would not meet", "did not accept"
    frame.speaker = speaker_of(frame.top, tables)
    obligation = words & cues.obligation_modals
    if obligation and frame.speaker is not None and frame.type not in ("REQUEST", "THREATEN", "REJECT"):
        frame.type, frame.cameo, frame.modality = "REQUEST", ontology.request_cameo.get(frame.type, "100"), "obligation"


def speaker_of(top: Token, tables: Tables) -> Token | None:
    """The subject of the verb of saying that reports this clause ("Shringla said India signed ...")."""
    speech = tables.cues.speech
    head = top.head
    if top.dep_ in ("ccomp", "xcomp") and lemma(head) in speech:
        return subject_of(head)
    for child in top.children:
        if child.dep_ in ("parataxis", "ccomp", "advcl") and lemma(child) in speech:
            return subject_of(child)
        if child.dep_ == "prep" and child.lower_ == "according":
            for to in child.children:
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        return obj
    if top.dep_ == "conj":
        return speaker_of(top.head, tables)
    return None


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb; for coordinated and participial verbs without one, the subject of their head."""
    seen = 0
    while seen < 4:
        subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
        if subjects:  # two only when the parse went wrong ("TALLINN, Jan 17 - Estonia expelled"): the nearest
            return min(subjects, key=lambda child: abs(child.i - verb.i))
        if verb.dep_ in ("conj", "xcomp", "advcl", "acomp") and verb.head is not verb:
            verb = verb.head
            seen += 1
            continue
        if verb.dep_ in ("relcl", "acl") and verb.head is not verb:
            return verb.head
        return _loose_name_before(verb)
    return None


def _loose_name_before(verb: Token) -> Token | None:
    """A name the parser attached elsewhere right before a subjectless verb, as in garbled or badly split
    text ("... interests.\n\nRussia, meanwhile, expressed ..."): the name is the subject."""
    index = verb.i - 1
    while index >= sentence_start(verb):
        token = verb.doc[index]
        if token.is_punct or token.is_space or token.dep_ == "advmod":
            index -= 1
            continue
        return token if token.pos_ == "PROPN" else None
    return None


def _nominal_frame(trigger: Trigger, tables: Tables) -> Frame:
    entry = trigger.entry
    return Frame(content=trigger, type=entry.type, cameo=entry.cameo, trigger=trigger.token, top=trigger.token,
                 chain=[], nouns=[trigger.token], nominal=True)


def _obligation_frames(sentence: Span, tables: Tables, tops: set[int]) -> list[Frame]:
    """"X said Y must do Z": a demand by X on Y, even when Z is no event word."""
    frames = []
    doc = sentence.doc
    deps = token_table(doc).dep
    for i in range(sentence.start, sentence.end):
        if deps[i] != ccomp or i in tops:  # id test first
            continue
        token = doc[i]
        if lemma(token.head) not in tables.cues.speech:
            continue
        if not _aux_words(token) & {"must", "should"}:
            continue
        subject = subject_of(token)
        if subject is None or subject.pos_ == "PRON":
            continue
        entry = Entry(key="must", type="REQUEST", cameo="100")
        content = Trigger(token, entry, nominal=False)
        frames.append(Frame(content=content, type="REQUEST", cameo="100", trigger=token, top=token,
                            chain=[token], modality="obligation", speaker=subject_of(token.head)))
    return frames


def _dedupe(frames: list[Frame]) -> list[Frame]:
    seen: set[int] = set()
    out = []
    for frame in frames:
        if frame.trigger.i in seen:
            continue
        seen.add(frame.trigger.i)
        out.append(frame)
    return out
