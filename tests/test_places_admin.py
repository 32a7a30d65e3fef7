"""First-level divisions (provinces, states, governorates, oblasts) from ISO 3166-2: their English spellings,
lookups with and without a naming noun, and which mentions count as places. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import accord.places.stage  # noqa: F401  (registers accord_places_v1)
from accord.blackboard import PLACES
from accord.dates import EventWords
from accord.places import event_location
from accord.places.admin import _centre_stems, _variants, _without_type_words, admin_words
from accord.places.gazetteer import Gazetteer, shared_gazetteer
from accord.records import Place


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return shared_gazetteer()


@pytest.fixture(scope="module")
def nlp(places_nlp: Language) -> Language:
    return places_nlp


def places_of(doc: Doc) -> list[Place]:
    return list(PLACES.get(doc) or [])


# --- spellings ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("iso", "english"), [
    ("Guangdong Sheng", "Guangdong"),
    ("Rostovskaya oblast'", "Rostovskaya"),
    ("Jeollanam-do", "Jeollanam"),
    ("Logar", "Logar"),
])
def test_type_words_are_stripped(iso: str, english: str) -> None:
    assert _without_type_words(iso, admin_words()) == english


def test_arabic_article_and_final_ah() -> None:
    found = _variants("Ar Raqqah", admin_words())
    assert {"Raqqah", "al-Raqqah", "Raqqa"} <= set(found)


def test_slavic_adjective_gives_its_centre_city() -> None:
    cities = {("RU", "Kursk"), ("UA", "Kharkiv")}
    assert _centre_stems("Kurskaya", "RU", lambda iso, name: (iso, name) in cities, admin_words()) == ["Kursk"]
    assert _centre_stems("Kharkivska", "UA", lambda iso, name: (iso, name) in cities, admin_words()) == ["Kharkiv"]
    assert _centre_stems("Kharkivska", "RU", lambda iso, name: (iso, name) in cities, admin_words()) == []


# --- lookups --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "country"), [
    ("Logar", "AFG"),
    ("Logar province", "AFG"),
    ("the province of Logar", "AFG"),
    ("Nangarhar", "AFG"),
    ("Diyala", "IRQ"),
    ("al-Anbar province", "IRQ"),
    ("Sinaloa state", "MEX"),
    ("Bavaria", "DEU"),
    ("Kursk region", "RUS"),
])
def test_division_lookup(gazetteer: Gazetteer, text: str, country: str) -> None:
    entry = gazetteer.best(text)
    assert entry is not None and entry.country == country and entry.feature == "region"


def test_a_province_named_after_its_city_is_the_city_alone(gazetteer: Gazetteer) -> None:
    city = gazetteer.best("Kandahar")
    province = gazetteer.best("Kandahar province")
    assert city is not None and city.feature == "city"
    assert province is not None and province.feature == "region" and province.is_admin


def test_the_province_is_spelt_as_its_centre_city(gazetteer: Gazetteer) -> None:
    entry = gazetteer.best("Daraa province")  # ISO writes Dar'ā
    assert entry is not None and entry.country == "SYR" and entry.is_admin


def test_direction_only_names_need_a_naming_noun(gazetteer: Gazetteer) -> None:
    assert not any(e.is_admin for e in gazetteer.candidates("Eastern"))
    assert any(e.is_admin and e.country == "GHA" for e in gazetteer.candidates("Eastern Region"))


def test_a_province_of_the_story_beats_a_foreign_namesake_town(gazetteer: Gazetteer) -> None:
    entry = gazetteer.best("Bari", {"SOM"})
    assert entry is not None and entry.country == "SOM"


# --- mentions -------------------------------------------------------------------------------------------


def test_province_with_naming_noun_is_a_place(nlp: Language) -> None:
    doc = nlp("Gunmen killed four soldiers in Logar province on Tuesday.")
    found = [p for p in places_of(doc) if p.country == "AFG"]
    assert found and found[0].text == "Logar province" and not found[0].is_actor
    location = event_location(EventWords.of(next(t for t in doc if t.text == "killed")), places_of(doc))
    assert location is not None and location.name == "Logar"


def test_province_of_name_is_a_place(nlp: Language) -> None:
    doc = nlp("Militants seized a checkpoint in the province of Nangarhar.")
    assert any(p.country == "AFG" and p.feature == "region" for p in places_of(doc))


def test_hyphenated_article_province(nlp: Language) -> None:
    doc = nlp("Fighting spread across al-Anbar province on Monday.")
    assert any(p.country == "IRQ" and p.text == "al-Anbar province" for p in places_of(doc))


def test_province_is_no_government(nlp: Language) -> None:
    doc = nlp("Troops were sent to Sinaloa state after the clashes.")
    found = [p for p in places_of(doc) if p.country == "MEX"]
    assert found and not found[0].is_actor


def test_a_surname_that_names_a_state_is_no_place(nlp: Language) -> None:
    doc = nlp("Maria Guerrero said the plan would fail.")
    assert not any(p.country == "MEX" for p in places_of(doc))


def test_a_bare_name_spelt_as_the_city_is_the_city(gazetteer: Gazetteer) -> None:
    for name in ("Raqqa", "al-Raqqa province"):
        entry = gazetteer.best(name)
        assert entry is not None and entry.country == "SYR"
    city = gazetteer.best("Raqqa")
    assert city is not None and city.feature == "city"


def test_the_province_of_a_city_is_the_province(nlp: Language) -> None:
    doc = nlp("Jets struck several villages in the province of Idlib on Sunday.")
    found = [p for p in places_of(doc) if p.country == "SYR"]
    assert found and found[0].feature == "region" and found[0].text.endswith("province of Idlib")
