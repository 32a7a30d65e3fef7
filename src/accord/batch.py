"""The local ingest runner: read -> place (dedup, versions) -> extract -> store, one transaction per batch."""

from __future__ import annotations

import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from accord.dedup.minhash import SCHEME, NearDuplicateMatch, NearDuplicateOptions, signature
from accord.dedup.recluster import ReclusterStats, recluster
from accord.dedup.window import WindowedIndex, sync_index
from accord.ingest.readers import ReadFailure, ReadItem
from accord.pipeline import ExtractionFailure, Outcome
from accord.pool import CodingPool
from accord.records import Document, Extraction
from accord.store.store import DocumentSignature, LogEntry, NearDuplicateLink, Placement, Store

ProgressCallback = Callable[[LogEntry], None]
DEFAULT_NEAR_DUPLICATES = NearDuplicateOptions()


@dataclass
class IngestSummary:
    run_id: str
    read: int = 0
    stored: int = 0
    new_versions: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0
    near_duplicates: int = 0
    failures: list[LogEntry] = field(default_factory=list)
    clusters: ReclusterStats | None = None
    log: list[LogEntry] = field(default_factory=list)  # every outcome, when the caller asked to keep them
    keep_log: bool = False

    def record(self, entry: LogEntry) -> None:
        self.count(entry)
        if self.keep_log:
            self.log.append(entry)

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
        elif entry.status == "near_duplicate":
            self.near_duplicates += 1
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
        if self.near_duplicates:
            parts.append(f"{self.near_duplicates} near-duplicates linked")
        return ", ".join(parts)


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]


class _Batch:
    """Documents waiting for extraction and the log lines of everything read since the last write."""

    def __init__(self) -> None:
        self.documents: list[tuple[Document, Placement]] = []
        self.log: list[LogEntry] = []
        self.links: list[NearDuplicateLink] = []
        self.signatures: list[DocumentSignature] = []

    def add(self, admitted: Admitted) -> None:
        self.log.append(admitted.entry)
        if admitted.document is not None and admitted.placement is not None:
            self.documents.append((admitted.document, admitted.placement))
        if admitted.link is not None:
            self.links.append(admitted.link)
        if admitted.signature is not None:
            self.signatures.append(admitted.signature)


class Extractor(Protocol):
    """What the runner needs of a pipeline: an outcome per document, in order (a Pipeline, or the API's
    pool of worker processes)."""

    def extract_outcomes(self, documents: Iterable[Document]) -> Iterator[Outcome]: ...


def ingest(
    items: Iterable[ReadItem],
    store: Store,
    pipeline: Extractor,
    *,
    batch_size: int = 64,
    progress: ProgressCallback | None = None,
    run_id: str | None = None,
    near_duplicates: NearDuplicateOptions | None = DEFAULT_NEAR_DUPLICATES,
    cluster_events: bool = True,
    keep_log: bool = False,
    pool: CodingPool | None = None,
) -> IngestSummary:
    """Store every readable document once; log the outcome of every input, in input order.

    Near-duplicates of stored articles (``near_duplicates=None`` turns this off) are linked, not coded;
    afterwards the event clusters of every block the new events touch are rebuilt. With a ``pool``, batches
    are coded by its worker processes while this process writes the batches already coded.
    """
    run = IngestRun(store, pipeline, batch_size=batch_size, progress=progress, run_id=run_id,
                    near_duplicates=near_duplicates, keep_log=keep_log, pool=pool)
    for item in items:
        run.add(item)
    return run.finish(cluster_events=cluster_events)


