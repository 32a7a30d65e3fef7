"""Actors on unseen news (issue 19, wave 16): a title said of someone ('could become President', 'is elected
president') is no mention of whoever holds it; and a pronoun stands for a person named as an argument of a clause
rather than one named as a modifier ('Ward's booster', 'a Ward administration') or in an absolute 'with' phrase,
never for its own verb's subject ('Reed praised him'), and after a clause whose subject is no person, for the
subject of the clause coordinated with it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from accord.records import Actor
from actor_helpers import actor_runner

_actors = actor_runner("2016-04-08")


def _names(actors: list[Actor], text: str) -> list[str | None]:
    return [a.name for a in actors if a.text == text]


# --- a predicated title ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "title"), [
    ("How Maria Lopez Could Become President.", "President"),
    ("Mr. Sanders said Ms. Lopez is qualified to be president.", "president"),
    ("Mr. Sanders said that if Ms. Lopez is elected president, taxes will rise.", "president"),
    ("She would be an infinitely better president than any of them.", "an infinitely better president"),
    ("Ms. Lopez was named foreign minister in May.", "foreign minister"),
])
def test_a_title_said_of_someone_names_nobody(actors_nlp: Language, text: str, title: str) -> None:
    """A bare or indefinite title as the complement of 'be', 'become', 'elect', 'name' describes the subject or
    a role yet to be filled: never today's holder of the office, nor a mention of its own."""
    assert _names(_actors(actors_nlp, text), title) == []


def test_a_definite_title_in_a_cleft_still_names_someone(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "It was the president who ordered the strike.")
    assert [a.role for a in actors if a.text == "the president"] == ["President"]


def test_a_predicated_title_leaves_the_pronoun_to_the_person(actors_nlp: Language) -> None:
    """With the title gone, 'she' finds the woman of the sentence rather than the office's holder."""
    text = "Mr. Sanders said that if Hillary Clinton is elected president, she will raise taxes."
    assert _names(_actors(actors_nlp, text), "she") == ["Hillary Clinton"]


# --- which person a pronoun stands for ---------------------------------------------------------------------------

def test_a_possessor_in_a_predicate_is_no_antecedent(actors_nlp: Language) -> None:
    text = "Tom Reed is not only Bill Ward's biggest booster; he also acts as an adviser."
    assert _names(_actors(actors_nlp, text), "he") == ["Tom Reed"]


def test_a_name_modifying_a_noun_in_a_phrase_is_no_antecedent(actors_nlp: Language) -> None:
    text = ("Tom Reed met the press on Friday. Aides said he wanted a job in a future Ward administration, "
            "something he denied.")
    assert _names(_actors(actors_nlp, text), "he") == ["Tom Reed", "Tom Reed"]


def test_names_in_an_absolute_with_phrase_are_no_antecedent(actors_nlp: Language) -> None:
    text = ("As for Governor Dale, he spent a lot in the state. With Senator Hall and Senator Ward still in the "
            "race, he will not have the money.")
    assert [a.name for a in _actors(actors_nlp, text) if a.text == "he"] == ["Dale", "Dale"]


def test_a_possessor_binds_a_pronoun_inside_what_it_possesses(actors_nlp: Language) -> None:
    text = "Ann Cole spoke first. People said it reflected Mr. Ward's realization that his campaign was in trouble."
    assert _names(_actors(actors_nlp, text), "his") == ["Ward"]


def test_a_possessor_of_the_subject_stays_in_view(actors_nlp: Language) -> None:
    text = ("Omar Haddad worked for the firm for years. According to Paul Dunn, while Haddad's role was "
            "limited, it is unclear what clearances he held.")
    assert _names(_actors(actors_nlp, text), "he") == ["Omar Haddad"]


def test_an_object_pronoun_is_not_its_own_verbs_subject(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Bill Ward spoke on Monday. Tom Reed praised him.")
    assert _names(actors, "him") == ["Bill Ward"]


def test_a_coordinated_clause_with_no_person_as_subject_looks_to_the_first(actors_nlp: Language) -> None:
    text = "Mark Dale will keep his post, but the hiring of Peter Hall was seen as a demotion for him."
    assert _names(_actors(actors_nlp, text), "him") == ["Mark Dale"]


def test_the_nearest_argument_still_wins(actors_nlp: Language) -> None:
    """Nothing changes where the nearest person is named as an argument."""
    text = "Reporters asked Bill Ward whether he would run."
    assert _names(_actors(actors_nlp, text), "he") == ["Bill Ward"]


def test_a_possessor_deep_in_the_subject_stays_in_view(actors_nlp: Language) -> None:
    text = ("Tom Reed met Ann Cole. Many of Reed's claims since he declared for governor have come from "
            "dubious sources.")
    assert _names(_actors(actors_nlp, text), "he") == ["Tom Reed"]


@pytest.mark.parametrize("text", [
    "Since he declared for president, Mr. Reed has raised money.",
    "Mr. Reed, who served as minister for six years, resigned.",
])
def test_a_bare_title_after_for_or_as_names_nobody(actors_nlp: Language, text: str) -> None:
    assert [a for a in _actors(actors_nlp, text) if a.text in ("president", "minister")] == []


def test_a_headlines_bare_title_still_names_someone(actors_nlp: Language) -> None:
    """Headlines drop articles: 'For pope, ...' speaks of the pope."""
    actors = _actors(actors_nlp, "For pope, the visit is a test.")
    assert [a.role for a in actors if a.text == "pope"] == ["Pope"]

@pytest.mark.parametrize("phrase", ["the former Mexican president", "the former Russian president"])
def test_a_former_title_is_not_the_dates_holder(resolver: ActorResolver, phrase: str) -> None:
    """'the former Mexican president' in 2016 is a former holder, an elite: never the one in office then."""
    found = resolver.resolve(phrase, date="2016-02-08")
    assert found is not None and found.actor.sector == "ELI" and found.rule != "title-holder"


def test_a_title_without_former_is_still_the_dates_holder(resolver: ActorResolver) -> None:
    found = resolver.resolve("the Mexican president", date="2016-02-08")
    assert found is not None and found.rule == "title-holder" and found.actor.sector == "GOV"
