"""Appositions and titles give an unknown person a country and role; abbreviated ranks are titles; an
institution named 'Department of ...' is one body."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from accord.records import Actor
from actor_helpers import actor_runner

_actors = actor_runner("2019-03-01")


def _person(actors: list[Actor], name: str) -> Actor:
    found = [a for a in actors if a.name == name]
    assert found, (name, [(a.text, a.name) for a in actors])
    return found[0]


def test_an_apposed_description_after_the_name(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Amara Lindqvist, the foreign minister of Norway, said talks would resume.")
    person = _person(actors, "Amara Lindqvist")
    assert (person.country, person.sector, person.kind) == ("NOR", "GOV", "person")
    assert len([a for a in actors if a.country == "NOR"]) == 1  # the description is not a second actor


def test_a_weak_description_still_gives_the_sector(actors_nlp: Language) -> None:
    person = _person(_actors(actors_nlp, "Sara Holm, a regional official, spoke to reporters."), "Sara Holm")
    assert person.sector == "GOV"


@pytest.mark.parametrize(("phrase", "country"), [("Prime Minister Olu Bade of Nigeria", "NGA"),
                                                 ("Defence Minister Anil Mehra, of India", "IND")])
def test_a_titled_name_of_a_country(resolver: ActorResolver, phrase: str, country: str) -> None:
    found = resolver.resolve(phrase, date="2019-03-01")
    assert found is not None and found.actor.kind == "person" and found.actor.country == country
    assert found.actor.sector == "GOV"


@pytest.mark.parametrize(("phrase", "sector"), [("Sgt Dan Pryce", "MIL"), ("Lt. Col. Ana Ruiz", "MIL"),
                                                ("Sens. Tom Hale", "LEG"), ("Master Sgt Jon Dunbar", "MIL")])
def test_abbreviated_ranks_are_titles(resolver: ActorResolver, phrase: str, sector: str) -> None:
    found = resolver.resolve(phrase, date="2019-03-01")
    assert found is not None and found.actor.kind == "person" and found.actor.sector == sector


def test_an_institution_described_is_no_person(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Harbour Light, a charity, said it would open two shelters.")
    charity = [a for a in actors if a.name == "Harbour Light"]
    assert charity and charity[0].kind == "organisation" and charity[0].sector == "NGO"


def test_a_department_of_something_is_one_body(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "The Department of Fisheries announced new quotas on Monday.")
    assert [(a.text, a.name, a.sector) for a in actors] == [
        ("The Department of Fisheries", "Department of Fisheries", "GOV")]


def test_a_known_person_keeps_the_office_held_on_the_date(resolver: ActorResolver) -> None:
    found = resolver.resolve("Sergei Lavrov, Russia's foreign minister", date="2019-03-01")
    assert found is not None and (found.actor.country, found.actor.sector) == ("RUS", "GOV")


def test_coordinated_described_names_are_one_person_each(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Both the Kenyan transport minister, Peter Kamau, and the police chief, John "
                                 "Otieno, resigned.")
    kamau, otieno = _person(actors, "Peter Kamau"), _person(actors, "John Otieno")
    assert (kamau.country, kamau.sector) == ("KEN", "GOV")
    assert otieno.sector == "COP"
    assert kamau.end is not None and otieno.start is not None and kamau.end < otieno.start


@pytest.mark.parametrize(("text", "mention", "name", "sector"), [
    ("The militant group Hamas said it would respond.", "The militant group Hamas", "Hamas", "REB"),
    ("Israel struck the rebel group Jaish al-Islam.", "the rebel group Jaish al-Islam", "Jaish al-Islam", "REB"),
])
def test_a_description_with_an_apposed_organisation_is_that_organisation(actors_nlp: Language, text: str,
                                                                         mention: str, name: str,
                                                                         sector: str) -> None:
    found = [a for a in _actors(actors_nlp, text) if a.text == mention]
    assert found and (found[0].name, found[0].sector, found[0].kind) == (name, sector, "organisation"), found


def test_a_description_naming_another_organisation_keeps_both(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "The ceasefire excluded an al-Qaida affiliate, the Nusra Front, and others.")
    assert any(a.name == "al-Qaeda" or (a.text == "al-Qaida") for a in actors), [(a.text, a.name) for a in actors]


def test_a_bracketed_abbreviation_is_a_mention_of_its_own(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Turkey regards the Kurdish People's Protection Units (YPG) as terrorists.")
    assert {"the Kurdish People's Protection Units", "YPG"} <= {a.text for a in actors}


@pytest.mark.parametrize(("text", "name", "country", "sector"), [
    ("The UN special envoy for Yemen, Halvard Brekke, met both sides on Monday.", "Halvard Brekke", None, "IGO"),
    ("France's special envoy for Lebanon, Pierre Durand, said the talks would fail.", "Pierre Durand", "FRA", "GOV"),
])
def test_a_name_apposed_after_a_destination_is_the_envoy_not_the_place(
        actors_nlp: Language, text: str, name: str, country: str | None, sector: str) -> None:
    person = _person(_actors(actors_nlp, text), name)
    assert (person.country, person.sector) == (country, sector)
    assert person.text.startswith(("The UN", "France"))


def test_a_relative_clause_is_no_part_of_a_persons_description(actors_nlp: Language) -> None:
    """'a donor who backs Senator Ted Cruz': the senator is a mention of his own, not the donor's description."""
    actors = _actors(actors_nlp, "Rowan Pell, a longtime donor who backs Senator Ted Cruz, gave money on Friday.",
                     date="2016-03-22")
    donor = _person(actors, "Rowan Pell")
    assert donor.text == "Rowan Pell, a longtime donor" and donor.sector == "CVL"
    senator = _person(actors, "Ted Cruz")
    assert (senator.text, senator.sector) == ("Senator Ted Cruz", "LEG")


