"""Places that are not actors: an unknown name the resolver guessed to be a person or a body, which the
gazetteer knows as a town or province, standing where only a place stands (sentences written for these tests)."""

from __future__ import annotations

from spacy.language import Language

from actor_helpers import actor_runner

_actors = actor_runner("2024-03-01")


def test_a_town_after_a_place_preposition_is_no_actor(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Protesters gathered near Antakya on Sunday.")
    assert [a.text for a in actors] == ["Protesters"]


def test_a_surname_of_a_known_person_stays_an_actor(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Barack Obama spoke on Monday. Later, critics of Obama said the plan had failed.")
    assert [a.text for a in actors if a.rule == "surname-back-reference"] == ["Obama"]
