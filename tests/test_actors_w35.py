"""Wave 35, branch w35-actors: actor mentions of political news. A town's US state abbreviation places it; a
capitalised 'Friends of X' names a group, not X; super PACs are PTY; 'Dems'; nouns the knowledge base knows a
person by ('the billionaire businessman'); pollsters BUS. Each rule with sentences
where it must not fire. Phrases and sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from accord.records import Actor
from actor_helpers import actors_in


def _at(actors: list[Actor], text: str) -> Actor:
    found = [a for a in actors if a.text == text]
    assert found, [(a.text, a.country, a.sector) for a in actors]
    return found[0]


# --- a town's US state abbreviation ------------------------------------------------------------------------------


def test_a_town_with_a_state_abbreviation_is_in_the_united_states(actors_nlp: Language) -> None:
    actors = actors_in(actors_nlp, "Mara Kell, 61, a retiree in Carthage, Ill., said she liked him.", "2016-05-01")
    assert _at(actors, "Mara Kell, 61, a retiree in Carthage, Ill.").country == "USA"


def test_a_capital_with_a_state_abbreviation_is_a_us_town(actors_nlp: Language) -> None:
    actors = actors_in(actors_nlp, "Tom Vane, 40, a teacher in Athens, Ga., said he was undecided.", "2016-05-01")
    assert _at(actors, "Tom Vane, 40, a teacher in Athens, Ga.").country == "USA"


def test_near_miss_a_town_without_its_state_keeps_the_gazetteer_country(actors_nlp: Language) -> None:
    actors = actors_in(actors_nlp, "Tom Vane, a teacher in Athens, said Greece would pay.", "2016-05-01")
    assert _at(actors, "Tom Vane, a teacher in Athens").country == "GRC"


def test_near_miss_a_capitalised_word_after_the_comma_is_no_state(resolver: ActorResolver) -> None:
    # 'Del' opens a name here ('Del Toro'), not Delaware
    found = resolver.resolve("the government in Mexico, Del Toro said", "2016-05-01")
    assert found is not None and found.actor.country == "MEX"


# --- 'Friends of X' ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["the Friends of Abe", "Mothers Against Drunk Driving", "Veterans for Peace"])
def test_a_group_name_opened_by_a_word_for_people_is_one_ngo(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2016-05-01")
    assert found is not None
    assert (found.actor.kind, found.actor.sector, found.actor.name, found.actor.country) == (
        "organisation", "NGO", phrase.removeprefix("the "), None)


@pytest.mark.parametrize(("phrase", "name"), [
    ("friends of Abe", "Shinzo Abe"),       # lower case: the person's friends
    ("Citizens of Iraq", "Iraq"),           # a country after the link: people
    ("Friends of the Earth", "Friends of the Earth"),  # the knowledge base's own entry
])
def test_near_miss_group_names(resolver: ActorResolver, phrase: str, name: str) -> None:
    found = resolver.resolve(phrase, "2016-05-01")
    assert found is not None and found.actor.name == name and found.rule != "group-name"


def test_the_group_named_after_a_person_lends_no_country_to_its_members(actors_nlp: Language) -> None:
    text = ("The Friends of Abe, a club of Hollywood conservatives, said it would close. "
            "Dan Ferro is a member of the Friends of Abe.")
    actors = actors_in(actors_nlp, text, "2016-04-22")
    assert all(a.country != "JPN" for a in actors), [(a.text, a.country) for a in actors]
    assert _at(actors, "the Friends of Abe").name == "Friends of Abe"


# --- super PACs, 'Dems', pollsters ------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["A conservative super PAC", "the political action committee",
                                    "Our Principles PAC", "Priorities USA Action"])
def test_super_pacs_are_party_actors(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2016-01-28")
    assert found is not None and found.actor.sector == "PTY"


def test_near_miss_advocacy_groups_stay_ngo(resolver: ActorResolver) -> None:
    found = resolver.resolve("the American Civil Liberties Union", "2016-01-28")
    assert found is not None and found.actor.sector == "NGO"


def test_dems_is_the_democratic_party(resolver: ActorResolver) -> None:
    found = resolver.resolve("Dems", "2016-05-23")
    assert found is not None and (found.actor.name, found.actor.sector) == ("Democratic Party", "PTY")
    assert resolver.resolve("dems", "2016-05-23") is None  # lower case is no name
    lib = resolver.resolve("the Lib Dems", "2016-05-23")
    assert lib is not None and lib.actor.country == "GBR"  # the longer name wins


def test_a_polling_firm_is_business(actors_nlp: Language) -> None:
    text = "The survey was released by Harlow Decisions, a public opinion research group, on Friday."
    actors = actors_in(actors_nlp, text, "2016-04-22")
    assert _at(actors, "Harlow Decisions, a public opinion research group").sector == "BUS"


def test_a_pollster_is_a_person_in_business(actors_nlp: Language) -> None:
    actors = actors_in(actors_nlp, "Ann Dreyer, a pollster in Iowa, said the race was close.", "2016-01-20")
    found = _at(actors, "Ann Dreyer, a pollster in Iowa")
    assert (found.kind, found.sector, found.country) == ("person", "BUS", "USA")


# --- singular host words, filmmakers ---------------------------------------------------------------------------


def test_a_radio_host_is_media_and_a_filmmaker_an_elite(resolver: ActorResolver) -> None:
    host = resolver.resolve("a talk radio host", "2016-04-30")
    assert host is not None and host.actor.sector == "MED"
    maker = resolver.resolve("Filmmaker Dana Vost", "2016-04-22")
    assert maker is not None and maker.actor.sector == "ELI"


def test_near_miss_a_host_country_is_no_medium(resolver: ActorResolver) -> None:
    found = resolver.resolve("the host country", "2016-04-30")
    assert found is None or found.actor.sector != "MED"


# --- nouns the knowledge base knows a person by -----------------------------------------------------------------


def test_a_description_by_a_known_trade_names_the_person(actors_nlp: Language) -> None:
    text = ("Donald Trump spoke in Indiana on Monday. "
            "The tycoon told the crowd that the polls were wrong.")
    actors = actors_in(actors_nlp, text, "2016-05-02")
    found = _at(actors, "The tycoon")
    assert (found.name, found.sector) == ("Donald Trump", "ELI")


def test_near_miss_a_nearer_person_the_text_describes_so_wins(actors_nlp: Language) -> None:
    text = ("Donald Trump spoke first. Mark Dalby, a businessman from Ohio, answered him. "
            "The businessman said he disagreed.")
    actors = actors_in(actors_nlp, text, "2016-05-02")
    assert _at(actors, "The businessman").name == "Mark Dalby"


def test_near_miss_no_known_person_leaves_the_description_generic(actors_nlp: Language) -> None:
    text = "Hillary Clinton spoke in Ohio. The businessman in the front row left early."
    actors = actors_in(actors_nlp, text, "2016-05-02")
    assert [a.name for a in actors if a.text.startswith("The businessman")] in ([None], [])
