"""The grammar of temporal expressions accord recognises, as named regular expressions over the raw text.

Each pattern captures the parts its resolver needs; ``find_candidates`` returns every match, overlapping or
not, and the stage keeps the longest. Month names and weekdays must be capitalised, which is what keeps
"may" (the verb) and "march" (the verb) out; a bare month or year needs a temporal word before it
("in March", "since 2019") so that "May" the name and "2,019 votes" stay out too.
Number-only strings ("100M", "73 20", "4.5") match nothing here: a numeric date needs three parts.
Named days ("Christmas Eve", "Bastille Day", "Thanksgiving") come from data/dates/holidays.yaml, each one day a
year (fixed, reckoned from Easter, or a ranked weekday of a month), and resolve like a day given without a year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

# The months' full names, in order: the one list the patterns below and MONTHS are built from.
MONTH_NAMES: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
)  # fmt: skip
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
MONTHS: dict[str, int] = {name: number for number, name in enumerate(MONTH_NAMES, start=1)} | MONTH_ABBREVIATIONS
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
SMALL_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip
ORDINAL_QUARTERS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}
CENTURY_WORDS: dict[str, int] = {
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21,
}  # fmt: skip


def _read_holiday_data() -> dict[str, Any]:
    """data/dates/holidays.yaml, read once: the named days, each of one date a year (fixed, from Easter, or a
    ranked weekday of a month), and the words that make a day's name of a weekday."""
    raw = yaml.safe_load(resources.files("accord.data").joinpath("dates/holidays.yaml").read_text(encoding="utf-8"))
    return dict(raw or {})


_HOLIDAY_DATA: dict[str, Any] = _read_holiday_data()
HOLIDAYS: dict[str, Any] = {
    kind: dict(_HOLIDAY_DATA.get(kind) or {}) for kind in ("fixed", "from_easter", "nth_weekday")
}
# The words that, put before a weekday, make a day's name of it ("Super").
WEEKDAY_NAME_WORDS: frozenset[str] = frozenset(str(word) for word in _HOLIDAY_DATA.get("weekday_name_words") or ())


def _read_season_senses() -> tuple[frozenset[str], frozenset[str]]:
    """data/dates/seasons.yaml: the verbs and nouns whose clause makes "in the fall" a body's fall and "in the
    spring" a spring of water."""
    raw = yaml.safe_load(resources.files("accord.data").joinpath("dates/seasons.yaml").read_text(encoding="utf-8"))
    return (frozenset(str(word) for word in raw.get("verbs") or ()),
            frozenset(str(word) for word in raw.get("nouns") or ()))


SEASON_SENSE_VERBS, SEASON_SENSE_NOUNS = _read_season_senses()


def holiday_key(name: str) -> str:
    """The data's spelling of a matched name: straight apostrophe, single spaces, a lower-case opening "the"."""
    key = " ".join(name.replace("\u2019", "'").split())
    return "the" + key[3:] if key.startswith("The ") else key


def _holiday_names() -> str:
    names = sorted({name for table in HOLIDAYS.values() for name in table}, key=len, reverse=True)
    escaped = (re.escape(name).replace("'", "['\u2019]").replace(r"\ ", r"\s+") for name in names)
    # "the Fourth of July" opens a sentence too: "The Fourth of July parade"
    return "|".join(re.sub(r"^the\\s\+", r"[Tt]he\\s+", name) for name in escaped)


def _holiday_first_chars() -> str:
    """The characters a named day's match starts with (for ``_starting``): a name's first letter, and both cases
    of the first letters of "the" (a name under it opens a sentence too) and of the "last", "this", "next" before
    one."""
    firsts = {name[0] for table in HOLIDAYS.values() for name in table} | set("LlTtNn")
    return "".join(re.escape(char) for char in sorted(firsts))


