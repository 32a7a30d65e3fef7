"""Dates: normalisation against the publication date, false-positive guards, and event_date attachment."""

from __future__ import annotations

import random
import re

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import accord.dates.stage  # noqa: F401  (registers accord_dates_v1)
from accord.blackboard import DATES
from accord.blackboard import PUBLISHED as PUBLISHED_ON
from accord.dates import EventWords, event_date
from accord.dates.grammar import PATTERNS, find_candidates
from accord.dates.resolve import resolve
from accord.nlp import DEFAULT_MODEL, register_extensions

PUBLISHED = "2021-12-06"  # a Monday


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    loaded = spacy.load(DEFAULT_MODEL)
    loaded.add_pipe("accord_dates_v1")
    return loaded


def annotate(nlp: Language, text: str, published: str | None = PUBLISHED) -> Doc:
    doc = nlp.make_doc(text)
    doc._.accord_published = published
    return nlp(doc)


def values(nlp: Language, text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None, str | None]]:
    return [(d.text, d.value, d.granularity) for d in annotate(nlp, text, published)._.accord_dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers met on Monday.", ("Monday", "2021-12-06", "day")),
        ("Talks ended on Thursday.", ("Thursday", "2021-12-02", "day")),
        ("The envoys will return on Thursday.", ("Thursday", "2021-12-09", "day")),
        ("Exports doubled this month.", ("this month", "2021-12", "month")),
        ("The border was quiet last year.", ("last year", "2020", "year")),
        ("Both sides want a deal by the end of 2025.", ("by the end of 2025", "2025-12-31", "day")),
        ("The general resigned two weeks ago.", ("two weeks ago", "2021-W47", "week")),
        ("Clashes flared over the past 18 months.", ("the past 18 months", "2020-06", "month")),
        ("The militia grew in the last three years.", ("the last three years", "2018", "year")),
        ("The past two weeks were calm.", ("The past two weeks", "2021-W47", "week")),
        ("Parliament dissolved itself in March.", ("March", "2021-03", "month")),
        ("Polls will open in March.", ("March", "2022-03", "month")),
        ("The accord was signed on 14 February 2019.", ("14 February 2019", "2019-02-14", "day")),
        ("The accord was signed on February 14, 2019.", ("February 14, 2019", "2019-02-14", "day")),
        ("The treaty lapsed on 2020-08-02.", ("2020-08-02", "2020-08-02", "day")),
        ("The treaty lapsed on 08/02/2020.", ("08/02/2020", "2020-08-02", "day")),
        ("The truce collapsed on 25/11/2019.", ("25/11/2019", "2019-11-25", "day")),
        ("The rebels attacked yesterday.", ("yesterday", "2021-12-05", "day")),
        ("Output grew in the third quarter of 2020.", ("the third quarter of 2020", "2020-Q3", "quarter")),
        ("The region boomed in the 1990s.", ("the 1990s", "199", "decade")),
        ("The army withdrew in 2014.", ("2014", "2014", "year")),
        ("Reserves fell in October 2021.", ("October 2021", "2021-10", "month")),
        ("He spoke last Friday.", ("last Friday", "2021-12-03", "day")),
        ("Elections are due next week.", ("next week", "2021-W50", "week")),
    ],
)
def test_normalises_against_publication_date(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert values(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The fund raised 100M for relief.",  # a money amount, not a month
        "May told reporters the vote would pass.",  # May the name
        "Prime Minister Theresa May arrived.",  # May the name inside a PERSON entity
        "The final score was 73 20 after extra time.",  # two numbers side by side
        "The quake measured 4.5 on the scale.",  # a decimal, not April 5
        "Version 1.2.3 of the software shipped.",  # a version number
        "The committee counted 2,019 ballots.",  # a count, not a year
        "The troops will stay for the next decade.",  # a duration, not a point in time
    ],
)
def test_rejects_parser_false_positives(nlp: Language, text: str) -> None:
    assert values(nlp, text) == []


def test_relative_dates_without_publication_date_have_no_value(nlp: Language) -> None:
    assert values(nlp, "They met on Monday and signed on 3 May 2020.", published=None) == [
        ("Monday", None, None),
        ("3 May 2020", "2020-05-03", "day"),
    ]


def test_impossible_calendar_date_is_not_a_date() -> None:
    candidates = [c for c in find_candidates("It was dated 31/02/2021.") if c.kind == "numeric"]
    assert candidates
    assert resolve(candidates[0], None) is None


def test_event_date_prefers_own_clause_over_neighbour(nlp: Language) -> None:
    doc = annotate(nlp, "The envoy said on Tuesday that the two states signed the pact last year.")
    signed = next(t for t in doc if t.text == "signed")
    said = next(t for t in doc if t.text == "said")
    signed_date = event_date(EventWords.of(signed), DATES.get(doc) or [], PUBLISHED_ON.get(doc))
    said_date = event_date(EventWords.of(said), DATES.get(doc) or [], PUBLISHED_ON.get(doc))
    assert signed_date is not None and signed_date.value == "2020"
    assert said_date is not None and said_date.value == "2021-11-30"


