"""`accord bench` and its synthetic corpus: real pipeline runs on a handful of documents."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from accord.cli import main
from accord.eval.bench import RECORDS_STAGE, combine, run_bench, time_interleaved
from accord.eval.bench_ingest import bench_ingest
from accord.eval.synthetic import synthetic_corpus
from accord.pipeline import Pipeline


def test_synthetic_corpus_is_deterministic_and_varied() -> None:
    first, again, other = synthetic_corpus(20, seed=1), synthetic_corpus(20, seed=1), synthetic_corpus(20, seed=2)
    assert [d.text for d in first] == [d.text for d in again]
    assert [d.text for d in first] != [d.text for d in other]
    assert len({d.text.split("\n")[0] for d in first}) > 10  # headlines differ
    assert all(d.published and len(d.text.split()) > 60 for d in first)
    assert len({d.id for d in first}) == 20


def test_bench_times_both_modes_on_the_same_documents(pipeline: Pipeline) -> None:
    documents = synthetic_corpus(6, seed=5)
    report = run_bench(documents, pipeline.options)
    assert report.parse.docs == report.full.docs == 6
    assert report.parse.words > 300 and report.parse.sentences > 30
    assert report.parse.seconds > 0 and report.full.seconds > 0
    assert report.ratio > 0 and report.cpu_ratio > 0
    assert report.full.cpu_seconds > 0
    assert report.full.peak_rss_mb >= report.parse.peak_rss_mb > 0
    stages = report.stages
    assert {"tokenizer", "parser", RECORDS_STAGE} <= set(stages)
    assert set(pipeline.options.stages) <= set(stages)  # every accord stage is timed on its own
    rows = report.stage_rows()
    assert abs(sum(r["share"] for r in rows) - 1.0) < 0.01


def test_worker_reports_combine_counts_and_take_the_slowest_time(pipeline: Pipeline) -> None:
    a = run_bench(synthetic_corpus(3, seed=7), pipeline.options, profile=False)
    b = run_bench(synthetic_corpus(3, seed=8), pipeline.options, profile=False)
    both = combine([a, b])
    assert both.jobs == 2
    assert both.full.docs == 6 and both.parse.words == a.parse.words + b.parse.words
    assert both.full.seconds == max(a.full.seconds, b.full.seconds)


def test_repeat_reports_figures_per_pass(pipeline: Pipeline) -> None:
    once = run_bench(synthetic_corpus(3, seed=9), pipeline.options, profile=False)
    thrice = run_bench(synthetic_corpus(3, seed=9), pipeline.options, profile=False, repeat=3)
    assert thrice.full.docs == 3 and thrice.parse.seconds > 0 and thrice.full.seconds > 0
    assert thrice.parse.words == once.parse.words and thrice.full.sentences == once.parse.sentences


def test_modes_take_turns_chunk_by_chunk(pipeline: Pipeline) -> None:
    documents = synthetic_corpus(5, seed=4)
    parse, full, ratios = time_interleaved(pipeline, documents, chunk_size=2)  # chunks of 2, 2 and 1 documents
    assert parse.docs == full.docs == 5 and len(ratios) == 3 and all(r > 0 for r in ratios)
    assert parse.words == full.words and parse.sentences == full.sentences > 0
    assert parse.peak_rss_mb == full.peak_rss_mb > 0


def test_bench_command_json() -> None:
    result = CliRunner().invoke(main, ["bench", "--docs", "4", "--no-stages", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["parse_only"]["docs"] == 4 and data["full"]["docs"] == 4
    assert data["ratio_full_to_parse"] > 0
    assert data["source"] == "synthetic (seed 0)"


def test_ingest_mode_writes_a_real_store_and_times_it(pipeline: Pipeline, tmp_path: Path) -> None:
    documents = synthetic_corpus(5, seed=3)
    result = bench_ingest(pipeline, [*documents, documents[0]], tmp_path)  # a repeat is left out
    report = result.report
    assert report.parse.docs == report.full.docs == 5 and report.full.mode == "ingest"
    assert report.full.words == report.parse.words > 0
    assert report.full.seconds > result.write_seconds > 0 and result.cluster_seconds > 0
    assert result.store_mb > 0 and "5 stored" in result.summary_line
    assert list(tmp_path.iterdir()) == []  # the store is removed after the pass


def test_bench_command_ingest_mode_json(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["bench", "--docs", "3", "--mode", "ingest", "--store-dir", str(tmp_path),
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["mode"] == "ingest" and data["ingest"]["docs"] == data["parse_only"]["docs"] == 3
    assert data["ratio_ingest_to_parse"] > 0 and data["write_seconds"] > 0
    refused = CliRunner().invoke(main, ["bench", "--docs", "3", "--mode", "ingest", "--jobs", "2"])
    assert refused.exit_code == 2 and "--jobs 1" in refused.output
