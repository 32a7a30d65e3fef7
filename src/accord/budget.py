"""The work one document may cost: a limit on sentence length and on the time accord's stages take.

Every stage is meant to be linear or near-linear in the length of a document; some still grow faster than
that with the length of one sentence (a parse that is one long chain, a coordination of hundreds of names).
The sentence limit bounds those; the time limit is the backstop for anything else. A document over either
limit is given up with a reason that names the limit, and the documents after it go on.

The time limit is checked after each stage and, when the pipeline runs in a process's main thread (the CLI,
the server's worker processes), enforced inside a stage by a timer signal that interrupts it.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import FrameType

from spacy.tokens import Doc

from accord.doc_index import sentences

DEFAULT_MAX_SECONDS = 30.0  # an ordinary article takes well under a second
DEFAULT_MAX_SENTENCE_TOKENS = 1000  # news sentences run to about a hundred tokens; a table flattened into text far more


@dataclass(frozen=True)
class Budget:
    """Limits per document; None turns a limit off."""

    max_seconds: float | None = DEFAULT_MAX_SECONDS
    max_sentence_tokens: int | None = DEFAULT_MAX_SENTENCE_TOKENS


class _OutOfTime(Exception):
    """Raised inside a stage by the timer signal."""


class DocumentBudget:
    """What one document has spent; ``failure`` says why it was given up, or is None."""

    def __init__(self, budget: Budget, doc: Doc) -> None:
        self.budget = budget
        self.spent = 0.0
        self.failure: str | None = _sentence_failure(doc, budget.max_sentence_tokens)

    def run(self, name: str, stage: Callable[[Doc], Doc], doc: Doc) -> None:
        """Run one stage on the document, unless it was given up; give it up when the stage fails or the
        document's time runs out."""
        if self.failure is not None:
            return
        limit = self.budget.max_seconds
        started = time.perf_counter()
        try:
            with _Alarm(None if limit is None else limit - self.spent):
                stage(doc)
        except _OutOfTime:
            self.failure = f"gave up: extraction took more than {limit:g} s (stopped in {name})"
        except Exception as error:  # one document's bad luck must not end the batch; the log says what
            self.failure = f"extraction failed in {name}: {type(error).__name__}: {error}"
        self.spent += time.perf_counter() - started
        if self.failure is None and limit is not None and self.spent > limit:
            self.failure = f"gave up: extraction took more than {limit:g} s (after {name})"


def _sentence_failure(doc: Doc, limit: int | None) -> str | None:
    if limit is None:
        return None
    for number, sentence in enumerate(sentences(doc), start=1):
        if len(sentence) > limit:
            return (f"gave up: sentence {number} (at character {sentence.start_char}) has {len(sentence):,} "
                    f"tokens; the limit is {limit:,} per sentence")
    return None


class _Alarm:
    """A timer signal that raises _OutOfTime in the running stage after ``seconds``; only in the main thread
    (elsewhere Python cannot deliver signals, and the check after the stage is the limit)."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.armed = (
            seconds is not None and hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
        )
        self.previous: signal.Handlers | object | None = None

    def __enter__(self) -> None:
        if not self.armed or self.seconds is None:
            return
        if self.seconds <= 0:
            raise _OutOfTime
        self.previous = signal.signal(signal.SIGALRM, _raise_out_of_time)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc: object) -> None:
        if not self.armed:
            return
        signal.setitimer(signal.ITIMER_REAL, 0)
        if self.previous is not None:
            signal.signal(signal.SIGALRM, self.previous)  # type: ignore[arg-type]


def _raise_out_of_time(signum: int, frame: FrameType | None) -> None:
    raise _OutOfTime