class IngestRun:
    """One ingest run fed item by item: admission in input order, coding batch by batch, one transaction per
    batch written in input order.

    Without a pool each batch is coded here and written at once. With a pool, up to one batch more than there
    are workers is in flight: while this process writes the oldest coded batch, every worker is coding a
    later one. (A document admitted while an earlier copy of its content is still in flight is logged as that
    copy's duplicate even if the copy then fails; a later run stores it. Without a pool the same holds within
    one batch.)
    """

    def __init__(
        self,
        store: Store,
        pipeline: Extractor,
        *,
        batch_size: int = 64,
        progress: ProgressCallback | None = None,
        run_id: str | None = None,
        near_duplicates: NearDuplicateOptions | None = DEFAULT_NEAR_DUPLICATES,
        keep_log: bool = False,
        pool: CodingPool | None = None,
    ) -> None:
        self.store = store
        self.pipeline = pipeline
        self.pool = pool
        self.batch_size = batch_size
        self.progress = progress
        self.summary = IngestSummary(run_id or new_run_id(), keep_log=keep_log)
        self.admission = Admission(store, near_duplicates)
        self.write_seconds = 0.0  # time spent in store writes, for `accord bench`
        self._seq = _next_seq(store, self.summary.run_id)
        self._batch = _Batch()
        self._in_flight: deque[tuple[Future[list[Outcome]], _Batch]] = deque()

    def add(self, item: ReadItem) -> None:
        admitted = self.admission.admit(item)
        self._batch.add(admitted)
        if self.progress:
            self.progress(admitted.entry)
        if len(self._batch.documents) >= self.batch_size:
            self._dispatch()

    def flush(self) -> None:
        """Code and write everything added so far (a short last batch included)."""
        if self._batch.log:
            self._dispatch()
        while self._in_flight:
            self._write_oldest()

    def finish(self, *, cluster_events: bool = True) -> IngestSummary:
        """Code and write what is left, then rebuild the event clusters the new events touch."""
        self.flush()
        self.admission.close()
        if self.admission.near is not None:
            sync_index(self.store, self.admission.near)  # what this run stored: the next run starts at once
        if cluster_events:
            self.summary.clusters = recluster(self.store)
        return self.summary

    def _dispatch(self) -> None:
        batch, self._batch = self._batch, _Batch()
        documents = [doc for doc, _ in batch.documents]
        if self.pool is not None:
            self._in_flight.append((self.pool.submit(documents), batch))
        else:
            coded: Future[list[Outcome]] = Future()
            coded.set_result(list(self.pipeline.extract_outcomes(documents)))
            self._in_flight.append((coded, batch))
        while len(self._in_flight) > (self.pool.workers if self.pool is not None else 0):
            self._write_oldest()

    def _write_oldest(self) -> None:
        future, batch = self._in_flight.popleft()
        stored, log = settle(future.result(), batch.documents, batch.log)
        start = time.perf_counter()
        written = self.store.write_batch(self.summary.run_id, stored, log, self._seq, links=batch.links,
                                         signatures=batch.signatures)
        self.write_seconds += time.perf_counter() - start
        for entry in written:
            self.summary.record(entry)
            if entry.status == "failed" and entry.doc_id is not None:
                self.admission.forget(entry)
        self._seq += len(written)


def settle(
    outcomes: Iterable[Outcome], documents: Sequence[tuple[Document, Placement]], log: Sequence[LogEntry]
) -> tuple[list[tuple[Extraction, Placement]], list[LogEntry]]:
    """The extractions to store with their placements, and the log with each document the pipeline gave up
    on marked failed with its reason."""
    stored: list[tuple[Extraction, Placement]] = []
    entries = list(log)
    for outcome, (document, placement) in zip(outcomes, documents, strict=True):
        if isinstance(outcome, ExtractionFailure):
            _mark_failed(entries, document, placement, outcome.reason)
        else:
            stored.append((outcome, placement))
    return stored, entries


def _mark_failed(entries: list[LogEntry], document: Document, placement: Placement, reason: str) -> None:
    for i, entry in enumerate(entries):
        if entry.doc_id == document.id and entry.version == placement.version and entry.status != "failed":
            entries[i] = LogEntry(entry.source, "failed", document.id, None, reason, document.content_hash)
            return


@dataclass(frozen=True)
class Admitted:
    """The fate of one read item: its log line and, when it is to be coded, the document and placement."""

    entry: LogEntry
    document: Document | None = None
    placement: Placement | None = None
    link: NearDuplicateLink | None = None
    signature: DocumentSignature | None = None


