"""Events told by nouns inside another event's clause, and the sides their phrases name (wave 9): a harm noun with
its doer taken by another kind of event's verb, a meeting in which another act is done, the possessor of an act
done to a person, an event in a while-clause, and a stance told by an in-phrase. Every sentence is written for
these tests."""

from __future__ import annotations

from accord.pipeline import Pipeline
from event_helpers import actor_texts, asserted_events, event_of_type

_events = asserted_events
_of_type = event_of_type
_names = actor_texts


# --- a harm noun with its doer, taken by the verb of another kind of event, happened all the same ---------------

def test_a_harm_noun_with_its_doer_under_another_event_verb_stands(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Norway refused to support the French-led invasion of Mali.")
    invasion = _of_type(events, "ASSAULT", "invasion")
    assert "Mali" in _names(invasion.recipient)
    assert "REJECT" in {e.type for e in events}


def test_a_by_phrase_names_the_doer_of_a_harm_noun_under_another_verb(pipeline: Pipeline) -> None:
    events = _events(pipeline, "The mayor condemned the shelling of the harbour by Russian forces.")
    shelling = _of_type(events, "ASSAULT", "shelling")
    assert "Russian" in _names(shelling.actor)


def test_a_harm_noun_without_its_doer_stays_the_verbs_circumstance(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Norway refused to support an invasion of Mali.")
    assert "ASSAULT" not in {e.type for e in events}


def test_an_unspecified_harm_noun_tells_no_attack(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Norway said it would oppose any French-led invasion of Mali.")
    assert "ASSAULT" not in {e.type for e in events}


def test_a_harm_verb_taking_a_harm_noun_is_one_attack(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Two farmers were killed in a Saudi-led air strike on the village.")
    assert len([e for e in events if e.type == "ASSAULT"]) == 1


# --- a meeting in which another act is done --------------------------------------------------------------------

def test_a_phone_call_in_which_a_request_is_made_is_a_consultation(pipeline: Pipeline) -> None:
    events = _events(pipeline, "In a telephone call with the Kremlin on Monday, Chancellor Olaf Scholz urged "
                               "Vladimir Putin to withdraw his troops.")
    types = {e.type for e in events}
    assert {"CONSULT", "REQUEST"} <= types
    call = _of_type(events, "CONSULT", "call")
    assert "Scholz" in _names(call.actor)


# --- the possessor of an act done to a person undergoes it -----------------------------------------------------

def test_the_possessor_of_a_detention_undergoes_it(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Lawyers condemned the Kenyan journalist's detention by Ugandan police.")
    detention = _of_type(events, "COERCE", "detention")
    assert "journalist" in _names(detention.recipient)
    assert "police" in _names(detention.actor)


def test_the_possessor_of_an_offensive_does_it(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Villagers fled Ethiopia's offensive against the rebels.")
    offensive = _of_type(events, "ASSAULT", "offensive")
    assert "Ethiopia" in _names(offensive.actor)


# --- a while-clause with its own subject tells an event of its own --------------------------------------------

def test_a_while_clause_tells_an_event_of_its_own(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Government troops attacked rebel positions in the north, while Sudanese "
                               "warplanes kept up their bombardment of the border towns.")
    assert {"attacked", "bombardment"} <= {e.trigger.text for e in events if e.type == "ASSAULT"}


# --- a stance told by an in-phrase of a verb that tells no event ----------------------------------------------

def test_a_statement_in_opposition_to_a_plan_rejects_it(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Senator Maria Cantwell released a statement in opposition to the Canadian "
                               "pipeline plan.")
    opposition = _of_type(events, "REJECT", "opposition")
    assert "Cantwell" in _names(opposition.actor)


def test_a_statement_in_opposition_keeps_the_speech_that_follows(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Senator Maria Cantwell released a statement in opposition to the pipeline plan, "
                               "insisting that the Canadian government must halt construction.")
    assert {"REJECT", "REQUEST"} <= {e.type for e in events}


def test_killed_in_the_fighting_is_no_stance(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Hundreds of Yemeni civilians have been killed in the fighting this year.")
    assert not [e for e in events if e.trigger.text == "fighting" and not e.actor]


def test_a_demand_said_beside_a_protest_is_its_aim(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Striking nurses from the Kenyan union held rallies in Nairobi against the health "
                               "minister, saying she must resign.")
    assert "REQUEST" not in {e.type for e in events}


# --- a clash noun with only its opponent named is a campaign, not one occurrence -------------------------------

def test_the_fight_against_a_group_is_no_attack(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Their role in the fight against the militants made the case for autonomy.")
    assert not [e for e in events if e.trigger.text == "fight"]


def test_clashes_with_a_named_side_stay_an_event(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Three people died in clashes between Kenyan police and protesters in Nairobi.")
    assert "ASSAULT" in {e.type for e in events}


# --- what a warning foresees has not happened -------------------------------------------------------------------

def test_an_attack_warned_against_is_not_asserted(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Poland warned against a Belarusian incursion into Lithuania.")
    assert "ASSAULT" not in {e.type for e in events}
