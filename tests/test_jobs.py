"""`--jobs N` on the local runner: one pool for the run, the same store as one process."""

from __future__ import annotations

from pathlib import Path

import duckdb
import psutil
from click.testing import CliRunner

from accord.batch import ingest
from accord.cli import main
from accord.ingest.readers import read_inputs
from accord.pipeline import Pipeline, PipelineOptions
from accord.pool import CodingPool
from accord.records import Document
from accord.store import open_store
from accord.store.schema import ALL_TABLES, SCALE_TABLES

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
FEEDS = [str(CORPUS / "wire_a.jsonl"), str(CORPUS / "outlets_bc.jsonl")]
VOLATILE = {"ingested_at", "logged_at", "detected_at", "updated_at", "run_id", "loaded_at"}


def contents(db: Path) -> dict[str, list[str]]:
    """Every table's rows, minus timestamps and run ids (which differ between any two runs)."""
    out = {}
    with duckdb.connect(str(db), read_only=True) as con:
        for table in (*ALL_TABLES, *SCALE_TABLES):
            cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in VOLATILE]
            out[table] = sorted(repr(row) for row in con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall())
    return out


def _children() -> list[psutil.Process]:
    alive = [p for p in psutil.Process().children(recursive=True) if p.is_running()]
    return [p for p in alive if not any("resource_tracker" in part for part in p.cmdline())]


def test_two_workers_store_what_one_process_stores(tmp_path: Path, pipeline: Pipeline) -> None:
    one_db, two_db = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    with open_store(one_db) as store:
        one = ingest(read_inputs(FEEDS), store, pipeline, batch_size=2)
    with open_store(two_db) as store, CodingPool(PipelineOptions(batch_size=2), 2) as pool:
        two = ingest(read_inputs(FEEDS), store, pipeline, batch_size=2, pool=pool)
    assert not _children(), "the pool's workers must be gone when the block ends"
    assert two.line() == one.line() and one.stored > 4
    one_rows, two_rows = contents(one_db), contents(two_db)
    assert one_rows["events"] and one_rows["near_duplicates"]
    for table in one_rows:
        assert two_rows[table] == one_rows[table], table


def test_pool_workers_keep_their_pipeline_across_batches(tmp_path: Path) -> None:
    """The same worker processes code every batch of the run: none is started per batch (each would load
    the model again)."""
    documents = [d for d in read_inputs(FEEDS) if isinstance(d, Document)][:6]
    with CodingPool(PipelineOptions(), 2) as pool:
        first = [pool.submit([d]).result() for d in documents[:2]]
        workers = {p.pid for p in _children()}
        later = [pool.submit([d]).result() for d in documents for _ in range(2)]
        assert {p.pid for p in _children()} == workers
    assert 1 <= len(workers) <= 2
    assert all(len(o) == 1 for o in [*first, *later])


def test_cli_jobs_two_gives_the_same_summary(tmp_path: Path) -> None:
    lines = []
    for jobs in ("1", "2"):
        result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / f"j{jobs}.duckdb"), "--jobs", jobs,
                                           "--batch-size", "3", *FEEDS])
        assert result.exit_code == 0, result.output
        lines.append(result.output.splitlines()[-1].split(" (run ")[0])
    assert lines[0] == lines[1] and "stored" in lines[0]
