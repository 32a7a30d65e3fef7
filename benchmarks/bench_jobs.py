"""Speed-up of `accord ingest --jobs N` over `--jobs 1`, measured in pairs that take turns (A B B A ...).

    python benchmarks/bench_jobs.py PATH [--jobs 2] [--rounds 2] [--batch-size 16] [--json out.json]

Each run is a real `accord ingest` of PATH into a fresh store in its own process (model loading included: it
is part of what a run costs). On a shared machine the speed a process gets drifts from minute to minute, so
the configurations alternate A B B A and each round's speed-up is the ratio of the two runs next to each
other. Also printed: the load average during each run (other processes on the machine), the CPU time of each
run (the parent and its workers), and that both stores hold the same rows.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import duckdb

ACCORD = str(Path(sys.executable).parent / "accord")
VOLATILE = {"ingested_at", "logged_at", "detected_at", "updated_at", "run_id", "loaded_at"}


def run_once(path: str, db: Path, jobs: int, batch_size: int) -> dict[str, Any]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load = os.getloadavg()[0]
    start = time.perf_counter()
    subprocess.run([ACCORD, "ingest", "--quiet", "--allow-failures", "--db", str(db), "--jobs", str(jobs),
                    "--batch-size", str(batch_size), path], check=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"jobs": jobs, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
            "load_before": round(load, 2), "load_after": round(os.getloadavg()[0], 2)}


def contents(db: Path) -> dict[str, list[str]]:
    out = {}
    with duckdb.connect(str(db), read_only=True) as con:
        tables = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()]
        for table in sorted(tables):
            if table in {"schema_version", "dask_partitions"}:
                continue
            cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in VOLATILE]
            out[table] = sorted(repr(r) for r in con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    runs: list[dict[str, Any]] = []
    ratios = []
    identical = True
    with tempfile.TemporaryDirectory(prefix="accord-jobs-") as folder:
        for round_ in range(args.rounds):
            order = (1, args.jobs) if round_ % 2 == 0 else (args.jobs, 1)
            pair = {}
            for jobs in order:
                db = Path(folder) / f"r{round_}-j{jobs}.duckdb"
                pair[jobs] = run_once(args.path, db, jobs, args.batch_size)
                runs.append({"round": round_, **pair[jobs]})
                print(json.dumps(runs[-1]), flush=True)
            ratios.append(pair[1]["seconds"] / pair[args.jobs]["seconds"])
            identical &= contents(Path(folder) / f"r{round_}-j1.duckdb") == contents(
                Path(folder) / f"r{round_}-j{args.jobs}.duckdb")
            for jobs in order:
                (Path(folder) / f"r{round_}-j{jobs}.duckdb").unlink()
    summary = {"path": args.path, "jobs": args.jobs, "batch_size": args.batch_size, "runs": runs,
               "speedups": [round(r, 3) for r in ratios], "median_speedup": round(statistics.median(ratios), 3),
               "stores_identical": identical}
    print(f"--jobs {args.jobs} over --jobs 1 (wall time, per round): {summary['speedups']}; "
          f"median x{summary['median_speedup']}; stores identical: {identical}")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
