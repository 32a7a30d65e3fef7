"""Layer 4 on sentences written for these tests (wave 23): the target of a stance towards a thing is who made it.

- Across sentences: a definite document or scheme ("the plan", "the deal", "the bill") that a stance takes refers
  back to an earlier mention of it, and that mention tells its maker: its own phrase ("a deal reached by X",
  "Egypt's plan") or the subject of a verb of making it ("X unveiled a plan", "X signed an agreement with Y"). A
  repeated mention carries the chain ("a plan ... the plan ... the plan"); a noun of the same kind refers back too
  ("a deal ... the agreement"). The stance-taker's own document, a noun before the document (what it is about: "the
  water plan"), and the event's own noun ("announced the deal") name no maker.
- In the passive: what a stance takes is its subject, whose maker or owner is the target as in the active ("*its*
  decision was condemned by X", "the plan proposed by Uganda was rejected by X").
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import the_event as _event

# --- a definite document told before ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "countries"), [
    ("Museveni announced a plan to share the lake's water. Kenya criticised the plan on Monday.", "criticised",
     ["UGA"]),
    ("Tanzania unveiled a proposal for a new railway. Kenya welcomed the proposal on Monday.", "welcomed", ["TZA"]),
    ("The deal reached by Uganda and Rwanda last week drew protests. Kenya welcomed the deal.", "welcomed",
     ["RWA", "UGA"]),
    ("Egypt's plan for the dam was published on Sunday. Ethiopia rejected the plan.", "rejected", ["EGY"]),
    ("Uganda signed an agreement with Rwanda on trade. Kenya condemned the agreement.", "condemned",
     ["RWA", "UGA"]),
])
def test_stance_on_a_document_targets_its_maker(pipeline: Pipeline, text: str, trigger: str,
                                                  countries: list[str]) -> None:
    event = _event(pipeline, text, trigger)
    assert sorted(a.country or "" for a in event.recipient) == countries, event.recipient
    assert all(a.start is not None and a.start > text.index(". ") for a in event.recipient), event.recipient


def test_a_document_of_the_same_kind_refers_back(pipeline: Pipeline) -> None:
    text = "Uganda and Rwanda struck a deal on the border. Ethiopia condemned the agreement on Monday."
    event = _event(pipeline, text, "condemned")
    assert sorted(a.country or "" for a in event.recipient) == ["RWA", "UGA"], event.recipient


def test_a_chain_of_repeated_mentions_carries_the_maker(pipeline: Pipeline) -> None:
    text = ("Tanzania unveiled a plan for the port in May. The plan would cost four billion dollars. "
            "Engineers have studied the plan for months. Kenya opposed the plan on Monday.")
    event = _event(pipeline, text, "opposed")
    assert [a.country for a in event.recipient] == ["TZA"], event.recipient


def test_ones_own_document_names_no_target(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Kenya unveiled a plan on Sunday. Kenya defended the plan on Monday.", "defended")
    assert not event.recipient, event.recipient


def test_what_a_document_is_about_is_not_its_maker(pipeline: Pipeline) -> None:
    text = "The Uganda water plan was published in May. Kenya criticised the plan on Monday."
    event = _event(pipeline, text, "criticised")
    assert not event.recipient, event.recipient


def test_a_document_with_no_maker_told_names_no_target(pipeline: Pipeline) -> None:
    text = "A plan for the port was published in May. Kenya criticised the plan on Monday."
    event = _event(pipeline, text, "criticised")
    assert not event.recipient, event.recipient


# --- the passive --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Uganda closed the border on Sunday. Its decision was condemned by Kenya on Monday.", "condemned", "UGA"),
    ("The plan proposed by Uganda was rejected by Kenya.", "rejected", "UGA"),
    ("The plan that Tanzania proposed was rejected by Kenya.", "rejected", "TZA"),
    ("Kenya unveiled a plan on Sunday. The plan was rejected by Uganda on Monday.", "rejected", "KEN"),
])
def test_passive_stance_targets_the_maker_of_its_subject(pipeline: Pipeline, text: str, trigger: str,
                                                         country: str) -> None:
    event = _event(pipeline, text, trigger)
    assert [a.country for a in event.recipient] == [country], event.recipient
    assert all(a.country != country for a in event.actor), event.actor


def test_passive_stance_on_a_person_still_targets_the_person(pipeline: Pipeline) -> None:
    event = _event(pipeline, "President Museveni was criticised by Kenya on Monday.", "criticised")
    assert [a.country for a in event.recipient] == ["UGA"], event.recipient
