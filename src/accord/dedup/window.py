"""The near-duplicate index admission asks: stored articles of the window (persistent, queried in place) and
the articles this run admitted (in memory, as they are not written yet).

It decides exactly as the in-memory index of the window used to (``minhash.NearDuplicateIndex`` loaded with
every current stored signature published within ``window_days`` of the newest article, undated ones always,
plus the run's own): the same candidates (equal LSH bands), the same estimate, the same choice among several
(the most similar; on a tie the first by ``doc_id\\x00version``, the order datasketch's query was sorted in).
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import numpy as np

from accord.dedup.lsh_store import UNDATED, Bands, IndexKind, SignatureIndex, index_root, sync
from accord.dedup.minhash import SCHEME, NearDuplicateIndex, NearDuplicateMatch, NearDuplicateOptions
from accord.store.store import Store

_EPOCH = date(1970, 1, 1)


def index_kind(options: NearDuplicateOptions) -> IndexKind:
    return IndexKind(SCHEME, options.shingle_words, Bands.for_threshold(options.threshold, options.num_perm))


class WindowedIndex:
    """Stored signatures in the window (``lsh_store``) plus this run's; the interface of NearDuplicateIndex."""

    def __init__(self, store: Store, options: NearDuplicateOptions, root: Path | None = None) -> None:
        self.options = options
        self.window_start = window_start(store, options.window_days)
        kind = index_kind(options)
        # An in-memory store has no file to lie beside: its index lives as long as this object.
        self._scratch = tempfile.TemporaryDirectory(prefix="accord-lsh-") if _in_memory(store, root) else None
        root = Path(self._scratch.name) if self._scratch is not None else root
        self.stored: SignatureIndex = sync(store, kind, index_root(store, kind, root), self.window_start)
        self.superseded = _superseded(store, self.window_start)
        self.run = NearDuplicateIndex(options)
        self.run_ids: set[str] = set()  # a version admitted in this run replaces every stored one

    def __len__(self) -> int:
        return len(self.stored) + len(self.run)

    def close(self) -> None:
        self.stored.close()
        if self._scratch is not None:
            self._scratch.cleanup()

    def add(self, doc_id: str, version: int, minhash: object) -> None:
        self.run.add(doc_id, version, minhash)
        self.run_ids.add(doc_id)

    def find(self, doc_id: str, minhash: object) -> NearDuplicateMatch | None:
        """The most similar article (stored in the window, or admitted in this run) under another id, if it
        reaches the threshold."""
        best = self.run.find(doc_id, minhash)
        query = np.asarray(minhash.hashvalues, dtype=np.uint32)  # type: ignore[attr-defined]
        for candidate in self.stored.candidates(query):
            if candidate.doc_id == doc_id or not self._live(candidate.doc_id, candidate.version, candidate.day):
                continue
            similarity = float(np.count_nonzero(query == candidate.signature)) / float(len(query))
            if similarity < self.options.threshold:
                continue
            found = NearDuplicateMatch(candidate.doc_id, candidate.version, round(similarity, 4))
            if best is None or _before(found, best):
                best = found
        return best

    def _live(self, doc_id: str, version: int, day: int) -> bool:
        """Current, in the window, and not replaced by a version admitted in this run."""
        if self.window_start is not None and day != UNDATED and day < self.window_start:
            return False
        return doc_id not in self.run_ids and (doc_id, version) not in self.superseded


def _before(a: NearDuplicateMatch, b: NearDuplicateMatch) -> bool:
    """Whether ``a`` wins over ``b``: more similar, or as similar and first in key order."""
    if a.similarity != b.similarity:
        return a.similarity > b.similarity
    return f"{a.original_id}\x00{a.original_version}" < f"{b.original_id}\x00{b.original_version}"


def window_start(store: Store, window_days: int | None) -> int | None:
    """The first published day (days since 1970-01-01) in the window: ``window_days`` before the newest
    current article; None when there is no window (or nothing dated is stored)."""
    if window_days is None:
        return None
    row = store.con.execute("SELECT max(published) FROM documents WHERE is_current").fetchone()
    if not row or row[0] is None:
        return None
    newest: date = row[0]
    return (newest - _EPOCH).days - int(window_days)


def _superseded(store: Store, start: int | None) -> set[tuple[str, int]]:
    """Stored versions that are no longer current (published in the window: the rest is never a candidate)."""
    window = "" if start is None else f" AND (published IS NULL OR published >= DATE '1970-01-01' + {int(start)})"
    rows = store.con.execute(f"SELECT doc_id, version FROM documents WHERE NOT is_current{window}").fetchall()
    return {(str(r[0]), int(r[1])) for r in rows}


def sync_index(store: Store, options: NearDuplicateOptions, root: Path | None = None) -> None:
    """Bring the store's persistent index up to its signatures (at the end of a run: the next one starts fast)."""
    if _in_memory(store, root):
        return
    kind = index_kind(options)
    sync(store, kind, index_root(store, kind, root), window_start(store, options.window_days)).close()


def _in_memory(store: Store, root: Path | None) -> bool:
    return root is None and store.path == ":memory:"
