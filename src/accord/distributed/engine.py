"""`accord ingest --engine dask`: admission on the driver, coding on Dask workers, Parquet, then the store.

The driver reads the input and decides every item's fate in input order, exactly as the local runner does
(exact duplicates, new versions, near-duplicates), so both engines store the same thing. Only the costly
part, running the NLP pipeline, is spread over the workers, one partition per task.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import dask.config
from distributed import Client, Future, LocalCluster, as_completed

from accord.batch import DEFAULT_NEAR_DUPLICATES, Admission, Admitted, IngestSummary, new_run_id
from accord.dedup.minhash import NearDuplicateOptions
from accord.dedup.recluster import recluster
from accord.dedup.window import sync_index
from accord.distributed.plugin import (
    PartitionTask,
    PipelinePlugin,
    cpu_seconds,
    extract_partition,
    peak_rss_mb,
    plugin_name,
)
from accord.distributed.profile import DriverClock, PartitionTiming
from accord.distributed.runs import (
    done_partitions,
    fingerprint,
    load_run,
    partition_log,
    read_run_id,
    remove_run,
    runs_root,
    store_state,
)
from accord.ingest.readers import ReadItem
from accord.pipeline import PipelineOptions
from accord.store.store import LogEntry, Store

ProgressCallback = Callable[[LogEntry], None]

# Dask's own periodic work, for a dashboard nobody reads on the cluster accord starts: the statistical profiler
# samples each worker's stack every 10 ms, every server checks its event loop every 20 ms and polls psutil
# every 0.5 s, the memory monitors every 0.1 s. Idle, that costs the driver (scheduler and nannies) 3% of a
# core and each worker 2-3%; on a machine with a core per worker it is taken from coding. The memory limits
# and the blocked-loop warnings still work at these intervals.
QUIET_CLUSTER = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


@dataclass(frozen=True)
class DaskOptions:
    scheduler: str | None = None  # tcp://host:8786; None starts a LocalCluster
    workers: int = 2  # LocalCluster worker processes (one thread each)
    partition_size: int = 64  # documents per task and per Parquet file
    run_root: str | None = None  # where run directories go; default next to the DB
    keep_parts: bool = False  # keep the run's Parquet directory after a successful load


@dataclass
class DaskIngestResult:
    summary: IngestSummary
    run_dir: Path
    partitions: int
    reused: int  # partitions found already written by an earlier, interrupted attempt
    worker_peak_mb: dict[str, float] = field(default_factory=dict)
    worker_cpu_seconds: dict[str, float] = field(default_factory=dict)  # including the model load
    seconds: dict[str, float] = field(default_factory=dict)  # startup, extract (with admission), load, cluster
    kept: bool = False  # the run directory is still there (--keep-parts)
    driver_busy: dict[str, float] = field(default_factory=dict)  # the driver's own seconds during extract
    timings: list[PartitionTiming] = field(default_factory=list)  # each partition coded in this run
    driver_cpu: dict[str, float] = field(default_factory=dict)  # the driver's CPU seconds in each phase
    worker_cpu_coding: dict[str, float] = field(default_factory=dict)  # each worker's CPU once its model loaded


def ingest_dask(
    items: Iterable[ReadItem],
    store: Store,
    pipeline_options: PipelineOptions,
    options: DaskOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
    near_duplicates: NearDuplicateOptions | None = DEFAULT_NEAR_DUPLICATES,
    cluster_events: bool = True,
    inputs_key: str | None = None,
) -> DaskIngestResult:
    """Ingest on Dask, streaming: each partition is submitted as soon as it is admitted, and the driver holds
    only the partitions in flight.

    Resumable when ``inputs_key`` names the inputs (``runs.inputs_key`` of the paths: their names, sizes and
    modification times): rerun with the same inputs against the same store after a crash, and the partitions
    already written are kept. Without it (an arbitrary stream) each run gets a fresh directory. The run's
    Parquet directory is removed once loaded, unless ``options.keep_parts``.
    """
    options = options or DaskOptions()
    clock = _Clock()
    run_dir = _run_dir(store, pipeline_options, options, near_duplicates, inputs_key)
    summary = IngestSummary(read_run_id(run_dir, new_run_id()))
    finished = done_partitions(run_dir)
    streamer = _Streamer(store, run_dir, summary, pipeline_options, options, near_duplicates, finished, progress)
    try:
        streamer.run(items, clock)
    finally:
        streamer.close()
    result = DaskIngestResult(summary, run_dir, streamer.partitions, streamer.reused,
                              streamer.worker_peak_mb, streamer.worker_cpu_seconds,
                              driver_busy={k: round(v, 3) for k, v in streamer.driver.busy.items()},
                              timings=streamer.timings)
    clock.lap("shutdown")
    if streamer.partitions:
        load_run(store, run_dir, summary.run_id, streamer.partitions)
        if near_duplicates is not None:
            sync_index(store, near_duplicates)  # what this run stored: the next run starts at once
        clock.lap("load")
    result.kept = options.keep_parts
    if not options.keep_parts:
        remove_run(run_dir)
    if cluster_events:
        summary.clusters = recluster(store)
        clock.lap("cluster")
    result.seconds, result.driver_cpu = clock.laps, clock.cpu_laps
    result.worker_cpu_coding = streamer.worker_cpu_coding
    return result


def _run_dir(store: Store, pipeline_options: PipelineOptions, options: DaskOptions,
             near_duplicates: NearDuplicateOptions | None, inputs_key: str | None) -> Path:
    """Named by what decides the run's output: the inputs, the store's state, the options (see runs.py)."""
    root = Path(options.run_root or runs_root(store.path))
    if inputs_key is None:
        return (root / f"stream-{new_run_id()}").resolve()
    key = fingerprint([inputs_key, store_state(store), options.partition_size, plugin_name(pipeline_options),
                       repr(near_duplicates)])
    return (root / key).resolve()  # workers may run elsewhere: an absolute path


class _Streamer:
    """Admits items in input order, cuts them into partitions and keeps a bounded number in flight."""

    def __init__(self, store: Store, run_dir: Path, summary: IngestSummary, pipeline_options: PipelineOptions,
                 options: DaskOptions, near: NearDuplicateOptions | None, finished: set[int],
                 progress: ProgressCallback | None) -> None:
        self.admission = Admission(store, near)
        self.run_dir, self.summary, self.options = run_dir, summary, options
        self.pipeline_options, self.finished, self.progress = pipeline_options, finished, progress
        self.first_seq = _next_seq(store, summary.run_id)
        self.partitions = self.reused = 0
        self.worker_peak_mb: dict[str, float] = {}
        self.worker_cpu_seconds: dict[str, float] = {}
        self.worker_cpu_coding: dict[str, float] = {}  # each worker's CPU after its model was loaded
        self._worker_cpu_loaded: dict[str, float] = {}
        self._client: ExitStack | None = None
        self._dask: Client | None = None
        self._plugin: str | None = None
        self._in_flight: dict[Future, int] = {}  # type: ignore[type-arg]
        self.driver = DriverClock()
        self.timings: list[PartitionTiming] = []

    def run(self, items: Iterable[ReadItem], clock: _Clock) -> None:
        part: list[Admitted] = []
        for item in self._read(items):
            with self.driver.timing("admit"):
                admitted = self.admission.admit(item)
            part.append(admitted)
            if len(part) >= self.options.partition_size:
                self._partition(part, clock)
                part = []
        if part:
            self._partition(part, clock)
        while self._in_flight:
            self._wait_one()
        clock.lap("extract")
        if self._dask is not None:
            self.worker_peak_mb = {str(k): float(v) for k, v in self._dask.run(peak_rss_mb).items()}
            self.worker_cpu_seconds = {str(k): float(v) for k, v in self._dask.run(cpu_seconds).items()}
            self.worker_cpu_coding = {k: round(v - self._worker_cpu_loaded.get(k, 0.0), 3)
                                      for k, v in self.worker_cpu_seconds.items()}

    def _read(self, items: Iterable[ReadItem]) -> Iterator[ReadItem]:
        iterator = iter(items)
        while True:
            with self.driver.timing("read"):
                item = next(iterator, None)
            if item is None:
                return
            yield item

    def _partition(self, part: list[Admitted], clock: _Clock) -> None:
        index = self.partitions
        first_seq = self.first_seq + index * self.options.partition_size  # every earlier one is full
        self.partitions += 1
        if index in self.finished:
            self.reused += 1
            _report(partition_log(self.run_dir, index), self.summary, self.progress)
            return
        client = self._connect(clock)
        task = PartitionTask(
            index=index, plugin=self._plugin or "", run_id=self.summary.run_id, run_dir=str(self.run_dir),
            first_seq=first_seq,
            documents=tuple((a.document, a.placement) for a in part if a.document and a.placement),
            log=tuple(a.entry for a in part), links=tuple(a.link for a in part if a.link),
            signatures=tuple(a.signature for a in part if a.signature),
        )
        with self.driver.timing("submit"):
            self._in_flight[client.submit(extract_partition, task, pure=False)] = index
        while len(self._in_flight) > self._window(client):
            self._wait_one()

    def _window(self, client: Client) -> int:
        """Partitions in flight: two per worker thread keeps every worker busy while the driver admits more."""
        threads = sum(client.nthreads().values()) or 1  # type: ignore[no-untyped-call]
        return 2 * threads

    def _wait_one(self) -> None:
        with self.driver.timing("wait"):
            done = next(as_completed(list(self._in_flight)))  # type: ignore[no-untyped-call]
        self._in_flight.pop(done)
        written = done.result()  # re-raises a worker's error here
        self.timings.append(written.timing)
        with self.driver.timing("report"):
            _report(list(written.log), self.summary, self.progress)

    def _connect(self, clock: _Clock) -> Client:
        if self._dask is None:
            self._client = ExitStack()
            self._dask = self._client.enter_context(_client(self.options))
            clock.lap("cluster_start")
            plugin = PipelinePlugin(self.pipeline_options)
            self._dask.register_plugin(plugin, name=plugin.name)
            self._plugin = plugin.name
            clock.lap("model_load")
            self._worker_cpu_loaded = {str(k): float(v) for k, v in self._dask.run(cpu_seconds).items()}
        return self._dask

    def close(self) -> None:
        """Unregister this run's plugin (a long-lived cluster lets the model go), then leave the cluster."""
        self.admission.close()
        if self._client is None:
            return
        if self._dask is not None and self._plugin is not None:
            with suppress(Exception):  # a cluster that went away has nothing left to unregister
                self._dask.unregister_worker_plugin(self._plugin)  # type: ignore[no-untyped-call]
        self._client.close()


class _Clock:
    """Wall seconds of each phase, and the driver's own CPU seconds in it (``cpu_laps``)."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self.cpu_laps: dict[str, float] = {}
        self._last = time.perf_counter()
        self._last_cpu = time.process_time()

    def lap(self, name: str) -> None:
        now, cpu = time.perf_counter(), time.process_time()
        self.laps[name] = round(now - self._last, 3)
        self.cpu_laps[name] = round(cpu - self._last_cpu, 3)
        self._last, self._last_cpu = now, cpu


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
        dask.config.set(QUIET_CLUSTER),  # read by the scheduler and nannies here, passed on to the workers
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=options.workers, threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=40,  # logging.ERROR: keep worker chatter off the user's terminal
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client
