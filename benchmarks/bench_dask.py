"""Throughput of the Dask engine with 1 and 2 local workers against the single-process path, same corpus.

    python benchmarks/bench_dask.py [--docs 240] [--corpus PATH] [--json results.json]

Each configuration runs in its own fresh process (so peak memory is its own). Prints, per configuration:
steady-state throughput (model already loaded), end-to-end wall time (including start-up), peak memory per
process, the workers needed for 250,000 articles a day, derived from the 1-worker words/s, and whether the
stores of the local and the 2-worker runs hold the same rows. By default the corpus is built from the project's
own fixture articles (tests/fixtures/corpus), numbered so none is a duplicate; those are short (about 120
words), so worker start-up weighs more than on real news: `--corpus PATH` takes the first --docs articles of
real news instead (anything `accord ingest` reads).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
ARTICLES_PER_DAY = 250_000
WORDS_PER_ARTICLE = 600  # a typical wire/news article body; our fixture articles are shorter
UTILISATION = 0.6  # plan for peaks ~1.7x the daily mean and for retries


def build_feed(path: Path, n: int, corpus: Path | None = None) -> int:
    if corpus is not None:
        return copy_corpus(path, n, corpus)
    texts = [json.loads(line)["text"] for feed in sorted(CORPUS.glob("*.jsonl")) for line in feed.open()]
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = f"Bulletin {i}. {texts[i % len(texts)]}"
            words += len(text.split())
            out.write(json.dumps({"id": f"bench-{i}", "published": "2026-03-10", "text": text}) + "\n")
    return words


def copy_corpus(path: Path, n: int, corpus: Path) -> int:
    """The first n readable documents of a real corpus, read as `accord ingest` reads them."""
    from accord.ingest.readers import read_inputs
    from accord.records import Document

    words = 0
    written = 0
    with path.open("w", encoding="utf-8") as out:
        for item in read_inputs([str(corpus)]):
            if written == n:
                break
            if isinstance(item, Document):
                words += len(item.text.split())
                written += 1
                out.write(json.dumps({"id": item.id, "published": item.published, "text": item.text}) + "\n")
    if written < n:
        raise SystemExit(f"{corpus} holds only {written} readable documents; ask for --docs {written} or fewer")
    return words


def same_rows(first: Path, second: Path) -> bool:
    """Whether two stores hold the same rows, run-specific columns aside (the comparison bench_jobs makes)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_jobs import contents

    return bool(contents(first) == contents(second))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(config: str, feed: Path, work: Path, partition_size: int = 16) -> dict[str, Any]:
    from accord.ingest.readers import read_inputs
    from accord.pipeline import Pipeline, PipelineOptions
    from accord.store import open_store

    db = work / f"{config}.duckdb"
    start = time.perf_counter()
    if config == "local":
        from accord.batch import ingest

        pipeline = Pipeline()
        _ = pipeline.nlp
        loaded, cpu_loaded = time.perf_counter(), time.process_time()
        with open_store(db) as store:
            summary = ingest(read_inputs([str(feed)]), store, pipeline, near_duplicates=None)
        end = time.perf_counter()
        return {"config": config, "stored": summary.stored, "steady_seconds": end - loaded,
                "steady_cpu_seconds": time.process_time() - cpu_loaded,
                "wall_seconds": end - start, "peak_mb": {"process": round(peak_mb(), 1)}}
    from accord.distributed import DaskOptions, ingest_dask

    workers = int(config.removeprefix("dask"))
    with open_store(db) as store:
        result = ingest_dask(read_inputs([str(feed)]), store, PipelineOptions(),
                             DaskOptions(workers=workers, partition_size=partition_size), near_duplicates=None)
    end = time.perf_counter()
    return {"config": config, "stored": result.summary.stored, "steady_seconds": result.seconds["extract"],
            "wall_seconds": end - start, "phases": result.seconds, "shape": shape(result),
            "worker_cpu_seconds": {f"worker {i}": round(v, 1)
                                   for i, v in enumerate(result.worker_cpu_seconds.values())},
            "peak_mb": {"driver": round(peak_mb(), 1), **{f"worker {i}": round(v, 1) for i, v in
                                                         enumerate(result.worker_peak_mb.values())}}}


def shape(result: Any) -> dict[str, Any]:
    """Where the coding phase's time went, from inside the run (what stands between it and a perfect x N)."""
    from accord.distributed.profile import timeline

    line = timeline(result.timings)
    task_cpu = sum(t.cpu_seconds for t in result.timings)
    return {
        "driver_cpu_seconds": result.driver_cpu,  # per phase; in "extract" it competes with the workers
        "driver_busy_seconds": result.driver_busy,  # reading, admission, submitting, reporting
        "worker_cpu_after_load": result.worker_cpu_coding,
        "task_cpu_seconds": round(task_cpu, 1),
        "worker_cpu_outside_tasks": round(sum(result.worker_cpu_coding.values()) - task_cpu, 1),
        "timeline": line.lines() if line else [],
    }


