"""The embedded DuckDB store: open, migrate, write extractions in transactions, log every input."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from accord.errors import RecordError, SchemaError, StoreError, StoreLockedError
from accord.records import Document, Extraction
from accord.store import queries
from accord.store.bulk import bulk_insert
from accord.store.holder import locked_message
from accord.store.queries import Filters
from accord.store.rows import Column, DocumentRows, Row, TableShape, document_rows, safe_url
from accord.store.schema import ALL_TABLES, EXTRACTION_TABLES, LATEST_VERSION, MIGRATIONS, SCALE_TABLES

DEFAULT_DB = "accord.duckdb"
STORED_STATUSES = frozenset({"stored", "new_version"})
# What a refused write raises: DuckDB's own errors, and the binder's for a value it cannot convert.
_WRITE_ERRORS = (duckdb.Error, pa.ArrowException, ValueError, TypeError, OverflowError)


@dataclass(frozen=True)
class Placement:
    """Where a read document goes: stored as (doc_id, version), or a duplicate of an existing one."""

    status: str  # stored | new_version | duplicate
    version: int
    duplicate_of: str | None = None


@dataclass(frozen=True)
class LogEntry:
    source: str
    status: str  # stored | new_version | duplicate | failed | skipped
    doc_id: str | None = None
    version: int | None = None
    reason: str | None = None
    content_hash: str | None = None


@dataclass(frozen=True)
class NearDuplicateLink:
    """A reprint that is not stored or coded, linked to the stored article it repeats."""

    doc_id: str
    content_hash: str
    original_id: str
    original_version: int
    similarity: float
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class DocumentSignature:
    """The MinHash of a stored document version, kept so later runs can find its reprints."""

    doc_id: str
    version: int
    scheme: str
    shingle_words: int
    hashvalues: tuple[int, ...]


class Store:
    """One DuckDB file. Only one process may hold it for writing; readers may open it read-only."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        self._shapes: dict[str, TableShape] | None = None
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as error:
            if "lock" in str(error).lower():
                raise StoreLockedError(locked_message(self.path, str(error))) from error
            raise StoreError(f"cannot open store {self.path}: {error}") from error
        except duckdb.Error as error:
            raise StoreError(f"cannot open store {self.path}: {error}") from error
        if not read_only:
            self.migrate()
        elif self.schema_version() == 0:
            raise SchemaError(f"{self.path} is not an accord store (no schema); ingest something first")

    # --- lifecycle ------------------------------------------------------------------------------

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def schema_version(self) -> int:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP)")
        current = self.schema_version()
        if current > LATEST_VERSION:
            raise SchemaError(
                f"{self.path} has schema version {current}, newer than this accord ({LATEST_VERSION}); upgrade"
            )
        for version, sql in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction():
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_version VALUES (?, ?)", [version, _now()])

    def transaction(self) -> _Transaction:
        return _Transaction(self.con)

    # --- placement of incoming documents --------------------------------------------------------

    def place(self, document: Document) -> Placement:
        """Decide what storing this document means: a duplicate, a new version, or a first version."""
        same = self.con.execute(
            "SELECT doc_id, version FROM documents WHERE content_hash = ?", [document.content_hash]
        ).fetchone()
        if same:
            return Placement("duplicate", int(same[1]), duplicate_of=str(same[0]))
        latest = self.con.execute(
            "SELECT max(version) FROM documents WHERE doc_id = ?", [document.id]
        ).fetchone()
        if latest and latest[0] is not None:
            return Placement("new_version", int(latest[0]) + 1)
        return Placement("stored", 1)

    def latest_version(self, doc_id: str) -> int | None:
        row = self.con.execute("SELECT max(version) FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    # --- writes ---------------------------------------------------------------------------------

    def write_batch(
        self,
        run_id: str,
        stored: Sequence[tuple[Extraction, Placement]],
        log: Sequence[LogEntry],
        first_seq: int,
        *,
        links: Sequence[NearDuplicateLink] = (),
        signatures: Sequence[DocumentSignature] = (),
    ) -> list[LogEntry]:
        """Write a batch of extractions and their log lines; return the log lines as written.

        Every document's rows are validated first (``rows.document_rows``), then the batch is written in one
        transaction, one bulk insert per table (``bulk.bulk_insert``). A document whose rows are invalid, or
        that the database refuses, is left out alone: its log line becomes ``failed`` with the reason and the
        rest of the batch is stored (after a refusal, by retrying each document in a transaction of its own)."""
        now = _now()
        entries = list(log)
        ready: list[DocumentRows] = []
        for extraction, placement in stored:
            try:
                ready.append(document_rows(self.shapes, extraction, placement.version, run_id, now))
            except RecordError as error:
                _fail(entries, extraction.document.id, placement.version, f"not stored: {error}")
        for rows in ready:
            _note(entries, rows)
        try:
            with self.transaction():
                self._write_documents(ready)
                self._write_rest(run_id, entries, first_seq, links, signatures, ready, now)
            return entries
        except _WRITE_ERRORS:
            pass  # one document's rows (or more) were refused: find which, one transaction each
        written = []
        for rows in ready:
            try:
                with self.transaction():
                    self._write_documents([rows])
                written.append(rows)
            except _WRITE_ERRORS as error:
                _fail(entries, rows.doc_id, rows.version, f"not stored: the database refused it: {error}")
        with self.transaction():
            self._write_rest(run_id, entries, first_seq, links, signatures, written, now)
        return entries

    def _write_documents(self, documents: Sequence[DocumentRows]) -> None:
        """The documents' rows, one statement per table; an earlier version of each stops being current."""
        if not documents:
            return
        # Only a version after the first can have an earlier one in the store (placement numbers versions
        # from the store's latest), so a batch of new articles costs no scan of the documents table.
        ids = sorted({rows.doc_id for rows in documents if rows.version > 1})
        if ids:
            self.con.execute("UPDATE documents SET is_current = false WHERE list_contains(?, doc_id)", [ids])
        for table in self._table_order(documents):
            shape = self.shapes[table]
            values = [row for rows in documents for row in rows.tables.get(table, ())]
            if table == "documents":
                values = _only_latest_current(shape, values)
            bulk_insert(self.con, shape, values)

    @staticmethod
    def _table_order(documents: Sequence[DocumentRows]) -> list[str]:
        """Every table the documents have rows for, in the order the rows were made (documents first)."""
        order: dict[str, None] = {}
        for rows in documents:
            order.update(dict.fromkeys(rows.tables))
        return list(order)

    def _write_rest(
        self, run_id: str, entries: Sequence[LogEntry], first_seq: int, links: Sequence[NearDuplicateLink],
        signatures: Sequence[DocumentSignature], written: Sequence[DocumentRows], now: datetime,
    ) -> None:
        """The batch's near-duplicate links, the signatures of the documents written, and every log line."""
        kept = {(r.doc_id, r.version) for r in written}
        self.insert_rows("near_duplicates", [
            {"doc_id": k.doc_id, "content_hash": k.content_hash, "original_id": k.original_id,
             "original_version": k.original_version, "similarity": k.similarity, "title": k.title,
             "url": safe_url(k.url), "published": k.published, "source": k.source, "run_id": run_id,
             "detected_at": now} for k in links])
        self.insert_rows("document_signatures", [
            {"doc_id": g.doc_id, "version": g.version, "scheme": g.scheme, "shingle_words": g.shingle_words,
             "hashvalues": list(g.hashvalues)} for g in signatures if (g.doc_id, g.version) in kept])
        self.insert_rows("ingest_log", [_log_values(run_id, first_seq + i, e, now) for i, e in enumerate(entries)])

    # --- near-duplicates and signatures (corpus scale) -----------------------------------------

    def current_signatures(
        self, scheme: str, shingle_words: int, window_days: int | None = None
    ) -> list[tuple[str, int, list[int]]]:
        """(doc_id, version, hash values) of current documents signed the given way; with ``window_days``,
        only those published within that many days of the newest document (undated ones always)."""
        window = (
            "" if window_days is None else
            " AND (d.published IS NULL OR d.published >= (SELECT max(published) FROM documents WHERE is_current)"
            f" - INTERVAL {int(window_days)} DAY)"
        )
        rows = self.con.execute(
            "SELECT s.doc_id, s.version, s.hashvalues FROM document_signatures s"
            " JOIN documents d ON d.doc_id = s.doc_id AND d.version = s.version"
            f" WHERE d.is_current AND s.scheme = ? AND s.shingle_words = ?{window} ORDER BY s.doc_id",
            [scheme, shingle_words],
        ).fetchall()
        return [(str(r[0]), int(r[1]), list(r[2])) for r in rows]

    def near_duplicate_by_hash(self, content_hash: str) -> tuple[str, str] | None:
        """(reprint id, original id) when this exact content was already linked as a near-duplicate."""
        row = self.con.execute(
            "SELECT doc_id, original_id FROM near_duplicates WHERE content_hash = ?", [content_hash]
        ).fetchone()
        return (str(row[0]), str(row[1])) if row else None

    def near_duplicates(self, original_id: str | None = None) -> list[dict[str, Any]]:
        return queries.list_near_duplicates(self.con, original_id)

    def event_clusters(self, filters: Filters | None = None, **kwargs: Any) -> list[dict[str, Any]]:
        """Real-world events: mentions of one happening across articles, with mention and source counts."""
        return queries.list_event_clusters(self.con, filters or Filters(**kwargs))

    def cluster_mentions(self, cluster_id: str) -> list[dict[str, Any]]:
        """The event mentions (rows like `events`) grouped in one cluster."""
        return queries.list_cluster_mentions(self.con, cluster_id)

    @property
    def shapes(self) -> dict[str, TableShape]:
        """Every table's columns as the database declares them (read once: the schema is migrated on open)."""
        if self._shapes is None:
            found: dict[str, list[Column]] = {}
            for table, name, kind, nullable in self.con.execute(
                "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns"
                " WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"
            ).fetchall():
                found.setdefault(str(table), []).append(Column(str(name), str(kind), nullable == "YES"))
            self._shapes = {t: TableShape(t, tuple(cols)) for t, cols in found.items()}
        return self._shapes

    def insert_rows(self, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
        """Insert rows given by column name, validated against the table's declared columns, in one statement
        (inside the caller's transaction, if any). An invalid value raises RecordError naming it."""
        if rows:
            shape = self.shapes[table]
            bulk_insert(self.con, shape, [shape.row(r) for r in rows])


    # --- queries (the same the CLI and the HTTP API use) ------------------------------------------

    def events(self, filters: Filters | None = None, **kwargs: Any) -> list[dict[str, Any]]:
        return queries.list_events(self.con, filters or Filters(**kwargs))

    def documents(self, filters: Filters | None = None, **kwargs: Any) -> list[dict[str, Any]]:
        return queries.list_documents(self.con, filters or Filters(**kwargs))

    def quotes(self, filters: Filters | None = None, **kwargs: Any) -> list[dict[str, Any]]:
        return queries.list_quotes(self.con, filters or Filters(**kwargs))

    def actors(self, filters: Filters | None = None, **kwargs: Any) -> list[dict[str, Any]]:
        return queries.list_actors(self.con, filters or Filters(**kwargs))

    def stats(self) -> dict[str, Any]:
        return queries.summary_stats(self.con)

    def ingest_log(self, run_id: str | None = None) -> list[dict[str, Any]]:
        return queries.ingest_log(self.con, run_id)

    # --- maintenance ----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for table in ALL_TABLES:
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def export_parquet(
        self, directory: str | Path, tables: Iterable[str] = (*ALL_TABLES, *SCALE_TABLES)
    ) -> list[Path]:
        """Write every table as ``DIR/<table>.parquet``."""
        out_dir = Path(directory)
        out_dir.mkdir(parents=True, exist_ok=True)
        written = []
        for table in tables:
            target = out_dir / f"{table}.parquet"
            self.con.execute(f"COPY {table} TO '{_sql_path(target)}' (FORMAT PARQUET)")
            written.append(target)
        return written


class _Transaction:
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def __enter__(self) -> None:
        self.con.execute("BEGIN TRANSACTION")

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.con.execute("ROLLBACK" if exc_type else "COMMIT")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _fail(entries: list[LogEntry], doc_id: str, version: int, reason: str) -> None:
    """Turn the log line of the stored document ``doc_id`` / ``version`` into a failure with ``reason``."""
    for i, e in enumerate(entries):
        if e.doc_id == doc_id and e.version == version and e.status in STORED_STATUSES:
            entries[i] = LogEntry(e.source, "failed", doc_id, None, reason, e.content_hash)
            return


def _only_latest_current(shape: TableShape, rows: list[Row]) -> list[Row]:
    """Document rows with ``is_current`` true only on the latest version of each id among them: one batch may
    hold two versions of an article (it changed between two inputs of one run), and only the later is current."""
    id_at, version_at, current_at = (shape.names.index(n) for n in ("doc_id", "version", "is_current"))
    latest: dict[str, int] = {}
    for row in rows:
        latest[row[id_at]] = max(latest.get(row[id_at], row[version_at]), row[version_at])
    return [row if row[version_at] == latest[row[id_at]] else
            (*row[:current_at], False, *row[current_at + 1:]) for row in rows]


def _note(entries: list[LogEntry], rows: DocumentRows) -> None:
    """Add what normalising a document's rows changed to its log line."""
    if not rows.notes:
        return
    for i, e in enumerate(entries):
        if e.doc_id == rows.doc_id and e.version == rows.version and e.status in STORED_STATUSES:
            notes = "; ".join([*([e.reason] if e.reason else []), *rows.notes])
            entries[i] = replace(e, reason=notes if len(notes) <= 2000 else notes[:1997] + "...")
            return


def _log_values(run_id: str, seq: int, e: LogEntry, now: datetime) -> dict[str, Any]:
    """A log line's values; its text is made storable (a source name may hold anything a path can)."""
    return {"run_id": run_id, "seq": seq, "source": _storable(e.source) or "?", "doc_id": _storable(e.doc_id),
            "version": e.version, "status": e.status, "reason": _storable(e.reason),
            "content_hash": e.content_hash, "logged_at": now}


def _storable(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.replace("\x00", "\\x00")
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def open_store(path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> Store:
    """Open (and create or migrate, unless read-only) an accord store."""
    return Store(path, read_only=read_only)


__all__ = [
    "DEFAULT_DB",
    "EXTRACTION_TABLES",
    "DocumentSignature",
    "LogEntry",
    "NearDuplicateLink",
    "Placement",
    "Store",
    "open_store",
]
