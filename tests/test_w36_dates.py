"""Wave 36 (branch w36-dates): event dates and places from the event's own clause.

Sentences written for these tests; published on Wednesday 2021-03-10 (:data:`event_helpers.WEDNESDAY`)."""

from __future__ import annotations

from accord.pipeline import Pipeline
from event_helpers import date_of, event_on

# --- a charge found in what a speaker says is made when (and where) it is said ------------------------------


def test_quoted_charge_takes_the_saying_scene_of_the_previous_sentence(pipeline: Pipeline) -> None:
    text = ('The governor spoke at a rally in Toledo on Friday. "The senator is a liar and a fraud," he said.')
    event = event_on(pipeline, text, "liar")
    assert event.type == "ACCUSE"
    assert date_of(event) == ("2021-03-05", "day")
    assert event.location is not None and event.location.text == "Toledo"


def test_charge_before_the_saying_takes_the_saying_time(pipeline: Pipeline) -> None:
    # the charged clause is told in the past perfect, before the saying: the accusation is the concluding
    text = "The agency concluded this month that the minister had been extremely careless with the files."
    assert date_of(event_on(pipeline, text, "careless")) == ("2021-03", "month")


def test_act_reported_in_a_quotation_keeps_no_day(pipeline: Pipeline) -> None:
    # near miss: an act the speaker tells (not a fault the speaker finds) is the speaker's past, undated
    text = 'The governor spoke at a rally in Toledo on Friday.\n\n"Soldiers shelled our village," a farmer said.'
    assert date_of(event_on(pipeline, text, "shelled")) == (None, None)


def test_quoted_charge_across_a_paragraph_is_dated_by_the_saying(pipeline: Pipeline) -> None:
    # the same layout with a charge: the saying is told in the simple past, in the scene the story set
    text = 'The governor spoke at a rally in Toledo on Friday.\n\n"The senator is a coward," a farmer said.'
    assert date_of(event_on(pipeline, text, "coward")) == ("2021-03-05", "day")


def test_charge_in_a_clause_with_its_own_time_is_dated_by_the_saying(pipeline: Pipeline) -> None:
    # near miss: the time of the clause charged ("in 2010") is not when the charge was made
    text = "The mayor said on Monday that the governor had been corrupt in 2010."
    assert date_of(event_on(pipeline, text, "corrupt")) == ("2021-03-08", "day")
