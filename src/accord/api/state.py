"""What the running API holds: its settings, the open store, and one lazily built pipeline."""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import duckdb

from accord.pipeline import Pipeline, PipelineOptions
from accord.store import DEFAULT_DB, Store

DEFAULT_MAX_BODY_BYTES = 2_000_000


@dataclass(frozen=True)
class ApiSettings:
    """How the API runs. ``host`` is where the server is bound; ingest needs a token off loopback."""

    db: str = DEFAULT_DB
    host: str = "127.0.0.1"
    token: str | None = None
    read_only: bool = False
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    pipeline: PipelineOptions = field(default_factory=PipelineOptions)

    @property
    def loopback(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False


class ApiState:
    """One store for the server's lifetime. Reads use per-request cursors; writes and the pipeline are
    serialised by locks (a DuckDB connection and a spaCy pipeline are not shared between threads)."""

    def __init__(self, settings: ApiSettings) -> None:
        self.settings = settings
        self.store = Store(settings.db, read_only=settings.read_only)
        self._pipeline: Pipeline | None = None
        self.pipeline_lock = threading.Lock()
        self.write_lock = threading.Lock()

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cursor = self.store.con.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    @property
    def pipeline(self) -> Pipeline:
        """Built on first use: the server starts fast and only /extract and /ingest pay for spaCy."""
        if self._pipeline is None:
            self._pipeline = Pipeline(self.settings.pipeline)
        return self._pipeline

    def close(self) -> None:
        self.store.close()
