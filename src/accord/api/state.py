"""What the running API holds: its settings, the open store, and one lazily built pipeline."""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import duckdb

from accord.api.workers import ExtractionPool, PoolSettings
from accord.pipeline import PipelineOptions
from accord.store import DEFAULT_DB, Store
from accord.store.holder import HolderNote

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
    allowed_hosts: tuple[str, ...] = ()  # Host names served besides loopback and the bound address
    url: str | None = None  # where the server answers, for the note telling others who holds the store
    pool: PoolSettings = field(default_factory=PoolSettings)

    @property
    def loopback(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False


class ApiState:
    """One store for the server's lifetime: reads use per-request cursors, writes are serialised by a lock.
    Extraction runs in worker processes (``pool``), so it never holds up the reads."""

    def __init__(self, settings: ApiSettings) -> None:
        self.settings = settings
        self.store = Store(settings.db, read_only=settings.read_only)
        self.write_lock = threading.Lock()
        self.pool = ExtractionPool(settings.pipeline, settings.pool)
        # Removed in close(), which the app's shutdown runs: uvicorn re-raises SIGTERM after it, so code
        # after uvicorn.run would never run.
        self.holder = None if settings.read_only else HolderNote(settings.db, "accord serve", settings.url)
        if self.holder is not None:
            self.holder.write()

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cursor = self.store.con.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    def close(self) -> None:
        self.pool.close()
        self.store.close()
        if self.holder is not None:
            self.holder.remove()
