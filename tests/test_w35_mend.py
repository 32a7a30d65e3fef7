"""Mends of wave 35's review (w35-mend): failures and wrongs said of others are charges only when what failed was
owed to others; pity is no blame; a demand between levels of one government stays a request; the knowledge base's
trade nouns only where they pick the person out; "be for/against" only with something a side is taken on.
Sentences: the reviewer's and variants written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.events.quoted_charges import charge_words
from accord.events.tables import load_tables
from accord.pipeline import Pipeline
from accord.records import ASSERTED, Event
from actor_helpers import actors_in
from quote_helpers import quotes_in


def _events(pipeline: Pipeline, text: str, kind: str) -> list[Event]:
    return [e for e in pipeline.extract(text, published="2016-03-04", id="t").events if e.type == kind]


def _accusations(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in _events(pipeline, text, "ACCUSE") if e.factuality == ASSERTED]


# --- 1. failures owed to others; abandoning a party, not a place ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "The army said Iraqi troops failed to recapture Ramadi.",
    "The general said the brigade failed to retake the bridge.",  # a hostile act failed
    "Kerry said the rebels abandoned the town.",  # a retreat
    '"Russian troops abandoned their positions," the general said.',
    "The police said the crew abandoned the burning ship.",
    "The ministry said rebels sabotaged the pipeline.",  # a deed reported
    "Obama said Norway exploits its oil reserves.",  # a resource used
    "The coach said the striker failed to reach the final.",  # a failure owed to nobody
])
def test_a_failure_or_a_deed_owed_to_nobody_is_no_charge(pipeline: Pipeline, text: str) -> None:
    assert not _accusations(pipeline, text)


@pytest.mark.parametrize(("text", "word"), [
    ("Senator Maria Okafor said Governor Tom Lindqvist failed to protect the pensions of teachers.", "failed"),
    ("Senator Maria Okafor said Governor Tom Lindqvist failed the voters.", "failed"),
    ("Senator Maria Okafor said Governor Tom Lindqvist abandoned the workers.", "abandoned"),
    ("Senator Maria Okafor said Governor Tom Lindqvist's policies failed.", "failed"),
    ("Senator Maria Okafor said Governor Tom Lindqvist botched the rollout.", "botched"),
])
def test_a_failure_owed_to_others_stays_a_charge(pipeline: Pipeline, text: str, word: str) -> None:
    found = _accusations(pipeline, text)
    assert [e.trigger.text for e in found] == [word]


# --- 2. sympathy is no blame ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Obama said the soldiers' deaths were a tragedy.",
    "Obama said Haiti's poverty is a tragedy.",
    "The doctor said the senator's condition was grave.",
    "Obama said the refugees were prisoners in their own country.",
    "Senator Maria Okafor said the miners' injuries were terrible.",  # harm that befell the owners
    "Senator Maria Okafor said the hostages were captives of a cruel gang.",
])
def test_what_befalls_a_party_is_no_charge(pipeline: Pipeline, text: str) -> None:
    assert not _accusations(pipeline, text)


def test_an_owners_own_doing_is_still_charged(pipeline: Pipeline) -> None:
    found = _accusations(pipeline, "Senator Maria Okafor said Governor Tom Lindqvist's plan was a disaster.")
    assert [e.trigger.text for e in found] == ["disaster"]


# --- 6. the layer reuses the data's lists; predictions and possibilities by the cues' modals ---------------------


def test_a_prediction_of_failure_is_no_asserted_charge(pipeline: Pipeline) -> None:
    for text in ('"Governor Tom Lindqvist will fail," Senator Maria Okafor said.',
                 "Senator Maria Okafor said Governor Tom Lindqvist is going to fail the voters.",
                 "Senator Maria Okafor said Governor Tom Lindqvist could fail the teachers."):
        assert not _accusations(pipeline, text)


def test_undergone_nouns_come_from_the_sense_classes() -> None:
    words = charge_words()
    classes = load_tables().senses.word_classes
    assert "captive" in words.undergone_classes and "captive" in classes["prisoner"]
    assert "fail" in load_tables().cues.negative_implicative
    assert "fail" not in words.blame_verbs  # read from the cues' implicatives, not copied


# --- 3. demands between levels of one government --------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Texas Governor Greg Abbott said the federal government must secure the border.",
    "Mayor Bill de Blasio said the state government must fund the subway.",
    "The governor of Ohio said the national government should pay for the bridge.",
])
def test_a_demand_on_another_level_of_government_stays_a_request(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text, "REQUEST")


def test_a_minister_speaking_of_his_own_government_is_advice(pipeline: Pipeline) -> None:
    assert not _events(pipeline, "Foreign Minister Sergei Lavrov said Russia must respond to the sanctions.",
                       "REQUEST")


# --- 4. the knowledge base's trade nouns -----------------------------------------------------------------------------


def test_near_miss_a_common_trade_noun_names_nobody_known(actors_nlp: Language) -> None:
    text = "Ben Carson visited the hospital. The doctor said the patients were recovering."
    actors = actors_in(actors_nlp, text, "2016-02-01")
    assert all(a.name != "Ben Carson" for a in actors if a.text.startswith("The doctor"))


def test_near_miss_a_person_the_text_introduces_with_the_noun_takes_it(actors_nlp: Language) -> None:
    text = ("Ben Carson toured the clinic on Monday. A neurosurgeon at the clinic showed him the wards. "
            "The neurosurgeon said the wards were full.")
    actors = actors_in(actors_nlp, text, "2016-02-01")
    assert all(a.name != "Ben Carson" for a in actors if a.text.startswith("The neurosurgeon"))


def test_a_distinctive_noun_still_names_the_person(actors_nlp: Language) -> None:
    text = "Donald Trump spoke in Iowa on Monday. The mogul told the crowd the polls were wrong."
    actors = actors_in(actors_nlp, text, "2016-02-01")
    assert [a.name for a in actors if a.text == "The mogul"] == ["Donald Trump"]


# --- 5. be for / be against ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The soldiers were against the wall when the shooting started.",
    "The president was for a while against the deal.",
    "The boxer was against the ropes in the third round.",
    "The guests were for an hour in the hall.",
])
def test_a_place_or_a_stretch_of_time_is_no_stance(quote_pipeline: Pipeline, text: str) -> None:
    quotes = quotes_in(quote_pipeline, text)
    assert not any(q.text.strip(" .") in ("the wall", "a while", "the ropes", "an hour") for q in quotes)


@pytest.mark.parametrize(("text", "held"), [
    ("Senator Maria Okafor was against the deal from the start.", "the deal"),
    ("The governor was for the new tax plan.", "the new tax plan"),
])
def test_a_side_on_a_plan_stays_a_stance(quote_pipeline: Pipeline, text: str, held: str) -> None:
    assert any(held in q.text for q in quotes_in(quote_pipeline, text))
