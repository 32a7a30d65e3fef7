"""The work one document may cost: a limit on sentence length and on the time accord's stages take.

Every stage is meant to be linear or near-linear in the length of a document; some still grow faster than
that with the length of one sentence (a parse that is one long chain, a coordination of hundreds of names).
The sentence limit bounds those; the time limit is the backstop for anything else. A document over either
limit is given up with a reason that names the limit, and the documents after it go on.

How the time limit is kept, so that running out of time never lands in code that is not accord's:

- **Checks.** The document's deadline is kept per thread; :func:`check_time` raises when it has passed. It is
  called after each stage, at each sentence of the event coder, between the quote stage's reparsing pipes —
  points in accord's own code where giving up leaves nothing half done. This is the ordinary way a document
  runs out of time, in any thread.
- **Backstop.** A stage that reaches no check for long (one pathological sentence) is stopped by a timer
  signal, only in a process's main thread (elsewhere Python cannot deliver signals), :data:`BACKSTOP_GRACE`
  seconds after the deadline. Its handler raises only when every frame from the interrupted one down to the
  stage is accord's own code and none is a finaliser or a context manager's exit; anywhere else (a garbage
  collector callback, a ``__del__``, another library, an import) it sets the timer again for
  :data:`BACKSTOP_RETRY` seconds and lets that code finish. An exception raised into such code would be
  swallowed ("Exception ignored in ...") or leave its state half changed.

So a document overruns its limit by at most the time to its next check, or by the grace plus the time until
accord's own code runs again. The out-of-time exception is a BaseException: no ``except Exception`` on the
way can swallow it.
"""

from __future__ import annotations

import random
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
BACKSTOP_GRACE = 1.0  # seconds past the deadline before the timer signal may stop a stage that reached no check
BACKSTOP_RETRY = 0.01  # seconds before the signal tries again when it came in code that is not accord's
OWN_MODULES: tuple[str, ...] = ("accord",)  # packages whose code the signal may interrupt (tests add their own)
_NEVER_INTERRUPTED = frozenset({"__del__", "__exit__", "__aexit__", "__enter__", "<module>"})


@dataclass(frozen=True)
class Budget:
    """Limits per document; None turns a limit off."""

    max_seconds: float | None = DEFAULT_MAX_SECONDS
    max_sentence_tokens: int | None = DEFAULT_MAX_SENTENCE_TOKENS


class _OutOfTime(BaseException):
    """The running document's time is up: raised by check_time, or by the backstop signal in accord's code."""


class _Deadline(threading.local):
    """The perf_counter time by which the stage running in this thread must end; None outside a stage."""

    at: float | None = None


_deadline = _Deadline()


def check_time() -> None:
    """Give up the running document when its time is up: call this where accord's work can stop cleanly (a
    sentence boundary, between passes). Costs a clock read; does nothing outside a budgeted stage."""
    at = _deadline.at
    if at is not None and time.perf_counter() > at:
        raise _OutOfTime


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
            _deadline.at = None if limit is None else started + limit - self.spent
            with _Backstop(None if limit is None else limit - self.spent + BACKSTOP_GRACE):
                stage(doc)
        except _OutOfTime:
            self.failure = f"gave up: extraction took more than {limit:g} s (stopped in {name})"
        except Exception as error:  # one document's bad luck must not end the batch; the log says what
            self.failure = f"extraction failed in {name}: {type(error).__name__}: {error}"
        finally:
            _deadline.at = None
        self.spent += time.perf_counter() - started
        if self.failure is None and limit is not None and self.spent > limit:
            self.failure = f"gave up: extraction took more than {limit:g} s (after {name})"


_RUN_CODE = DocumentBudget.run.__code__


def _sentence_failure(doc: Doc, limit: int | None) -> str | None:
    if limit is None:
        return None
    for number, sentence in enumerate(sentences(doc), start=1):
        if len(sentence) > limit:
            return (f"gave up: sentence {number} (at character {sentence.start_char}) has {len(sentence):,} "
                    f"tokens; the limit is {limit:,} per sentence")
    return None


class _Backstop:
    """The timer signal that stops a stage reaching no check, ``seconds`` after it starts; only in the main
    thread (elsewhere the checks are the limit)."""

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
        self.previous = signal.signal(signal.SIGALRM, _stop_if_own)
        signal.setitimer(signal.ITIMER_REAL, max(self.seconds, BACKSTOP_RETRY))

    def __exit__(self, *exc: object) -> None:
        if not self.armed:
            return
        signal.setitimer(signal.ITIMER_REAL, 0)
        if self.previous is not None:
            signal.signal(signal.SIGALRM, self.previous)  # type: ignore[arg-type]


def _stop_if_own(signum: int, frame: FrameType | None) -> None:
    """Raise _OutOfTime when the interrupted code may be stopped (see the module's docstring); else try again
    shortly."""
    if _interruptible(frame):
        raise _OutOfTime
    signal.setitimer(signal.ITIMER_REAL, BACKSTOP_RETRY * random.uniform(0.5, 1.5))  # never in step with a loop


def _interruptible(frame: FrameType | None) -> bool:
    """True when every frame from ``frame`` down to DocumentBudget.run is accord's own code and none is a
    finaliser, a context manager's entry or exit, or a module being imported."""
    while frame is not None:
        code = frame.f_code
        if code is _RUN_CODE:
            return True
        if code.co_name in _NEVER_INTERRUPTED or not _own(frame.f_globals.get("__name__")):
            return False
        frame = frame.f_back
    return False  # not inside a stage at all: the timer outlived it


def _own(module: object) -> bool:
    return isinstance(module, str) and any(module == own or module.startswith(own + ".") for own in OWN_MODULES)


__all__ = ["BACKSTOP_GRACE", "BACKSTOP_RETRY", "DEFAULT_MAX_SECONDS", "DEFAULT_MAX_SENTENCE_TOKENS", "OWN_MODULES",
           "Budget", "DocumentBudget", "check_time"]
