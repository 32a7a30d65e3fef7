"""Dates and places of events (issue 18, wave 22): a day of a counted year ("on 21 December last year") is that
day, not its month. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from accord.dates.grammar import find_candidates
from accord.dates.resolve import resolve
from accord.pipeline import Pipeline
from test_dates_clause_reach import PUBLISHED, date_of, event_on

# --- a day of a counted year ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 14 November last year", "2020-11-14"),
        ("on the 3rd of May this year", "2021-05-03"),
        ("on February 2 this year", "2021-02-02"),
        ("by 30 June next year", "2022-06-30"),
    ],
)
def test_a_day_of_the_year_before_or_after(text: str, expected: str) -> None:
    """The day and the month come with a year counted from the article's: the day is known, not only its month."""
    candidates = [c for c in find_candidates(text) if c.kind == "day_relative_year"]
    assert len(candidates) == 1
    resolved = resolve(candidates[0], date.fromisoformat(PUBLISHED))
    assert resolved is not None and (resolved.value, resolved.granularity) == (expected, "day")


def test_an_impossible_day_of_a_counted_year_is_no_date() -> None:
    candidates = [c for c in find_candidates("on 30 February last year") if c.kind == "day_relative_year"]
    assert candidates and resolve(candidates[0], date.fromisoformat(PUBLISHED)) is None


def test_a_day_of_last_year_dates_the_event(pipeline: Pipeline) -> None:
    event = event_on(pipeline, "Soldiers arrested the mayor of the town on 14 November last year.", "arrested")
    assert date_of(event) == ("2020-11-14", "day")


def test_a_month_of_last_year_stays_a_month(pipeline: Pipeline) -> None:
    event = event_on(pipeline, "Soldiers arrested the mayor of the town in November last year.", "arrested")
    assert date_of(event) == ("2020-11", "month")


# --- the perfect a story opens with: its news, of the day the lede goes on to give ---------------------


def test_the_opening_perfect_takes_the_day_the_lede_gives(pipeline: Pipeline) -> None:
    text = ("Two engineers have been kidnapped in the south of the country, officials said. "
            "Gunmen seized the pair on Monday as they drove to a dam.")
    assert date_of(event_on(pipeline, text, "kidnapped")) == ("2021-03-08", "day")


def test_the_opening_perfect_without_a_day_in_the_lede_is_of_the_paper(pipeline: Pipeline) -> None:
    text = ("Two engineers have been kidnapped in the south of the country, officials said. "
            "The pair worked for a building firm.")
    assert date_of(event_on(pipeline, text, "kidnapped")) == (PUBLISHED, "day")


def test_an_opening_perfect_in_a_sentence_that_names_a_time_keeps_it(pipeline: Pipeline) -> None:
    """The sentence places its news itself (here by the day it was reported), not by the lede's later day."""
    text = ("Up to 30 villagers have been killed in the hills, monitors said on Tuesday. "
            "The army launched its offensive on Monday.")
    assert date_of(event_on(pipeline, text, "killed")) != ("2021-03-08", "day")


def test_a_perfect_later_in_the_story_is_not_its_news(pipeline: Pipeline) -> None:
    text = ("Gunmen seized two engineers on Monday as they drove to a dam, officials said. "
            "The police chief said the gunmen killed a guard. Kidnappers have attacked the dam before.")
    assert date_of(event_on(pipeline, text, "attacked")) != ("2021-03-08", "day")


def test_an_opening_event_noun_with_no_verb_is_no_hot_news(pipeline: Pipeline) -> None:
    """A headline-like noun phrase has no tense to tell (and nothing to fail on)."""
    found = pipeline.extract("Deadly clashes in the capital.\n\nGunmen attacked a market on Monday.",
                             published=PUBLISHED).events
    assert all(e.date is None or e.date.value != "2021-03-08" for e in found if e.trigger.text == "clashes")
