"""`accord ingest --engine dask`: admission on the driver, coding on Dask workers, Parquet, then the store.

The driver reads the input and decides every item's fate in input order, exactly as the local runner does
(exact duplicates, new versions, near-duplicates), so both engines store the same thing. Only the costly
part, running the NLP pipeline, is spread over the workers, one partition per task.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from distributed import Client, LocalCluster, as_completed

from accord.batch import DEFAULT_NEAR_DUPLICATES, Admission, Admitted, IngestSummary, new_run_id
from accord.dedup.minhash import NearDuplicateOptions
from accord.dedup.recluster import recluster
from accord.distributed.plugin import (
    PLUGIN_NAME,
    PartitionTask,
    PipelinePlugin,
    cpu_seconds,
    extract_partition,
    peak_rss_mb,
)
from accord.distributed.runs import done_partitions, fingerprint, load_run, partition_log, read_run_id, runs_root
from accord.ingest.readers import ReadItem
from accord.pipeline import PipelineOptions
from accord.store.store import LogEntry, Store

ProgressCallback = Callable[[LogEntry], None]


@dataclass(frozen=True)
class DaskOptions:
    scheduler: str | None = None  # tcp://host:8786; None starts a LocalCluster
    workers: int = 2  # LocalCluster worker processes (one thread each)
    partition_size: int = 64  # documents per task and per Parquet file
    run_root: str | None = None  # where run directories go; default next to the DB


@dataclass
class DaskIngestResult:
    summary: IngestSummary
    run_dir: Path
    partitions: int
    reused: int  # partitions found already written by an earlier, interrupted attempt
    worker_peak_mb: dict[str, float] = field(default_factory=dict)
    worker_cpu_seconds: dict[str, float] = field(default_factory=dict)  # including the model load
    seconds: dict[str, float] = field(default_factory=dict)  # admit, startup, extract, load, cluster


def ingest_dask(
    items: Iterable[ReadItem],
    store: Store,
    pipeline_options: PipelineOptions,
    options: DaskOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
    near_duplicates: NearDuplicateOptions | None = DEFAULT_NEAR_DUPLICATES,
    cluster_events: bool = True,
) -> DaskIngestResult:
    """Ingest on Dask; resumable: rerun with the same inputs after a crash and finished partitions are kept."""
    options = options or DaskOptions()
    clock = _Clock()
    admission = Admission(store, near_duplicates)
    admitted = [admission.admit(item) for item in items]
    clock.lap("admit")
    key = fingerprint([
        [[a.entry.source, a.entry.status, a.entry.doc_id, a.entry.version, a.entry.content_hash] for a in admitted],
        options.partition_size, pipeline_options.model, list(pipeline_options.stages),
        list(pipeline_options.actor_files), repr(near_duplicates),
    ])
    run_dir = (Path(options.run_root or runs_root(store.path)) / key).resolve()  # workers may run elsewhere
    summary = IngestSummary(read_run_id(run_dir, new_run_id()))
    first_seq = _next_seq(store, summary.run_id)
    tasks = list(_partition_tasks(admitted, summary.run_id, run_dir, first_seq, options.partition_size))
    finished = done_partitions(run_dir)
    result = DaskIngestResult(summary, run_dir, len(tasks), len(finished & {t.index for t in tasks}))
    for task in tasks:
        if task.index in finished:
            _report(partition_log(run_dir, task.index), summary, progress)
    pending = [t for t in tasks if t.index not in finished]
    if pending:
        with _client(options) as client:
            client.register_plugin(PipelinePlugin(pipeline_options), name=PLUGIN_NAME)
            clock.lap("startup")
            futures = {client.submit(extract_partition, t, pure=False): t for t in pending}
            for future in as_completed(futures):  # type: ignore[no-untyped-call]
                future.result()  # re-raises a worker's error here
                _report(partition_log(run_dir, futures[future].index), summary, progress)
            clock.lap("extract")
            result.worker_peak_mb = {str(k): float(v) for k, v in client.run(peak_rss_mb).items()}
            result.worker_cpu_seconds = {str(k): float(v) for k, v in client.run(cpu_seconds).items()}
        clock.lap("shutdown")
    if tasks:
        load_run(store, run_dir, summary.run_id, len(tasks))
        clock.lap("load")
    if cluster_events:
        summary.clusters = recluster(store)
        clock.lap("cluster")
    result.seconds = clock.laps
    return result


class _Clock:
    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = round(now - self._last, 3)
        self._last = now


def _partition_tasks(
    admitted: list[Admitted], run_id: str, run_dir: Path, first_seq: int, size: int
) -> Iterator[PartitionTask]:
    for index, start in enumerate(range(0, len(admitted), size)):
        part = admitted[start : start + size]
        yield PartitionTask(
            index=index,
            run_id=run_id,
            run_dir=str(run_dir),
            first_seq=first_seq + start,
            documents=tuple((a.document, a.placement) for a in part if a.document and a.placement),
            log=tuple(a.entry for a in part),
            links=tuple(a.link for a in part if a.link),
            signatures=tuple(a.signature for a in part if a.signature),
        )


def _report(entries: list[LogEntry], summary: IngestSummary, progress: ProgressCallback | None) -> None:
    """Count a partition's outcomes as written (a document over its budget or refused by the store is failed)."""
    for entry in entries:
        summary.count(entry)
        if progress:
            progress(entry)


def _next_seq(store: Store, run_id: str) -> int:
    row = store.con.execute("SELECT coalesce(max(seq) + 1, 0) FROM ingest_log WHERE run_id = ?", [run_id]).fetchone()
    return int(row[0]) if row else 0


@contextmanager
def _client(options: DaskOptions) -> Iterator[Client]:
    """A client on the given scheduler, or on a LocalCluster that is always shut down afterwards."""
    if options.scheduler:
        with Client(options.scheduler) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=options.workers, threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=40,  # logging.ERROR: keep worker chatter off the user's terminal
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client
