"""Layer 4 on sentences written for these tests (wave 26): a speaker's "us" and "me" as the target.

- In words a speaker says in the first person, "us" and "me" are the speaker, as "we" and "I" are for the
  subject: the event's own object ("attacked *us*", "fired at *us*", "critical of *me*") is whoever the report
  or the quotation they stand in is by (binding.reporting_speaker), and in a sentence that marks no quotation
  the speaker of its verb of saying.
- Not the narrator's "us" outside the quotation marks; not a pronoun of a neighbouring clause ("showed *me* how
  ..."); not the object of the act a request asks for ("wants drones to attack *us*"); not whom an act is done for
  ("fight the militia for *us*").
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import the_event as _event


@pytest.mark.parametrize(("text", "trigger", "pronoun", "speaker"), [
    ('"Government troops shelled us for three days," said Maria Okonjo, a teacher from Juba.',
     "shelled", "us", "Maria Okonjo"),
    ('"The guards attacked me in my cell," said Ahmed Nour, a farmer from Idlib.', "attacked", "me", "Ahmed Nour"),
    ('"We left at night," said Ahmed Nour, a farmer from Idlib. "The soldiers fired at us from the hills."',
     "fired", "us", "Ahmed Nour"),
])
def test_quoted_first_person_object_is_the_speaker(pipeline: Pipeline, text: str, trigger: str, pronoun: str,
                                                   speaker: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.type == "ASSAULT"
    assert [(a.text, a.name) for a in event.recipient] == [(pronoun, speaker)]


def test_first_person_object_of_unquoted_report_is_the_speaker(pipeline: Pipeline) -> None:
    event = _event(pipeline, "The Kenyan army said the rebels had attacked us near the border.", "attacked")
    assert [(a.text, a.country) for a in event.recipient] == [("us", "KEN")]


def test_addressed_first_person_is_the_speaker(pipeline: Pipeline) -> None:
    event = _event(pipeline, '"The president asked me to resign," said Tom Reed, the finance minister of Kenya.',
                   "asked")
    assert event.type == "REQUEST"
    assert [(a.text, a.name) for a in event.recipient] == [("me", "Tom Reed")]


@pytest.mark.parametrize(("text", "trigger"), [
    # the narrator's own "us", outside the quotation marks
    ('Speaking to reporters, the mayor said "the war is over", but the rebels attacked us the next day.',
     "attacked"),
    # whom a fight is for is no target of it
    ('"Volunteers came from Europe to fight Islamic State for us," said Rosa Diaz, a nurse in Kobani.', "fight"),
])
def test_first_person_not_bound_to_the_speaker(pipeline: Pipeline, text: str, trigger: str) -> None:
    found = [e for e in pipeline.extract(text, published="2024-03-04", id="t").events if e.trigger.text == trigger]
    assert found
    for event in found:
        assert all(a.text.lower() not in ("us", "me") for a in event.recipient)


def test_whom_a_fight_is_for_leaves_its_target(pipeline: Pipeline) -> None:
    event = _event(pipeline, '"Volunteers came from Europe to fight Islamic State for us," said Rosa Diaz, a nurse '
                   "in Kobani.", "fight")
    assert [a.name for a in event.recipient] == ["Islamic State"]


def test_object_of_requested_act_is_not_whom_the_request_asks(pipeline: Pipeline) -> None:
    found = [e for e in pipeline.extract('"The general wants more drones to attack us," said Tom Reed, a rebel '
                                         "commander in Yemen.", published="2024-03-04", id="t").events
             if e.trigger.text == "wants"]
    assert found
    for event in found:
        assert all(a.text != "us" for a in event.recipient)


def test_us_the_country_is_not_the_speaker(pipeline: Pipeline) -> None:
    event = _event(pipeline, '"Iran attacked US bases in Iraq," said Tom Reed, a Kenyan diplomat.', "attacked")
    assert all(a.name != "Tom Reed" for a in event.recipient)
