"""`accord eval ...` (accuracy against gold annotations) and `accord bench` (speed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from accord.build import build_description, stale_compiled_modules
from accord.cli.output import dumps, format_option, render_table
from accord.eval.bench import BenchReport, run_bench
from accord.eval.metrics import PRF
from accord.eval.plover import PloverReport, confusion_rows
from accord.eval.runner import run_corpus, run_plover, run_quotes, run_sample
from accord.eval.sample import SampleReport
from accord.eval.split import SPLITS
from accord.eval.synthetic import synthetic_corpus
from accord.ingest import read_inputs
from accord.pipeline import Pipeline, PipelineOptions
from accord.records import Document

FORMAT = format_option(default="table", choices=("table", "json"))


def _eval_options(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option("--errors", is_flag=True, help="List every miss with its text, gold and prediction.")(func)
    func = click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                        help="A user actor file layered over the shipped knowledge base (repeatable).")(func)
    return FORMAT(func)


def _pipeline(actor_files: tuple[str, ...] = (), jobs: int = 1, batch_size: int = 16) -> Pipeline:
    return Pipeline(PipelineOptions(actor_files=actor_files, jobs=jobs, batch_size=batch_size))


def _prf_row(name: str, prf: PRF) -> dict[str, Any]:
    return {"metric": name, "precision": prf.precision, "recall": prf.recall, "f1": prf.f1,
            "matched": prf.matched_gold, "gold": prf.gold, "predicted": prf.predicted}


def _echo_section(title: str, rows: list[dict[str, Any]]) -> None:
    click.echo(f"\n{title}\n{render_table(rows)}")


@click.group(name="eval")
def evaluate() -> None:
    """Score accord against gold annotations (PLOVER records, annotated articles, BRAT quotes)."""


@evaluate.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@_eval_options
def plover(gold: str, fmt: str, actor_files: tuple[str, ...], errors: bool) -> None:
    """Event coding against PLOVER gold records (JSONL: id, text, date, type, actor, recipient).

    Prints event-type and full (type + actor countries) precision/recall/F1, actor-country accuracy,
    per-type recall and a confusion table of gold against predicted types.
    """
    report = run_plover(gold, _pipeline(actor_files))
    if fmt == "json":
        out = report.to_dict()
        if errors:
            out["errors"] = report.errors()
        click.echo(dumps(out, indent=2))
        return
    _plover_table(report, errors)


def _plover_table(report: PloverReport, errors: bool) -> None:
    predicted = report.event_type.predicted
    click.echo(f"PLOVER gold: {report.records} records, {predicted} predicted events")
    click.echo(render_table([_prf_row("event type", report.event_type), _prf_row("full (type+actors)",
                                                                                   report.full)]))
    right, total = report.actor_country
    click.echo(f"actor-country accuracy (event participants): {report.actor_country_accuracy:.3f} "
               f"({right}/{total})")
    actors = report.extra.get("actors")
    if actors:  # the actor resolver's own scorer: every gold actor, not only event participants
        click.echo("actor resolver: " + ", ".join(f"{key.replace('_', ' ')} {value}" for key, value in actors.items()))
    per_type = [{"type": t, "found": found, "total": total, "recall": found / total if total else 0.0}
                for t, (found, total) in sorted(report.per_type.items())]
    _echo_section("per-type recall", per_type)
    _echo_section("confusion (rows: gold type, columns: predicted)", confusion_rows(report.confusion))
    if errors:
        _echo_section("errors", report.errors())


def _sample_rows(report: SampleReport) -> list[dict[str, Any]]:
    rows = [
        _prf_row("events (required)", report.events),
        _prf_row("quotes (content)", report.quotes),
        _prf_row("quotes (+speaker)", report.quotes_speaker),
        _prf_row("dates", report.dates),
        _prf_row("places", report.places),
        _prf_row("quantities", report.quantities),
    ]
    for row in rows[3:]:  # the annotation lists only some dates, places, quantities: recall only
        row["precision"] = row["f1"] = None
    return rows


def _echo_json_with_misses(out: dict[str, Any], errors: bool) -> None:
    """A report as JSON; its list of misses only when --errors asks for it."""
    if not errors:
        out.pop("misses")
    click.echo(dumps(out, indent=2))


def _sample_output(report: SampleReport, fmt: str, errors: bool, title: str) -> None:
    if fmt == "json":
        _echo_json_with_misses(report.to_dict(), errors)
        return
    click.echo(title)
    click.echo(render_table(_sample_rows(report)))
    click.echo(f"predicted events matching nothing in the annotation: {report.events_unmatched}")
    right, total = report.quotes_direct
    click.echo(f"found quotes with the right kind (direct/indirect): {right}/{total}")
    attributes = [{"found events carrying": name, "right": right, "annotated": total,
                   "accuracy": report.attribute_accuracy(name)}
                  for name, (right, total) in sorted(report.event_attributes.items()) if total]
    if attributes:
        _echo_section("event attributes", attributes)
    if errors:
        _echo_section("misses", list(report.misses))


@evaluate.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("text", type=click.Path(exists=True, dir_okay=False))
@_eval_options
def sample(gold: str, text: str, fmt: str, actor_files: tuple[str, ...], errors: bool) -> None:
    """One article (TEXT, with its .meta.json for the date) against its annotation GOLD (*.gold.json)."""
    report = run_sample(gold, text, _pipeline(actor_files))
    _sample_output(report, fmt, errors, f"{Path(text).name} against {Path(gold).name}")


@evaluate.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@_eval_options
def corpus(directory: str, fmt: str, actor_files: tuple[str, ...], errors: bool) -> None:
    """Every NAME.txt with a NAME.gold.json in DIRECTORY (e.g. tests/golden/articles), added up."""
    report = run_corpus(directory, _pipeline(actor_files))
    _sample_output(report, fmt, errors, f"{report.documents} annotated articles in {directory}")


@evaluate.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--split", type=click.Choice(SPLITS), default="all", show_default=True,
              help="Which part: dev (four fifths), heldout (the untouched fifth: sha256 of the article's name, "
                   "first 8 hex digits, divisible by 5) or all.")
@click.option("--sample", type=click.IntRange(1), default=None,
              help="Score only this many articles of the part, drawn with --seed (for quick iterations).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of --sample.")
@_eval_options
def quotes(directory: str, split: str, sample: int | None, seed: int, fmt: str, actor_files: tuple[str, ...],
           errors: bool) -> None:
    """Quote attribution against BRAT standoff files: NAME.txt + NAME.ann, or PolNeAR's layout
    (text/NAME.txt + attributions/NAME_ANNOTATOR.ann; the first annotation file by name is the gold).

    Content spans match at token overlap >= 0.5, one to one; also exact spans, speaker accuracy on
    matched quotes, direct and indirect quotes apart, and the quote stage's time per article.
    """
    report = run_quotes(directory, _pipeline(actor_files), split=split, sample=sample, seed=seed)
    if fmt == "json":
        _echo_json_with_misses(report.to_dict(), errors)
        return
    click.echo(f"BRAT quote attribution: {report.documents} documents (split {split}"
               f"{f', sample {sample} with seed {seed}' if sample else ''})")
    click.echo(render_table([_prf_row("content (overlap>=0.5)", report.content), _prf_row("exact span",
                            report.exact), _prf_row("direct", report.direct), _prf_row("indirect",
                            report.indirect)]))
    right, total = report.speaker
    click.echo(f"speaker accuracy on matched quotes: {report.speaker_accuracy:.3f} ({right}/{total})")
    click.echo(f"quote stage: {report.stage_ms_per_document:.1f} ms per article, "
               f"{100 * report.stage_share:.1f}% of pipeline time")
    if errors:
        _echo_section("misses", list(report.misses))


@click.command()
@click.argument("path", required=False, type=click.Path(exists=True))
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes; each gets a shard of the documents.")
@click.option("--docs", "max_docs", type=click.IntRange(1), default=None,
              help="Use at most this many documents (synthetic corpus: this many; default 200).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the synthetic corpus.")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=16, show_default=True,
              help="Documents per spaCy batch.")
@click.option("--repeat", type=click.IntRange(1, 20), default=1, show_default=True,
              help="Passes over the documents (the modes take turns chunk by chunk); figures are per pass.")
@click.option("--stages/--no-stages", default=True, show_default=True,
              help="Also time each pipeline component (a third pass over the documents; extract mode only).")
@click.option("--mode", type=click.Choice(["extract", "ingest"]), default="extract", show_default=True,
              help="extract: the pipeline's records, nothing stored; ingest: the whole ingest (admission, "
                   "pipeline, store writes, event clusters) into a fresh DuckDB file on disk.")
@click.option("--store-dir", type=click.Path(file_okay=False), default=None,
              help="Where --mode ingest puts its store (removed afterwards); default: a temporary directory.")
@FORMAT
def bench(path: str | None, jobs: int, max_docs: int | None, seed: int, batch_size: int, repeat: int,
          stages: bool, mode: str, store_dir: str | None, fmt: str) -> None:
    """Speed: spaCy parsing alone against the full accord pipeline, on the same documents, in one run.

    PATH is a directory of articles or a JSONL/CSV file; without it, a synthetic wire-news corpus is
    generated (deterministic with --seed). Prints docs/s, words/s, sentences/s, peak memory, the ratio
    full/parse-only and the time of each pipeline component. With --mode ingest the second mode is a real
    ingest into an on-disk store, and the ratio is ingest/parse-only, with the time spent writing.
    """
    documents = _bench_documents(path, max_docs, seed)
    for module in stale_compiled_modules():
        click.echo(f"accord: warning: the compiled {module} is older than its source; run scripts/compile.sh",
                   err=True)
    if mode == "ingest":
        if jobs > 1:
            raise click.UsageError("--mode ingest runs in one process (--jobs 1); time `accord ingest --jobs N`")
        _bench_ingest(documents, batch_size, repeat, store_dir, path or f"synthetic corpus (seed {seed})", fmt)
        return
    report = run_bench(documents, PipelineOptions(batch_size=batch_size), jobs=jobs, profile=stages,
                       repeat=repeat)
    if fmt == "json":
        click.echo(dumps({"source": path or f"synthetic (seed {seed})", "build": build_description(),
                          **report.to_dict()}, indent=2))
        return
    _bench_table(report, path or f"synthetic corpus (seed {seed})")


def _bench_ingest(documents: list[Document], batch_size: int, repeat: int, store_dir: str | None, source: str,
                  fmt: str) -> None:
    import tempfile

    from accord.eval.bench_ingest import bench_ingest

    pipeline = Pipeline(PipelineOptions(batch_size=batch_size))
    if store_dir is not None:
        Path(store_dir).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="accord-bench-", dir=store_dir) as folder:
        result = bench_ingest(pipeline, documents, Path(folder), repeat=repeat)
    if fmt == "json":
        click.echo(dumps({"source": source, "build": build_description(), **result.to_dict()}, indent=2))
        return
    report, data = result.report, result.to_dict()
    click.echo(f"{source}: {report.full.docs} distinct documents, {report.parse.words} words, "
               f"{report.parse.sentences} sentences; accord {build_description()}")
    click.echo(render_table([report.parse.to_dict(), report.full.to_dict()]))
    click.echo(f"ratio ingest/parse-only throughput: {report.ratio:.3f} (wall time), {report.cpu_ratio:.3f} "
               f"(CPU time), {report.median_chunk_ratio:.3f} (median of {len(report.chunk_ratios)} chunks, "
               "CPU time)")
    click.echo(f"store writes: {data['write_seconds']} s ({100 * data['write_share']:.1f}% of ingest time); "
               f"event clusters: {data['cluster_seconds']} s; store file {data['store_mb']} MB")
    click.echo(f"ingest: {result.summary_line}")


def _bench_documents(path: str | None, max_docs: int | None, seed: int) -> list[Document]:
    if path is None:
        return synthetic_corpus(max_docs or 200, seed)
    items = list(read_inputs([path]))
    documents = [d for d in items if isinstance(d, Document)]
    if not documents:
        raise click.UsageError(f"no readable articles in {path}")
    if len(items) > len(documents):
        click.echo(f"accord: {len(items) - len(documents)} inputs in {path} were not read (see accord extract)",
                   err=True)
    return documents[:max_docs] if max_docs else documents


def _bench_table(report: BenchReport, source: str) -> None:
    click.echo(f"{source}: {report.full.docs} documents, {report.parse.words} words, "
               f"{report.parse.sentences} sentences, jobs={report.jobs}; accord {build_description()}")
    click.echo(render_table([report.parse.to_dict(), report.full.to_dict()]))
    click.echo(f"ratio full/parse-only throughput: {report.ratio:.3f} (wall time), "
               f"{report.cpu_ratio:.3f} (CPU time), {report.median_chunk_ratio:.3f} (median of "
               f"{len(report.chunk_ratios)} chunks, CPU time)")
    if report.jobs > 1:
        click.echo("(seconds: the slowest worker's; peak_rss_mb: the largest worker's)")
    if report.stages:
        _echo_section("time per pipeline component (stage profile pass)", report.stage_rows())
