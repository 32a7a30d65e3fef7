"""Layer 4 on sentences written for these tests (wave 28): which side of an event is which.

- A contracted "'s" before a past participle with an object of its own is "has": the subject does the act ("she's
  beaten her rivals"), where the parser reads a passive. A verb with two objects keeps its passive reading ("he's
  denied access"), and so does a participle with a by-agent ("he's been criticised by X").
- "accept" takes what another offered or did, as "receive" does: "accepted Uganda's aid", "accepted donations
  from X", "accepted an apology from X", "accepted the resignation of X" are X's acts towards the subject. Where
  the accepting is itself the event told ("accepted the demands of X": a concession), the subject does it.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import countries_of as _countries
from event_helpers import the_event as _event

# --- a contracted "has" ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "doer", "undergoer"), [
    ("The Kenyan senator's criticised the Ugandan government for months.", "criticised", "KEN", "UGA"),
    ("Kenya's attacked the Ugandan president twice this week.", "attacked", "KEN", "UGA"),
    ("The Kenyan senator, who's criticised the Ugandan government, spoke on Monday.", "criticised", "KEN", "UGA"),
    ("The Kenyan senator Ann Lee spoke on Monday. She's criticised the Ugandan government for months.",
     "criticised", "KEN", "UGA"),
    ("The Kenyan senator Ann Lee spoke on Monday. Lee's repeatedly attacked the Ugandan president.", "attacked",
     "KEN", "UGA"),
])
def test_a_contracted_has_with_an_object_is_active(pipeline: Pipeline, text: str, trigger: str, doer: str,
                                                    undergoer: str) -> None:
    event = _event(pipeline, text, trigger)
    assert _countries(event.actor) == [doer]
    assert _countries(event.recipient) == [undergoer]


# A Kenyan senator named first, then "she": the pronoun's "'s" is the parse's only passive auxiliary of the verb.
SHE = "The Kenyan senator Ann Lee spoke on Monday. "


def test_a_contracted_is_with_a_by_agent_stays_passive(pipeline: Pipeline) -> None:
    """A time noun the parse hangs as the participle's object ("the whole time") would make "'s" read as "has";
    the by-agent keeps the passive."""
    event = _event(pipeline, SHE + "She's accused the whole time by Uganda.", "accused")
    assert _countries(event.actor) == ["UGA"]
    assert _countries(event.recipient) == ["KEN"]


def test_a_contracted_is_without_an_object_stays_passive(pipeline: Pipeline) -> None:
    event = _event(pipeline, "The Kenyan senator's arrested by Ugandan police every year.", "arrested")
    assert _countries(event.actor) == ["UGA"]
    assert _countries(event.recipient) == ["KEN"]


def test_a_contracted_is_with_neither_object_nor_agent_stays_passive(pipeline: Pipeline) -> None:
    """"She's arrested every year": no object, so the "'s" stays "is" and she is the one arrested."""
    event = _event(pipeline, SHE + "She's arrested every year.", "arrested")
    assert _countries(event.actor) == []
    assert _countries(event.recipient) == ["KEN"]


def test_a_contracted_is_before_a_verb_with_two_objects_stays_passive(pipeline: Pipeline) -> None:
    """"She's denied bail": a verb with two objects keeps one in the passive, so its object makes no "has"."""
    event = _event(pipeline, SHE + "She's denied bail.", "denied")
    assert _countries(event.actor) == []
    assert _countries(event.recipient) == ["KEN"]


# --- accepting what another gave or did -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger"), [
    ("Kenya accepted Uganda's aid after the floods.", "aid"),
    ("The Kenyan senator accepted donations from Ugandan businessmen.", "donations"),
    ("Kenya accepted an apology from Uganda on Monday.", "apology"),
    ("Kenya accepted the resignation of the Ugandan ambassador.", "resignation"),
])
def test_what_is_accepted_is_the_giver_s_act(pipeline: Pipeline, text: str, trigger: str) -> None:
    event = _event(pipeline, text, trigger)
    assert _countries(event.actor) == ["UGA"]
    assert _countries(event.recipient) == ["KEN"]


def test_accepting_as_the_event_told_is_the_subject_s_act(pipeline: Pipeline) -> None:
    """"accepted the demands of X" is a concession to X by the subject, not X's demand."""
    event = _event(pipeline, "The Kenyan government accepted the demands of Ugandan traders.", "accepted")
    assert _countries(event.actor) == ["KEN"]
    assert _countries(event.recipient) == ["UGA"]
