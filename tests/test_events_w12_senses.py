"""Senses that hold on real news (wave 12): words of conflict and cooperation in their figurative and
non-political senses tell no event, or another one. Contests and debates told with the words of war, campaign
promises, polls, surveys and the appeal of a candidate; each rule is tried on sentences written for these tests,
one where the sense holds and one where it does not."""

from __future__ import annotations

import pytest

from accord.events.tables import Tables
from accord.pipeline import Pipeline
from event_helpers import frame_types_of

FRAMES = [
    # a promise of one's own deed, to nobody and done to no side, is a campaign promise, no AGREE
    ("The senator promised to build a wall along the border.", "promised", None),
    ("The candidate pledged to cut taxes for working families.", "pledged", None),
    ("He promised that he would stay in the race until the convention.", "promised", None),
    ("Turkey promised to train the rebels in the spring.", "promised", "AGREE"),
    ("The generals pledged to hold a referendum within a year.", "pledged", "AGREE"),  # a political process
    ("Russia pledged to work with Ankara on the pipeline.", "pledged", "AGREE"),
    ("The minister promised Kyiv more air defence systems.", "promised", "AGREE"),
    ("Britain promised it would take in 20,000 refugees.", "promised", "AGREE"),
    ("Those are the refugees the prime minister promised Britain would take in.", "promised", "AGREE"),
    # what a camera or a text captures, and a race or a vote won, is no capture by arms
    ("Footage captured the mayor leaving the building.", "captured", None),
    ("She captured the Democratic primary in Vermont.", "captured", None),
    ("The rebels captured the border town of Azaz.", "captured", "ASSAULT"),
    # an impression made, a rank held
    ("The new schedule struck many supporters as unfair.", "struck", None),
    ("Israeli jets struck a depot near Damascus.", "struck", "ASSAULT"),
    ("The governor occupied a distant third place in the polls.", "occupied", None),
    ("Soldiers occupied the town of Kobani on Monday.", "occupied", "ASSAULT"),
    # a survey asks, it requests nothing
    ("A question in the survey asked Democrats how likely the governor was to win.", "asked", None),
    ("The mayor asked the council to delay the vote.", "asked", "REQUEST"),
    # what voters think is a poll's finding, no act of a party
    ("Most voters oppose the new law.", "oppose", None),
    ("The governor opposed the new law.", "opposed", "REJECT"),
    ("A majority of voters agree with the senator.", "agree", None),
    ("Voters rejected the incumbent mayor.", "rejected", None),
    ("Iran rejected the proposal on Monday.", "rejected", "REJECT"),
    ("The senator received the backing of 33 percent of Republican voters.", "backing", None),
    # the appeal of a candidate to voters asks for nothing
    ("His appeal to young voters has faded.", "appeal", None),
    ("The senator appeals to working-class voters.", "appeals", None),
    ("The mayor appealed to the government for emergency funds.", "appealed", "REQUEST"),
    # seizing on an issue, talking up a plan, rallying people, deploying volunteers: no force, talks or protest
    ("The governor seized on the scandal in his speech.", "seized", None),
    ("Army units seized the airport on Sunday.", "seized", "ASSAULT"),
    ("The senator talked up his plan to cut taxes.", "talked", None),
    ("The candidate rallied thousands of voters in Ohio.", "rallied", None),
    ("Protesters rallied outside the parliament on Monday.", "rallied", "PROTEST"),
    ("The United States has deployed observers for the elections.", "deployed", None),
    ("Russia deployed troops to the border.", "deployed", "MOBILIZE"),
    # a law or a release fought in words or in court
    ("The mayor would no longer fight the release of the video.", "fight", None),
    ("Kurdish forces fight the Islamic State near Raqqa.", "fight", "ASSAULT"),
    # a problem attacked by a policy; talk, forums and markets engaged in or captured
    ("The mayor vowed to attack the housing problem head on.", "attack", None),
    ("We are engaged in serious conversations about the future.", "engaged", None),
    ("Government troops engaged in fierce fighting with rebels near Aleppo.", "engaged", "ASSAULT"),
    ("The streaming service captured a third of the market.", "captured", None),
    ("The rebels captured half of the city.", "captured", "ASSAULT"),
    ("The two networks are locked in a ratings war.", "war", None),
    # the support of fans is cheering
    ("The visiting fans kept up their support throughout the match.", "support", None),
    ("France gave its full support to the resolution.", "support", "SUPPORT"),
    # a video shot, odds shooting up
    ("The video, shot by a worker last month, went viral.", "shot", None),
    ("The odds of a Democratic majority have shot up this week.", "shot", None),
]


