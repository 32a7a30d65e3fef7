"""Words in a sense that tells no event (wave 34, event precision): declining to speak is no refusal, a
reporter's asking for comment and a campaign's appeal to voters or supporters are no requests between
actors, and what a speaker says a thing that cannot act should hold (a platform, a budget) is an opinion, no
demand; each beside a near miss that stays an event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import asserted_events, asserted_types

# --- R3: declining to speak, answer or describe is no political refusal

@pytest.mark.parametrize("text", [
    "Governor Tom Lindqvist declined to describe the proposal.",
    "Governor Tom Lindqvist declined to define what the plan would include.",
    "The ministry declined to respond to a request for comment.",
    "Governor Tom Lindqvist refused to answer questions from reporters about the merger.",
])
def test_declining_to_speak_is_no_refusal(pipeline: Pipeline, text: str) -> None:
    assert "REJECT" not in asserted_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Governor Tom Lindqvist refused to sign the treaty with Canada.",
    "Governor Tom Lindqvist refused to respond to the ultimatum from Canada.",
    "Governor Tom Lindqvist declined to testify before the committee.",
])
def test_refusing_an_act_or_a_demand_stays_a_refusal(pipeline: Pipeline, text: str) -> None:
    assert "REJECT" in asserted_types(pipeline, text)


# --- R5: a reporter asking for comment is no request

@pytest.mark.parametrize("text", [
    "A Reuters reporter asked the ministry for comment.",
    "The Associated Press asked the Pentagon for comment on the strike.",
])
def test_asking_for_comment_is_no_request(pipeline: Pipeline, text: str) -> None:
    assert "REQUEST" not in asserted_types(pipeline, text)


def test_asking_a_state_for_help_stays_a_request(pipeline: Pipeline) -> None:
    found = [e for e in asserted_events(pipeline, "Senator Maria Okafor asked Canada for help.") if e.type == "REQUEST"]
    assert len(found) == 1
    assert [a.name for a in found[0].recipient] == ["Canada"]


# --- R6: a campaign's appeals to voters and supporters

@pytest.mark.parametrize("text", [
    "Senator Maria Okafor urged voters to turn out on Tuesday.",
    "Senator Maria Okafor urged her supporters to vote for her.",
    "Senator Maria Okafor called on voters to vote against the referendum.",
])
def test_a_campaign_appeal_to_voters_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert asserted_types(pipeline, text) == set()


@pytest.mark.parametrize("text, addressee", [
    ("Senator Maria Okafor urged Congress to pass the bill.", "Congress"),
    ("Senator Maria Okafor called on Canada to release the prisoners.", "Canada"),
    ("Senator Maria Okafor urged Canada to send aid to Haiti.", "Canada"),
])
def test_an_appeal_to_an_actor_stays_a_request(pipeline: Pipeline, text: str, addressee: str) -> None:
    found = [e for e in asserted_events(pipeline, text) if e.type == "REQUEST"]
    assert len(found) == 1
    assert any(addressee in (a.name or a.text or "") for a in found[0].recipient)


@pytest.mark.parametrize("text", [
    "The militant group called on its followers to attack embassies.",
    "The rebel commander urged his supporters to seize the airport.",
    "The rebel commander called on his followers to attack the convoy.",
])
def test_a_call_to_a_sides_own_people_to_act_stays_a_request(pipeline: Pipeline, text: str) -> None:
    """Supporters and followers asked to do something other than vote or give: a call to act, no campaigning."""
    assert "REQUEST" in asserted_types(pipeline, text)


def test_donors_asked_for_aid_are_no_campaign_audience(pipeline: Pipeline) -> None:
    """Donors asked for aid are donor states and agencies: the appeal stays a request."""
    assert "REQUEST" in asserted_types(pipeline, "The minister asked donors to send aid to Somalia.")


# --- R4: what a thing that cannot act should hold is an opinion, no demand

@pytest.mark.parametrize("text", [
    "Senator Maria Okafor said the platform should mention Israel.",
    "Senator Maria Okafor said the budget must include aid for Ukraine.",
    "Senator Maria Okafor said the platform should reiterate the party's support for Israel.",
])
def test_what_a_thing_should_hold_is_no_demand(pipeline: Pipeline, text: str) -> None:
    assert "REQUEST" not in asserted_types(pipeline, text)


@pytest.mark.parametrize("text, addressee", [
    ("Senator Maria Okafor said Canada must withdraw its troops from the border.", "Canada"),
    ("Senator Maria Okafor said Governor Tom Lindqvist must resign.", "Tom Lindqvist"),
])
def test_what_an_actor_must_do_stays_a_demand(pipeline: Pipeline, text: str, addressee: str) -> None:
    found = [e for e in asserted_events(pipeline, text) if e.type == "REQUEST"]
    assert len(found) == 1
    assert [a.name for a in found[0].recipient] == [addressee]


# --- R9: a bill signed into law is approval of a measure (SUPPORT), a treaty or an accord signed an agreement

def test_a_bill_signed_into_law_is_approval(pipeline: Pipeline) -> None:
    assert asserted_types(pipeline, "President Tom Lindqvist signed the bill into law.") == {"SUPPORT"}


def test_an_agreement_signed_stays_an_agreement(pipeline: Pipeline) -> None:
    assert asserted_types(pipeline, "President Tom Lindqvist signed an agreement with Mexico.") == {"AGREE"}
