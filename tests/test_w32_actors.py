"""Wave 32, branch w32-actors (issue 19): 'House' capitalised as the lower chamber, so a party's members there are
lawmakers (LEG) as 'Senate Democrats' are; entertainers' words as notable people without office (ELI). Phrases
and sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from actor_helpers import actors_in


@pytest.mark.parametrize(("phrase", "expected"), [
    # a party's members in a chamber are lawmakers, whichever chamber
    # (named as written: the party's caucus in that chamber, not the party)
    ("House Democrats", ("House Democrats", "USA", "LEG")),
    ("House Republicans", ("House Republicans", "USA", "LEG")),
    ("Senate Republicans", ("Senate Republicans", "USA", "LEG")),
    # the chamber standing alone
    ("the House", (None, None, "LEG")),
    # still the party where no chamber is named
    ("Republicans", ("Republican Party", "USA", "PTY")),
])
def test_a_capitalised_house_is_the_chamber(resolver: ActorResolver, phrase: str,
                                            expected: tuple[str | None, str | None, str]) -> None:
    found = resolver.resolve(phrase, "2016-05-01")
    assert found is not None, phrase
    assert (found.actor.name, found.actor.country, found.actor.sector) == expected


@pytest.mark.parametrize("phrase", ["a house", "the house", "House of Saud", "House of Cards",
                                    "the House Pelham bill", "House Majority Fund"])
def test_a_house_that_is_no_chamber_is_no_legislature(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2016-05-01")
    assert found is None or found.actor.sector != "LEG", phrase


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the White House", ("White House", "GOV")),   # a seat whose name ends in the word
    ("Chatham House", ("Chatham House", "NGO")),   # a body whose name ends in it
])
def test_a_longer_name_ending_in_house_keeps_its_own_reading(resolver: ActorResolver, phrase: str,
                                                             expected: tuple[str, str]) -> None:
    found = resolver.resolve(phrase, "2016-05-01")
    assert found is not None
    assert (found.actor.name, found.actor.sector) == expected


@pytest.mark.parametrize("phrase", ["the musician", "a comedian", "rock stars", "the band members", "an actress"])
def test_entertainers_are_notable_people_without_office(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2016-05-01")
    assert found is not None and found.actor.sector == "ELI", phrase


def test_members_named_by_another_sector_word_keep_the_party_name(resolver: ActorResolver) -> None:
    found = resolver.resolve("Labour MPs", "2016-05-01")
    assert found is not None and found.actor.sector == "LEG" and found.actor.name == "Labour Party"


@pytest.mark.parametrize("phrase", ["regional actors", "non-state actors", "a rogue actor"])
def test_political_actors_are_no_entertainers(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2016-05-01")
    assert found is None or found.actor.sector != "ELI", phrase


def test_a_surname_that_is_a_trade_word_still_names_the_person(actors_nlp: Language) -> None:
    text = "The attorney Dana K. Singer said on Monday that her client would appeal the ruling."
    found = [a for a in actors_in(actors_nlp, text, "2016-05-01") if a.name and "Singer" in a.name]
    assert found and found[0].sector == "JUD", [(a.text, a.name, a.sector) for a in actors_in(actors_nlp, text,
                                                                                                "2016-05-01")]


def test_a_described_entertainer_is_an_elite(actors_nlp: Language) -> None:
    text = "Frontman Mara Quillon said on Friday that she would play at the rally in Dayton."
    found = [a for a in actors_in(actors_nlp, text, "2016-05-01") if a.name == "Mara Quillon"]
    assert found and found[0].sector == "ELI", [(a.text, a.name, a.sector) for a in found]


def test_house_members_of_a_party_in_a_sentence(actors_nlp: Language) -> None:
    text = "House Republicans voted on Tuesday to block the spending bill the governor had sent them."
    found = [a for a in actors_in(actors_nlp, text, "2016-05-01") if "Republicans" in a.text]
    assert found and all(a.sector == "LEG" for a in found), [(a.text, a.sector) for a in found]


# --- the mend of the review (wave 32) ---------------------------------------------------------------------------

def test_a_party_adjective_after_a_chamber_keeps_the_party_name(resolver: ActorResolver) -> None:
    # only the members' plural noun or the party's acronym makes the chamber's caucus; an adjective describes
    found = resolver.resolve("House Democratic leaders", "2016-05-01")
    assert found is not None and found.actor.name == "Democratic Party" and found.actor.sector == "LEG"
    acronym = resolver.resolve("House GOP", "2016-05-01")
    assert acronym is not None and acronym.actor.name == "House GOP"


@pytest.mark.parametrize("phrase", ["House Bill 12", "the House Harbour Caucus", "the House Ethics Committee",
                                    "the House Republican Conference"])
def test_a_house_opening_a_longer_name_is_no_chamber(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2016-05-01")
    assert found is None or found.actor.name not in (None, "Harbour Caucus", "Republican Party"), phrase


def test_a_longer_name_after_house_is_named_as_written(actors_nlp: Language) -> None:
    text = "The House Harbour Caucus demanded on Monday that the budget be cut."
    found = actors_in(actors_nlp, text, "2016-05-01")
    assert any(a.name == "House Harbour Caucus" for a in found), [(a.text, a.name) for a in found]


def test_a_bill_numbered_after_house_is_no_legislature(actors_nlp: Language) -> None:
    text = "House Bill 12 was signed by the governor in Salem on Friday."
    found = [a for a in actors_in(actors_nlp, text, "2016-05-01") if "Bill" in a.text]
    assert all(a.sector != "LEG" for a in found), [(a.text, a.sector) for a in found]


@pytest.mark.parametrize("phrase", ["House prices", "House sales", "House party"])
def test_a_bare_first_house_before_a_common_noun_is_no_chamber(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2016-05-01")
    assert found is None or found.actor.sector != "LEG", phrase


@pytest.mark.parametrize("phrase", ["House Speaker", "House Democrats", "House lawmakers"])
def test_a_bare_first_house_before_its_members_is_the_chamber(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2016-05-01")
    assert found is not None and found.actor.sector == "LEG", phrase


def test_a_sentence_opening_on_house_prices_has_no_actor(actors_nlp: Language) -> None:
    text = "House prices climbed steeply across the region over the winter."
    assert not [a for a in actors_in(actors_nlp, text, "2016-05-01") if a.sector == "LEG"]


def test_a_count_is_no_word_of_a_body_name(actors_nlp: Language) -> None:
    text = "Almost 90 House members wrote to the secretary on Thursday."
    found = [a for a in actors_in(actors_nlp, text, "2016-05-01") if "House" in a.text]
    assert found and all(a.sector == "LEG" and (a.name is None or "90" not in a.name) for a in found), \
        [(a.text, a.name) for a in found]


def test_the_last_word_guard_still_refuses_a_longer_name(resolver: ActorResolver) -> None:
    # the shared helper keeps the older guard: a capitalised word before a last word makes a longer name
    found = resolver.resolve("Chatham House", "2016-05-01")
    assert found is not None and found.actor.sector != "LEG"
