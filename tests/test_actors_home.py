"""The story's home country: unmarked descriptions and bare names in a story about one country's affairs."""

from __future__ import annotations

from spacy.language import Language

from accord.actors.country_from_context import home_country, lend_home_country
from accord.records import Actor
from actor_helpers import actor_runner, with_text

_actors = actor_runner("2024-03-01")


def _one(actors: list[Actor], text: str) -> Actor:
    return with_text(actors, text)[0]


def test_home_country_needs_a_majority() -> None:
    assert home_country(["USA", "USA", "FRA", None]) == "USA"
    assert home_country(["USA", "FRA"]) is None
    assert home_country(["USA", "USA", "FRA", "DEU"]) is None
    assert home_country(["USA"]) is None  # named once: no story's setting
    assert home_country([None]) is None


def test_lending_spares_international_and_cross_border_sectors() -> None:
    story = [Actor("Ottawa", country="CAN", sector="GOV", kind="country"),
             Actor("Canadian police", country="CAN", sector="COP", kind="group")]
    court = Actor("the court", sector="JUD", kind="organisation")
    rebels = Actor("the rebels", sector="REB", kind="group")
    agency = Actor("the agency", sector="IGO", kind="igo")
    envoy = Actor("the ambassador", sector="GOV", role="ambassador", kind="person")
    kidnappers = Actor("the kidnappers", sector="CRM", kind="group")
    suspect = Actor("Jon Hale", name="Jon Hale", sector="CRM", kind="person")
    lent = lend_home_country([*story, court, rebels, agency, envoy, kidnappers, suspect], ["CAN", "CAN"],
                             frozenset({"ambassador"}), civil_sectors=frozenset())
    assert [a.country for a in lent[2:]] == ["CAN", None, None, None, None, "CAN"]
    assert lent[2].rule is not None and lent[2].rule.endswith("home-country")


def test_unmarked_descriptions_take_the_stories_country(actors_nlp: Language) -> None:
    text = ("The Kenyan government announced new fuel taxes on Monday. Kenyan police dispersed protesters in "
            "Nairobi, and Kenyan lawmakers said the measure would be reviewed. The court will rule next week.")
    court = _one(_actors(actors_nlp, text), "The court")
    assert (court.country, court.sector) == ("KEN", "JUD")


def test_a_story_split_between_countries_lends_nothing(actors_nlp: Language) -> None:
    text = ("The Kenyan government met Ugandan officials on Monday. Ugandan and Kenyan ministers signed a "
            "deal. The court will rule next week.")
    court = _one(_actors(actors_nlp, text), "The court")
    assert court.country is None


# --- described rebels fight where the story is set ---------------------------------------------------------------

def test_described_rebels_take_the_stories_setting(actors_nlp: Language) -> None:
    text = ("American officials said the United States would send more advisers to Afghanistan. "
            "The Pentagon said two soldiers were wounded in Afghanistan on Monday. "
            "Washington blamed the insurgents, and a rebel commander said his fighters had fought in Afghanistan "
            "for years.")
    actors = _actors(actors_nlp, text)
    for mention in ("the insurgents", "a rebel commander"):
        assert _one(actors, mention).country == "AFG", (mention, [(a.text, a.country) for a in actors])


def test_described_rebels_take_the_home_country_without_a_setting(actors_nlp: Language) -> None:
    text = ("The Colombian army said on Friday that rebels had attacked a base. Colombia's defence ministry "
            "said the guerrillas fled, and Colombian police arrested two of them.")
    actors = _actors(actors_nlp, text)
    assert _one(actors, "rebels").country == "COL"


def test_a_named_transnational_group_keeps_no_country(actors_nlp: Language) -> None:
    text = ("British police said on Friday that a Leeds man had joined Islamic State. The Home Office said "
            "British courts would try him, and British officials said Islamic State had recruited others.")
    actors = _actors(actors_nlp, text)
    assert all(a.country is None for a in actors if a.name == "Islamic State"), \
        [(a.text, a.name, a.country) for a in actors]


def test_a_story_set_in_one_country_lends_it_to_unmarked_institutions(actors_nlp: Language) -> None:
    # the actors name no one country often enough; the places do
    text = ("Shelling hit two towns in Yemen on Monday, and more fighting was reported in Yemen on Tuesday. "
            "The regime denied that its forces had fired, and aid groups said food was running out in Yemen.")
    actors = _actors(actors_nlp, text)
    assert _one(actors, "The regime").country == "YEM"


def test_the_setting_is_not_lent_to_people_or_to_those_from_elsewhere(actors_nlp: Language) -> None:
    text = ("Shelling hit two towns in Yemen on Monday, and more fighting was reported in Yemen on Tuesday. "
            "Western diplomats said food was running out in Yemen, and one diplomat said talks would resume.")
    actors = _actors(actors_nlp, text)
    assert _one(actors, "Western diplomats").country is None
    assert _one(actors, "one diplomat").country is None


def test_descriptions_from_elsewhere_take_no_home_country(actors_nlp: Language) -> None:
    text = ("American officials said on Monday that the US would send aid. The White House said the US "
            "would act, and foreign governments and the courts were told.")
    actors = _actors(actors_nlp, text)
    assert _one(actors, "foreign governments").country is None
    assert _one(actors, "the courts").country == "USA"