# A month's name, capitalised, full or abbreviated with or without its dot (a longer abbreviation first: "Sept"
# before "Sep"): every pattern here, and the dateline's date (accord.dateline), read months by this one pattern.
MONTH_PATTERN = (
    "(?:" + "|".join(name.capitalize() for name in MONTH_NAMES)
    + "|(?:" + "|".join(name.capitalize() for name in sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
    + r")\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
# Any case: a count opens a sentence as often as not ("Two weeks ago, ...").
_NUMBER = r"(?:\d{1,3}|(?i:" + "|".join(SMALL_NUMBERS) + "))"
_NOT_NUMBER_AFTER = r"(?![\d%]|[.,]\d|\s*(?:percent|per cent)\b)"
_UNIT = r"(?:week|weekend|month|year|quarter|decade|century)"
# Words before a bare month or year that make it temporal ("in March", "since 2019", "early 2022").
_CONTEXT = (
    r"(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter|[Oo]f|"
    r"[Tt]hroughout|[Ee]arly|[Ll]ate|[Mm]id|[Ee]nd of|[Bb]eginning of|[Ss]tart of|[Tt]he year|[Ll]ast|"
    r"[Tt]his|[Nn]ext)"
)

# A month name modifying a noun after the indefinite article ("in *a September* letter", "*a June* poll found"):
# news names so one occurrence of a thing done in that month, as "in September" would. Not after "the" or a
# possessive, which as often name a scheduled thing to come as one gone by ("the November election", "the
# party's July convention", "the Fed's December increase"): the tense of the clause cannot tell which. Full names
# only; "a May" is a name as often as a month ("a May government").
_FULL_MONTH = "(?:" + "|".join(name.capitalize() for name in MONTH_NAMES if name != "may") + ")"
_MODIFIER_LEAD = r"\b[Aa]n?"

_EXPLICIT_MDY = rf"(?P<month>{MONTH_PATTERN})\s+(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?"
_EXPLICIT_DMY = rf"(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{MONTH_PATTERN})(?:,?\s+(?P<year>{_YEAR}))?"

# Anchors: literals one of which every match of a pattern contains. A pattern runs only over windows of the
# text around its anchors, and not at all when none occurs: most of an article holds no date, and the regex
# engine's cost is per character scanned.
Anchors = tuple[str, ...]
_DIGIT = tuple("0123456789")
_MONTH_NAME = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAY_NAME = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_UNIT_WORD = ("week", "month", "year", "quarter", "decade", "century")
_YEAR_START = ("18", "19", "20")  # _YEAR
# How far a match reaches before the start of its anchor ("by the beginning of" + spaces before "Sept") and
# after it (the rest of "Wednesday, the 23rd of September, 2021" and the look-ahead past it), with room
# to spare: a window this wide finds exactly the matches a scan of the whole text finds.
_REACH_BEFORE, _REACH_AFTER = 48, 96

_CONTEXT_FIRST = "IiSsUuTtBbFfDdAaOoEeLlMmNn"  # the first letters of the _CONTEXT words
_MONTH_FIRST = "JFMASOND"
_DIGIT_FIRST = "0123456789"


def _starting(first_chars: str, rx: str) -> str:
    """``rx`` behind a look-ahead for the characters every match starts with: the regex engine then skips
    other positions at once instead of trying each alternative there (1.3-3.6x faster on news text; "ago",
    whose numbers start with most letters, gains nothing and goes without)."""
    return f"(?=[{first_chars}])" + rx


PATTERNS: tuple[tuple[str, str, Anchors], ...] = (
    ("iso", _starting(_DIGIT_FIRST, r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
     tuple(f"-{d}" for d in _DIGIT)),
    ("iso", _starting(_DIGIT_FIRST, r"\b(?P<year>(?:1[89]|20)\d\d)/(?P<month>\d{1,2})/(?P<day>\d{1,2})\b(?!/\d)"),
     ("/",)),
    ("numeric",
     _starting(_DIGIT_FIRST, r"\b(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})\b(?![./]\d)"),
     ("/", *(f".{d}" for d in _DIGIT))),
    ("weekday_date", _starting("MTWFS", rf"\b(?P<weekday>{_WEEKDAY}),?\s+(?:the\s+)?{_EXPLICIT_MDY}\b"),
     _WEEKDAY_NAME),
    ("weekday_date", _starting("MTWFS", rf"\b(?P<weekday>{_WEEKDAY}),?\s+(?:the\s+)?{_EXPLICIT_DMY}\b"),
     _WEEKDAY_NAME),
    ("month_day", _starting(_MONTH_FIRST, rf"\b{_EXPLICIT_MDY}\b{_NOT_NUMBER_AFTER}"),
     _MONTH_NAME),
    ("day_month", _starting(_DIGIT_FIRST, rf"\b{_EXPLICIT_DMY}\b{_NOT_NUMBER_AFTER}"),
     _MONTH_NAME),
    # A month of the year before, this one or the next: "in October last year", "March of next year".
    ("month_relative_year", _starting(_MONTH_FIRST,
                                      rf"\b(?P<month>{MONTH_PATTERN})\s+(?:of\s+)?(?P<mod>[Ll]ast|[Tt]his|[Nn]ext)\s+year\b"),
     _MONTH_NAME),
    # A day of such a month: "on 21 December last year", "on March 5 this year" (the day, not its month).
    ("day_relative_year", _starting(_DIGIT_FIRST,
                                    rf"\b(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{MONTH_PATTERN})\s+(?:of\s+)?"
                                    r"(?P<mod>[Ll]ast|[Tt]his|[Nn]ext)\s+year\b"),
     _MONTH_NAME),
    ("day_relative_year", _starting(_MONTH_FIRST,
                                    rf"\b(?P<month>{MONTH_PATTERN})\s+(?P<day>{_DAY}),?\s+(?:of\s+)?"
                                    r"(?P<mod>[Ll]ast|[Tt]his|[Nn]ext)\s+year\b"),
     _MONTH_NAME),
    ("month_year", _starting(_MONTH_FIRST + "ELMelm",
                             rf"\b(?P<mod>(?i:early|late|mid)-?\s*)?(?P<month>{MONTH_PATTERN}),?\s+(?P<year>{_YEAR})\b"),
     _MONTH_NAME),
    # A weekday of a week named next to it: "on Thursday next week", "Monday of last week", "Friday this week".
    ("weekday_of_week",
     _starting("MTWFS", rf"\b(?P<weekday>{_WEEKDAY})\s+(?:of\s+)?(?P<mod>(?i:last|this|next))\s+week\b"),
     _WEEKDAY_NAME),
    ("weekday",
     _starting("MTWFSLlTtNnCcPp", rf"\b(?:(?P<mod>(?i:last|this|next|coming|past))\s+)?(?P<weekday>{_WEEKDAY})\b"),
     _WEEKDAY_NAME),
    # A day named by reference to the last day the text gave ("later *that day*", "*the next day*"): resolved
    # against that day, not against the article's (accord.dates.find).
    ("anaphoric_day", _starting("Tt", r"\b(?P<ref>[Tt]hat|[Tt]he same|[Tt]he next|[Tt]he following|[Tt]he previous)"
                                      r"\s+day\b(?!\s+of\b)"),
     ("day",)),
    ("deictic", _starting("TtYy", r"\b(?P<word>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\b"),
     ("oday", "esterday", "omorrow", "onight")),
    ("part_of_today", _starting("Tt", r"\b(?P<word>[Tt]his) (?:morning|afternoon|evening)\b"),
     ("morning", "afternoon", "evening")),
    # The night before the article: "shot down last night", "strikes overnight" (news written the next day).
    ("last_night", _starting("LlOo", r"\b(?:[Ll]ast night|[Oo]vernight)\b"),
     ("night",)),
    ("relative", _starting("LlTtNnCcPp",
                           rf"\b(?P<mod>[Ll]ast|[Tt]his|[Nn]ext|[Cc]oming|[Pp]revious|[Cc]urrent)\s+(?P<unit>{_UNIT})\b"),
     _UNIT_WORD),
    ("relative", _starting("EeLl", r"\b(?:[Ee]arlier|[Ll]ater)\s+(?P<mod>this)\s+(?P<unit>week|month|year)\b"),
     ("week", "month", "year")),
    # "*earlier in the week*", "*later in the month*": anchored, as "earlier this week" is, on the publication's
    # week, month or year ("the": step 0 in resolve._relative). Why: the definite article names a period the
    # reader can identify with no other time given, and with none in the phrase that is the one the text is
    # written in, the period of its news — not the last or next one ("earlier in the week" of a story run on a
    # Friday is that week's Monday to Thursday). (The same words after a time the text gave, "in May ... later
    # in the month", would name that month; this pattern, like "this", reads only the publication's.)
    ("relative", _starting("EeLl", r"\b(?:[Ee]arlier|[Ll]ater)\s+in\s+(?P<mod>the)\s+(?P<unit>week|month|year)\b"),
     ("week", "month", "year")),
    ("ago", rf"\b(?P<n>{_NUMBER})\s+(?P<unit>day|week|month|year)s?\s+ago\b",
     ("ago",)),
    # The weekend the story's days hold: the one just gone for what is told in the past ("clashed *at the
    # weekend*", "*over the weekend*", "*this past weekend*"), the coming one for what is to come.
    ("the_weekend", _starting("AaOoDd", r"\b(?:[Aa]t|[Oo]ver|[Dd]uring)\s+(?P<core>the\s+weekend)\b"),
     ("weekend",)),
    ("the_weekend", _starting("Tt", r"\b[Tt]his\s+past\s+weekend\b"),
     ("weekend",)),
    # A span that runs up to the article: "over the past 18 months", "in the last two weeks" begin as long
    # before it as "18 months ago" does (a date is the first day of its period).
    ("ago", _starting("Tt", rf"\b[Tt]he\s+(?:past|last|previous)\s+(?P<n>{_NUMBER})\s+"
                            r"(?P<unit>day|week|month|year)s\b"),
     ("past", "last", "previous")),
    # ... and the one unit up to it: "in the past week", "over the last year", "*this past week*" (not "the last
    # week of March").
    ("ago", _starting("Tt", r"\b(?:[Tt]he\s+(?:past|last|previous)|[Tt]his\s+past)\s+(?P<unit>week|month|year)\b"
                            r"(?!\s+of\b)"),
     ("past", "last", "previous")),
    ("edge_of", _starting("Bbtesm", rf"(?P<by>\b[Bb]y\s+)?\b(?:the\s+)?(?P<edge>end|beginning|start|middle)\s+of\s+"
     rf"(?:(?P<year>{_YEAR})|(?P<month>{MONTH_PATTERN})(?:\s+(?P<year2>{_YEAR}))?|"
     rf"(?P<mod>the|this|next|last)\s+(?P<unit>year|month|week))\b"),
     ("end", "beginning", "start", "middle")),
    ("quarter", _starting("tfs", rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|final)\s+quarter"
     rf"(?:\s+of\s+(?:(?P<year>{_YEAR})|(?P<mod>this|last|next)\s+year))?\b"),
     ("quarter",)),
    ("quarter", _starting("Q", rf"\bQ(?P<q>[1-4])(?:\s+(?P<year>{_YEAR}))?\b"),
     ("Q",)),
    ("decade", _starting("t12", r"\b(?:the\s+)?(?P<decade>(?:1[89]|20)\d)0s\b"),
     ("0s",)),
    ("century", (r"\b(?:the\s+)?(?:(?P<n>1\d|2[01]|[1-9])(?:st|nd|rd|th)|"
     r"(?P<word>(?i:fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first)))"
     r"\s+century\b"),
     ("century",)),
    ("season", _starting("LlTtNn",
                         r"\b(?P<mod>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<season>spring|summer|autumn|fall|winter)\b"),
     ("spring", "summer", "autumn", "fall", "winter")),
    # A season named with the definite article after a preposition of time ("protests grew *over the summer*",
    # "*in the spring*", "*during the winter*"): the one of the story's days (resolve._season; find.py drops it
    # after a year the text named, which makes that year's season the one meant). Not "the fall *of* Mosul".
    ("season", _starting("IiOoDdTt", r"\b(?:[Ii]n|[Oo]ver|[Dd]uring|[Tt]hroughout)\s+"
                                     r"(?P<core>(?P<mod>the)\s+(?P<season>spring|summer|autumn|fall|winter))\b"
                                     r"(?!\s+(?:of\b|\d))"),
     ("spring", "summer", "autumn", "fall", "winter")),
    ("season", _starting("tSsAaFfWw", r"\b(?:the\s+)?(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
     rf"(?:\s+of)?\s+(?P<year>{_YEAR})\b"),
     ("pring", "ummer", "utumn", "all", "inter")),
    # A named day ("on *Christmas Eve*", "*Bastille Day*", "*last Thanksgiving*", "*Easter 2016*"): not when a
    # capitalised word goes on the name ("Christmas Island", "the Easter Rising").
    ("holiday", _starting(_holiday_first_chars(),
                          rf"\b(?:(?P<mod>[Ll]ast|[Tt]his|[Nn]ext)\s+)?(?P<name>{_holiday_names()})\b"
                          rf"(?:,?\s+(?P<year>{_YEAR})\b)?(?!\s+[A-Z][a-z]|[-\u2013]\d)"),
     tuple(sorted({name.split()[-1] if name.startswith("the ") else name.split()[0].split("'")[0]
                   for table in HOLIDAYS.values() for name in table}))),
    ("month_modifier",
     _starting("Aa", rf"{_MODIFIER_LEAD}\s+(?P<core>(?P<month>{_FULL_MONTH}))\s+(?=[a-z]{{3,}}\b)"),
     _MONTH_NAME),
    ("context_month",
     _starting(_CONTEXT_FIRST, rf"\b(?P<mod>{_CONTEXT})[\s-]+(?P<core>(?P<month>{MONTH_PATTERN}))\b(?!\s+\d)"),
     _MONTH_NAME),
    ("context_year",
     _starting(_CONTEXT_FIRST, rf"\b{_CONTEXT}[\s-]+(?P<core>(?P<year>{_YEAR}))\b{_NOT_NUMBER_AFTER}"),
     _YEAR_START),
    # An approximate year, "around 2000", "circa 1995"; not a count ("around 2000 people").
    ("context_year",
     _starting("AaCc", rf"\b(?:[Aa]round|[Cc]irca)\s+(?P<core>(?P<year>{_YEAR}))\b{_NOT_NUMBER_AFTER}(?!\s+[a-z])"),
     _YEAR_START),
)  # fmt: skip

_COMPILED: tuple[tuple[str, re.Pattern[str], Anchors], ...] = tuple(
    (kind, re.compile(rx), anchors) for kind, rx, anchors in PATTERNS
)
# One scan per distinct set of anchors (five patterns share the month names): an alternation of literals,
# which the regex engine scans for at C speed.
_ANCHOR_SCANS: dict[Anchors, re.Pattern[str]] = {
    anchors: re.compile("|".join(map(re.escape, anchors))) for _, _, anchors in PATTERNS
}
_BARE_YEAR = re.compile(rf"^(?:the year\s+)?(?P<year>{_YEAR})$")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stretch of text that one pattern of the grammar matched, with the parts it captured."""

    kind: str
    start: int
    end: int
    parts: dict[str, str]


def find_candidates(text: str) -> list[Candidate]:
    """Every match of every pattern, possibly overlapping; the caller keeps the best."""
    found: list[Candidate] = []
    windows_of: dict[Anchors, list[tuple[int, int]]] = {}
    for kind, regex, anchors in _COMPILED:
        windows = windows_of.get(anchors)
        if windows is None:
            windows = windows_of[anchors] = anchor_windows(text, _ANCHOR_SCANS[anchors])
        core = "core" in regex.groupindex
        for first, last in windows:
            for match in regex.finditer(text, first, last):
                start, end = match.span("core") if core else match.span()
                parts = {name: value for name, value in match.groupdict().items() if value is not None}
                found.append(Candidate(kind, start, end, parts))
    return found


def anchor_windows(text: str, anchor_scan: re.Pattern[str]) -> list[tuple[int, int]]:
    """The stretches of ``text`` within reach of an anchor, overlapping ones merged, in text order.

    A match contains an anchor, so it lies inside that anchor's window; and a match found in a window is
    one the whole-text scan finds too, since an earlier match that could overlap it would lie in the same
    (merged) window. So scanning the windows gives the whole-text scan's matches. (An anchor that overlaps
    the one before it is not found again: it lies within a few characters of that one, well inside the
    room ``_REACH_BEFORE`` and ``_REACH_AFTER`` leave.)"""
    windows: list[tuple[int, int]] = []
    size = len(text)
    for anchor in anchor_scan.finditer(text):
        at = anchor.start()
        first, last = max(0, at - _REACH_BEFORE), min(size, at + _REACH_AFTER)
        if windows and first <= windows[-1][1]:
            windows[-1] = (windows[-1][0], last)
        else:
            windows.append((first, last))
    return windows


def bare_year(text: str, offset: int) -> Candidate | None:
    """A spaCy DATE entity that is only a year ("2019") counts as one: the model saw it used as a date."""
    match = _BARE_YEAR.match(text)
    if match is None:
        return None
    return Candidate("context_year", offset, offset + len(text), {"year": match["year"]})
