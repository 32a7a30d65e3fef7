"""Actors on unseen news (issues 19 and 20, wave 16b): a singular definite description of a person the article
named earlier ('the senator', 'the candidate', 'the Democratic nominee') is that person — the nearest one the
article describes so, by title, apposition or role; plural and indefinite mentions, and descriptions that fit
no one named, stay as they were."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from accord.actors.described_people import DESCRIPTION_RULE
from accord.descriptions import Descriptions
from accord.records import Actor
from actor_helpers import actor_runner, only_with_text

_actors = actor_runner("2016-04-08")


def _name_of(actors: list[Actor], text: str) -> str | None:
    return only_with_text(actors, text).name


@pytest.mark.parametrize(("text", "description", "name"), [
    ("Senator Maria Delgado spoke in Dayton. Governor John Brooks replied on Tuesday. The senator said the bill "
     "would fail.", "The senator", "Maria Delgado"),
    ("Republican presidential candidate Tom Harlan visited Iowa on Tuesday. He met farmers in a barn. The "
     "candidate promised lower taxes.", "The candidate", "Tom Harlan"),
    ("Ann Lee, the Democratic candidate, spoke in Ohio. Crowds cheered. The candidate said taxes would rise.",
     "The candidate", "Ann Lee"),
    ("General Tom Harlan visited the base. Crowds cheered. The general mocked his critics.", "The general",
     "Tom Harlan"),
])
def test_a_description_is_the_person_described_so(actors_nlp: Language, text: str, description: str,
                                                  name: str) -> None:
    actor = only_with_text(_actors(actors_nlp, text), description)
    assert (actor.name, actor.kind) == (name, "person")
    assert actor.rule == DESCRIPTION_RULE


def test_the_person_keeps_their_country_and_sector(actors_nlp: Language) -> None:
    text = ("Senator Maria Delgado of Ohio spoke on Monday. Governor John Brooks replied. Aides met for hours. "
            "The senator said the bill would fail.")
    actors = _actors(actors_nlp, text)
    senator = only_with_text(actors, "The senator")
    assert (senator.name, senator.country, senator.sector) == ("Maria Delgado", "USA", "LEG")


def test_of_two_people_so_described_the_nearer_one(actors_nlp: Language) -> None:
    text = ("Senator Maria Delgado spoke first. Senator John Brooks answered her later. Reporters waited outside. "
            "The senator left by the back door.")
    assert _name_of(_actors(actors_nlp, text), "The senator") == "John Brooks"


def test_a_modifier_picks_the_one_it_fits(actors_nlp: Language) -> None:
    text = ("Ann Lee, the Democratic candidate, debated Tom Harlan, the Republican candidate, in Ohio. Voters "
            "watched closely. The Democratic candidate attacked his record.")
    assert _name_of(_actors(actors_nlp, text), "The Democratic candidate") == "Ann Lee"


@pytest.mark.parametrize(("text", "mention"), [
    ("Senator Maria Delgado and Senator John Brooks met on Monday. A senator said the bill would fail.",
     "A senator"),
    ("Senator Maria Delgado and Senator John Brooks met on Monday. The senators said the bill would fail.",
     "The senators"),
    ("Governor John Brooks spoke on Monday. Crowds gathered. The senator said the bill would fail.",
     "The senator"),
])
def test_an_indefinite_plural_or_unfitting_description_names_no_one(actors_nlp: Language, text: str,
                                                                     mention: str) -> None:
    actor = only_with_text(_actors(actors_nlp, text), mention)
    assert actor.name is None and actor.rule != DESCRIPTION_RULE


def test_a_word_of_a_name_is_no_description(actors_nlp: Language) -> None:
    """'the bill' after 'Senator Bill Ward': for any mention, only the words said of a name count ('senator'),
    never the name's own words (a speaker's description may still use them: the quote stage's reading)."""
    doc = actors_nlp("Senator Bill Ward spoke on Monday. Crowds gathered. The bill passed the Senate.")
    descriptions = Descriptions(doc, {})
    bill = next(t for t in doc if t.lower_ == "bill" and t.i > 5)
    assert descriptions.antecedent(bill, described=True) is None
    assert descriptions.antecedent(bill) is not None  # the quote stage's reading is unchanged


def test_a_title_the_article_gives_no_one_keeps_its_holder(actors_nlp: Language) -> None:
    """Nobody named is described as president: the knowledge base's holder stays."""
    text = "Senator Maria Delgado met Iranian officials in Tehran. The Iranian president said no."
    assert _name_of(_actors(actors_nlp, text), "The Iranian president") == "Hassan Rouhani"


def test_a_former_holder_is_not_todays(actors_nlp: Language) -> None:
    """'former President X' named earlier is no antecedent of a 'the president' the knowledge base places."""
    text = "Former Iranian President Mahmoud Ahmadinejad spoke in Tehran. The Iranian president said no."
    assert _name_of(_actors(actors_nlp, text), "The Iranian president") == "Hassan Rouhani"


def test_lookup_explains_the_rule(resolver: ActorResolver) -> None:
    notes = resolver.explain("the senator")["notes"]
    assert any("description-back-reference" in note for note in notes)


def test_a_title_inside_another_persons_apposition_is_not_theirs(actors_nlp: Language) -> None:
    """'Jo Marsh, the sister of presidential candidate Ann Lee': 'candidate' describes Ann Lee, not Jo Marsh."""
    text = ("Jo Marsh, the sister of Democratic presidential candidate Ann Lee, wrote a book. Ann Lee praised it "
            "on Monday. The candidate often speaks of her family.")
    assert _name_of(_actors(actors_nlp, text), "The candidate") == "Ann Lee"


def test_a_surname_title_points_to_the_person_named_in_full(actors_nlp: Language) -> None:
    text = ("Ohio Gov. Rick Snyder spoke on Monday. Critics attacked Gov. Snyder at once. Reporters waited. "
            "The governor left early.")
    assert _name_of(_actors(actors_nlp, text), "The governor") == "Rick Snyder"


def test_an_abbreviated_title_describes_the_person(actors_nlp: Language) -> None:
    """'Gov.' is read as 'governor' from the shared words (data/words.yaml), the same words the quote stage's
    speakers are read with."""
    text = ("Gov. Ruth Okafor toured the flooded valley on Monday. Volunteers worked all night. The governor "
            "thanked them.")
    actor = only_with_text(_actors(actors_nlp, text), "The governor")
    assert (actor.name, actor.rule) == ("Ruth Okafor", DESCRIPTION_RULE)
