"""Wave 25 senses of words of armed conflict, each tried on sentences written for these tests: where the rule holds
and where it does not.

- a battle or a fight told by the noun with persons of politics (candidates, legislators, party figures) is the
  rivalry itself, as the verb is in the race ("the battle with the senator", "the party's fight against the
  candidate"): armed sides battle forces, not a politician in person; an armed side, harm told or a private
  person's brawl keep it what it says;
- control taken of what is no ground — a race, an office, a chamber, a company — is won at the polls or in a
  boardroom, no ground occupied by arms; control of ground, or of a chamber or a building taken by arms, stays an
  occupation;
- money a private side gives or donates to a person (a candidate, a senator, a named person) is a donation or a
  payment, no aid between parties; money of a state, a body of states or any political side, and goods given, stay
  aid;
- a purchase or a sale is trade between parties only with a party on the other hand (the seller, the buyer, the
  maker of what is bought) or of goods of state trade (arms, fuel, food): a house or a firm bought or sold is
  commerce.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import asserted_events

RIVALRY = [
    ("The feud resumed as the battle with Senator Warren dragged on into the summer.", "battle"),
    ("The party is united for the fight against Senator Warren in the autumn.", "fight"),
    ("Congressman Diaz said his fight with Senator Warren was over.", "fight"),
]
ARMED = [
    # an armed side on either hand keeps the battle one of arms
    ("The senator's battle with the militants lasted three hours.", "battle"),
    ("The rebels' fight against President Assad entered its sixth year.", "fight"),
    ("The army's battle with the rebels lasted three days.", "battle"),
    # harm told, or a private person's fight, is as likely a brawl
    ("A fight with the senator broke out outside the bar and two men were injured.", "fight"),
    ("Police said the man's fight with the senator left him with a broken nose.", "fight"),
]


@pytest.mark.parametrize(("text", "trigger"), RIVALRY)
def test_a_battle_with_a_politician_is_the_rivalry(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert not [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger"), ARMED)
def test_a_battle_with_an_armed_side_or_with_harm_stays_one(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert "ASSAULT" in [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]


CONTROL_WON = [
    ("The party regained control of the Senate in the midterms.", "regained"),
    ("The senator wrested back control of the race with a big win in Ohio.", "wrested"),
    ("The investor took control of the company last year.", "took"),
    ("Republicans took control of the House in 2010.", "took"),
    ("The billionaire seized control of the newspaper's board.", "seized"),
]
CONTROL_TAKEN = [
    ("The rebels took control of the city on Sunday.", "took"),
    ("Troops seized control of parliament in a dawn coup.", "seized"),
    ("Government forces regained control of the airport.", "regained"),
    ("The militants took control of the house and held the family hostage.", "took"),
    ("Rebels seized control of the state broadcaster.", "seized"),
]


@pytest.mark.parametrize(("text", "trigger"), CONTROL_WON)
def test_control_of_a_race_a_chamber_or_a_company_is_won(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert not [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger"), CONTROL_TAKEN)
def test_control_of_ground_or_taken_by_arms_is_an_occupation(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert "ASSAULT" in [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]


DONATION = [
    ("The businessman donated $5,000 to the senator.", "donated"),
    ("The oil executive gave the candidate $2 million.", "gave"),
    ("The hedge fund manager has given money to Senator Warren and to the governor.", "given"),
]
AID = [
    ("The European Union gave the president $50 million for the reconstruction.", "gave"),
    ("Qatar gave $10 million to the rebel leader.", "gave"),
    ("The charity gave food and blankets to the refugees.", "gave"),
    ("The foundation gave $2 million to the hospital in Gaza.", "gave"),
]


@pytest.mark.parametrize(("text", "trigger"), DONATION)
def test_private_money_given_a_person_is_a_donation(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert "AID" not in [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger"), AID)
def test_money_of_a_political_side_and_goods_given_are_aid(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert "AID" in [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]


COMMERCE = [
    ("The firm was sold to a rival in 1991.", "sold"),
    ("The senator bought a house in Virginia.", "bought"),
    ("The governor purchased two golf resorts in Florida in 2012.", "purchased"),
    # aid goods are no goods of state trade when bought: housing, a hospital, a visa
    ("The city bought housing for the new arrivals.", "bought"),
    ("The charity bought a hospital in the north.", "bought"),
]
TRADE = [
    ("India bought the missile systems from Russia last year.", "bought"),
    ("Russia sold fighter jets to Egypt.", "sold"),
    ("China bought Iranian oil despite the sanctions.", "bought"),
    ("Turkey purchased S-400 missiles from Moscow.", "purchased"),
    # goods of state trade with no seller named
    ("India bought fighter jets last year.", "bought"),
    ("Japan bought wheat and coal in record amounts.", "bought"),
]


@pytest.mark.parametrize(("text", "trigger"), COMMERCE)
def test_a_house_or_a_firm_bought_or_sold_is_commerce(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert "COOPERATE" not in [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger"), TRADE)
def test_trade_with_a_party_or_in_goods_of_state_is_cooperation(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert "COOPERATE" in [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]
