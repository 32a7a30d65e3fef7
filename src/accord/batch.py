"""The local ingest runner: read -> place (dedup, versions) -> extract -> store, one transaction per batch."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from accord.ingest.readers import ReadFailure, ReadItem
from accord.pipeline import Pipeline
from accord.records import Document
from accord.store.store import LogEntry, Placement, Store

ProgressCallback = Callable[[LogEntry], None]


@dataclass
class IngestSummary:
    run_id: str
    read: int = 0
    stored: int = 0
    new_versions: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0
    failures: list[LogEntry] = field(default_factory=list)

    def count(self, entry: LogEntry) -> None:
        self.read += 1
        if entry.status == "stored":
            self.stored += 1
        elif entry.status == "new_version":
            self.new_versions += 1
        elif entry.status == "duplicate":
            self.duplicates += 1
        elif entry.status == "skipped":
            self.skipped += 1
        else:
            self.failed += 1
            self.failures.append(entry)

    def line(self) -> str:
        parts = [
            f"{self.read} read",
            f"{self.stored} stored",
            f"{self.new_versions} new versions",
            f"{self.duplicates} duplicates skipped",
            f"{self.failed} failed",
        ]
        if self.skipped:
            parts.append(f"{self.skipped} unsupported files skipped")
        return ", ".join(parts)


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]


class _Batch:
    """Documents waiting for extraction and the log lines of everything read since the last write."""

    def __init__(self) -> None:
        self.documents: list[tuple[Document, Placement]] = []
        self.log: list[LogEntry] = []
        self.hashes: set[str] = set()
        self.versions: dict[str, int] = {}

    def clear(self) -> None:
        self.documents.clear()
        self.log.clear()
        self.hashes.clear()
        self.versions.clear()


def ingest(
    items: Iterable[ReadItem],
    store: Store,
    pipeline: Pipeline,
    *,
    batch_size: int = 64,
    progress: ProgressCallback | None = None,
    run_id: str | None = None,
) -> IngestSummary:
    """Store every readable document once; log the outcome of every input, in input order."""
    summary = IngestSummary(run_id or new_run_id())
    batch = _Batch()
    seq = _next_seq(store, summary.run_id)

    def flush() -> None:
        nonlocal seq
        extractions = pipeline.extract_documents([doc for doc, _ in batch.documents])
        stored = list(zip(extractions, (p for _, p in batch.documents), strict=True))
        store.write_batch(summary.run_id, stored, batch.log, seq)
        seq += len(batch.log)
        batch.clear()

    for item in items:
        entry = _admit(item, store, batch)
        summary.count(entry)
        if progress:
            progress(entry)
        if len(batch.documents) >= batch_size:
            flush()
    if batch.log:
        flush()
    return summary


def _admit(item: ReadItem, store: Store, batch: _Batch) -> LogEntry:
    """Decide the fate of one read item and queue it (and its log line) in the batch."""
    if isinstance(item, ReadFailure):
        entry = LogEntry(item.source, item.kind, doc_id=item.doc_id, reason=item.reason)
        batch.log.append(entry)
        return entry
    doc = item
    if doc.content_hash in batch.hashes:
        placement = Placement("duplicate", 0, duplicate_of=doc.id)
    else:
        placement = store.place(doc)
        if placement.status != "duplicate" and doc.id in batch.versions:
            placement = Placement("new_version", batch.versions[doc.id] + 1)
    reason = "; ".join(doc.notes) or None
    if placement.status == "duplicate":
        reason = f"same content as {placement.duplicate_of}"
        entry = LogEntry(doc.source or doc.id, "duplicate", doc.id, None, reason, doc.content_hash)
    else:
        entry = LogEntry(doc.source or doc.id, placement.status, doc.id, placement.version, reason, doc.content_hash)
        batch.documents.append((doc, placement))
        batch.hashes.add(doc.content_hash)
        batch.versions[doc.id] = placement.version
    batch.log.append(entry)
    return entry


def _next_seq(store: Store, run_id: str) -> int:
    row = store.con.execute("SELECT coalesce(max(seq) + 1, 0) FROM ingest_log WHERE run_id = ?", [run_id]).fetchone()
    return int(row[0]) if row else 0
