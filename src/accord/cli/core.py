"""The core commands: extract, ingest, the store listings, and export."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

import click

from accord.batch import IngestSummary
from accord.batch import ingest as run_ingest
from accord.budget import DEFAULT_MAX_SECONDS, DEFAULT_MAX_SENTENCE_TOKENS, Budget
from accord.cli.output import Columns, dumps, format_option, render_table, write_rows
from accord.dedup.minhash import NearDuplicateOptions
from accord.ingest.readers import DEFAULT_MAX_BYTES, ReadFailure, ReadItem, ReadOptions, read_inputs
from accord.pipeline import ExtractionFailure, Pipeline, PipelineOptions
from accord.pool import CodingPool
from accord.records import Document, Extraction
from accord.store import DEFAULT_DB, Filters, Store, open_store, parse_factuality
from accord.store.holder import holding
from accord.store.queries import filter_actors, parse_event_type, parse_period_day, unknown_actors
from accord.store.store import LogEntry

PATHS = click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        type=click.Path(dir_okay=False),
        default=lambda: os.environ.get("ACCORD_DB", DEFAULT_DB),
        show_default="accord.duckdb, or $ACCORD_DB",
        help="The DuckDB store file.",
    )(func)


def pipeline_options(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
                        help="Worker processes for parsing and extraction.")(func)
    func = click.option("--batch-size", type=click.IntRange(1, 10_000), default=16, show_default=True,
                        help="Documents per spaCy batch (and, for ingest, per store transaction).")(func)
    func = click.option("--max-seconds", type=click.FloatRange(0.1), default=DEFAULT_MAX_SECONDS, show_default=True,
                        help="Time one document's extraction may take before it is given up (logged failed).")(func)
    func = click.option("--max-sentence-tokens", type=click.IntRange(10), default=DEFAULT_MAX_SENTENCE_TOKENS,
                        show_default=True,
                        help="Longest sentence, in tokens, a document may hold; a longer one fails the document.")(func)
    func = click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                        help="A user actor file layered over the shipped knowledge base (repeatable).")(func)
    func = click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_BYTES, show_default=True,
                        help="Largest input file accepted.")(func)
    return func


def _options(jobs: int, batch_size: int, actor_files: tuple[str, ...], max_seconds: float,
             max_sentence_tokens: int) -> PipelineOptions:
    return PipelineOptions(jobs=jobs, batch_size=batch_size, actor_files=actor_files,
                           budget=Budget(max_seconds, max_sentence_tokens))


@click.command()
@PATHS
@format_option(default="jsonl", choices=("jsonl", "json", "table"))
@pipeline_options
@click.option("--quiet", "-q", is_flag=True, help="No messages on stderr.")
def extract(
    paths: tuple[str, ...], fmt: str, jobs: int, batch_size: int, actor_files: tuple[str, ...], max_bytes: int,
    max_seconds: float, max_sentence_tokens: int, quiet: bool,
) -> None:
    """Extract events, quotes, actors, places, dates and quantities from articles and print them.

    PATHS are text, HTML, JSONL or CSV files, directories (read recursively), or - for stdin.
    Nothing is stored; use `accord ingest` for that. An input that cannot be read, or a document over its
    budget (--max-seconds, --max-sentence-tokens), is reported on stderr and the others go on; the exit
    status is 1 when no document could be extracted.
    """
    pipeline = Pipeline(_options(jobs, batch_size, actor_files, max_seconds, max_sentence_tokens))
    counts = {"documents": 0, "failed": 0}

    def readable() -> Iterator[Document]:
        # Streams: a large feed is extracted as it is read, not held in memory first.
        for item in read_inputs(paths, ReadOptions(max_bytes=max_bytes)):
            if isinstance(item, ReadFailure):
                counts["failed"] += item.kind == "failed"
                if not quiet:
                    click.echo(f"accord: {item.kind}: {item.source}: {item.reason}", err=True)
            else:
                counts["documents"] += 1
                yield item

    def extracted() -> Iterator[Extraction]:
        for outcome in pipeline.extract_outcomes(readable()):
            if isinstance(outcome, ExtractionFailure):
                counts["documents"] -= 1
                counts["failed"] += 1
                if not quiet:
                    click.echo(f"accord: failed: {outcome.document.source or outcome.document.id}: "
                               f"{outcome.reason}", err=True)
            else:
                yield outcome

    extractions = extracted()
    if fmt == "json":
        click.echo(dumps([x.to_dict() for x in extractions], indent=2))
    elif fmt == "table":
        for x in extractions:
            click.echo(_extraction_table(x))
    else:
        for x in extractions:
            click.echo(dumps(x.to_dict()))
    if counts["failed"] and not counts["documents"]:
        sys.exit(1)


def _extraction_table(x: Extraction) -> str:
    head = (
        f"== {x.document.id}  published={x.document.published or '-'}  sentences={len(x.sentences)}  "
        f"entities={len(x.entities)}  events={len(x.events)}  quotes={len(x.quotes)}  places={len(x.places)}  "
        f"dates={len(x.dates)}  quantities={len(x.quantities)}"
    )
    rows = [
        {
            "id": e.id,
            "type": e.type,
            "actor": ",".join(a.country or a.text for a in e.actor),
            "recipient": ",".join(a.country or a.text for a in e.recipient),
            "trigger": e.trigger.text,
            "date": e.date.value if e.date else None,
            "sentence": e.sentence.text,
        }
        for e in x.events
    ]
    return head + ("\n" + render_table(rows) if rows else "")


@click.command()
@PATHS
@db_option
@pipeline_options
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this process (and --jobs); dask: Dask workers, partitioned Parquet, resumable.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler to use (tcp://HOST:8786); without it --engine dask starts a local cluster.")
@click.option("--workers", type=click.IntRange(1, 256), default=2, show_default=True,
              help="Worker processes of the local Dask cluster (one thread each).")
@click.option("--partition-size", type=click.IntRange(1, 100_000), default=64, show_default=True,
              help="Inputs per Dask task and per Parquet file.")
@click.option("--parts-dir", type=click.Path(file_okay=False),
              help="With --engine dask, where run directories of Parquet parts go (default: beside the DB, "
                   "DB.runs/); on a multi-machine cluster, a folder every worker sees at the same path.")
@click.option("--keep-parts", is_flag=True,
              help="With --engine dask, keep the run's Parquet directory after loading it (removed by default).")
@click.option("--near-dup-threshold", type=click.FloatRange(0.0, 1.0, min_open=True), default=0.5,
              show_default=True, help="Word-shingle similarity at which a reprint is linked, not coded.")
@click.option("--no-near-dups", is_flag=True, help="Code near-duplicate reprints like any other article.")
@click.option("--allow-failures", is_flag=True,
              help="Exit 0 even when some inputs failed (they are still logged and reported).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary on stderr.")
def ingest(
    paths: tuple[str, ...], db: str, jobs: int, batch_size: int, actor_files: tuple[str, ...], max_bytes: int,
    max_seconds: float, max_sentence_tokens: int, engine: str, scheduler: str | None, workers: int,
    partition_size: int, parts_dir: str | None, keep_parts: bool, near_dup_threshold: float, no_near_dups: bool,
    allow_failures: bool, quiet: bool,
) -> None:
    """Read articles, extract everything, and store it in the DuckDB store.

    Re-ingesting the same content stores nothing new; a changed article under the same id becomes a new
    version; a near-duplicate of a stored article (a reprint with small edits) is linked to it, not coded.
    Every input's outcome is recorded in the ingest_log table; a document that cannot be read, exceeds its
    budget (--max-seconds, --max-sentence-tokens) or cannot be stored fails alone and the batch goes on.
    The exit status is 1 when any input failed (read, budget or store), 2 on an error that stops the run;
    --allow-failures exits 0 despite failed inputs. With --engine dask, an interrupted run restarted with the same
    inputs skips the partitions it had already written.
    """
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    near = None if no_near_dups else NearDuplicateOptions(threshold=near_dup_threshold)
    items = read_inputs(paths, ReadOptions(max_bytes=max_bytes))
    options = _options(jobs, batch_size, actor_files, max_seconds, max_sentence_tokens)
    note = None
    with open_store(db) as store, holding(db, "accord ingest"):
        progress, close = _progress(quiet)
        try:
            if engine == "dask":
                from accord.distributed import DaskOptions, ingest_dask
                from accord.distributed.runs import inputs_key

                result = ingest_dask(items, store, replace(options, jobs=1),
                                     DaskOptions(scheduler, workers, partition_size, run_root=parts_dir,
                                                 keep_parts=keep_parts),
                                     progress=progress, near_duplicates=near, inputs_key=inputs_key(paths))
                summary = result.summary
                where = f"Parquet kept in {result.run_dir}" if result.kept else "Parquet removed after loading"
                note = f"dask: {result.partitions} partitions, {result.reused} reused, {where}"
            else:
                summary = _ingest_local(items, store, options, progress, near)
        finally:
            close()
    if not quiet:
        for failure in summary.failures:
            click.echo(f"accord: failed: {failure.source}: {failure.reason}", err=True)
        click.echo(f"accord: {summary.line()} (run {summary.run_id}, store {db})", err=True)
        if note:
            click.echo(f"accord: {note}", err=True)
    if summary.failed and not allow_failures:
        if not quiet:
            click.echo(f"accord: {summary.failed} input(s) failed (see `accord log --run {summary.run_id}`); "
                       "exit status 1 (--allow-failures to exit 0)", err=True)
        sys.exit(1)


def _ingest_local(items: Iterable[ReadItem], store: Store, options: PipelineOptions,
                  progress: Callable[[LogEntry], None] | None, near: NearDuplicateOptions | None) -> IngestSummary:
    """The local runner; with --jobs N, one pool of N worker processes for the whole run."""
    pipeline = Pipeline(replace(options, jobs=1))  # the parent codes only when there is no pool
    if options.jobs <= 1:
        return run_ingest(items, store, pipeline, batch_size=options.batch_size, progress=progress,
                          near_duplicates=near)
    with CodingPool(options, options.jobs) as pool:
        return run_ingest(items, store, pipeline, batch_size=options.batch_size, progress=progress,
                          near_duplicates=near, pool=pool)


def _progress(quiet: bool) -> tuple[Callable[[LogEntry], None] | None, Callable[[], None]]:
    if quiet:
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(unit="doc", desc="ingest", file=sys.stderr, disable=not sys.stderr.isatty())
    return (lambda _entry: bar.update(1)), bar.close


def _filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--limit", type=click.IntRange(0), default=100, show_default=True, help="Most rows shown."),
        click.option("--search", help="Only rows whose text contains this (case-insensitive)."),
        click.option("--until", callback=_until_option,
                     help="Up to this date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD (2021 = to the year's end)."),
        click.option("--since", callback=_since_option,
                     help="From this date: YYYY, YYYY-MM or YYYY-MM-DD (2021 = from the year's start)."),
        click.option("--type", "event_type", callback=_type_option,
                     help="PLOVER event type (any letter case), e.g. AGREE."),
        click.option("--dyad", nargs=2, help="Two actors on opposite sides, either direction (codes or names)."),
        click.option("--actor", help="Actor: a country code (IND) or part of a name."),
        click.option("--factuality", default="asserted", show_default=True, callback=_factuality_option,
                     help="Which events count: asserted (what the text says happened), all, or some of "
                          "asserted, negated, hypothetical, future joined by commas."),
    ]
    for option in options:
        func = option(func)
    return db_option(format_option()(func))


def _since_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    return _day_option(value, "--since", end=False)


def _until_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    return _day_option(value, "--until", end=True)


def _day_option(value: str | None, name: str, *, end: bool) -> str | None:
    # ClickException, not BadParameter: a one-line "Error: ..." without the usage block.
    try:
        return parse_period_day(value, end=end)
    except ValueError as error:
        raise click.ClickException(f"{name}: {error}") from error


def _type_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    try:
        return parse_event_type(value)
    except ValueError as error:
        raise click.ClickException(f"--type: {error}") from error


def _factuality_option(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...] | None:
    try:
        return parse_factuality(value)
    except ValueError as error:
        raise click.BadParameter(str(error), ctx=ctx, param=param) from error


def _filters(**kwargs: Any) -> Filters:
    dyad = kwargs.get("dyad")
    return Filters(
        actor=kwargs.get("actor"),
        dyad=(dyad[0], dyad[1]) if dyad else None,
        type=kwargs.get("event_type"),
        since=kwargs.get("since"),
        until=kwargs.get("until"),
        search=kwargs.get("search"),
        speaker=kwargs.get("speaker"),
        limit=kwargs.get("limit", 100),
        factuality=kwargs.get("factuality", Filters().factuality),
    )


def _query(db: str, what: Callable[[Store, Filters], list[dict[str, Any]]], fmt: str,
           columns: Columns = None, **kwargs: Any) -> None:
    filters = _filters(**kwargs)
    with open_store(db, read_only=True) as store:
        unknown = unknown_actors(store.con, filter_actors(filters))
        if unknown:
            raise click.ClickException(
                f"no actor matches {', '.join(repr(v) for v in unknown)}: use a country code (USA, usa), a "
                "country's name (United States) or part of an actor's name (see `accord actors --search`)")
        rows = what(store, filters)
    write_rows(rows, fmt, columns=columns)


@click.command()
@_filter_options
def documents(db: str, fmt: str, **kwargs: Any) -> None:
    """List stored documents (current versions) with their event and quote counts."""
    _query(db, Store.documents, fmt, **kwargs)


# What `accord events` shows in a table unless --columns says otherwise: fits a 120-character terminal.
EVENT_TABLE_COLUMNS = ("day", "type", "actor", "recipient", "score", "factuality", "sentence")
CLUSTER_TABLE_COLUMNS = ("first_day", "type", "actor_countries", "recipient_countries", "mention_count",
                         "article_count", "actor_names")


@click.command()
@_filter_options
@click.option("--clusters", is_flag=True,
              help="One row per real-world event (mentions across articles merged), with mention and source counts.")
@click.option("--columns", metavar="A,B,...|all",
              help="Columns to show, joined by commas, or 'all'. The table shows day, type, actor, recipient, "
                   "score, factuality and sentence by default; json, jsonl and csv every column.")
def events(db: str, fmt: str, clusters: bool, columns: str | None, **kwargs: Any) -> None:
    """List stored events. Filter by actor, dyad, type, date range and sentence text.

    Only asserted events (what the text says happened) are listed unless --factuality says otherwise:
    --factuality all, or e.g. --factuality hypothetical,future for what may or will happen. Actors are
    country codes in any letter case (usa), country names (United States) or part of an actor's name; an
    actor that matches nothing stored is an error. A table fits 120 characters unless --columns asks for more.
    """
    what = Store.event_clusters if clusters else Store.events
    default = CLUSTER_TABLE_COLUMNS if clusters else EVENT_TABLE_COLUMNS
    chosen = _columns(columns, default if fmt == "table" else None)
    _query(db, _compact_events(what), fmt, columns=chosen, **kwargs)


def _compact_events(what: Callable[[Store, Filters], list[dict[str, Any]]]
                    ) -> Callable[[Store, Filters], list[dict[str, Any]]]:
    """Rows with short aliases added: day, actor, recipient (country codes joined by +), sentence (one line)."""
    def rows(store: Store, filters: Filters) -> list[dict[str, Any]]:
        out = []
        for row in what(store, filters):
            if "event_day" in row:
                row = {"day": row["event_day"], "actor": "+".join(row["actor_countries"] or []) or None,
                       "recipient": "+".join(row["recipient_countries"] or []) or None,
                       "sentence": " ".join((row["sentence_text"] or "").split()), **row}
            out.append(row)
        return out
    return rows


def _columns(value: str | None, default: tuple[str, ...] | None) -> Columns:
    if value is None:
        return default
    if value.strip().lower() == "all":
        return None
    chosen = tuple(c.strip() for c in value.split(",") if c.strip())
    if not chosen:
        raise click.ClickException("--columns: name columns joined by commas, or 'all'")
    return chosen


@click.command()
@_filter_options
@click.option("--speaker", help="Speaker: a country code or part of a name.")
def quotes(db: str, fmt: str, **kwargs: Any) -> None:
    """List stored quotations and reported speech with their speakers."""
    _query(db, Store.quotes, fmt, **kwargs)


@click.group(invoke_without_command=True)
@_filter_options
@click.pass_context
def actors(ctx: click.Context, /, db: str, fmt: str, **kwargs: Any) -> None:
    """List actors in stored events with their event counts; `actors lookup` explains a resolution."""
    if ctx.invoked_subcommand is None:
        _query(db, Store.actors, fmt, **kwargs)


@click.command(name="log")
@db_option
@format_option()
@click.option("--run", "run_id", help="Only this ingest run.")
def ingest_log(db: str, fmt: str, run_id: str | None) -> None:
    """Show the ingest log: the outcome of every input ever read (stored, duplicate, failed...)."""
    with open_store(db, read_only=True) as store:
        write_rows(store.ingest_log(run_id), fmt)


@click.command()
@db_option
@format_option(default="table", choices=("table", "json"))
def stats(db: str, fmt: str) -> None:
    """Summarise the store: documents, events, quotes, places, the commonest event types and dyads."""
    with open_store(db, read_only=True) as store:
        summary = store.stats()
    if fmt == "json":
        click.echo(dumps(summary, indent=2))
        return
    for key, value in summary.items():
        if isinstance(value, dict):
            shown = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
            click.echo(f"{key.replace('_', ' ')}: {shown}")
        else:
            click.echo(f"{key.replace('_', ' ')}: {value if value is not None else '-'}")


@click.command()
@db_option
@click.option("--parquet", "directory", required=True, type=click.Path(file_okay=False),
              help="Directory to write one Parquet file per table into.")
def export(db: str, directory: str) -> None:
    """Export every table of the store as Parquet."""
    with open_store(db, read_only=True) as store:
        for path in store.export_parquet(directory):
            click.echo(str(path))
