"""A fixed split of an evaluation corpus into a development part and an untouched held-out part.

An article belongs to the held-out part when the SHA-256 of its identifier (the file stem, as UTF-8),
read as a number from its first 8 hex digits, is divisible by 5: a fifth of the articles, chosen without
looking at them, and each article's part never changes when others are added or removed. Errors are
studied on the development part only; the held-out part gives the figure to report.

A seeded sample (``sample``, ``seed``) takes that many articles of the chosen part, for quick iterations.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from typing import TypeVar

from accord.errors import EvalError

SPLITS = ("dev", "heldout", "all")
HELDOUT_MODULUS = 5
_HASH_DIGITS = 8

Item = TypeVar("Item", bound=tuple[object, ...])


def part_of(doc_id: str) -> str:
    """'heldout' or 'dev' for an article identifier."""
    number = int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:_HASH_DIGITS], 16)
    return "heldout" if number % HELDOUT_MODULUS == 0 else "dev"


def select(items: Sequence[Item], split: str = "all", sample: int | None = None, seed: int = 0) -> list[Item]:
    """The items (whose first element is the article identifier) of one part, optionally a seeded sample."""
    if split not in SPLITS:
        raise EvalError(f"unknown split {split!r} (known: {', '.join(SPLITS)})")
    chosen = [item for item in items if split == "all" or part_of(str(item[0])) == split]
    if sample is not None and sample < len(chosen):
        picked = sorted(random.Random(seed).sample(range(len(chosen)), sample))
        chosen = [chosen[i] for i in picked]
    return chosen
