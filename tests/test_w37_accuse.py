"""ACCUSE told without a verb of accusing (wave 37, recall), on sentences written for these tests:

- A naming verb that gives a party, or a party's own plan or stance, a negative word is the namer's charge of it
  ("called the voters stupid", 'called the governor's plan "a disaster"'); a thing named so charges nobody.
- Idioms of attack in words: "called out", "tore into", "laid into", "jabbed (back) at", "took a jab at", kept to a
  party, its words or its doings ("called out the troops", "a truck tore into the crowd" are none).
- An act of words purposed by an occasion of speaking held for it is done there ("held a news conference to
  criticize the senator"); a purpose of force stays open.
- A work of entertainment criticised by a reviewer is a review, no ACCUSE; a state or official criticising a film
  stays one.
- Ignorance charged in speech ("knows nothing about trade", "does not know what he is talking about"); ignorance of
  a fact charges nobody.
- A party said not to be trusted ("cannot be trusted", "shouldn't be trusted") is charged with bad faith, not asked
  to do anything; the speaker's own side and things are not.
- A clause a speech offers as known or shown ("said the vote showed that Y is weak", '"We know that Y ..."') is the
  speaker's own claim, read for charges as the speech's own clause is.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import accusations, event_summaries


@pytest.mark.parametrize(("text", "trigger", "accused"), [
    ("The senator called the governor stupid.", "stupid", "the governor"),
    ('The senator called the state\'s primary voters "stupid" for backing the mayor.', "stupid",
     "the state's primary voters"),
    ('The senator called the governor\'s plan "a disaster."', "disaster", "the governor"),
    ("The senator described the mayor as weak.", "weak", "the mayor"),
])
def test_a_negative_name_given_to_a_party_charges_it(pipeline: Pipeline, text: str, trigger: str,
                                                     accused: str) -> None:
    events = accusations(pipeline, text)
    assert any(e[1] == trigger and e[2] == "asserted" and e[3] == ["The senator"] and e[4] == [accused]
               for e in events), events


@pytest.mark.parametrize("text", [
    "The senator called the storm a disaster.",  # a thing named: nobody charged
    "The senator called the refugees desperate.",  # a state undergone, no fault
    "The senator called the governor a friend.",
    "The senator called the governor's death a tragedy.",  # what befalls an owner is no doing of its own
])
def test_no_charge_in_a_name_of_a_thing_or_a_plight(pipeline: Pipeline, text: str) -> None:
    assert not accusations(pipeline, text)


def test_a_negative_name_denied_charges_nobody(pipeline: Pipeline) -> None:
    assert not [e for e in accusations(pipeline, "The senator did not call the governor stupid.")
                if e[2] == "asserted"]


@pytest.mark.parametrize(("text", "accused"), [
    ("On Friday, the president took a lighter tone, still calling out the Democrats.", "the Democrats"),
    ("The governor called out the mayor over the budget.", "the mayor"),
    ("The senator tore into the governor over the budget.", "the governor"),
    ("The senator tore into the governor's plan on Tuesday.", "the governor"),
    ("The senator laid into the governor on Tuesday.", "the governor"),
    ("The mayor jabbed back at the senator on Monday.", "the senator"),
    ("The mayor took a jab at the senator on Monday.", "the senator"),
])
def test_idioms_of_attack_in_words(pipeline: Pipeline, text: str, accused: str) -> None:
    events = accusations(pipeline, text)
    assert any(e[2] == "asserted" and accused in e[4] for e in events), events


@pytest.mark.parametrize("text", [
    "The governor called out the National Guard after the riots.",  # an armed side mobilised
    "The governor called out the troops after the riots.",
    "She called out his name across the room.",  # said aloud
    "He called out to the guards.",
    "A truck tore into the crowd on Tuesday.",  # a vehicle strikes
])
def test_idioms_of_attack_kept_to_parties_and_their_words(pipeline: Pipeline, text: str) -> None:
    assert not accusations(pipeline, text)


@pytest.mark.parametrize(("text", "kind"), [
    ("The president held a news conference to criticize the senator.", "ACCUSE"),
    ("The president gave a speech to praise the troops.", "SUPPORT"),
])
def test_words_purposed_by_an_occasion_of_speaking_are_said_there(pipeline: Pipeline, text: str,
                                                                  kind: str) -> None:
    events = [e for e in event_summaries(pipeline, text) if e[0] == kind]
    assert events and all(e[2] == "asserted" for e in events), events


@pytest.mark.parametrize(("text", "kind", "factuality"), [
    ("The general held a briefing to launch the offensive.", "ASSAULT", "hypothetical"),  # force is not said
    ("The senator will hold a news conference to criticize the governor.", "ACCUSE", "future"),
])
def test_other_purposes_stay_open(pipeline: Pipeline, text: str, kind: str, factuality: str) -> None:
    events = [e for e in event_summaries(pipeline, text) if e[0] == kind]
    assert events and all(e[2] == factuality for e in events), events


@pytest.mark.parametrize("text", [
    "The critic criticised the film for its slow pace.",
    "In her review, the critic slammed the new album.",
])
def test_a_review_of_a_work_of_entertainment_is_no_accusation(pipeline: Pipeline, text: str) -> None:
    assert not accusations(pipeline, text)


@pytest.mark.parametrize("text", [
    "The senator criticised the film for its portrayal of the police.",
    "China criticised the movie for its depiction of Tibet.",
    "The senator criticised the governor's plan.",
])
def test_a_state_or_official_criticising_a_film_still_accuses(pipeline: Pipeline, text: str) -> None:
    assert accusations(pipeline, text)


@pytest.mark.parametrize(("text", "accused"), [
    ('"The governor knows nothing about trade," the senator said.', "The governor"),
    ("The senator said the governor did not know what he was talking about.", "the governor"),
])
def test_ignorance_charged_in_speech(pipeline: Pipeline, text: str, accused: str) -> None:
    events = accusations(pipeline, text)
    assert any(e[2] == "asserted" and e[4] == [accused] for e in events), events


@pytest.mark.parametrize("text", [
    "The senator said the governor did not know what the plan would cost.",  # ignorance of a fact
    "The senator said the governor knew nothing of the raid.",
    '"I know nothing about trade," the senator said.',  # the speaker's own
    '"The governor knows what he is doing," the senator said.',
])
def test_no_charge_in_ignorance_of_a_fact_or_knowledge(pipeline: Pipeline, text: str) -> None:
    assert not accusations(pipeline, text)


@pytest.mark.parametrize("text", [
    "A reckless driver hit a tree on Tuesday.",  # a fault word with no speaker and no party charged
    "The senator called the plan dangerous.",  # a thing no party is said to own
])
def test_fault_words_without_a_charged_party(pipeline: Pipeline, text: str) -> None:
    assert not accusations(pipeline, text)


@pytest.mark.parametrize("text", [
    "Rebels attacked the army base on Tuesday.",
    "Troops attacked the rebels near the border.",
])
def test_an_attack_in_battle_stays_an_assault(pipeline: Pipeline, text: str) -> None:
    events = event_summaries(pipeline, text)
    assert any(e[0] == "ASSAULT" for e in events) and not any(e[0] == "ACCUSE" for e in events), events


@pytest.mark.parametrize(("text", "accused"), [
    ("The senator said the governor shouldn't be trusted with national secrets.", "the governor"),
    ('"The governor cannot be trusted," the senator said.', "The governor"),
])
def test_a_party_not_to_be_trusted_is_charged(pipeline: Pipeline, text: str, accused: str) -> None:
    events = accusations(pipeline, text)
    assert any(e[1] == "trusted" and e[2] == "asserted" and e[4] == [accused] for e in events), events


@pytest.mark.parametrize("text", [
    '"We cannot be trusted with this," the senator said.',  # the speaker's own side
    "The senator said the governor should be trusted with the budget.",  # trust granted
    "The senator said the report should not be believed.",  # a thing, no party
])
def test_no_distrust_charge_of_oneself_or_of_things(pipeline: Pipeline, text: str) -> None:
    assert not accusations(pipeline, text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Senator Smith said the warning was indicative that Governor Jones did not know what he was talking about.",
     "know"),
    ('"We know that Governor Jones shouldn\'t be trusted with our secrets," Senator Smith said.', "trusted"),
    ("Senator Smith said the vote showed that Governor Jones is weak.", "weak"),
])
def test_a_charge_offered_as_known_or_shown_is_the_speakers(pipeline: Pipeline, text: str, trigger: str) -> None:
    events = accusations(pipeline, text)
    assert any(e[1] == trigger and e[3] == ["Senator Smith"] and e[4] == ["Governor Jones"] for e in events), events


@pytest.mark.parametrize("text", [
    "Senator Smith said the report showed that the economy is weak.",  # no party
    "The report showed that Governor Jones is weak.",  # no speaker: a finding, not speech
    '"We know that we failed," Senator Smith said.',  # the speaker's own side
])
def test_no_charge_shown_without_a_speaker_or_a_party(pipeline: Pipeline, text: str) -> None:
    assert not accusations(pipeline, text)
