"""Law enforcement bodies and their members: police departments, sheriffs and prison officers are police (COP);
'officers' alone belong to the force the story named last. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from actor_helpers import actor_runner, only_with_text

_actors = actor_runner("2019-06-01")


_one = only_with_text


@pytest.mark.parametrize("phrase", [
    "the Millbrook Police Department", "the county sheriff's office", "Two prison officers", "correctional officers",
    "detectives", "Detective Rosa Lindqvist", "state troopers", "the Harwick County Sheriff's Department",
])
def test_law_enforcement_is_police(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2019-06-01")
    assert found is not None and found.actor.sector == "COP", phrase


def test_officers_after_police_are_police(actors_nlp: Language) -> None:
    text = ("Police raided a flat in the town centre on Friday. Officers found a stolen car outside, "
            "and the officers arrested two men.")
    actors = _actors(actors_nlp, text)
    assert [_one(actors, t).sector for t in ("Officers", "the officers")] == ["COP", "COP"]


def test_officers_after_an_army_are_its_soldiers(actors_nlp: Language) -> None:
    text = "Chilean troops crossed the river at dawn. Two officers were wounded in the fighting."
    officers = _one(_actors(actors_nlp, text), "Two officers")
    assert (officers.country, officers.sector) == ("CHL", "MIL")


def test_officers_take_the_named_force_nearest_before_them(actors_nlp: Language) -> None:
    text = ("Chilean troops crossed the river at dawn. The Millbrook Police Department said on Monday that "
            "officers had closed the bridge.")
    officers = _one(_actors(actors_nlp, text), "officers")
    assert (officers.sector, officers.name) == ("COP", "Millbrook Police Department")


def test_officers_who_say_whose_they_are_keep_it(actors_nlp: Language) -> None:
    text = "Police closed the road. Chilean officers said the border was open."
    officers = _one(_actors(actors_nlp, text), "Chilean officers")
    assert officers.country == "CHL" and officers.rule is not None and "force-bridging" not in officers.rule


def test_officers_with_no_force_named_before_are_left_alone(actors_nlp: Language) -> None:
    officers = _one(_actors(actors_nlp, "Officers said the road would stay closed."), "Officers")
    assert officers.rule is not None and "force-bridging" not in officers.rule


@pytest.mark.parametrize(("phrase", "sector"), [
    ("regime forces", "MIL"), ("Venezuelan government forces", "MIL"), ("coalition forces", "MIL"),
    ("pro-government forces", "MIL"), ("Libyan opposition forces", "REB"), ("the regime", "GOV"),
])
def test_the_forces_of_a_government_are_its_military(resolver: ActorResolver, phrase: str, sector: str) -> None:
    found = resolver.resolve(phrase, "2018-03-01")
    assert found is not None and found.actor.sector == sector, phrase


@pytest.mark.parametrize(("phrase", "date", "expected"), [
    ("Staffan de Mistura", "2017-05-01", (None, "IGO")),
    ("UN envoy Geir Pedersen", "2020-02-01", (None, "IGO")),
    ("David Miliband", "2019-10-01", (None, "NGO")),
    ("David Miliband", "2008-10-01", ("GBR", "GOV")),
])
def test_envoys_aid_chiefs_and_ministers_by_date(resolver: ActorResolver, phrase: str, date: str,
                                                  expected: tuple[str | None, str]) -> None:
    found = resolver.resolve(phrase, date)
    assert found is not None and (found.actor.country, found.actor.sector) == expected, phrase


def test_a_repeated_definite_description_is_the_body_named_before(actors_nlp: Language) -> None:
    text = ("The Chilean government raised fuel prices. Unions condemned the move. The government said on Friday "
            "that this unpopular government would not resign.")
    actors = _actors(actors_nlp, text)
    assert [_one(actors, t).country for t in ("The government", "this unpopular government")] == ["CHL", "CHL"]


def test_a_definite_description_with_a_sentence_initial_the_before_a_leader(actors_nlp: Language) -> None:
    text = "The Maduro government closed the border. The government said the crossing would reopen."
    actors = _actors(actors_nlp, text, date="2019-03-01")
    assert [_one(actors, t).country for t in ("The Maduro government", "The government")] == ["VEN", "VEN"]


def test_a_definite_description_with_no_earlier_namesake_keeps_no_country(actors_nlp: Language) -> None:
    text = "Chilean troops crossed the river. The government said nothing."
    assert _one(_actors(actors_nlp, text), "The government").rule is not None
    assert "definite-antecedent" not in (_one(_actors(actors_nlp, text), "The government").rule or "")


@pytest.mark.parametrize(("phrase", "sector"), [
    ("the president of the Harlow Literacy Foundation", "NGO"),
    ("the chairwoman of the dockworkers' union", "LAB"),
    ("the director of the national police", "COP"),
    ("the president of the Senate", "LEG"),
    ("the president of Chile", "GOV"),
])
def test_the_head_of_a_body_takes_the_bodys_sector(resolver: ActorResolver, phrase: str, sector: str) -> None:
    found = resolver.resolve(phrase, "2019-06-01")
    assert found is not None and found.actor.sector == sector, phrase


def test_a_comma_inside_a_party_name_makes_no_alias_of_a_common_word(resolver: ActorResolver) -> None:
    """'Peace, Unity and Development Party' is one name: 'Peace' alone names no party."""
    found = resolver.resolve("the Foundation for Middle East Peace", "2019-06-01")
    assert found is None or found.actor.sector != "PTY"


@pytest.mark.parametrize(("phrase", "country", "sector"), [
    ("the British Foreign Office", "GBR", "GOV"), ("the Russian Kremlin", "RUS", "GOV"),
    ("the Peruvian land agency", "PER", "GOV"),
    ("the Syrian dictator", "SYR", "GOV"),
])
def test_a_demonym_before_a_seat_or_an_agency_says_whose_it_is(resolver: ActorResolver, phrase: str, country: str,
                                                                 sector: str) -> None:
    found = resolver.resolve(phrase, "2018-03-01")
    assert found is not None and (found.actor.country, found.actor.sector) == (country, sector), phrase


# --- ranks police and armies share ---------------------------------------------------------------------------

@pytest.mark.parametrize("phrase", [
    "Lt. Dana Reyes, a spokeswoman for the Harwick Police Department",
    "Sergeant Ann Lowe of the county sheriff's office",
    "Capt. Owen Marsh, Millbrook Police Department spokesman",
])
def test_a_shared_rank_with_a_police_body_is_police(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2019-06-01")
    assert found is not None and (found.actor.sector, found.actor.kind) == ("COP", "person"), phrase
    assert found.rule == "shared-rank+force"


@pytest.mark.parametrize("phrase", ["Lt. Dana Reyes", "Capt. Owen Marsh of the Marine Corps", "General Ira Holt"])
def test_a_rank_alone_or_with_an_army_stays_military(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2019-06-01")
    assert found is not None and found.actor.sector == "MIL", phrase


def test_a_police_lieutenant_and_the_officers_after_him(actors_nlp: Language) -> None:
    text = ("Two men were arrested on Monday, said Lt. Dana Reyes, Harwick Police Department spokeswoman. "
            "Officers found a stolen van nearby.")
    actors = _actors(actors_nlp, text)
    assert _one(actors, "Officers").sector == "COP"
    assert any(a.name == "Dana Reyes" and a.sector == "COP" for a in actors), [(a.text, a.sector) for a in actors]


# --- the forces of a people with no state -----------------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["Kurdish forces", "the Baloch fighters", "Tuareg troops", "Karen forces",
                                    "Kurdish troops in Syria"])
def test_the_forces_of_a_stateless_people_are_rebels(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2019-06-01")
    assert found is not None and found.actor.sector == "REB", phrase
    assert found.actor.name is None  # 'in Syria' says where they fight, not who they are


@pytest.mark.parametrize(("phrase", "country"), [("Syrian forces", "SYR"), ("Turkish troops", "TUR"),
                                                 ("the Kurdish Peshmerga", "IRQ")])
def test_a_states_forces_stay_military(resolver: ActorResolver, phrase: str, country: str) -> None:
    found = resolver.resolve(phrase, "2019-06-01")
    assert found is not None and (found.actor.country, found.actor.sector) == (country, "MIL"), phrase
