"""Read the training articles once: a pickle cache shared by the training scripts (parsing 840 articles is the
slow part of every training run); and the development samples a training run may leave out (``sampled_ids``),
so that weights can be compared on articles they have not seen."""

from __future__ import annotations

import argparse
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from accord.eval.brat import flat_pairs, is_split_layout, split_layout_pairs
from accord.eval.split import select

T = TypeVar("T")


class _Keyed(Protocol):
    @property
    def key(self) -> str: ...


K = TypeVar("K", bound=_Keyed)


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


def add_reading_options(parser: argparse.ArgumentParser) -> None:
    """The options both quote trainers read articles by: in parts (parallel reads) and less evaluation samples."""
    parser.add_argument("--parts", type=int, default=1, help="read every PARTS-th article only (parallel reads)")
    parser.add_argument("--part", type=int, default=0, help="which of them: the articles PART, PART + PARTS, …")
    parser.add_argument("--exclude-sample", action="append", default=[], metavar="SIZE:SEED",
                        help="leave out the articles of this development sample (as `accord eval quotes --split dev "
                             "--sample SIZE --seed SEED` draws it): a model to compare on articles it has not seen")


def training_articles(args: argparse.Namespace, read: Callable[[], list[K]]) -> list[K]:
    """The articles a trainer learns from: read (or the caches of the parts, ``--cache A,B``, joined), less the
    articles of the samples ``--exclude-sample`` leaves out."""
    if args.cache is not None and "," in args.cache:
        articles: list[K] = [a for path in args.cache.split(",") for a in pickle.loads(Path(path).read_bytes())]
    else:
        articles = cached(args.cache, read)
    left_out = sampled_ids(args.directory, args.exclude_sample)
    return [a for a in articles if a.key not in left_out]
