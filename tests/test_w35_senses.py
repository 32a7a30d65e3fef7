"""Words in a sense that tells no event (wave 35, event precision on political news): a campaign thanking its
voters, a result "delivered", a court agreeing to hear a case, an appeal to a courted group, allowing
oneself, a request for comment, denying one's own stance, defending an idea, blaming a
circumstance, a body charged with a duty, refusing to admit, rallying a group of voters, marching on with
ideas, and what a minister says her own government must do; each beside a near miss
that stays an event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import asserted_events, asserted_types


def _types_of(pipeline: Pipeline, text: str, trigger: str) -> set[str]:
    """The types of the asserted events that ``trigger`` tells in ``text``."""
    return {e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger}


# --- thanking a campaign's voters, backers and courted groups is campaign speech

@pytest.mark.parametrize("text", [
    "Senator Maria Okafor thanked her supporters in Iowa on Tuesday night.",
    "Governor Tom Lindqvist thanked voters for a strong showing in the primary.",
    "The senator thanked the voters of Iowa.",
])
def test_thanking_a_campaigns_voters_is_no_support(pipeline: Pipeline, text: str) -> None:
    assert "SUPPORT" not in _types_of(pipeline, text, "thanked")


@pytest.mark.parametrize("text", [
    "The president thanked Japan for its help after the earthquake.",
    "Senator Maria Okafor thanked Governor Tom Lindqvist for his endorsement.",
])
def test_thanking_a_party_stays_praise(pipeline: Pipeline, text: str) -> None:
    assert "SUPPORT" in _types_of(pipeline, text, "thanked")


# --- "deliver": aid needs a thing of aid given

@pytest.mark.parametrize("text", [
    "Iowa voters delivered Senator Maria Okafor a first-place finish on Monday.",
    "The senator's strong organisation delivered a first-place finish in Iowa.",
    "The senator delivered the state for the nominee in November.",
])
def test_a_result_delivered_is_no_aid(pipeline: Pipeline, text: str) -> None:
    assert "AID" not in asserted_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "The United Nations delivered aid to refugees in Jordan.",
    "Turkey delivered weapons to the rebels on Monday.",
])
def test_aid_delivered_stays_aid(pipeline: Pipeline, text: str) -> None:
    assert "AID" in _types_of(pipeline, text, "delivered")


# --- a court agreeing to hear a case takes it on: no agreement between parties

@pytest.mark.parametrize("text", [
    "The Supreme Court agreed to hear the case on Monday.",
    "The Supreme Court agreed to review the appeal of the two states.",
])
def test_a_court_agreeing_to_hear_a_case_is_no_agreement(pipeline: Pipeline, text: str) -> None:
    assert "AGREE" not in asserted_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Russia and Ukraine agreed to a ceasefire on Friday.",
    "Russia and Ukraine agreed to exchange prisoners on Friday.",
])
def test_agreeing_to_a_ceasefire_stays_an_agreement(pipeline: Pipeline, text: str) -> None:
    assert "AGREE" in _types_of(pipeline, text, "agreed")


# --- an appeal to a group a campaign courts, with nothing asked, is no request

@pytest.mark.parametrize("text", [
    "Senator Maria Okafor appealed to women in the suburbs.",
    "Senator Maria Okafor made an appeal to women voters in Ohio.",
])
def test_an_appeal_to_courted_groups_is_no_request(pipeline: Pipeline, text: str) -> None:
    assert "REQUEST" not in asserted_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "The Red Cross appealed to the government for access to the prisoners.",
    "Iran appealed to the United Nations to condemn the strike.",
])
def test_an_appeal_for_something_stays_a_request(pipeline: Pipeline, text: str) -> None:
    assert "REQUEST" in _types_of(pipeline, text, "appealed")


# --- allowing oneself is one's own choice; allowing another party is a concession

def test_allowing_oneself_is_no_concession(pipeline: Pipeline) -> None:
    text = "The minister did allow himself to address the question of a merger."
    assert "CONCEDE" not in asserted_types(pipeline, text)


def test_allowing_a_party_stays_a_concession(pipeline: Pipeline) -> None:
    text = "Israel allowed aid convoys to enter Gaza on Sunday."
    assert asserted_types(pipeline, text) & {"CONCEDE", "RETREAT"}


# --- a request for comment is a reporter's question

def test_a_request_for_comment_is_no_request(pipeline: Pipeline) -> None:
    text = "A spokeswoman for the governor did not respond to the newspaper's request for comment."
    assert "REQUEST" not in asserted_types(pipeline, text)


def test_a_states_request_refused_stays_a_refusal(pipeline: Pipeline) -> None:
    assert "REJECT" in asserted_types(pipeline, "Kenya rejected the UN's request for inspections.")


# --- denying one's own stance is a denial (a comment); denying a party entry is a refusal

def test_denying_ones_own_opposition_is_no_refusal(pipeline: Pipeline) -> None:
    assert "REJECT" not in asserted_types(pipeline, "The governor later denied his opposition to the plan.")


def test_denying_refugees_entry_stays_a_refusal(pipeline: Pipeline) -> None:
    assert "REJECT" in asserted_types(pipeline, "Germany denied the Syrian refugees entry on Monday.")


# --- defending an idea or a process is no support of a party

@pytest.mark.parametrize("text", [
    "The senator continued to defend the notion that the video caused the riots.",
    "The president defended the process, though not the results.",
])
def test_defending_an_idea_is_no_support(pipeline: Pipeline, text: str) -> None:
    assert "SUPPORT" not in asserted_types(pipeline, text)


def test_defending_an_ally_stays_support(pipeline: Pipeline) -> None:
    text = "The French president defended his foreign minister against the criticism of the opposition."
    assert "SUPPORT" in _types_of(pipeline, text, "defended")


# --- blaming a circumstance accuses no party

def test_blaming_the_weather_is_no_accusation(pipeline: Pipeline) -> None:
    assert "ACCUSE" not in asserted_types(pipeline, "The senator blamed the bad weather for the failure of the rescue.")


@pytest.mark.parametrize("text", [
    "Russia blamed Ukraine for the attack on the convoy.",
    "The minister blamed the failure on the United States.",
])
def test_blaming_a_party_stays_an_accusation(pipeline: Pipeline, text: str) -> None:
    assert "ACCUSE" in _types_of(pipeline, text, "blamed")


# --- charged with a duty is entrusted, not accused

def test_a_body_charged_with_a_duty_is_not_accused(pipeline: Pipeline) -> None:
    text = "The agency charged with overseeing the transition has not succeeded."
    assert "ACCUSE" not in asserted_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Prosecutors charged the former minister with fraud on Tuesday.",
    "Police charged the two men with killing a police officer.",
])
def test_a_person_charged_with_a_crime_is_accused(pipeline: Pipeline, text: str) -> None:
    assert "ACCUSE" in _types_of(pipeline, text, "charged")


# --- refusing to admit a fault is keeping quiet, no refusal of a party

def test_refusing_to_admit_is_no_refusal(pipeline: Pipeline) -> None:
    text = "The president refused to admit that he had underestimated the rebels."
    assert "REJECT" not in asserted_types(pipeline, text)


def test_refusing_to_release_prisoners_stays_a_refusal(pipeline: Pipeline) -> None:
    assert "REJECT" in asserted_types(pipeline, "The government refused to release the prisoners.")


# --- rallying a group of voters is campaigning; protesters who rally protest

def test_rallying_a_group_of_voters_is_no_protest(pipeline: Pipeline) -> None:
    assert "PROTEST" not in asserted_types(pipeline, "Senator Maria Okafor is trying to rally women in Nevada.")


def test_protesters_who_rally_protest(pipeline: Pipeline) -> None:
    text = "Thousands of protesters rallied in the capital against the government on Sunday."
    assert "PROTEST" in _types_of(pipeline, text, "rallied")


# --- marching on with ideas is a figure of speech; marchers with banners protest

def test_marching_forward_with_ideas_is_no_protest(pipeline: Pipeline) -> None:
    assert "PROTEST" not in asserted_types(pipeline, "He is a clever man marching forward with some ideas I dislike.")


def test_marchers_with_banners_protest(pipeline: Pipeline) -> None:
    text = "Thousands of farmers marched with banners to the parliament in protest against the reform."
    assert "PROTEST" in _types_of(pipeline, text, "marched")


# --- what a member of a government says that government must do is its own intent, no demand

@pytest.mark.parametrize("text", [
    "The Mexican foreign minister said the government must change its strategy toward the United States.",
    "The Mexican foreign minister said Mexico must answer the insults of the candidate.",
])
def test_what_a_minister_says_her_government_must_do_is_no_demand(pipeline: Pipeline, text: str) -> None:
    assert "REQUEST" not in asserted_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Senator Ben Carver said the Justice Department needs to give the public some answers.",
    "Senator Maria Okafor said the United States should send more troops to the region.",
    "The French president said the United States should lift the tariffs on European steel.",
    "The opposition leader said the government must resign.",
    "Senator Maria Okafor called on the United States to take a stronger role in the conflict.",
])
def test_a_demand_from_outside_the_government_stays_a_request(pipeline: Pipeline, text: str) -> None:
    assert "REQUEST" in asserted_types(pipeline, text)


# --- an attack "from" campaigners is theirs, as "the senator's attack" is: words, no armed attack

def test_attacks_from_rivals_for_a_nomination_are_criticism(pipeline: Pipeline) -> None:
    text = ("That left Sen. Maria Okafor of Ohio alone on stage and fielding the most incoming attacks from her rivals "
            "for the party's nomination.")
    types = _types_of(pipeline, text, "attacks")
    assert "ASSAULT" not in types
    assert "ACCUSE" in types


@pytest.mark.parametrize("text", [
    "The army post came under repeated attacks from the rebels on Sunday.",
    "The village suffered attacks from militants who killed four people.",
])
def test_attacks_from_armed_sides_stay_attacks(pipeline: Pipeline, text: str) -> None:
    assert "ASSAULT" in _types_of(pipeline, text, "attacks")
