"""A definite noun that repeats the head of an earlier body's name is that body; a title that opens a body's
name names no one (wave 24, issue 19). Sentences written for these tests; the bodies and people are invented
unless they are well-known institutions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from actor_helpers import actor_runner, only_with_text

_actors = actor_runner("2019-03-01")


# --- a definite noun repeating a word of a body's name --------------------------------------------------------


@pytest.mark.parametrize(("text", "mention", "country", "sector"), [
    ("Kenya's Ministry of Health reported twelve new cases. The ministry urged people to stay at home.",
     "The ministry", "KEN", "HLH"),
    ("The Senate Intelligence Committee published its findings on Tuesday. The committee said the plan had "
     "failed.", "The committee", "USA", "LEG"),
])
def test_a_definite_noun_repeating_a_names_head_is_that_body(actors_nlp: Language, text: str, mention: str,
                                                             country: str, sector: str) -> None:
    actor = only_with_text(_actors(actors_nlp, text), mention)
    assert (actor.country, actor.sector) == (country, sector)
    assert actor.rule is not None and actor.rule.endswith("name-head-antecedent")


def test_the_body_lends_its_own_name_not_its_countrys(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "The Senate Intelligence Committee met on Monday. Later the committee voted.")
    assert only_with_text(actors, "the committee").name == "Senate Intelligence Committee"
    actors = _actors(actors_nlp, "Kenya's Ministry of Health reported cases. The ministry said more would come.")
    assert only_with_text(actors, "The ministry").name is None


def test_a_bare_committee_with_no_named_one_before_is_no_actor(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Farmers met in the village hall on Monday. The committee said the harvest "
                                 "was poor.")
    assert not any(a.text == "The committee" for a in actors)


def test_a_committee_noun_that_modifies_another_is_left_alone(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "The Senate Intelligence Committee met on Monday. The committee chairman "
                                 "left early.")
    assert not any(a.text == "The committee" for a in actors)


def test_a_description_with_another_country_keeps_its_own(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Kenya's Ministry of Health reported cases. The Ugandan ministry said it had "
                                 "none.")
    assert only_with_text(actors, "The Ugandan ministry").country == "UGA"


def test_lookup_explains_the_name_head_rule(resolver: ActorResolver) -> None:
    assert any("name-head-antecedent" in n for n in resolver.explain("the ministry")["notes"])
    # a head noun that is no actor alone: the note says the article's earlier name is what makes it one
    assert any("name-head-antecedent" in n for n in resolver.explain("the committee")["notes"])
    assert not any("name-head-antecedent" in n for n in resolver.explain("committee")["notes"])


# --- a title that opens a body's name -------------------------------------------------------------------------


def test_a_title_before_a_leagues_name_is_no_person(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Premier Li Qiang visited Berlin. Later the Premier League fined a club.")
    assert only_with_text(actors, "Premier Li Qiang").name == "Li Qiang"
    assert not any("League" in a.text and (a.kind == "person" or a.sector == "GOV") for a in actors)


def test_a_title_before_a_persons_name_is_still_a_title(resolver: ActorResolver) -> None:
    found = resolver.explain("Premier Dana Hollis")
    assert found["actor"] is not None and found["actor"]["kind"] == "person"


def test_lookup_explains_a_title_that_opens_a_name(resolver: ActorResolver) -> None:
    explained = resolver.explain("the Premier League")
    assert explained["actor"] is None or explained["actor"]["kind"] != "person"
    assert any("title-opens-name" in n for n in explained["notes"])


# --- a side the apposition names -------------------------------------------------------------------------------


def test_allies_an_apposition_names_are_those_names_not_the_owners_side(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Mirov's allies, Chile and Peru, sent more envoys on Monday.")
    assert {(a.name, a.country) for a in actors if a.name in ("Chile", "Peru")} == {("Chile", "CHL"), ("Peru", "PER")}
    assert not any(a.text == "Mirov's allies" for a in actors)


def test_allies_without_an_apposition_stay_the_owners_side(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Hillary Clinton spoke on Monday. Clinton's allies praised the speech.")
    assert only_with_text(actors, "Clinton's allies").rule == "person's-side"


def test_a_persons_enemies_are_not_the_person(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Vladimir Putin spoke on Monday. Putin's enemies condemned the speech.")
    enemies = only_with_text(actors, "Putin's enemies")
    assert (enemies.name, enemies.country, enemies.sector) == (None, "RUS", "OPP")