class Admission:
    """Decides each read item's fate in input order, remembering what this run admitted but has not written.

    Shared by the local runner and the Dask engine, so both store exactly the same documents.
    """

    def __init__(self, store: Store, near_duplicates: NearDuplicateOptions | None = DEFAULT_NEAR_DUPLICATES) -> None:
        self.store = store
        self.hashes: dict[str, str] = {}  # content hash -> id, for documents admitted in this run
        self.versions: dict[str, int] = {}
        self.linked: dict[str, str] = {}  # content hash -> reprint id, for near-duplicates linked in this run
        self.near = near_duplicates
        self.index = WindowedIndex(store, near_duplicates) if near_duplicates else None

    def admit(self, item: ReadItem) -> Admitted:
        if isinstance(item, ReadFailure):
            return Admitted(LogEntry(item.source, item.kind, doc_id=item.doc_id, reason=item.reason))
        doc = item
        placement = self._place(doc)
        if placement.status == "duplicate":
            same = f"same content as {placement.duplicate_of}"
            return Admitted(LogEntry(doc.source or doc.id, "duplicate", doc.id, None, same, doc.content_hash))
        minhash = signature(doc.text, self.near) if self.near and self.index is not None else None
        if minhash is not None and self.index is not None and placement.status == "stored":
            match = self.index.find(doc.id, minhash)
            if match is not None:
                return self._link(doc, match)
        reason = "; ".join(doc.notes) or None
        entry = LogEntry(doc.source or doc.id, placement.status, doc.id, placement.version, reason, doc.content_hash)
        self.hashes[doc.content_hash] = doc.id
        self.versions[doc.id] = placement.version
        stamp = None
        if minhash is not None and self.index is not None and self.near is not None:
            self.index.add(doc.id, placement.version, minhash)
            stamp = DocumentSignature(
                doc.id, placement.version, SCHEME, self.near.shingle_words, tuple(int(v) for v in minhash.hashvalues)
            )
        return Admitted(entry, doc, placement, signature=stamp)

    def close(self) -> None:
        """Let the near-duplicate index go (its files stay for the next run)."""
        if self.index is not None:
            self.index.close()

    def forget(self, entry: LogEntry) -> None:
        """A document admitted in this run was not stored after all: its content and version are free again."""
        if entry.content_hash is not None and self.hashes.get(entry.content_hash) == entry.doc_id:
            del self.hashes[entry.content_hash]
        if entry.doc_id is not None and entry.doc_id in self.versions:
            latest = self.store.latest_version(entry.doc_id)
            if latest is None:
                del self.versions[entry.doc_id]
            else:
                self.versions[entry.doc_id] = latest

    def _place(self, doc: Document) -> Placement:
        if doc.content_hash in self.hashes:
            return Placement("duplicate", 0, duplicate_of=self.hashes[doc.content_hash])
        linked = self.linked.get(doc.content_hash) or _linked_id(self.store, doc.content_hash)
        if linked is not None:
            return Placement("duplicate", 0, duplicate_of=linked)
        placement = self.store.place(doc)
        if placement.status != "duplicate" and doc.id in self.versions:
            placement = Placement("new_version", self.versions[doc.id] + 1)
        return placement

    def _link(self, doc: Document, match: NearDuplicateMatch) -> Admitted:
        self.linked[doc.content_hash] = doc.id
        reason = f"near-duplicate of {match.original_id} (similarity {match.similarity:.2f})"
        link = NearDuplicateLink(
            doc.id, doc.content_hash, match.original_id, match.original_version, match.similarity,
            doc.title, doc.url, doc.published, doc.source,
        )
        entry = LogEntry(doc.source or doc.id, "near_duplicate", doc.id, None, reason, doc.content_hash)
        return Admitted(entry, link=link)


def _linked_id(store: Store, content_hash: str) -> str | None:
    found = store.near_duplicate_by_hash(content_hash)
    return found[0] if found else None


def _next_seq(store: Store, run_id: str) -> int:
    row = store.con.execute("SELECT coalesce(max(seq) + 1, 0) FROM ingest_log WHERE run_id = ?", [run_id]).fetchone()
    return int(row[0]) if row else 0
