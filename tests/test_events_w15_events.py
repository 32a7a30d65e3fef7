"""Events on unseen news (wave 15): criticism told by figures of attack. A side hit, pounded or skewered *for*,
*over* or *on* a matter, or that comes under fire *from* someone *over* it, is criticised (ACCUSE); the same
verbs with arms, times or armed sides stay what they were. A clause opened by "even as" is set against the main
clause and tells an act of its own. Each rule is tried on sentences written for these tests, one where it holds
and one where it does not."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import actor_texts, asserted_events

FIGURES = [
    # hit and pounded for, over or on a matter by someone who acts: criticism
    ("The governor hit his rival over his record on taxes.", "hit", "ACCUSE"),
    ("The senator has been hit by members of her own party for changing her vote.", "hit", "ACCUSE"),
    ("The opposition leader hit the prime minister on immigration.", "hit", "ACCUSE"),
    ("Senator Jane Roe kept pounding the governor on health care.", "pounding", "ACCUSE"),
    # with a time, by armed sides, or by shells: no criticism
    ("Police hit the protesters on Tuesday.", "hit", None),
    ("Police hit the protesters for chanting slogans.", "hit", None),
    ("Soldiers hit the villagers for hours.", "hit", None),
    ("Mortar shells hit the market on Tuesday.", "hit", "ASSAULT"),
    ("Government forces pounded rebels on the outskirts of the city.", "pounded", "ASSAULT"),
    # skewered: only in words
    ("The budget was skewered by opposition leaders on Monday.", "skewered", "ACCUSE"),
    # under fire: shots from armed men, words from a party or over a matter
    ("The convoy came under fire from militants near the border.", "fire", "ASSAULT"),
    ("The senator came under fire from Democrats for his vote.", "fire", "ACCUSE"),
    ("The minister came under fire from Germany over the pipeline.", "fire", "ACCUSE"),
    ("Ten people died in a fire at the market.", "fire", None),
    ("The fire destroyed the market on Sunday.", "fire", None),
]


@pytest.mark.parametrize(("text", "word", "expected"), FIGURES, ids=[t[:45] for t, _, _ in FIGURES])
def test_figures_of_attack_tell_criticism_only_over_a_matter(pipeline: Pipeline, text: str, word: str,
                                                             expected: str | None) -> None:
    _assert_coded(pipeline, text, word, expected)


def test_a_side_under_fire_over_a_matter_is_criticised_by_the_from_phrase(pipeline: Pipeline) -> None:
    found = [e for e in asserted_events(pipeline, "The senator came under fire from Democrats for his vote.")
             if e.type == "ACCUSE"]
    assert found and "Democrats" in actor_texts(found[0].actor) and "senator" in actor_texts(found[0].recipient)


@pytest.mark.parametrize(("text", "words"), [
    ("Even as the senator was criticizing the governor, she came under fire from Republicans over her remarks.",
     {"criticizing", "fire"}),
    ("Even as the talks continued, Turkish jets bombed Kurdish positions.", {"bombed"}),
])
def test_an_even_as_clause_tells_an_act_of_its_own(pipeline: Pipeline, text: str, words: set[str]) -> None:
    found = {e.trigger.text for e in asserted_events(pipeline, text)}
    assert words <= found, found


STANCES = [
    # a stance on an act with no party in it is a position on a policy, no support or rejection of anyone
    ("Senator Jane Roe supports raising the minimum wage.", "supports", None),
    ("The senator backs cutting taxes for small firms.", "backs", None),
    ("The senator opposes privatizing the pension system.", "opposes", None),
    ("Germany supports Ukraine joining NATO.", "supports", "SUPPORT"),
    ("The senator backs the governor.", "backs", "SUPPORT"),
    # defending one's own call, credentials or standing supports nobody
    ("Senator Jane Roe defended her call to raise the minimum wage.", "defended", None),
    ("Senator Jane Roe defends her credentials in a new advertisement.", "defends", None),
    ("Senator Jane Roe defended the governor in an interview.", "defended", "SUPPORT"),
]


@pytest.mark.parametrize(("text", "word", "expected"), STANCES, ids=[t[:45] for t, _, _ in STANCES])
def test_a_stance_on_a_policy_or_ones_own_standing_is_no_event(pipeline: Pipeline, text: str, word: str,
                                                               expected: str | None) -> None:
    _assert_coded(pipeline, text, word, expected)


def test_an_act_a_stance_is_taken_on_is_not_done(pipeline: Pipeline) -> None:
    events = pipeline.extract("Russia supports holding talks with Ukraine.", published="2021-03-01").events
    assert not [e for e in events if e.type == "CONSULT" and e.factuality == "asserted"], \
        [(e.type, e.factuality) for e in events]


def test_a_noun_in_a_coordinated_clause_of_its_own_tells_its_own_act(pipeline: Pipeline) -> None:
    text = "The outpost came under fire from rebels, and the army answered with strikes on the gunmen."
    found = {e.trigger.text for e in asserted_events(pipeline, text) if e.type == "ASSAULT"}
    assert {"fire", "strikes"} <= found, found


def test_an_act_a_backer_helps_another_to_do_is_no_stance_on_a_policy(pipeline: Pipeline) -> None:
    events = pipeline.extract("The fighters it had backed to oust the militants from the city formed a new force.",
                              published="2021-03-01").events
    assert all(e.factuality != "hypothetical" for e in events if e.trigger.text == "oust"), \
        [(e.type, e.trigger.text, e.factuality) for e in events]


def _assert_coded(pipeline: Pipeline, text: str, word: str, expected: str | None) -> None:
    """The asserted events on ``word``: none when ``expected`` is None, else one of that type among them."""
    types = [e.type for e in asserted_events(pipeline, text) if e.trigger.text == word]
    if expected is None:
        assert not types, types
    else:
        assert expected in types, types
