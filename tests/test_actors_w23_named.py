"""Wave 23 (named mentions resolved to the right entry): a seat of power standing for an arm of government is
named by the seat, not by the country that owns it; a word that ends many longer names ('League') is the party it
names only standing alone."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors.resolver import ActorResolver
from actor_helpers import actor_runner

_actors = actor_runner("2018-03-01")


def _found(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {a.text: (a.country, a.sector, a.name) for a in _actors(nlp, text)}


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the Pentagon", ("USA", "MIL", "Pentagon")),
    ("the Kremlin", ("RUS", "GOV", "Kremlin")),
    ("Downing Street", ("GBR", "GOV", "Downing Street")),
    ("the Foreign Office", ("GBR", "GOV", "Foreign Office")),
    ("the State Department", ("USA", "GOV", "State Department")),
])
def test_a_seat_of_power_is_named_by_the_seat(resolver: ActorResolver, phrase: str,
                                              expected: tuple[str, str, str]) -> None:
    found = resolver.resolve(phrase, "2018-03-01")
    assert found is not None and found.rule == "seat-of-power"
    assert (found.actor.country, found.actor.sector, found.actor.name) == expected


def test_a_demonym_before_a_seat_keeps_the_seats_name(resolver: ActorResolver) -> None:
    found = resolver.resolve("the British Foreign Office", "2018-03-01")
    assert found is not None and (found.actor.country, found.actor.sector, found.actor.name) == (
        "GBR", "GOV", "Foreign Office")


def test_a_capital_and_a_country_are_still_named_by_the_country(resolver: ActorResolver) -> None:
    for phrase, name in (("Moscow", "Russia"), ("Russia", "Russia"), ("Washington", "United States")):
        found = resolver.resolve(phrase, "2018-03-01")
        assert found is not None and found.actor.name == name, phrase


def test_seats_in_an_article_carry_their_own_names(actors_nlp: Language) -> None:
    text = ("The Kremlin denied the report on Tuesday. A day later the Pentagon said two of its drones had been "
            "lost over the Black Sea, and the State Department summoned the Russian ambassador.")
    found = _found(actors_nlp, text)
    assert found["The Kremlin"] == ("RUS", "GOV", "Kremlin")
    assert found["the Pentagon"] == ("USA", "MIL", "Pentagon")
    assert found["the State Department"] == ("USA", "GOV", "State Department")


@pytest.mark.parametrize("phrase", [
    "the Champions League", "the National Football League", "the Europa League", "Bundesliga and Premier League",
    "the League of Women Voters",
])
def test_league_ending_a_longer_name_is_not_the_italian_party(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2019-03-01")
    assert found is None or (found.actor.country, found.actor.sector) != ("ITA", "PTY"), phrase


@pytest.mark.parametrize("phrase", ["the League", "Italy's League", "the Italian League", "the Northern League"])
def test_league_standing_alone_or_after_its_country_is_the_party(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2019-03-01")
    assert found is not None and (found.actor.country, found.actor.sector, found.actor.name) == (
        "ITA", "PTY", "League"), phrase


def test_league_in_an_article(actors_nlp: Language) -> None:
    text = ("The striker scored twice in the Champions League on Tuesday. In Rome, the League said it would "
            "back the budget.")
    found = _found(actors_nlp, text)
    assert all(name != "League" for span, (_, _, name) in found.items() if "Champions" in span)
    assert found["the League"] == ("ITA", "PTY", "League")


def test_a_seat_is_no_body_a_generic_noun_points_back_to(actors_nlp: Language) -> None:
    text = ("The White House said on Monday that the plan would go ahead. The agency said it had not been "
            "consulted.")
    found = _found(actors_nlp, text)
    assert found["The White House"] == ("USA", "GOV", "White House")
    assert found["The agency"][2] != "White House"


def test_a_definite_description_with_the_seats_head_is_the_seat(actors_nlp: Language) -> None:
    text = ("The State Department summoned the ambassador on Monday. The department said the talks had failed.")
    found = _found(actors_nlp, text)
    assert found["The department"] == ("USA", "GOV", "State Department")


def test_initials_of_a_body_named_in_full_before_are_that_body(actors_nlp: Language) -> None:
    text = ("The Syrian Negotiations Commission, the main opposition body, will boycott the talks. The SNC said "
            "on Monday that the talks were a trap.")
    found = _found(actors_nlp, text)
    assert found["The SNC"] == ("SYR", "OPP", "Syrian Negotiation Commission")


def test_initials_with_no_body_named_in_full_keep_the_knowledge_bases_reading(actors_nlp: Language) -> None:
    found = _found(actors_nlp, "The SNC said on Monday that the talks were a trap.")
    assert found["The SNC"] == ("SYR", "OPP", "Syrian National Council")


def test_initials_of_the_same_body_change_nothing(actors_nlp: Language) -> None:
    text = "The Syrian National Council met in Istanbul. The SNC said it would send a delegation."
    found = _found(actors_nlp, text)
    assert found["The SNC"] == ("SYR", "OPP", "Syrian National Council")


def test_initials_of_a_body_named_by_other_words_define_nothing() -> None:
    from accord.actors.bridging import abbreviations_of_named_bodies, initials
    from accord.records import Actor
    assert initials("The Syrian Negotiations Commission") == "SNC"
    assert initials("Trans-Pacific Partnership") == "TPP"
    assert initials("the opposition's commission") == ""
    misnamed = Actor(text="Fox Business Network", name="Network", sector="MED", kind="organisation", start=0, end=20)
    later = Actor(text="FBN", name="FBN", sector="MED", kind="organisation", start=40, end=43, rule="organisation")
    assert abbreviations_of_named_bodies([misnamed, later])[1].name == "FBN"
