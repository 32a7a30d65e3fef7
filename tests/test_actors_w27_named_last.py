"""A phrase naming two people: a person's name (or possessive) before a word for someone by office or tie, then a
name ending the phrase ('Donald Trump campaign manager Corey Lewandowski', 'Obama adviser Jo Marsh'). The head is
the person named last, as in 'the campaign manager of Donald Trump'; the first only says whose they are. A person
the knowledge base does not know takes the word's sector and the owner's country. Phrases and sentences written
for these tests (the people after the word are fictional where the knowledge base must not know them)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from actor_helpers import actor_runner, only_with_text

_actors = actor_runner("2016-05-10")


@pytest.mark.parametrize(("phrase", "name"), [
    ("Donald Trump campaign manager Corey Lewandowski", "Corey Lewandowski"),  # both known: the last
    ("Barack Obama adviser Zelda Quarrington", "Zelda Quarrington"),  # the last unknown
    ("Clinton spokesman Hamish Pellow", "Hamish Pellow"),  # a bare surname first
    ("Trump's campaign manager Hamish Pellow", "Hamish Pellow"),  # a possessive first
    ("Obama administration official Zelda Quarrington", "Zelda Quarrington"),  # a body's word between
    ("Merkel's spokesman Steffen Seibert", "Steffen Seibert"),  # a possessive the knowledge base reads by surname
])
def test_the_person_named_last_after_the_word_is_the_head(resolver: ActorResolver, phrase: str, name: str) -> None:
    found = resolver.resolve(phrase, "2016-05-10")
    assert found is not None, phrase
    assert (found.actor.name, found.actor.kind) == (name, "person")


def test_an_unknown_person_after_the_word_takes_its_sector_and_the_owners_country(resolver: ActorResolver) -> None:
    found = resolver.resolve("Barack Obama adviser Zelda Quarrington", "2016-05-10")
    assert found is not None
    assert (found.actor.name, found.actor.country, found.actor.sector) == ("Zelda Quarrington", "USA", "GOV")


@pytest.mark.parametrize(("phrase", "name"), [
    ("President Barack Obama", "Barack Obama"),  # a title before one name: no second person
    ("former Secretary of State Hillary Clinton", "Hillary Clinton"),
])
def test_one_person_with_a_title_is_unchanged(resolver: ActorResolver, phrase: str, name: str) -> None:
    found = resolver.resolve(phrase, "2016-05-10")
    assert found is not None
    assert found.actor.name == name


def test_a_possessive_person_word_with_no_name_after_stays_the_served_group(resolver: ActorResolver) -> None:
    found = resolver.resolve("Obama aides", "2016-05-10")
    assert found is not None
    assert (found.actor.name, found.actor.country, found.actor.sector) == (None, "USA", "GOV")


@pytest.mark.parametrize(("text", "phrase", "name"), [
    ("Barack Obama adviser Zelda Quarrington said the plan was dead.", "Barack Obama adviser Zelda Quarrington",
     "Zelda Quarrington"),
    ("Donald Trump campaign manager Corey Lewandowski told reporters the rally would go ahead.",
     "Donald Trump campaign manager Corey Lewandowski", "Corey Lewandowski"),
])
def test_in_a_sentence_the_person_named_last(actors_nlp: Language, text: str, phrase: str, name: str) -> None:
    actor = only_with_text(_actors(actors_nlp, text), phrase)
    assert (actor.name, actor.country) == (name, "USA")


def test_former_before_the_owner_makes_the_named_person_a_former_holder(resolver: ActorResolver) -> None:
    found = resolver.resolve("former Obama adviser Zelda Quarrington", "2016-05-10")
    assert found is not None
    assert (found.actor.name, found.actor.country, found.actor.sector) == ("Zelda Quarrington", "USA", "ELI")


def test_a_pronoun_after_a_gerund_of_the_object_is_not_the_object(actors_nlp: Language) -> None:
    # 'accused X of grabbing her': the grabbing is X's act, so 'her' is someone else (the named manager, whose
    # given name says no gender, must not take it)
    text = ("Reporter Jo Marsh accused Donald Trump campaign manager Corey Lewandowski of shoving her outside a "
            "hotel in Ohio.")
    actors = _actors(actors_nlp, text)
    assert only_with_text(actors, "her").name == "Jo Marsh"
