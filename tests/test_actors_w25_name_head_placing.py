"""Wave 25: the name-head candidates are placed among the mentions in one pass (behaviour unchanged), and
bridging splits a name into its words once."""

from __future__ import annotations

import random

from accord.actors.bridging import NAME_HEAD_CANDIDATE, bodies_named_by_their_head
from accord.actors.mentions import placed_in_text_order
from accord.records import Actor


def _one_by_one(found: list[Actor], extra: list[Actor]) -> list[Actor]:
    """The placing as it was done before: each candidate inserted before the first mention starting after it."""
    out = list(found)
    for candidate in extra:
        at = next((i for i, a in enumerate(out) if a.start is not None and candidate.start is not None
                   and a.start > candidate.start), len(out))
        out.insert(at, candidate)
    return out


def test_placing_matches_inserting_one_by_one_on_unordered_mentions() -> None:
    rng = random.Random(25)
    for _ in range(300):
        found = [Actor(f"m{i}", start=None if rng.random() < 0.15 else rng.randrange(200), end=None)
                 for i in range(rng.randrange(0, 12))]
        starts = sorted(rng.sample(range(200), rng.randrange(0, 6)))
        extra = [Actor(f"c{s}", kind="organisation", start=s, end=s + 3, rule=NAME_HEAD_CANDIDATE) for s in starts]
        assert [a.text for a in placed_in_text_order(found, extra)] == [a.text for a in _one_by_one(found, extra)]


def test_candidates_before_the_same_mention_keep_text_order() -> None:
    found = [Actor("a", start=50, end=51), Actor("b", start=10, end=11)]
    extra = [Actor("x", start=20, end=23), Actor("y", start=30, end=33), Actor("z", start=60, end=63)]
    assert [a.text for a in placed_in_text_order(found, extra)] == ["x", "y", "a", "b", "z"]


def test_head_repeating_a_body_name_still_bridges() -> None:
    text = "The Senate Budget Committee met on Monday. Later the committee voted."
    body = Actor("The Senate Budget Committee", name="Senate Budget Committee", country="USA", sector="LEG",
                 kind="organisation", start=0, end=27)
    start = text.index("the committee")
    candidate = Actor("the committee", kind="organisation", start=start, end=start + 13, rule=NAME_HEAD_CANDIDATE)
    out = bodies_named_by_their_head([body, candidate], frozenset())
    assert [(a.text, a.name, a.country, a.sector) for a in out] == [
        ("The Senate Budget Committee", "Senate Budget Committee", "USA", "LEG"),
        ("the committee", "Senate Budget Committee", "USA", "LEG")]
