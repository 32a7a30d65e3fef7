"""Layer 4 on sentences written for these tests (wave 30): whom an event is done to, where the text names the target
but the coder left it empty or took a description's modifier for it.

- Words traded between coordinated parties ("X and Y traded insults", "... exchanged accusations") are each side's
  attack on the other: reciprocal, one side the source and the other the target. Words said together ("X and Y
  criticised the plan") stay a joint act.
- A fault found in "you" is found in whom the speaker speaks to: the object of the verb of saying, its to-phrase,
  or the name the quotation calls out to.
- Coordinated parties whose act takes "each other" or "one another" (as object, possessor or a preposition's
  object) are each the other's target.
- A role noun with a name in apposition ("the Supreme Court nominee Neil Gorsuch") names the person, not the body
  in the role's modifiers.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import the_event as _event


@pytest.mark.parametrize(("text", "trigger", "first", "second"), [
    ("Lisa Murkowski and Chuck Schumer traded insults during a hearing on Thursday.", "traded",
     "Lisa Murkowski", "Chuck Schumer"),
    ("Germany and France exchanged accusations over the pipeline.", "exchanged", "Germany", "France"),
])
def test_words_traded_between_coordinated_parties_are_reciprocal(pipeline: Pipeline, text: str, trigger: str,
                                                                first: str, second: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.type == "ACCUSE"
    assert event.reciprocal
    assert [a.text for a in event.actor] == [first]
    assert [a.text for a in event.recipient] == [second]


def test_words_said_together_stay_a_joint_act(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Germany and France criticised the pipeline deal on Monday.", "criticised")
    assert not event.reciprocal
    assert {a.text for a in event.actor} == {"Germany", "France"}
    assert event.recipient == ()


@pytest.mark.parametrize(("text", "trigger", "speaker", "addressee"), [
    ('"You are a coward," Elizabeth Warren told Mitch McConnell on Tuesday.', "coward", "Elizabeth Warren",
     "Mitch McConnell"),
    ('"You are being reckless," Nancy Pelosi said to Kevin McCarthy.', "reckless", "Nancy Pelosi",
     "Kevin McCarthy"),
    ('Nancy Pelosi told Kevin McCarthy: "Your budget is a disgrace."', "disgrace", "Nancy Pelosi",
     "Kevin McCarthy"),
])
def test_a_fault_found_in_you_is_found_in_the_addressee(pipeline: Pipeline, text: str, trigger: str,
                                                        speaker: str, addressee: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.type == "ACCUSE"
    assert [a.text for a in event.actor] == [speaker]
    assert [a.text for a in event.recipient] == [addressee]


def test_a_name_called_out_to_is_the_addressee(pipeline: Pipeline) -> None:
    event = _event(pipeline, '"Kevin McCarthy, you are reckless," Nancy Pelosi said on Friday.', "reckless")
    assert event.type == "ACCUSE"
    assert [a.text for a in event.recipient] == ["Kevin McCarthy"]


def test_a_role_noun_with_a_name_in_apposition_names_the_person(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Senator Susan Collins praised the Supreme Court nominee Neil Gorsuch on Monday.",
                   "praised")
    assert event.type == "SUPPORT"
    assert [a.text for a in event.recipient] == ["Neil Gorsuch"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Kamala Harris and Mike Pence attacked each other's records on Wednesday.", "attacked"),
    ("Kamala Harris and Mike Pence criticised one another on Wednesday.", "criticised"),
    ("Kamala Harris and Mike Pence accused each other of lying.", "accused"),
])
def test_coordinated_parties_with_each_other_are_each_others_target(pipeline: Pipeline, text: str,
                                                                   trigger: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.type == "ACCUSE"
    assert event.reciprocal
    assert [a.text for a in event.actor] == ["Kamala Harris"]
    assert [a.text for a in event.recipient] == ["Mike Pence"]
