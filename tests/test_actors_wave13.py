"""Actors on unseen news (issue 19, wave 13): a gendered pronoun points back to a person it can stand for, a
diplomat's '<title> to <country>' says where they serve rather than whose they are, and 'former' before a
title makes an elite."""

from __future__ import annotations

from spacy.language import Language

from accord.actors import ActorResolver
from accord.actors.genders import FEMININE, MASCULINE, agrees, shared_genders
from accord.records import Actor
from actor_helpers import actor_runner, with_text

_actors = actor_runner("2016-03-22")


def _pronoun_names(actors: list[Actor], pronoun: str) -> list[str | None]:
    return [a.name for a in actors if a.text == pronoun]


# --- gender: the text's titles and words, and common given names ---------------------------------------------------


def test_genders_from_titles_words_and_given_names() -> None:
    genders = shared_genders()
    assert genders.of_mention("Mrs. Okafor") == FEMININE
    assert genders.of_mention("Mr Okafor") == MASCULINE
    assert genders.of_mention("Dina Okafor, the governor's wife") == FEMININE
    assert genders.of_mention("Tomas Reyes, Ms. Okafor's adviser") is None  # the possessor is someone else
    assert genders.of_name("Hillary Okafor") == FEMININE
    assert genders.of_name("Donald Okafor") == MASCULINE
    assert genders.of_name("Okafor") is None  # one word may be a surname
    assert agrees(FEMININE, None) and agrees(None, MASCULINE) and not agrees(FEMININE, MASCULINE)


def test_she_passes_over_a_man_named_last(actors_nlp: Language) -> None:
    text = "Linda Marsh criticised Donald Pryce on Monday. She said the plan would fail."
    assert _pronoun_names(_actors(actors_nlp, text), "She") == ["Linda Marsh"]


def test_he_passes_over_a_woman_who_is_the_subject(actors_nlp: Language) -> None:
    text = "Senator Peter Vance met Governor Susan Hale, who said he had asked for more money."
    assert _pronoun_names(_actors(actors_nlp, text), "he") == ["Peter Vance"]


def test_a_title_in_the_text_tells_the_gender(actors_nlp: Language) -> None:
    text = "Ms. Adebayo met Mr. Kowalczyk in Warsaw. Later she told reporters the talks were useful."
    assert _pronoun_names(_actors(actors_nlp, text), "she") == ["Adebayo"]


def test_a_person_of_unknown_gender_fits_either_pronoun(actors_nlp: Language) -> None:
    text = "Dele Okafor criticised the plan on Monday. She said it would fail."
    assert _pronoun_names(_actors(actors_nlp, text), "She") == ["Dele Okafor"]


# --- '<title> to <country>': where a diplomat serves -------------------------------------------------------------


def test_an_ambassador_to_a_country_is_not_of_that_country(resolver: ActorResolver) -> None:
    found = resolver.resolve("the ambassador to Britain", "2019-11-20")
    assert found is not None and (found.actor.country, found.actor.sector) == (None, "GOV")
    found = resolver.resolve("the Chilean envoy to Peru", "2019-11-20")
    assert found is not None and (found.actor.country, found.actor.sector) == ("CHL", "GOV")


def test_an_adviser_to_a_country_still_takes_the_tail(resolver: ActorResolver) -> None:
    found = resolver.resolve("a military adviser to Ukraine", "2019-11-20")
    assert found is not None and found.actor.country == "UKR"


def test_the_name_after_a_title_to_a_country_is_the_titles_holder(actors_nlp: Language) -> None:
    text = "Chile's ambassador to Britain Ana Ortiz Vega said the talks had failed."
    actors = _actors(actors_nlp, text, "2019-11-20")
    person = next(a for a in actors if a.name == "Ana Ortiz Vega")
    assert (person.country, person.sector) == ("CHL", "GOV")


