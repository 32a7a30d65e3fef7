"""Dates (wave 30, branch w30-dates): a weekday that ends a day's name ("Super Tuesday") is no day of the story's
week; a season named with "the" after a preposition of time is the one of the story's days, unless a time of
another year came just before; a weekday planned in a clause with "would" under a report in the past is the
nearer of the last and the coming one; the speaker's "today" or "tomorrow" in a quotation counts from the day the
saying is dated to. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from date_helpers import days_found  # published on Friday 2016-10-14


@pytest.mark.parametrize(
    "text",
    [
        "The governor carried four states on Super Tuesday.",
        "Since Super Tuesday, the senator has trailed in the polls.",
        "Retailers cut prices ahead of Black Friday.",
        "Shoppers spent heavily on Cyber Monday.",
        "The march recalled the victims of Bloody Sunday.",
    ],
)
def test_a_weekday_ending_a_days_name_is_no_day_of_the_week(pipeline: Pipeline, text: str) -> None:
    assert days_found(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a name, then the day: the day is this week's
        ("The senator criticized Walker Tuesday in Madison.", "2016-10-11"),
        ("Black residents lined up to vote on Tuesday.", "2016-10-11"),
        ("The mayor spoke to Super Radio on Wednesday.", "2016-10-12"),
    ],
)
def test_a_weekday_after_another_name_keeps_its_day(pipeline: Pipeline, text: str, day: str) -> None:
    assert days_found(pipeline, text) == [day]


@pytest.mark.parametrize(
    ("text", "season"),
    [
        ("Police detained dozens of strikers over the summer.", "2016-SU"),
        ("The council raised fares in the spring.", "2016-SP"),
        ("Floods closed the mountain roads during the winter.", "2015-WI"),
        ("The party lost three seats in the fall.", "2016-FA"),
        # what is to come: the next one
        ("The ministers will meet again in the spring.", "2017-SP"),
        # ... and the one running now is not over yet
        ("Both camps are preparing for the debates in the fall.", "2016-FA"),
    ],
)
def test_a_season_with_the_definite_article_is_of_the_storys_days(pipeline: Pipeline, text: str,
                                                                   season: str) -> None:
    assert days_found(pipeline, text) == [season]


@pytest.mark.parametrize(
    "text",
    [
        # another year named just before: its season, which the publication day cannot give
        "The rebels took the valley in 2012. Over the summer they lost most of it again.",
        # the fall of a city is no season
        "Thousands fled in the fall of the old capital.",
        "The army regrouped in the summer of its worst defeat.",
        # neither told in the past nor to come: which one, the tense does not say
        "A strong ticket would carry the state in the fall.",
        # a year named later in its sentence
        "The campaign was strong throughout the summer, said the man who ran it in 2008.",
    ],
)
def test_a_definite_season_the_text_ties_elsewhere_is_left_alone(pipeline: Pipeline, text: str) -> None:
    assert not [value for value in days_found(pipeline, text) if value and value.endswith(("SU", "FA", "SP", "WI"))]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # said in the week before a Friday paper: a Monday still ahead is the coming one
        ("The premier said he would fly to Ottawa on Monday.", "2016-10-17"),
        ("Organizers announced that the march would start Sunday.", "2016-10-16"),
        # a Wednesday two days back is the last one: the plan was told early in the week
        ("The union said on Tuesday that the strike would begin on Wednesday.", "2016-10-12"),
        # "would" inside an infinitive the plan hangs on
        ("The envoy said he would try to meet the rebels on Monday.", "2016-10-17"),
        # passive and progressive under "would"
        ("The premier said the vote would be held on Monday.", "2016-10-17"),
        ("The minister said the troops would be leaving on Monday.", "2016-10-17"),
    ],
)
def test_a_weekday_planned_in_a_past_report_is_the_nearer_one(pipeline: Pipeline, text: str, day: str) -> None:
    assert day in days_found(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # no "would": an act done, so the last Monday
        "The premier said he flew to Ottawa on Monday.",
        # what did not come, and the contracted "had"
        "The premier said he would have flown to Ottawa on Monday.",
        "The premier said he'd flown to Ottawa on Monday.",
        # the perfect under "would", passive; "he'd been" is "had been"
        "The premier said the vote would have been held on Monday.",
        "The premier said he'd been questioned on Monday.",
    ],
)
def test_a_weekday_told_in_the_past_stays_in_the_past(pipeline: Pipeline, text: str) -> None:
    assert days_found(pipeline, text) == ["2016-10-10"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's "tomorrow", said on a Tuesday: Wednesday, not the day after the paper
        ("\u201cWe will vote tomorrow,\u201d the senator said on Tuesday.", ["2016-10-12", "2016-10-11"]),
        ("\"We won tonight,\" the governor told supporters Tuesday.", ["2016-10-11", "2016-10-11"]),
        ("The mayor said Wednesday: \u201cThey shelled us last night.\u201d", ["2016-10-12", "2016-10-11"]),
        # no day for the saying: the article's day is all the reader has
        ("\u201cThey shelled us last night,\u201d the mayor said.", ["2016-10-13"]),
        # reported speech: the reporter's own "today"
        ("The senator said on Tuesday that the vote would come today.", ["2016-10-11", "2016-10-14"]),
        # a word quoted alone is a name, not the speaker's day
        ("The network said on Tuesday that she will host the \u201cToday\u201d show.", ["2016-10-11", "2016-10-14"]),
        # a saying dated far back in the paragraph is another quotation's
        ("On Tuesday the chief said the town was safe. The mayor visited the market. Then the flood came. "
         "Residents were angry. \u201cWe lost everything yesterday,\u201d one farmer said.",
         ["2016-10-11", "2016-10-13"]),
        # a day that dates no saying
        ("\u201cToday is a sad day,\u201d she said. The bill passed on Tuesday.", ["2016-10-14", "2016-10-11"]),
    ],
)
def test_the_speakers_today_counts_from_the_day_of_the_saying(pipeline: Pipeline, text: str,
                                                               expected: list[str]) -> None:
    assert days_found(pipeline, text) == expected
