"""Layer 3 on sentences written for these tests (wave 30, non-events in campaign and political news):

- Declining to attack someone in words oneself is refraining: the verbal attack is told negated, nothing is refused.
  Refusing (an act of its own type), declining a material hostile act, or one a named demand asked for, and refusing
  a cooperative act or one a verb below already recoded, stay refusals.
- Stirring a crowd ("fired up the crowd at the rally") fires no shot; firing at or on people still does.
- Blows traded between campaigners are words (ACCUSE); fire traded between armed sides is a clash.
- A campaigner named before an attack noun owns it as a possessive does ("Senator sharpens attacks").
- What a rumour holds, and what is told according to one, is not told as done.
- A past habit ("used to arrest them") is coded but not asserted; "used force to ..." tells one act.
- Only a craft or a vehicle (with those aboard) is hijacked by force; a campaign or a convention only in figure.
- Reporters or an outlet asking someone to answer is journalism, no request; asking for an act or a disclosure,
  or asking a court, stays a request.
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


@pytest.mark.parametrize(("text", "act", "event_type"), [
    ("Governor Ann Lee declined to criticise her rival on Tuesday.", "criticise", "ACCUSE"),
    ("The senator declined to attack the nominee during the town hall.", "attack", "ACCUSE"),
])
def test_refraining_from_a_hostile_act_negates_it(pipeline: Pipeline, text: str, act: str, event_type: str) -> None:
    kinds = _kinds(pipeline, text)
    assert (event_type, act, "negated") in kinds, kinds
    assert not [k for k in kinds if k[0] == "REJECT" and k[2] == "asserted"], kinds


@pytest.mark.parametrize("text", [
    "Tehran refused to free the detained fishermen on Monday.",
    "The rebels refused to halt their raids on the villages.",
    "The army refused to shell the village on Monday.",
    "The president refused to ban the party despite calls from the opposition.",
    "The senator declined to criticise the nominee despite calls from her donors.",
    "The sheriff refused to jail the striking miners on Monday.",
])
def test_refusing_stays_a_refusal(pipeline: Pipeline, text: str) -> None:
    assert any(k[0] == "REJECT" for k in _asserted(pipeline, text)), _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "The congresswoman fired up the crowd at a rally in Tulsa on Friday.",
    "The mayor fired up his supporters on the stump in Omaha.",
])
def test_stirring_a_crowd_is_no_shot(pipeline: Pipeline, text: str) -> None:
    assert _asserted(pipeline, text) == [], _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "Troops fired at the crowd at the square on Friday.",
    "Gunmen fired on the convoy near the market on Friday.",
])
def test_firing_at_people_is_still_an_attack(pipeline: Pipeline, text: str) -> None:
    assert any(k[0] == "ASSAULT" for k in _asserted(pipeline, text)), _kinds(pipeline, text)


def test_blows_traded_by_campaigners_are_words(pipeline: Pipeline) -> None:
    kinds = _asserted(pipeline, "The two senators traded blows over the budget during the televised debate.")
    assert ("ACCUSE", "traded") in kinds and not [k for k in kinds if k[0] == "ASSAULT"], kinds


def test_fire_traded_by_armed_sides_is_a_clash(pipeline: Pipeline) -> None:
    kinds = _asserted(pipeline, "Soldiers and militants traded fire near the checkpoint on Sunday.")
    assert ("ASSAULT", "traded") in kinds, kinds


def test_a_campaigner_named_before_the_attacks_owns_them(pipeline: Pipeline) -> None:
    kinds = _asserted(pipeline, "Senator sharpens attacks as a hard contest nears after the caucus.")
    assert ("ACCUSE", "attacks") in kinds and not [k for k in kinds if k[0] == "ASSAULT"], kinds


def test_a_party_named_before_the_attacks_on_a_politician_owns_them(pipeline: Pipeline) -> None:
    kinds = _asserted(pipeline, "The GOP attacks on Senator Ann Lee intensified.")
    assert ("ACCUSE", "attacks") in kinds and not [k for k in kinds if k[0] == "ASSAULT"], kinds


def test_a_means_named_before_the_attack_noun_keeps_it_armed(pipeline: Pipeline) -> None:
    kinds = _asserted(pipeline, "Rebel attacks left twelve soldiers dead near the dam on Sunday.")
    assert not [k for k in kinds if k[0] == "ACCUSE"], kinds


@pytest.mark.parametrize("text", [
    "Rumours swirled on Monday that the police had detained the union leader.",
    "Speculation grew that the general had been arrested in the capital.",
    "According to rumours, militants stormed the village on Friday.",
])
def test_what_a_rumour_holds_is_not_told_as_done(pipeline: Pipeline, text: str) -> None:
    kinds = _kinds(pipeline, text)
    assert kinds and all(k[2] == "hypothetical" for k in kinds), kinds


def test_according_to_a_named_source_stays_asserted(pipeline: Pipeline) -> None:
    text = "According to the governor, militants stormed the village on Friday."
    kinds = _asserted(pipeline, text)
    assert any(k[0] == "ASSAULT" for k in kinds), _kinds(pipeline, text)


def test_a_past_habit_is_not_asserted(pipeline: Pipeline) -> None:
    kinds = _kinds(pipeline, "As sheriff, he used to jail the strikers without trial.")
    assert kinds and not [k for k in kinds if k[2] == "asserted"], kinds


@pytest.mark.parametrize("text", [
    "Police used tear gas to disperse the marchers on Monday.",
    "The militia was used to attack the camp on Monday.",
])
def test_using_something_to_act_tells_one_act(pipeline: Pipeline, text: str) -> None:
    assert _asserted(pipeline, text), _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "Trump's campaign was hijacked by lobbyists, his aides complained.",
    "The activists hijacked the party's convention, critics said.",
])
def test_a_thing_hijacked_in_a_figure_of_speech_is_no_abduction(pipeline: Pipeline, text: str) -> None:
    assert not [k for k in _asserted(pipeline, text) if k[0] == "ASSAULT"], _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "Pirates hijacked a tanker off the coast on Monday.",
    "Gunmen hijacked a bus carrying pilgrims on Monday.",
])
def test_a_craft_hijacked_is_an_abduction(pipeline: Pipeline, text: str) -> None:
    assert ("ASSAULT", "hijacked") in _asserted(pipeline, text), _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "Reporters asked the governor to explain the vote on Monday.",
    "Journalists asked the minister to clarify her remarks.",
])
def test_the_press_asking_is_no_request(pipeline: Pipeline, text: str) -> None:
    assert not [k for k in _asserted(pipeline, text) if k[0] == "REQUEST"], _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "The newspaper urged the senator to resign.",
    "The senator asked the governor to explain the vote.",
    "Journalists asked the minister to publish the audit.",
    "The Chicago Tribune asked the court to release the sealed transcripts.",
    "The Chicago Tribune asked the Supreme Court to explain why the files were sealed.",
])
def test_an_act_asked_for_or_a_party_asking_stays_a_request(pipeline: Pipeline, text: str) -> None:
    assert [k for k in _asserted(pipeline, text) if k[0] == "REQUEST"], _kinds(pipeline, text)
