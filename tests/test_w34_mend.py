"""Wave 34's review findings, mended: each rule that takes an event away holds only in its own sense, beside the
near miss that keeps the event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import asserted_types

# --- 1: only the press's request or question, declined, is declining to speak

@pytest.mark.parametrize("text", [
    "The embassy declined to reply to requests for comment on Tuesday.",
    "Senator Maria Ostrova refused to answer questions from journalists after the vote.",
])
def test_declining_the_press_is_no_refusal(pipeline: Pipeline, text: str) -> None:
    assert "REJECT" not in asserted_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Syria refused to respond to Turkey's request for a ceasefire.",
    "Venezuela declined to answer the call for talks from Colombia.",
    "The defence minister refused to answer questions from the senate committee.",
    "The mayor declined to answer the letter from the nurses' union.",
])
def test_refusing_a_partys_request_stays_a_refusal(pipeline: Pipeline, text: str) -> None:
    assert "REJECT" in asserted_types(pipeline, text)


# --- 2 and 3: voters are a campaign's audience only when asked a campaign's act

@pytest.mark.parametrize("text", [
    "The African Union urged voters in Nigeria to stay away from violence.",
    "The electoral board urged voters to stay calm while the count went on.",
    "The governor urged constituents to save electricity during the heatwave.",
    "The police called on voters to keep away from the square.",
])
def test_anyone_asking_voters_for_no_campaign_act_makes_a_request(pipeline: Pipeline, text: str) -> None:
    assert "REQUEST" in asserted_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Senator Maria Okafor urged voters to turn out on Tuesday.",
    "Senator Maria Okafor urged her supporters to vote for her.",
    "Senator Maria Okafor asked voters for their support.",
])
def test_a_campaign_act_asked_of_voters_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert "REQUEST" not in asserted_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "The rebel commander urged his followers to volunteer for the front.",
    "The opposition leader urged her supporters to turn against the regime.",
])
def test_own_people_asked_no_campaign_act_stays_a_request(pipeline: Pipeline, text: str) -> None:
    assert "REQUEST" in asserted_types(pipeline, text)


# --- 4: a campaign for a cause is a drive, no candidate's organisation

def _actors(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    result = pipeline.extract(text, published="2024-03-04", id="t")
    return [(a.text, a.name or "", a.kind or "") for a in result.actors]


@pytest.mark.parametrize("text", [
    "Narendra Modi spoke in Delhi on Monday. His campaign against graft has jailed hundreds of officials.",
    "Lula da Silva spoke in Brasilia. His campaign for land reform has divided the country.",
])
def test_a_campaign_for_a_cause_is_no_body(pipeline: Pipeline, text: str) -> None:
    assert not any(name.endswith(" campaign") for _, name, _ in _actors(pipeline, text))


def test_a_campaign_for_an_office_stays_the_candidates(pipeline: Pipeline) -> None:
    text = "Kamala Harris spoke in Atlanta. Her campaign for president has raised millions."
    assert any(name.endswith(" campaign") for _, name, _ in _actors(pipeline, text))


# --- 5: only a text or a plan cannot be asked to act

@pytest.mark.parametrize("text", [
    "Senator Maria Okafor said the inquiry panel must question the minister.",
    "Senator Maria Okafor said the tribunal must release the detainees.",
])
def test_a_body_the_actor_stage_misses_stays_an_addressee(pipeline: Pipeline, text: str) -> None:
    assert "REQUEST" in asserted_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Senator Maria Okafor said the resolution should condemn the attacks.",
    "Senator Maria Okafor said the plan must include money for schools.",
])
def test_what_a_text_or_plan_should_hold_is_no_demand(pipeline: Pipeline, text: str) -> None:
    assert "REQUEST" not in asserted_types(pipeline, text)


# --- 6: signing a bill is approval only with no partner

@pytest.mark.parametrize("text", [
    "Egypt and Sudan signed water-sharing measures in Cairo.",
    "The president signed the bill with Mexico on Monday.",
])
def test_a_signing_with_a_partner_stays_an_agreement(pipeline: Pipeline, text: str) -> None:
    assert "SUPPORT" not in asserted_types(pipeline, text)
    assert "AGREE" in asserted_types(pipeline, text)


def test_a_bill_signed_alone_is_approval(pipeline: Pipeline) -> None:
    assert "SUPPORT" in asserted_types(pipeline, "Governor Tom Lindqvist signed the bill on Friday.")


# --- 7: trash, bash and savage criticise only an actor, words, a plan or a record

@pytest.mark.parametrize("text", [
    "Protesters trashed the consulate on Saturday.",
    "Police said the man bashed his neighbour with a hammer.",
    "The crowd trashed a police van.",
])
def test_physical_wrecking_and_beating_are_no_criticism(pipeline: Pipeline, text: str) -> None:
    assert "ACCUSE" not in asserted_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Senator Maria Okafor trashed the spending plan.",
    "Senator Maria Okafor bashed the press.",
    "Senator Maria Okafor savaged the governor's record.",
])
def test_criticism_of_a_plan_or_actor_stays_accuse(pipeline: Pipeline, text: str) -> None:
    assert "ACCUSE" in asserted_types(pipeline, text)


# --- low: hiding a thing is no deceit; hiding information is

def test_hiding_objects_is_no_accusation(pipeline: Pipeline) -> None:
    assert "ACCUSE" not in asserted_types(pipeline, "Police said the courier concealed the rifles under a tarpaulin.")


def test_hiding_information_accuses(pipeline: Pipeline) -> None:
    text = "Senator Maria Okafor said the agency concealed the evidence for months."
    assert "ACCUSE" in asserted_types(pipeline, text)
