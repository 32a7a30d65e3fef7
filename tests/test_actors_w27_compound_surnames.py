"""A surname of two words names again the person the story named in full with it ('Ellison Park'
after 'Laura Ellison Park', 'Duarte Ruiz' after 'Maria Elena Duarte Ruiz'), with that person's record and
the pronouns after it; another given name before a shared surname ('Tom Sanders' after 'Bernie Sanders') still
makes someone else."""

from __future__ import annotations

from spacy.language import Language

from actor_helpers import actor_runner, with_text

_actors = actor_runner("2019-05-10")


def test_a_two_word_surname_names_the_person_named_in_full(actors_nlp: Language) -> None:
    text = ("Party chair Laura Ellison Park opened the convention on Monday. "
            "Ellison Park said she would not resign.")
    actors = _actors(actors_nlp, text)
    assert [a.name for a in with_text(actors, "Ellison Park")] == ["Laura Ellison Park"]
    assert {a.sector for a in with_text(actors, "Ellison Park")} == {"PTY"}
    assert [a.name for a in with_text(actors, "she")] == ["Laura Ellison Park"]


def test_a_double_surname_keeps_the_description_of_the_full_name(actors_nlp: Language) -> None:
    text = ("Maria Elena Duarte Ruiz, a Peruvian lawyer, filed the suit in Lima. "
            "Duarte Ruiz said the court must act quickly.")
    found = with_text(_actors(actors_nlp, text), "Duarte Ruiz")
    assert [(a.name, a.country, a.sector) for a in found] == [("Maria Elena Duarte Ruiz", "PER", "JUD")]


def test_another_given_name_before_a_shared_surname_is_someone_else(actors_nlp: Language) -> None:
    text = ("Senator Bernie Sanders spoke in Vermont on Friday. "
            "Tom Sanders, a farmer from Ohio, said he had never voted.")
    toms = [a for a in _actors(actors_nlp, text) if "Tom Sanders" in a.text]
    assert toms  # the farmer is tagged, or the next line would hold of no one
    assert all(a.name != "Bernie Sanders" for a in toms)


def test_a_full_name_is_not_read_as_the_end_of_a_longer_one(actors_nlp: Language) -> None:
    text = ("Broadway Star Norbert Leo Butz opened the festival. "
            "Norbert Leo Butz, 49, said he had waited years for the part.")
    found = with_text(_actors(actors_nlp, text), "Norbert Leo Butz, 49")
    assert [a.name for a in found] == ["Norbert Leo Butz"]
