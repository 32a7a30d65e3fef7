"""Actors on unseen news (issue 19, wave 14b): whoever serves a person or a body named 'for'/'to' them ('a
spokesman for the chancellor', 'an aide to the senator') or by a possessive pronoun ('her spokesman') is that
principal's aide, read as the possessive is — their country, never their name; and a person's campaign ('the
Ortega campaign', "Ortega's campaign") is their political body, PTY, not the person."""

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


# --- 'for'/'to' whom they serve ------------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "expected"), [
    ("a spokeswoman for Angela Merkel", ("DEU", "GOV", None)),
    ("an aide to Barack Obama", ("USA", "GOV", None)),
    ("a senior adviser to Vladimir Putin", ("RUS", "GOV", None)),
])
def test_one_serving_a_person_named_after_for_or_to_is_not_that_person(
        resolver: ActorResolver, phrase: str, expected: tuple[str, str, None]) -> None:
    found = resolver.resolve(phrase, date="2016-05-02")
    assert found is not None
    assert (found.actor.country, found.actor.sector, found.actor.name) == expected


def test_an_envoy_to_a_country_still_serves_where_he_is_sent(resolver: ActorResolver) -> None:
    found = resolver.resolve("the ambassador to Britain", date="2016-05-02")
    assert found is not None and found.actor.country is None


def test_the_served_phrase_is_one_mention_with_the_principal_inside(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Obama met the Mexican president. An aide to Obama said the talks went well.")
    assert _at(actors, "An aide to Obama") == ("USA", "GOV", None)
    assert [a.name for a in actors if a.text == "Obama"] == ["Barack Obama", "Barack Obama"]


def test_a_spokesman_for_a_named_ministry_takes_its_country(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "A spokesman for the Italian foreign ministry said the port would stay shut.")
    country, sector, _ = _at(actors, "A spokesman for the Italian foreign ministry")
    assert (country, sector) == ("ITA", "GOV")


def test_an_apposed_name_after_the_served_body_is_still_the_person(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "A spokesman for the Kenyan police, Inspector Abel Otieno, said two men were held.")
    assert any("Abel Otieno" in (a.name or "") and a.country == "KEN" for a in actors)


# --- 'her spokesman' ------------------------------------------------------------------------------------------


def test_a_possessive_pronoun_gives_the_aide_its_persons_country(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Angela Merkel flew to Paris on Monday. Her spokesman said the visit was useful.")
    assert _at(actors, "Her spokesman") == ("DEU", "GOV", None)


def test_the_pronoun_passes_over_a_person_of_the_other_gender(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Theresa May met Emmanuel Macron in Paris. Her spokesman called the talks useful.")
    assert _at(actors, "Her spokesman")[0] == "GBR"


def test_the_aides_of_a_candidate_out_of_office_are_political_staff(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Hillary Clinton spoke in Toledo. Her aides said the crowd was large.")
    assert _at(actors, "Her aides") == ("USA", "PTY", None)


# --- a person's campaign --------------------------------------------------------------------------------------


def test_a_persons_campaign_is_their_political_body(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Hillary Clinton's campaign bought airtime in Nevada.")
    # named by the person since wave 34 (one organisation whatever phrase names it)
    assert _at(actors, "Hillary Clinton's campaign") == ("USA", "PTY", "Hillary Clinton campaign")
    assert _at(actors, "Hillary Clinton")[2] == "Hillary Clinton"


def test_a_surname_before_campaign_is_the_person_named_in_full_earlier(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Senator Bernie Sanders toured Iowa. The Sanders campaign opened an office in Ames.")
    assert _at(actors, "The Sanders campaign") == ("USA", "PTY", "Bernie Sanders campaign")


def test_a_campaign_of_no_person_is_no_actor(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "The bombing campaign in the north went on for a month.")
    assert not any("campaign" in a.text for a in actors)


# --- names of things ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Union leaders pushed the Fair Wages Protection Act through the Senate.",
    "The band will perform at the Nordic Music Awards in March.",
    "The ministry expanded the Rural Water Programme last year.",
])
def test_the_name_of_a_law_programme_or_prize_is_no_actor(actors_nlp: Language, text: str) -> None:
    actors = _actors(actors_nlp, text)
    assert not any(a.text.split()[-1] in ("Act", "Awards", "Programme") for a in actors)


def test_a_name_modifying_a_programme_is_the_programmes_name(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "The government widened the Blue Harbour Gateway program on Tuesday.")
    assert not any("Harbour" in a.text for a in actors)


def test_a_body_whose_programme_it_is_stays_an_actor(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "The International Energy Agency's solar programme published a report.")
    assert any(a.name == "International Energy Agency" for a in actors)
