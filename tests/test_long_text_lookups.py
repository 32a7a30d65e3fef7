"""The look-ups that replaced scans over a whole document (each asked once per sentence or per event, so a
scan made a long text's cost grow with its square) answer exactly as the scans did."""

from __future__ import annotations

import random

from accord.blackboard import Layout
from accord.events.attachments import _Prefix
from accord.records import DateRef


def _naive_is_boilerplate(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(low <= start + 1 and end - 1 <= high for low, high in ranges)


def test_boilerplate_look_up_agrees_with_a_scan_of_every_range() -> None:
    rng = random.Random(7)
    for _ in range(300):
        lows = [rng.randrange(0, 400) for _ in range(rng.randrange(0, 8))]
        ranges = [(low, low + rng.randrange(0, 60)) for low in lows]
        layout = Layout((), tuple(ranges))
        for _ in range(40):
            start = rng.randrange(0, 450)
            end = start + rng.randrange(0, 80)
            assert layout.is_boilerplate(start, end) == _naive_is_boilerplate(ranges, start, end), (ranges, start, end)


def test_nested_and_overlapping_ranges() -> None:
    layout = Layout((), ((100, 400), (120, 150), (390, 500)))
    assert layout.is_boilerplate(130, 140)  # inside both the outer range and the nested one
    assert layout.is_boilerplate(160, 390)  # inside the outer range, past the nested one's end
    assert not layout.is_boilerplate(300, 450)  # straddles two ranges, inside neither
    assert layout.is_boilerplate(99, 401)  # an edge space either side
    assert not Layout((), ()).is_boilerplate(0, 10)


def _date(start: int) -> DateRef:
    return DateRef(text="May", start=start, end=start + 3, value="2020-05", granularity="month", source="text")


def test_a_prefix_reads_like_the_copy_it_replaces() -> None:
    dates = [_date(k * 10) for k in range(6)]
    for end in range(7):
        prefix, copy = _Prefix(dates, end), tuple(dates[:end])
        assert len(prefix) == len(copy)
        assert list(prefix) == list(copy)
        assert list(reversed(prefix)) == list(reversed(copy))
        assert list(prefix[1:]) == list(copy[1:])
        if end:
            assert prefix[-1] == copy[-1] and prefix[0] == copy[0]
