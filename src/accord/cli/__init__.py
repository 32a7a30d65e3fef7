"""The `accord` command: a thin click layer over the library. Errors become messages, not tracebacks."""

from __future__ import annotations

import sys

import click

from accord import __version__
from accord.cli import actors as actors_cli
from accord.cli import annotate as annotate_cli
from accord.cli import core, evaluate, evaluate_real, scale
from accord.cli.serve import serve as serve_command
from accord.errors import AccordError


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except AccordError as error:
            click.echo(f"accord: error: {error}", err=True)
            sys.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="accord")
def main() -> None:
    """accord: who did what to whom, when, where, and who says so — political event data from news."""


for command in (core.extract, core.ingest, core.documents, core.events, core.quotes, core.actors,
                core.ingest_log, core.stats, core.export):
    main.add_command(command)
main.add_command(serve_command)
main.add_command(evaluate.evaluate)
evaluate.evaluate.add_command(annotate_cli.annotations_group)
for eval_command in (evaluate_real.realnews, evaluate_real.audit, evaluate_real.case):
    evaluate.evaluate.add_command(eval_command)
main.add_command(evaluate.bench)
main.add_command(scale.reprints)

for subcommand in (actors_cli.lookup, actors_cli.import_wikidata):
    core.actors.add_command(subcommand)

__all__ = ["main"]
