"""The Dask engine: same store contents as the local runner, resumable after a SIGKILL, clusters shut down."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import psutil
import pytest
from click.testing import CliRunner

from accord.batch import ingest
from accord.cli import main
from accord.distributed import DaskOptions, ingest_dask
from accord.ingest.readers import ReadItem, read_inputs
from accord.pipeline import Pipeline, PipelineOptions
from accord.store import open_store
from accord.store.schema import ALL_TABLES, SCALE_TABLES
from accord.store.store import LogEntry

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
FEEDS = [str(CORPUS / "wire_a.jsonl"), str(CORPUS / "outlets_bc.jsonl")]
VOLATILE = {"ingested_at", "logged_at", "detected_at", "updated_at", "run_id", "loaded_at"}
ACCORD = str(Path(sys.executable).parent / "accord")


def contents(db: Path) -> dict[str, list[str]]:
    """Every table's rows, minus timestamps and run ids (which differ between any two runs)."""
    out = {}
    with duckdb.connect(str(db), read_only=True) as con:
        for table in (*ALL_TABLES, *SCALE_TABLES):
            if table == "dask_partitions":
                continue
            cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in VOLATILE]
            out[table] = sorted(repr(row) for row in con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall())
    return out


def _children() -> list[Any]:
    """Child processes still alive, apart from multiprocessing's resource tracker (it lives as long as we do)."""
    alive = [p for p in psutil.Process().children(recursive=True) if p.is_running()]
    return [p for p in alive if not any("resource_tracker" in part for part in p.cmdline())]


def test_local_and_dask_give_the_same_store(tmp_path: Path, pipeline: Pipeline) -> None:
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    with open_store(local_db) as store:
        local = ingest(read_inputs(FEEDS), store, pipeline)
    with open_store(dask_db) as store:
        result = ingest_dask(read_inputs(FEEDS), store, PipelineOptions(),
                             DaskOptions(workers=2, partition_size=3, keep_parts=True))
    assert not _children(), "the LocalCluster must be shut down"
    assert result.summary.line() == local.line()
    assert result.partitions == 5 and result.reused == 0 and len(result.worker_peak_mb) == 2
    for table in ("documents", "sentences", "ingest_log"):
        assert len(list((result.run_dir / table).glob("part-*.parquet"))) == 5
    local_rows, dask_rows = contents(local_db), contents(dask_db)
    assert local_rows["near_duplicates"] and local_rows["documents"]
    for table in local_rows:
        assert dask_rows[table] == local_rows[table], table


def _big_feed(path: Path, n: int) -> int:
    """n distinct articles built from the fixture texts (numbered so none is a duplicate of another)."""
    texts = [json.loads(line)["text"] for feed in FEEDS for line in Path(feed).read_text().splitlines()]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = f"Bulletin {i}. {texts[i % len(texts)]}"
            out.write(json.dumps({"id": f"big-{i}", "published": "2026-03-10", "text": text}) + "\n")
    return n


def _run(db: Path, feed: Path, *extra: str) -> list[str]:
    return [ACCORD, "ingest", "--engine", "dask", "--workers", "1", "--partition-size", "2", "--no-near-dups",
            "--db", str(db), str(feed), *extra]


def _markers(done: Path) -> int:
    return sum(1 for p in done.iterdir() if p.name.startswith("part-") and not p.name.endswith(".partial"))


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    raise AssertionError("processes of the killed run are still alive")


