"""What runs on a Dask worker: one Pipeline per worker process and run options, and the task that codes one
partition.

A scheduler may outlive many runs (``--scheduler``), and Dask keeps a worker plugin registered under a given
name for good: registering an idempotent plugin again under the same name is a no-op. So the plugin's name is
a hash of the options that change what the pipeline codes (model, stages, actor files and their contents,
budget), each task names the plugin it needs, and the driver unregisters it when the run ends. Two runs with
different options (one with ``--actors``, one without) each code with their own pipeline.
"""

from __future__ import annotations

import hashlib
import resource
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from distributed import get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from accord.batch import settle
from accord.distributed.malloc import relax_allocator
from accord.distributed.profile import PartitionTiming
from accord.distributed.runs import fingerprint, write_partition
from accord.pipeline import Pipeline, PipelineOptions
from accord.records import Document
from accord.store.store import DocumentSignature, LogEntry, NearDuplicateLink, Placement

PLUGIN_PREFIX = "accord-pipeline-"


def plugin_name(options: PipelineOptions) -> str:
    """The worker plugin's name for these options: equal options share it, any difference changes it.
    An actor file's contents count, not just its path: editing it between two runs is a different run."""
    single = replace(options, jobs=1)
    files = [[path, _file_digest(path)] for path in single.actor_files]
    return PLUGIN_PREFIX + fingerprint([repr(replace(single, actor_files=())), files])


def _file_digest(path: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "unreadable"  # the pipeline will say why when it loads the file


class PipelinePlugin(WorkerPlugin):
    """Loads spaCy and accord's stages once when a worker starts; every task of the run on that worker reuses
    them. Registered under ``plugin_name(options)``."""

    idempotent = True

    def __init__(self, options: PipelineOptions) -> None:
        self.options = replace(options, jobs=1)  # the worker is the unit of parallelism
        self.name = plugin_name(self.options)
        self.pipeline: Pipeline | None = None

    def setup(self, worker: Any) -> None:
        relax_allocator()  # the nanny's trim setting costs spaCy a quarter more CPU (see malloc.py)
        self.pipeline = Pipeline(self.options)
        _ = self.pipeline.nlp  # load now, not inside the first task

    def teardown(self, worker: Any) -> None:
        self.pipeline = None  # unregistered at the end of its run: the worker lets the model go


@dataclass(frozen=True)
class PartitionTask:
    """One partition: a stretch of the input in order, with the admission decisions the driver made."""

    index: int
    plugin: str  # the name of the worker plugin holding this run's pipeline
    run_id: str
    run_dir: str
    first_seq: int
    documents: tuple[tuple[Document, Placement], ...]
    log: tuple[LogEntry, ...]
    links: tuple[NearDuplicateLink, ...]
    signatures: tuple[DocumentSignature, ...]


@dataclass(frozen=True)
class PartitionWritten:
    """What a task hands back: its log lines as written (so the driver need not read them back) and timing."""

    log: tuple[LogEntry, ...]
    timing: PartitionTiming


def extract_partition(task: PartitionTask) -> PartitionWritten:
    """Code the partition's documents with this worker's Pipeline and write its Parquet files."""
    started, cpu = time.time(), time.process_time()
    worker = get_worker()
    plugin = worker.plugins.get(task.plugin)
    if not isinstance(plugin, PipelinePlugin) or plugin.pipeline is None:
        raise RuntimeError(f"accord worker plugin {task.plugin} was not set up on this worker")
    outcomes = list(plugin.pipeline.extract_outcomes([doc for doc, _ in task.documents]))
    coded, coded_cpu = time.time(), time.process_time()
    stored, log = settle(outcomes, task.documents, task.log)  # a document over its budget is logged failed
    written = write_partition(Path(task.run_dir), task.index, task.run_id, stored, log, task.first_seq,
                              task.links, task.signatures)
    timing = PartitionTiming(task.index, str(worker.address), len(task.documents),
                             sum(len(doc.text) for doc, _ in task.documents), started, coded, time.time(),
                             time.process_time() - cpu, coded_cpu - cpu)
    return PartitionWritten(tuple(written), timing)


def cpu_seconds() -> float:
    """CPU time (user + system) this process has used, in seconds."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return float(usage.ru_utime + usage.ru_stime)


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MiB (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
