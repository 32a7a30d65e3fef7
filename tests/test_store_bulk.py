"""Bulk writes (one Arrow-fed INSERT per table per batch) store exactly what row-by-row inserts stored, keep
a refused document out alone, and mark only the latest of two versions in one batch current."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from accord.ingest.normalise import make_document
from accord.ingest.readers import read_inputs
from accord.pipeline import Pipeline
from accord.records import Document, Event, Extraction, Span
from accord.store import Store
from accord.store.bulk import arrow_table
from accord.store.rows import document_rows
from accord.store.schema import ALL_TABLES, SCALE_TABLES
from accord.store.store import LogEntry, Placement

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
FEEDS = [str(CORPUS / "wire_a.jsonl"), str(CORPUS / "outlets_bc.jsonl")]
VOLATILE = {"ingested_at", "logged_at", "detected_at", "updated_at", "loaded_at"}


def contents(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """Every table's rows (minus write timestamps), sorted, as text."""
    out = {}
    for table in (*ALL_TABLES, *SCALE_TABLES):
        cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in VOLATILE]
        out[table] = sorted(repr(row) for row in con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall())
    return out


def row_by_row(store: Store, run_id: str, batch: list[tuple[Extraction, Placement]], log: list[LogEntry]) -> None:
    """The writer as it was before bulk inserts: the same validated rows, one bound INSERT per row."""
    now = datetime(2026, 1, 1)
    with store.transaction():
        for extraction, placement in batch:
            rows = document_rows(store.shapes, extraction, placement.version, run_id, now)
            store.con.execute("UPDATE documents SET is_current = false WHERE doc_id = ?", [rows.doc_id])
            for table, values in rows.tables.items():
                if values:
                    store.con.executemany(store.shapes[table].insert_sql(), values)
        shape = store.shapes["ingest_log"]
        store.con.executemany(shape.insert_sql(), [shape.row({
            "run_id": run_id, "seq": i, "source": e.source, "doc_id": e.doc_id, "version": e.version,
            "status": e.status, "reason": e.reason, "content_hash": e.content_hash, "logged_at": now,
        }) for i, e in enumerate(log)])


def _fixture_batch(pipeline: Pipeline) -> tuple[list[tuple[Extraction, Placement]], list[LogEntry]]:
    documents = [d for d in read_inputs(FEEDS) if isinstance(d, Document)]
    unique = list({d.content_hash: d for d in documents}.values())
    extractions = list(pipeline.extract_documents(unique))
    batch = [(x, Placement("stored", 1)) for x in extractions]
    log = [LogEntry(x.document.source or x.document.id, "stored", x.document.id, 1, None, x.document.content_hash)
           for x in extractions]
    return batch, log


def test_bulk_writes_store_what_row_by_row_inserts_stored(tmp_path: Path, pipeline: Pipeline) -> None:
    batch, log = _fixture_batch(pipeline)
    with Store(tmp_path / "bulk.duckdb") as bulk, Store(tmp_path / "rows.duckdb") as rows:
        written = bulk.write_batch("run", batch, log, 0)
        assert all(e.status == "stored" for e in written), [e.reason for e in written if e.status != "stored"]
        row_by_row(rows, "run", batch, log)
        new, old = contents(bulk.con), contents(rows.con)
    assert old["events"] and old["quotes"] and old["places"] and old["sentences"]
    for table in old:
        assert new[table] == old[table], table


def test_a_refused_document_fails_alone_and_the_rest_land_in_bulk(tmp_path: Path) -> None:
    def extraction(doc_id: str, text: str) -> Extraction:
        document = make_document(id=doc_id, text=text, published="2024-05-01")
        event = Event(f"{doc_id}:e1", "CONSULT", Span("met", 0, 3), Span(text, 0, len(text)))
        return Extraction(document, events=(event,))

    first = [extraction("a", "Chile and Peru met on Monday.")]
    later = [extraction("b", "Ghana and Togo met."), extraction("c", "Chile and Peru met on Monday."),
             extraction("d", "Laos and Nepal met.")]

    def log_of(items: list[Extraction]) -> list[LogEntry]:
        return [LogEntry(x.document.id, "stored", x.document.id, 1, None, x.document.content_hash) for x in items]

    with Store(tmp_path / "a.duckdb") as store:
        store.write_batch("r1", [(x, Placement("stored", 1)) for x in first], log_of(first), 0)
        # "c" repeats "a"'s content: the unique content-hash index refuses it, and only it.
        written = store.write_batch("r2", [(x, Placement("stored", 1)) for x in later], log_of(later), 0)
        assert [e.status for e in written] == ["stored", "failed", "stored"]
        assert "refused" in (written[1].reason or "")
        docs = sorted(r[0] for r in store.con.execute("SELECT doc_id FROM documents").fetchall())
        events = sorted(r[0] for r in store.con.execute("SELECT doc_id FROM events").fetchall())
        logged = store.con.execute("SELECT count(*) FROM ingest_log WHERE run_id = 'r2'").fetchone()
    assert docs == events == ["a", "b", "d"]
    assert logged == (3,)


def test_two_versions_in_one_batch_leave_only_the_later_current(tmp_path: Path) -> None:
    old = Extraction(make_document(id="x", text="Version one of the article."))
    new = Extraction(make_document(id="x", text="Version two of the article, changed."))
    batch = [(old, Placement("stored", 1)), (new, Placement("new_version", 2))]
    log = [LogEntry("x", "stored", "x", 1, None, old.document.content_hash),
           LogEntry("x", "new_version", "x", 2, None, new.document.content_hash)]
    with Store(tmp_path / "a.duckdb") as store:
        store.write_batch("r", batch, log, 0)
        current = store.con.execute("SELECT version, is_current FROM documents ORDER BY version").fetchall()
        third = Extraction(make_document(id="x", text="Version three, in a later batch."))
        store.write_batch("r", [(third, Placement("new_version", 3))],
                          [LogEntry("x", "new_version", "x", 3, None, third.document.content_hash)], 2)
        after = store.con.execute("SELECT version, is_current FROM documents ORDER BY version").fetchall()
    assert current == [(1, False), (2, True)]
    assert after == [(1, False), (2, False), (3, True)]


def test_a_column_type_without_an_arrow_type_is_refused_by_name(tmp_path: Path) -> None:
    from accord.errors import StoreError
    from accord.store.rows import Column, TableShape

    shape = TableShape("t", (Column("c", "HUGEINT", True),))
    with pytest.raises(StoreError, match=r"t\.c: no Arrow type for the column type HUGEINT"):
        arrow_table(shape, [(1,)])
