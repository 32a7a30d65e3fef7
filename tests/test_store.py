"""The DuckDB store through the real ingest path: idempotency, versions, logging, locking, atomic batches."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from accord.batch import ingest
from accord.errors import SchemaError, StoreLockedError
from accord.ingest import read_inputs
from accord.pipeline import Pipeline
from accord.store import Store, open_store
from accord.store.schema import ALL_TABLES, LATEST_VERSION, SCALE_TABLES

BACKBONE = Path(__file__).parent / "fixtures" / "backbone"


def _ingest(paths: list[Path], db: Path, pipeline: Pipeline, **kwargs: object) -> dict[str, int]:
    with open_store(db) as store:
        summary = ingest(read_inputs([str(p) for p in paths]), store, pipeline, **kwargs)  # type: ignore[arg-type]
        counts = store.counts()
    counts.update({f"summary_{k}": v for k, v in summary.__dict__.items() if isinstance(v, int)})
    return counts


def test_new_store_has_the_latest_schema(tmp_path: Path) -> None:
    with open_store(tmp_path / "a.duckdb") as store:
        assert store.schema_version() == LATEST_VERSION
        assert set(store.counts()) == set(ALL_TABLES)


def test_reingesting_the_same_folder_adds_no_rows(tmp_path: Path, pipeline: Pipeline) -> None:
    db = tmp_path / "a.duckdb"
    first = _ingest([BACKBONE], db, pipeline)
    assert first["documents"] == 7  # 1 text + 1 html + 3 jsonl + 2 csv
    assert first["summary_stored"] == 7 and first["summary_failed"] == 0
    assert first["sentences"] > 7 and first["entities"] > 7
    second = _ingest([BACKBONE], db, pipeline)
    assert second["summary_duplicates"] == 7 and second["summary_stored"] == 0
    for table in ALL_TABLES:
        if table != "ingest_log":
            assert second[table] == first[table], table
    assert second["ingest_log"] == 2 * first["ingest_log"]


def test_changed_article_under_the_same_id_becomes_a_new_version(tmp_path: Path, pipeline: Pipeline) -> None:
    article = tmp_path / "in" / "story.txt"
    article.parent.mkdir()
    article.write_text("Ecuador and Colombia agreed to reopen their border.", encoding="utf-8")
    db = tmp_path / "a.duckdb"
    _ingest([article], db, pipeline)
    article.write_text("Ecuador and Colombia agreed to reopen their border on Friday.", encoding="utf-8")
    counts = _ingest([article], db, pipeline)
    assert counts["summary_new_versions"] == 1
    with open_store(db, read_only=True) as store:
        rows = store.con.execute(
            "SELECT version, is_current FROM documents WHERE doc_id = 'story' ORDER BY version"
        ).fetchall()
        assert rows == [(1, False), (2, True)]
        listed = store.documents()
        assert [(d["id"], d["version"]) for d in listed] == [("story", 2)]


def test_every_input_outcome_is_logged_and_good_documents_survive_bad_ones(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(BACKBONE / "harbour-talks.txt", folder)
    shutil.copy(BACKBONE / "harbour-talks.meta.json", folder)
    (folder / "empty.txt").write_text("")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (folder / "corrupt.jsonl").write_text('{"id": "good", "text": "Oman hosted talks."}\n{"id": broken\n')
    db = tmp_path / "a.duckdb"
    counts = _ingest([folder], db, pipeline)
    assert counts["documents"] == 2
    with open_store(db, read_only=True) as store:
        log = {(r["source"].rsplit("/", 1)[-1], r["status"]) for r in store.ingest_log()}
        reasons = " | ".join(str(r["reason"]) for r in store.ingest_log())
    assert log == {
        ("blob.txt", "failed"),
        ("corrupt.jsonl:1", "stored"),
        ("corrupt.jsonl:2", "failed"),
        ("empty.txt", "failed"),
        ("harbour-talks.txt", "stored"),
    }
    assert "binary" in reasons and "empty" in reasons and "malformed JSON" in reasons


def test_a_failing_batch_leaves_no_half_written_document(tmp_path: Path, pipeline: Pipeline) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(5):
        (folder / f"d{i}.txt").write_text(f"Story number {i}: Tonga and Samoa held talks.", encoding="utf-8")
    db = tmp_path / "a.duckdb"

    class Exploding(Pipeline):
        calls = 0

        def extract_outcomes(self, documents):  # type: ignore[no-untyped-def]
            Exploding.calls += 1
            if Exploding.calls == 2:
                raise RuntimeError("worker died")
            return pipeline.extract_outcomes(documents)

    with open_store(db) as store, pytest.raises(RuntimeError):
        ingest(read_inputs([str(folder)]), store, Exploding(), batch_size=2)
    with open_store(db, read_only=True) as store:
        docs = store.con.execute("SELECT count(*) FROM documents").fetchone()
        sentences = store.con.execute("SELECT count(DISTINCT doc_id) FROM sentences").fetchone()
        logged = store.con.execute("SELECT count(*) FROM ingest_log").fetchone()
    assert docs == (2,) and sentences == (2,) and logged == (2,)
    # Re-running completes the job without duplicating the two already stored.
    counts = _ingest([folder], db, pipeline)
    assert counts["documents"] == 5 and counts["summary_duplicates"] == 2


def test_a_second_writer_gets_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "a.duckdb"
    open_store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time, duckdb
            con = duckdb.connect({str(db)!r})
            print("locked", flush=True)
            time.sleep(30)
        """)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreLockedError, match=r"held for writing by another process \(pid \d+\)"):
            open_store(db)
    finally:
        holder.kill()
        holder.wait()
    with open_store(db) as store:  # the file is intact once the other writer is gone
        assert store.schema_version() == LATEST_VERSION