def test_event_date_falls_back_to_publication(nlp: Language) -> None:
    doc = annotate(nlp, "The two governments agreed to expand trade.")
    agreed = next(t for t in doc if t.text == "agreed")
    found = event_date(EventWords.of(agreed), DATES.get(doc) or [], PUBLISHED_ON.get(doc))
    assert found is not None
    assert (found.value, found.granularity, found.source) == (PUBLISHED, "day", "published")
    undated = annotate(nlp, "The two governments agreed to expand trade.", published=None)
    agreed = next(t for t in undated if t.text == "agreed")
    assert event_date(EventWords.of(agreed), DATES.get(undated) or [], PUBLISHED_ON.get(undated)) is None


def test_event_date_for_nominal_trigger(nlp: Language) -> None:
    doc = annotate(nlp, "Dozens died in clashes on Sunday near the border.")
    clashes = next(t for t in doc if t.text == "clashes")
    found = event_date(EventWords.of(clashes), DATES.get(doc) or [], PUBLISHED_ON.get(doc))
    assert found is not None and found.value == "2021-12-05"


def test_year_first_slashed_date(nlp: Language) -> None:
    assert values(nlp, "The decree is dated 2021/11/30.") == [("2021/11/30", "2021-11-30", "day")]


def test_quarter_without_year_is_this_year(nlp: Language) -> None:
    assert values(nlp, "Profits fell in Q4.") == [("Q4", "2021-Q4", "quarter")]


def _whole_text_scan(text: str) -> list[tuple[str, int, int, dict[str, str]]]:
    """The grammar's patterns run over the whole text, as before anchors narrowed the scan."""
    found = []
    for kind, pattern, _ in PATTERNS:
        regex = re.compile(pattern)
        for match in regex.finditer(text):
            start, end = match.span("core") if "core" in regex.groupindex else match.span()
            found.append((kind, start, end, {k: v for k, v in match.groupdict().items() if v is not None}))
    return sorted(found, key=repr)


def test_scanning_the_windows_around_anchors_finds_what_a_whole_text_scan_finds() -> None:
    pieces = ["Tuesday", ", the ", "June", " 14", "th", " 2019", "-", "/", "11", ".", "07", "until", " ", "   ",
              "\n\n", "late", "Q2", " ago", "two months", "start of", "the 1980s", "this evening", "Yesterday",
              "next", "quarter", "2024-03-09", "7.25", "%", " per cent", "by the ", "middle of", "Aug.",
              "third quarter of 2018", "Marchers", "Mayor", "words in between without dates", "20", "19."]
    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(2, 60)))
        windowed = [(c.kind, c.start, c.end, c.parts) for c in find_candidates(text)]
        assert sorted(windowed, key=repr) == _whole_text_scan(text), text


def test_an_approximate_year_but_not_an_approximate_count(nlp: Language) -> None:
    assert values(nlp, "The party was founded around 2000.") == [("2000", "2000", "year")]
    assert values(nlp, "Circa 1995, the border moved.") == [("1995", "1995", "year")]
    assert values(nlp, "Around 2000 people marched.") == []


def test_last_night_is_the_day_before_publication(nlp: Language) -> None:
    assert values(nlp, "Shelling resumed last night.") == [("last night", "2021-12-05", "day")]
    assert values(nlp, "Rebels withdrew overnight.") == [("overnight", "2021-12-05", "day")]
    assert values(nlp, "They planned an overnight stay.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels attacked the town on Thursday. Later that day the army shelled it.", "2021-12-02"),
        ("Rebels attacked the town on Thursday. The army shelled it the next day.", "2021-12-03"),
        ("Rebels attacked the town on Thursday. The army had shelled it the previous day.", "2021-12-01"),
    ],
)
def test_a_day_told_by_reference_is_resolved_against_the_day_the_text_last_gave(nlp: Language, text: str,
                                                                                 expected: str) -> None:
    found = values(nlp, text)
    assert found[0] == ("Thursday", "2021-12-02", "day")
    assert found[1][1:] == (expected, "day")


def test_a_day_told_by_reference_with_no_day_before_it_is_not_resolved(nlp: Language) -> None:
    assert values(nlp, "The army shelled the village that day.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day without a year on a clause not told in the past: the nearer reading, ahead when weeks ahead
        ("Parties are fighting to win the Dec. 20 election.", ("Dec. 20", "2021-12-20")),
        ("The firm is unveiling its phones on 14 December.", ("14 December", "2021-12-14")),
        ("The rivals agreed to hold talks on January 9.", ("January 9", "2022-01-09")),
        ("Since the November 28 vote the streets are calm.", ("November 28", "2021-11-28")),
        # told in the past: the last one, also for a verb coordinated with a past passive
        ("The vote took place on December 20.", ("December 20", "2020-12-20")),
        ("He was betrayed by a guide and seized by guards on 20 December.", ("20 December", "2020-12-20")),
        # a present with a day put directly on it is a scheduled act: the day to come
        ("It is the senator's birthday on Thursday.", ("Thursday", "2021-12-09")),
        ("Envoys meet in Oslo on Friday to discuss the truce.", ("Friday", "2021-12-10")),
        ("The company is holding a launch on Wednesday.", ("Wednesday", "2021-12-08")),
        # not a day on a noun of the clause, nor a day a report's content gives
        ("Saturday's bombing is the deadliest this month.", ("Saturday", "2021-12-04")),
        ("Officials say the raid on Friday killed four men.", ("Friday", "2021-12-03")),
    ],
)
def test_a_day_is_resolved_on_the_side_its_clause_tells(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    found = [(d.text, d.value) for d in annotate(nlp, text)._.accord_dates]
    assert expected in found
