"""The people and parts of an organisation: whose sector they take (resolver rules `…+member`), and the armed men
of a people with no state (`stateless-people+…`)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from actor_helpers import actors_in

DATE = "2019-06-01"


@pytest.mark.parametrize(("phrase", "sector"), [
    ("a researcher for Human Rights Watch", "NGO"),
    ("an analyst at Amnesty International", "NGO"),
    ("the chief negotiator for Hamas", "REB"),
    ("a commander of the Taliban", "REB"),
])
def test_whoever_works_for_a_non_state_organisation_named_after_them_is_its(resolver: ActorResolver, phrase: str,
                                                                             sector: str) -> None:
    found = resolver.resolve(phrase, DATE)
    assert found is not None and found.actor.sector == sector, phrase
    assert "member" in found.rule


@pytest.mark.parametrize(("phrase", "sector"), [
    ("troops of NATO", "MIL"),  # an IGO's troops stay military
    ("the director of the FBI", "COP"),  # a state body's people are what the body is
    ("a spokesman for the Pentagon", "MIL"),
])
def test_a_state_bodys_or_an_igos_troops_keep_their_own_sector(resolver: ActorResolver, phrase: str,
                                                               sector: str) -> None:
    found = resolver.resolve(phrase, DATE)
    assert found is not None and found.actor.sector == sector, phrase


@pytest.mark.parametrize("phrase", ["a Labour spokesman", "a senior Labour official", "Labour officials",
                                    "a spokeswoman for the Labour Party"])
def test_a_partys_officials_and_spokesmen_are_the_partys(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, DATE)
    assert found is not None and (found.actor.country, found.actor.sector) == ("GBR", "PTY"), phrase


@pytest.mark.parametrize("phrase", ["Labour MPs", "Labour lawmakers"])
def test_a_partys_legislators_sit_in_parliament(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, DATE)
    assert found is not None and found.actor.sector == "LEG", phrase


@pytest.mark.parametrize("phrase", ["the Kurdish militias", "a Baloch militia", "Kurdish militiamen",
                                    "Tuareg gunmen"])
def test_the_militias_of_a_stateless_people_are_rebels(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, DATE)
    assert found is not None and found.actor.sector == "REB", phrase
    assert found.rule.startswith("stateless-people")


@pytest.mark.parametrize("phrase", ["a militia", "armed gunmen", "the militias in the north"])
def test_militias_of_no_named_people_stay_unaffiliated(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, DATE)
    assert found is not None and found.actor.sector == "UAF", phrase


@pytest.mark.parametrize("phrase", ["victims of the Taliban", "refugees from Islamic State",
                                    "opponents of Hamas", "families driven out by Islamic State"])
def test_people_a_group_acts_on_or_against_are_not_its_own(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, DATE)
    assert found is None or found.actor.sector != "REB", phrase


@pytest.mark.parametrize("phrase", ["the rebel factions", "a terror group", "a terrorist organisation",
                                    "militant groups", "armed factions", "an extremist group"])
def test_groups_named_by_what_their_members_do_are_armed_groups(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, DATE)
    assert found is not None and found.actor.sector == "REB", phrase


@pytest.mark.parametrize("phrase", ["a faction", "the ruling party's factions"])
def test_a_faction_alone_is_a_partys(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, DATE)
    assert found is not None and found.actor.sector == "PTY", phrase


# --- a place's name standing for a body ('Europe': the EU) ------------------------------------------------------


def test_europe_acting_is_the_european_union(actors_nlp: Language) -> None:
    actors = actors_in(actors_nlp, "Europe needs to recognise that the crisis is not going away.", DATE)
    europe = [a for a in actors if a.text == "Europe"]
    assert europe and (europe[0].name, europe[0].sector) == ("European Union", "IGO")
    assert "place-metonym" in (europe[0].rule or "")


@pytest.mark.parametrize("text", ["Thousands of refugees arrived in Europe last year.",
                                  "Gas prices rose across eastern Europe."])
def test_europe_as_a_place_is_no_actor(actors_nlp: Language, text: str) -> None:
    assert not [a for a in actors_in(actors_nlp, text, DATE) if "Europe" in a.text]


def test_brussels_acting_is_the_european_union_and_a_place_where_it_is_not(actors_nlp: Language) -> None:
    actors = actors_in(actors_nlp, "Brussels warned Rome that the budget broke the rules. "
                                   "The ministers met in Brussels on Monday.", DATE)
    brussels = [a for a in actors if a.text == "Brussels"]
    assert len(brussels) == 1 and (brussels[0].name, brussels[0].sector) == ("European Union", "IGO")


@pytest.mark.parametrize(("phrase", "country"), [("the Kenyan Chess Federation", "KEN"),
                                                  ("the Asian Football Confederation", None),
                                                  ("the American Bar Association", "USA")])
def test_federations_and_associations_are_voluntary_bodies(resolver: ActorResolver, phrase: str,
                                                           country: str | None) -> None:
    found = resolver.resolve(phrase, DATE)
    assert found is not None and (found.actor.country, found.actor.sector) == (country, "NGO"), phrase


def test_a_state_called_a_federation_stays_the_state(resolver: ActorResolver) -> None:
    found = resolver.resolve("the Russian Federation", DATE)
    assert found is not None and (found.actor.country, found.actor.sector) == ("RUS", "GOV")
