"""Places: gazetteer lookups, disambiguation by the article's countries, actor metonymy, event_location,
and geocoding accuracy on the project's own fixture sentences."""

from __future__ import annotations

import json
import math
import statistics
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import accord.places.stage  # noqa: F401  (registers accord_places_v1)
from accord.blackboard import PLACES
from accord.dateline import find_dateline
from accord.dates import EventWords
from accord.places import event_location
from accord.records import Place

FIXTURE = Path(__file__).parent / "fixtures" / "places" / "geocoding.jsonl"
# Floors for the fixture set; raise them when the geocoder improves, never lower them quietly.
MIN_COUNTRY_ACCURACY = 0.95
MAX_MEDIAN_ERROR_KM = 5.0


@pytest.fixture(scope="module")
def nlp(places_nlp: Language) -> Language:
    return places_nlp


def annotate(nlp: Language, text: str) -> Doc:
    return nlp(text)


def location_of(doc: Doc, word: str) -> Place | None:
    """The event location of the first token written ``word``."""
    return event_location(EventWords.of(next(t for t in doc if t.text == word)), PLACES.get(doc) or [])


def place(doc: Doc, text: str) -> Place:
    found = [p for p in doc._.accord_places if p.text == text or p.name == text]
    assert found, f"{text!r} not found among {[p.text for p in doc._.accord_places]}"
    return found[0]


def test_region_the_model_mislabels_is_found_with_its_direction(nlp: Language) -> None:
    doc = annotate(nlp, "Patrols clashed along the disputed frontier in eastern Ladakh.")
    ladakh = place(doc, "eastern Ladakh")
    assert (ladakh.name, ladakh.country, ladakh.feature, ladakh.is_actor) == ("Ladakh", "IND", "region", False)
    assert doc.text[ladakh.start : ladakh.end] == "eastern Ladakh"


def test_landmark_from_the_extra_gazetteer(nlp: Language) -> None:
    doc = annotate(nlp, "The two leaders lunched at Hyderabad House in New Delhi.")
    house = place(doc, "Hyderabad House")
    assert (house.country, house.feature) == ("IND", "landmark")
    assert house.lat is not None and abs(house.lat - 28.61) < 0.1


def test_article_countries_decide_between_namesakes(nlp: Language) -> None:
    pakistan = annotate(nlp, "Pakistani rangers patrolled Hyderabad after riots in Karachi.")
    india = annotate(nlp, "Indian police patrolled Hyderabad after riots in Bengaluru.")
    assert place(pakistan, "Hyderabad").country == "PAK"
    assert place(india, "Hyderabad").country == "IND"


def test_capitals_and_countries_as_actors(nlp: Language) -> None:
    doc = annotate(nlp, "Ankara and Athens signed a maritime accord, and Greece thanked Italy for its mediation.")
    for name in ("Ankara", "Athens", "Greece", "Italy"):
        assert place(doc, name).is_actor, name


def test_capital_where_something_happens_is_a_location(nlp: Language) -> None:
    doc = annotate(nlp, "Thousands marched in Nairobi against the tax increase.")
    assert not place(doc, "Nairobi").is_actor


def test_clashes_with_a_country_make_it_an_actor(nlp: Language) -> None:
    doc = annotate(nlp, "Soldiers died in clashes with Pakistan along the border in Kashmir.")
    assert place(doc, "Pakistan").is_actor
    assert not place(doc, "Kashmir").is_actor


def test_unknown_names_are_not_places(nlp: Language) -> None:
    doc = annotate(nlp, "Modi spoke with Macron by phone.")
    assert all(p.country is not None or p.feature in ("water", "disputed", "region") for p in doc._.accord_places)
    assert not any(p.text == "Modi" for p in doc._.accord_places)


def test_event_location_uses_the_trigger_clause(nlp: Language) -> None:
    doc = annotate(nlp, "Tokyo and Seoul said that troops fought in eastern Ladakh.")
    found = location_of(doc, "fought")
    assert found is not None and found.name == "Ladakh"


def test_event_location_prefers_the_most_specific_place(nlp: Language) -> None:
    doc = annotate(nlp, "The ministers met at Hyderabad House in New Delhi, India.")
    found = location_of(doc, "met")
    assert found is not None and found.name == "Hyderabad House"


def test_event_location_never_returns_an_actor(nlp: Language) -> None:
    doc = annotate(nlp, "Beijing and Moscow signed a gas deal.")
    assert location_of(doc, "signed") is None


