"""Actors on unseen news (issue 19, wave 14): a quote's speaker keeps what the actor stage knows of the same
words, a body's name runs through the small words between its capitalised words, and whoever belongs to or
speaks for a group of private persons is one of them."""

from __future__ import annotations

import pytest

from accord.actors import ActorResolver
from accord.nlp import DEFAULT_STAGES
from accord.pipeline import Pipeline, PipelineOptions
from accord.records import Actor

# The quote stage and the stages it reads; the others are not needed here.
_STAGES = tuple(s for s in DEFAULT_STAGES if s in ("accord_actors_v1", "accord_quotes_v2"))


@pytest.fixture(scope="module")
def quote_pipeline() -> Pipeline:
    return Pipeline(PipelineOptions(stages=_STAGES))


def _speakers(pipeline: Pipeline, text: str) -> list[Actor]:
    extraction = pipeline.extract(text, published="2023-05-02")
    return [q.speaker for q in extraction.quotes if q.speaker is not None]


# --- a quote's speaker and the actor stage ---------------------------------------------------------------------


def test_a_nationality_the_tagger_took_into_the_name_keeps_the_person(quote_pipeline: Pipeline) -> None:
    text = ("Volunteers gathered in the town hall on Friday. “I came because she was my friend,” said Canadian "
            "Jo Tamm, a nurse who worked with the group.")
    speakers = _speakers(quote_pipeline, text)
    assert speakers and all(s.name == "Jo Tamm" and s.country == "CAN" for s in speakers)


def test_a_headline_word_before_a_surname_names_nobody(quote_pipeline: Pipeline) -> None:
    text = ("Top Putin aide faces questions.\n\nRussian President Vladimir Putin met the governor on Monday. "
            "“We will not discuss it,” Putin said.")
    speakers = _speakers(quote_pipeline, text)
    assert speakers and speakers[-1].name == "Vladimir Putin" and speakers[-1].country == "RUS"


def test_an_administration_named_for_its_president_is_the_state(quote_pipeline: Pipeline) -> None:
    speakers = _speakers(quote_pipeline, "The Biden administration said in a statement that it would appeal.")
    assert speakers and (speakers[0].country, speakers[0].sector) == ("USA", "GOV")


# --- a body's name ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "name"), [
    ("the Institute of Baltic and Nordic Studies", "Institute of Baltic and Nordic Studies"),
    ("the Federation of Glass and Ceramic Makers", "Federation of Glass and Ceramic Makers"),
    ("the Department of Energy", "Department of Energy"),
])
def test_a_body_name_runs_through_its_small_words(resolver: ActorResolver, phrase: str, name: str) -> None:
    found = resolver.resolve(phrase, "2023-05-02")
    assert found is not None and found.actor.name == name


def test_a_body_name_stops_before_a_lower_case_word(resolver: ActorResolver) -> None:
    found = resolver.resolve("the Department of Energy and its partners", "2023-05-02")
    assert found is not None and found.actor.name == "Department of Energy"


def test_the_centers_for_disease_control_without_prevention(resolver: ActorResolver) -> None:
    found = resolver.resolve("the Centers for Disease Control", "2023-05-02")
    assert found is not None and (found.actor.country, found.actor.sector) == ("USA", "HLH")


# --- members and spokesmen of a group of private persons ---------------------------------------------------------


@pytest.mark.parametrize("phrase", [
    "members of the public", "audience members", "members of the fishing community",
    "a spokesman for the residents", "members of Canada's Tamil community",
])
def test_who_belongs_to_civilians_is_a_civilian(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2023-05-02")
    assert found is not None and found.actor.sector == "CVL"


@pytest.mark.parametrize(("phrase", "sector"), [
    ("officials of the village", "GOV"),  # an office: the village's local government
    ("a spokesman for the ministry", "GOV"),
    ("members of the Kenyan parliament", "LEG"),
])
def test_office_words_and_state_bodies_keep_their_sector(resolver: ActorResolver, phrase: str,
                                                          sector: str) -> None:
    found = resolver.resolve(phrase, "2023-05-02")
    assert found is not None and found.actor.sector == sector


def test_she_is_not_the_man_named_last(quote_pipeline: Pipeline) -> None:
    text = ("Governor Ana Morales met the union on Monday, and Senator Tom Reyes praised the deal. Later she told "
            "reporters: “We need more money.”")
    speakers = [s for s in _speakers(quote_pipeline, text) if s.text == "she"]
    assert speakers and speakers[0].name == "Ana Morales"


@pytest.mark.parametrize("group", ["The Ruiz campaign", "The Ruiz family"])
def test_a_person_named_inside_a_group_is_not_the_group(quote_pipeline: Pipeline, group: str) -> None:
    text = (f"Senator Maria Ruiz spoke in Dayton on Monday. {group} said the race was close, and Ruiz said "
            "she would win.")
    extraction = quote_pipeline.extract(text, published="2023-05-02")
    by_cue = {q.text: q.speaker for q in extraction.quotes}
    group_speaker = by_cue.get("the race was close")
    assert group_speaker is not None and group_speaker.name != "Maria Ruiz"
    assert by_cue.get("she would win") is not None and by_cue["she would win"].name == "Maria Ruiz"