def test_a_killed_run_resumes_without_losing_or_duplicating(tmp_path: Path) -> None:
    feed, db = tmp_path / "feed.jsonl", tmp_path / "store.duckdb"
    n = _big_feed(feed, 40)
    proc = subprocess.Popen(_run(db, feed, "--quiet"), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done_dir: list[Path] = []
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        done_dir = list((tmp_path / "store.duckdb.runs").glob("*/_done"))
        if done_dir and _markers(done_dir[0]):
            break
        time.sleep(0.02)
    _kill_group(proc)
    assert done_dir, "the run never finished a partition"
    written_before = _markers(done_dir[0])
    assert 0 < written_before < n // 2, "the run must be killed mid-way"

    resumed = subprocess.run(_run(db, feed), capture_output=True, text=True, timeout=600, check=True)
    reused = int(resumed.stderr.split(" reused")[0].rsplit(" ", 1)[-1])
    assert reused >= written_before
    assert f"{n} read, {n} stored" in resumed.stderr

    with open_store(db, read_only=True) as store:
        ids = [r[0] for r in store.con.execute("SELECT doc_id FROM documents").fetchall()]
        log = store.ingest_log()
    assert sorted(ids) == sorted(f"big-{i}" for i in range(n))  # none lost, none twice
    assert sorted(row["doc_id"] for row in log) == sorted(ids) and len({row["run_id"] for row in log}) == 1

    local_db = tmp_path / "local.duckdb"
    subprocess.run([ACCORD, "ingest", "--no-near-dups", "--quiet", "--db", str(local_db), str(feed)], check=True,
                   timeout=600)
    resumed_rows, local_rows = contents(db), contents(local_db)
    # What spaCy and the reader produce must match the local runner exactly. The stages' own tables are
    # compared in full by test_local_and_dask_give_the_same_store; here the two attempts may straddle an edit
    # of a stage in a shared working tree, so they are checked for completeness: every document coded once.
    for table in ("documents", "ingest_log", "sentences", "entities"):
        assert resumed_rows[table] == local_rows[table], table
    with duckdb.connect(str(db), read_only=True) as con:
        for table, key in (("events", "event_id"), ("quotes", "quote_id"), ("actors", "idx")):
            total, distinct = con.execute(f"SELECT count(*), count(DISTINCT (doc_id, version, {key})) FROM {table}"
                                          ).fetchone() or (0, 0)
            assert total == distinct, table
        coded = {r[0] for r in con.execute("SELECT doc_id FROM sentences").fetchall()}
    assert coded == set(ids)

    again = subprocess.run(_run(db, feed), capture_output=True, text=True, timeout=600, check=True)
    assert f"{n} read, 0 stored, 0 new versions, {n} duplicates skipped" in again.stderr


def test_scheduler_needs_the_dask_engine(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", "--scheduler", "tcp://127.0.0.1:8786", "--db",
                                       str(tmp_path / "x.duckdb"), FEEDS[0]])
    assert result.exit_code == 2 and "--engine dask" in result.output


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_cli_engines_report_the_same_summary(tmp_path: Path, engine: str) -> None:
    parts = tmp_path / "parts"
    kept = ["--keep-parts", "--parts-dir", str(parts)] if engine == "dask" else []
    result = CliRunner().invoke(main, ["ingest", "--engine", engine, "--workers", "1", "--db",
                                       str(tmp_path / "s.duckdb"), *kept, *FEEDS])
    assert result.exit_code == 0, result.output
    expected = "14 read, 11 stored, 0 new versions, 1 duplicates skipped, 0 failed, 2 near-duplicates linked"
    assert expected in result.output
    if engine == "dask":  # --keep-parts: the run's Parquet stays, in --parts-dir
        assert "Parquet kept in" in result.output and list(parts.glob("*/documents/part-*.parquet"))
        assert not (tmp_path / "s.duckdb.runs").exists()


def test_new_versions_match_the_local_runner(tmp_path: Path) -> None:
    """Changed articles under known ids, across runs and twice within one run, become versions both ways."""
    texts = [json.loads(line)["text"] for line in Path(FEEDS[0]).read_text().splitlines()]
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(json.dumps({"id": f"v{i}", "text": t}) + "\n" for i, t in enumerate(texts[:3])))
    rows = [{"id": "v0", "text": texts[3]}, {"id": "v1", "text": texts[1] + " Corrected once."},
            {"id": "v1", "text": texts[1] + " Corrected twice."}]
    second.write_text("".join(json.dumps(r) + "\n" for r in rows))
    bare = PipelineOptions(stages=())
    with open_store(tmp_path / "local.duckdb") as store:
        for feed in (first, second):
            ingest(read_inputs([str(feed)]), store, Pipeline(bare))
    with open_store(tmp_path / "dask.duckdb") as store:
        for feed in (first, second):
            ingest_dask(read_inputs([str(feed)]), store, bare, DaskOptions(workers=1, partition_size=2))
        current = store.con.execute("SELECT doc_id, version FROM documents WHERE is_current ORDER BY 1").fetchall()
    assert current == [("v0", 2), ("v1", 3), ("v2", 1)]
    assert contents(tmp_path / "dask.duckdb") == contents(tmp_path / "local.duckdb")


