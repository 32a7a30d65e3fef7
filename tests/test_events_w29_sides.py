"""Layer 4 on sentences written for these tests (wave 29): which side of an event is the source, which the target.

- A preposition the parser hangs on a verb's particle adverb is the verb's own ("fired *back at* X"): it names
  whom words are aimed at, before what they are over; "hit back", "struck back", "fired back" are force returned,
  told of campaigners words returned.
- A president's verbal attack on a political party is criticism, as one on a person is.
- The at-phrase of a noun of blame names its target ("his jabs *at* the senator").
- Some of someone's rivals ("both of X's rivals") are no more X than all of them are.
- One answers what was done to oneself: the act a noun names is aimed at whoever responds to it, unless it names
  its own target.
- "X is the target of Y's attacks": a role noun's holder undergoes the act its of-phrase names.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import actor_texts
from event_helpers import the_event as _event

# --- a particle's preposition ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Governor Chris Christie fired back at Senator Marco Rubio over his record.", "fired", "Christie", "Rubio"),
    ("Senator Amy Klobuchar hit back at Senator Ted Cruz on Monday.", "hit", "Klobuchar", "Cruz"),
    ("Senator Amy Klobuchar struck back at Senator Ted Cruz on Monday.", "struck", "Klobuchar", "Cruz"),
])
def test_words_returned_name_whom_they_answer(pipeline: Pipeline, text: str, trigger: str, source: str,
                                             target: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.type == "ACCUSE"
    assert source in actor_texts(event.actor)
    assert target in actor_texts(event.recipient)


def test_a_president_hitting_back_at_a_party_criticises_it(pipeline: Pipeline) -> None:
    event = _event(pipeline, "President Barack Obama hit back at Republicans on Tuesday.", "hit")
    assert event.type == "ACCUSE"
    assert "Republicans" in actor_texts(event.recipient)


def test_force_returned_by_troops_stays_force(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Kenyan troops fired back at the Somali militants.", "fired")
    assert event.type == "ASSAULT"
    assert "militants" in actor_texts(event.recipient)


# --- some of someone's rivals ------------------------------------------------------------------------------------


def test_some_of_a_candidate_s_rivals_are_not_the_candidate(pipeline: Pipeline) -> None:
    event = _event(pipeline, "On Tuesday, both of Donald Trump's remaining rivals criticized his handling of the "
                             "riot.", "criticized")
    assert all(a.name != "Donald Trump" for a in event.actor)
    assert "his" in actor_texts(event.recipient)


# --- answering an act ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Hillary Clinton responded to Donald Trump's attacks on Monday.", "attacks", "Trump", "Clinton"),
    ("Hillary Clinton, in response to criticism from Senator Bernie Sanders, said she would release the "
     "transcripts.", "criticism", "Sanders", "Clinton"),
    ("Hillary Clinton's response to the accusations from Donald Trump was swift.", "accusations", "Trump",
     "Clinton"),
])
def test_an_act_answered_was_done_to_who_answers(pipeline: Pipeline, text: str, trigger: str, source: str,
                                                 target: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.type == "ACCUSE"
    assert source in actor_texts(event.actor)
    assert target in actor_texts(event.recipient)


def test_an_answered_act_keeps_its_own_target(pipeline: Pipeline) -> None:
    """"attacks on Muslims": the one who answers them is not who they were aimed at."""
    event = _event(pipeline, "Hillary Clinton responded to Donald Trump's attacks on Muslims.", "attacks")
    assert "Clinton" not in actor_texts(event.recipient)


# --- the target of an act -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Jeb Bush is the target of Donald Trump's attacks.", "attacks", "Trump", "Bush"),
    ("Donald Trump has been the target of attacks from Senator Ted Cruz.", "attacks", "Cruz", "Trump"),
    ("Senator Ted Cruz, the target of criticism from Donald Trump, defended his record.", "criticism", "Trump",
     "Cruz"),
])
def test_the_target_of_an_act_undergoes_it(pipeline: Pipeline, text: str, trigger: str, source: str,
                                          target: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.type == "ACCUSE"
    assert source in actor_texts(event.actor)
    assert target in actor_texts(event.recipient)


# --- fire drawn ---------------------------------------------------------------------------------------------------


def test_a_campaigner_drawing_fire_is_criticised(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Senator Marco Rubio drew fire from Republicans over the immigration bill.", "fire")
    assert event.type == "ACCUSE"
    assert "Republicans" in actor_texts(event.actor)
    assert "Rubio" in actor_texts(event.recipient)


def test_a_patrol_drawing_fire_is_attacked(pipeline: Pipeline) -> None:
    event = _event(pipeline, "The Kenyan patrol drew fire from Somali militants near the border.", "fire")
    assert event.type == "ASSAULT"
    assert "militants" in actor_texts(event.actor)


# --- a demand told in the passive ---------------------------------------------------------------------------------


def test_a_passive_demand_is_made_of_whom_the_speaker_told(pipeline: Pipeline) -> None:
    """"Y must be defeated": the one asked is who is to defeat Y, here the ones told, never Y."""
    event = _event(pipeline, "Senator Elizabeth Warren told Democrats that Donald Trump must be defeated.",
                   "defeated")
    assert event.type == "REQUEST"
    assert "Democrats" in actor_texts(event.recipient)
    assert "Trump" not in actor_texts(event.recipient)


def test_a_passive_demand_is_made_of_its_agent(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Senator Harry Reid said Merrick Garland should be confirmed by the Senate.",
                   "confirmed")
    assert "Senate" in actor_texts(event.recipient)
    assert "Garland" not in actor_texts(event.recipient)


def test_reporters_told_are_not_asked(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Senator Elizabeth Warren told reporters that Donald Trump must be defeated.",
                   "defeated")
    assert actor_texts(event.recipient) == ""


def test_an_active_demand_is_made_of_its_subject(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Speaker Paul Ryan told reporters that Donald Trump should apologize to the judge.",
                   "apologize")
    assert "Trump" in actor_texts(event.recipient)


@pytest.mark.parametrize("text", [
    "The rivals of Senator Ted Cruz attacked his record on Monday.",
    "Longtime foes of Senator Ted Cruz attacked his record on Monday.",
])
def test_rivals_of_a_senator_are_not_the_senator(pipeline: Pipeline, text: str) -> None:
    """The of-phrase of a relational noun names whom the rivals are rivals of, not who they are."""
    event = _event(pipeline, text, "attacked")
    assert "Cruz" not in actor_texts(event.actor)
    assert "his" in actor_texts(event.recipient)


def test_some_of_her_rivals_name_the_rivals(pipeline: Pipeline) -> None:
    """A mention over the members ("some of *her rivals*") is who acts, not an owner to set aside."""
    event = _event(pipeline, "Governor Ann Lee was criticized on Monday by some of her rivals over her plan for the "
                             "state budget.", "criticized")
    assert "rivals" in actor_texts(event.actor)
    assert "Ann Lee" in actor_texts(event.recipient)


def test_an_endorsement_answered_is_not_aimed_at_who_answers(pipeline: Pipeline) -> None:
    events = [e for e in pipeline.extract("Senator Marco Rubio responded to Sarah Palin's endorsement of Donald "
                                          "Trump.", published="2016-01-20").events if e.trigger.text == "endorsement"]
    assert all("Rubio" not in actor_texts(e.recipient) for e in events)


def test_a_passive_demand_told_to_an_outlet_asks_nobody(pipeline: Pipeline) -> None:
    event = _event(pipeline, "The senator said the rebels must be defeated, he told POLITICO.", "defeated")
    assert "POLITICO" not in actor_texts(event.recipient)


def test_called_on_with_on_read_as_a_particle_names_the_addressee(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Clinton also has called on Sanders to join her in supporting the bill.", "called")
    assert event.type == "REQUEST"
    assert "Sanders" in actor_texts(event.recipient)
