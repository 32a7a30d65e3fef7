"""Wave 26: whether a coded event is real, each rule tried on sentences written for these tests, where it holds and
where it does not.

- an act after the "from" of a verb of preventing or holding back ("prevented the police from arresting him",
  "refrained from attacking") or after "rather than" did not happen: negated, where "came back from visiting" is a
  place left, not an act prevented;
- an act whose doer is a share of a population ("40 percent of Democrats oppose the deal", "backed by 41 percent of
  those surveyed", "has 38 percent support") or told as what a poll or survey found ("..., a new poll shows",
  "according to a survey", "in the new poll") is a measure of opinion, no act (docs/annotation.md: polls are no
  events): hypothetical, while an act of a party told near a poll ("attacked his rival, who trails him in the polls")
  stays asserted;
- the prepositions of a duration are data now (cues.yaml ``duration_prepositions``): an act told in the present with
  "for the next hour" goes on now, one with "next week" is to come.
"""

from __future__ import annotations

import pytest

from accord.events.tables import load_tables
from accord.pipeline import Pipeline


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.factuality, e.trigger.text) for e in pipeline.extract(text, published="2021-03-01").events]


def _factualities(pipeline: Pipeline, text: str, word: str) -> set[str]:
    coded = _coded(pipeline, text)
    found = {factuality for _, factuality, trigger in coded if trigger == word}
    assert found, (text, coded)
    return found


@pytest.mark.parametrize(("text", "word"), [
    ("The court prevented the police from arresting the governor.", "arresting"),
    ("The senator refrained from attacking his rival on Sunday.", "attacking"),
    ("The judge barred the agency from deporting the activists.", "deporting"),
    ("The soldiers kept the protesters from storming the parliament.", "storming"),
    ("The mayor chose to fine the marchers rather than arresting them.", "arresting"),
])
def test_an_act_prevented_or_passed_over_did_not_happen(pipeline: Pipeline, text: str, word: str) -> None:
    assert _factualities(pipeline, text, word) == {"negated"}


@pytest.mark.parametrize(("text", "word"), [
    ("The police arrested him after he came back from visiting Syria.", "arrested"),
    ("The army shelled the town rather than the bridge.", "shelled"),
])
def test_a_from_or_rather_than_that_prevents_nothing_leaves_the_act_asserted(pipeline: Pipeline, text: str,
                                                                             word: str) -> None:
    assert _factualities(pipeline, text, word) == {"asserted"}


@pytest.mark.parametrize(("text", "word"), [
    ("Forty percent of Democrats oppose the trade deal.", "oppose"),
    ("The mayor was backed by 41 percent of those surveyed.", "backed"),
    ("In June, the senator had 38 percent support in the new poll.", "support"),
    ("Most Americans oppose the war with Iran, a new poll shows.", "oppose"),
])
def test_a_share_of_the_public_or_a_poll_finding_is_no_act(pipeline: Pipeline, text: str, word: str) -> None:
    assert _factualities(pipeline, text, word) == {"hypothetical"}


@pytest.mark.parametrize(("text", "word"), [
    ("The candidate attacked his rival, who is far behind him in the polls.", "attacked"),
    ("As voters went to the polls, the campaign accused the mayor of fraud.", "accused"),
    ("The minister backed the plan in a speech on Monday.", "backed"),
])
def test_an_act_of_a_party_told_near_a_poll_stays_asserted(pipeline: Pipeline, text: str, word: str) -> None:
    assert _factualities(pipeline, text, word) == {"asserted"}


def test_the_prepositions_of_a_duration_are_data() -> None:
    cues = load_tables().cues
    assert {"for", "until"} <= cues.duration_prepositions
    assert "next" not in cues.duration_prepositions


@pytest.mark.parametrize(("text", "word", "status"), [
    ("Russian jets are bombing the town for the next hour, the monitor said.", "bombing", "asserted"),
    ("Lavrov and Blinken are meeting in Geneva next week.", "meeting", "future"),
])
def test_a_duration_goes_on_now_and_a_time_to_come_is_future(pipeline: Pipeline, text: str, word: str,
                                                             status: str) -> None:
    assert status in _factualities(pipeline, text, word)


# --- mended (wave 26 review): the share and poll readings are for opinions and findings only --------------------


@pytest.mark.parametrize(("text", "word"), [
    # a share of a group that acts is a part of it acting, no opinion measured
    ("About 30 percent of the rebels surrendered to the army near the border.", "surrendered"),
    ("Ten percent of the protesters attacked the police outside the ministry.", "attacked"),
    # "the polls" is also the election itself: an act done to it, or told at it, is an act
    ("The polls were boycotted by the opposition in the northern provinces.", "boycotted"),
    ("The poll was attacked by gunmen in the capital on Sunday.", "attacked"),
    # "in the polls" is the election as often as a standing: no figure of one poll
    ("The opposition accused the ruling party of fraud in the polls.", "accused"),
])
def test_a_share_that_acts_or_a_poll_that_is_the_vote_leaves_the_act_asserted(pipeline: Pipeline, text: str,
                                                                             word: str) -> None:
    assert _factualities(pipeline, text, word) == {"asserted"}


@pytest.mark.parametrize(("text", "word"), [
    ("A new poll found that most Republicans reject the senator's plan.", "reject"),
    ("According to a new poll, most Republicans reject the senator's plan.", "reject"),
    ("The polls showed that Republicans reject the plan.", "reject"),
    ("The plan was rejected by ten percent of Republicans.", "rejected"),
    ("The latest poll puts the senator's approval at 40 percent.", "approval"),
])
def test_an_opinion_found_by_a_poll_or_held_by_a_share_is_no_act(pipeline: Pipeline, text: str, word: str) -> None:
    assert _factualities(pipeline, text, word) == {"hypothetical"}


def test_the_share_and_poll_words_are_one_list_read_by_both_layers() -> None:
    tables = load_tables()
    classes = tables.senses.word_classes
    for word in tables.cues.share_nouns | tables.cues.poll_nouns:
        assert "electorate" in classes.get(word, frozenset()), word
    assert "polling" not in tables.cues.poll_nouns
    assert "majority" not in tables.cues.share_nouns
