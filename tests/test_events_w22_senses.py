"""Wave 22 senses of attack words, each tried on sentences written for these tests: where the rule holds and where
it does not.

- an attack made where one speaks (from a stage, a floor, a podium), at an occasion of questioners or rivals (a
  debate, a hearing, a news conference), in the press, the media or an advertisement, or by a text (an ad, an
  editorial) is one in words (ACCUSE), and so is one whose tone or truth is told ("caustic", "false", "unfair");
  a fight or a battle at a debate or a hearing is a contest of words, no armed clash;
- attacking a person's heritage, religion, eligibility or loyalty is criticism, as attacking their judgment;
- an attack on the positions or posts of an armed side ("army positions", "rebel positions") is one of arms,
  though "positions" are also stances.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import asserted_events

ATTACKS = [
    # attacks in words: where and by what they are made
    ("A union leader fiercely attacked the governor from the podium on Tuesday.", "attacked", "ACCUSE"),
    ("The mayor was attacked in the press over the new parking rules.", "attacked", "ACCUSE"),
    ("A new television ad attacks the congressman over his votes on trade.", "attacks", "ACCUSE"),
    ("The challengers were shaken by attacks from the governor at the televised debate.", "attacks", "ACCUSE"),
    ("The minister attacked the senator at a news conference in the capital.", "attacked", "ACCUSE"),
    # what of a person is attacked: their heritage, their eligibility
    ("The president attacked the judge's heritage on Friday.", "attacked", "ACCUSE"),
    ("Her rival attacked the senator's eligibility again.", "attacked", "ACCUSE"),
    # an attack whose tone or truth is told is one in words ("caustic", "false", "unfair")
    ("His caustic attacks on the banks won him cheers.", "attacks", "ACCUSE"),
    ("The union answered the minister's unfair attacks on its members.", "attacks", "ACCUSE"),
    # attacks of arms stay attacks: positions and posts of armed sides, a weapon, a spot
    ("The insurgents launched attacks on army positions along the river.", "attacks", "ASSAULT"),
    ("Government troops began a counter-offensive and fresh attacks on rebel positions.", "attacks", "ASSAULT"),
    ("Militants attacked the checkpoint from the hills above the town.", "attacked", "ASSAULT"),
    ("A man attacked the councillor with a hammer at the market.", "attacked", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ATTACKS)
def test_where_and_what_is_attacked_tells_words_from_arms(pipeline: Pipeline, text: str, trigger: str,
                                                          expected: str) -> None:
    types = [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]
    assert expected in types, types
    assert ("ASSAULT" if expected == "ACCUSE" else "ACCUSE") not in types, types


# Warnings and threats: only an agent threatens to act. A warning about a danger, a people or a trend, and a
# thing or a trend that threatens, are no threats; a warning of a penalty, a warning of what one will do and a
# party's threat stay threats.
NO_THREAT = [
    ("The candidate has warned voters about the smugglers.", "warned"),
    ("Doctors issued stark warnings about the new strain of flu.", "warnings"),
    ("Falling oil prices are threatening further losses for the company.", "threatening"),
    ("The rise of extremism threatens the way of life of millions.", "threatens"),
]
THREAT = [
    ("The agency issued a warning of retaliation against the smugglers.", "warning"),
    ("Iran warned that it would close the strait if attacked.", "warned"),
    ("The minister threatened the rebels with severe punishment.", "threatened"),
    ("The rebels threatened to attack the town.", "threatened"),
]


@pytest.mark.parametrize(("text", "trigger"), NO_THREAT)
def test_a_danger_forecast_or_a_thing_that_endangers_is_no_threat(pipeline: Pipeline, text: str,
                                                                  trigger: str) -> None:
    assert "THREATEN" not in [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger"), THREAT)
def test_a_warning_of_a_penalty_or_of_ones_own_act_is_a_threat(pipeline: Pipeline, text: str,
                                                                trigger: str) -> None:
    assert "THREATEN" in [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]


def test_a_fight_at_a_debate_is_a_contest_of_words(pipeline: Pipeline) -> None:
    text = "The governor was braced for a fight at the debate on Thursday."
    assert "ASSAULT" not in [e.type for e in asserted_events(pipeline, text) if e.trigger.text == "fight"]


# Valency of common verbs of cooperation: what fills their object says whether they tell the event of their
# lexicon type. A person or a party rallied is won over (no protest); a letter signed is a statement (no
# agreement); teams meet in a match (no consultation); a defence offered is support, and an approach offered is
# a proposal (no offer to a party); criticism traded is no trade.
NOT_OF_THE_LEXICON_TYPE = [
    ("The president tried to rally world leaders behind the climate plan.", "rally", "PROTEST"),
    ("Fifty former diplomats signed an open letter on the crisis.", "signed", "AGREE"),
    ("The two teams meet again in the capital on Friday.", "meet", "CONSULT"),
    ("The candidates offered voters different approaches to the economy.", "offered", "AGREE"),
    ("The president offered a spirited defence of his adviser on Tuesday.", "offered", "AGREE"),
    ("The senator and the governor have traded criticism all week.", "traded", "COOPERATE"),
]
STILL_OF_THE_LEXICON_TYPE = [
    ("Thousands of workers rallied in the capital on Sunday.", "rallied", "PROTEST"),
    ("The minister met with the rebels in Geneva.", "met", "CONSULT"),
    ("The government offered the rebels a ceasefire.", "offered", "AGREE"),
]


@pytest.mark.parametrize(("text", "trigger", "wrong"), NOT_OF_THE_LEXICON_TYPE)
def test_an_object_of_the_wrong_kind_tells_no_event_of_the_lexicon_type(pipeline: Pipeline, text: str,
                                                                        trigger: str, wrong: str) -> None:
    assert wrong not in [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger", "expected"), STILL_OF_THE_LEXICON_TYPE)
def test_an_object_of_the_right_kind_keeps_the_lexicon_type(pipeline: Pipeline, text: str, trigger: str,
                                                            expected: str) -> None:
    assert expected in [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]


def test_a_defence_offered_is_support(pipeline: Pipeline) -> None:
    text = "The president offered a spirited defence of his adviser on Tuesday."
    assert "SUPPORT" in [e.type for e in asserted_events(pipeline, text) if e.trigger.text == "offered"]
