"""`accord actors lookup` and `accord actors import-wikidata`: the actor knowledge base from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from accord.actors import ActorResolver
from accord.actors.wikidata import convert, read_export, write_actor_file
from accord.cli.output import dumps, format_option, render_table

ACTOR_FILES = click.option(
    "--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
    help="A user actor file layered over the shipped knowledge base (repeatable).",
)


@click.command()
@click.argument("phrase")
@click.option("--date", help="Article date (YYYY-MM-DD): picks who held an office then.")
@ACTOR_FILES
@format_option(default="table", choices=("table", "json"))
def lookup(phrase: str, date: str | None, actor_files: tuple[str, ...], fmt: str) -> None:
    """Show how PHRASE resolves to an actor, and why (names, sector words, rule, knowledge-base entry).

    Example: accord actors lookup "India's Defense Ministry" --date 2021-12-06
    """
    explained = ActorResolver.load(actor_files).explain(phrase, date)
    if fmt == "json":
        click.echo(dumps(explained, indent=2))
        return
    click.echo(_describe(explained))


def _describe(explained: dict[str, Any]) -> str:
    actor = explained["actor"]
    lines = [f"phrase   {explained['phrase']!r}" + (f"  (date {explained['date']})" if explained["date"] else "")]
    if actor is None:
        lines.append("result   no actor: no country, organisation, person or sector word recognised")
        lines.extend(f"why      {note}" for note in explained["notes"])  # what an article would add
    else:
        rows = [{k: actor.get(k) for k in ("name", "country", "sector", "role", "organisation", "kind")}]
        lines.append(render_table(rows))
        lines.append(f"rule     {explained['rule']}")
        if explained["entry"]:
            source = explained["entry_source"] or "shipped data"
            lines.append(f"entry    {explained['entry']}: {explained['entry_name']} (source: {source})")
        if explained["members"]:
            lines.append(f"members  {', '.join(explained['members'])}")
        if explained["period"]:
            lines.append(f"period   {explained['period']}")
        lines.extend(f"why      {note}" for note in explained["notes"])
    lines.append(f"head     {explained['head']!r}" + (f"   tail {explained['tail']!r}" if explained["tail"] else ""))
    for name in explained["names"]:
        lines.append(f"name     {name['text']!r} -> {', '.join(name['entries'])}")
        if name["matched"]:
            lines.append(f"         {name['matched']}")
    for word in explained["sector_words"]:
        lines.append(f"sector   {word['text']!r} -> {word['sector']} ({word['class']})")
    return "\n".join(lines)


@click.command(name="import-wikidata")
@click.argument("export", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The actor file (YAML) to write; use it with --actors.")
@click.option("--quiet", "-q", is_flag=True, help="No messages on stderr.")
def import_wikidata(export: str, output: str, quiet: bool) -> None:
    """Turn a Wikidata Query Service JSON EXPORT of office holders into a user actor file.

    The export needs the variables person, personLabel, positionLabel, start, end and iso3 or countryLabel;
    docs/actors.md has a ready query.
    """
    resolver = ActorResolver.load()
    document, report = convert(read_export(export), resolver.kb, source=Path(export).name)
    write_actor_file(document, output, header=[f"Imported from the Wikidata export {Path(export).name}.",
                                               "Layer it over the shipped data with --actors."])
    if not quiet:
        click.echo(f"accord: {report.people} people, {report.offices} offices -> {output}", err=True)
        for problem in report.skipped:
            click.echo(f"accord: skipped {problem}", err=True)
