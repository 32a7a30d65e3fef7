"""A full name whose given name differs from a known person's is someone else, even when the surname (with its
particle: 'al-', 'bin', 'van') is shared; and the armed men of a stateless people named with a state's demonym
('Syrian Kurdish militias') are that country's non-state armed group, not its army."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from actor_helpers import actor_runner, with_text

_actors = actor_runner("2016-05-01")


@pytest.mark.parametrize("phrase", [
    "Karim Walid al-Hussein",  # the particle belongs to the surname: the given names stand before it
    "Karim al-Hussein",
    "Omar al-Assad",  # a known person's alias that is a bare surname with its particle
    "Yusuf bin Laden",
])
def test_a_different_given_name_before_a_particle_is_someone_else(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2016-05-01")
    assert found is None or found.actor.kind != "person" or found.entry is None, found


@pytest.mark.parametrize("phrase, entry", [
    ("Saddam Hussein", "saddam-hussein"),
    ("Bashar al-Assad", "bashar-al-assad"),
    ("President Bashar al-Assad", "bashar-al-assad"),
    ("Mr al-Assad", "bashar-al-assad"),  # an honorific is no given name
    ("Mohammed bin Salman", "mohammed-bin-salman"),
])
def test_the_persons_own_names_still_resolve(resolver: ActorResolver, phrase: str, entry: str) -> None:
    found = resolver.resolve(phrase, "2016-05-01")
    assert found is not None and found.entry == entry


def test_a_bare_surname_follows_the_full_name_met_earlier(actors_nlp: Language) -> None:
    text = ("UN envoy Karim Walid al-Hussein visited the camp on Monday. "
            "Hussein said the aid convoys had been blocked.")
    actors = _actors(actors_nlp, text)
    assert [a.name for a in with_text(actors, "Hussein")] == ["Karim Walid al-Hussein"]


def test_a_bare_surname_still_finds_the_known_person_named_in_full(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Saddam Hussein ruled for decades. Hussein was captured in 2003.")
    assert [a.name for a in with_text(actors, "Hussein")] == ["Saddam Hussein"]


@pytest.mark.parametrize("phrase, country", [
    ("Syrian Kurdish militias", "SYR"),
    ("the Syrian Kurdish militia", "SYR"),
    ("Syrian Kurdish forces", "SYR"),
    ("Syria's Kurdish forces", "SYR"),
    ("Iraqi Kurdish fighters", "IRQ"),
])
def test_a_demonym_on_a_stateless_peoples_force_gives_its_country_and_keeps_it_non_state(
        resolver: ActorResolver, phrase: str, country: str) -> None:
    found = resolver.resolve(phrase, "2016-05-01")
    assert found is not None and (found.actor.country, found.actor.sector) == (country, "REB")


# wave 26: 'Syrian Kurdish officials' are a stateless people's officials, a non-state group (REB), as its forces
# are (tests/test_actors_w26_stateless.py); a state's own officials stay GOV
@pytest.mark.parametrize("phrase, sector", [("Syrian forces", "MIL"), ("Syrian officials", "GOV")])
def test_a_states_own_forces_and_officials_are_unchanged(resolver: ActorResolver, phrase: str, sector: str) -> None:
    found = resolver.resolve(phrase, "2016-05-01")
    assert found is not None and found.actor.sector == sector


def test_a_known_group_and_a_demonym_win_over_the_storys_setting(actors_nlp: Language) -> None:
    text = ("Shelling hit several towns in Syria on Monday. Fighters of the PKK attacked a checkpoint in northern "
            "Syria. Turkish jets later struck Syrian Kurdish militias near the border in Syria.")
    actors = _actors(actors_nlp, text)
    assert {(a.country, a.sector) for a in with_text(actors, "Fighters of the PKK")} == {("TUR", "REB")}
    assert {(a.country, a.sector) for a in with_text(actors, "Syrian Kurdish militias")} == {("SYR", "REB")}


@pytest.mark.parametrize("phrase, entry", [
    ("Liberals Elena Kagan", "elena-kagan"),  # a full name carries its own given name: a word before it is no other
    ("FBI Director James B. Comey", "james-comey"),
])
def test_a_full_name_is_not_contradicted_by_the_word_before_it(resolver: ActorResolver, phrase: str,
                                                               entry: str) -> None:
    found = resolver.resolve(phrase, "2016-05-01")
    assert found is not None and found.entry == entry


def test_a_stateless_peoples_force_keeps_the_name_of_its_institution(resolver: ActorResolver) -> None:
    found = resolver.resolve("the Kurdish-led Syrian Defence Forces", "2016-05-01")
    assert found is not None and (found.actor.name, found.actor.sector) == ("Syrian Defence Forces", "REB")
