"""The persistent near-duplicate index decides exactly as the in-memory index of the window did, stays in step
with the store across runs (never duplicating an entry), drops what leaves the window, and opens in place."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from accord.dedup.lsh_store import MAX_SEGMENT, SignatureIndex
from accord.dedup.minhash import SCHEME, NearDuplicateIndex, NearDuplicateOptions, from_hashvalues, signature
from accord.dedup.window import WindowedIndex, index_kind, sync_index
from accord.store import open_store
from accord.store.store import Store

pytest.importorskip("datasketch")

NEWEST = date(2026, 6, 30)


def _vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    letters = "bcdfghklmnprstvz"
    vowels = "aeiou"
    return ["".join(rng.choice(letters) + rng.choice(vowels) for _ in range(rng.randint(1, 3))) for _ in range(size)]


def _edit(rng: random.Random, words: list[str], vocabulary: list[str], changes: int, cut: int) -> list[str]:
    """A reprint: ``changes`` words replaced at random places, the last ``cut`` words dropped."""
    edited = list(words[: len(words) - cut])
    for _ in range(changes):
        edited[rng.randrange(len(edited))] = rng.choice(vocabulary)
    return edited


def _corpus(seed: int = 7) -> tuple[list[tuple[str, str, date | None]], list[tuple[str, str]]]:
    """Stored articles (id, text, published) and queries (id, text): reprints edited lightly or heavily (some
    just under or over the threshold), reprints of expired or superseded articles, and unrelated stories."""
    rng = random.Random(seed)
    vocabulary = _vocabulary(rng)
    stored: list[tuple[str, str, date | None]] = []
    queries: list[tuple[str, str]] = []
    originals: list[list[str]] = []
    for i in range(240):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(60, 220))]
        originals.append(words)
        age = rng.choice([0, 1, 3, 9, 13, 14, 15, 30, 60])  # days before the newest: some out of a 14-day window
        published = None if i % 17 == 0 else NEWEST - timedelta(days=age)
        stored.append((f"doc-{i:03d}", " ".join(words), published))
    for i in range(0, 240, 2):
        changes, cut = rng.choice([(1, 0), (3, 5), (6, 10), (10, 20), (15, 30), (25, 40)])
        edited = _edit(rng, originals[i], vocabulary, changes, min(cut, len(originals[i]) // 3))
        queries.append((f"reprint-{i:03d}", " ".join(edited)))
    for i in range(40):  # two reprints of one story under two ids: both candidates, the closer one wins
        queries.append((f"twin-{i:03d}", " ".join(_edit(rng, originals[i + 100], vocabulary, 2, 0))))
    for i in range(60):
        queries.append((f"fresh-{i:03d}", " ".join(rng.choice(vocabulary) for _ in range(150))))
    return stored, queries


def _write(store: Store, stored: Sequence[tuple[str, str, date | None]], options: NearDuplicateOptions,
           version: int = 1) -> None:
    now = datetime(2026, 7, 1)
    docs, sigs = [], []
    for doc_id, text, published in stored:
        minhash = signature(text, options)
        assert minhash is not None
        content_hash = hashlib.sha256(f"{doc_id}{version}{text}".encode()).hexdigest()
        docs.append({"doc_id": doc_id, "version": version, "is_current": True, "published": published,
                     "content_hash": content_hash, "text": text, "n_chars": len(text), "ingested_at": now})
        sigs.append({"doc_id": doc_id, "version": version, "scheme": SCHEME, "shingle_words": 5,
                     "hashvalues": [int(v) for v in minhash.hashvalues]})
    with store.transaction():
        ids = [d["doc_id"] for d in docs]
        store.con.execute("UPDATE documents SET is_current = false WHERE list_contains(?, doc_id)", [ids])
        store.insert_rows("documents", docs)
        store.insert_rows("document_signatures", sigs)


def _in_memory_index(store: Store, options: NearDuplicateOptions) -> NearDuplicateIndex:
    """What admission loaded before the persistent index: every current signature of the window."""
    index = NearDuplicateIndex(options)
    for doc_id, version, values in store.current_signatures(SCHEME, options.shingle_words, options.window_days):
        index.add(doc_id, version, from_hashvalues(values, options))
    return index


@pytest.mark.parametrize("window", [14, None])
def test_same_decisions_as_the_in_memory_index(tmp_path: Path, window: int | None) -> None:
    options = NearDuplicateOptions(window_days=window)
    stored, queries = _corpus()
    with open_store(tmp_path / "s.duckdb") as store:
        _write(store, stored[:200], options)
        _write(store, stored[200:], options)  # a second run: a second segment
        # New versions of a few stored articles: the old versions must no longer be found.
        _write(store, [(d, t + " and an added closing line of text", p) for d, t, p in stored[10:20]], options, 2)
        old, new = _in_memory_index(store, options), WindowedIndex(store, options)
        # This run's own articles count too, and a version admitted now replaces the stored one.
        for doc_id, text, _ in stored[30:34]:
            minhash = signature(text + " as updated today", options)
            assert minhash is not None
            old.add(doc_id, 3, minhash)
            new.add(doc_id, 3, minhash)
        found_old, found_new = {}, {}
        for doc_id, text in queries:
            minhash = signature(text, options)
            assert minhash is not None
            found_old[doc_id], found_new[doc_id] = old.find(doc_id, minhash), new.find(doc_id, minhash)
        new.close()
    assert found_new == found_old
    linked = sum(1 for m in found_new.values() if m is not None)
    missed = sum(1 for q, m in found_new.items() if q.startswith("reprint") and m is None)
    assert linked > 60 and missed > 5  # the corpus exercises both outcomes
    assert all(found_new[q] is None for q in found_new if q.startswith("fresh"))


def test_reruns_never_duplicate_entries_and_a_new_store_rebuilds(tmp_path: Path) -> None:
    options = NearDuplicateOptions(window_days=None)
    stored, _ = _corpus(seed=3)
    db = tmp_path / "s.duckdb"
    with open_store(db) as store:
        _write(store, stored[:100], options)
        for _ in range(3):
            sync_index(store, options)
        index = WindowedIndex(store, options)
        assert len(index.stored) == 100
        index.close()
        _write(store, stored[100:150], options)
        index = WindowedIndex(store, options)
        assert len(index.stored) == 150
        index.close()
    db.unlink()  # another store at the same path: the index notices and rebuilds from it
    with open_store(db) as store:
        _write(store, stored[150:160], options)
        index = WindowedIndex(store, options)
        ids = {str(i) for segment in index.stored.segments for i in segment.ids.to_pylist()}
        index.close()
    assert ids == {doc_id for doc_id, _, _ in stored[150:160]}


def test_segments_merge_and_expired_ones_are_dropped(tmp_path: Path) -> None:
    options = NearDuplicateOptions(window_days=14)
    stored, _ = _corpus(seed=5)
    old = [(d, t, NEWEST - timedelta(days=100)) for d, t, _ in stored[:60]]
    recent = [(d, t, NEWEST) for d, t, _ in stored[60:120]]
    with open_store(tmp_path / "s.duckdb") as store:
        _write(store, old, options)
        sync_index(store, options)
        _write(store, recent, options)
        index = WindowedIndex(store, options)
        # The older segment lay wholly before the window: deleted; the newer one alone remains.
        assert len(index.stored) == 60
        root = index.stored.root
        index.close()
        for chunk in range(4):  # equal-sized runs merge size-tiered: fewer segments than runs
            _write(store, [(f"x{chunk}-{d}", t, NEWEST) for d, t, _ in stored[120 + chunk * 20: 140 + chunk * 20]],
                   options)
            sync_index(store, options)
    reopened = SignatureIndex(root, index_kind(options))
    assert len(reopened) == 140 and len(reopened.segments) < 5
    assert sorted(p.name for p in root.iterdir() if p.name.startswith("seg-")) == sorted(reopened.meta["segments"])
    reopened.close()
    assert MAX_SEGMENT >= 100_000


def test_a_probe_finds_exactly_the_signatures_sharing_a_whole_band(tmp_path: Path) -> None:
    import pyarrow as pa

    from accord.dedup.lsh_store import Bands, Rows, Segment, write_segment

    bands = Bands.for_threshold(0.5, 128)
    rng = np.random.default_rng(0)
    n = 20_000
    signatures = rng.integers(0, 2**32, size=(n, 128), dtype=np.uint64).astype(np.uint32)
    query = rng.integers(0, 2**32, size=128, dtype=np.uint64).astype(np.uint32)
    signatures[11, 5:10] = query[5:10]  # band 1 equal
    signatures[12, 5:9] = query[5:9]  # four of band 1's five values: no candidate
    signatures[13, 120:125] = query[120:125]  # the last band
    signatures[5000:6500, 60:65] = query[60:65]  # 1,500 share band 12: a run longer than the pages read at once
    rows = Rows(pa.array([f"d{i}" for i in range(n)]), np.ones(n, np.int32), np.zeros(n, np.int32), signatures)
    write_segment(tmp_path / "seg-a", rows, bands)
    segment = Segment(tmp_path / "seg-a")
    probed = segment.probe(bands.keys(query[None, :])[0])
    assert bands.same_band(np.asarray(segment.signatures[probed]), query).all()
    assert probed.tolist() == [11, 13, *range(5000, 6500)]
    segment.close()
