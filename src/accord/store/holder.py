"""Who holds a store for writing, so that anyone refused it is told what holds it and what to do instead.

DuckDB lets one process open a database file for writing and then no other process open it at all, not even
read-only. A writing accord process (``accord ingest``, ``accord serve``) leaves a note beside the store,
``STORE.holder.json`` (its pid, command and, for a server, its URL), and removes it when done. A refused
opener reads the note: a server can be asked over HTTP, an ingest can be waited for.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def note_path(db: str | Path) -> Path:
    return Path(f"{db}.holder.json")


class HolderNote:
    """The note of one holding process: ``write`` when it has the store, ``remove`` when it lets go."""

    def __init__(self, db: str | Path, command: str, url: str | None = None) -> None:
        self.db = db
        self.note = {"pid": os.getpid(), "command": command, "url": url,
                     "since": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")}

    def write(self) -> None:
        if str(self.db) == ":memory:":
            return
        with suppress(OSError):  # a read-only folder: a refusal message will just say less
            note_path(self.db).write_text(json.dumps(self.note), encoding="utf-8")

    def remove(self) -> None:
        if str(self.db) != ":memory:" and read_holder(self.db).get("pid") == os.getpid():
            note_path(self.db).unlink(missing_ok=True)


@contextmanager
def holding(db: str | Path, command: str, url: str | None = None, *, read_only: bool = False) -> Iterator[None]:
    """While the block runs, the note says this process holds ``db`` (unless read-only)."""
    note = None if read_only else HolderNote(db, command, url)
    if note is not None:
        note.write()
    try:
        yield
    finally:
        if note is not None:
            note.remove()


def read_holder(db: str | Path) -> dict[str, Any]:
    try:
        note = json.loads(note_path(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return note if isinstance(note, dict) else {}


def locked_message(db: str, error: str) -> str:
    """What holds ``db`` and the ways out, from the holder's note or, failing that, DuckDB's message."""
    note = read_holder(db)
    pid = note.get("pid")
    if pid is None:
        found = re.search(r"PID (\d+)", error)
        pid = int(found[1]) if found else None
    if note and not _alive(pid):
        note = {}
    who = f"`{note['command']}` (pid {pid}, since {note.get('since', '?')})" if note else (
        f"another process (pid {pid})" if pid else "another process")
    if note.get("url"):
        url = str(note["url"]).rstrip("/")
        return (f"{db} is held for writing by {who}, serving {url}/. DuckDB lets no other process open it "
                f"meanwhile: read it through that server (e.g. curl {url}/stats, {url}/events?limit=10), "
                f"send documents to POST {url}/ingest, or stop the server first")
    return (f"{db} is held for writing by {who}; DuckDB lets no other process open it meanwhile (only one "
            "writer, and no readers beside it): wait for it to finish, or use another --db")


def _alive(pid: object) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
