"""The per-document time budget stops a document in accord's own code only: at a check (a sentence boundary,
between stages) or, for a stage that reaches none, by the backstop signal when the interrupted code is accord's.
Never inside a garbage collector callback, a ``__del__`` or another library, where the exception would be
ignored ("Exception ignored in ...") and the stage would run on past its time."""

from __future__ import annotations

import gc
import sys
import threading
import time
import types
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from accord import budget as budget_module
from accord.budget import Budget, DocumentBudget, check_time

# Another library's code: a finaliser and a collector callback that take a while, so that most of a stage's
# time is spent in them and a timer firing at a random moment would land there.
_FOREIGN_SOURCE = '''
import time

def spin(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass

class Garbage:
    def __init__(self):
        self.me = self  # a cycle: only the collector frees it, calling __del__ from inside a collection

    def __del__(self):
        spin(0.002)

def on_collect(phase, info):
    spin(0.002)
'''


@pytest.fixture
def foreign() -> Iterator[types.ModuleType]:
    module = types.ModuleType("otherlib.finalisers")
    exec(_FOREIGN_SOURCE, module.__dict__)
    gc.callbacks.append(module.on_collect)
    try:
        yield module
    finally:
        gc.callbacks.remove(module.on_collect)


@pytest.fixture
def unraisable(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What Python reports as 'Exception ignored in ...' while the test runs."""
    seen: list[str] = []

    def hook(report: Any) -> None:
        seen.append(f"{report.exc_type.__name__} in {report.object!r}")

    monkeypatch.setattr(sys, "unraisablehook", hook)
    return seen


@pytest.fixture(scope="module")
def doc() -> Doc:
    return spacy.blank("en")("The minister said India would sign the pact.")


def _make_garbage(foreign: types.ModuleType) -> None:
    for _ in range(5):
        foreign.Garbage()
    gc.collect(0)  # the young generation, where the cycles just made are


def _run(doc: Doc, stage: Callable[[Doc], Any], seconds: float) -> tuple[DocumentBudget, float]:
    spending = DocumentBudget(Budget(max_seconds=seconds, max_sentence_tokens=None), doc)
    started = time.perf_counter()
    spending.run("slow", stage, doc)
    return spending, time.perf_counter() - started


def test_a_document_out_of_time_stops_at_a_check_not_in_a_finaliser(
        doc: Doc, foreign: types.ModuleType, unraisable: list[str]) -> None:
    def stage(doc: Doc) -> Doc:
        for _ in range(300):  # about 4 s of work, most of it in the other library's finalisers and callbacks
            check_time()
            _make_garbage(foreign)
        return doc

    spending, elapsed = _run(doc, stage, 0.05)
    assert spending.failure == "gave up: extraction took more than 0.05 s (stopped in slow)"
    assert unraisable == []
    assert elapsed < 1.0  # stopped at the first check past its time, not at the end of the work


def test_a_stage_reaching_no_check_is_stopped_in_its_own_code_only(
        doc: Doc, foreign: types.ModuleType, unraisable: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The backstop: a loop with no check (one pathological sentence) still ends, and the signal waits out the
    finalisers and callbacks it comes in rather than raising there. This test's module stands for accord's."""
    monkeypatch.setattr(budget_module, "OWN_MODULES", ("accord", __name__))
    monkeypatch.setattr(budget_module, "BACKSTOP_GRACE", 0.02)

    def stage(doc: Doc) -> Doc:
        for _ in range(300):  # about 6 s of work, two thirds of it in the other library's code
            end = time.perf_counter() + 0.007
            while time.perf_counter() < end:
                pass
            _make_garbage(foreign)
        return doc

    for _ in range(5):  # where the signal comes is chance: the old timer lost one run in five this way
        spending, elapsed = _run(doc, stage, 0.05)
        assert spending.failure == "gave up: extraction took more than 0.05 s (stopped in slow)"
        assert unraisable == []
        assert elapsed < 1.0  # the grace and a few retries, never the whole 6 s


def test_the_backstop_leaves_code_that_is_not_accords_alone(doc: Doc, unraisable: list[str]) -> None:
    """A stage of another package gets no exception raised into it: the check after the stage gives the
    document up instead."""
    def stage(doc: Doc) -> Doc:
        end = time.perf_counter() + budget_module.BACKSTOP_GRACE + 0.3
        while time.perf_counter() < end:
            pass
        return doc

    spending, elapsed = _run(doc, stage, 0.05)
    assert spending.failure == "gave up: extraction took more than 0.05 s (after slow)"
    assert elapsed >= budget_module.BACKSTOP_GRACE + 0.3
    assert unraisable == []


def test_an_except_exception_on_the_way_does_not_swallow_running_out_of_time(doc: Doc) -> None:
    def stage(doc: Doc) -> Doc:
        for _ in range(1000):
            try:
                check_time()
                time.sleep(0.005)
            except Exception:  # code that catches its own errors must not catch the budget's
                pass
        return doc

    spending, elapsed = _run(doc, stage, 0.05)
    assert spending.failure is not None and "stopped in slow" in spending.failure
    assert elapsed < 1.0


def test_the_checks_keep_the_time_in_a_thread_too(doc: Doc) -> None:
    """No signal reaches a thread that is not the main one; the checks still stop its document, and each
    thread keeps its own deadline."""
    failures: dict[str, str | None] = {}

    def stage(doc: Doc) -> Doc:
        for _ in range(100):
            check_time()
            time.sleep(0.005)
        return doc

    def work(name: str, seconds: float) -> None:
        failures[name] = _run(doc, stage, seconds)[0].failure

    threads = [threading.Thread(target=work, args=("short", 0.05)), threading.Thread(target=work, args=("long", 60.0))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures["short"] == "gave up: extraction took more than 0.05 s (stopped in slow)"
    assert failures["long"] is None


def test_a_check_outside_a_budgeted_stage_does_nothing() -> None:
    check_time()


def test_a_stage_that_fails_fails_its_document_alone(doc: Doc) -> None:
    def stage(doc: Doc) -> Doc:
        raise ValueError("bad luck")

    spending, _ = _run(doc, stage, 5.0)
    assert spending.failure == "extraction failed in slow: ValueError: bad luck"
    check_time()  # the deadline went with the stage
