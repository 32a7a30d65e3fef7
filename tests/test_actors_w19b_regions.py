"""Wave 19b (actors at real-news scale): a country's name that names a part of the country is a place or the
land, never its government; a nationality adjective before coordinated forces is every bare conjunct's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_helpers import actor_runner

_actors = actor_runner("2018-02-01")


def _texts(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {a.text: (a.country, a.sector) for a in _actors(nlp, text)}


@pytest.mark.parametrize(("text", "region", "country"), [
    ("Heavy clashes in western Kenya killed nine farmers.", "western Kenya", "KEN"),
    ("Floods in south-east Poland closed two roads.", "south-east Poland", "POL"),
    ("Shelling across central and northern Chile damaged two bridges.", "central and northern Chile", "CHL"),
    ("The militia recruits fighters in the north of Niger.", "Niger", "NER"),
    ("Drought has emptied the farms in Bolivia's south-west.", "Bolivia", "BOL"),
    ("Artillery shelled northern Kenya on Sunday.", "northern Kenya", "KEN"),
    ("Eastern Poland has become a transit route for migrants.", "Eastern Poland", "POL"),
])
def test_a_region_is_the_land_not_the_state(actors_nlp: Language, text: str, region: str, country: str) -> None:
    assert _texts(actors_nlp, text)[region] == (country, None)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("South Korea and North Korea agreed to hold talks.", "South Korea", "KOR"),
    ("South Sudan expelled the envoy.", "South Sudan", "SSD"),
    ("The government said Spain would act.", "Spain", "ESP"),
])
def test_a_compass_word_inside_a_countrys_name_makes_no_region(actors_nlp: Language, text: str, name: str,
                                                                 country: str) -> None:
    assert _texts(actors_nlp, text)[name] == (country, "GOV")


@pytest.mark.parametrize(("text", "conjunct", "country"), [
    ("Polish soldiers and helicopters patrolled close to the Belarusian frontier.", "helicopters", "POL"),
    ("Egyptian jets and drones struck the camp near the Libyan border.", "drones", "EGY"),
    ("Indian troops and tanks gathered near the Chinese frontier.", "tanks", "IND"),
])
def test_a_nationality_before_coordinated_forces_is_each_bare_conjuncts(actors_nlp: Language, text: str,
                                                                        conjunct: str, country: str) -> None:
    assert _texts(actors_nlp, text)[conjunct] == (country, "MIL")


def test_a_conjunct_with_its_own_qualifier_keeps_it(actors_nlp: Language) -> None:
    found = _texts(actors_nlp, "Polish soldiers and the Belarusian police met at the frontier.")
    assert found["the Belarusian police"][0] == "BLR"
