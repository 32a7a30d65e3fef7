"""What runs on a Dask worker: one Pipeline per worker process, and the task that codes one partition."""

from __future__ import annotations

import resource
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from distributed import get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from accord.batch import settle
from accord.distributed.runs import write_partition
from accord.pipeline import Pipeline, PipelineOptions
from accord.records import Document
from accord.store.store import DocumentSignature, LogEntry, NearDuplicateLink, Placement

PLUGIN_NAME = "accord-pipeline"


class PipelinePlugin(WorkerPlugin):
    """Loads spaCy and accord's stages once when a worker starts; every task on that worker reuses them."""

    idempotent = True

    def __init__(self, options: PipelineOptions) -> None:
        self.options = replace(options, jobs=1)  # the worker is the unit of parallelism
        self.pipeline: Pipeline | None = None

    def setup(self, worker: Any) -> None:
        self.pipeline = Pipeline(self.options)
        _ = self.pipeline.nlp  # load now, not inside the first task


@dataclass(frozen=True)
class PartitionTask:
    """One partition: a stretch of the input in order, with the admission decisions the driver made."""

    index: int
    run_id: str
    run_dir: str
    first_seq: int
    documents: tuple[tuple[Document, Placement], ...]
    log: tuple[LogEntry, ...]
    links: tuple[NearDuplicateLink, ...]
    signatures: tuple[DocumentSignature, ...]


def extract_partition(task: PartitionTask) -> int:
    """Code the partition's documents with this worker's Pipeline and write its Parquet files."""
    plugin = get_worker().plugins[PLUGIN_NAME]
    if not isinstance(plugin, PipelinePlugin) or plugin.pipeline is None:
        raise RuntimeError("accord worker plugin was not set up")
    outcomes = plugin.pipeline.extract_outcomes([doc for doc, _ in task.documents])
    stored, log = settle(outcomes, task.documents, task.log)  # a document over its budget is logged failed
    write_partition(Path(task.run_dir), task.index, task.run_id, stored, log, task.first_seq,
                    task.links, task.signatures)
    return task.index


def cpu_seconds() -> float:
    """CPU time (user + system) this process has used, in seconds."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return float(usage.ru_utime + usage.ru_stime)


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MiB (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
