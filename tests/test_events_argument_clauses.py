"""Layer 4 on sentences written for these tests: who acts and on whom when a neighbouring clause of the same
sentence names them (wave 10): the doer of an agentless passive told in a clause of circumstance, and the partner
of a verb of joint action as a co-actor of its purpose clause, never its target."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from accord.pipeline import Pipeline
from accord.records import Actor, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.extract(text, published="2024-03-04", id="t").events


def _countries(actors: Iterable[Actor]) -> list[str]:
    return sorted(a.country for a in actors if a.country)


def _sides(pipeline: Pipeline, text: str, event_type: str) -> tuple[list[str], list[str]]:
    found = [e for e in _events(pipeline, text) if e.type == event_type]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in _events(pipeline, text)]
    return _countries(found[0].actor), _countries(found[0].recipient)


# --- the doer of an agentless passive in a clause of circumstance --------------------------------------------


@pytest.mark.parametrize(("text", "event_type", "sides"), [
    ("The Somali smuggler was arrested on Monday when Kenyan police raided the camp.", "COERCE",
     (["KEN"], ["SOM"])),
    ("Three Syrian civilians were killed when Russian jets bombed the market.", "ASSAULT", (["RUS"], ["SYR"])),
    ("Two Malian soldiers were wounded as French troops shelled the village.", "ASSAULT", (["FRA"], ["MLI"])),
    # the parser hangs a "when" clause on the nearest noun: it still tells the circumstance
    ("The Somali smuggler was arrested on Monday in the port of Kismayo, when Kenyan police raided the camp.",
     "COERCE", (["KEN"], ["SOM"])),
    ("The Somali smuggler was arrested on Monday in the port of Kismayo, about 50 miles north of the border, when "
     "Kenyan police raided the camp.", "COERCE", (["KEN"], ["SOM"])),
])
def test_a_clause_of_circumstance_names_the_doer_of_an_agentless_passive(
        pipeline: Pipeline, text: str, event_type: str, sides: tuple[list[str], list[str]]) -> None:
    assert _sides(pipeline, text, event_type) == sides


@pytest.mark.parametrize("text", [
    "The Ugandan envoy was arrested after he insulted the Kenyan president.",  # the patient's own act
    "Five Iraqi protesters were killed when the crowd clashed with police.",  # a fight: whose blow is untold
])
def test_a_clause_of_circumstance_without_another_forceful_doer_names_none(pipeline: Pipeline, text: str) -> None:
    harmed = [e for e in _events(pipeline, text) if e.type in ("COERCE", "ASSAULT")]
    assert harmed and all(not e.actor for e in harmed)


def test_a_by_agent_still_wins_over_the_clause_of_circumstance(pipeline: Pipeline) -> None:
    # the when-clause, finite with its own subject, is an act of its own (the raid); the arrest keeps its by-agent
    events = _events(pipeline, "The Somali smuggler was arrested by Ugandan police when Kenyan soldiers raided "
                               "the camp.")
    arrest = [e for e in events if e.trigger.text == "arrested"]
    assert len(arrest) == 1
    assert (_countries(arrest[0].actor), _countries(arrest[0].recipient)) == (["UGA"], ["SOM"])
    assert [_countries(e.actor) for e in events if e.trigger.text == "raided"] == [["KEN"]]


# --- the partner of a verb of joint action -------------------------------------------------------------------


def test_the_partner_of_joint_action_is_a_co_actor_not_the_target(pipeline: Pipeline) -> None:
    found = [e for e in _events(pipeline, "The Kenyan office referred the case to the Ugandan police, who worked "
                                          "with the Tanzanian army to investigate.") if e.type == "ACCUSE"]
    assert found
    assert _countries(found[0].actor) == ["TZA", "UGA"] and not found[0].recipient


def test_the_partner_of_joint_action_leaves_the_real_target(pipeline: Pipeline) -> None:
    found = [e for e in _events(pipeline, "The Ugandan police worked with the Tanzanian army to investigate the "
                                          "Kenyan smugglers.") if e.type == "ACCUSE"]
    assert found
    assert _countries(found[0].actor) == ["TZA", "UGA"] and _countries(found[0].recipient) == ["KEN"]


# --- a participle after "while" whose host is passive is an act of its own -----------------------------------


@pytest.mark.parametrize("text", [
    "A Kenyan soldier was wounded while fighting al-Shabaab militants in Somalia.",
    "A Kenyan soldier who was killed by a roadside bomb while fighting against al-Shabaab has been named.",
])
def test_who_undergoes_the_host_does_the_participle(pipeline: Pipeline, text: str) -> None:
    fights = [e for e in _events(pipeline, text) if e.type == "ASSAULT" and e.trigger.text == "fighting"]
    assert fights and _countries(fights[0].actor) == ["KEN"] and _countries(fights[0].recipient) == ["SOM"]
    harmed = [e for e in _events(pipeline, text) if e.trigger.text != "fighting"]
    assert harmed and all(_countries(e.recipient) == ["KEN"] and not e.actor for e in harmed)


def test_a_participle_of_result_stays_one_event(pipeline: Pipeline) -> None:
    found = [e for e in _events(pipeline, "Russian jets shelled the Syrian town, killing 20 civilians.")
             if e.type == "ASSAULT"]
    assert len(found) == 1 and _countries(found[0].actor) == ["RUS"]


# --- the clause on an event noun, and the light verb above it -------------------------------------------------


def test_a_forceful_relative_clause_names_whom_the_act_noun_was_done_to(pipeline: Pipeline) -> None:
    found = [e for e in _events(pipeline, "Kenyan leaders condemned a Somali attack that targeted the Kenyan "
                                          "embassy.") if e.type == "ASSAULT"]
    assert found and _countries(found[0].actor) == ["SOM"] and _countries(found[0].recipient) == ["KEN"]


def test_a_relative_clause_of_no_force_names_no_target(pipeline: Pipeline) -> None:
    raids = [e for e in _events(pipeline, "The Kenyan raid that freed the Somali hostages ended on Monday.")
             if e.type == "ASSAULT"]
    assert all(not e.recipient for e in raids)


def test_the_light_verb_subject_does_what_its_event_noun_does(pipeline: Pipeline) -> None:
    found = [e for e in _events(pipeline, "Kenya carried out raids that killed ten Somali fighters.")
             if e.type == "ASSAULT"]
    assert found and all(_countries(e.actor) == ["KEN"] for e in found)
    assert any(_countries(e.recipient) == ["SOM"] for e in found)


# --- a party heading the target's phrase is not replaced by the place its phrase names -----------------------


@pytest.mark.parametrize(("text", "recipient"), [
    ("A Kenyan soldier was wounded while fighting against al-Shabaab in Uganda.", ["SOM"]),
    ("Kenyan jets bombed Somali militants in Uganda.", ["SOM"]),
])
def test_the_party_heading_the_phrase_is_the_target_not_its_place(pipeline: Pipeline, text: str,
                                                                  recipient: list[str]) -> None:
    fights = [e for e in _events(pipeline, text) if e.type == "ASSAULT" and e.trigger.text in ("fighting", "bombed")]
    assert fights and _countries(fights[0].recipient) == recipient


def test_a_place_still_stands_for_its_people_when_no_party_heads_the_phrase(pipeline: Pipeline) -> None:
    assert _sides(pipeline, "Turkish troops shelled the Kurdish-held town of Afrin.", "ASSAULT") == (["TUR"],
                                                                                                      ["SYR"])


# --- a gerund after a time preposition is no content of the act above it --------------------------------------


def test_a_gerund_after_a_time_preposition_leaves_the_object_the_target(pipeline: Pipeline) -> None:
    assert _sides(pipeline, "Sudan expelled the Chadian ambassador after accusing Chad of arming the rebels.",
                  "SANCTION") == (["SDN"], ["TCD"])
    expelled = [e for e in _events(pipeline, "Sudan expelled the Chadian ambassador after accusing Chad of arming "
                                             "the rebels.") if e.type == "SANCTION"]
    assert [a.text for a in expelled[0].recipient] == ["the Chadian ambassador"]


def test_a_gerund_after_for_is_still_the_content(pipeline: Pipeline) -> None:
    found = [e for e in _events(pipeline, "The Taliban claimed responsibility for shooting down the Afghan "
                                          "helicopter.") if e.type == "ASSAULT"]
    assert found and _countries(found[0].recipient) == ["AFG"]


# --- the doer told in a light verb's relative clause on the event noun ----------------------------------------


@pytest.mark.parametrize("text", [
    "The strike, which Israel carried out on Monday, killed five Palestinian civilians.",
    "The strike, which was carried out by Israel on Monday, killed five Palestinian civilians.",
])
def test_a_light_verb_relative_clause_names_the_event_nouns_doer(pipeline: Pipeline, text: str) -> None:
    assert _sides(pipeline, text, "ASSAULT") == (["ISR"], ["PSE"])


def test_a_relative_clause_whose_subject_is_the_noun_names_no_doer(pipeline: Pipeline) -> None:
    found = [e for e in _events(pipeline, "The strike that hit a Kenyan convoy killed ten soldiers.")
             if e.trigger.text == "killed"]
    assert found and not found[0].actor


# --- whom a visit or a request is made to, not what its purpose clause asks for -------------------------------


def test_a_visit_goes_to_its_destination_not_to_what_its_purpose_names(pipeline: Pipeline) -> None:
    assert _sides(pipeline, "The Ukrainian president travelled to Germany to urge more sanctions against Russia.",
                  "CONSULT") == (["UKR"], ["DEU"])


def test_what_a_request_asks_for_is_not_whom_it_asks(pipeline: Pipeline) -> None:
    asked = [e for e in _events(pipeline, "The Somali minister asked Kenya for more troops.") if e.type == "REQUEST"]
    assert asked and _countries(asked[0].recipient) == ["KEN"]
    alone = [e for e in _events(pipeline, "The Somali minister asked for more troops.") if e.type == "REQUEST"]
    assert alone and not alone[0].recipient


def test_a_request_made_where_its_maker_went_asks_those_there(pipeline: Pipeline) -> None:
    asked = [e for e in _events(pipeline, "The Somali minister flew to Nairobi to ask for more troops.")
             if e.type == "REQUEST"]
    assert asked and _countries(asked[0].recipient) == ["KEN"]


# --- whom a response answers: the makers of the acts its definite object refers back to ----------------------


def test_a_rejection_of_the_demands_answers_their_makers(pipeline: Pipeline) -> None:
    text = "Kenya demanded the release of the hostages on Monday. Uganda made a similar call. Somalia angrily " \
           "rejected the demands."
    assert _sides(pipeline, text, "REJECT") == (["SOM"], ["KEN", "UGA"])
    rejected = next(e for e in _events(pipeline, text) if e.type == "REJECT")
    for maker in rejected.recipient:  # mentioned in the response's own sentence, by the noun that answers them
        assert maker.text == "the demands"
        assert maker.start is not None and maker.end is not None
        assert rejected.sentence.start <= maker.start < maker.end <= rejected.sentence.end


def test_a_singular_act_noun_answers_the_nearest_maker(pipeline: Pipeline) -> None:
    text = "Kenya demanded the release of the hostages on Monday. Uganda made a similar call. Somalia rejected " \
           "the demand."
    assert _sides(pipeline, text, "REJECT") == (["SOM"], ["UGA"])
    assert _sides(pipeline, "Turkey accused Greece of provocations on Monday. Athens rejected the accusation.",
                  "REJECT") == (["GRC"], ["TUR"])


def test_a_response_to_another_thing_answers_nobody_before(pipeline: Pipeline) -> None:
    assert _sides(pipeline, "Turkey accused Greece of provocations on Monday. Athens rejected the plan.",
                  "REJECT") == (["GRC"], [])


def test_a_response_answers_no_act_beyond_reach(pipeline: Pipeline) -> None:
    text = "Kenya demanded the release of the hostages on Monday. The talks lasted two days. The weather was " \
           "fine. Officials left on Friday. Somalia rejected the demand."
    assert _sides(pipeline, text, "REJECT") == (["SOM"], [])


# --- one person named by a role is a "he" or "she", and an antecedent told apart by its sector ----------------


def test_a_person_named_by_a_role_is_what_him_stands_for(pipeline: Pipeline) -> None:
    found = [e for e in _events(pipeline, "The Kenyan senators met the judge on Monday. Both of the senators "
                                          "strongly supported him.") if e.type == "SUPPORT"]
    assert found and [a.sector for a in found[0].recipient] == ["JUD"]
    assert [a.sector for a in found[0].actor] == ["LEG"]


def test_a_pronoun_for_the_actor_itself_is_still_no_recipient(pipeline: Pipeline) -> None:
    assert _sides(pipeline, "China warned that it would retaliate against Japan.", "THREATEN") == (["CHN"],
                                                                                                    ["JPN"])


# --- a stance towards a thing is towards whoever made it ----------------------------------------------------------


@pytest.mark.parametrize(("text", "event_type", "sides"), [
    ("Kenya rejected a peace plan proposed by Egypt.", "REJECT", (["KEN"], ["EGY"])),
    ("Kenya rejected the plan that Egypt proposed.", "REJECT", (["KEN"], ["EGY"])),
    ("Kenya welcomed the resolution drafted by France.", "SUPPORT", (["KEN"], ["FRA"])),
    ("Kenya protested against a law passed by the Ugandan parliament.", "ACCUSE", (["KEN"], ["UGA"])),
])
def test_a_stance_towards_a_thing_is_towards_its_maker(pipeline: Pipeline, text: str, event_type: str,
                                                      sides: tuple[list[str], list[str]]) -> None:
    assert _sides(pipeline, text, event_type) == sides


def test_a_clause_that_tells_no_maker_names_no_target(pipeline: Pipeline) -> None:
    assert _sides(pipeline, "Kenya rejected the plan that angered Egypt.", "REJECT") == (["KEN"], [])
