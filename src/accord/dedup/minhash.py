"""Near-duplicate articles: MinHash signatures over word shingles, candidates from datasketch's LSH index.

A wire story reprinted with small edits (a new headline, a dateline, a trimmed last paragraph, a changed word)
keeps most of its five-word sequences; a different story on the same topic shares almost none. So two
articles are near-duplicates when the estimated Jaccard similarity of their five-word shingle sets reaches
the threshold (docs/scale.md explains the choice of 0.5).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from accord.errors import ConfigError

if TYPE_CHECKING:  # datasketch takes a second to import (scipy): loaded only when signatures are made
    from datasketch import MinHash

SCHEME = "affine32"  # datasketch 2.x hashing scheme; stored with every signature so they stay comparable
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class NearDuplicateOptions:
    """How similar two articles must be to count as one story, and how signatures are built."""

    threshold: float = 0.5  # estimated Jaccard similarity of word shingles
    shingle_words: int = 5
    num_perm: int = 128
    min_words: int = 40  # shorter texts (briefs, one-liners) are never linked: too little text to judge
    # Reprints follow their original within days. Only stored articles published within this many days of
    # the newest one are loaded into the in-memory index (undated ones always are); None loads them all.
    window_days: int | None = 14


@dataclass(frozen=True)
class NearDuplicateMatch:
    original_id: str
    original_version: int
    similarity: float


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shingles(tokens: list[str], size: int) -> set[bytes]:
    """Every run of ``size`` consecutive words, as bytes for hashing."""
    if len(tokens) <= size:
        return {" ".join(tokens).encode("utf-8")}
    return {" ".join(tokens[i : i + size]).encode("utf-8") for i in range(len(tokens) - size + 1)}


def signature(text: str, options: NearDuplicateOptions) -> MinHash | None:
    """The MinHash of a text, or None when it is too short to compare."""
    from datasketch import MinHash

    tokens = words(text)
    if len(tokens) < options.min_words:
        return None
    minhash = MinHash(num_perm=options.num_perm, scheme=SCHEME)
    minhash.update_batch(shingles(tokens, options.shingle_words))
    return minhash


def from_hashvalues(values: Iterable[int], options: NearDuplicateOptions) -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=options.num_perm, hashvalues=list(values), scheme=SCHEME)


class NearDuplicateIndex:
    """The signatures of every stored (coded) article, searchable by LSH. One index per ingest run."""

    def __init__(self, options: NearDuplicateOptions | None = None) -> None:
        try:
            from datasketch import MinHashLSH
        except ImportError as error:
            raise ConfigError(
                "near-duplicate detection needs datasketch>=2.0 (pip install 'accord[dedup]'); "
                "or ingest with --no-near-dups"
            ) from error

        self.options = options or NearDuplicateOptions()
        self._lsh = MinHashLSH(threshold=self.options.threshold, num_perm=self.options.num_perm)
        self._signatures: dict[str, MinHash] = {}
        self._current: dict[str, str] = {}  # doc_id -> key of its indexed (current) version

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, doc_id: str, version: int, minhash: MinHash) -> None:
        """Index a stored version; it replaces the document's earlier version."""
        previous = self._current.pop(doc_id, None)
        if previous is not None:
            self._lsh.remove(previous)
            del self._signatures[previous]
        key = f"{doc_id}\x00{version}"
        self._lsh.insert(key, minhash)
        self._signatures[key] = minhash
        self._current[doc_id] = key

    def find(self, doc_id: str, minhash: MinHash) -> NearDuplicateMatch | None:
        """The most similar indexed article under another id, if it reaches the threshold."""
        best: NearDuplicateMatch | None = None
        for key in sorted(self._lsh.query(minhash)):
            other_id, version = key.split("\x00")
            if other_id == doc_id:
                continue
            similarity = float(minhash.jaccard(self._signatures[key]))
            if similarity >= self.options.threshold and (best is None or similarity > best.similarity):
                best = NearDuplicateMatch(other_id, int(version), round(similarity, 4))
        return best
