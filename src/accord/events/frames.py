"""A sentence's event frames: its candidates (layer 1) read for factuality (layer 2) and sense (layer 3), then
kept only where they tell an event of their own.

A :class:`Frame` is the immutable value the later layers receive: the candidate, its factuality and its sense.
Which frames stand: coordinated verbs of one kind sharing a subject are one event ("were killed and 30
wounded"); an event told inside another event's clause is its background ("vetoed a resolution censuring
X"), and so is the clause that spells out another event's noun ("a call for troops to be deployed"); a bare
event noun inside another event's clause is its circumstance; one word triggers one event.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from accord.events.candidates import Candidate, bare_noun, find_candidates, obligation_candidates
from accord.events.factuality import Factuality, factuality_of
from accord.events.sense import Sense, sense_of
from accord.events.syntax import finite, has_subject, paragraph_between, path_deps
from accord.events.tables import Cues, Tables
from accord.events.triggers import Trigger, lemma


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
    frames = _merge_coordinated([f for c in found.chains if (f := read_frame(c, tables)) is not None])
    tops = {f.top.i for f in frames}
    frames.extend(f for c in obligation_candidates(sentence, tables, tops) if (f := read_frame(c, tables)) is not None)
    frames = [f for f in frames if not _inside_event_noun(f, frames) and not _subordinate(f, frames, tables.cues)]
    for noun in found.bare_nouns:  # each against the frames so far, the bare nouns before it included
        if not _within_frames(noun.token, frames) and (frame := read_frame(bare_noun(noun), tables)) is not None:
            frames.append(frame)
    return _dedupe(frames)


def _merge_coordinated(frames: list[Frame]) -> list[Frame]:
    """"Soldiers were killed and 30 wounded in clashes": coordinated verbs of one kind sharing a subject are
    one event; the later verb's phrases join the first's."""
    merged = list(frames)  # position -> the frame with what has joined it so far
    by_top = {f.top.i: k for k, f in enumerate(frames)}  # top verb index -> (the last) position standing on it
    joined: set[int] = set()
    for k in range(len(merged)):
        frame = merged[k]
        at = by_top.get(frame.top.head.i) if frame.top.dep_ == "conj" else None
        if at is None or at == k or merged[at].type != frame.type or has_subject(frame.top):
            continue
        head = merged[at]
        merged[at] = replace(head, candidate=replace(head.candidate, chain=(*head.chain, frame.top),
                                                     nouns=(*head.nouns, *frame.nouns)))
        joined.add(k)
    return [frame for k, frame in enumerate(merged) if k not in joined]


SUBORDINATE_DEPS = frozenset({"relcl", "acl", "xcomp", "ccomp", "advcl", "pcomp", "csubj"})


def _subordinate(frame: Frame, frames: list[Frame], cues: Cues) -> bool:
    """An event told inside another event's clause — a relative clause, a purpose or time clause, a
    complement — is background to it ("vetoed a resolution censuring X", "resigned as the opposition
    threatened ..."). Coordinated events ("arrested X and expelled Y") stand on their own, and so does the
    act an accusation reports ("charged that border agents abused migrants")."""
    for other in frames:
        if other is frame or other.top.i == frame.top.i or not other.top.is_ancestor(frame.top):
            continue
        if paragraph_between(frame.top, other.top):
            continue  # a headline or dateline parsed into the next paragraph's sentence
        deps = path_deps(frame.top, other.top)
        if other.type == "ACCUSE" and deps[-1:] == ["ccomp"]:
            continue
        if deps[:1] == ["conj"] and finite(frame.top) and not finite(frame.top.head):
            continue  # "refused to sign the accord and recalled its envoy": a misattached coordination
        if deps == ["ccomp", "conj"] and lemma(frame.top.head) in cues.speech:
            continue  # "welcomed the truce but said it would not negotiate": a statement of its own
        if deps[:1] == ["advcl"] and set(deps[1:]) <= {"xcomp"} and _own_time_clause(frame.top, cues.time_marks):
            continue
        if SUBORDINATE_DEPS.intersection(deps):
            return True
    return False


def _own_time_clause(verb: Token, time_marks: frozenset[str]) -> bool:
    """A finite time clause ("after Belgrade refused to sign") with its own subject tells an event of its own,
    not a circumstance."""
    marked = any(c.dep_ == "mark" and c.lower_ in time_marks for c in verb.children)
    return marked and finite(verb) and has_subject(verb)


def _inside_event_noun(frame: Frame, frames: list[Frame]) -> bool:
    """A clause that spells out another event's noun ("a call for troops to be deployed") is its content."""
    return any(other is not frame and any(frame.top.is_ancestor(noun) is False and noun.is_ancestor(frame.top)
                                          for noun in other.nouns) for other in frames)


def _within_frames(noun: Token, frames: list[Frame]) -> bool:
    """Event nouns inside another event's clause are its circumstances, not events of their own."""
    return any(frame.top.is_ancestor(noun) for frame in frames if frame.top.i != noun.i)


def _dedupe(frames: list[Frame]) -> list[Frame]:
    seen: set[int] = set()
    out = []
    for frame in frames:
        if frame.trigger.i in seen:
            continue
        seen.add(frame.trigger.i)
        out.append(frame)
    return out
