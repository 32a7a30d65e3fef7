"""Dates of an event reached through its clause (issue 18, wave 13): a month of the year before or after,
a weekday to come told through a noun phrase, a date on a part of the day, the time of a clause of the same
time ("killed *when* ... last week"). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from accord.dates.grammar import find_candidates
from accord.dates.resolve import resolve
from accord.pipeline import Pipeline
from event_helpers import WEDNESDAY, date_of, event_on

PUBLISHED = WEDNESDAY


# --- a month of a counted year ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in October last year", "2020-10"),
        ("in March of next year", "2022-03"),
        ("since June this year", "2021-06"),
    ],
)
def test_a_month_of_the_year_before_or_after(text: str, expected: str) -> None:
    """"October last year" is October of the year before the article's, not the latest October."""
    candidates = [c for c in find_candidates(text) if c.kind == "month_relative_year"]
    assert len(candidates) == 1
    resolved = resolve(candidates[0], date.fromisoformat(PUBLISHED))
    assert resolved is not None and (resolved.value, resolved.granularity) == (expected, "month")


def test_a_month_of_last_year_dates_the_event(pipeline: Pipeline) -> None:
    event = event_on(pipeline, "In October last year, the committee criticised the government over its prisons.",
                     "criticised")
    assert date_of(event) == ("2020-10", "month")


def test_a_name_before_a_counted_year_is_no_month(pipeline: Pipeline) -> None:
    """"Theresa May last year said": May is a name there."""
    found = pipeline.extract("Theresa May last year said the talks had failed.", published=PUBLISHED).dates
    assert all(d.granularity != "month" for d in found)


# --- a weekday to come, reached through a noun phrase -----------------------------------------------------


def test_a_weekday_in_a_phrase_of_a_future_clause_is_to_come(pipeline: Pipeline) -> None:
    """"will travel to Berlin for talks on Friday": the clause's verb is four words up, and in the future."""
    text = "The foreign minister will travel to Berlin for talks on Friday."
    found = pipeline.extract(text, published=PUBLISHED).dates
    assert [(d.text, d.value) for d in found] == [("Friday", "2021-03-12")]


# --- a date on a part of the day ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Rebel fighters withdrew from the town before dawn on Sunday.", "withdrew", "2021-03-07"),
        ("Government troops stormed the village before dawn on Tuesday.", "stormed", "2021-03-09"),
    ],
)
def test_a_date_on_a_part_of_the_day_dates_the_event(pipeline: Pipeline, text: str, trigger: str,
                                                      expected: str) -> None:
    """"before dawn on Sunday": the ordering word orders the act within Sunday, not against it."""
    assert date_of(event_on(pipeline, text, trigger)) == (expected, "day")


def test_an_ordering_word_before_a_date_still_does_not_date(pipeline: Pipeline) -> None:
    """"withdrew before Sunday's deadline" stays undated by Sunday: no part of the day in between."""
    event = event_on(pipeline, "Rebel fighters withdrew from the town after Sunday's ceasefire.", "withdrew")
    assert date_of(event) != ("2021-03-07", "day")


# --- a clause of the same time ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Four soldiers were killed when insurgents ambushed their convoy near the border last week.", "killed",
         ("2021-W09", "week")),
        ("A protester was shot while he was fleeing the square on Monday.", "shot", ("2021-03-08", "day")),
    ],
)
def test_the_time_of_a_clause_of_the_same_time_dates_the_event(pipeline: Pipeline, text: str, trigger: str,
                                                                expected: tuple[str, str]) -> None:
    assert date_of(event_on(pipeline, text, trigger)) == expected


def test_the_place_of_a_when_clause_the_parser_marks_as_an_adverb(pipeline: Pipeline) -> None:
    """spaCy often makes "when" an adverb of its clause, not a mark: the clause still tells the same place."""
    event = event_on(pipeline, "Four soldiers were killed when insurgents ambushed a convoy in Mosul last week.",
                     "killed")
    assert event.location is not None and event.location.name == "Mosul"


def test_a_fronted_when_clause_does_not_date_a_report(pipeline: Pipeline) -> None:
    """"When the guards found him on Monday, prosecutors alleged that ...": the scene of what is alleged, not
    the day of the allegation."""
    events = [e for e in pipeline.extract("When the guards found the prisoner on Monday, prosecutors accused them "
                                          "of lying to their supervisors.", published=PUBLISHED).events
              if e.trigger.text == "accused"]
    assert events and all(date_of(e) != ("2021-03-08", "day") for e in events)


# --- tense carried by a shared or a "do" auxiliary --------------------------------------------------------

# Sentences before the event's, so that it is told past the lede (narration there is background as often
# as news); none of them names a day.
LEAD = "The minister spoke to reporters. He was ridiculed. Critics said he was wrong. It was a long day. "


def test_a_participle_sharing_a_perfect_auxiliary_is_in_the_perfect(pipeline: Pipeline) -> None:
    """"have planned and directed attacks": the second participle shares "have", so the attacks are
    background, not the day's news."""
    event = event_on(pipeline, LEAD + "The danger is that the group's members have planned and directed attacks on "
                     "Britain.", "attacks")
    assert event.date is None


def test_did_carries_the_simple_past(unfiltered_pipeline: Pipeline) -> None:
    """"did give sanction": "do" carries the past, so told deep in a story with no day it is not the day's
    news. (Without the learned judges: the date is the question here, not whether the event is kept.)"""
    text = LEAD + "The former prime minister did give sanction for strikes on the camps."
    event = event_on(unfiltered_pipeline, text, "sanction")
    assert event.date is None


# --- a pair of countries in one phrase --------------------------------------------------------------------


def test_a_pair_of_countries_does_not_rename_the_first(pipeline: Pipeline) -> None:
    """"the Syria-Iraq border": two actors open at "Syria", one Syrian and one Iraqi; neither is a reading of
    the name "Syria", which stays Syria here and at its other mentions."""
    text = "A commander was killed near the Syria-Iraq border in June. Drone strikes in Syria went on for weeks."
    places = pipeline.extract(text, published=PUBLISHED).places
    assert {(p.text, p.country) for p in places} == {("Syria", "SYR"), ("Iraq", "IRQ")}


# --- the place left, "out of" ---------------------------------------------------------------------------


def test_out_of_a_place_is_the_place_left(pipeline: Pipeline) -> None:
    """"drove the militants out of their last stronghold, Raqqa": "out of" tells the place left, as "from"
    does, and a town named in apposition to the stronghold is that place."""
    event = event_on(pipeline, "The army drove the militants out of their last stronghold, Raqqa, after a long siege.",
                     "drove")
    assert event.location is not None and event.location.country == "SYR" and "Raqq" in event.location.name
