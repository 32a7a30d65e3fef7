"""Turns a matched temporal expression into an ISO value at its granularity, against an anchor date.

News convention: a bare weekday or month means the most recent one on or before publication, unless the
clause is in the future tense, then the next one on or after it (the stage also reads a present with a day put
on it as the future, and a day without a year on a clause not in the past as the nearer one:
:func:`resolve_nearest`). Values follow TIMEX3/ISO 8601 reduced
precision: 2021-12-06 (day), 2021-W49 (week), 2021-12 (month), 2021-Q4 (quarter), 2021-SU (season),
2021 (year), 199 (decade: the 1990s), 19 (century: the 1900s). Every value also comes as a real calendar
day, the first day of its period (``first_day``), which is what the store sorts and filters by.

Nothing before year 1 is a date (``resolve`` returns None); an event cannot have happened more than a year
after its article was published (``latest_day``).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from accord.dates.grammar import (
    CENTURY_WORDS,
    HOLIDAYS,
    MONTHS,
    ORDINAL_QUARTERS,
    SMALL_NUMBERS,
    WEEKDAYS,
    Candidate,
    holiday_key,
)

GRANULARITIES = ("day", "week", "month", "quarter", "season", "year", "decade", "century")
_YEAR_STEPS = {"last": -1, "this": 0, "next": 1}  # "last year", "this year", "next year": years from now
# Seasons as TIMEX3 spells them, with the month each starts in (meteorological, northern hemisphere).
SEASONS: dict[str, tuple[str, int]] = {
    "spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9), "winter": ("WI", 12),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str  # TIMEX3 value at its granularity
    granularity: str  # one of GRANULARITIES
    first_day: date  # the first day of the period the value names


def resolve(candidate: Candidate, anchor: date | None, future: bool = False) -> Resolved | None:
    """The candidate's value, or None when it cannot be a real date (or needs an anchor it lacks)."""
    handler = _HANDLERS[candidate.kind]
    try:
        return handler(candidate.parts, anchor, future)
    except (ValueError, OverflowError):  # impossible calendar dates such as 31/02/2021, or year 0
        return None


def resolve_nearest(candidate: Candidate, anchor: date | None) -> Resolved | None:
    """The candidate's value on whichever side of the anchor lies nearer (the earlier on a tie): for a day
    given without a year in a clause that tells neither the past nor the future ("the Dec. 12 election",
    "agreed to hold talks on 2 December"), news style names the day of the current year — the day to come
    when it is weeks ahead, not the same day eleven months back."""
    past, ahead = resolve(candidate, anchor), resolve(candidate, anchor, future=True)
    if anchor is None or past is None or ahead is None:
        return past or ahead
    return ahead if (ahead.first_day - anchor) < (anchor - past.first_day) else past


def latest_day(anchor: date) -> date:
    """A year after the anchor: the latest day an event reported on that day can have happened (a later
    date in the text is a plan or a deadline: "a deal by the end of 2030")."""
    try:
        return anchor.replace(year=anchor.year + 1)
    except ValueError:  # 29 February, or year 9999
        return date.max if anchor.year == date.max.year else anchor.replace(year=anchor.year + 1, day=28)


# --- value formatting -------------------------------------------------------------------------------


def day_value(day: date) -> Resolved:
    return Resolved(day.isoformat(), "day", day)


def week_value(day: date) -> Resolved:
    year, week, _ = day.isocalendar()
    return Resolved(f"{year:04d}-W{week:02d}", "week", date.fromisocalendar(year, week, 1))


def month_value(year: int, month: int) -> Resolved:
    return Resolved(f"{year:04d}-{month:02d}", "month", date(year, month, 1))


def quarter_value(year: int, quarter: int) -> Resolved:
    return Resolved(f"{year:04d}-Q{quarter}", "quarter", date(year, 3 * (quarter - 1) + 1, 1))


def season_value(year: int, season: str) -> Resolved:
    code, month = SEASONS[season]
    return Resolved(f"{year:04d}-{code}", "season", date(year, month, 1))


def year_value(year: int) -> Resolved:
    return Resolved(f"{year:04d}", "year", date(year, 1, 1))


