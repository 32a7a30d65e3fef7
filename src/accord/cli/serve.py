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
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="A Host name to answer besides loopback names and the bound address (repeatable).")
@click.option("--workers", type=click.IntRange(1, 16), default=1, show_default=True,
              help="Worker processes for /extract and /ingest (each loads the pipeline once).")
@click.option("--queue", type=click.IntRange(0, 1000), default=8, show_default=True,
              help="Extract requests that may wait for a worker; more are refused with 503.")
@click.option("--request-seconds", type=click.FloatRange(1), default=60.0, show_default=True,
              help="Time limit of one extraction request; its worker is stopped past it.")
@click.option("--quiet", "-q", is_flag=True, help="No access log.")
def serve(db: str, host: str, port: int, token: str | None, read_only: bool, max_body_bytes: int,
          allowed_hosts: tuple[str, ...], workers: int, queue: int, request_seconds: float, quiet: bool) -> None:
    """Serve the HTTP API and the web dashboard (http://HOST:PORT/; OpenAPI schema at /openapi.json).

    Only requests naming a loopback host, the bound address or an --allowed-host are answered. Writes
    (POST /ingest, and /extract) need --token when one is set; without one they must send JSON from this
    server's own pages or from no page at all (curl, scripts). The server holds the store: while it runs,
    read it through the API, or stop it to use the CLI's commands (`accord serve --read-only` shares a store
    no writer holds).
    """
    import uvicorn  # local: only this command needs the server

    from accord.api import ApiSettings, create_app
    from accord.api.workers import PoolSettings

    settings = ApiSettings(db=db, host=host, token=token or None, read_only=read_only,
                           max_body_bytes=max_body_bytes, allowed_hosts=allowed_hosts,
                           pool=PoolSettings(workers=workers, queue=queue, seconds=request_seconds),
                           url=f"http://{_url_host(host)}:{port}/")
    if not settings.loopback and settings.token is None and not read_only:
        click.echo(f"accord: warning: bound to {host} without --token: POST /ingest is refused", err=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning" if quiet else "info",
                access_log=not quiet)


def _url_host(host: str) -> str:
    if host in ("0.0.0.0", ""):
        return "127.0.0.1"
    return f"[{host}]" if ":" in host else host
