"""Layer 2 of the coder, factuality: whether and how the text says the event happens — asserted, negated,
hypothetical ("may sign"), future ("will sign"), obliged ("must sign"), undecided ("has not yet signed") — and
who reports it ("Shringla said India signed ...").

It reads only the words around the candidate's chain of verbs: their auxiliaries, negations and adverbs, and
the verb of saying above the chain. It changes nothing about the event; the sense layer turns some of these
readings into a type (a promise not kept is a refusal, a future hostile act a threat), and an event with no
chain of verbs (a bare event noun) is asserted by nobody in particular.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from accord.events.candidates import Candidate
from accord.events.syntax import aux_words, subject_of
from accord.events.tables import Tables
from accord.events.triggers import lemma


@dataclass(frozen=True, slots=True)
class Factuality:
    """How the text tells an event: the readings of its chain's auxiliaries, and the one who reports it."""

    negated: bool = False  # "did not sign", "never met"
    future: bool = False  # "will sign", "would meet", "is going to"
    hypothetical: bool = False  # "may sign", "could meet"
    obliged: bool = False  # "must sign", "should withdraw"
    undecided: bool = False  # "has not yet accepted": neither the act nor a refusal of it
    speaker: Token | None = None  # the subject of the verb of saying that reports it

    @property
    def prospective(self) -> bool:
        """Told as something to come: future or possible."""
        return self.future or self.hypothetical

    @property
    def reported(self) -> bool:
        return self.speaker is not None


ASSERTED = Factuality()


def factuality_of(candidate: Candidate, tables: Tables) -> Factuality:
    """The factuality of one candidate.

    A demand told through a modal ("Y must not attack", said X) is X's demand, asserted: its modal and its
    negation belong to what is demanded, not to the telling."""
    if candidate.obligation:
        return Factuality(obliged=True, speaker=speaker_of(candidate.top, tables))
    if not candidate.chain:
        return ASSERTED
    cues = tables.cues
    words: set[str] = set()
    for verb in candidate.chain:
        words |= aux_words(verb)
    negated = bool(words & cues.negation)
    return Factuality(
        negated=negated,
        future=bool(words & cues.future_modals),
        hypothetical=bool(words & cues.possibility_modals),
        obliged=bool(words & cues.obligation_modals),
        undecided=negated and bool(words & cues.undecided),
        speaker=speaker_of(candidate.top, tables),
    )


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