def test_a_strait_or_a_disputed_line_is_where_an_event_happened(nlp: Language) -> None:
    at_sea = annotate(nlp, "Naval commandos boarded a cargo ship in the Bab el-Mandeb on Thursday.")
    found = location_of(at_sea, "boarded")
    assert found is not None and found.feature == "water" and found.country is None
    on_the_line = annotate(nlp, "Border guards traded fire along the Line of Control overnight.")
    found = location_of(on_the_line, "traded")
    assert found is not None and found.name == "Line of Control"


def test_a_wide_region_is_not_an_event_location(nlp: Language) -> None:
    doc = annotate(nlp, "Gunmen ambushed a convoy in the Sahel.")
    assert place(doc, "Sahel").feature == "region"
    assert location_of(doc, "ambushed") is None


def test_event_location_for_a_nominal_trigger(nlp: Language) -> None:
    doc = annotate(nlp, "The meeting in Geneva ended early, officials said.")
    found = location_of(doc, "meeting")
    assert found is not None and found.country == "CHE"


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def geocoding_scores(nlp: Language, rows: list[dict[str, Any]]) -> dict[str, float]:
    """Country accuracy and median distance error (km) over the fixture mentions; misses count as wrong."""
    docs = {text: nlp(text) for text in {row["text"] for row in rows}}
    correct, found_count, errors = 0, 0, []
    for row in rows:
        found = [p for p in docs[row["text"]]._.accord_places if row["mention"] in (p.text, p.name)]
        if not found:
            continue
        found_count += 1
        guess = found[0]
        correct += guess.country == row["country"]
        if guess.lat is not None and guess.lon is not None:
            errors.append(haversine_km(guess.lat, guess.lon, row["lat"], row["lon"]))
    return {
        "mentions": len(rows),
        "found": found_count,
        "country_accuracy": correct / len(rows),
        "median_error_km": statistics.median(errors) if errors else math.inf,
    }


def test_geocoding_accuracy_on_fixtures(nlp: Language, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 40
    scores = geocoding_scores(nlp, rows)
    with capsys.disabled():
        print(f"\nplaces fixture: {json.dumps(scores)}")
    assert scores["country_accuracy"] >= MIN_COUNTRY_ACCURACY
    assert scores["median_error_km"] <= MAX_MEDIAN_ERROR_KM


def test_event_location_from_the_sentence_that_set_the_scene(nlp: Language) -> None:
    doc = annotate(nlp, "Tension rose along the frontier in Tigray. Dozens were killed in fighting with Eritrea.")
    found = location_of(doc, "killed")
    assert found is not None and found.name == "Tigray"


def test_event_location_does_not_cross_paragraphs(nlp: Language) -> None:
    doc = annotate(nlp, "Tension rose along the frontier in Tigray.\n\nDozens were killed in fighting with Eritrea.")
    assert location_of(doc, "killed") is None


def test_a_small_namesake_in_an_article_country_does_not_win(nlp: Language) -> None:
    doc = annotate(nlp, "American and Russian negotiators returned to Geneva for talks.")
    assert place(doc, "Geneva").country == "CHE"


def test_possessive_is_not_part_of_the_place(nlp: Language) -> None:
    doc = annotate(nlp, "The Ivory Coast's court ruled on the appeal.")
    assert place(doc, "Ivory Coast").text == "Ivory Coast"


def test_a_capital_under_attack_is_a_location(nlp: Language) -> None:
    doc = annotate(nlp, "Rebels shelled the capital Juba overnight.")
    assert not place(doc, "Juba").is_actor


def test_a_nationality_is_not_a_place(nlp: Language) -> None:
    doc = annotate(nlp, "Troops reached the Thai border, Thai police said.")
    assert not any(p.text == "Thai" for p in doc._.accord_places)


@pytest.mark.parametrize(
    ("text", "name", "country", "feature"),
    [
        ("Floods hit Ohio and Delaware.", "Delaware", "USA", "region"),
        ("The senator flew to Washington.", "Washington", "USA", "city"),
        ("Protesters marched in New York.", "New York City", "USA", "city"),
    ],
)
def test_us_states_and_their_namesake_cities(nlp: Language, text: str, name: str, country: str, feature: str) -> None:
    found = place(annotate(nlp, text), name)
    assert (found.country, found.feature) == (country, feature)


def test_wire_dateline_is_a_place_and_never_an_actor(nlp: Language) -> None:
    doc = annotate(nlp, "Harbour strike ends\n\nMOMBASA, July 8 (wire) - Dock workers returned to work on Monday.")
    dateline = place(doc, "MOMBASA")
    assert (dateline.name, dateline.country, dateline.feature, dateline.is_actor) == ("Mombasa", "KEN", "city", False)
    assert doc.text[dateline.start : dateline.end] == "MOMBASA"


def test_a_capital_dateline_is_not_an_actor(nlp: Language) -> None:
    doc = annotate(nlp, "LIMA, Feb 2 - Peru and Bolivia agreed to share a new rail corridor.")
    assert not place(doc, "LIMA").is_actor


def test_the_region_after_a_dateline_picks_the_namesake(nlp: Language) -> None:
    doc = annotate(nlp, "SAN JOSE, Costa Rica, May 3 - Lorries queued at the northern crossing.")
    assert place(doc, "SAN JOSE").country == "CRI"


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("MANCHESTER, N.H. - Voters lined up early at the polling stations.", "MANCHESTER", "USA"),
        ("PORTLAND, Ore. - Crews cleared the fallen trees from the avenues.", "PORTLAND", "USA"),
        ("ATHENS, Ga. - Students marched across the campus on Friday.", "ATHENS", "USA"),
    ],
)
def test_a_region_after_a_dateline_picks_the_town_of_that_very_name(nlp: Language, text: str, word: str,
                                                                     country: str) -> None:
    """An abbreviated state after a dateline's town says it is the namesake in that country, not a larger town
    abroad nor a town once called so."""
    doc = annotate(nlp, text)
    assert (place(doc, word).name, place(doc, word).country) == (word.title(), country)


