"""Actors on unseen news (issue 19, wave 15): a person's name modifying a word for people or a body ('Obama
supporters', 'the anti-Putin protesters', 'a Merkel administration') names that group, never the person; and
places whose names contain a country's ('New Mexico', 'New South Wales', the US state of Georgia) are not that
country."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from accord.records import Actor
from actor_helpers import actor_runner, with_text

_actors = actor_runner("2016-05-02")


def _at(actors: list[Actor], text: str) -> tuple[str | None, str | None, str | None]:
    found = with_text(actors, text)[0]
    return found.country, found.sector, found.name


# --- a person's name describing a group -----------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Obama supporters", ("USA", "OPP", None)),
    ("the anti-Putin protesters", ("RUS", "OPP", None)),
    ("the non-Merkel candidates", ("DEU", "ELI", None)),
    ("a Merkel administration", ("DEU", "GOV", "Germany")),
    ("senior Putin aides", ("RUS", "GOV", None)),
    ("the Merkel enterprises", ("DEU", "BUS", None)),
])
def test_a_persons_name_before_a_word_for_people_is_the_group(
        resolver: ActorResolver, phrase: str, expected: tuple[str | None, str, str | None]) -> None:
    found = resolver.resolve(phrase, date="2016-05-02")
    assert found is not None
    assert (found.actor.country, found.actor.sector, found.actor.name) == expected


@pytest.mark.parametrize(("phrase", "name"), [
    ("Barack Obama", "Barack Obama"),
    ("President Obama", "Barack Obama"),
    ("the Putin announcement", "Vladimir Putin"),
])
def test_the_person_alone_or_before_a_thing_is_still_the_person(
        resolver: ActorResolver, phrase: str, name: str) -> None:
    found = resolver.resolve(phrase, date="2016-05-02")
    assert found is not None and found.actor.name == name


def test_a_candidates_aides_are_in_politics(resolver: ActorResolver) -> None:
    found = resolver.resolve("Romney aides", date="2016-05-02")  # a candidate out of office: ELI
    assert found is not None and (found.actor.country, found.actor.sector, found.actor.name) == ("USA", "PTY", None)


def test_a_capitalised_word_after_the_name_is_a_name_of_its_own(resolver: ActorResolver) -> None:
    found = resolver.resolve("the Obama Center", date="2016-05-02")
    assert found is None or found.rule != "person-modifier+sector-word"


def test_the_group_in_a_sentence_is_not_the_person(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Hundreds of anti-Putin protesters marched in Moscow as Putin supporters watched.")
    assert _at(actors, "anti-Putin protesters") == ("RUS", "OPP", None)
    assert _at(actors, "Putin supporters") == ("RUS", "OPP", None)


# --- places named like a country -------------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "country"), [
    ("New Mexico", "USA"),
    ("a former governor of New Jersey", "USA"),
    ("New England", "USA"),
    ("the premier of New South Wales", "AUS"),
    ("Mexico", "MEX"),
    ("England", "GBR"),
])
def test_a_place_whose_name_holds_a_countrys_is_of_its_own_country(
        resolver: ActorResolver, phrase: str, country: str) -> None:
    found = resolver.resolve(phrase, date="2016-05-02")
    assert found is not None and found.actor.country == country


def test_georgia_is_the_us_state_in_a_story_about_atlanta(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "A Georgia lawmaker said the bill would help farmers near Macon and Atlanta.")
    assert _at(actors, "A Georgia lawmaker")[0] == "USA"
    actors = _actors(actors_nlp, "A Georgia lawmaker said the talks in Tbilisi would resume.")
    assert _at(actors, "A Georgia lawmaker")[0] == "GEO"


# --- a body written as a name is no institution of a country that has none of that name --------------------------


def test_congress_is_not_lent_a_country_that_has_no_congress(actors_nlp: Language) -> None:
    text = ("The White House said on Monday the tunnels were a threat. In its budget, Congress paid for a joint "
            "project with the Israel Defense Forces. The Senate backed the plan, a White House official said.")
    actors = _actors(actors_nlp, text)
    assert _at(actors, "Congress") == ("USA", "LEG", "United States Congress")


def test_a_country_with_a_congress_still_lends_it(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Peru's president said Congress would vote on Monday.")
    assert _at(actors, "Congress")[0] == "PER"


# --- the head of a university ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "sector"), [
    ("the chancellor of Harwick University", "EDU"),
    ("the vice-chancellor of Harwick University", "EDU"),
    ("the chancellor of Austria", "GOV"),
])
def test_a_chancellor_of_a_university_is_the_universitys(resolver: ActorResolver, phrase: str, sector: str) -> None:
    found = resolver.resolve(phrase, date="2016-05-02")
    assert found is not None and found.actor.sector == sector


# --- an adviser serves the one advised ---------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "sector"), [
    ("Romney's advisers", "PTY"),  # a candidate out of office (ELI) in 2015: served in politics
    ("Merkel's adviser", "GOV"),
    ("Putin's defence minister", "GOV"),  # a title of its own office keeps its sector
])
def test_an_adviser_is_of_the_one_advised(resolver: ActorResolver, phrase: str, sector: str) -> None:
    found = resolver.resolve(phrase, date="2015-11-20")
    assert found is not None and found.actor.sector == sector
