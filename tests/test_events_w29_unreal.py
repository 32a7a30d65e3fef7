"""Things told like events that are none (wave 29, w29-unreal): a question put to someone asks to be told and
requests no act; a habit or tendency told in the simple present with an adverb of habit is a generalisation, coded
but not asserted; a crisis, a scandal or a storm of criticism that "strikes" or "hits" a party does so in a figure
of speech. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import ASSERTED, HYPOTHETICAL, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return list(pipeline.extract(text, published="2016-10-04", id="t").events)


def _asserted(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in _events(pipeline, text) if e.factuality == ASSERTED]


# --- questions ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The moderator asked the governor whether he would accept the result of the vote.",
    "A reporter asked the senator if she would accept the court's ruling.",
    "Journalists asked whether the prime minister would accept the resignation.",
])
def test_a_question_is_no_request(pipeline: Pipeline, text: str) -> None:
    assert not [t for t in _asserted(pipeline, text) if t[0] == "REQUEST"], _asserted(pipeline, text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The governor asked the senator to accept the result of the vote.", "asked"),
    ("The Kenyan minister asked Uganda to release the detained activists.", "asked"),
])
def test_asking_someone_to_act_stays_a_request(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert ("REQUEST", trigger) in _asserted(pipeline, text)


# --- habits ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("The governor routinely attacks the press in his speeches.", "ACCUSE"),
    ("Republicans often criticise the mayor's housing policy.", "ACCUSE"),
    ("The Egyptian police regularly arrest journalists in Cairo.", "COERCE"),
    ("Opposition activists are frequently detained by the Ugandan police.", "COERCE"),
])
def test_a_habit_in_the_simple_present_is_not_asserted(pipeline: Pipeline, text: str, kind: str) -> None:
    found = [e for e in _events(pipeline, text) if e.type == kind]
    assert found, [(e.type, e.factuality) for e in _events(pipeline, text)]
    assert all(e.factuality == HYPOTHETICAL for e in found)


@pytest.mark.parametrize(("text", "kind"), [
    ("The governor repeatedly attacked the press in his speech on Monday.", "ACCUSE"),
    ("The Egyptian police arrested six journalists in Cairo on Monday.", "COERCE"),
    ("Republicans have often criticised the mayor's housing policy.", "ACCUSE"),
    # a contracted "'s" before a participle may be "has": the perfect counts acts done
    ("He's often accused the Kenyan government of fraud.", "ACCUSE"),
])
def test_acts_told_in_the_past_stay_asserted(pipeline: Pipeline, text: str, kind: str) -> None:
    assert kind in [t[0] for t in _asserted(pipeline, text)], [(e.type, e.factuality) for e in _events(pipeline, text)]


# --- figures of speech -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Crisis strikes the Labour party again.",
    "A storm of criticism hit the senator after the debate.",
    "The recession hit the governor's party hard in the spring.",
    "The mayor was hit by a scandal over his expenses.",
    "Anger struck the ruling party after the budget.",
])
def test_a_trouble_strikes_no_blow(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.type == "ASSAULT"], [(e.type, e.trigger.text) for e in
                                                                             _events(pipeline, text)]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Israeli jets struck Gaza overnight.", "struck"),
    ("Mortar shells hit the village on Sunday.", "hit"),
    ("Russian missiles struck the city of Aleppo on Tuesday.", "struck"),
])
def test_arms_still_strike(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert ("ASSAULT", trigger) in [(e.type, e.trigger.text) for e in _events(pipeline, text)]


# --- campaign promises -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The senator said he would arrest the bankers if elected.",
    "The governor vowed to deport the smugglers once elected.",
    "Hillary Clinton said she would arrest the bankers if she wins the presidency.",
    "Donald Trump said he would deport millions of illegal immigrants. He spoke to voters before the caucus.",
])
def test_a_campaign_promise_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.type in ("THREATEN", "AGREE")], \
        [(e.type, e.trigger.text) for e in _events(pipeline, text)]


@pytest.mark.parametrize(("text", "kind"), [
    ("The Kenyan police said they would arrest the protest leaders.", "THREATEN"),
    ("Kenya's president said he would sign the treaty if it wins approval in parliament.", "AGREE"),
    ("The Ugandan government said it would deport the smugglers.", "THREATEN"),
    # outside a story of an election, a title in the text says the speaker holds office
    ("President Donald Trump said he would deport the smugglers.", "THREATEN"),
])
def test_a_commitment_of_an_office_stays(pipeline: Pipeline, text: str, kind: str) -> None:
    assert kind in [e.type for e in _events(pipeline, text)], [(e.type, e.trigger.text) for e in
                                                               _events(pipeline, text)]


# --- business between companies ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Microsoft agreed to acquire LinkedIn for $26 billion.",
    "Microsoft agreed to acquire the software maker for $3 billion.",
    "The oil company agreed to sell its Nigerian stake to a Dutch firm.",
])
def test_a_company_agreeing_to_a_purchase_does_business(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.type == "AGREE"], [(e.type, e.trigger.text) for e in
                                                                           _events(pipeline, text)]


@pytest.mark.parametrize("text", [
    "Turkey agreed to buy S-400 missiles from Russia.",
    "India agreed to purchase 36 Rafale jets from France.",
])
def test_a_state_agreeing_to_a_purchase_agrees(pipeline: Pipeline, text: str) -> None:
    assert "AGREE" in [e.type for e in _events(pipeline, text)]


# --- idioms of violence and release that tell neither ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The classified emails wound up on the senator's private server.",
    "The governor returned the compliment to the senator on Tuesday.",
    "A hedge fund manager made a killing on Greek bonds.",
])
def test_an_idiom_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert not _events(pipeline, text), [(e.type, e.trigger.text) for e in _events(pipeline, text)]


@pytest.mark.parametrize(("text", "kind"), [
    ("Soldiers returned the prisoners to Syria.", "RETREAT"),
    ("Rebels wounded three Kenyan soldiers near the border.", "ASSAULT"),
])
def test_the_literal_sense_stays(pipeline: Pipeline, text: str, kind: str) -> None:
    assert kind in [e.type for e in _events(pipeline, text)]
