"""Counting helpers shared by the scorers: precision/recall/F1 and one-to-one matching."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

L = TypeVar("L")
R = TypeVar("R")

_SPACE = re.compile(r"\s+")
_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})


def ratio(numerator: int | float, denominator: int | float) -> float:
    """A share, 0.0 when there is nothing to divide by (no gold or no predictions scores nothing)."""
    return float(numerator) / float(denominator) if denominator else 0.0


def wilson_interval(right: int, total: int, z: float = 1.959964) -> tuple[float, float]:
    """The Wilson score interval of a share (95% by default): sound for small samples and for shares near
    0 or 1, where the normal approximation goes outside [0, 1]. (0, 1) when nothing was counted."""
    if total <= 0:
        return 0.0, 1.0
    share = right / total
    denominator = 1 + z * z / total
    centre = (share + z * z / (2 * total)) / denominator
    half = z * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True)
class PRF:
    """Counts behind a precision/recall/F1 triple.

    ``matched_predicted`` and ``matched_gold`` differ when one gold item may be met by several predictions
    (or the reverse); with one-to-one matching they are equal.
    """

    matched_predicted: int = 0
    predicted: int = 0
    matched_gold: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return ratio(self.matched_predicted, self.predicted)

    @property
    def recall(self) -> float:
        return ratio(self.matched_gold, self.gold)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def __add__(self, other: PRF) -> PRF:
        return PRF(
            self.matched_predicted + other.matched_predicted,
            self.predicted + other.predicted,
            self.matched_gold + other.matched_gold,
            self.gold + other.gold,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "matched_predicted": self.matched_predicted,
            "predicted": self.predicted,
            "matched_gold": self.matched_gold,
            "gold": self.gold,
        }


def max_matching(
    gold: Sequence[L],
    predicted: Sequence[R],
    fits: Callable[[L, R], bool],
    preference: Callable[[L, R], float] | None = None,
) -> dict[int, int]:
    """Largest one-to-one matching gold index -> predicted index (Kuhn's augmenting paths).

    ``preference`` orders each gold item's candidates (higher first), so that among equally large
    matchings the preferred pairs tend to be chosen.
    """
    edges = [[j for j, p in enumerate(predicted) if fits(g, p)] for g in gold]
    if preference is not None:
        prefer = preference
        for g, candidates in zip(gold, edges, strict=True):
            scores = {j: prefer(g, predicted[j]) for j in candidates}
            candidates.sort(key=lambda j: -scores[j])
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def greedy_matching(scores: Sequence[tuple[int, int, float]], threshold: float) -> dict[int, int]:
    """One-to-one matching by best score first; pairs below ``threshold`` never match.

    ``scores`` holds (gold index, predicted index, score) triples.
    """
    chosen: dict[int, int] = {}
    used: set[int] = set()
    for g, p, score in sorted(scores, key=lambda t: (-t[2], t[0], t[1])):
        if score < threshold or g in chosen or p in used:
            continue
        chosen[g] = p
        used.add(p)
    return chosen


def norm_text(text: str) -> str:
    """Lower case, straight quote marks, single spaces: how evidence and quote texts are compared."""
    return _SPACE.sub(" ", text.translate(_QUOTE_MARKS)).strip().lower()


_ARTICLES = frozenset({"the", "a", "an"})


def name_tokens(name: str) -> list[str]:
    cleaned = re.sub(r"'s\b", "", norm_text(name))
    return [t for t in re.findall(r"[\w-]+", cleaned) if t not in _ARTICLES]


def names_match(gold: str, predicted: str | None) -> bool:
    """A speaker or actor name matches when it contains the gold name, or is a shorter form of it that
    keeps its last word (the surname, or the head of an organisation's name).

    "Shringla", "Harsh Vardhan Shringla" and "Indian Foreign Secretary Harsh Vardhan Shringla" match
    "Harsh Vardhan Shringla"; "the defence ministry" matches "Pyongyang's defence ministry", but
    "China's foreign ministry" does not, nor does "Modi" match "Putin".
    """
    if not predicted:
        return False
    gold_tokens, predicted_tokens = name_tokens(gold), name_tokens(predicted)
    if not gold_tokens or not predicted_tokens:
        return False
    if set(gold_tokens) <= set(predicted_tokens):
        return True
    return gold_tokens[-1] in predicted_tokens and set(predicted_tokens) <= set(gold_tokens)
