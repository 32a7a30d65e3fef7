"""One pool of worker processes for a whole ingest run: each worker loads the pipeline once, codes whole batches.

A pool built per batch made every worker reload spaCy and the knowledge base for each batch (17 times per
thousand articles at 64 a batch) and left the workers idle while the parent wrote. Here the pool lives as
long as the run; the initializer builds the worker's Pipeline and loads its model before the first task, and
the runner (``accord.batch``) keeps more batches in flight than there are workers, so the parent writes one
batch while the workers code the next ones.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from types import TracebackType

from accord.pipeline import Outcome, Pipeline, PipelineOptions
from accord.records import Document


class _WorkerState:
    """The worker process's Pipeline. A class attribute set once by the initializer, in the worker only: the
    parent never builds one (its pool object holds none), so no state is shared or mutated across runs."""

    pipeline: Pipeline | None = None


def _load_pipeline(options: PipelineOptions) -> None:
    pipeline = Pipeline(replace(options, jobs=1))  # the worker is the unit of parallelism
    _ = pipeline.nlp  # load the model now, not inside the first batch
    _WorkerState.pipeline = pipeline


def _code_batch(documents: Sequence[Document]) -> list[Outcome]:
    pipeline = _WorkerState.pipeline
    if pipeline is None:  # cannot happen with the initializer; say so plainly if it ever does
        raise RuntimeError("accord worker process has no pipeline: its initializer did not run")
    return list(pipeline.extract_outcomes(documents))


def worker_count(jobs: int) -> int:
    """Worker processes for ``--jobs N``: at most one per core (more would only contend)."""
    return max(1, min(jobs, os.cpu_count() or 1))


class CodingPool:
    """``jobs`` worker processes, each with its own Pipeline, for as long as the ``with`` block lasts."""

    def __init__(self, options: PipelineOptions, jobs: int) -> None:
        self.workers = worker_count(jobs)
        self._executor = ProcessPoolExecutor(max_workers=self.workers, initializer=_load_pipeline,
                                             initargs=(options,))

    def submit(self, documents: Sequence[Document]) -> Future[list[Outcome]]:
        """Code one batch on a worker; the future's result is one outcome per document, in order."""
        return self._executor.submit(_code_batch, list(documents))

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> CodingPool:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
