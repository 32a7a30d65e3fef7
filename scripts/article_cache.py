"""Read the training articles once: a pickle cache shared by the training scripts (parsing 840 articles is the
slow part of every training run)."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cached(path: str | None, read: Callable[[], T]) -> T:
    """What ``read`` gives, from the pickle at ``path`` when it exists; else read and, with a path, stored there."""
    if path and Path(path).exists():
        loaded: T = pickle.loads(Path(path).read_bytes())
        return loaded
    value = read()
    if path:
        Path(path).write_bytes(pickle.dumps(value))
    return value
