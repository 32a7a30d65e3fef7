"""Extraction in worker processes: a bounded pool with a time limit per request.

Extraction is CPU-bound Python: run in the server's own threads it holds the interpreter lock, and one long
text slows every read. Here it runs in separate processes (each with its own Pipeline, built once), so the
server's threads only wait on a pipe. At most ``workers`` requests run at once and ``queue`` more may wait;
past that /extract is refused at once (503) rather than queued without end. A request that is not done in
``seconds`` has its worker process killed (a new one starts on the next request) and gets a clear error.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import signal
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from accord.errors import AccordError
from accord.pipeline import ExtractionFailure, Outcome, Pipeline, PipelineOptions
from accord.records import Document

STARTUP_SECONDS = 300.0  # loading spaCy and accord's tables, on a busy machine


class PoolBusy(AccordError):
    """Every worker is busy and the queue is full."""


class PoolTimeout(AccordError):
    """A request ran past its time limit; its worker was stopped."""


@dataclass(frozen=True)
class PoolSettings:
    workers: int = 1
    queue: int = 8
    seconds: float = 60.0


class _Worker:
    def __init__(self, context: Any, options: PipelineOptions) -> None:
        parent, child = context.Pipe()
        self.conn: Connection = parent
        self.process: BaseProcess = context.Process(target=_serve, args=(child, options), daemon=True,
                                                    name="accord-extract")
        self.process.start()
        child.close()
        if not self.conn.poll(STARTUP_SECONDS):
            self.kill()
            raise PoolTimeout(f"the extraction worker did not start within {STARTUP_SECONDS:g} s")
        self.conn.recv()  # "ready"

    def run(self, documents: list[Document], seconds: float) -> list[Outcome]:
        self.conn.send(documents)
        if not self.conn.poll(seconds):
            raise PoolTimeout(f"extraction did not finish within {seconds:g} s; its worker was stopped")
        result: list[Outcome] = self.conn.recv()
        return result

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(5)
        if self.process.is_alive():
            self.kill()


class ExtractionPool:
    """Worker processes started on first use; ``extract`` is called from the server's threads."""

    def __init__(self, options: PipelineOptions, settings: PoolSettings | None = None) -> None:
        self.options = options
        self.settings = settings or PoolSettings()
        self._context = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._started = 0
        self._lock = threading.Lock()
        self._admitted = threading.BoundedSemaphore(self.settings.workers + self.settings.queue)
        self._closed = False

    def extract(self, documents: list[Document], *, wait: bool = False) -> list[Outcome]:
        """The outcome of each document, in order. Raises PoolBusy when full (unless ``wait``) and
        PoolTimeout past the time limit."""
        if not self._admitted.acquire(blocking=wait):
            raise PoolBusy(f"all {self.settings.workers} extraction workers are busy and "
                           f"{self.settings.queue} requests wait; try again shortly")
        try:
            worker = self._take()
            try:
                result = worker.run(documents, self.settings.seconds)
            except (PoolTimeout, EOFError, OSError) as error:
                self._discard(worker)
                if isinstance(error, PoolTimeout):
                    raise
                raise PoolTimeout(f"the extraction worker stopped unexpectedly ({error!r})") from error
            self._idle.put(worker)
            return result
        finally:
            self._admitted.release()

    def _take(self) -> _Worker:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            start = self._started < self.settings.workers
            if start:
                self._started += 1
        if start:
            try:
                return _Worker(self._context, self.options)
            except BaseException:
                with self._lock:
                    self._started -= 1
                raise
        return self._idle.get()

    def _discard(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._started -= 1

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().stop()
            except queue.Empty:
                return


class PoolExtractor:
    """The pool behind the Pipeline interface the ingest runner uses: a batch over the time limit fails
    its documents (with the reason) instead of the request."""

    def __init__(self, pool: ExtractionPool) -> None:
        self.pool = pool

    def extract_outcomes(self, documents: Iterable[Document]) -> Iterator[Outcome]:
        batch = list(documents)
        try:
            yield from self.pool.extract(batch, wait=True)
        except PoolTimeout as error:
            yield from (ExtractionFailure(d, str(error)) for d in batch)


def _serve(conn: Connection, options: PipelineOptions) -> None:
    """A worker process: build the pipeline once, then extract whatever batches arrive until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops its workers
    pipeline = Pipeline(options)
    _ = pipeline.nlp
    conn.send("ready")
    while True:
        try:
            documents = conn.recv()
        except (EOFError, OSError):
            return
        if documents is None:
            return
        conn.send(list(pipeline.extract_outcomes(documents)))
