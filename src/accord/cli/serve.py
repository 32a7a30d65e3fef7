"""`accord serve`: the HTTP API and the dashboard over one store."""

from __future__ import annotations

import os

import click

from accord.cli.core import db_option


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. Off loopback, POST /ingest needs --token.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", default=lambda: os.environ.get("ACCORD_TOKEN"), show_default="$ACCORD_TOKEN",
              help="Bearer token POST /ingest must present.")
@click.option("--read-only", is_flag=True, help="Open the store read-only (no ingest; other readers may share it).")
@click.option("--max-body-bytes", type=click.IntRange(1_000), default=2_000_000, show_default=True,
              help="Largest request body accepted by POST /extract and /ingest.")
@click.option("--quiet", "-q", is_flag=True, help="No access log.")
def serve(db: str, host: str, port: int, token: str | None, read_only: bool, max_body_bytes: int,
          quiet: bool) -> None:
    """Serve the HTTP API and the web dashboard (http://HOST:PORT/; OpenAPI schema at /openapi.json)."""
    import uvicorn  # local: only this command needs the server

    from accord.api import ApiSettings, create_app

    settings = ApiSettings(db=db, host=host, token=token or None, read_only=read_only,
                           max_body_bytes=max_body_bytes)
    if not settings.loopback and settings.token is None and not read_only:
        click.echo(f"accord: warning: bound to {host} without --token: POST /ingest is refused", err=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning" if quiet else "info",
                access_log=not quiet)
