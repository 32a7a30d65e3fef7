"""ACCUSE told by what a party holds or does rather than by a verb of blame (wave 36, recall), on sentences written
for these tests:

- A fault word on a party's own doing, owned by its possessor, charges the owner in speech ("Y's reckless plan will
  ruin us"), whatever the clause foretells or denies: the fault is told of the plan, not foretold.
- A fault word on the object of a verb of holding charges the subject ("Y had a crazy policy", "Y represents failed
  policies"); a verb that sets the subject against the object ("opposed the reckless plan") or makes it undergo it
  ("inherited a disastrous policy") charges nobody.
- Questions raised about a party, its standing or its stance doubt it, as concerns raised do; about a thing they
  ask for facts.
- A party's standing said to be in question is found wanting; other things in doubt doubt no one.
- "Jerk" is a name of contempt, as "idiot" is.
- A verb of pressing whose own object is a hostile act carries it on ("pressed his attack", "pressed charges"),
  no demand; a party pressed or a cooperative act pressed stays a demand.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import accusations, event_summaries


@pytest.mark.parametrize(("text", "trigger", "accused"), [
    ('"The governor\'s reckless plan could ruin our state," Senator Smith said.', "reckless", "The governor"),
    ("In an interview, the senator said that the governor's divisive comments do not fit the office.", "divisive",
     "the governor"),
    ('The senator said that the mayor\'s "divisive" remarks had no place in the debate.', "divisive", "the mayor"),
])
def test_a_fault_on_an_owned_doing_charges_the_owner(pipeline: Pipeline, text: str, trigger: str,
                                                     accused: str) -> None:
    events = accusations(pipeline, text)
    assert any(e[1] == trigger and e[2] == "asserted" and e[4] == [accused] for e in events), events


@pytest.mark.parametrize("text", [
    # what befalls an owner is no doing of it
    "Senator Smith said the governor's poor health kept him at home.",
    '"Haiti\'s tragic history weighs on all of us," the minister said.',
    # the speaker's own side
    '"Our failed policies must end," Senator Smith said.',
    # the reporter's own words, under no verb of saying
    "The governor's reckless plan was passed on Tuesday.",
])
def test_no_charge_where_the_owner_did_nothing_or_nobody_speaks(pipeline: Pipeline, text: str) -> None:
    assert not accusations(pipeline, text)


@pytest.mark.parametrize(("text", "trigger", "accused"), [
    ("Senator Smith said the governor had a reckless policy of cutting schools.", "reckless", "the governor"),
    ("Senator Smith said the governor represents failed policies.", "failed", "the governor"),
])
def test_a_fault_on_what_the_subject_holds_charges_it(pipeline: Pipeline, text: str, trigger: str,
                                                      accused: str) -> None:
    events = accusations(pipeline, text)
    assert any(e[1] == trigger and e[2] == "asserted" and e[4] == [accused] for e in events), events


@pytest.mark.parametrize("text", [
    "Senator Smith said the governor opposed the reckless plan.",
    "Senator Smith said the governor inherited a disastrous policy.",
    "Senator Smith said the governor faces a terrible choice.",
])
def test_a_fault_on_what_the_subject_opposes_or_undergoes_charges_nobody(pipeline: Pipeline, text: str) -> None:
    assert not accusations(pipeline, text)


@pytest.mark.parametrize(("text", "accused"), [
    ("Senator Smith raised questions about the governor's judgment.", "the governor"),
    ("Senator Smith raised new questions about Governor Brown.", "Governor Brown"),
    ("Senator Smith raised questions about the governor's handling of the crisis.", "the governor"),
])
def test_questions_raised_about_a_party_doubt_it(pipeline: Pipeline, text: str, accused: str) -> None:
    events = accusations(pipeline, text)
    assert any(e[1] == "raised" and e[2] == "asserted" and e[4] == [accused] for e in events), events


@pytest.mark.parametrize("text", [
    "Senator Smith raised questions about the cost of the bridge.",
    "The reporters raised questions at the press conference.",
    "The farmers raised sheep on the hills.",
])
def test_questions_about_a_thing_charge_nobody(pipeline: Pipeline, text: str) -> None:
    assert not accusations(pipeline, text)


def test_a_standing_in_question_is_found_wanting(pipeline: Pipeline) -> None:
    events = accusations(pipeline, "Senator Smith said the governor's judgment is in question.")
    assert any(e[2] == "asserted" and e[3] == ["Senator Smith"] and e[4] == ["the governor"] for e in events), events


@pytest.mark.parametrize("text", [
    "Senator Smith said the outcome of the vote is in doubt.",
    "Senator Smith said the governor's future is in doubt.",
])
def test_other_things_in_doubt_doubt_nobody(pipeline: Pipeline, text: str) -> None:
    assert not accusations(pipeline, text)


def test_jerk_is_a_name_of_contempt(pipeline: Pipeline) -> None:
    events = accusations(pipeline, "Senator Smith called the governor a jerk on Sunday.")
    assert any(e[1] == "jerk" and e[4] == ["the governor"] for e in events), events


@pytest.mark.parametrize("text", [
    "The team hit the road on Monday.",
    "The governor attacked the problem with energy.",
    "The mayor blamed the weather for the delays.",
])
def test_near_misses_of_attack_and_blame(pipeline: Pipeline, text: str) -> None:
    assert not accusations(pipeline, text)


@pytest.mark.parametrize(("text", "trigger", "accused"), [
    ("Senator Smith is pressing his attack that the governor is not qualified to lead.", "attack", "the governor"),
    ("Senator Smith pressed his criticism of the governor's plan.", "criticism", "the governor"),
    ("The mayor pressed charges against the senator.", "charges", "the senator"),
])
def test_an_attack_pressed_is_carried_on(pipeline: Pipeline, text: str, trigger: str, accused: str) -> None:
    events = event_summaries(pipeline, text)
    assert any(e[:3] == ("ACCUSE", trigger, "asserted") and e[4] == [accused] for e in events), events
    assert not any(e[0] == "REQUEST" for e in events), events


@pytest.mark.parametrize(("text", "trigger"), [
    ("Senator Smith pressed the governor to resign.", "pressed"),  # a party pressed is asked
    ("The minister pressed his demand for talks.", "pressed"),
    ("The minister pushed the deal with Japan.", "pushed"),  # a cooperative act pressed is still urged
])
def test_pressing_a_party_or_a_cooperative_act_stays_a_demand(pipeline: Pipeline, text: str, trigger: str) -> None:
    events = event_summaries(pipeline, text)
    assert any(e[:2] == ("REQUEST", trigger) for e in events), events
