"""Where a Dask ingest's time goes, measured inside one run: what each partition cost on its worker and what
the driver did meanwhile.

On a shared machine wall-clock ratios between two runs mostly measure the other load; the shape of one run
does not: the driver's serial seconds, each worker's busy and idle seconds and the tail (one worker still
coding while the other has nothing left) say what stands between the run and a perfect speed-up.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PartitionTiming:
    """One partition on its worker; times are the worker's wall clock (``time.time()``)."""

    index: int
    worker: str
    documents: int
    characters: int
    started: float
    coded: float  # the pipeline was done with the partition's documents
    finished: float  # its Parquet files and marker were written
    cpu_seconds: float  # the worker process's CPU time during the task
    pipeline_cpu: float  # of which coding (the rest: settling and writing Parquet)

    @property
    def busy(self) -> float:
        return self.finished - self.started


@dataclass
class DriverClock:
    """Seconds the driver spent in each kind of its own work (the rest of the run it waited on workers)."""

    busy: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    @contextmanager
    def timing(self, what: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.busy[what] += time.perf_counter() - start


@dataclass(frozen=True)
class WorkerShare:
    worker: str
    partitions: int
    documents: int
    busy: float  # seconds inside tasks
    idle: float  # seconds of the coding phase outside tasks
    coding: float  # of busy: the pipeline (the rest writes Parquet)


@dataclass(frozen=True)
class Timeline:
    """The coding phase of one run, from the first task's start to the last task's end."""

    span: float
    workers: tuple[WorkerShare, ...]
    tail: float  # the last seconds during which only one worker still had a task
    partition_busy: tuple[float, ...]  # each partition's seconds, in partition order

    def lines(self) -> list[str]:
        out = [f"coding phase {self.span:.1f} s; tail (one worker alone at the end) {self.tail:.1f} s"]
        for share in self.workers:
            out.append(f"  {share.worker}: {share.partitions} partitions, {share.documents} docs, busy "
                       f"{share.busy:.1f} s (pipeline {share.coding:.1f}, Parquet {share.busy - share.coding:.1f}),"
                       f" idle {share.idle:.1f} s")
        if self.partition_busy:
            sizes = sorted(self.partition_busy)
            out.append(f"  partition seconds: min {sizes[0]:.1f}, median {sizes[len(sizes) // 2]:.1f}, "
                       f"max {sizes[-1]:.1f} over {len(sizes)}")
        return out


def timeline(timings: Sequence[PartitionTiming]) -> Timeline | None:
    if not timings:
        return None
    start = min(t.started for t in timings)
    end = max(t.finished for t in timings)
    by_worker: dict[str, list[PartitionTiming]] = defaultdict(list)
    for timing in timings:
        by_worker[timing.worker].append(timing)
    shares = tuple(
        WorkerShare(worker, len(ts), sum(t.documents for t in ts), sum(t.busy for t in ts),
                    (end - start) - sum(t.busy for t in ts), sum(t.coded - t.started for t in ts))
        for worker, ts in sorted(by_worker.items())
    )
    last_ends = sorted(max(t.finished for t in ts) for ts in by_worker.values())
    tail = end - last_ends[-2] if len(last_ends) > 1 else 0.0
    ordered = tuple(t.busy for t in sorted(timings, key=lambda t: t.index))
    return Timeline(end - start, shares, tail, ordered)