QUINTERO = ("Foreign Minister Marisol Quintero-Lund arrived in Lima on Monday for talks with Peru's government. "
            "Quintero-Lund met Peruvian officials and signed a trade agreement with Peru.")
USER_ACTORS = Path(__file__).parent / "fixtures" / "actors" / "user_actors.yaml"


def _quintero_coded(db: Path) -> bool:
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute("SELECT count(*) FROM actors WHERE name = 'Marisol Quintero-Lund'").fetchone()
    return bool(row and row[0])


def test_a_long_lived_scheduler_codes_each_run_with_its_own_options(tmp_path: Path) -> None:
    """Two runs on one cluster, with and without --actors: each is coded with its own knowledge base, the
    workers drop each run's pipeline when it ends, and each run's Parquet directory goes once loaded."""
    from distributed import Client, LocalCluster

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "q1", "published": "2032-05-04", "text": QUINTERO}) + "\n")
    with (
        LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,  # type: ignore[no-untyped-call]
                     silence_logs=40) as cluster,
        Client(cluster) as watcher,  # type: ignore[no-untyped-call]
    ):
        runs = [("with", (str(USER_ACTORS),)), ("without", ()), ("again", (str(USER_ACTORS),))]
        for name, files in runs:
            with open_store(tmp_path / f"{name}.duckdb") as store:
                result = ingest_dask(read_inputs([str(feed)]), store, PipelineOptions(actor_files=files),
                                     DaskOptions(scheduler=cluster.scheduler_address), near_duplicates=None)
            assert result.summary.stored == 1 and not result.kept
            assert not result.run_dir.exists() and not (tmp_path / f"{name}.duckdb.runs").exists()
            plugins = watcher.run(lambda dask_worker: sorted(dask_worker.plugins))  # type: ignore[no-untyped-call]
            assert not any(p.startswith("accord-pipeline-") for names in plugins.values() for p in names)
    assert _quintero_coded(tmp_path / "with.duckdb")
    assert not _quintero_coded(tmp_path / "without.duckdb")
    assert _quintero_coded(tmp_path / "again.duckdb")


def test_the_driver_streams_partitions_as_it_reads(tmp_path: Path) -> None:
    """Partitions are coded and reported while the input is still being read: the driver never holds it all."""
    feed = tmp_path / "feed.jsonl"
    n = _big_feed(feed, 10)
    consumed = 0
    first_report_at: list[int] = []

    def counted() -> Iterator[ReadItem]:
        nonlocal consumed
        for item in read_inputs([str(feed)]):
            consumed += 1
            yield item

    def progress(_entry: LogEntry) -> None:
        if not first_report_at:
            first_report_at.append(consumed)

    with open_store(tmp_path / "s.duckdb") as store:
        result = ingest_dask(counted(), store, PipelineOptions(stages=()), DaskOptions(workers=1, partition_size=1),
                             progress=progress, near_duplicates=None)
    assert result.summary.stored == n and result.partitions == n
    assert first_report_at and first_report_at[0] < n  # a partition was done before the last input was read


def test_the_local_cluster_runs_without_dasks_dashboard_work() -> None:
    """The cluster accord starts turns off the profiler and slows Dask's polling, on its workers too, and the
    driver's own Dask settings are back as they were afterwards."""
    import dask.config

    from accord.distributed.engine import QUIET_CLUSTER, _client

    def settings() -> dict[str, object]:
        return {key: dask.config.get(key) for key in QUIET_CLUSTER}

    before = settings()
    with _client(DaskOptions(workers=1)) as client:
        on_workers = client.run(settings)  # type: ignore[no-untyped-call]
        assert settings() == QUIET_CLUSTER
    assert list(on_workers.values()) == [QUIET_CLUSTER]
    assert settings() == before and before["distributed.worker.profile.enabled"] is True