@pytest.mark.parametrize(("text", "word", "expected"), FRAMES, ids=[f"{w}:{t[:40]}" for t, w, _ in FRAMES])
def test_a_trigger_in_a_figurative_or_private_sense_tells_no_event(pipeline: Pipeline, tables: Tables, text: str,
                                                                   word: str, expected: str | None) -> None:
    found = frame_types_of(pipeline, tables, text, word)
    assert found == ([expected] if expected else []), found


@pytest.mark.parametrize(("text", "expected"), [
    # campaigners attack, clash and fire back in words
    ("Donald Trump attacked Marco Rubio for missing votes.", [("ACCUSE", "111")]),
    ("Senator Rubio fired back at Governor Christie over the budget.", [("ACCUSE", "111")]),
    ("Erdogan attacked Macron over his remarks on Islam.", [("ACCUSE", "111")]),  # one leader attacks another
    # and beat, battle and capture only in the race
    ("Ted Cruz has captured Texas and Oklahoma.", []),
    ("Hillary Clinton battled Bernie Sanders for the nomination.", []),
    # a state, a force or an armed group keeps the fight real
    ("Putin attacked Ukraine in February.", [("ASSAULT", "190")]),
    ("Rebels attacked an army post near Idlib.", [("ASSAULT", "190")]),
    ("The Taliban captured Kunduz on Monday.", [("ASSAULT", "192")]),
    # and so do arms in hand
    ("The senator attacked a neighbour with a knife.", [("ASSAULT", "190")]),
    ("The senator physically attacked a reporter outside the hall.", [("ASSAULT", "190")]),
    ("The two senators attacked each other during the debate.", [("ACCUSE", "111")]),  # legislators as a group
    # organisations of a campaigning sector may be armed sides of a civil war
    ("Syrian opposition groups attacked army positions near Hama.", [("ASSAULT", "190")]),
    ("The opposition attacked government positions near Homs.", [("ASSAULT", "190")]),
    ("The coalition took over Raqqa last month.", [("ASSAULT", "192")]),
    # a noun of war is the deed, not a word of the contest, whoever orders it
    ("Emmanuel Macron ordered a missile strike against Bashar al-Assad.", [("ASSAULT", "195")]),
])
def test_words_of_war_told_of_campaigners_are_words_or_the_race(pipeline: Pipeline, text: str,
                                                                expected: list[tuple[str, str]]) -> None:
    events = pipeline.extract(text, published="2016-03-02").events
    assert [(e.type, e.cameo) for e in events if e.factuality == "asserted"] == expected, \
        [(e.type, e.trigger.text) for e in events]


def test_a_pronoun_alone_with_no_target_keeps_an_attack_real(pipeline: Pipeline) -> None:
    # whom "they" stands for is less sure than the act: the senators in the first sentence are not its doers
    text = "Two senators spoke about the militants. It is hard to find such fanatics until they attack."
    events = pipeline.extract(text, published="2016-03-02").events
    assert all(e.type != "ACCUSE" for e in events if e.trigger.text == "attack"), \
        [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sixty percent of voters want the president to resign.", []),
    ("Voters in Ohio said they would back the governor.", []),
    # the public that acts, or demands, is no poll
    ("Angry residents demanded the resignation of the mayor.", ["REQUEST"]),
    ("Thousands of voters protested outside the election commission.", ["PROTEST"]),
    ("Farmers asked the government for help.", ["REQUEST"]),
])
def test_what_the_public_polled_wants_or_backs_is_no_act(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    events = pipeline.extract(text, published="2016-03-02").events
    assert [e.type for e in events if e.factuality == "asserted"] == expected, \
        [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "trigger", "factuality"), [
    ("Kyiv needed the Kurds, given Turkey's lack of interest in assisting until late.", "assisting", "negated"),
    ("The government's failure to negotiate with the rebels angered the envoy.", "negotiate", "negated"),
    ("Turkey assisted the refugees on the border.", "assisted", "asserted"),
])
def test_an_act_whose_lack_or_failure_is_told_did_not_happen(pipeline: Pipeline, text: str, trigger: str,
                                                             factuality: str) -> None:
    events = [e for e in pipeline.extract(text, published="2018-01-24").events if e.trigger.text == trigger]
    assert [e.factuality for e in events] == [factuality], [(e.type, e.trigger.text, e.factuality) for e in events]


@pytest.mark.parametrize(("text", "expected"), [
    ("The British student travelled to Syria in 2015.", []),
    ("The foreign minister travelled to Syria on Monday.", ["CONSULT"]),
    ("A businessman met the president in Nairobi.", ["CONSULT"]),  # an official met: a meeting
])
def test_a_private_persons_trip_to_a_country_is_no_visit(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    events = pipeline.extract(text, published="2016-03-02").events
    assert [e.type for e in events if e.factuality == "asserted"] == expected, \
        [(e.type, e.trigger.text) for e in events]

