"""The embedded DuckDB store: open, migrate, write extractions in transactions, log every input."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from accord.errors import SchemaError, StoreError, StoreLockedError
from accord.records import Actor, Document, Event, Extraction
from accord.store import queries
from accord.store.queries import Filters
from accord.store.schema import ALL_TABLES, EXTRACTION_TABLES, LATEST_VERSION, MIGRATIONS, SCALE_TABLES

DEFAULT_DB = "accord.duckdb"

Row = tuple[Any, ...]


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
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as error:
            if "lock" in str(error).lower():
                raise StoreLockedError(
                    f"{self.path} is in use by another accord process (only one writer at a time); "
                    "wait for it to finish or use another --db"
                ) from error
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
    ) -> None:
        """Write a batch of extractions and their log lines in one transaction: all or nothing."""
        with self.transaction():
            for extraction, placement in stored:
                self._write_extraction(run_id, extraction, placement.version)
            self._write_links(run_id, links)
            self._insert(
                "document_signatures",
                [(g.doc_id, g.version, g.scheme, g.shingle_words, list(g.hashvalues)) for g in signatures],
            )
            self.con.executemany(
                "INSERT INTO ingest_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    [run_id, first_seq + i, e.source, e.doc_id, e.version, e.status, e.reason, e.content_hash, _now()]
                    for i, e in enumerate(log)
                ],
            )

    def _write_extraction(self, run_id: str, x: Extraction, version: int) -> None:
        d = x.document
        key = (d.id, version)
        self.con.execute("UPDATE documents SET is_current = false WHERE doc_id = ?", [d.id])
        self.con.execute(
            "INSERT INTO documents VALUES (?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [d.id, version, d.title, d.url, d.published, d.source, d.content_hash, d.text, len(d.text), _now(),
             run_id],
        )
        self._insert("sentences", [(*key, s.index, s.start, s.end, s.text) for s in x.sentences])
        self._insert("entities", [(*key, i, e.text, e.label, e.start, e.end) for i, e in enumerate(x.entities)])
        self._insert(
            "actors",
            [(*key, i, a.text, a.name, a.country, a.sector, a.role, a.kind, a.start, a.end)
             for i, a in enumerate(x.actors)],
        )
        self._insert("events", [(*key, *_event_row(e, d.published)) for e in x.events])
        self._insert("event_participants", [(*key, *row) for e in x.events for row in _participant_rows(e)])
        self._insert(
            "quotes",
            [(*key, q.id, q.text, q.start, q.end, q.direct, q.cue, *_actor_cols(q.speaker), q.type,
              q.attribution or q.id, list(q.events)) for q in x.quotes],
        )
        self._insert(
            "places",
            [(*key, i, p.text, p.name, p.country, p.lat, p.lon, p.feature, p.is_actor, p.start, p.end)
             for i, p in enumerate(x.places)],
        )
        self._insert(
            "dates",
            [(*key, i, t.text, t.value, t.granularity, t.source, t.start, t.end) for i, t in enumerate(x.dates)],
        )
        self._insert(
            "quantities",
            [(*key, i, q.text, q.value, q.unit, q.qualifier, q.category, q.country, q.start, q.end)
             for i, q in enumerate(x.quantities)],
        )

    def _write_links(self, run_id: str, links: Sequence[NearDuplicateLink]) -> None:
        self._insert(
            "near_duplicates",
            [(k.doc_id, k.content_hash, k.original_id, k.original_version, k.similarity, k.title, k.url,
              k.published, k.source, run_id, _now()) for k in links],
        )

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

    def _insert(self, table: str, rows: Sequence[Row]) -> None:
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            self.con.executemany(f"INSERT INTO {table} VALUES ({marks})", [list(r) for r in rows])

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


def _actor_cols(actor: Actor | None) -> tuple[str | None, str | None, str | None, str | None]:
    if actor is None:
        return (None, None, None, None)
    return (actor.text, actor.name, actor.country, actor.sector)


def _event_day(value: str | None, published: str | None) -> str | None:
    """A sortable day for date filters: the event's own date padded to its first day, else publication."""
    if value and value[:4].isdigit():
        parts = value.split("-")
        return "-".join([parts[0], *(parts[1:2] or ["01"]), *(parts[2:3] or ["01"])])
    return published


def _event_row(e: Event, published: str | None) -> Row:
    date = e.date.value if e.date else None
    loc = e.location
    return (
        e.id, e.type, e.mode, list(e.context), e.cameo, e.score, e.quad, e.negated, e.reciprocal,
        *_actor_cols(e.attributed_to)[:3],
        date, e.date.granularity if e.date else None, _event_day(date, published),
        (loc.name or loc.text) if loc else None, loc.country if loc else None,
        loc.lat if loc else None, loc.lon if loc else None,
        e.trigger.text, e.trigger.start, e.trigger.end,
        e.sentence.text, e.sentence.start, e.sentence.end,
        e.confidence, e.cluster,
        sorted({a.country for a in e.actor if a.country}),
        sorted({a.country for a in e.recipient if a.country}),
        json.dumps([q.to_dict() for q in e.quantities]),
    )


def _participant_rows(e: Event) -> list[Row]:
    rows: list[Row] = []
    for role, actors in (("actor", e.actor), ("recipient", e.recipient)):
        for i, a in enumerate(actors):
            rows.append((e.id, role, i, a.text, a.name, a.country, a.sector, a.start, a.end))
    return rows


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
