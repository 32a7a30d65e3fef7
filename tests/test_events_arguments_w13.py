"""Layer 4 on sentences written for these tests (wave 13, arguments on unseen news): a participant's phrase
ends where its own words end. A comma or dash that closes a clause on the noun hangs on the noun in the parse,
but the parties named inside that clause are not the noun's: an unnamed doer or patient stays unnamed rather
than becoming whoever the clause mentions."""

from __future__ import annotations

from accord.pipeline import Pipeline
from accord.records import Event
from event_helpers import actor_texts, event_of_type


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return list(pipeline.extract(text, published="2024-03-04", id="t").events)


def test_a_relative_clause_party_is_not_the_patient(pipeline: Pipeline) -> None:
    event = event_of_type(_events(pipeline, "The officer, who was deployed with British troops, was shot dead "
                                            "in Basra on Monday."), "ASSAULT", "shot")
    assert "British" not in actor_texts(event.recipient)
    assert "British" not in actor_texts(event.actor)


def test_the_addressee_inside_a_relative_clause_stays_the_addressee(pipeline: Pipeline) -> None:
    event = event_of_type(_events(pipeline, "The panel's report, which urged the Kenyan government to close the "
                                            "camps, was published on Monday."), "REQUEST", "urged")
    assert "Kenyan" in actor_texts(event.recipient)
    assert "Kenyan" not in actor_texts(event.actor)


def test_a_by_agent_inside_a_participle_clause_is_not_the_doer(pipeline: Pipeline) -> None:
    event = event_of_type(_events(pipeline, "Those trained by American instructors attacked a Taliban convoy."),
                          "ASSAULT", "attacked")
    assert "American" not in actor_texts(event.actor)


# --- a place where the phrase's head is, not who it is --------------------------------------------------------


def test_a_weapon_placed_in_a_country_is_not_that_country(pipeline: Pipeline) -> None:
    event = event_of_type(_events(pipeline, "A British soldier was killed by a roadside bomb in Iraq on Friday."),
                          "ASSAULT", "killed")
    assert "Iraq" not in actor_texts(event.actor)
    assert "British" in actor_texts(event.recipient)


def test_a_party_named_with_its_place_keeps_it(pipeline: Pipeline) -> None:
    event = event_of_type(_events(pipeline, "Refugees in Hungary protested against the fence."), "PROTEST",
                          "protested")
    assert [a.country for a in event.actor] == ["HUN"]


def test_a_capital_compounded_with_an_armed_act_is_where_it_struck(pipeline: Pipeline) -> None:
    event = event_of_type(_events(pipeline, "The Moscow attack killed 140 people."), "ASSAULT", "killed")
    assert not event.actor


def test_a_state_named_by_its_possessive_still_does_the_armed_act(pipeline: Pipeline) -> None:
    event = event_of_type(_events(pipeline, "Moscow's offensive in Ukraine stalled in the spring."), "ASSAULT",
                          "offensive")
    assert [a.country for a in event.actor] == ["RUS"]


def test_a_capital_compounded_with_an_act_of_government_still_does_it(pipeline: Pipeline) -> None:
    event = event_of_type(_events(pipeline, "The Beijing crackdown on Hong Kong protesters drew criticism."),
                          "COERCE", "crackdown")
    assert [a.country for a in event.actor] == ["CHN"]


# --- a subject named together with a clause that restricts it --------------------------------------------------


def test_a_subject_restricted_by_a_participle_clause_is_the_doer(pipeline: Pipeline) -> None:
    event = event_of_type(_events(pipeline, "Militants based in Pakistan attacked an army post in Kashmir."),
                          "ASSAULT", "attacked")
    assert [a.sector for a in event.actor] == ["REB"]


def test_a_subject_restricted_by_a_clause_makes_the_demand(pipeline: Pipeline) -> None:
    event = event_of_type(_events(pipeline, "Shia militias fighting in Iraq have called on the government to "
                                            "withdraw."), "REQUEST", "called")
    assert [a.sector for a in event.actor] == ["UAF"]
    assert "government" in actor_texts(event.recipient)


# --- a relative pronoun fronted with its preposition -----------------------------------------------------------


def test_a_fronted_relative_stands_for_the_noun_its_clause_modifies(pipeline: Pipeline) -> None:
    event = event_of_type(_events(pipeline, "Iran, with which Russia has partnered in Syria, sent more troops."),
                          "COOPERATE", "partnered")
    assert [a.country for a in event.actor] == ["RUS"]
    assert [a.country for a in event.recipient] == ["IRN"]


def test_a_treaty_signed_with_a_fronted_relative(pipeline: Pipeline) -> None:
    event = event_of_type(_events(pipeline, "Egypt, with which Israel signed a peace treaty in 1979, condemned the "
                                            "raid."), "AGREE", "signed")
    assert [a.country for a in event.recipient] == ["EGY"]


def test_a_participle_taken_for_the_speaker_stands_for_its_noun(pipeline: Pipeline) -> None:
    event = event_of_type(_events(pipeline, "Amnesty International working in Yemen said Saudi forces must stop "
                                            "the bombing."), "REQUEST", "stop")
    assert "Amnesty" in actor_texts(event.actor)
    assert [a.country for a in event.recipient] == ["SAU"]
