"""Events the coder missed (wave 34, recall), on sentences written for these tests:

- Verbs of fierce criticism beside "slam" and "lambast" ("savaged", "bashed", "trashed" a party or its plan;
  "inveighed against") are ACCUSE; a savaging with no object is none.
- Doubts or scepticism voiced about another's plan or claims are disapproval (ACCUSE), as concern voiced is.
- Deceit about facts said of another party under a verb of saying ("X said Y exaggerated the threat", '"Y is
  manipulating the count," X said', "... concealed the emails") is the speaker's accusation of it, as "lied" is;
  said of the speaker himself or of no party ("the storm distorted the signal") it is none.
- A party called ignorant ("the most ignorant president") is found fault with, as one called reckless is.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import EventSummary, event_summaries


def _events_2019(pipeline: Pipeline, text: str) -> list[EventSummary]:
    return event_summaries(pipeline, text, published="2019-05-14")


def _asserted(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(e[0], e[1]) for e in _events_2019(pipeline, text) if e[2] == "asserted"]


@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), [
    ("Senator Smith savaged the governor's budget on Tuesday.", "savaged", "Senator Smith", "the governor"),
    ("The opposition leader bashed the prime minister over the tax increase.", "bashed", "The opposition leader",
     "the prime minister"),
    ("The minister inveighed against the European Commission.", "inveighed", "The minister",
     "the European Commission"),
])
def test_verbs_of_fierce_criticism_accuse(pipeline: Pipeline, text: str, trigger: str, actor: str,
                                         recipient: str) -> None:
    events = _events_2019(pipeline, text)
    assert ("ACCUSE", trigger, "asserted", [actor], [recipient]) in events, events


def test_trashing_a_deal_accuses_without_a_named_recipient(pipeline: Pipeline) -> None:
    assert ("ACCUSE", "trashed") in _asserted(pipeline, "The senator trashed the trade deal during a rally.")


def test_a_savaging_with_no_object_is_no_event(pipeline: Pipeline) -> None:
    # the object flag: "savage" criticises only someone or something savaged
    assert _asserted(pipeline, "The critics were savage in their reviews of the film.") == []


@pytest.mark.parametrize(("text", "trigger", "recipient"), [
    ("The governor expressed doubts about the senator's plan.", "expressed", "the senator"),
    ("The senator voiced skepticism about the minister's claims.", "voiced", "the minister"),
])
def test_doubts_voiced_about_another_are_disapproval(pipeline: Pipeline, text: str, trigger: str,
                                                     recipient: str) -> None:
    events = _events_2019(pipeline, text)
    assert any(e[:3] == ("ACCUSE", trigger, "asserted") and e[4] == [recipient] for e in events), events


def test_doubt_held_is_no_event(pipeline: Pipeline) -> None:
    # doubt that is not voiced (a state of mind) finds no fault with anyone
    assert _asserted(pipeline, "There is little doubt about the outcome of the vote.") == []


@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), [
    ("Senator Jones said the governor had exaggerated the threat.", "exaggerated", "Senator Jones", "the governor"),
    ('"The media are manipulating this campaign," Gilmore said.', "manipulating", "Gilmore", "The media"),
    ("Senator Jones said the ministry concealed the emails for years.", "concealed", "Senator Jones",
     "the ministry"),
])
def test_deceit_said_of_another_party_accuses_it(pipeline: Pipeline, text: str, trigger: str, actor: str,
                                                 recipient: str) -> None:
    events = _events_2019(pipeline, text)
    assert ("ACCUSE", trigger, "asserted", [actor], [recipient]) in events, events


@pytest.mark.parametrize("text", [
    "The senator said he had exaggerated his own role.",
    "The scientist said the storm had distorted the radar signal.",
    "The engineers said the software had concealed the fault from the drivers.",
])
def test_deceit_of_oneself_or_of_no_party_is_no_accusation(pipeline: Pipeline, text: str) -> None:
    assert [e for e in _events_2019(pipeline, text) if e[0] == "ACCUSE"] == []


def test_a_party_called_ignorant_is_accused(pipeline: Pipeline) -> None:
    events = _events_2019(pipeline, "Trump called Obama the most ignorant president in our history.")
    assert any(e[0] == "ACCUSE" and e[2] == "asserted" and e[4] == ["Obama"] for e in events), events


def test_a_party_called_a_friend_is_not_accused(pipeline: Pipeline) -> None:
    events = _events_2019(pipeline, "Trump called Obama the most gracious president in our history.")
    assert [e for e in events if e[0] == "ACCUSE"] == [], events