def test_a_described_diplomat_keeps_no_country_of_the_host(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Tom Reyes, then ambassador to Israel, recalled the meeting.", "2019-11-20")
    person = next(a for a in actors if a.name == "Tom Reyes")
    assert person.country != "ISR" and person.sector == "GOV"


# --- 'former' before a title -----------------------------------------------------------------------------------------


def test_former_before_a_title_makes_an_elite(resolver: ActorResolver) -> None:
    for phrase, country in (("a former US ambassador", "USA"), ("the former foreign minister", None),
                            ("former Kenyan officials", "KEN")):
        found = resolver.resolve(phrase, "2019-11-20")
        assert found is not None and (found.actor.country, found.actor.sector) == (country, "ELI"), phrase


def test_former_leaves_non_state_groups_alone(resolver: ActorResolver) -> None:
    found = resolver.resolve("former rebels", "2019-11-20")
    assert found is not None and found.actor.sector == "REB"


def test_a_person_described_as_a_former_envoy_is_an_elite(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Rob Fenn, a former US ambassador to Syria, said the war was lost.", "2019-11-20")
    person = with_text(actors, "Rob Fenn, a former US ambassador to Syria")[0]
    assert (person.country, person.sector) == ("USA", "ELI")


# --- 'X's adviser', 'the minister's wife': someone else than X ----------------------------------------------------


def test_a_persons_adviser_is_someone_else_of_their_country(resolver: ActorResolver) -> None:
    found = resolver.resolve("Merkel's spokesman", "2015-11-10")
    assert found is not None and found.actor.name != "Angela Merkel"
    assert (found.actor.country, found.actor.sector, found.actor.kind) == ("DEU", "GOV", "group")


def test_a_persons_former_adviser_is_an_elite(resolver: ActorResolver) -> None:
    found = resolver.resolve("Merkel's former chief economic adviser", "2015-11-10")
    assert found is not None and (found.actor.country, found.actor.sector) == ("DEU", "ELI")


def test_a_persons_forces_and_government_stay_the_states(resolver: ActorResolver) -> None:
    for phrase, sector in (("Assad's forces", "MIL"), ("Scholz's government", "GOV")):
        found = resolver.resolve(phrase, "2023-01-10")
        assert found is not None and (found.actor.country, found.actor.sector) != (None, None)
        assert found.actor.sector == sector, phrase


def test_a_named_aide_described_by_the_possessor_keeps_their_own_name(actors_nlp: Language) -> None:
    text = "Lena Sorel, Merkel's former chief economic adviser, said the plan would fail."
    person = next(a for a in _actors(actors_nlp, text, "2015-11-10") if a.text.startswith("Lena Sorel"))
    assert (person.name, person.country, person.sector) == ("Lena Sorel", "DEU", "ELI")


def test_a_relative_after_a_possessive_is_a_private_person(actors_nlp: Language) -> None:
    text = "Dana Coss, the prime minister's wife, opened the hospital."
    person = next(a for a in _actors(actors_nlp, text, "2015-11-10") if a.text.startswith("Dana Coss"))
    assert person.sector == "CVL"


# --- a back-reference keeps the person's country ------------------------------------------------------------------


def test_a_surname_keeps_the_persons_country_whatever_its_sentence_names(actors_nlp: Language) -> None:
    text = ("Kenyan police arrested two men on Monday. Kenyan officials said the men were armed. Kenya's interior "
            "ministry confirmed it. Lt. Col. Dan Okello testified on Tuesday. Okello had raised concerns over "
            "Uganda policy. Kenyan ministers agreed.")
    actors = _actors(actors_nlp, text, "2019-11-20")
    assert {a.country for a in actors if a.name == "Dan Okello"} == {"KEN"}


def test_the_person_whose_aide_it_is_is_named_too(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Merkel's spokesman said the talks had failed.", "2015-11-10")
    assert [a.name for a in actors if a.text == "Merkel"] == ["Angela Merkel"]
    aide = next(a for a in actors if a.text == "Merkel's spokesman")
    assert (aide.name, aide.country, aide.sector) == (None, "DEU", "GOV")


def test_a_name_described_by_its_tie_to_a_known_person_keeps_its_own_name(actors_nlp: Language) -> None:
    text = ("Hillary Clinton spoke on Monday. Dan Ferrow, a former aide to Mr. Obama, said the plan was sound. "
            "Clinton campaign chairman Lou Abend agreed.")
    actors = _actors(actors_nlp, text, "2016-05-18")
    for name in ("Dan Ferrow", "Lou Abend"):
        person = next(a for a in actors if a.text.startswith(name) or a.text.endswith(name))
        assert (person.name, person.country) == (name, "USA"), name


# --- 'Teachers Union president X': the head of a body the text names ----------------------------------------------


def test_the_head_of_a_named_body_takes_its_sector(resolver: ActorResolver) -> None:
    found = resolver.resolve("Harwick Teachers Union president Jo Bell", "2019-11-19")
    assert found is not None
    assert (found.actor.name, found.actor.sector, found.actor.organisation) == ("Jo Bell", "LAB",
                                                                                "Harwick Teachers Union")
    found = resolver.resolve("Senate President Jo Bell", "2019-11-19")
    assert found is not None and found.actor.sector == "LEG"


def test_a_bare_title_before_a_name_is_unchanged(resolver: ActorResolver) -> None:
    found = resolver.resolve("President Jo Bell", "2019-11-19")
    assert found is not None and (found.actor.sector, found.rule) == ("GOV", "title+name")
