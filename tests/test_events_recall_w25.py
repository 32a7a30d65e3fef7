"""Wave 25b, event recall, on sentences written for these tests: a past participle in a relative clause that has
its own subject or a perfect "have" ("the senator, who *has called* on voters to ...") is an active perfect, not a
reduced passive relative: its antecedent acts and is not the verb's object, so sense frames that read the object
("call on": an appeal to nobody when something is called) see only the clause's own words.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import asserted_events, event_of_type


@pytest.mark.parametrize(("text", "trigger"), [
    ("The senator, who has called on the council to back the governor, spoke on Monday.", "called"),
    ("The mayor, who had called for the resignation of the police chief, lost the election.", "called"),
    ("Two governors who have called on the agency to reopen the port met in Lagos.", "called"),
])
def test_a_perfect_relative_clause_tells_its_antecedents_appeal(pipeline: Pipeline, text: str, trigger: str) -> None:
    events = asserted_events(pipeline, text)
    event = event_of_type(events, "REQUEST", trigger)
    assert event.actor, event


def test_the_content_of_a_perfect_relative_appeal_is_not_asserted(pipeline: Pipeline) -> None:
    """What the senator called on voters to do is asked of them, not done by the senator."""
    events = asserted_events(pipeline, "The senator, who has called on voters to back the governor, spoke on Monday.")
    assert not [e for e in events if e.type == "SUPPORT"], [(e.type, e.trigger.text) for e in events]


def test_a_reduced_passive_relative_still_names_its_antecedent_the_object(pipeline: Pipeline) -> None:
    """"A meeting called for Monday": the meeting is what is called, so no appeal is made (as before)."""
    events = asserted_events(pipeline, "The emergency meeting called for Monday was postponed again.")
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize("text", [
    "Party members rallied behind the prime minister after the vote.",
    "Local officials rallied around the governor during the crisis.",
    "Northern delegates rallied to the senator's defence on Friday.",
])
def test_rallying_behind_a_party_is_backing_it(pipeline: Pipeline, text: str) -> None:
    events = asserted_events(pipeline, text)
    assert not [e for e in events if e.type == "PROTEST"], [(e.type, e.trigger.text) for e in events]
    event_of_type(events, "SUPPORT", "rallied")


@pytest.mark.parametrize(("text", "backed"), [
    ("Party members rallied behind the prime minister after the vote.", "prime minister"),
    ("Local officials rallied around the governor during the crisis.", "governor"),
])
def test_the_one_rallied_behind_is_the_target(pipeline: Pipeline, text: str, backed: str) -> None:
    support = event_of_type(asserted_events(pipeline, text), "SUPPORT", "rallied")
    assert [a for a in support.recipient if backed in a.text], support.recipient


def test_a_rally_against_a_law_is_still_a_protest(pipeline: Pipeline) -> None:
    events = asserted_events(pipeline, "The workers, who had rallied in the capital against the reform, went home.")
    event_of_type(events, "PROTEST", "rallied")
