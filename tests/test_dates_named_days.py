"""Named days and a month modifying a noun as dates (issue 18, wave 24): "on Christmas Eve", "on Bastille Day",
"before Thanksgiving" (data/dates/holidays.yaml: fixed days, days reckoned from Easter, ranked weekdays), and
"in a September letter", "a June poll". Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from accord.dates.grammar import find_candidates
from accord.dates.resolve import easter_sunday, holiday_in, resolve
from accord.pipeline import Pipeline
from test_dates_clause_reach import PUBLISHED, date_of, event_on  # published on Wednesday 2021-03-10

ANCHOR = date.fromisoformat(PUBLISHED)


def _only(text: str, kind: str) -> dict[str, str]:
    found = [c for c in find_candidates(text) if c.kind == kind]
    assert len(found) == 1, found
    return found[0].parts


# --- the calendar -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2016, date(2016, 3, 27)), (2019, date(2019, 4, 21)), (2020, date(2020, 4, 12)), (2024, date(2024, 3, 31))],
)
def test_easter_sunday(year: int, expected: date) -> None:
    assert easter_sunday(year) == expected


@pytest.mark.parametrize(
    ("name", "year", "expected"),
    [
        ("Christmas Eve", 2020, date(2020, 12, 24)),
        ("New Year\u2019s Day", 2021, date(2021, 1, 1)),
        ("Bastille Day", 2019, date(2019, 7, 14)),
        ("Good Friday", 2019, date(2019, 4, 19)),
        ("Thanksgiving", 2020, date(2020, 11, 26)),  # the fourth Thursday of November
        ("Memorial Day", 2021, date(2021, 5, 31)),  # the last Monday of May
        ("Labor Day", 2019, date(2019, 9, 2)),  # the first Monday of September
    ],
)
def test_the_day_a_named_day_falls_on(name: str, year: int, expected: date) -> None:
    assert holiday_in(name, year) == expected


# --- which one: the tense, the words before, a year ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("on Christmas Eve", False, "2020-12-24"),  # the last one, for what is told in the past
        ("on Christmas Eve", True, "2021-12-24"),  # the next one, for what is to come
        ("last Thanksgiving", False, "2020-11-26"),
        ("next Easter", False, "2021-04-04"),
        ("at Easter 2016", False, "2016-03-27"),
    ],
)
def test_a_named_day_resolves_like_a_day_without_a_year(text: str, future: bool, expected: str) -> None:
    found = [c for c in find_candidates(text) if c.kind == "holiday"]
    assert len(found) == 1
    resolved = resolve(found[0], ANCHOR, future=future)
    assert resolved is not None and (resolved.value, resolved.granularity) == (expected, "day")


@pytest.mark.parametrize("text", ["the detention centre on Christmas Island", "a history of the Easter Rising"])
def test_a_named_day_inside_a_longer_name_is_no_date(text: str) -> None:
    assert not [c for c in find_candidates(text) if c.kind == "holiday"]


# --- events dated by a named day ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Gunmen attacked a police checkpoint near the border on Christmas Eve, officials said.", "attacked",
         ("2020-12-24", "day")),
        ("On Bastille Day, thousands of farmers marched against the new tax.", "marched", ("2020-07-14", "day")),
        ("The militia shelled the northern suburbs on New Year's Day.", "shelled", ("2021-01-01", "day")),
        ("Police arrested nine activists last Christmas.", "arrested", ("2020-12-25", "day")),
    ],
)
def test_a_named_day_dates_its_clause(pipeline: Pipeline, text: str, trigger: str,
                                      expected: tuple[str, str]) -> None:
    assert date_of(event_on(pipeline, text, trigger)) == expected


def test_a_named_day_to_come(pipeline: Pipeline) -> None:
    doc = pipeline.extract("The two leaders will meet in the capital on Thanksgiving.", published=PUBLISHED)
    assert [(d.text, d.value) for d in doc.dates] == [("Thanksgiving", "2021-11-25")]


def test_a_named_day_talked_about_is_no_time(pipeline: Pipeline) -> None:
    """"called Christmas a sham": the day is what is talked about (an object), not when anything happened."""
    doc = pipeline.extract("The bishop called Christmas a commercial sham.", published=PUBLISHED)
    assert not [d for d in doc.dates if "Christmas" in d.text]


@pytest.mark.parametrize("text", ["Police raided a Christmas party in the suburbs.",
                                  "Ministers cut short their Easter break."])
def test_a_feast_modifying_a_noun_names_a_thing_of_its_season(pipeline: Pipeline, text: str) -> None:
    """"a Christmas party", "their Easter break": a thing of the season, held on no day the name gives."""
    doc = pipeline.extract(text, published=PUBLISHED)
    assert not [d for d in doc.dates if "Christmas" in d.text or "Easter" in d.text]


def test_a_named_day_in_full_dates_its_noun(pipeline: Pipeline) -> None:
    text = "The gunman drove into the crowd during the Bastille Day parade."
    doc = pipeline.extract(text, published=PUBLISHED)
    assert [(d.text, d.value) for d in doc.dates] == [("Bastille Day", "2020-07-14")]


# --- a month modifying a noun -------------------------------------------------------------------------------


def test_a_month_after_the_indefinite_article_is_a_date() -> None:
    assert _only("in a September letter to the council", "month_modifier")["month"] == "September"
    assert _only("a June poll found", "month_modifier")["month"] == "June"


@pytest.mark.parametrize("text", ["the November election", "the party's July convention"])
def test_no_month_modifier_after_the_or_a_possessive(text: str) -> None:
    """After "the" or a possessive the month names a thing to come as often as one gone by."""
    assert not [c for c in find_candidates(text) if c.kind == "month_modifier"]


def test_a_month_heading_its_phrase_is_no_modifier(pipeline: Pipeline) -> None:
    """"a March for peace": the word heads its phrase (a march), it modifies no noun."""
    doc = pipeline.extract("Hundreds joined a March for peace in the capital.", published=PUBLISHED)
    assert not doc.dates


def test_a_months_thing_dates_the_act_told_in_it(pipeline: Pipeline) -> None:
    """"criticised the governor in a September letter": the letter's month, the last one before publication."""
    text = "The senator criticised the governor in a September letter."
    assert date_of(event_on(pipeline, text, "criticised")) == ("2020-09", "month")


def test_a_months_thing_to_come_in_a_clause_of_possibility(pipeline: Pipeline) -> None:
    """"could draw voters *to win* a November election": a modal, through the infinitive, tells what lies
    ahead: the coming November."""
    doc = pipeline.extract("The governor could draw many voters to win a November election.", published=PUBLISHED)
    assert [(d.text, d.value) for d in doc.dates] == [("November", "2021-11")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Fourth of July parade was cancelled, the mayor said.", "2020-07-04"),  # opening a sentence
    ("Rebels shelled the town on Pentecost.", "2020-05-31"),  # the model may call the day a place: it is none
])
def test_named_days_the_model_or_the_sentence_disguise(pipeline: Pipeline, text: str, expected: str) -> None:
    found = [(d.text, d.value) for d in pipeline.extract(text, published=PUBLISHED).dates]
    assert expected in [value for _, value in found], found
