"""An act done by saying happens at the occasion it was said at ("at a rally", "in court", "in an interview"):
when the parser hangs that occasion on a noun of the act's own clause, or on the infinitive of what is asked,
the time and place hung on the occasion are still the act's."""

from __future__ import annotations

from accord.pipeline import Pipeline
from accord.records import Event

PUBLISHED = "2016-07-15"  # a Friday: "Monday" is 2016-07-11


def _event(pipeline: Pipeline, text: str, trigger: str) -> Event:
    found = [e for e in pipeline.extract(text, published=PUBLISHED).events if e.trigger.text == trigger]
    assert found, text
    return found[0]


def test_an_occasion_hung_on_the_object_dates_and_places_the_saying(pipeline: Pipeline) -> None:
    event = _event(pipeline, "The governor called for a special prosecutor at a campaign rally in Ohio on Monday "
                             "night.", "called")
    assert event.date is not None and event.date.value == "2016-07-11"
    assert event.location is not None and event.location.name == "Ohio"


def test_an_occasion_after_a_long_object_is_the_sayings(pipeline: Pipeline) -> None:
    event = _event(pipeline, "The senator called for a special prosecutor to oversee an inquiry into the dealings "
                             "between the charity and the ministry during her years in office at a town hall "
                             "meeting in Iowa on Monday night.", "called")
    assert event.date is not None and event.date.value == "2016-07-11"


def test_a_lawsuit_is_filed_where_its_court_sits(pipeline: Pipeline) -> None:
    event = _event(pipeline, "The analyst sued the developer in U.S. District Court in Pennsylvania for "
                             "defamation of character.", "sued")
    assert event.location is not None and event.location.name == "Pennsylvania"


def test_an_occasion_of_what_is_asked_stays_its_own(pipeline: Pipeline) -> None:
    event = _event(pipeline, "The senator urged the governor to speak at a rally in Ohio next week.", "urged")
    assert event.location is None
    assert event.date is None or event.date.value != "2016-07-18"