def decade_value(first_year: int) -> Resolved:
    """The decade starting in ``first_year`` (a multiple of ten): 1990 -> "199"."""
    return Resolved(f"{first_year // 10:03d}", "decade", date(first_year, 1, 1))


def century_value(first_year: int) -> Resolved:
    """The hundred years starting in ``first_year`` (a multiple of a hundred): 1900 -> "19"."""
    return Resolved(f"{first_year // 100:02d}", "century", date(max(first_year, 1), 1, 1))


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


# --- choosing the year of a month or day given without one ---------------------------------------------


def _year_for(month: int, day: int, anchor: date, future: bool, strict: bool = False) -> int:
    """The year that puts month/day nearest the anchor on the side the tense says."""
    this_year = (month, day)
    now = (anchor.month, anchor.day)
    if future:
        return anchor.year if (this_year > now or (not strict and this_year == now)) else anchor.year + 1
    return anchor.year if (this_year < now or (not strict and this_year == now)) else anchor.year - 1


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _day_number(text: str) -> int:
    return int(text.rstrip("stndrh"))


# --- handlers, one per pattern kind ---------------------------------------------------------------------

Handler = Callable[[dict[str, str], "date | None", bool], "Resolved | None"]


def _iso(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    return day_value(date(int(parts["year"]), int(parts["month"]), int(parts["day"])))


def _numeric(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    first, second, year_text = int(parts["a"]), int(parts["b"]), parts["year"]
    if parts["sep"] == "." and len(year_text) != 4:
        return None  # "1.2.3" is a version number, not a date
    year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
    # Month first (the English-language wire default) unless only day first is possible.
    month, day = (first, second) if first <= 12 else (second, first)
    return day_value(date(year, month, day))


def _explicit(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    month, day = _month_number(parts["month"]), _day_number(parts["day"])
    if "year" in parts:
        return day_value(date(int(parts["year"]), month, day))
    if anchor is None:
        return None
    return day_value(date(_year_for(month, day, anchor, future), month, day))


def _month_year(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    return month_value(int(parts["year"]), _month_number(parts["month"]))


def _month_relative_year(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    """"October last year", "March of next year": the month of the year the words count from the anchor's."""
    if anchor is None:
        return None
    step = _YEAR_STEPS[parts["mod"].lower()]
    return month_value(anchor.year + step, _month_number(parts["month"]))


def _day_relative_year(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    """"21 December last year", "March 5 this year": that day of the year the words count from the anchor's."""
    if anchor is None:
        return None
    step = _YEAR_STEPS[parts["mod"].lower()]
    return day_value(date(anchor.year + step, _month_number(parts["month"]), _day_number(parts["day"])))


def _weekday(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    if anchor is None:
        return None
    target = WEEKDAYS[parts["weekday"].lower()]
    mod = parts.get("mod", "").lower()
    back = (anchor.weekday() - target) % 7
    ahead = (target - anchor.weekday()) % 7
    if mod in ("last", "past"):
        return day_value(anchor - timedelta(days=back or 7))
    if mod in ("next", "coming"):
        return day_value(anchor + timedelta(days=ahead or 7))
    return day_value(anchor + timedelta(days=ahead) if future else anchor - timedelta(days=back))


def _weekday_of_week(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    """"Thursday next week": that weekday of the week before, of or after the anchor's (weeks begin on Monday)."""
    if anchor is None:
        return None
    step = _YEAR_STEPS[parts["mod"].lower()]
    monday = anchor - timedelta(days=anchor.weekday())
    return day_value(monday + timedelta(days=7 * step + WEEKDAYS[parts["weekday"].lower()]))


def _the_weekend(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    """"At the weekend", "over the weekend": the week of the nearest Saturday on or before the anchor (a
    Sunday paper's weekend is its own), or for what is to come, on or after it."""
    if anchor is None:
        return None
    saturday = WEEKDAYS["saturday"]
    if anchor.weekday() == WEEKDAYS["sunday"]:
        return week_value(anchor)
    if future:
        return week_value(anchor + timedelta(days=(saturday - anchor.weekday()) % 7))
    return week_value(anchor - timedelta(days=(anchor.weekday() - saturday) % 7))


def _deictic(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    if anchor is None:
        return None
    offsets = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "tomorrow": 1}
    return day_value(anchor + timedelta(days=offsets[parts["word"].lower()]))


def _last_night(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    """"Last night", "overnight": the day before publication, when a morning paper's night began."""
    return None if anchor is None else day_value(anchor - timedelta(days=1))


def _relative(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    if anchor is None:
        return None
    mod = parts["mod"].lower()
    step = {"last": -1, "previous": -1, "this": 0, "current": 0, "the": 0, "next": 1, "coming": 1}[mod]
    return _unit_offset(parts["unit"], step, anchor)


def _unit_offset(unit: str, step: int, anchor: date) -> Resolved:
    if unit in ("week", "weekend"):
        return week_value(anchor + timedelta(weeks=step))
    if unit == "month":
        return month_value(*shift_month(anchor.year, anchor.month, step))
    if unit == "quarter":
        year, month = shift_month(anchor.year, anchor.month, 3 * step)
        return quarter_value(year, (month - 1) // 3 + 1)
    if unit == "decade":
        return decade_value((anchor.year // 10 + step) * 10)
    if unit == "century":
        return century_value((anchor.year // 100 + step) * 100)
    return year_value(anchor.year + step)


def _ago(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    if anchor is None:
        return None
    count_text = parts.get("n", "one").lower()  # "the past week": one week
    count = int(count_text) if count_text.isdigit() else SMALL_NUMBERS[count_text]
    unit = parts["unit"]
    if unit == "day":
        return day_value(anchor - timedelta(days=count))
    if unit == "week":
        return week_value(anchor - timedelta(weeks=count))
    if unit == "month":
        return month_value(*shift_month(anchor.year, anchor.month, -count))
    return year_value(anchor.year - count)


def _edge_of(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    """End, start or middle of a period: "the end of 2025" -> 2025-12-31; "the middle of 2022" -> 2022."""
    edge = parts["edge"]
    year, month = _edge_period(parts, anchor, future)
    if year is None:
        return None
    if edge == "middle":
        return year_value(year) if month is None else month_value(year, month)
    if month is None:
        return day_value(date(year, 12, 31) if edge == "end" else date(year, 1, 1))
    last_day = calendar.monthrange(year, month)[1]
    return day_value(date(year, month, last_day if edge == "end" else 1))


def _edge_period(parts: dict[str, str], anchor: date | None, future: bool) -> tuple[int | None, int | None]:
    if "year" in parts:
        return int(parts["year"]), None
    if "month" in parts:
        month = _month_number(parts["month"])
        if "year2" in parts:
            return int(parts["year2"]), month
        return (None, None) if anchor is None else (_year_for(month, 1, anchor, future), month)
    if anchor is None:
        return None, None
    step = {"the": 0, "this": 0, "next": 1, "last": -1}[parts["mod"].lower()]
    if parts["unit"] == "year":
        return anchor.year + step, None
    if parts["unit"] == "month":
        return shift_month(anchor.year, anchor.month, step)
    return None, None  # "the end of the week" is too vague to pin to a day


def _quarter(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    number = int(parts["q"]) if "q" in parts else ORDINAL_QUARTERS[parts["ord"].lower()]
    if "year" in parts:
        year = int(parts["year"])
    elif anchor is None:
        return None
    else:
        year = anchor.year + {"this": 0, "last": -1, "next": 1}[parts.get("mod", "this").lower()]
    return quarter_value(year, number)


def _decade(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    return decade_value(int(parts["decade"]) * 10)


def _century(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    """"the 20th century", "the nineteenth century": the hundred years 1900-1999, 1800-1899."""
    number = int(parts["n"]) if "n" in parts else CENTURY_WORDS[parts["word"].lower().replace(" ", "-")]
    if not 1 <= number <= 21:
        return None
    return century_value((number - 1) * 100)


def _season(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    """"the summer of 2019", "last winter", "this spring", "next autumn"; "in the summer": the latest one begun
    for what is told in the past, the first one not over for what is to come."""
    season = parts["season"].lower()
    if "year" in parts:
        return season_value(int(parts["year"]), season)
    if anchor is None:
        return None
    month = SEASONS[season][1]
    mod = parts["mod"].lower()
    if mod == "this":  # the one of the anchor's season year: January's winter began the December before
        year = anchor.year - 1 if month == 12 and anchor.month <= 2 else anchor.year
        return season_value(year, season)
    if mod == "the" and not future:  # "over the summer", told in the past: the latest one already begun
        year = anchor.year
        while date(year, month, 1) > anchor:
            year -= 1
        return season_value(year, season)
    if mod == "the":  # "will meet in the fall", said in October: the one not over yet, this one if it runs
        year = anchor.year - 1
        while _months_before(anchor, 3) >= date(year, month, 1):
            year += 1
        return season_value(year, season)
    if mod == "last":  # the latest one already over
        year = anchor.year
        while date(year, month, 1) > _months_before(anchor, 3):
            year -= 1
        return season_value(year, season)
    year = anchor.year  # next: the earliest one not yet begun
    while date(year, month, 1) <= anchor:
        year += 1
    return season_value(year, season)


def _months_before(day: date, months: int) -> date:
    year, month = shift_month(day.year, day.month, -months)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _context_month(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    if anchor is None:
        return None
    month = _month_number(parts["month"])
    mod = parts.get("mod", "").lower()  # none on a month modifying a noun ("the March elections")
    if mod in ("last", "next"):
        year = _year_for(month, 1, date(anchor.year, anchor.month, 1), mod == "next", strict=True)
    else:
        year = _year_for(month, 1, date(anchor.year, anchor.month, 1), future)
    return month_value(year, month)


def _context_year(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    return year_value(int(parts["year"]))


def easter_sunday(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_in(name: str, year: int) -> date:
    """The day a named day (data/dates/holidays.yaml) falls on in ``year``."""
    key = holiday_key(name)
    if key in HOLIDAYS["fixed"]:
        month, day = HOLIDAYS["fixed"][key]
        return date(year, month, day)
    if key in HOLIDAYS["from_easter"]:
        return easter_sunday(year) + timedelta(days=HOLIDAYS["from_easter"][key])
    month, weekday, rank = HOLIDAYS["nth_weekday"][key]
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if date(year, month, d).weekday() == weekday]
    return date(year, month, days[rank - 1 if rank > 0 else rank])


def _holiday(parts: dict[str, str], anchor: date | None, future: bool) -> Resolved | None:
    """A named day: of the year given ("Easter 2016"); "last" the latest before the anchor, "next" the first
    after it, "this" the anchor's year's; else, like a day given without a year, the latest on or before the
    anchor, or the first on or after it in the future."""
    name = parts["name"]
    if "year" in parts:
        return day_value(holiday_in(name, int(parts["year"])))
    if anchor is None:
        return None
    mod = parts.get("mod", "").lower()
    if mod == "this":
        return day_value(holiday_in(name, anchor.year))
    around = [holiday_in(name, year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if mod == "last" or (not mod and not future):
        return day_value(max(d for d in around if (d < anchor if mod else d <= anchor)))
    return day_value(min(d for d in around if (d > anchor if mod else d >= anchor)))


_HANDLERS: dict[str, Handler] = {
    "iso": _iso,
    "numeric": _numeric,
    "weekday_date": _explicit,
    "month_day": _explicit,
    "day_month": _explicit,
    "month_year": _month_year,
    "month_relative_year": _month_relative_year,
    "day_relative_year": _day_relative_year,
    "weekday": _weekday,
    "weekday_of_week": _weekday_of_week,
    "deictic": _deictic,
    "part_of_today": _deictic,
    "last_night": _last_night,
    "the_weekend": _the_weekend,
    "relative": _relative,
    "ago": _ago,
    "edge_of": _edge_of,
    "quarter": _quarter,
    "decade": _decade,
    "century": _century,
    "season": _season,
    "context_month": _context_month,
    "month_modifier": _context_month,
    "holiday": _holiday,
    "context_year": _context_year,
}
