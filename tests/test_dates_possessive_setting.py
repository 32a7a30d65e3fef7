"""The act's own time against a possessive naming the day of another noun of its setting (issue 18, wave 25):
"dismissed criticism of his speech at *Friday's* rally, *saying Monday* ..." — the possessive tells which
rally, the participle's adverbial tells when the act was done. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import WEDNESDAY, date_of, event_on

PUBLISHED = WEDNESDAY


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the parser hangs "at Friday's rally" on the verb; "saying Monday" is the act's time
        ("The senator dismissed criticism of his speech at Friday's rally, saying Monday that it was a success.",
         "dismissed", ("2021-03-08", "day")),
        ("The governor rejected complaints about her handling of Sunday's floods, saying on Tuesday that the city "
         "had been ready.", "rejected", ("2021-03-09", "day")),
    ],
)
def test_the_acts_adverbial_beats_a_possessive_of_its_setting(pipeline: Pipeline, text: str, trigger: str,
                                                              expected: tuple[str, str]) -> None:
    assert date_of(event_on(pipeline, text, trigger)) == expected


def test_a_possessive_alone_still_dates_the_act(pipeline: Pipeline) -> None:
    """With no other time phrase, the day of the occasion the act was done at is the act's."""
    event = event_on(pipeline, "The candidate attacked his rival at Monday's rally in Ohio.", "attacked")
    assert date_of(event) == ("2021-03-08", "day")


def test_a_possessive_on_the_event_noun_is_its_own_time(pipeline: Pipeline) -> None:
    """"Saturday's bombing killed ...": the possessive is on the event's own noun, so it is the event's day,
    whatever time the report it is told in gives."""
    event = event_on(pipeline, "The army said on Monday that Saturday's bombing killed five soldiers.", "killed")
    assert date_of(event) == ("2021-03-06", "day")
