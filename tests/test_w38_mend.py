"""Wave 38, branch w38-mend: the high findings of the review of the wave's merge (notes/reports/review38.md),
each with the sentence that showed it and a near-miss. A sum withheld is not given; the White House is no chamber;
an armed side's offensive is fought whatever its target's word; the one questioned about an act is no topic of
talk (H4, people described where they are named, went with the lead-description rule it mended). Names, phrases and
sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.pipeline import Pipeline
from actor_helpers import actor_runner, only_with_text
from event_helpers import asserted_events, asserted_types, event_of_type, event_summaries

_actors = actor_runner("2016-04-12")


# --- H1: an amount withheld -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The United States withheld $300 million in military aid from Pakistan.",
    "Washington withheld $300 million of aid to Pakistan on Monday.",
])
def test_a_sum_of_aid_withheld_is_no_aid_given(pipeline: Pipeline, text: str) -> None:
    assert "AID" not in asserted_types(pipeline, text)


def test_near_miss_a_sum_of_aid_pledged_or_sent_stays(pipeline: Pipeline) -> None:
    event_of_type(asserted_events(pipeline, "Japan pledged $2 billion in aid to Ukraine on Monday."), "AGREE",
                  "pledged")
    summaries = event_summaries(pipeline, "The United States withheld $300 million in military aid from Pakistan.")
    assert [(s[0], s[2]) for s in summaries if s[1] == "aid"] == [("AID", "negated")]


# --- H2: the White House is no chamber ------------------------------------------------------------------------------

_WHITE_HOUSE_STORY = ("The Senate confirmed Jo Marsh as a judge on Tuesday. The White House praised the vote. "
                      "Republicans said the confirmation vote was fair. The White House said Democrats had stalled "
                      "the nominee.")


def test_the_white_house_does_not_make_the_house_the_chamber(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, _WHITE_HOUSE_STORY)
    assert (only_with_text(actors, "Republicans").sector, only_with_text(actors, "Republicans").name) \
        == ("LEG", "Senate Republicans")
    assert only_with_text(actors, "Democrats").name == "Senate Democrats"


def test_near_miss_a_countrys_chamber_is_still_the_chamber(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, _WHITE_HOUSE_STORY.replace("The Senate", "The U.S. Senate", 1))
    assert only_with_text(actors, "Republicans").name == "Senate Republicans"


# --- H3: an armed side's offensive ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Troops launched an offensive against the insurgency in the south.",
    "Police launched an offensive against crime in the capital.",
])
def test_an_armed_sides_offensive_is_fought(pipeline: Pipeline, text: str) -> None:
    event_of_type(asserted_events(pipeline, text), "ASSAULT", "offensive")
    assert "ACCUSE" not in asserted_types(pipeline, text)


def test_near_miss_an_unarmed_offensive_on_a_policy_stays_criticism(pipeline: Pipeline) -> None:
    event_of_type(asserted_events(pipeline, "The government launched an offensive against the carbon levy."),
                  "ACCUSE", "offensive")


# --- M1: questioned about an act ------------------------------------------------------------------------------------


def test_an_act_one_is_questioned_about_is_no_topic(pipeline: Pipeline) -> None:
    text = "Investigators interviewed the guard about beating the prisoner."
    assert [s[2] for s in event_summaries(pipeline, text) if s[1] == "beating"] == ["asserted"]


def test_near_miss_an_act_talked_of_stays_a_topic(pipeline: Pipeline) -> None:
    text = "The senator gave a speech about fighting terrorism."
    assert [s[2] for s in event_summaries(pipeline, text) if s[1] == "fighting"] == ["hypothetical"]