def test_read_only_open_of_a_non_store_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "other.duckdb"
    duckdb.connect(str(db)).close()
    with pytest.raises(SchemaError, match="not an accord store"):
        Store(db, read_only=True)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "a.duckdb"
    with open_store(db) as store:
        store.con.execute("INSERT INTO schema_version VALUES (999, now())")
    with pytest.raises(SchemaError, match="newer than this accord"):
        open_store(db)


def test_export_writes_every_table_as_parquet(tmp_path: Path, pipeline: Pipeline) -> None:
    db = tmp_path / "a.duckdb"
    _ingest([BACKBONE / "wire.csv"], db, pipeline)
    with open_store(db, read_only=True) as store:
        written = store.export_parquet(tmp_path / "out")
    assert {p.stem for p in written} == {*ALL_TABLES, *SCALE_TABLES}
    parquet = tmp_path / "out" / "documents.parquet"
    row = duckdb.connect().execute(f"SELECT count(*) FROM '{parquet}'").fetchone()
    assert row == (2,)


def test_listings_filter_by_search_date_and_limit(tmp_path: Path, pipeline: Pipeline) -> None:
    db = tmp_path / "a.duckdb"
    _ingest([BACKBONE], db, pipeline)
    with open_store(db, read_only=True) as store:
        assert [d["id"] for d in store.documents(search="lithium")] == ["feed-2"]
        since = store.documents(since="2024-02-01")
        assert {d["id"] for d in since} == {"wire-1", "wire-2", "border-protest", "harbour-talks"}
        assert len(store.documents(limit=2)) == 2
        assert store.events(search="' OR 1=1 --") == []


def test_country_codes_match_exactly_and_names_match_loosely(tmp_path: Path, pipeline: Pipeline) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text("India and Russia signed a defence agreement in New Delhi.", encoding="utf-8")
    (articles / "b.txt").write_text("Indonesia and Malaysia signed a fisheries agreement in Jakarta.", encoding="utf-8")
    db = tmp_path / "a.duckdb"
    _ingest([articles], db, pipeline)
    with open_store(db, read_only=True) as store:
        by_code = {e["doc_id"] for e in store.events(actor="IND")} | {
            e["doc_id"] for e in store.events(recipient="IND")
        }
        assert by_code == {"a"}  # "IND" is India's code, not a substring of "Indonesia"
        assert {e["doc_id"] for e in store.events(dyad=("RUS", "IND"))} == {"a"}
        assert {e["doc_id"] for e in store.events(dyad=("Malaysia", "Indonesia"))} == {"b"}
        assert store.events(dyad=("IND", "MYS")) == []
