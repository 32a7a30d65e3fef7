"""ACCUSE told without a verb of accusing (wave 37, recall), on sentences written for these tests:

- Idioms of attack in words: "tore into", "laid into", "jabbed (back) at", "took a jab at", kept to a party, its
  words or its doings ("a truck tore into the crowd" is none).
- An act of words purposed by an occasion of speaking held for it is done there ("held a news conference to
  criticize the senator"); a purpose of force stays open.
- A work of entertainment criticised by a reviewer is a review, no ACCUSE; a state or official criticising a film
  stays one.
- Ignorance charged in speech ("knows nothing about trade", "does not know what he is talking about"); ignorance of
  a fact charges nobody.
- A party said not to be trusted ("cannot be trusted", "shouldn't be trusted") is charged with bad faith, not asked
  to do anything; the speaker's own side and things are not.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, str, list[str], list[str]]]:
    """(type, trigger, factuality, actor texts, recipient texts) of every event of ``text``."""
    return [(e.type, e.trigger.text, e.factuality, [a.text for a in e.actor], [a.text for a in e.recipient])
            for e in pipeline.extract(text, published="2016-02-01", id="t").events]


def _accusations(pipeline: Pipeline, text: str) -> list[tuple[str, str, str, list[str], list[str]]]:
    return [e for e in _events(pipeline, text) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(("text", "accused"), [
    ("The senator tore into the governor over the budget.", "the governor"),
    ("The senator tore into the governor's plan on Tuesday.", "the governor"),
    ("The senator laid into the governor on Tuesday.", "the governor"),
    ("The mayor jabbed back at the senator on Monday.", "the senator"),
    ("The mayor took a jab at the senator on Monday.", "the senator"),
])
def test_idioms_of_attack_in_words(pipeline: Pipeline, text: str, accused: str) -> None:
    events = _accusations(pipeline, text)
    assert any(e[2] == "asserted" and accused in e[4] for e in events), events


@pytest.mark.parametrize("text", [
    "A truck tore into the crowd on Tuesday.",  # a vehicle strikes
])
def test_idioms_of_attack_kept_to_parties_and_their_words(pipeline: Pipeline, text: str) -> None:
    assert not _accusations(pipeline, text)


@pytest.mark.parametrize(("text", "kind"), [
    ("The president held a news conference to criticize the senator.", "ACCUSE"),
    ("The president gave a speech to praise the troops.", "SUPPORT"),
])
def test_words_purposed_by_an_occasion_of_speaking_are_said_there(pipeline: Pipeline, text: str,
                                                                  kind: str) -> None:
    events = [e for e in _events(pipeline, text) if e[0] == kind]
    assert events and all(e[2] == "asserted" for e in events), events


@pytest.mark.parametrize(("text", "kind", "factuality"), [
    ("The general held a briefing to launch the offensive.", "ASSAULT", "hypothetical"),  # force is not said
    ("The senator will hold a news conference to criticize the governor.", "ACCUSE", "future"),
])
def test_other_purposes_stay_open(pipeline: Pipeline, text: str, kind: str, factuality: str) -> None:
    events = [e for e in _events(pipeline, text) if e[0] == kind]
    assert events and all(e[2] == factuality for e in events), events


@pytest.mark.parametrize("text", [
    "The critic criticised the film for its slow pace.",
    "In her review, the critic slammed the new album.",
])
def test_a_review_of_a_work_of_entertainment_is_no_accusation(pipeline: Pipeline, text: str) -> None:
    assert not _accusations(pipeline, text)


@pytest.mark.parametrize("text", [
    "The senator criticised the film for its portrayal of the police.",
    "China criticised the movie for its depiction of Tibet.",
    "The senator criticised the governor's plan.",
])
def test_a_state_or_official_criticising_a_film_still_accuses(pipeline: Pipeline, text: str) -> None:
    assert _accusations(pipeline, text)


@pytest.mark.parametrize(("text", "accused"), [
    ('"The governor knows nothing about trade," the senator said.', "The governor"),
    ("The senator said the governor did not know what he was talking about.", "the governor"),
])
def test_ignorance_charged_in_speech(pipeline: Pipeline, text: str, accused: str) -> None:
    events = _accusations(pipeline, text)
    assert any(e[2] == "asserted" and e[4] == [accused] for e in events), events


@pytest.mark.parametrize("text", [
    "The senator said the governor did not know what the plan would cost.",  # ignorance of a fact
    "The senator said the governor knew nothing of the raid.",
    '"I know nothing about trade," the senator said.',  # the speaker's own
    '"The governor knows what he is doing," the senator said.',
])
def test_no_charge_in_ignorance_of_a_fact_or_knowledge(pipeline: Pipeline, text: str) -> None:
    assert not _accusations(pipeline, text)


@pytest.mark.parametrize("text", [
    "A reckless driver hit a tree on Tuesday.",  # a fault word with no speaker and no party charged
    "The senator called the plan dangerous.",  # a thing no party is said to own
])
def test_fault_words_without_a_charged_party(pipeline: Pipeline, text: str) -> None:
    assert not _accusations(pipeline, text)


@pytest.mark.parametrize("text", [
    "Rebels attacked the army base on Tuesday.",
    "Troops attacked the rebels near the border.",
])
def test_an_attack_in_battle_stays_an_assault(pipeline: Pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert any(e[0] == "ASSAULT" for e in events) and not any(e[0] == "ACCUSE" for e in events), events


@pytest.mark.parametrize(("text", "accused"), [
    ("The senator said the governor shouldn't be trusted with national secrets.", "the governor"),
    ('"The governor cannot be trusted," the senator said.', "The governor"),
])
def test_a_party_not_to_be_trusted_is_charged(pipeline: Pipeline, text: str, accused: str) -> None:
    events = _accusations(pipeline, text)
    assert any(e[1] == "trusted" and e[2] == "asserted" and e[4] == [accused] for e in events), events


@pytest.mark.parametrize("text", [
    '"We cannot be trusted with this," the senator said.',  # the speaker's own side
    "The senator said the governor should be trusted with the budget.",  # trust granted
    "The senator said the report should not be believed.",  # a thing, no party
])
def test_no_distrust_charge_of_oneself_or_of_things(pipeline: Pipeline, text: str) -> None:
    assert not _accusations(pipeline, text)
