"""Wave 22 (issue 19, named entries): a group a nationality only describes is not the country. A state's armed
men described by their nationality ('Turkish forces', 'US troops') are that state's armed forces, the body; a
group outside the state ('Syrian rebels', 'the Syrian opposition') is named by its description, and one member
('a Syrian rebel') is a person the text does not name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors.resolver import ActorResolver
from actor_helpers import actor_runner

_actors = actor_runner("2019-10-10")


@pytest.mark.parametrize(("phrase", "country", "name"), [
    ("Turkish forces", "TUR", "Turkish Armed Forces"),
    ("the Turkish army", "TUR", "Turkish Armed Forces"),
    ("American troops", "USA", "United States Armed Forces"),
    ("Russian soldiers", "RUS", "Russian Armed Forces"),
    ("Israeli troops", "ISR", "Israel Defense Forces"),
    ("Britain's armed forces", "GBR", "British Armed Forces"),
    ("French servicemen", "FRA", "French Armed Forces"),
])
def test_a_nationality_and_a_word_for_a_states_armed_men_is_its_armed_forces(
        resolver: ActorResolver, phrase: str, country: str, name: str) -> None:
    found = resolver.resolve(phrase, "2019-10-10")
    assert found is not None
    assert (found.actor.country, found.actor.sector, found.actor.name) == (country, "MIL", name)
    assert found.rule.endswith("+national-forces")


def test_the_army_a_state_names_as_a_branch_stays_that_branch(resolver: ActorResolver) -> None:
    found = resolver.resolve("the American army", "2019-10-10")
    assert found is not None and found.actor.name == "United States Army"


@pytest.mark.parametrize("phrase", [
    "Turkish special forces",   # a unit, not the whole force
    "Turkish warplanes",        # machines
    "a Turkish soldier",        # one man: the country as before
    "Iranian troops",           # two armies (the Artesh and the Guards): no one body to name
])
def test_units_machines_single_members_and_states_without_one_force_keep_the_country(
        resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2019-10-10")
    assert found is not None and found.actor.sector == "MIL"
    assert not found.rule.endswith("+national-forces"), found.rule


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Syrian rebels", ("SYR", "REB", "Syrian rebels")),
    ("the Libyan opposition", ("LBY", "OPP", "Libyan opposition")),
    ("Iraqi militiamen", ("IRQ", "UAF", "Iraqi militiamen")),
    ("Afghan insurgent groups", ("AFG", "REB", "Afghan insurgent groups")),
    ("Mexican drug gangs", ("MEX", "CRM", "Mexican drug gangs")),
    ("the Yemeni rebel fighters", ("YEM", "REB", "Yemeni rebel fighters")),   # to the last word for the group
    ("six Yemeni rebel commanders", ("YEM", "REB", "Yemeni rebel commanders")),
])
def test_a_group_outside_the_state_is_named_by_its_description_not_the_country(
        resolver: ActorResolver, phrase: str, expected: tuple[str, str, str]) -> None:
    found = resolver.resolve(phrase, "2019-10-10")
    assert found is not None
    assert (found.actor.country, found.actor.sector, found.actor.name) == expected
    assert found.rule.endswith("+described-group")


@pytest.mark.parametrize("phrase", ["a Syrian rebel", "one Yemeni insurgent", "the Yemeni rebel commander"])
def test_one_member_of_a_described_group_has_no_name(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2019-10-10")
    assert found is not None and found.actor.sector == "REB" and found.actor.country is not None
    assert found.actor.name is None


def test_a_states_own_bodies_keep_their_names(resolver: ActorResolver) -> None:
    # a capitalised institution after the country is named as written; the country acting is the country
    ministry = resolver.resolve("India's Defence Ministry", "2019-10-10")
    assert ministry is not None and ministry.actor.name == "India's Defence Ministry"
    government = resolver.resolve("the Turkish government", "2019-10-10")
    assert government is not None and government.actor.name == "Turkey"


def test_lookup_explains_the_new_rules(resolver: ActorResolver) -> None:
    forces = resolver.explain("Turkish forces", "2019-10-10")
    assert forces["entry"] == "tr-tsk" and any("armed forces" in n for n in forces["notes"])
    rebels = resolver.explain("Syrian rebels", "2019-10-10")
    assert any("description" in n for n in rebels["notes"])


def test_in_an_article(actors_nlp: Language) -> None:
    text = ("Turkish troops crossed the border on Tuesday, and Syrian rebels allied with Ankara followed them. "
            "The Libyan opposition said it would not take part in the talks.")
    found = {a.text: (a.country, a.sector, a.name) for a in _actors(actors_nlp, text)}
    assert found["Turkish troops"] == ("TUR", "MIL", "Turkish Armed Forces")
    rebels = next(v for k, v in found.items() if k.startswith("Syrian rebels"))
    assert rebels == ("SYR", "REB", "Syrian rebels")
    assert found["The Libyan opposition"] == ("LBY", "OPP", "Libyan opposition")
