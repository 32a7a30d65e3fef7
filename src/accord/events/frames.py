"""A sentence's event frames: its candidates (layer 1) read for factuality (layer 2) and sense (layer 3), then
kept only where they tell an event of their own.

A :class:`Frame` is the immutable value the later layers receive: the candidate, its factuality and its sense.
Which frames stand: coordinated verbs of one kind sharing a subject are one event ("were killed and 30
wounded"); an event told inside another event's clause is its background ("vetoed a resolution censuring
X"), and so is the clause that spells out another event's noun ("a call for troops to be deployed"); a bare
event noun inside another event's clause is its circumstance; one word triggers one event.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from accord.doc_index import token_table
from accord.events.ancestry import CoveredBelow
from accord.events.candidates import (
    HARM_TYPES,
    Candidate,
    at_another_moment,
    bare_noun,
    bare_participle,
    find_candidates,
    foretold_harm_candidates,
    harm_with_its_doer,
    judgement_candidates,
    meeting_in_clause,
    obligation_candidates,
    said_by_its_speaker,
    separate_speech_act,
)
from accord.events.factuality import Factuality, factuality_of
from accord.events.quoted_charges import quoted_charge_candidates
from accord.events.sense import Sense, sense_of
from accord.events.syntax import finite, finite_clause, has_subject, time_marked
from accord.events.tables import Cues, Tables
from accord.events.triggers import Trigger, in_group, lemma
from accord.records import NEGATED
from accord.syntax import NOMINAL_SUBJECT_DEPS, nominal_subject


@dataclass(frozen=True, slots=True)
class Frame:
    """One event as the first three layers made it: which words (candidate), how told (factuality), what kind
    (sense)."""

    candidate: Candidate
    factuality: Factuality
    sense: Sense

    @property
    def type(self) -> str:
        return self.sense.type

    @property
    def cameo(self) -> str:
        return self.sense.cameo

    @property
    def trigger(self) -> Token:
        return self.sense.trigger

    @property
    def content(self) -> Trigger:
        return self.sense.content

    @property
    def modality(self) -> str | None:
        return self.sense.modality

    @property
    def negated(self) -> bool:
        return self.sense.negated

    @property
    def status(self) -> str:
        """How the text tells the event, after the sense layer: asserted, negated, hypothetical or future."""
        return self.sense.factuality

    @property
    def speaker(self) -> Token | None:
        return self.factuality.speaker

    @property
    def chain(self) -> tuple[Token, ...]:
        return self.candidate.chain

    @property
    def nouns(self) -> tuple[Token, ...]:
        return self.candidate.nouns

    @property
    def top(self) -> Token:
        return self.candidate.top

    @property
    def nominal(self) -> bool:
        return self.candidate.nominal


def read_frame(candidate: Candidate, tables: Tables) -> Frame | None:
    """A candidate read by the factuality and sense layers; None when it tells no event."""
    factuality = factuality_of(candidate, tables)
    sense = sense_of(candidate, factuality, tables)
    return Frame(candidate, factuality, sense) if sense is not None else None


def sentence_frames(sentence: Span, tables: Tables) -> list[Frame]:
    """Every event frame of one sentence, in the order its events are reported."""
    found = find_candidates(sentence, tables)
    read = [(c, read_frame(c, tables)) for c in found.chains]
    read += [(c, read_frame(c, tables)) for c in _stances_of_dead_chains(read, found.carried)]
    frames = _merge_coordinated([f for _, f in read if f is not None])
    tops = {f.top.i for f in frames}
    frames.extend(f for c in obligation_candidates(sentence, tables, tops) if (f := read_frame(c, tables)) is not None)
    frames.extend(f for c in foretold_harm_candidates(sentence, tables, tops)
                  if (f := read_frame(c, tables)) is not None)
    numbered = CoveredBelow(sentence)  # the parse tree numbered once for both sets below
    frames = _main_events(sentence, frames, tables, numbered)
    # a fault found ("X said Y is guilty when ...") tells the speaker's act: it hides no event told below it
    frames.extend(f for c in judgement_candidates(sentence, tables, tops) if (f := read_frame(c, tables)) is not None)
    # a charge said in the speech the judgements leave ('"Y is weak," X said', '“They lied.”'): one per clause,
    # none where an ACCUSE already stands in the sentence. A frame its clause denies stands on nothing there:
    # "said Y *failed* to protect them" tells an aid not given, and the failure is the charge.
    denied = {f.top.i for f in frames if f.status == NEGATED}
    taken = (tops | {f.top.i for f in frames}) - denied
    frames.extend(f for c in quoted_charge_candidates(sentence, tables, taken, any(f.type == "ACCUSE" for f in frames))
                  if (f := read_frame(c, tables)) is not None)
    # A bare event noun inside another event's clause (or inside an earlier bare noun's phrase) is its
    # circumstance: each against the frames so far, the bare nouns before it included (an act of harm whose doer
    # it names is an act of its own, candidates.harm_with_its_doer). CoveredBelow answers
    # that in O(log n) per noun; asking Token.is_ancestor of every frame made this loop cubic in the
    # sentence's length ("war war war ...").
    covered = numbered.emptied()
    for standing in frames:
        covered.cover(standing.top)
    causes = {t.token.i for t in found.causes}
    clause_memo: dict[int, bool] = {}
    for noun in found.bare_nouns:
        own = meeting_in_clause(noun, tables) or harm_with_its_doer(noun, tables.grammar.undergoer_possessor_nouns) \
            or said_by_its_speaker(noun, tables.grammar) \
            or at_another_moment(noun.token, tables) or noun.token.i in causes \
            or _in_clause_of_its_own(noun.token, clause_memo)
        if (not covered.below_any(noun.token) or own) \
                and (bare := read_frame(bare_noun(noun), tables)) is not None:
            frames.append(bare)
            covered.cover(bare.top)
    return _dedupe(frames)


def _in_clause_of_its_own(noun: Token, memo: dict[int, bool]) -> bool:
    """A noun in a clause coordinated with its own subject ("came under fire, and *they responded with strikes*"):
    that clause tells an act of its own, no circumstance of the first clause's event. ``memo`` keeps the answer
    for every head already walked, so that the nouns of one sentence share their paths to the root (a long chain
    of nouns would otherwise be walked once per noun: quadratic in the sentence's length)."""
    walked = []
    token = noun.head
    found = False
    while token.head.i != token.i:
        if token.i in memo:
            found = memo[token.i]
            break
        walked.append(token.i)
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and has_subject(token):
            found = True
            break
        token = token.head
    for i in walked:
        memo[i] = found
    return found


def _stances_of_dead_chains(read: list[tuple[Candidate, Frame | None]],
                            carried: tuple[Trigger, ...]) -> list[Candidate]:
    """"X released a statement *in opposition to* Y", "X wrote a letter *in support of* Y": an event noun in an
    "in"-phrase of the clause's verb tells the stance its subject takes by the act, whatever the verb tells (here no
    event). The noun becomes the chain's content; the verb only holds the subject."""
    found = []
    for candidate, frame in read:
        if frame is not None or candidate.nominal or not candidate.chain:
            continue
        bottom = candidate.chain[0]
        for noun in carried:
            token = noun.token
            if noun.entry.type in HARM_TYPES:
                continue  # "were killed *in* the fighting": a circumstance, never a stance
            if token.dep_ == "pobj" and token.head.lower_ in STANCE_PREPOSITIONS and token.head.head.i == bottom.i:
                found.append(replace(candidate, content=noun, word=token, nominal=True))
    return found


def _merge_coordinated(frames: list[Frame]) -> list[Frame]:
    """"Soldiers were killed and 30 wounded in clashes": coordinated verbs of one kind sharing a subject are
    one event; the later verb's phrases join the first's."""
    merged = list(frames)  # position -> the frame with what has joined it so far
    by_top = {f.top.i: k for k, f in enumerate(frames)}  # top verb index -> (the last) position standing on it
    joined: set[int] = set()
    for k in range(len(merged)):
        frame = merged[k]
        at = by_top.get(frame.top.head.i) if frame.top.dep_ == "conj" else None
        if at is None or at == k or merged[at].type != frame.type or has_subject(frame.top) \
                or merged[at].status != frame.status:
            continue  # "attacked the town and may attack again": two events
        head = merged[at]
        merged[at] = replace(head, candidate=replace(head.candidate, chain=(*head.chain, frame.top),
                                                     nouns=(*head.nouns, *frame.nouns)))
        joined.add(k)
    return [frame for k, frame in enumerate(merged) if k not in joined]


# The preposition of a stance taken by an act: "*in* protest at", "*in* support of", "*in* opposition to".
STANCE_PREPOSITIONS = frozenset({"in"})
SUBORDINATE_DEPS = frozenset({"relcl", "acl", "xcomp", "ccomp", "advcl", "pcomp", "csubj"})


def _main_events(sentence: Span, frames: list[Frame], tables: Tables, nouns: CoveredBelow) -> list[Frame]:
    """The frames that are neither the content of another event's noun nor told inside its clause.

    The parse tree is numbered once (CoveredBelow) and each frame climbs its own head chain once, over
    integer lists: asking Token.is_ancestor of every pair of frames made this cubic in sentence length.
    ``nouns`` is an empty CoveredBelow of the sentence, filled here with the frames' event nouns.
    """
    cues = tables.cues
    by_top: dict[int, list[Frame]] = {}
    for frame in frames:
        for noun in frame.nouns:
            nouns.cover(noun)
        by_top.setdefault(_event_top(frame, cues).i, []).append(frame)
    tree = _SentenceTree(sentence)
    return [f for f in frames if not _inside_event_noun(f, nouns)
            and not _subordinate(f, by_top, tree, tables)]


class _SentenceTree:
    """Heads, dependency labels and paragraph breaks of one sentence as plain lists.

    Built for every sentence, but most sentences ask for few labels and no breaks: the labels are read from
    the Doc's token table when asked and the breaks found on the first question, not with a Token per word
    up front (that cost about as much as the climbs themselves)."""

    def __init__(self, sentence: Span) -> None:
        self.sentence = sentence
        self.start = sentence.start
        table = token_table(sentence.doc)
        self.heads = table.head[sentence.start : sentence.end]
        self._deps = table.dep  # the whole Doc's label ids
        self._strings = sentence.doc.vocab.strings
        self._breaks: list[int] | None = None

    def head(self, index: int) -> int:
        local = index - self.start
        return self.heads[local] if 0 <= local < len(self.heads) else index

    def dep(self, index: int) -> str:
        """The label of a token of the sentence (``Token.dep_``)."""
        return self._strings[self._deps[index]]

    def break_between(self, one: int, other: int) -> bool:
        """A paragraph break among the tokens from the lower index up to (not including) the higher one."""
        if self._breaks is None:
            self._breaks = [token.i for token in self.sentence if token.is_space and "\n" in token.text]
        low, high = sorted((one, other))
        at = bisect_left(self._breaks, low)
        return at < len(self._breaks) and self._breaks[at] < high


def _subordinate(frame: Frame, by_top: dict[int, list[Frame]], tree: _SentenceTree, tables: Tables) -> bool:
    """An event told inside another event's clause — a relative clause, a purpose or time clause, a
    complement — is background to it ("vetoed a resolution censuring X", "resigned as the opposition
    threatened ..."). Coordinated events ("arrested X and expelled Y") stand on their own, and so does the
    act an accusation reports ("charged that border agents abused migrants"), and an act received at another
    moment ("launched the offensive *after gaining the approval* of Moscow"): another party's act, before or
    after the main clause's, as "after a threat" is (arguments.yaml's verbs of receiving an act)."""
    if _received_at_another_moment(frame, tables.cues, tables.grammar.receiving_verbs):
        return False
    deps: list[str] = []  # the dependency labels from frame.top up to the current ancestor
    in_clause = False  # some label on the path is a subordinate clause's
    rest_xcomp = True  # every label after the first is xcomp
    index = frame.top.i
    while (head := tree.head(index)) != index:
        dep = tree.dep(index)
        deps.append(dep)
        in_clause = in_clause or dep in SUBORDINATE_DEPS
        rest_xcomp = rest_xcomp and (len(deps) == 1 or dep == "xcomp")
        index = head
        if not in_clause:
            continue  # no frame up here can make this one subordinate (yet)
        for other in by_top.get(index, ()):
            if other is not frame and _told_inside(frame, other, deps, rest_xcomp, tree, tables):
                return True
    return False


def _received_at_another_moment(frame: Frame, cues: Cues, receiving: frozenset[str]) -> bool:
    """An event noun a verb of receiving carries in a time phrase ("after *gaining* the approval of X", "before
    *receiving* an ultimatum from Y"): the noun's own party acts, not the main clause's doer."""
    top = frame.top
    return frame.content.nominal and len(frame.chain) == 1 and top.dep_ == "pcomp" and top.tag_ == "VBG" \
        and lemma(top) in receiving and top.head.dep_ == "prep" and top.head.lower_ in cues.time_marks


def _told_inside(frame: Frame, other: Frame, deps: list[str], rest_xcomp: bool, tree: _SentenceTree,
                 tables: Tables) -> bool:
    """Whether ``frame``, below ``other`` by the labels ``deps`` (one of them a clause's), is its background."""
    cues = tables.cues
    if tree.break_between(frame.top.i, _event_top(other, cues).i):
        return False  # a headline or dateline parsed into the next paragraph's sentence
    if other.type == "ACCUSE" and deps[-1] == "ccomp":
        return False
    if deps[0] == "advcl" and _concession(frame.top, cues.concessive_marks):
        return False  # "no longer demand that he go, although Erdogan called him a terrorist": a fact of its own
    if deps[0] == "relcl" and (_non_restrictive(frame.top) or _states_a_partys_act(frame.top)):
        return False  # "the government, which had demanded X, blamed Y": an aside asserts an act of its own
    if deps[0] == "conj" and _coordinated_aside(frame.top):
        return False  # "the police, who arrested X, and who later beat Y, ...": a second aside, as the first
    if deps[0] == "conj" and finite(frame.top) and not finite(frame.top.head):
        return False  # "refused to sign the accord and recalled its envoy": a misattached coordination
    if deps == ["ccomp", "conj"] and lemma(frame.top.head) in cues.speech:
        return False  # "welcomed the truce but said it would not negotiate": a statement of its own
    if _demand_said_alongside(frame, other, deps, cues):
        return False
    if deps == ["advcl"] and _speech_act_alongside(frame, other, tables):
        return False  # "condemned the raid, calling for restraint": a second act of the same speaker
    # a time clause the parser took for a complement ("after gunmen killed ten, the army shelled the town") is one
    own_clause = (deps[0] == "advcl" or (deps[0] == "ccomp" and time_marked(frame.top, cues.time_marks))) \
        and rest_xcomp and _own_time_clause(frame.top, cues.time_marks)
    return not own_clause or _same_act(frame, other)


def _same_act(frame: Frame, other: Frame) -> bool:
    """A time clause that tells how the main clause's act was done is that act, not one of its own: "were killed
    when gunmen attacked the village" (the passive's doer), "killed 23 people when they blew themselves up" (its
    subject again, as a pronoun). An act of another kind, or by another named party, stands on its own ("arrested
    two men after they had attacked a guard", "attacked the town after troops shelled their camp")."""
    if frame.type != other.type or _done_by_the_undergoer(frame.top):
        return False  # "was wounded while fighting X": the one wounded fights, the wounding was done by another
    main = other.top
    passive = any(c.dep_ == "auxpass" for c in main.children) and not any(c.dep_ == "agent" for c in main.children)
    subject = nominal_subject(frame.top)
    return passive or (subject is not None and subject.pos_ == "PRON")


def _demand_said_alongside(frame: Frame, other: Frame, deps: list[str], cues: Cues) -> bool:
    """"Opposed the deal, *insisting that the US must act*": a demand made in a participle of saying beside another
    act is a statement of its own; beside a protest it is the protest's aim ("staged rallies, saying he must
    resign"), as with "took to the streets to demand" (candidates.chain_parent)."""
    speech = frame.top.head
    return (frame.candidate.obligation and deps == ["ccomp", "advcl"] and lemma(speech) in cues.speech
            and speech.tag_ == "VBG" and other.type != "PROTEST")


def _speech_act_alongside(frame: Frame, other: Frame, tables: Tables) -> bool:
    """A bare participle adjunct ("condemned the raid, *calling for* restraint", "met her, *agreeing* to talk") told
    as an act of its own beside ``other`` (candidates.separate_speech_act, the rule that keeps it out of the verb's
    chain, whatever sense it then takes: "pledging to bomb" threatens); here the act above is a protest, whose aim
    the participle would be ("marched, *demanding* his release"), by the sense read."""
    top = frame.top
    own = [t for t in (frame.content, *(g.trigger for g in frame.candidate.governors))
           if t is not None and not t.nominal and t.token.i == top.i]
    return bool(own) and bare_participle(top) \
        and separate_speech_act(own[0], other.content.entry.type, other.type == "PROTEST", tables)


NON_RESTRICTIVE_PRONOUNS = frozenset({"who", "which", "whom", "whose", "where", "when"})
ASIDE_MARKS = frozenset({",", "(", "-", "\u2013", "\u2014"})


def _concession(verb: Token, marks: frozenset[str]) -> bool:
    """A finite clause with its own subject opened by a conjunction of concession or contrast ("*although* Erdogan
    called him a terrorist", "*while* the US has stopped its help"): the writer asserts it as a fact set against the
    main clause, not as the main event's circumstance."""
    return finite_clause(verb) and has_subject(verb) \
        and any(c.dep_ == "mark" and c.i < verb.i and (c.lower_ in marks or _with_focus(c) in marks)
                for c in verb.children)


def _with_focus(mark: Token) -> str:
    """The conjunction with the word before it ("*even as* she criticised him", "*even though*"): a focus adverb
    turns "as" into a conjunction of contrast."""
    return f"{mark.doc[mark.i - 1].lower_} {mark.lower_}" if mark.i > 0 else mark.lower_


def _non_restrictive(verb: Token) -> bool:
    """A relative clause set off from its noun by a comma, a dash or a bracket and opened by a wh-word ("Kenya,
    *which had demanded* ...", "travelled to Cairo, *where he met* Sisi") adds a statement of its own about the
    noun; a restrictive one ("a resolution *that censured* X", "the troops it sent", "the hotel where they met")
    only says which thing is meant."""
    first = verb.left_edge
    return (first.lower_ in NON_RESTRICTIVE_PRONOUNS and first.i > 0
            and verb.doc[first.i - 1].text in ASIDE_MARKS)


RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
ASIDE_SUBJECTS = frozenset({"who", "which"})  # what opens a relative clause that can be an aside
RELATIVE_ADVERBS = frozenset({"where", "when", "why", "wherever", "whenever"})


def _coordinated_aside(verb: Token) -> bool:
    """A relative clause coordinated with another ("the police, who arrested X, *and who* later beat Y"; "a state
    whose army ..., *and which* is trying to ...") is an aside as the first one is; the parser hangs it on the
    first clause, or on the noun itself as a conjunct (then it can only be a clause about that noun)."""
    if not any(c.dep_ in NOMINAL_SUBJECT_DEPS and c.lower_ in ASIDE_SUBJECTS for c in verb.children):
        return False
    head = verb.head
    if head.dep_ == "relcl":
        return _non_restrictive(head) or _states_a_partys_act(head)
    return head.pos_ in ("NOUN", "PROPN")


def _states_a_partys_act(verb: Token) -> bool:
    """A finite relative clause whose doer is a party states that party's act as a fact: its own subject, the noun
    it qualifies being its object ("the envoy *that Paris expelled*", "the rifles *the militia smuggled*"), or a
    person the clause is about ("commanders *who coordinate with* the army"). One about a thing only says which
    thing is meant ("a resolution *that censured* X"); one of place or time ("the hotel *where the committee
    met*") sets the scene."""
    if not finite_clause(verb) or any(c.lower_ in RELATIVE_ADVERBS for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    return any(s.lower_ not in RELATIVE_PRONOUNS or s.lower_ == "who" for s in subjects)


def _event_top(frame: Frame, cues: Cues) -> Token:
    """The top of the clause an event is told in: its chain's top, below any verbs that only say whether it
    happens ("*avoided* blaming X, calling instead for ...": the call is no detail of the blaming)."""
    chain = frame.chain
    if not chain:
        return frame.top
    k = len(chain) - 1
    while k > 0 and in_group(chain[k], cues.factual_only) and chain[k].i != frame.trigger.i:
        k -= 1
    return chain[k]


def _own_time_clause(verb: Token, time_marks: frozenset[str]) -> bool:
    """A finite time clause ("after Belgrade refused to sign", "after rifles were seized") with its own subject
    tells an event of its own, not a circumstance."""
    # spaCy hangs "when" on the clause's verb as an adverb, the other conjunctions as marks
    marked = any(c.dep_ in ("mark", "advmod") and c.lower_ in time_marks for c in verb.children)
    return marked and ((finite_clause(verb) and has_subject(verb)) or _done_by_the_undergoer(verb))


def _done_by_the_undergoer(verb: Token) -> bool:
    """A present participle whose host is passive ("a soldier was killed *while fighting* X", "were arrested
    *after storming* the building"): its doer is whom the host's act is done to, so it is no circumstance of that
    act but an act of its own."""
    host = verb.head
    return verb.tag_ == "VBG" and host.i != verb.i and any(c.dep_ in ("auxpass", "nsubjpass") for c in host.children)


def _inside_event_noun(frame: Frame, nouns: CoveredBelow) -> bool:
    """A clause that spells out another event's noun ("a call for troops to be deployed") is its content:
    some noun of another frame lies above its top (``nouns`` holds every frame's nouns)."""
    own = sum(1 for noun in frame.nouns if nouns.is_above(noun, frame.top))
    return nouns.count_above(frame.top) > own


def _dedupe(frames: list[Frame]) -> list[Frame]:
    seen: set[int] = set()
    out = []
    for frame in frames:
        if frame.trigger.i in seen:
            continue
        seen.add(frame.trigger.i)
        out.append(frame)
    return out