def test_a_state_abbreviation_is_no_place_in_running_text(nlp: Language) -> None:
    doc = annotate(nlp, "The company moved its offices from Boston, Mass. to a suburb last year.")
    assert "Mass." not in [doc.text[p.start : p.end] for p in doc._.accord_places]
    assert place(doc, "Boston").country == "USA"


def test_an_upper_case_headline_word_is_not_a_dateline(nlp: Language) -> None:
    doc = annotate(nlp, "UPDATE 2 - Markets slide as crude prices climb")
    assert doc._.accord_places == []


@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        ("Fishermen on Lake Tanganyika reported smaller catches this season.", "Lake Tanganyika", "water"),
        ("A new dam on the Blue Nile worries farmers downstream.", "Blue Nile", "water"),
        ("Patrol boats crossed the Arafura Sea overnight.", "Arafura Sea", "water"),
        ("Two frigates sailed through Bab el-Mandeb on Sunday.", "Bab el-Mandeb", "water"),
        ("Survey ships were seen again near Scarborough Shoal.", "Scarborough Shoal", "disputed"),
        ("Smugglers crossed the Darien Gap on foot.", "Darien Gap", "region"),
        ("Students rallied at Taksim Square after dark.", "Taksim Square", "landmark"),
    ],
)
def test_natural_features_and_landmarks_news_names(nlp: Language, text: str, name: str, feature: str) -> None:
    found = place(annotate(nlp, text), name)
    assert found.feature == feature and found.lat is not None and found.lon is not None


@pytest.mark.parametrize(
    "text",
    [
        "Militants overran the town of Kidal after a week of fighting.",
        "Fighting spread to the provincial capital, Kidal, on Sunday.",
    ],
)
def test_a_settlement_noun_makes_a_small_town_a_place(nlp: Language, text: str) -> None:
    kidal = place(annotate(nlp, text), "Kidal")
    assert (kidal.country, kidal.feature, kidal.is_actor) == ("MLI", "city", False)


def test_events_default_to_the_dateline_city_within_its_country(nlp: Language) -> None:
    doc = annotate(nlp, "ACCRA, March 3 - The cabinet approved the budget.\n\nOpposition lawmakers criticised it.")
    found = location_of(doc, "criticised")
    assert found is not None and found.name == "Accra"


def test_no_dateline_default_for_a_sentence_about_another_country(nlp: Language) -> None:
    doc = annotate(nlp, "SEOUL, Nov 6 - Officials met.\n\nNorth Korea fired two missiles into the sea.")
    assert location_of(doc, "fired") is None


def test_country_names_follow_the_actors_reading(pipeline: Any) -> None:
    """"Congo" in a story about Goma and Bukavu is the DR Congo for places as it is for actors."""
    text = "Rebels advanced towards Goma and Bukavu in eastern Congo, and Congo's army sent reinforcements."
    congo = [p for p in pipeline.extract(text).places if p.name and "Congo" in p.name]
    assert congo and all(p.country == "COD" for p in congo)


def test_title_case_dateline_with_its_date(nlp: Language) -> None:
    doc = annotate(nlp, "Chennai, Nov 14 (agency): The state government extended the school holidays.")
    dateline = place(doc, "Chennai")
    assert (dateline.country, dateline.is_actor) == ("IND", False)
    assert find_dateline("Monday, Nov 14 - Markets opened lower.") is not None  # shape only; not a place
    assert not annotate(nlp, "Monday, Nov 14 - Markets opened lower.")._.accord_places


