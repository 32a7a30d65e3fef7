"""Choosing among overlapping date matches by bisection keeps exactly what the all-pairs scan kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from accord.dates.find import _longest_first
from accord.dates.grammar import Candidate

SPANS = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30)), max_size=60)


def _all_pairs(candidates: list[Candidate]) -> list[Candidate]:
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), c.start))
    kept: list[Candidate] = []
    for candidate in ordered:
        if all(candidate.end <= k.start or candidate.start >= k.end for k in kept):
            kept.append(candidate)
    return kept


@given(SPANS)
def test_bisection_keeps_what_the_scan_kept(spans: list[tuple[int, int]]) -> None:
    candidates = [Candidate(f"k{i}", start, start + length, {}) for i, (start, length) in enumerate(spans)]
    assert _longest_first(candidates) == _all_pairs(candidates)
