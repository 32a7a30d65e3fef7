"""Layer 2 and 3 on sentences written for these tests (wave 32, non-events in political news):

- An act held in a noun of habit ("a long history of blaming others", "a habit of attacking reporters") is a
  generalisation over acts at no time told: coded, not asserted.
- Signing a statement, an executive order or a petition is no agreement with another party; signing an agreement
  still is.
- A place captured by a margin of votes or points was won at the ballot, not taken by arms.
- A battle named by the office or the vote it is for ("his presidential battle") is the race; a battle for a city
  stays armed.
- A meeting with reporters is a statement to the press; a meeting with a president stays a consultation.
- What someone "has to contend with" is their situation, no demand; "has to resign" stays one.
- Encouragement, reassurance or an embrace offered is backing (SUPPORT), no offer of an agreement.
- A promise of a person who holds no office, in a story of their own election, is campaign speech; the same promise
  of a senator, outside such a story, of a person with no office to a foreign party or in a story of another
  country's election, to act together or made by several sides at once stays an agreement.
- A pattern or a history of attacks is a record of acts done; only a habit "of doing" is a generalisation.
- A statement signed by several parties is an agreement; an order signed still codes what it orders.
- Reassurances offered with their content are a promise; a predicament verb is stative only with its "with".
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


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("Senator Mark Dole has a long history of blaming others for his defeats.", "ACCUSE", "blaming"),
    ("The governor has a habit of attacking reporters who question him.", "ASSAULT", "attacking"),
])
def test_an_act_in_a_noun_of_habit_is_not_asserted(pipeline: Pipeline, text: str, event_type: str,
                                                   trigger: str) -> None:
    kinds = _kinds(pipeline, text)
    assert (event_type, trigger, "hypothetical") in kinds, kinds
    assert (event_type, trigger) not in _asserted(pipeline, text), kinds


@pytest.mark.parametrize("text", [
    "Rebels launched a pattern of attacks on army posts near Aleppo on Monday.",
    "Human Rights Watch documented a history of attacks on journalists by the police in Egypt.",
])
def test_a_record_of_attacks_stays_asserted(pipeline: Pipeline, text: str) -> None:
    assert ("ASSAULT", "attacks") in _asserted(pipeline, text), _kinds(pipeline, text)


def test_an_act_told_plainly_stays_asserted(pipeline: Pipeline) -> None:
    text = "Governor Ann Lee blamed the senator for the shutdown on Tuesday."
    assert ("ACCUSE", "blamed") in _asserted(pipeline, text), _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "Governor Ann Lee signed an executive order on Monday to bar the refugees.",
    "The decree was signed by the interior minister on Friday.",
    "The mayor signed a petition against the new runway on Friday.",
])
def test_signing_ones_own_text_is_no_agreement(pipeline: Pipeline, text: str) -> None:
    assert not [k for k in _asserted(pipeline, text) if k[0] == "AGREE"], _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "Turkey and Russia signed an agreement on trade in Ankara on Monday.",
    "The leaders of the two Koreas signed a statement pledging to reduce tensions.",
])
def test_signing_an_agreement_stays_one(pipeline: Pipeline, text: str) -> None:
    assert ("AGREE", "signed") in _asserted(pipeline, text), _kinds(pipeline, text)


def test_an_order_signed_still_codes_what_it_orders(pipeline: Pipeline) -> None:
    text = "President Obama signed an order imposing sanctions on Russia."
    assert ("SANCTION", "sanctions") in _asserted(pipeline, text), _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "Mr. Obama captured Ohio by about 74,000 votes.",
    "The governor captured the state by five points in the primary.",
])
def test_a_place_captured_by_votes_is_no_assault(pipeline: Pipeline, text: str) -> None:
    assert not [k for k in _asserted(pipeline, text) if k[0] == "ASSAULT"], _kinds(pipeline, text)


def test_a_town_captured_after_shelling_stays_an_assault(pipeline: Pipeline) -> None:
    text = "Rebel fighters captured the town after a week of shelling."
    assert ("ASSAULT", "captured") in _asserted(pipeline, text), _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "The senator has raised $70 million for his presidential battle.",
    "The congresswoman spent heavily on her mayoral battle this spring.",
])
def test_a_battle_named_by_its_office_is_the_race(pipeline: Pipeline, text: str) -> None:
    assert not [k for k in _asserted(pipeline, text) if k[0] == "ASSAULT"], _kinds(pipeline, text)


def test_an_armed_battle_stays_an_assault(pipeline: Pipeline) -> None:
    text = "Government troops fought a fierce battle with the rebels for the city on Sunday."
    assert any(k[0] == "ASSAULT" for k in _asserted(pipeline, text)), _kinds(pipeline, text)


def test_a_meeting_with_reporters_is_no_consultation(pipeline: Pipeline) -> None:
    text = "The Danish minister answered questions at a meeting with reporters in Geneva on Thursday."
    assert not [k for k in _asserted(pipeline, text) if k[0] == "CONSULT"], _kinds(pipeline, text)


def test_a_meeting_with_a_president_stays_a_consultation(pipeline: Pipeline) -> None:
    text = "The French minister held a meeting with the Chinese president on Monday."
    assert ("CONSULT", "meeting") in _asserted(pipeline, text), _kinds(pipeline, text)


def test_what_one_has_to_contend_with_is_no_demand(pipeline: Pipeline) -> None:
    text = "Axelrod said the mayor has to contend with the suggestion that the city hid the tape."
    assert not [k for k in _asserted(pipeline, text) if k[0] == "REQUEST"], _kinds(pipeline, text)


def test_saying_someone_has_to_resign_stays_a_demand(pipeline: Pipeline) -> None:
    text = "Axelrod said the mayor has to resign over the tape."
    assert ("REQUEST", "resign") in _asserted(pipeline, text), _kinds(pipeline, text)


def test_a_predicament_verb_without_with_stays_an_act(pipeline: Pipeline) -> None:
    text = "Axelrod said the army has to wrestle control of the port from the rebels."
    assert any(k[0] == "REQUEST" for k in _asserted(pipeline, text)), _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "Governor Mike Pence used his speech to offer encouragement and reassurance to the crowd.",
    "Senator Mitch Dole offered a restrained embrace of the nominee on Tuesday.",
])
def test_backing_offered_is_support_not_an_offer(pipeline: Pipeline, text: str) -> None:
    asserted = _asserted(pipeline, text)
    assert not [k for k in asserted if k[0] == "AGREE"], _kinds(pipeline, text)
    assert ("SUPPORT", "offered" if "offered" in text else "offer") in asserted, _kinds(pipeline, text)


def test_reassurances_with_their_content_stay_a_promise(pipeline: Pipeline) -> None:
    text = "Russia offered reassurances to Ukraine that its troops would not cross the border."
    assert ("AGREE", "offered") in _asserted(pipeline, text), _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    # a word of electioneering in the paragraph
    "Donald Trump pledged on Tuesday to support the workers of the steel plant. The Republican nominee spoke in "
    "Ohio before the election.",
    # the pledger named a candidate elsewhere in the story
    "Donald Trump pledged on Tuesday to support the workers of the steel plant.\n\nTrump, the Republican nominee, "
    "spoke in Ohio on Monday.",
])
def test_a_promise_of_a_candidate_without_office_in_an_election_story_is_campaign_speech(pipeline: Pipeline,
                                                                                         text: str) -> None:
    assert not [k for k in _asserted(pipeline, text) if k[0] in ("AGREE", "THREATEN")], _kinds(pipeline, text)


def test_uniting_others_is_no_joint_promise(pipeline: Pipeline) -> None:
    text = ("Donald Trump pledged on Thursday to bring the workers of the steel plant together. The Republican "
            "nominee spoke in Ohio before the election.")
    assert not [k for k in _asserted(pipeline, text) if k[0] == "AGREE"], _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    # a senator holds an office
    "Senator Mark Dole pledged on Tuesday to relocate the embassy to Jerusalem. The senator spoke in Ohio before "
    "the election.",
    # no election in the story
    "Donald Trump pledged on Tuesday to relocate the embassy to Jerusalem.",
    # a promise to act together, or of several sides at once, commits them to each other
    "Donald Trump pledged on Thursday to work together with Speaker Paul Ryan. The Republican nominee spoke in "
    "Ohio before the election.",
    "Donald Trump and Speaker Paul Ryan pledged on Thursday to work together. The Republican nominee spoke in "
    "Ohio before the election.",
    # several sides without "together"
    "Donald Trump and former Governor Sarah Palin pledged on Thursday to support the workers of the steel plant. "
    "The Republican nominee spoke in Ohio before the election.",
    # a promise to a foreign party commits the pledger, election or not
    "Former President Bill Clinton pledged on Monday to help Haiti rebuild.\n\nHaitian voters will choose a new "
    "president in the election next month.",
    # an election of another country, in another paragraph, is not the pledger's
    "Donald Trump pledged on Tuesday to support the workers of the steel plant.\n\nThe Brazilian election is "
    "next year.",
])
def test_other_promises_stay_agreements(pipeline: Pipeline, text: str) -> None:
    assert ("AGREE", "pledged") in _asserted(pipeline, text), _kinds(pipeline, text)