def test_the_dateline_country_decides_between_namesakes(nlp: Language) -> None:
    doc = annotate(nlp, "KARACHI, June 4 - Floodwater swept through Hyderabad overnight, officials said.")
    assert place(doc, "Hyderabad").country == "PAK"


def test_transliterated_names_match_without_their_marks(nlp: Language) -> None:
    doc = annotate(nlp, "Fighting went on in Afrin, and protesters marched in Hama.")
    assert place(doc, "Afrin").country == "SYR"
    assert place(doc, "Hama").country == "SYR"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Syrian government jets bombed Douma overnight.", "Dūmā"),  # GeoNames keeps "Douma" as an alternate
        ("Syrian rebels seized Manbij on Sunday.", "Manbij"),  # a town the small model calls a PRODUCT
        ("Fighting raged in Jarablus, near the Syrian border, on Sunday.", "Jarābulus"),
    ],
)
def test_a_town_standing_where_only_a_place_can_in_an_article_country(nlp: Language, text: str, name: str) -> None:
    found = place(annotate(nlp, text), name)
    assert (found.country, found.feature, found.is_actor) == ("SYR", "city", False)


def test_a_mislabelled_name_is_no_town_of_a_country_the_article_is_not_about(nlp: Language) -> None:
    doc = annotate(nlp, "Israeli jets attacked Hamas in Gaza on Sunday.")
    assert [p.text for p in doc._.accord_places if p.country == "DEU"] == []  # "Hamas" spells a German town too


def test_a_facility_named_after_a_city_is_a_landmark_there(nlp: Language) -> None:
    doc = annotate(nlp, "Upon landing at Manchester airport, the British man was detained by police.")
    airport = place(doc, "Manchester airport")
    assert (airport.country, airport.feature, airport.is_actor) == ("GBR", "landmark", False)


SET_IN_KIRKUK = ("Hundreds marched through Kirkuk on Monday. Shops in Kirkuk stayed shut all day.\n\n"
                 "By evening the streets of Kirkuk were empty.\n\nLate at night soldiers fired on the crowd.")


def on_the_ground(doc: Doc, word: str) -> Place | None:
    """The location of the first token written ``word``, told as an act on the ground of the story's time."""
    token = next(t for t in doc if t.text == word)
    return event_location(EventWords.of(token), PLACES.get(doc) or [], of_the_day=False, in_the_setting=True)


def test_an_act_on_the_ground_told_without_a_place_happens_where_the_story_is_set(nlp: Language) -> None:
    doc = annotate(nlp, SET_IN_KIRKUK)
    found = on_the_ground(doc, "fired")
    assert found is not None and found.name == "Kirkuk"
    assert location_of(doc, "fired") is None  # not an act on the ground (a call, a deal): the story says nowhere


def test_no_setting_in_a_story_that_names_several_places_alike(nlp: Language) -> None:
    doc = annotate(nlp, "Hundreds marched through Kirkuk and Mosul on Monday. Shops in Kirkuk stayed shut, and so "
                        "did those in Mosul.\n\nThe streets of Kirkuk and Mosul were empty.\n\n"
                        "Late at night soldiers fired on the crowd.")
    assert on_the_ground(doc, "fired") is None


def test_no_setting_before_the_story_names_it(nlp: Language) -> None:
    doc = annotate(nlp, "Soldiers fired on a crowd overnight. Hundreds had marched through Kirkuk on Monday. "
                        "Shops in Kirkuk stayed shut.\n\nBy evening the streets of Kirkuk were empty.")
    assert on_the_ground(doc, "fired") is None


def test_a_place_the_clause_names_beats_the_setting(nlp: Language) -> None:
    doc = annotate(nlp, SET_IN_KIRKUK.replace("fired on the crowd.", "fired on a crowd in Erbil."))
    found = on_the_ground(doc, "fired")
    assert found is not None and found.name == "Erbil"


def test_a_sentence_naming_only_the_setting_elsewhere_keeps_it(nlp: Language) -> None:
    doc = annotate(nlp, SET_IN_KIRKUK.replace("soldiers fired on the crowd.",
                                              "soldiers fired on the crowd, and the hospitals of Kirkuk soon filled."))
    found = on_the_ground(doc, "fired")
    assert found is not None and found.name == "Kirkuk"


