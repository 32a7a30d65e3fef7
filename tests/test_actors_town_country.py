"""A story's country read from its towns and regions, and a local body's from the town its name opens with
(:func:`accord.actors.country_from_context.placed_home`, :func:`lend_town_country`)."""

from __future__ import annotations

from spacy.language import Language

from accord.actors.country_from_context import lend_town_country, placed_home
from accord.records import Actor
from actor_helpers import actor_runner, with_text

_actors = actor_runner("2024-03-01")
TOWNS = {"Dayton": "USA", "Leeds": "GBR", "Federal": "ARG", "University": "USA"}


def _town(name: str) -> str | None:
    return TOWNS.get(name)


def _describes(word: str) -> bool:
    return word.lower() in {"university", "police"}


def test_places_give_the_home_when_actors_name_no_other_country() -> None:
    assert placed_home(["USA", "USA", None], [None, None]) == "USA"
    assert placed_home(["USA", "USA"], ["USA"]) == "USA"
    assert placed_home(["USA", "USA"], ["MEX"]) is None  # two countries' dealings: the vote decides
    assert placed_home(["USA"], []) is None  # one town named once is no setting
    assert placed_home(["USA", "GBR"], []) is None


def test_a_body_named_after_its_town_is_in_its_country() -> None:
    force = Actor("the Dayton Police Department", name="Dayton Police Department", sector="COP",
                  kind="organisation", rule="named-body")
    council = Actor("Leeds City Council", organisation="Leeds City Council", sector="GOV", kind="group")
    spokesman = Actor("Sgt. Jo Reed, Dayton Police Department spokesman", name="Jo Reed", sector="COP",
                      kind="person")
    lent = lend_town_country([force, council, spokesman], _town, _describes)
    assert [(a.country, a.rule) for a in lent] == [("USA", "named-body+town-country"),
                                                   ("GBR", "None+town-country"), ("USA", "None+town-country")]


def test_no_town_in_descriptions_kinds_or_international_bodies() -> None:
    prosecutors = Actor("Federal prosecutors", sector="JUD", kind="group")  # a description, not a name
    university = Actor("the University of Leeds", name="University of Leeds", sector="EDU", kind="organisation")
    agency = Actor("the Dayton Relief Office", name="Dayton Relief Office", sector="IGO", kind="organisation")
    town = Actor("Dayton", name="Dayton", sector="GOV", kind="organisation")  # the town itself: no body
    actors = [prosecutors, university, agency, town]
    assert lend_town_country(actors, _town, _describes) == actors


def test_a_local_police_story_takes_its_country(actors_nlp: Language) -> None:
    text = ("Police arrested three men on Tuesday after a car chase, said Lt. Jo Reed, Dayton Police Department "
            "spokesman. Officers found stolen goods in the car, Reed said. The Dayton Police Department "
            "will hand the case to the prosecutor.")
    actors = _actors(actors_nlp, text)
    assert {a.country for a in with_text(actors, "Officers")} == {"USA"}
    assert {a.country for a in with_text(actors, "Police")} == {"USA"}


def test_a_story_set_in_towns_lends_their_country(actors_nlp: Language) -> None:
    text = ("Officers in Manchester arrested two men on Friday. The men were later taken to a station in Leeds, "
            "where the police questioned them.")
    actors = _actors(actors_nlp, text)
    assert {a.country for a in with_text(actors, "Officers")} == {"GBR"}


def test_a_story_of_two_countries_dealings_lends_no_town_country(actors_nlp: Language) -> None:
    # the town where they acted, not in the officers' own phrase ('Officers in Manchester' are Manchester's:
    # tests/test_actors_place_in_phrase.py)
    text = ("Officers arrested two men in Manchester on Friday. Mexico criticised Britain, and "
            "Britain criticised Mexico. The men were taken to Leeds.")
    actors = _actors(actors_nlp, text)
    assert {a.country for a in with_text(actors, "Officers")} == {None}


def test_an_apposition_places_a_person_in_a_town() -> None:
    people = [Actor("Sam Cole, 24, from Leeds", name="Sam Cole", sector="CVL", kind="person"),
              Actor("Ana Ruiz, a Dayton resident", name="Ana Ruiz", sector="CVL", kind="person"),
              Actor("Jo Hart, an official in Leeds", name="Jo Hart", sector="GOV", kind="person"),
              Actor("Bo Lin, who met Dayton officials", name="Bo Lin", sector="CVL", kind="person"),
              Actor("Cy Moss, Federal Reserve economist", name="Cy Moss", sector="CVL", kind="person")]
    assert [a.country for a in lend_town_country(people, _town, _describes)] == ["GBR", "USA", "GBR", None, None]


def test_a_placed_persons_later_mentions_follow(actors_nlp: Language) -> None:
    text = "Sam Cole, 24, from Leeds, was arrested in Turkey on Friday. Cole said he was innocent."
    actors = _actors(actors_nlp, text)
    assert {a.country for a in with_text(actors, "Cole")} == {"GBR"}


def test_a_town_before_its_region_places_a_person() -> None:
    person = Actor("Sam Cole, 31, from Leeds, West Yorkshire", name="Sam Cole", sector="CVL", kind="person")
    (placed,) = lend_town_country([person], _town, _describes)
    assert placed.country == "GBR"