def near_duplicate_cost(feed: Path) -> float:
    """Seconds per article to sign it and query/insert the LSH index."""
    from accord.dedup.minhash import NearDuplicateIndex, NearDuplicateOptions, signature

    texts = [json.loads(line)["text"] for line in feed.open()]
    options = NearDuplicateOptions()
    index = NearDuplicateIndex(options)
    start = time.perf_counter()
    for i, text in enumerate(texts):
        minhash = signature(text, options)
        if minhash is not None:
            index.find(f"d{i}", minhash)
            index.add(f"d{i}", 1, minhash)
    return (time.perf_counter() - start) / len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=240)
    parser.add_argument("--corpus", type=Path, help="real articles to use instead of the fixture corpus")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--partition-size", type=int, default=16,
                        help="documents per Dask task (the CLI's default is 64; small corpora want smaller)")
    parser.add_argument("--configs", default="dask1,dask2",
                        help="Dask configurations to run after the local one (daskN: N workers); "
                             "'dask2' alone measures the 2-worker ratio in about two thirds of the time")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--feed", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        json.dump(child(args.child, args.feed, args.work, args.partition_size), sys.stdout)
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        feed = work / "feed.jsonl"
        words = build_feed(feed, args.docs, args.corpus)
        runs = []
        for config in ("local", *args.configs.split(",")):
            out = subprocess.run([sys.executable, __file__, "--child", config, "--feed", str(feed), "--work", tmp,
                                  "--partition-size", str(args.partition_size)],
                                 check=True, capture_output=True, text=True)
            runs.append(json.loads(out.stdout))
        dedup_ms = near_duplicate_cost(feed) * 1000
        identical = same_rows(work / "local.duckdb", work / f"{runs[-1]['config']}.duckdb")
    report(runs, args.docs, words, dedup_ms, args.json, identical)


def report(
    runs: list[dict[str, Any]], docs: int, words: int, dedup_ms: float, json_path: Path | None, identical: bool
) -> None:
    base = runs[0]
    print(f"corpus: {docs} articles, {words} words ({words / docs:.0f} words/article); "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (shared machine)")
    for run in runs:
        run["docs_per_s"] = docs / run["steady_seconds"]
        run["words_per_s"] = words / run["steady_seconds"]
        run["end_to_end_docs_per_s"] = docs / run["wall_seconds"]
        run["ratio_vs_local"] = run["docs_per_s"] / base["docs_per_s"]
        run["end_to_end_ratio_vs_local"] = run["end_to_end_docs_per_s"] / base["end_to_end_docs_per_s"]
        print(f"{run['config']:>6}: {run['docs_per_s']:6.1f} docs/s steady ({run['words_per_s']:7.0f} words/s, "
              f"x{run['ratio_vs_local']:.2f} vs local); end to end {run['wall_seconds']:5.1f} s "
              f"(x{run['end_to_end_ratio_vs_local']:.2f}); peak MB {run['peak_mb']}")
        if "phases" in run:
            print(f"        phases (s): {run['phases']}; worker CPU s (incl. model load): {run['worker_cpu_seconds']}")
            shape = run["shape"]
            print(f"        driver CPU s by phase {shape['driver_cpu_seconds']}; driver busy s "
                  f"{shape['driver_busy_seconds']}; workers' CPU in tasks {shape['task_cpu_seconds']} s, "
                  f"outside tasks {shape['worker_cpu_outside_tasks']} s")
            for line in shape["timeline"]:
                print(f"        {line}")
    wall_run = next((r for r in runs if r["config"] == "dask1"), runs[-1])
    wall_rate = wall_run["words_per_s"]
    # On a shared machine wall time measures the contention; CPU time measures the work. One worker is one
    # core, so the estimate uses words per CPU-second of the coding loop.
    cpu_rate = words / base["steady_cpu_seconds"]
    print(f"coding cost: {cpu_rate:.0f} words per CPU-second ({base['steady_cpu_seconds']:.1f} CPU s for {docs} "
          f"articles); {wall_run['config']} wall rate under this load: {wall_rate:.0f} words/s")
    per_worker = cpu_rate
    per_day = per_worker * 86_400 * UTILISATION / WORDS_PER_ARTICLE
    needed = math.ceil(ARTICLES_PER_DAY / per_day)
    print(f"near-duplicate check: {dedup_ms:.2f} ms/article (signature + LSH query + insert, driver side)")
    print(f"estimate: one worker (one core) codes {per_worker:.0f} words/s -> {per_day:,.0f} articles/day of "
          f"{WORDS_PER_ARTICLE} words at {UTILISATION:.0%} utilisation -> {needed} workers for "
          f"{ARTICLES_PER_DAY:,} articles/day")
    print(f"stores identical (local vs {runs[-1]['config']}): {identical}")
    if json_path:
        json_path.write_text(json.dumps({"runs": runs, "docs": docs, "words": words, "dedup_ms": dedup_ms,
                                         "workers_for_250k_per_day": needed, "stores_identical": identical},
                                        indent=2, default=str))


if __name__ == "__main__":
    main()