def test_a_place_naming_a_thing_does_not_move_the_event_from_the_setting(nlp: Language) -> None:
    doc = annotate(nlp, SET_IN_KIRKUK.replace("soldiers fired on the crowd.",
                                              "soldiers fired on marchers waving Syria flags."))
    found = on_the_ground(doc, "fired")
    assert found is not None and found.name == "Kirkuk"



def test_a_surname_referring_back_to_a_person_is_no_town(pipeline: Any) -> None:
    """"Senator Hillary Clinton ... attacked Clinton": the surname of a person the text named in full is that
    person, not one of the towns that bear the name, and places no event."""
    extraction = pipeline.extract("Senator Hillary Clinton toured a factory in Ohio. Last week a rival attacked "
                                  "Clinton over trade.", "2016-03-01")
    assert [p.name for p in extraction.places] == ["Ohio"]
    attacks = [e for e in extraction.events if e.trigger.text == "attacked"]
    assert attacks and all(e.location is None for e in attacks)


def test_a_country_name_opening_a_persons_mention_keeps_its_country(pipeline: Any) -> None:
    """"Switzerland's Trump" is an American's nickname: a person's country is no reading of the country name
    that opens the mention, which stays Switzerland there and elsewhere."""
    extraction = pipeline.extract("Critics of Switzerland's Trump met in Geneva. Switzerland will vote in June.",
                                  "2016-03-01")
    assert {p.country for p in extraction.places if p.text == "Switzerland"} == {"CHE"}


STORY_IN_KIRKUK = ("Hundreds marched through Kirkuk on Monday. Shops in Kirkuk stayed shut all day.\n\n"
                   "By evening the streets of Kirkuk were empty.\n\n")


def located_in_story(pipeline: Any, sentence: str, trigger: str) -> str | None:
    events = [e for e in pipeline.extract(STORY_IN_KIRKUK + sentence, "2024-03-05").events
              if e.trigger.text == trigger and e.trigger.start >= len(STORY_IN_KIRKUK)]
    assert events, f"no event {trigger!r}"
    return events[0].location.name if events[0].location else None


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # the perfect: at an unstated time, anywhere
        ("Soldiers have fired on crowds many times over the past decade.", "fired"),
        # a relative clause describing a participant in the perfect tells its history
        ("The militia, which has fought the army for a decade, took part in the march.", "fought"),
        # an adverb of an earlier time
        ("Years ago soldiers fired on a crowd of students.", "fired"),
        ("Residents said gunmen who had attacked a convoy were hiding nearby.", "attacked"),
        # the perfect marked for a span, or with no tense of its own
        ("Gunmen have been firing on the crowds.", "firing"),
        ("Veterans who have fought the militia joined the march.", "fought"),
        ("Soldiers are reported to have fired on a crowd.", "fired"),
        # past the lede, an undated plain perfect sums up the actors' past as often as it tells the news there
        ("Police have arrested dozens of protesters, residents said.", "arrested"),
    ],
)
def test_an_act_told_as_background_is_not_placed_where_the_story_is_set(unfiltered_pipeline: Any, sentence: str,
                                                                       trigger: str) -> None:
    assert located_in_story(unfiltered_pipeline, sentence, trigger) is None


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Late at night soldiers fired on the crowd.", "fired"),
        # a habit of the present, a participant described in the simple past: the setting's own
        ("Snipers shoot at anyone who tries to cross the bridge.", "shoot"),
        ("Late at night a gunman who fired on the crowd was arrested.", "fired"),
        # an event noun happens where the story is set, whatever the tense of the verb telling of it
        ("The clashes that have followed the army's incursion into the town have killed dozens.", "incursion"),
    ],
)
def test_the_story_s_own_acts_stay_where_it_is_set(unfiltered_pipeline: Any, sentence: str, trigger: str) -> None:
    assert located_in_story(unfiltered_pipeline, sentence, trigger) == "Kirkuk"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Two men were killed in a shooting at the Tulsa mall.", "killed", "Tulsa"),
        ("Police arrested two men outside the Leeds mosque.", "arrested", "Leeds"),
        ("Gunmen stormed a Peshawar school on Friday.", "stormed", "Peshawar"),
    ],
)
def test_a_town_naming_the_site_of_the_event_is_where_it_happened(pipeline: Any, text: str, trigger: str,
                                                                  expected: str) -> None:
    """"at the Tulsa mall", "a Peshawar school": a town's name before a noun of a site or building picks out
    one in that town, as "at Algiers airport" does."""
    events = [e for e in pipeline.extract(text, "2024-03-05").events if e.trigger.text == trigger]
    assert events and events[0].location is not None and events[0].location.name == expected
