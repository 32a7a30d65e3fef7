"""Read the training articles once: a pickle cache shared by the training scripts (parsing 840 articles is the
slow part of every training run); and the development samples a training run may leave out (``sampled_ids``),
so that weights can be compared on articles they have not seen."""

from __future__ import annotations

import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from accord.eval.brat import flat_pairs, is_split_layout, split_layout_pairs
from accord.eval.split import select

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


def sampled_ids(directory: str, specs: Sequence[str]) -> set[str]:
    """The articles of the development samples ``SIZE:SEED`` (each as ``accord eval quotes --split dev --sample
    SIZE --seed SEED`` draws it), read from the file names only."""
    root = Path(directory)
    pairs = split_layout_pairs(root) if is_split_layout(root) else flat_pairs(root)
    ids: set[str] = set()
    for spec in specs:
        size, seed = (int(n) for n in spec.split(":"))
        ids.update(str(p[0]) for p in select(pairs, "dev", size, seed))
    return ids
