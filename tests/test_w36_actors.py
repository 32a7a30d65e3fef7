"""Wave 36, branch w36-actors: actor mentions of political news. A trade written right before a person's name
('actor Dale Fenwick', 'radio host Gil Marrow') gives the person its sector; leaders from before 1990 are known; the
group-name words and the government's own sector are data. Each rule with sentences where it must not fire.
Names, phrases and sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from accord.actors.kb import KnowledgeBase
from accord.events.tables import Tables
from actor_helpers import actor_runner, only_with_text

_actors = actor_runner("2016-05-02")


# --- a trade right before a person's name ---------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "mention", "sector"), [
    ("The film was praised by actor Dale Fenwick, who called it brave.", "actor Dale Fenwick", "ELI"),
    ("The rally on Sunday was joined by singer Ann Pruitt.", "singer Ann Pruitt", "ELI"),
    ("The endorsement came from conservative radio host Gil Marrow on Monday.", "conservative radio host Gil Marrow",
     "MED"),
])
def test_a_trade_before_a_name_gives_the_person_its_sector(actors_nlp: Language, sentence: str, mention: str,
                                                           sector: str) -> None:
    person = only_with_text(_actors(actors_nlp, sentence), mention)
    assert (person.kind, person.sector) == ("person", sector)


def test_a_later_surname_keeps_the_trade(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Listeners heard radio host Gil Marrow attack the plan. Marrow said it would fail.")
    assert only_with_text(actors, "Marrow").sector == "MED"


@pytest.mark.parametrize("sentence", [
    "State actors and host countries met in Geneva on Monday.",   # plurals, no name
    "The host nation Qatar praised the deal.",                      # a country after 'host'
    "The actor said the senator lied.",                             # no name after it
    "The thriller was praised by author Mira Lane.",                # a writer's trade does not say press or not
])
def test_near_miss_a_trade_word_without_a_persons_name_makes_no_person(actors_nlp: Language,
                                                                       sentence: str) -> None:
    actors = _actors(actors_nlp, sentence)
    assert not [a for a in actors if a.kind == "person" and a.sector in ("ELI", "MED")], actors


def test_near_miss_the_trade_word_as_a_surname_is_no_trade(actors_nlp: Language) -> None:
    person = only_with_text(_actors(actors_nlp, "Jo Singer said the deal failed."), "Jo Singer")
    assert person.sector == "CVL"


def test_near_miss_a_title_of_office_beats_the_trade(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "The bill's author, Sen. Dana Holloway, defended it.")
    assert only_with_text(actors, "Sen. Dana Holloway").sector == "LEG"


# --- leaders from before 1990 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "date", "name", "country", "sector"), [
    ("President Truman", "1950-06-30", "Harry Truman", "USA", "GOV"),
    ("Harry Truman", "2016-05-02", "Harry Truman", "USA", "ELI"),          # out of office on the date: an elite
    ("Nikita Khrushchev", "1962-10-24", "Nikita Khrushchev", "RUS", "GOV"),
    ("Prime Minister Attlee", "1948-01-01", "Clement Attlee", "GBR", "GOV"),
    ("Gerald Ford", "1970-01-01", "Gerald Ford", "USA", "LEG"),            # a Representative before the White House
])
def test_a_leader_before_1990_is_known_by_the_date(resolver: ActorResolver, phrase: str, date: str, name: str,
                                                   country: str, sector: str) -> None:
    found = resolver.resolve(phrase, date)
    assert found is not None
    assert (found.actor.name, found.actor.country, found.actor.sector) == (name, country, sector)


@pytest.mark.parametrize("phrase", ["Ford", "Johnson", "Begin", "Kennedy", "Wilson", "Heath"])
def test_near_miss_a_surname_shared_with_others_names_no_leader_of_before_1990(resolver: ActorResolver,
                                                                                phrase: str) -> None:
    found = resolver.resolve(phrase, "2016-05-02")
    assert found is None or found.actor.name not in (
        "Gerald Ford", "Lyndon B. Johnson", "Menachem Begin", "John F. Kennedy", "Harold Wilson", "Edward Heath")


# --- knowledge as data (review 35, finding 9) -----------------------------------------------------------------------


def test_the_group_name_words_are_read_from_the_data() -> None:
    kb = KnowledgeBase.load()
    assert {"of", "for", "against", "without"} <= kb.group_name_links
    assert {"the", "and", "&"} <= kb.group_name_joiners
    assert kb.group_name_sector == "NGO"


def test_a_group_name_takes_the_data_sector(resolver: ActorResolver) -> None:
    found = resolver.resolve("Parents Against Tall Fences", "2016-05-02")
    assert found is not None and (found.actor.sector, found.actor.name) == ("NGO", "Parents Against Tall Fences")


def test_near_miss_a_word_that_is_no_link_makes_no_group_name(resolver: ActorResolver) -> None:
    found = resolver.resolve("Parents Near Tall Fences", "2016-05-02")
    assert found is None or found.rule != "group-name"


def test_the_governments_own_sector_is_read_from_the_data(tables: Tables) -> None:
    assert tables.senses.government_sectors == frozenset({"GOV"})


# --- a counted group in the opening, its members named after --------------------------------------------------------


def test_the_names_after_an_opening_counted_group_are_its_members(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Two prison guards were charged on Friday with lying about their rounds. "
                                 "The guards, Ana Ruelle and Tom Ostrand, had slept at their desks. "
                                 "Ruelle, 33, denied it.")
    for mention in ("Ana Ruelle", "Tom Ostrand", "Ruelle"):
        assert only_with_text(actors, mention).sector == "COP", mention


def test_near_miss_names_the_text_describes_are_not_the_group(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Two senators criticized the plan on Monday. "
                                 "It was opposed by Ana Ruelle, a local teacher, and Tom Ostrand, a farmer.")
    assert only_with_text(actors, "Tom Ostrand, a farmer").sector == "AGR"


def test_near_miss_names_far_from_the_group_are_not_its_members(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Two prison guards were charged on Friday. Prosecutors said the men slept. "
                                 "Their lawyer Lina Haro spoke to reporters. Ana Ruelle and Tom Ostrand attended.")
    assert only_with_text(actors, "Tom Ostrand").sector == "CVL"


def test_near_miss_an_uncounted_group_names_no_members(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Prison guards were charged on Friday. "
                                 "Prosecutors said Ana Ruelle and Tom Ostrand had slept at their desks.")
    assert only_with_text(actors, "Tom Ostrand").sector == "CVL"


def test_near_miss_one_name_after_the_group_is_no_row(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Two prison guards were charged on Friday. Prosecutors said Ana Ruelle slept.")
    assert only_with_text(actors, "Ana Ruelle").sector == "CVL"


# --- a known family: 'the Clintons' ---------------------------------------------------------------------------------


def test_a_plural_surname_is_the_family_of_the_people_named(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Hillary Clinton spoke in Ohio, and Bill Clinton joined her. "
                                 "The Clintons later left for New York.")
    family = only_with_text(actors, "The Clintons")
    assert (family.kind, family.country, family.sector) == ("group", "USA", "ELI")


def test_near_miss_a_family_whose_members_differ_stays_private(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Barack Obama and Michelle Obama spoke. The Obamas stayed home.")
    assert only_with_text(actors, "The Obamas").sector == "CVL"


def test_near_miss_a_family_nobody_in_the_text_bears_stays_private(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "The Clintons left early. Nobody else was named.")
    assert only_with_text(actors, "The Clintons").sector == "CVL"


def test_near_miss_a_private_persons_family_stays_private(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Jo Hartley spoke. The Hartleys stayed home.")
    assert only_with_text(actors, "The Hartleys").sector == "CVL"
