"""The near-duplicate index at volume: a store with N generated signatures (3.5M = 14 days at 250,000 articles
a day), then, in a fresh process, what admission pays: start-up (open the store and the index), memory, and
the time of one lookup, on planted near-duplicates (a stored signature with a share of its values replaced)
and on fresh articles.

    python benchmarks/bench_lsh.py --signatures 3500000 --db /tmp/lsh.duckdb --json lsh.json

The store is built once and reused when it already holds the asked number of signatures (``--rebuild`` to
start over). Signatures are uniform random 32-bit values, as MinHash values of unrelated texts are; their
published days are spread over the 14-day window.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

CHUNK = 250_000
NUM_PERM = 128
NEWEST = date(2026, 6, 30)


def build(db: Path, n: int, seed: int) -> dict[str, float]:
    """A store holding n current documents (empty texts) and their signatures, and its index, synced."""
    from accord.dedup.minhash import SCHEME, NearDuplicateOptions
    from accord.dedup.window import sync_index
    from accord.store import open_store

    for path in (db, Path(str(db) + ".wal")):
        path.unlink(missing_ok=True)
    rng = np.random.default_rng(seed)
    started = time.perf_counter()
    with open_store(db) as store:
        for start in range(0, n, CHUNK):
            size = min(CHUNK, n - start)
            ids = pa.array([f"g{i:08d}" for i in range(start, start + size)])
            days = rng.integers(0, 14, size=size)
            published = pa.array([NEWEST - timedelta(days=int(d)) for d in days], pa.date32())
            values = rng.integers(0, 2**32, size=(size, NUM_PERM), dtype=np.uint32).ravel()
            offsets = pa.array(np.arange(0, size * NUM_PERM + 1, NUM_PERM, dtype=np.int32))
            docs = pa.table({"doc_id": ids, "version": pa.array(np.ones(size, np.int32)),
                             "is_current": pa.array(np.ones(size, bool)), "published": published,
                             "content_hash": ids, "text": pa.array([""] * size),
                             "n_chars": pa.array(np.zeros(size, np.int32)),
                             "ingested_at": pa.array([datetime(2026, 7, 1)] * size, pa.timestamp("us"))})
            sigs = pa.table({"doc_id": ids, "version": pa.array(np.ones(size, np.int32)),
                             "scheme": pa.array([SCHEME] * size), "shingle_words": pa.array(np.full(size, 5, np.int32)),
                             "hashvalues": pa.ListArray.from_arrays(offsets, pa.array(values))})
            with store.transaction():
                for table, rows in (("documents", docs), ("document_signatures", sigs)):
                    store.con.register("bench_rows", rows)
                    names = ", ".join(rows.column_names)
                    store.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM bench_rows")
                    store.con.unregister("bench_rows")
        loaded = time.perf_counter()
        sync_index(store, NearDuplicateOptions())
        indexed = time.perf_counter()
    return {"store_seconds": round(loaded - started, 1), "index_build_seconds": round(indexed - loaded, 1)}


def sync_existing(db: Path) -> float:
    from accord.dedup.minhash import NearDuplicateOptions
    from accord.dedup.window import sync_index
    from accord.store import open_store

    started = time.perf_counter()
    with open_store(db) as store:
        sync_index(store, NearDuplicateOptions())
    return round(time.perf_counter() - started, 1)


def measure(db: Path, lookups: int, share: float, seed: int) -> dict[str, Any]:
    """Run in a fresh process: start-up, memory, lookups."""
    from accord.dedup.minhash import NearDuplicateOptions, from_hashvalues
    from accord.dedup.window import WindowedIndex
    from accord.store import open_store

    options = NearDuplicateOptions()
    rss_before = _rss_mb()
    started = time.perf_counter()
    store = open_store(db)
    index = WindowedIndex(store, options)
    startup = time.perf_counter() - started
    rss_open = _rss_mb()
    rng = np.random.default_rng(seed)
    count = len(index.stored)
    picks = rng.integers(0, count, size=lookups // 2)
    planted = []
    for pick in picks:  # a reprint: a stored signature with `share` of its values replaced
        segment_at, row = _locate(index, int(pick))
        original = np.array(index.stored.segments[segment_at].signature_rows([row])[0])
        changed = rng.random(NUM_PERM) < share
        original[changed] = rng.integers(0, 2**32, size=int(changed.sum()), dtype=np.uint32)
        planted.append((str(index.stored.segments[segment_at].ids[row].as_py()), from_hashvalues(original, options)))
    fresh = [from_hashvalues(rng.integers(0, 2**32, size=NUM_PERM, dtype=np.uint32), options)
             for _ in range(lookups - len(planted))]
    found = 0
    times: dict[str, list[float]] = {"planted": [], "fresh": []}
    rss_queries = _rss_mb()  # the planted queries were read from the index files' mapped pages
    cpu = time.process_time()
    for kind, queries in (("planted", planted), ("fresh", [("", q) for q in fresh])):
        for i, (original_id, minhash) in enumerate(queries):
            t = time.perf_counter()
            match = index.find(f"q-{kind}-{i}", minhash)
            times[kind].append(time.perf_counter() - t)
            found += int(kind == "planted" and match is not None and match.original_id == original_id)
    cpu_ms = 1000 * (time.process_time() - cpu) / lookups
    rss_lookups = _rss_mb()
    index.close()
    store.close()
    every = times["planted"] + times["fresh"]
    return {
        "signatures": count, "segments": len(index.stored.segments),
        "startup_seconds": round(startup, 3),
        "rss_before_mb": rss_before, "rss_after_open_mb": rss_open, "rss_before_lookups_mb": rss_queries,
        "rss_after_lookups_mb": rss_lookups,
        # VmHWM, not ru_maxrss: that one carries the parent's peak across exec. Anonymous memory is what the
        # process holds; file-backed pages are the index files' pages read, page cache the kernel may drop.
        "peak_rss_mb": _rss_mb("VmHWM"),
        "rss_anon_mb": _rss_mb("RssAnon"), "rss_file_mb": _rss_mb("RssFile"),
        "index_file_mb": round(sum(f.stat().st_size for f in index.stored.root.rglob("*") if f.is_file()) / 2**20),
        "lookup_ms_mean": round(1000 * float(np.mean(every)), 3),
        "lookup_cpu_ms_mean": round(cpu_ms, 3),  # on a shared machine, wall time carries the contention
        "lookup_ms_p99": round(1000 * float(np.percentile(every, 99)), 3),
        "lookup_ms_mean_planted": round(1000 * float(np.mean(times["planted"])), 3),
        "lookup_ms_mean_fresh": round(1000 * float(np.mean(times["fresh"])), 3),
        "planted": len(planted), "planted_found": found, "replaced_share": share,
    }


def _locate(index: Any, position: int) -> tuple[int, int]:
    for at, segment in enumerate(index.stored.segments):
        if position < len(segment):
            return at, position
        position -= len(segment)
    raise IndexError(position)


def _rss_mb(field: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def _stored_count(db: Path) -> int:
    if not db.exists():
        return -1
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT count(*) FROM document_signatures").fetchone()
        return int(row[0]) if row else 0
    except duckdb.Error:
        return -1
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--signatures", type=int, default=3_500_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/accord-bench-lsh.duckdb"))
    parser.add_argument("--lookups", type=int, default=2000)
    parser.add_argument("--replaced", type=float, default=0.3, help="share of a reprint's values replaced")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.db, args.lookups, args.replaced, args.seed)))
        return
    report: dict[str, Any] = {"signatures_asked": args.signatures}
    if args.rebuild or _stored_count(args.db) != args.signatures:
        report.update(build(args.db, args.signatures, args.seed))
    else:
        report["sync_seconds"] = sync_existing(args.db)  # up to date: a check; an older index format: rebuilt
    child = subprocess.run(
        [sys.executable, __file__, "--measure", "--db", str(args.db), "--lookups", str(args.lookups),
         "--replaced", str(args.replaced), "--seed", str(args.seed + 1)],
        check=True, capture_output=True, text=True,
    )
    report.update(json.loads(child.stdout.strip().splitlines()[-1]))
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
