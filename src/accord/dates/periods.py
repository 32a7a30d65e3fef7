"""The first day of a resolved date's period, read back from its TIMEX3 value, and how fine each granularity is.

The event attachment compares an event's candidate dates with the publication day ("a past act cannot be
dated after publication"), which needs every value as a calendar day whatever its granularity.
"""

from __future__ import annotations

import re
from datetime import date

# Finest first: an event dated by several expressions takes the finest.
GRANULARITY_RANK: dict[str, int] = {
    "day": 0, "week": 1, "month": 2, "season": 3, "quarter": 4, "year": 5, "decade": 6, "century": 7,
}  # fmt: skip

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def first_day(value: str | None, granularity: str | None) -> date | None:
    """The first day of the period ``value`` names at ``granularity``; None when it cannot be read."""
    if not value:
        return None
    try:
        return _first_day(value, granularity)
    except ValueError:
        return None


def _first_day(value: str, granularity: str | None) -> date | None:
    if (m := _DAY.match(value)) is not None:
        return date(int(m[1]), int(m[2]), int(m[3]))
    if (m := _WEEK.match(value)) is not None:
        return date.fromisocalendar(int(m[1]), int(m[2]), 1)
    if (m := _MONTH.match(value)) is not None:
        return date(int(m[1]), int(m[2]), 1)
    if (m := _QUARTER.match(value)) is not None:
        return date(int(m[1]), 3 * (int(m[2]) - 1) + 1, 1)
    if (m := _SEASON.match(value)) is not None:
        return date(int(m[1]), _SEASON_MONTH[m[2]], 1)
    if value.isdigit():
        digits = {"year": 4, "decade": 3, "century": 2}.get(granularity or "", len(value))
        if len(value) != digits:
            return None
        year = int(value) * 10 ** (4 - digits)
        return date(max(year, 1), 1, 1)
    return None
