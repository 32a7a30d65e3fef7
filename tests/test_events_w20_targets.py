"""Layer 4 on sentences written for these tests (wave 20): the target of an act between parties is the party it
is done with, not a phrase that only says where it happened or what it settles.

- A venue. Meeting, agreeing, backing, aiding or working together is not done to the place it happens in: a
  settlement or area after a preposition of place ("in the Ugandan capital", "in the Damascus suburb") is no
  target, though a nationality or a city's name qualifies the place noun. Acts against a population keep the
  place's country ("struck targets in the Lebanese town").
- What is agreed. A finite clause with a subject of its own under an act between parties ("agreed *that North
  Korea must disarm*", "an agreement *that the plan would be dropped*", "discussed *whether Iran would
  return*") says what the parties settle or take up; whom it is about is no party. An infinitival or relative
  clause ("agreed to supply Iran with missiles", "a deal which gives Russia access") is the parties' own doing
  and may still name the counterpart.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import the_event as _event


def _countries(pipeline: Pipeline, text: str, trigger: str) -> set[str | None]:
    return {a.country for a in _event(pipeline, text, trigger).recipient}


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("The envoys met in the Ukrainian capital on Monday.", "met", "UKR"),
    ("The two delegations held talks in the Iraqi capital on Friday.", "talks", "IRQ"),
])
def test_a_venue_is_no_counterpart(pipeline: Pipeline, text: str, trigger: str, place: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.type == "CONSULT"
    assert place not in {a.country for a in event.recipient}


def test_a_named_counterpart_still_wins_over_its_venue(pipeline: Pipeline) -> None:
    event = _event(pipeline, "The German chancellor held talks with union leaders in the Polish city.", "talks")
    assert [a.text for a in event.recipient] == ["union leaders"]


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Israeli jets struck targets in the Lebanese town.", "struck", "LBN"),
    ("Turkish artillery shelled positions in the Syrian town overnight.", "shelled", "SYR"),
])
def test_an_act_against_a_population_keeps_the_place(pipeline: Pipeline, text: str, trigger: str,
                                                     country: str) -> None:
    assert country in _countries(pipeline, text, trigger)


@pytest.mark.parametrize(("text", "trigger", "topic"), [
    ("Washington and Seoul agreed that North Korea must give up its weapons.", "agreed", "PRK"),
    ("The United States agreed with Japan that North Korea must give up its weapons.", "agreed", "PRK"),
    ("France and Germany agreed that Greece should get more time.", "agreed", "GRC"),
])
def test_what_is_agreed_is_no_party(pipeline: Pipeline, text: str, trigger: str, topic: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.type == "AGREE"
    assert topic not in {a.country for a in event.recipient}


def test_the_counterpart_beside_the_agreed_clause(pipeline: Pipeline) -> None:
    assert _countries(pipeline, "The United States agreed with Japan that North Korea must give up its weapons.",
                      "agreed") == {"JPN"}


def test_an_agreements_content_clause_names_no_party(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Russia won an agreement that the opposition's plan would be dropped.", "agreement")
    assert event.recipient == ()


@pytest.mark.parametrize(("text", "trigger", "counterpart"), [
    ("Russia agreed to supply Iran with missiles.", "agreed", "IRN"),
    ("Russia signed a deal to supply Iran with missiles.", "signed", "IRN"),
    ("Turkey signed a deal which gives Russia access to the port.", "signed", "RUS"),
])
def test_the_parties_own_doing_still_names_the_counterpart(pipeline: Pipeline, text: str, trigger: str,
                                                           counterpart: str) -> None:
    assert counterpart in _countries(pipeline, text, trigger)
