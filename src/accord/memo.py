"""A bounded memo: the stages remember answers per word, per phrase or per id, and must not grow without end
over a corpus whose vocabulary keeps growing."""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

WORD_MEMO_SIZE = 200_000  # distinct words remembered before a memo starts afresh


class BoundedMemo(dict[K, V]):
    """A dict that starts afresh once it holds ``size`` answers. Read it with ``get`` (the hot path stays a
    plain dict look-up); store with :meth:`remember`."""

    def __init__(self, size: int = WORD_MEMO_SIZE) -> None:
        super().__init__()
        self.size = size

    def remember(self, key: K, value: V) -> V:
        if len(self) >= self.size:
            self.clear()
        self[key] = value
        return value
