"""`accord eval realnews`, `accord eval audit` and `accord eval case`: accord on real news (docs/eval.md)."""

from __future__ import annotations

from typing import Any

import click

from accord.cli.evaluate import FORMAT, _echo_section, _pipeline, _prf_row
from accord.cli.output import dumps, render_table
from accord.errors import EvalError
from accord.eval.audit import AuditReport, draw_events, excluded_documents, is_excluded, read_sheet, score_sheet
from accord.eval.audit import write_sheet as write_audit_sheet
from accord.eval.case import EXCLUDED, NO_EVENT, TYPED, CaseReport, case_mapping, read_snippets, score_case
from accord.eval.metrics import ratio
from accord.eval.realnews_run import RealNewsReport, run_agreement, run_realnews
from accord.eval.realnews_score import Counts
from accord.ingest import make_document, read_inputs
from accord.records import Document

ACTORS = click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                      help="A user actor file layered over the shipped knowledge base (repeatable).")


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--split", type=click.Choice(["dev", "heldout", "all"]), default="dev", show_default=True,
              help="Which articles: the development part, the held-out check (look at its errors only when "
                   "closing an issue), or both.")
@click.option("--errors", is_flag=True,
              help="List every miss and spurious event with its sentence, and every actor mention resolved wrong.")
@click.option("--against", type=click.Path(exists=True, file_okay=False), default=None,
              help="Score this second annotation set of the same articles instead of accord (agreement).")
@FORMAT
@ACTORS
def realnews(paths: tuple[str, ...], split: str, errors: bool, against: str | None, fmt: str,
             actor_files: tuple[str, ...]) -> None:
    """accord against the whole-article annotations (default: eval/annotations/realnews).

    Runs the pipeline on each annotated article's text as accord reads it from the shared folder, and
    prints precision/recall/F1 at three levels (type; type + source actor; type + both sides), date and
    place accuracy on matched events, per-type figures, a breakdown by corpus and split, actor-mention and
    quote figures. With --against DIR the second annotations in DIR are scored instead of accord.
    """
    sources = paths or ("eval/annotations/realnews",)
    report = (run_agreement(sources, against, split) if against
              else run_realnews(sources, _pipeline(actor_files), split))
    if fmt == "json":
        click.echo(dumps(report.to_dict(errors), indent=2))
        return
    _realnews_table(report, errors, split)


def _realnews_table(report: RealNewsReport, errors: bool, split: str) -> None:
    total = report.total()
    who = f"annotations in {report.against}" if report.against else "accord"
    click.echo(f"{who} on {total.documents} annotated articles (split {split}): {total.gold_counted} gold events "
               f"that count of {total.gold_events}; {total.predicted_asserted} asserted predicted events of "
               f"{total.predicted_events}")
    click.echo(render_table([_prf_row(name, prf) for name, prf in total.levels.items()]))
    for label, pair in (("date right on matched events", total.date), ("place right on matched events",
                        total.place), ("matched events with a gold source but none predicted", total.source_missing),
                        ("matched events carrying a date", total.dated),
                        ("matched events carrying a place", total.placed),
                        ("matched events given a date where the gold gives none", total.date_unasked),
                        ("matched events given a place where the gold gives none", total.place_unasked)):
        click.echo(f"{label}: {ratio(*pair):.3f} ({pair[0]}/{pair[1]})")
    _echo_section("per type (type level)", [_prf_row(t, prf) | {"metric": t} for t, prf in total.per_type.items()])
    _echo_section("by corpus and split", _group_rows(report))
    _echo_section("actor mentions", _share_rows(total.mentions.to_dict()))
    quotes = total.quotes
    _echo_section("quotes (content overlap >= 0.5)", [_prf_row("content", quotes.content),
                                                       _prf_row("direct", quotes.direct),
                                                       _prf_row("indirect", quotes.indirect)])
    click.echo(f"speaker right on matched quotes: {ratio(*quotes.speaker):.3f} ({quotes.speaker[0]}/"
               f"{quotes.speaker[1]})")
    if report.skipped:
        _echo_section("skipped annotation files", [{"file": f, "reason": r} for f, r in report.skipped])
    if errors:
        _echo_section("errors", report.errors())
        _echo_section("actor mention errors", report.mention_errors())


def _group_rows(report: RealNewsReport) -> list[dict[str, Any]]:
    rows = []
    for attribute in ("corpus", "split"):
        for name, counts in report.by(attribute).items():
            rows.append(_group_row(f"{attribute} {name}", counts))
    return rows


def _group_row(name: str, counts: Counts) -> dict[str, Any]:
    row: dict[str, Any] = {"group": name, "docs": counts.documents, "gold": counts.gold_counted,
                           "predicted": counts.predicted_asserted}
    for level, prf in counts.levels.items():
        row[f"{level} P"], row[f"{level} R"], row[f"{level} F1"] = prf.precision, prf.recall, prf.f1
    return row


def _share_rows(shares: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"measure": name.replace("_", " "), **value} if isinstance(value, dict) else
            {"measure": name.replace("_", " "), "total": value} for name, value in shares.items()]


