"""A persistent LSH index of the stored signatures, queried in place instead of loaded at every run start.

The store's ``document_signatures`` table stays the truth; beside the DuckDB file (``accord.duckdb.lsh/``) lies
a derived index made of **segments**. A segment holds the signatures of some stored documents, their
published days, ids and versions, and, sorted, one 64-bit key per LSH band of every signature with the row
it came from. Opening a segment loads only its fences (every 512th entry); a lookup finds each band's page
from them and reads that page with ``pread``, whatever the number of signatures (docs/scale.md).

The bands are datasketch's own (``MinHashLSH(threshold, num_perm).b`` bands of ``r`` rows), and a candidate is
kept only when one band of it is *equal* to the query's (a key collision never adds one), so the candidates
are exactly those datasketch's in-memory index proposed, and ``lsh_index.WindowedIndex`` decides as before.

Keeping it in step with the store: the index records how far into ``document_signatures`` it has read (the
table is append-only; its ``rowid`` goes up) and the identity of the last row read. ``sync`` reads the rows
after that point into a new segment; when the recorded row is no longer there (another store at that path, a
restored file), the index is rebuilt from scratch. Segments are merged size-tiered (up to ``MAX_SEGMENT``
signatures each); a merge drops signatures published before the window, and a segment wholly before it is
deleted. Files are written under temporary names and the segment list (``index.json``) is replaced last, so
a crash leaves the previous, consistent index.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from accord.store.store import Store

UNDATED = np.int32(np.iinfo(np.int32).min)  # the day of an article with no publication date: always in window
ROW_BITS = 20  # an entry is one uint64: the band key's top 44 bits, then the row of the segment it came from
MAX_SEGMENT = 1 << ROW_BITS  # signatures per segment (1,048,576): a merge sorts at most 26M entries (~210 MB)
_ROW_MASK = np.uint64(MAX_SEGMENT - 1)
FENCE = 512  # entries per 4 KiB page: every 512th entry is kept apart, small enough to search in memory
_KEY_CHUNK = 65_536  # signatures keyed at a time: the temporaries stay small
_READ_ROWS = 200_000  # signatures read from the store per chunk while syncing
_FORMAT = 2  # 2: entries packed with their row, page fences
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX = np.uint64(0xBF58476D1CE4E5B9)

Signatures = npt.NDArray[np.uint32]
Keys = npt.NDArray[np.uint64]


@dataclass(frozen=True)
class Bands:
    """How signatures are cut into LSH bands: ``count`` bands of ``rows`` hash values (datasketch's choice)."""

    count: int
    rows: int
    num_perm: int

    @staticmethod
    def for_threshold(threshold: float, num_perm: int) -> Bands:
        from datasketch import MinHashLSH

        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        return Bands(int(lsh.b), int(lsh.r), num_perm)

    def keys(self, signatures: Signatures) -> Keys:
        """One 64-bit key per band of every signature, shape (n, bands): equal bands give equal keys."""
        n = signatures.shape[0]
        out = np.empty((n, self.count), np.uint64)
        seeds = (np.arange(self.count, dtype=np.uint64) + np.uint64(1)) * _GOLDEN
        for start in range(0, n, _KEY_CHUNK):
            part = signatures[start : start + _KEY_CHUNK, : self.count * self.rows]
            cut = part.reshape(len(part), self.count, self.rows)
            keys = np.repeat(seeds[None, :], len(part), axis=0)
            with np.errstate(over="ignore"):
                for j in range(self.rows):  # multiply-xorshift mixing; wrapping uint64 arithmetic is intended
                    keys ^= cut[:, :, j].astype(np.uint64)
                    keys *= _MIX
                    keys ^= keys >> np.uint64(31)
            out[start : start + len(part)] = keys
        return out

    def same_band(self, candidates: Signatures, query: Signatures) -> npt.NDArray[np.bool_]:
        """Which candidates share at least one whole band with the query (what datasketch's buckets mean)."""
        span = self.count * self.rows
        cut = candidates[:, :span].reshape(-1, self.count, self.rows)
        return np.asarray((cut == query[:span].reshape(self.count, self.rows)).all(axis=2).any(axis=1))


@dataclass(frozen=True)
class Rows:
    """Signatures with what identifies them: document id, version, published day (``UNDATED`` when none)."""

    ids: pa.Array
    versions: npt.NDArray[np.int32]
    days: npt.NDArray[np.int32]
    signatures: Signatures

    def __len__(self) -> int:
        return len(self.versions)

    def take(self, keep: npt.NDArray[np.bool_]) -> Rows:
        return Rows(self.ids.filter(pa.array(keep)), self.versions[keep], self.days[keep], self.signatures[keep])

    @staticmethod
    def concat(parts: Sequence[Rows]) -> Rows:
        return Rows(
            pa.concat_arrays([p.ids for p in parts]) if parts else pa.array([], pa.string()),
            np.concatenate([p.versions for p in parts]) if parts else np.zeros(0, np.int32),
            np.concatenate([p.days for p in parts]) if parts else np.zeros(0, np.int32),
            np.concatenate([p.signatures for p in parts]) if parts else np.zeros((0, 0), np.uint32),
        )


@dataclass(frozen=True)
class Candidate:
    doc_id: str
    version: int
    day: int
    signature: Signatures


class Segment:
    """One directory of memory-mapped arrays: rows of signatures and their band keys, sorted."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: Keys = np.load(path / "entries.npy", mmap_mode="r")  # sorted: key bits | row
        self.fences: Keys = np.load(path / "fences.npy")  # entries[::FENCE], in memory (1/512 of them)
        # Lookups read their pages with pread: mapped pages (and the kernel's fault-around) would count in
        # the process's memory; read ones stay in the page cache only.
        self._entries_fd = os.open(path / "entries.npy", os.O_RDONLY)
        self._entries_at = _npy_offset(path / "entries.npy")
        self.signatures: Signatures = np.load(path / "signatures.npy", mmap_mode="r")
        self._signatures_fd = os.open(path / "signatures.npy", os.O_RDONLY)
        self._signatures_at = _npy_offset(path / "signatures.npy")
        self.days: npt.NDArray[np.int32] = np.load(path / "days.npy", mmap_mode="r")
        self.versions: npt.NDArray[np.int32] = np.load(path / "versions.npy", mmap_mode="r")
        self._ids_file = pa.memory_map(str(path / "ids.arrow"))
        self.ids: pa.ChunkedArray = pa.ipc.open_file(self._ids_file).read_all().column(0)

    def __len__(self) -> int:
        return len(self.versions)

    def close(self) -> None:
        self._ids_file.close()
        os.close(self._entries_fd)
        os.close(self._signatures_fd)

    def signature_rows(self, rows: Sequence[int]) -> Signatures:
        """These rows' signatures, read from the file (as the entries are: pread, not mapped pages)."""
        width = self.signatures.shape[1]
        size = width * 4
        data = b"".join(os.pread(self._signatures_fd, size, self._signatures_at + row * size) for row in rows)
        return np.frombuffer(data, dtype=np.uint32).reshape(len(rows), width)

    def _read(self, first: int, count: int) -> Keys:
        """Entries first .. first + count - 1, read from the file."""
        data = os.pread(self._entries_fd, count * 8, self._entries_at + first * 8)
        return np.frombuffer(data, dtype=np.uint64)

    def probe(self, keys: Keys) -> npt.NDArray[np.uint32]:
        """The rows with any of these band keys (each once; a rare 44-bit collision adds a row the caller's
        band check then drops).

        The fences (in memory) say in which page each key's entries begin: a lookup reads that one page of the
        file per band instead of touching a binary search's twenty."""
        n = len(self.entries)
        if not n:
            return np.zeros(0, np.uint32)
        top = keys & ~_ROW_MASK
        block = np.maximum(np.searchsorted(self.fences, top, side="left") - 1, 0)
        window = np.full((len(top), FENCE), _ROW_MASK, dtype=np.uint64)  # padding: a row past the end
        for i, start in enumerate((block * FENCE).tolist()):
            part = self._read(start, min(FENCE, n - start))
            window[i, : len(part)] = part
        match = (window & ~_ROW_MASK) == top[:, None]
        found = [window[match] & _ROW_MASK]
        # The page read holds every entry of a key unless they run on into the next page: search those.
        following = np.minimum(block + 1, len(self.fences) - 1)
        spill = (match[:, -1] | ((self.fences[following] & ~_ROW_MASK) == top)) & (block + 1 < len(self.fences))
        for k in np.nonzero(spill)[0].tolist():
            lo = np.searchsorted(self.entries, top[k], side="left")
            hi = np.searchsorted(self.entries, top[k] | _ROW_MASK, side="right")
            found.append(np.asarray(self.entries[lo:hi]) & _ROW_MASK)
        rows = np.unique(np.concatenate(found))
        return rows[rows < n].astype(np.uint32)

    def read(self) -> Rows:
        return Rows(self.ids.combine_chunks(), np.array(self.versions), np.array(self.days), np.array(self.signatures))


def _npy_offset(path: Path) -> int:
    """Where an .npy file's data begins (after its header)."""
    with path.open("rb") as stream:
        version = np.lib.format.read_magic(stream)
        if version == (1, 0):
            np.lib.format.read_array_header_1_0(stream)
        else:
            np.lib.format.read_array_header_2_0(stream)
        return stream.tell()


def write_segment(directory: Path, rows: Rows, bands: Bands) -> None:
    """Write rows as a segment (under a temporary name, renamed when complete)."""
    temporary = directory.with_name(directory.name + ".tmp")
    shutil.rmtree(temporary, ignore_errors=True)
    temporary.mkdir(parents=True)
    if len(rows) > MAX_SEGMENT:
        raise ValueError(f"a segment holds at most {MAX_SEGMENT} signatures, not {len(rows)}")
    entries = bands.keys(rows.signatures)
    entries &= ~_ROW_MASK
    entries |= np.arange(len(rows), dtype=np.uint64)[:, None]
    entries = entries.ravel()
    entries.sort()
    np.save(temporary / "entries.npy", entries)
    np.save(temporary / "fences.npy", entries[::FENCE])
    np.save(temporary / "signatures.npy", np.ascontiguousarray(rows.signatures, dtype=np.uint32))
    np.save(temporary / "days.npy", rows.days.astype(np.int32))
    np.save(temporary / "versions.npy", rows.versions.astype(np.int32))
    with pa.OSFile(str(temporary / "ids.arrow"), "wb") as sink, pa.ipc.new_file(sink, _ID_SCHEMA) as writer:
        writer.write_table(pa.table({"doc_id": rows.ids.cast(pa.string())}))
    temporary.rename(directory)


_ID_SCHEMA = pa.schema([("doc_id", pa.string())])


@dataclass(frozen=True)
class IndexKind:
    """What signatures an index holds: they must be made (scheme, shingles, permutations) and banded alike."""

    scheme: str
    shingle_words: int
    bands: Bands

    @property
    def name(self) -> str:
        b = self.bands
        return f"{self.scheme}-w{self.shingle_words}-p{b.num_perm}-b{b.count}r{b.rows}"


class SignatureIndex:
    """The segments of one index directory, opened memory-mapped. Read-only: ``sync`` changes them."""

    def __init__(self, root: Path, kind: IndexKind) -> None:
        self.root, self.kind = root, kind
        self.meta = _read_meta(root, kind)
        self.segments = [Segment(root / name) for name in self.meta["segments"]]

    def __len__(self) -> int:
        return sum(len(s) for s in self.segments)

    def close(self) -> None:
        for segment in self.segments:
            segment.close()

    def candidates(self, signature: Signatures) -> Iterator[Candidate]:
        """Every indexed signature sharing a whole band with this one."""
        keys = self.kind.bands.keys(signature[None, :])[0]
        for segment in self.segments:
            rows = segment.probe(keys)
            if not len(rows):
                continue
            found = segment.signature_rows(rows.tolist())
            for at, same in enumerate(self.kind.bands.same_band(found, signature).tolist()):
                if same:
                    row = int(rows[at])
                    yield Candidate(str(segment.ids[row].as_py()), int(segment.versions[row]),
                                    int(segment.days[row]), found[at])


def index_root(store: Store, kind: IndexKind, root: Path | None = None) -> Path:
    """``DB.lsh/<kind>/`` beside the store's file."""
    return (root or Path(store.path + ".lsh")) / kind.name


def sync(store: Store, kind: IndexKind, root: Path, window_start: int | None) -> SignatureIndex:
    """Bring the index at ``root`` up to the store's signatures, then open it.

    ``window_start`` (a day number; None = no window) lets merges drop signatures published before it."""
    root.mkdir(parents=True, exist_ok=True)
    meta = _read_meta(root, kind)
    stale = not _still_matches(store, meta) or _signature_end(store) < meta["covered"]
    if stale:  # not the store the index was built from: rebuild
        meta = _empty_meta(kind)
    end = _signature_end(store)
    names = list(meta["segments"])
    if stale or end > meta["covered"]:
        for rows in _read_signatures(store, kind, meta["covered"]):
            name = f"seg-{uuid.uuid4().hex[:12]}"
            write_segment(root / name, rows, kind.bands)
            names.append(name)
        names = _compact(root, names, kind.bands, window_start)
        last = store.con.execute(
            "SELECT doc_id, version FROM document_signatures WHERE rowid = ?", [end - 1]
        ).fetchone()
        meta = {**meta, "covered": end, "last": [str(last[0]), int(last[1])] if last else None, "segments": names}
        _write_meta(root, meta)
    _remove_strays(root, set(meta["segments"]))
    return SignatureIndex(root, kind)


def _signature_end(store: Store) -> int:
    row = store.con.execute("SELECT coalesce(max(rowid) + 1, 0) FROM document_signatures").fetchone()
    return int(row[0]) if row else 0


def _still_matches(store: Store, meta: dict[str, Any]) -> bool:
    """The row the index read last is still where it was (the store is the one the index was built from)."""
    if meta["covered"] == 0:
        return True
    row = store.con.execute(
        "SELECT doc_id, version FROM document_signatures WHERE rowid = ?", [meta["covered"] - 1]
    ).fetchone()
    return row is not None and [str(row[0]), int(row[1])] == meta["last"]


def _read_signatures(store: Store, kind: IndexKind, start: int) -> Iterator[Rows]:
    """The store's signatures from row ``start`` on, made the index's way, in chunks of at most MAX_SEGMENT."""
    cursor = store.con.cursor()  # its own result stream: the store's connection stays free
    try:
        reader = cursor.sql(
            "SELECT s.doc_id, s.version, d.published, s.hashvalues FROM document_signatures s"
            " LEFT JOIN documents d ON d.doc_id = s.doc_id AND d.version = s.version"
            " WHERE s.rowid >= ? AND s.scheme = ? AND s.shingle_words = ? AND len(s.hashvalues) = ?",
            params=[start, kind.scheme, kind.shingle_words, kind.bands.num_perm],
        ).to_arrow_reader(_READ_ROWS)
        pending: list[Rows] = []
        size = 0
        for batch in reader:
            rows = _rows_of(batch, kind.bands.num_perm)
            pending.append(rows)
            size += len(rows)
            if size + _READ_ROWS > MAX_SEGMENT:
                yield Rows.concat(pending)
                pending, size = [], 0
        if size:
            yield Rows.concat(pending)
    finally:
        cursor.close()


def _rows_of(batch: pa.RecordBatch, num_perm: int) -> Rows:
    days = batch.column("published").cast(pa.date32()).cast(pa.int32()).fill_null(int(UNDATED))
    values = np.asarray(batch.column("hashvalues").flatten().to_numpy(zero_copy_only=False), dtype=np.uint32)
    return Rows(
        batch.column("doc_id").cast(pa.string()),
        batch.column("version").to_numpy(zero_copy_only=False).astype(np.int32),
        days.to_numpy(zero_copy_only=False).astype(np.int32),
        values.reshape(-1, num_perm),
    )


def _compact(root: Path, names: list[str], bands: Bands, window_start: int | None) -> list[str]:
    """Size-tiered merging: while the newest segment is at least half the one before it (and both fit in one
    segment), merge them, dropping what was published before the window. Segments wholly before it go."""
    sizes = {name: _segment_info(root / name) for name in names}
    if window_start is not None:
        names = [n for n in names if sizes[n][1] >= window_start or sizes[n][2]]
    while len(names) >= 2:
        older, newer = names[-2], names[-1]
        if sizes[newer][0] * 2 < sizes[older][0] or sizes[newer][0] + sizes[older][0] > MAX_SEGMENT:
            break
        merged_name = f"seg-{uuid.uuid4().hex[:12]}"
        parts = []
        for name in (older, newer):
            segment = Segment(root / name)
            parts.append(segment.read())
            segment.close()
        merged = Rows.concat(parts)
        if window_start is not None:
            merged = merged.take((merged.days >= window_start) | (merged.days == UNDATED))
        write_segment(root / merged_name, merged, bands)
        sizes[merged_name] = _segment_info(root / merged_name)
        names = [*names[:-2], merged_name]
    return names


def _segment_info(path: Path) -> tuple[int, int, bool]:
    """(signatures, latest published day, whether any is undated) of a segment."""
    days: npt.NDArray[np.int32] = np.load(path / "days.npy", mmap_mode="r")
    dated = days[days != UNDATED]
    return len(days), int(dated.max()) if len(dated) else int(UNDATED), bool(len(dated) < len(days))


def _empty_meta(kind: IndexKind) -> dict[str, Any]:
    return {"format": _FORMAT, "kind": kind.name, "covered": 0, "last": None, "segments": []}


def _read_meta(root: Path, kind: IndexKind) -> dict[str, Any]:
    try:
        meta: dict[str, Any] = json.loads((root / "index.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return _empty_meta(kind)
    if meta.get("format") != _FORMAT or meta.get("kind") != kind.name:
        return _empty_meta(kind)
    if not all((root / name / "ids.arrow").exists() for name in meta.get("segments", [])):
        return _empty_meta(kind)
    return meta


def _write_meta(root: Path, meta: dict[str, Any]) -> None:
    temporary = root / "index.json.tmp"
    temporary.write_text(json.dumps(meta), encoding="utf-8")
    os.replace(temporary, root / "index.json")


def _remove_strays(root: Path, keep: set[str]) -> None:
    """Segments no longer listed (merged, expired, or left by a crash) are deleted."""
    for path in root.iterdir():
        if path.is_dir() and path.name.startswith("seg-") and path.name not in keep:
            shutil.rmtree(path, ignore_errors=True)
