"""Layer 3 on sentences written for these tests (wave 37, coded events that are no events in political news):

- The support of voters, of a group of the population a campaign courts or of backers is a share of the electorate,
  no act of a party; a state's or a party's support stays support.
- What voters should do is a campaign's appeal, and "should have a voice" how things ought to be: no demand; an act
  asked of a party or of troops stays a demand.
- Pushing one's own promise or proposal asks nobody; pushing a party to act stays a request.
- Refusing to attack someone in words, nobody asking, is refraining: the attack negated, no REJECT; refusing a
  cooperative act, a material attack or what a named demand asked for stays a refusal.
- A bare verb after "rather than" or "instead of" is the alternative not taken.
- A plan or a law that "calls for" something requires it; a person's or a resolution's call stays a request.
- Event nouns described as a staple or a hallmark of someone's conduct are a habit, not asserted.
- A text that "talks about" something says it: no talks; persons talking with each other still consult.
- Backing told of a pronoun that stands for a private person is his opinion; a politician's stays support.
- "Such attacks" are acts of a kind spoken of in general (generic: hypothetical); "such a fierce attack that ..." tells
  one.
- What anyone but a state gives or donates to a charity is charity (wave 37's rule); a state's gift stays AID.
- Near-misses: a meeting held stays asserted, one to come stays future, appealing a ruling stays an act.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _kinds(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    """(type, trigger, factuality) of every event of ``text``."""
    return [(e.type, e.trigger.text, e.factuality)
            for e in pipeline.extract(text, published="2016-10-04", id="t").events]


def _asserted(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(k[0], k[1]) for k in _kinds(pipeline, text) if k[2] == "asserted"]


@pytest.mark.parametrize("text", [
    "The mayor has the support of women and younger voters in the city.",
    "The senator drew strong support from evangelicals in Iowa.",
    "The mayor won the backing of retirees in the suburbs.",
])
def test_support_of_voters_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert not [k for k in _asserted(pipeline, text) if k[0] in ("SUPPORT", "COOPERATE", "AID")], _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "The Kurds won Washington's support for the offensive.",
    "The senator endorsed the governor on Monday.",
])
def test_support_of_a_party_stays(pipeline: Pipeline, text: str) -> None:
    assert any(k[0] == "SUPPORT" for k in _asserted(pipeline, text)), _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "The senator said Democratic voters should stick with her in the primary.",
    '"Local residents should have a say in the new zoning plan," the mayor said.',
])
def test_what_voters_should_do_is_no_demand(pipeline: Pipeline, text: str) -> None:
    assert not [k for k in _asserted(pipeline, text) if k[0] == "REQUEST"], _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "The senator said Russia should withdraw its troops from the border.",
    "The senator said the troops should withdraw from the border.",
    "The senator said Iran needs to have a policy on refugees.",
])
def test_an_act_asked_of_a_party_stays_a_demand(pipeline: Pipeline, text: str) -> None:
    assert any(k[0] == "REQUEST" for k in _asserted(pipeline, text)), _kinds(pipeline, text)


def test_pushing_ones_own_proposals_asks_nobody(pipeline: Pipeline) -> None:
    text = "The candidate pushed proposals to cut taxes on Tuesday."
    assert not [k for k in _asserted(pipeline, text) if k[0] == "REQUEST"], _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "The senator pushed Congress to pass the proposal on Tuesday.",
    "The senator pressed the governor on his promise of lower taxes.",
])
def test_pushing_a_party_stays_a_request(pipeline: Pipeline, text: str) -> None:
    assert any(k[0] == "REQUEST" for k in _asserted(pipeline, text)), _kinds(pipeline, text)


@pytest.mark.parametrize(("text", "act"), [
    ("The senator refused to criticise his rival on Sunday.", "criticise"),
    ("Senator Ted Cruz refused to attack Donald Trump on Tuesday.", "attack"),
])
def test_refusing_to_attack_in_words_unasked_is_refraining(pipeline: Pipeline, text: str, act: str) -> None:
    kinds = _kinds(pipeline, text)
    assert ("ACCUSE", act, "negated") in kinds, kinds
    assert not [k for k in kinds if k[0] == "REJECT" and k[2] == "asserted"], kinds


@pytest.mark.parametrize("text", [
    "The candidate refused to attack Clinton despite calls from his donors.",
    "The governor refused to endorse the nominee on Monday.",
    "The army refused to attack the village on Monday.",
    "The mayor refused to apologise for his remarks.",
])
def test_refusals_of_what_is_asked_or_done_by_arms_stay(pipeline: Pipeline, text: str) -> None:
    assert any(k[0] == "REJECT" for k in _asserted(pipeline, text)), _kinds(pipeline, text)


@pytest.mark.parametrize(("text", "act"), [
    ("The senator chose to focus on jobs rather than attack his opponent.", "attack"),
    ("The police fined the protesters rather than arrest them.", "arrest"),
    ("The police fined the protesters rather than arresting them.", "arresting"),
])
def test_the_alternative_set_aside_did_not_happen(pipeline: Pipeline, text: str, act: str) -> None:
    kinds = _kinds(pipeline, text)
    assert not [k for k in kinds if k[1] == act and k[2] == "asserted"], kinds


def test_the_act_chosen_stays(pipeline: Pipeline) -> None:
    text = "The senator praised the governor instead of attack his rival."
    assert ("SUPPORT", "praised") in _asserted(pipeline, text), _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "The bill calls for new sanctions on Russia.",
    "The governor's budget calls for cuts to police funding.",
])
def test_a_plan_calling_for_requires(pipeline: Pipeline, text: str) -> None:
    assert not [k for k in _asserted(pipeline, text) if k[0] == "REQUEST"], _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "The senator called for new sanctions on Russia.",
    "The resolution calls for an immediate ceasefire in Syria.",
])
def test_a_call_by_a_party_or_a_resolution_stays(pipeline: Pipeline, text: str) -> None:
    assert any(k[0] == "REQUEST" for k in _asserted(pipeline, text)), _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "His attacks on Clinton have become a staple of his rallies.",
    "Attacks on the media are a hallmark of his speeches.",
])
def test_acts_described_as_a_staple_are_a_habit(pipeline: Pipeline, text: str) -> None:
    assert not [k for k in _asserted(pipeline, text) if k[0] in ("ACCUSE", "ASSAULT")], _kinds(pipeline, text)


def test_an_attack_called_a_turning_point_stays(pipeline: Pipeline) -> None:
    text = "The attack on the embassy was a turning point in the war."
    assert any(k[0] == "ASSAULT" for k in _asserted(pipeline, text)), _kinds(pipeline, text)


def test_a_meeting_held_stays_asserted(pipeline: Pipeline) -> None:
    text = "The governor met the prime minister on Tuesday."
    assert ("CONSULT", "met") in _asserted(pipeline, text), _kinds(pipeline, text)


def test_a_meeting_to_come_stays_future(pipeline: Pipeline) -> None:
    text = "The governor will meet the prime minister on Friday."
    assert ("CONSULT", "meet", "future") in _kinds(pipeline, text), _kinds(pipeline, text)


def test_appealing_a_ruling_is_a_legal_act(pipeline: Pipeline) -> None:
    text = "The senator appealed the ruling on Monday."
    assert _asserted(pipeline, text), _kinds(pipeline, text)


def test_appealing_to_voters_is_no_event(pipeline: Pipeline) -> None:
    text = "The senator is appealing to working-class voters in Ohio."
    assert _asserted(pipeline, text) == [], _kinds(pipeline, text)


def test_a_text_talking_about_holds_no_talks(pipeline: Pipeline) -> None:
    text = "The party's letter talked about giving the delegates a vote on the rules."
    assert not [k for k in _asserted(pipeline, text) if k[0] == "CONSULT"], _kinds(pipeline, text)


def test_talks_between_persons_stay(pipeline: Pipeline) -> None:
    text = "The senator talked with the governor about the budget on Monday."
    assert ("CONSULT", "talked") in _asserted(pipeline, text), _kinds(pipeline, text)


def test_a_private_mans_support_is_his_opinion(pipeline: Pipeline) -> None:
    text = ("A Texas man, John Miller, was arrested on Monday for threats against the senator. He later told the "
            "officers that he backed the president.")
    assert not [k for k in _asserted(pipeline, text) if k[0] == "SUPPORT"], _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "The senator said he supported the governor's bid on Monday.",
    "Governor Ann Lee said she backed the president's plan.",
])
def test_a_politicians_support_stays(pipeline: Pipeline, text: str) -> None:
    assert any(k[0] == "SUPPORT" for k in _asserted(pipeline, text)), _kinds(pipeline, text)


def test_such_acts_are_generic(pipeline: Pipeline) -> None:
    text = "Such attacks on the former senator are rare among the candidates."
    assert _asserted(pipeline, text) == [], _kinds(pipeline, text)
    # the attack in words stays one (wave 20's reading of the type), spoken of in general
    assert ("ACCUSE", "attacks", "hypothetical") in _kinds(pipeline, text), _kinds(pipeline, text)


def test_such_a_fierce_attack_that_is_one_act(pipeline: Pipeline) -> None:
    text = "The army launched such a fierce attack on the town that the rebels fled."
    assert any(k[0] == "ASSAULT" for k in _asserted(pipeline, text)), _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "The senator's family foundation donated $40,000 to a children's hospital in Ohio.",
    "The businessman gave $2 million to the charity last year.",
])
def test_private_gifts_to_a_charity_are_charity(pipeline: Pipeline, text: str) -> None:
    assert not [k for k in _asserted(pipeline, text) if k[0] == "AID"], _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "Saudi Arabia donated $10 million to the Clinton Foundation in 2014.",
    "The United States donated $5 million to hospitals in Gaza.",
])
def test_a_states_gift_to_a_charity_stays_aid(pipeline: Pipeline, text: str) -> None:
    assert any(k[0] == "AID" for k in _asserted(pipeline, text)), _kinds(pipeline, text)
