"""Actors that events need (issues 18 and 19, wave 23): group nouns whose country and sector come from their
possessor or modifier. A party's adjective before a plural word for its people ('Democratic lawmakers') is the
party's people; a word for people by where they stand toward a person ("her rivals", "Okafor's backers") is a
group of that person's country, never the person; a word for states by where they stand toward a state ("Peru's
allies") is other states, of no country the text gives. All sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from accord.records import Actor
from actor_helpers import actor_runner, with_text

_actors = actor_runner("2016-05-02")


def _at(actors: list[Actor], text: str) -> tuple[str | None, str | None]:
    found = with_text(actors, text)[0]
    return found.country, found.sector


# --- a party's adjective before its people ---------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "country", "sector"), [
    ("Democratic lawmakers", "USA", "LEG"),
    ("Republican senators", "USA", "LEG"),
    ("Democratic state legislators", "USA", "LEG"),
    ("the Republican presidential candidates", "USA", "ELI"),
    ("Democratic voters", "USA", "CVL"),
])
def test_a_party_adjective_before_its_people_is_the_party_s(resolver: ActorResolver, phrase: str, country: str,
                                                             sector: str) -> None:
    found = resolver.resolve(phrase, "2016-05-02")
    assert found is not None
    assert (found.actor.country, found.actor.sector, found.actor.organisation or found.actor.name) == (
        country, sector, "Democratic Party" if "Democratic" in phrase else "Republican Party")


@pytest.mark.parametrize("phrase", [
    "the Republican Senate",  # a body, not the party's people
    "the Democratic Republic of Congo",  # a longer name
    "Republican Guard",  # a longer sector word the adjective begins
    "the Republican National Convention",  # a capitalised word after it
    "the Republican Governors Association",  # the people word goes on into a longer name: a body of its own
    "the Democratic Mayors Conference",
    "democratic countries",  # lower case: the ordinary adjective
])
def test_a_party_adjective_elsewhere_is_no_party(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2016-05-02")
    assert found is None or found.actor.name not in ("Democratic Party", "Republican Party")


def test_one_person_a_party_adjective_describes_is_left_to_the_person_rules(resolver: ActorResolver) -> None:
    found = resolver.resolve("the Democratic nominee", "2016-05-02")
    assert found is None or found.actor.name != "Democratic Party"


def test_a_longer_party_name_keeps_its_lower_case_spelling(resolver: ActorResolver) -> None:
    found = resolver.resolve("the Democratic Union party", "2018-01-20")
    assert found is not None and (found.actor.name, found.actor.country) == ("Democratic Union Party", "SYR")


def test_party_people_in_a_sentence(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Democratic lawmakers accused the agency of hiding the report.")
    assert _at(actors, "Democratic lawmakers") == ("USA", "LEG")


def test_a_capitalised_plural_title_after_the_adjective_opens_names(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "On Friday, Republican Sens. Ann Lowe and Tom Reyes voted against the bill.")
    assert ("Ann Lowe", "LEG") in [(a.name, a.sector) for a in actors if a.kind == "person"]
    assert not [a for a in actors if "Republican Party" in (a.name, a.organisation)]


# --- people by where they stand toward a person --------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "country", "sector"), [
    ("Erdoğan's backers", "TUR", "OPP"),
    ("Angela Merkel's closest allies", "DEU", "GOV"),  # 'same': the person's own sector
    ("Merkel rivals", "DEU", "GOV"),
])
def test_a_persons_side_is_a_group_of_the_persons_country(resolver: ActorResolver, phrase: str, country: str,
                                                          sector: str) -> None:
    found = resolver.resolve(phrase, "2016-05-02")
    assert found is not None and found.actor.kind == "group" and found.actor.name is None
    assert (found.actor.country, found.actor.sector) == (country, sector)


def test_a_pronoun_possessor_is_the_person_it_stands_for(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Angela Merkel flew to Rome on Monday. Her rivals accused her of weakness.")
    assert _at(actors, "Her rivals") == ("DEU", "GOV")
    assert with_text(actors, "Her rivals")[0].name is None


def test_the_owner_stays_a_mention_of_its_own(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Angela Merkel spoke on Monday. Merkel's allies praised the plan.")
    assert _at(actors, "Merkel's allies") == ("DEU", "GOV")
    assert with_text(actors, "Merkel")[0].name == "Angela Merkel"


def test_a_surname_modifier_named_before_is_that_person(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Bernie Sanders spoke in Ohio. Sanders backers booed the speaker.")
    assert _at(actors, "Sanders backers") == ("USA", "OPP")


def test_lookup_explains_a_pronoun_possessor(resolver: ActorResolver) -> None:
    notes = resolver.explain("his rivals")["notes"]
    assert any("person_sides" in note for note in notes)


# --- states by where they stand toward a state ---------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["Peru's allies", "the country's neighbours", "Brazil's closest partners"])
def test_a_states_side_is_other_states(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2016-05-02")
    assert found is not None and (found.actor.country, found.actor.sector, found.rule) == (None, "GOV",
                                                                                           "states'-side")


@pytest.mark.parametrize("phrase", ["the company and its partners", "American allies"])
def test_a_states_side_needs_a_state_owner(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2016-05-02")
    assert found is None or found.rule != "states'-side"


def test_a_states_side_takes_no_country_from_its_sentence(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Chile's allies urged restraint on Tuesday.")
    assert _at(actors, "Chile's allies") == (None, "GOV")
    assert _at(actors, "Chile") == ("CHL", "GOV")