def test_an_organisation_named_in_a_persons_description_is_a_mention_of_its_own(actors_nlp: Language) -> None:
    """The person takes the organisation's sector; the organisation keeps a record of its own, first."""
    actors = _actors(actors_nlp, "Tomas Ekdahl, a researcher for Human Rights Watch, said the report was late.")
    person = _person(actors, "Tomas Ekdahl")
    assert person.sector == "NGO"
    inner = [a for a in actors if a.text == "Human Rights Watch"]
    assert inner and inner[0].name == "Human Rights Watch" and actors.index(inner[0]) < actors.index(person)


def test_a_possessor_stays_in_the_mention_it_names(actors_nlp: Language) -> None:
    """"Turkey's Recep Tayyip Erdoğan": the country says whose president; no second mention of it."""
    actors = _actors(actors_nlp, "Turkey's Recep Tayyip Erdoğan met the press on Monday.")
    assert not [a for a in actors if a.text == "Turkey"]
    assert _person(actors, "Recep Tayyip Erdoğan").country == "TUR"


def test_a_demonym_inside_a_description_is_no_mention_of_its_own(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Tomas Ekdahl, a Swedish researcher, said the report was late.")
    assert not [a for a in actors if a.text == "Swedish"]


def test_members_of_a_named_organisation_are_one_mention(actors_nlp: Language) -> None:
    """'activists from the Fatah party' are the party's own people: no second mention of the party."""
    actors = _actors(actors_nlp, "Activists from the Fatah party protested in Ramallah on Monday.")
    assert not [a for a in actors if a.text.startswith("Fatah")]


def test_a_known_person_inside_a_description_is_a_mention_of_its_own(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Supporters of Bernie Sanders marched in Boston on Monday.", date="2016-06-09")
    inner = [a for a in actors if a.text == "Bernie Sanders"]
    assert inner and (inner[0].name, inner[0].sector) == ("Bernie Sanders", "LEG")
