"""The run directory of a Dask ingest: one Parquet file per partition per table, done-markers, loading.

A partition is done when its marker exists; the marker is written after every table file, and each file is
renamed into place only once complete, so a killed run leaves no half-written partition behind. The
directory is named by a fingerprint of the inputs (paths, sizes, modification times), the store's state (its
ingest log and documents so far) and the options: the same inputs against the same store make the same
admission decisions, find the same directory again, and skip the partitions already written. Once the run
is loaded into the store its directory is removed (unless kept with ``--keep-parts``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from collections.abc import Sequence
from pathlib import Path

from accord.records import Extraction
from accord.store.schema import ALL_TABLES
from accord.store.store import DocumentSignature, LogEntry, NearDuplicateLink, Placement, Store

# Everything an ingest batch writes. Event clusters are derived in the store after loading.
PARTITION_TABLES = (*ALL_TABLES, "near_duplicates", "document_signatures")
DONE = "_done"


def runs_root(db_path: str) -> Path:
    """Run directories live next to the DB: ``accord.duckdb`` -> ``accord.duckdb.runs/``."""
    return Path(db_path + ".runs") if db_path != ":memory:" else Path(".accord-runs")


def inputs_key(paths: Sequence[str]) -> str | None:
    """What identifies the inputs of a run without reading them: every file's path, size and modification
    time (directories walked in order). None for stdin, which cannot be read twice."""
    if "-" in paths:
        return None
    parts: list[object] = []
    for name in paths:
        path = Path(name).resolve()
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            try:
                stat = file.stat()
            except OSError:
                parts.append([str(file), None])  # unreadable now: the reader logs it; the key still differs
                continue
            parts.append([str(file), stat.st_size, stat.st_mtime_ns])
    return fingerprint(parts)


def store_state(store: Store) -> list[object]:
    """What admission decisions depend on in the store: any ingest since changes it."""
    row = store.con.execute(
        "SELECT (SELECT count(*) FROM ingest_log), (SELECT CAST(max(logged_at) AS VARCHAR) FROM ingest_log),"
        " (SELECT count(*) FROM documents), (SELECT count(*) FROM near_duplicates)"
    ).fetchone()
    return list(row or ())


def remove_run(run_dir: Path) -> None:
    """Remove a loaded run's directory, and the runs folder when it is left empty."""
    shutil.rmtree(run_dir, ignore_errors=True)
    with contextlib.suppress(OSError):
        run_dir.parent.rmdir()  # only when empty: other runs' directories stay


def fingerprint(parts: Sequence[object]) -> str:
    blob = json.dumps(parts, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:20]


def partition_name(index: int) -> str:
    return f"part-{index:05d}"


def done_partitions(run_dir: Path) -> set[int]:
    marks = run_dir / DONE
    if not marks.is_dir():
        return set()
    return {int(p.name[5:]) for p in marks.iterdir() if p.name.startswith("part-") and p.name[5:].isdigit()}


def read_run_id(run_dir: Path, new_id: str) -> str:
    """The run id of this directory: kept from the first attempt so a resumed run logs under one id."""
    meta = run_dir / "run.json"
    if meta.exists():
        return str(json.loads(meta.read_text(encoding="utf-8"))["run_id"])
    run_dir.mkdir(parents=True, exist_ok=True)
    _atomic_write(meta, json.dumps({"run_id": new_id}).encode("utf-8"))
    return new_id


def write_partition(
    run_dir: Path,
    index: int,
    run_id: str,
    stored: Sequence[tuple[Extraction, Placement]],
    log: Sequence[LogEntry],
    first_seq: int,
    links: Sequence[NearDuplicateLink],
    signatures: Sequence[DocumentSignature],
) -> list[LogEntry]:
    """Write the rows the store would get, through the store's own write path, into an in-memory DuckDB.
    Returns the log lines as written (a document the store refused is failed there)."""
    name = partition_name(index)
    with Store(":memory:") as scratch:
        written = scratch.write_batch(run_id, stored, log, first_seq, links=links, signatures=signatures)
        for table in PARTITION_TABLES:
            target = run_dir / table / f"{name}.parquet"
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".parquet.partial")
            scratch.con.execute(f"COPY {table} TO '{_sql_path(partial)}' (FORMAT PARQUET)")
            os.replace(partial, target)
    _atomic_write(run_dir / DONE / name, b"")
    return written


def partition_log(run_dir: Path, index: int) -> list[LogEntry]:
    """The log lines a written partition holds, as written (documents that failed there say so)."""
    import duckdb

    path = run_dir / "ingest_log" / f"{partition_name(index)}.parquet"
    with duckdb.connect() as con:
        rows = con.execute(f"SELECT source, status, doc_id, version, reason, content_hash FROM read_parquet("
                           f"'{_sql_path(path)}') ORDER BY seq").fetchall()
    return [LogEntry(str(r[0]), str(r[1]), r[2], r[3], r[4], r[5]) for r in rows]


def load_run(store: Store, run_dir: Path, run_id: str, partitions: int) -> None:
    """Load every partition into the store in one transaction: a killed load leaves the store untouched."""
    files = {t: [run_dir / t / f"{partition_name(i)}.parquet" for i in range(partitions)] for t in PARTITION_TABLES}
    con = store.con
    key = str(run_dir.resolve())
    with store.transaction():
        loaded = con.execute("SELECT count(*) FROM dask_partitions WHERE run_dir = ?", [key]).fetchone()
        if loaded and loaded[0]:
            return
        for table, paths in files.items():
            sources = ", ".join(f"'{_sql_path(p)}'" for p in paths)
            if table == "documents":
                # Older versions of re-ingested documents stop being current, as in the local runner.
                con.execute(f"UPDATE documents SET is_current = false WHERE doc_id IN"
                            f" (SELECT doc_id FROM read_parquet([{sources}]))")
            con.execute(f"INSERT INTO {table} SELECT * FROM read_parquet([{sources}])")
        con.execute(
            "UPDATE documents SET is_current = false WHERE is_current AND run_id = ? AND version <"
            " (SELECT max(x.version) FROM documents x WHERE x.doc_id = documents.doc_id)",
            [run_id],
        )
        con.executemany(
            "INSERT INTO dask_partitions VALUES (?, ?, ?, current_timestamp)",
            [[key, i, run_id] for i in range(partitions)],
        )


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    os.replace(partial, path)


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")