# --- audit ----------------------------------------------------------------------------------------------


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--n", "size", type=click.IntRange(1), default=100, show_default=True, help="Events to draw.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the draw (reproducible).")
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="The judging sheet to write (CSV; its instructions go beside it). Keep it outside the project.")
@click.option("--exclude", "exclude_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Leave out the documents annotated in this directory (repeatable).")
@click.option("--score", "sheet", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Read the verdicts of a judged sheet and print the shares right instead.")
@FORMAT
@ACTORS
def audit(paths: tuple[str, ...], size: int, seed: int, out: str | None, exclude_dirs: tuple[str, ...],
          sheet: str | None, fmt: str, actor_files: tuple[str, ...]) -> None:
    """A precision audit: draw N asserted events at random from accord's output on PATHS and write a judging
    sheet (--out), or score a judged sheet (--score SHEET.csv) with 95% Wilson intervals.

    PATHS are read as `accord extract` reads them (files, directories, JSONL/CSV). Shares have every judged
    event as denominator, as GDELT's published accuracy figures do.
    """
    if sheet:
        if paths:
            raise click.UsageError("--score reads a sheet; give no PATHS with it")
        _audit_output(score_sheet(read_sheet(sheet)), fmt, sheet)
        return
    if not paths or not out:
        raise click.UsageError("give PATHS and --out SHEET.csv to draw a sheet, or --score SHEET.csv")
    documents = _audit_documents(paths, exclude_dirs)
    rows = draw_events(_pipeline(actor_files).extract_documents(documents), size, seed)
    instructions = write_audit_sheet(rows, out)
    click.echo(f"{len(rows)} events drawn (seed {seed}) from {len(documents)} documents -> {out} "
               f"(instructions: {instructions})")
    if len(rows) < size:
        click.echo(f"accord: only {len(rows)} asserted events in the input, {size} asked", err=True)


def _audit_documents(paths: tuple[str, ...], exclude_dirs: tuple[str, ...]) -> list[Document]:
    ids: frozenset[str] = frozenset()
    hashes: frozenset[str] = frozenset()
    for directory in exclude_dirs:
        more_ids, more_hashes = excluded_documents(directory)
        ids, hashes = ids | more_ids, hashes | more_hashes
    items = list(read_inputs(list(paths)))
    documents = [d for d in items if isinstance(d, Document)]
    failed = len(items) - len(documents)
    kept = [d for d in documents if not is_excluded(d, ids, hashes)]
    click.echo(f"accord: {len(kept)} documents ({len(documents) - len(kept)} left out as annotated, {failed} "
               "unreadable)", err=True)
    if not kept:
        raise EvalError("no documents to draw events from")
    return kept


def _audit_output(report: AuditReport, fmt: str, sheet: str) -> None:
    if fmt == "json":
        click.echo(dumps(report.to_dict(), indent=2))
        return
    click.echo(f"{sheet}: {report.judged} judged events ({report.unjudged} rows not judged yet)")
    rows = []
    for share in report.to_dict()["shares"]:
        low, high = share["ci95_of_real"]
        rows.append({"measure": share["measure"], "share": share["share"],
                     "95% interval": f"{share['ci95_low']:.3f}-{share['ci95_high']:.3f}",
                     "right/judged": f"{share['right']}/{share['judged']}", "of real events": share["share_of_real"],
                     "95% interval (real)": f"{low:.3f}-{high:.3f}"})
    click.echo(render_table(rows))


# --- CASE-2021 ------------------------------------------------------------------------------------------


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--errors", is_flag=True, help="List every snippet typed wrong with what accord coded.")
@FORMAT
@ACTORS
def case(file: str, errors: bool, fmt: str, actor_files: tuple[str, ...]) -> None:
    """CASE-2021 task 2 snippets (TSV: id, EventSnippet, SubType): the share accord types right.

    A snippet is typed right when some asserted event accord codes in it has a PLOVER type its category
    accepts (accord/data/eval/case2021_plover.yaml); a disaster snippet is right when accord codes no
    asserted event; categories no PLOVER type fits are counted apart. Reported per SubType.
    """
    snippets = read_snippets(file)
    documents = [make_document(id=s.id, text=s.text) for s in snippets]
    extractions = list(_pipeline(actor_files).extract_documents(documents))
    report = score_case(snippets, extractions, case_mapping())
    if fmt == "json":
        click.echo(dumps(report.to_dict(errors), indent=2))
        return
    _case_table(report, errors, file)


def _case_table(report: CaseReport, errors: bool, file: str) -> None:
    typed, quiet, excluded = report.group(TYPED), report.group(NO_EVENT), report.group(EXCLUDED)
    click.echo(f"{file}: {typed[1] + quiet[1] + excluded[1]} snippets")
    click.echo(f"typed right: {ratio(*typed):.3f} ({typed[0]}/{typed[1]}); disaster snippets without an event: "
               f"{ratio(*quiet):.3f} ({quiet[0]}/{quiet[1]}); excluded (no PLOVER type fits): {excluded[1]}")
    _echo_section("per SubType", report.rows())
    if errors:
        _echo_section("errors", list(report.errors))
