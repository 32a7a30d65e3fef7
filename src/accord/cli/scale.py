"""`accord reprints`: near-duplicate articles linked to the stored article they repeat."""

from __future__ import annotations

import click

from accord.cli.core import db_option
from accord.cli.output import format_option, write_rows
from accord.store import open_store


@click.command()
@db_option
@format_option()
@click.option("--original", help="Only reprints of this stored document id.")
def reprints(db: str, fmt: str, original: str | None) -> None:
    """List near-duplicate reprints: linked to their original, neither stored nor coded themselves."""
    with open_store(db, read_only=True) as store:
        write_rows(store.near_duplicates(original), fmt)
