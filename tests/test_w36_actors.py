"""Wave 36, branch w36-actors: actor mentions of political news. 'the Clintons' after Hillary and Bill Clinton is
their family; the group-name words and the government's own sector are data (review of wave 35, finding 9). Each
rule with sentences where it must not fire. Names, phrases and sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from accord.actors import ActorResolver
from accord.actors.kb import KnowledgeBase
from accord.events.tables import Tables
from actor_helpers import actor_runner, only_with_text

_actors = actor_runner("2016-05-02")


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
