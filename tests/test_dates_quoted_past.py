"""An act a speaker tells in the simple past inside a quotation, with no time of its own, is the speaker's past:
neither the day the story's lede tells nor the publication day dates it (a time it names still does)."""

from __future__ import annotations

from accord.pipeline import Pipeline
from event_helpers import date_of, event_on


def test_quoted_past_act_takes_no_publication_day(pipeline: Pipeline) -> None:
    text = '"Soldiers attacked our village and burned the school," the headman said.'
    assert date_of(event_on(pipeline, text, "attacked")) == (None, None)


def test_quoted_past_act_takes_no_story_day(pipeline: Pipeline) -> None:
    text = ('Riot police detained nine union members outside the ministry on Monday.\n\n'
            '"They threatened our families," the union secretary told reporters.')
    assert date_of(event_on(pipeline, text, "detained")) == ("2021-03-08", "day")
    assert date_of(event_on(pipeline, text, "threatened")) == (None, None)


def test_quoted_act_keeps_the_time_it_names(pipeline: Pipeline) -> None:
    text = '"Government troops shelled the market on Monday," a shopkeeper said.'
    assert date_of(event_on(pipeline, text, "shelled")) == ("2021-03-08", "day")


def test_reporters_clause_with_a_quoted_phrase_is_not_the_speakers(pipeline: Pipeline) -> None:
    text = 'The union secretary said officers "brutally attacked" the strikers outside the ministry.'
    assert date_of(event_on(pipeline, text, "attacked")) == ("2021-03-10", "day")
