"""Counting helpers behind every scorer."""

from __future__ import annotations

import pytest

from accord.eval.metrics import PRF, greedy_matching, max_matching, names_match, norm_text


def test_prf_perfect_empty_and_half() -> None:
    assert PRF(3, 3, 3, 3).f1 == 1.0
    assert (PRF(0, 0, 0, 3).precision, PRF(0, 0, 0, 3).recall, PRF(0, 0, 0, 3).f1) == (0.0, 0.0, 0.0)
    half = PRF(1, 2, 1, 1)
    assert half.precision == 0.5 and half.recall == 1.0
    assert half.f1 == pytest.approx(2 / 3)


def test_prf_adds_counts_not_ratios() -> None:
    total = PRF(1, 1, 1, 1) + PRF(0, 3, 0, 1)
    assert total == PRF(1, 4, 1, 2)
    assert total.precision == 0.25 and total.recall == 0.5


def test_max_matching_finds_the_augmenting_path() -> None:
    # gold 0 fits predictions 0 and 1, gold 1 fits only prediction 0: both can be matched.
    fits = {(0, 0), (0, 1), (1, 0)}
    matching = max_matching([0, 1], [0, 1], lambda g, p: (g, p) in fits)
    assert matching == {0: 1, 1: 0}


def test_max_matching_prefers_the_preferred_candidate() -> None:
    matching = max_matching(["g"], ["far", "near"], lambda g, p: True, lambda g, p: float(p == "near"))
    assert matching == {0: 1}


def test_max_matching_is_one_to_one() -> None:
    matching = max_matching(["a", "b"], ["x"], lambda g, p: True)
    assert len(matching) == 1


def test_greedy_matching_takes_best_scores_above_threshold() -> None:
    scores = [(0, 0, 0.6), (0, 1, 0.9), (1, 1, 0.8), (1, 0, 0.4)]
    assert greedy_matching(scores, 0.5) == {0: 1}  # gold 1's only other option is below the threshold


def test_names_match_by_full_name_or_surname() -> None:
    assert names_match("Harsh Vardhan Shringla", "Shringla")
    assert names_match("Harsh Vardhan Shringla", "Harsh Vardhan Shringla")
    assert names_match("China", "China")
    assert names_match("Harsh Vardhan Shringla", "Indian Foreign Secretary Harsh Vardhan Shringla")
    assert names_match("Pyongyang's defence ministry", "the defence ministry")
    assert not names_match("Pyongyang's defence ministry", "China's foreign ministry")
    assert not names_match("Narendra Modi", "Vladimir Putin")
    assert not names_match("Narendra Modi", None)


def test_norm_text_straightens_quotes_and_spaces() -> None:
    assert norm_text("  “Hello”\n  World ") == '"hello" world'
