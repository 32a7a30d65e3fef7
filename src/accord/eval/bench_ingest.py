"""`accord bench --mode ingest`: spaCy parsing alone against the whole ingest, store writes included.

The ingest mode is the real runner (``accord.batch.IngestRun``: admission with exact and near-duplicate
checks, the pipeline, the bulk writes) into a real DuckDB file on disk, fresh for each pass. It takes turns
with parse-only chunk by chunk like the extract mode (``bench.time_interleaved``); each chunk is one ingest
batch, coded and written before the clock stops. The run's closing work, rebuilding the event clusters the
new events touch, is timed once per pass and added to the ingest mode's time, as a real run pays it once.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from accord.batch import DEFAULT_NEAR_DUPLICATES, IngestRun, IngestSummary
from accord.eval.bench import WARMUP_DOCS, BenchReport, ModeResult, _add_up, _consume, peak_rss_mb, time_interleaved
from accord.pipeline import Pipeline
from accord.records import Document
from accord.store.store import Store


@dataclass(frozen=True)
class IngestBenchReport:
    """Parse-only against ingest, with the ingest's own split: seconds in store writes and in clustering."""

    report: BenchReport
    write_seconds: float
    cluster_seconds: float
    summary_line: str
    store_mb: float

    def to_dict(self) -> dict[str, Any]:
        data = self.report.to_dict()
        ingest = self.report.full
        return {
            "mode": "ingest",
            "parse_only": data["parse_only"],
            "ingest": data["full"],
            "ratio_ingest_to_parse": data["ratio_full_to_parse"],
            "cpu_ratio_ingest_to_parse": data["cpu_ratio_full_to_parse"],
            "median_chunk_ratio": data["median_chunk_ratio"],
            "chunks": data["chunks"],
            "write_seconds": round(self.write_seconds, 3),
            "write_share": round(self.write_seconds / ingest.seconds, 4) if ingest.seconds else 0.0,
            "cluster_seconds": round(self.cluster_seconds, 3),
            "store_mb": round(self.store_mb, 1),
            "ingest_summary": self.summary_line,
        }


class _IngestChunks:
    """Times the ingest of one chunk after another into one run (one store)."""

    def __init__(self, run: IngestRun) -> None:
        self.run = run

    def __call__(self, chunk: Sequence[Document]) -> ModeResult:
        start, cpu = time.perf_counter(), time.process_time()
        for document in chunk:
            self.run.add(document)
        self.run.flush()
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
        return ModeResult("ingest", len(chunk), 0, 0, seconds, peak_rss_mb(), cpu_seconds)


def bench_ingest(pipeline: Pipeline, documents: Sequence[Document], store_dir: Path, *,
                 repeat: int = 1) -> IngestBenchReport:
    """Warm up, then per pass: a fresh store, parse-only and ingest taking turns, then the closing clustering.

    Documents repeating another's content are left out first: ingest would skip them, parse-only would not."""
    documents = list({d.content_hash: d for d in documents}.values())
    warm = list(documents[:WARMUP_DOCS])
    _consume(pipeline.parse_only(d.text for d in warm))
    _consume(pipeline.extract_documents(warm))
    parses: list[ModeResult] = []
    ingests: list[ModeResult] = []
    ratios: list[float] = []
    writes = clusters = store_mb = 0.0
    summary: IngestSummary | None = None
    for turn in range(repeat):
        path = store_dir / f"bench-ingest-{turn}.duckdb"
        with Store(path) as store:
            run = IngestRun(store, pipeline, batch_size=pipeline.options.batch_size,
                            near_duplicates=DEFAULT_NEAR_DUPLICATES)
            parse, ingest, chunk_ratios = time_interleaved(pipeline, documents, second=_IngestChunks(run))
            start, cpu = time.perf_counter(), time.process_time()
            summary = run.finish(cluster_events=True)
            closing = ModeResult("ingest", 0, 0, 0, time.perf_counter() - start, peak_rss_mb(),
                                 time.process_time() - cpu)
        parses.append(parse)
        ingests.append(_add_up("ingest", [ingest, closing]))
        ratios.extend(chunk_ratios)
        writes += run.write_seconds
        clusters += closing.seconds
        store_mb = path.stat().st_size / 2**20
        path.unlink()
        shutil.rmtree(f"{path}.lsh", ignore_errors=True)  # the near-duplicate index beside the store
    parse_all, ingest_all = _per_pass(_add_up("parse-only", parses), repeat), _per_pass(
        _add_up("ingest", ingests), repeat)
    report = BenchReport(parse=parse_all, full=replace(ingest_all, words=parse_all.words,
                                                       sentences=parse_all.sentences),
                         jobs=1, chunk_ratios=tuple(ratios))
    return IngestBenchReport(report, writes / repeat, clusters / repeat,
                             summary.line() if summary else "", store_mb)


def _per_pass(result: ModeResult, passes: int) -> ModeResult:
    return replace(result, docs=result.docs // passes, words=result.words // passes,
                   sentences=result.sentences // passes, seconds=result.seconds / passes,
                   cpu_seconds=result.cpu_seconds / passes)
