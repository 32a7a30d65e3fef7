"""A bare word that names a country ('Jordan', 'Monaco') or a body the knowledge base knows ('Bloomberg', the
news agency) keeps that reading after the story named a person of that surname in full, unless the mention
marks a person (an honorific, a title): 'Mr. Jordan' is the man, 'Jordan signed the treaty' the country. The
people are fictional and, as the shipped knowledge base leaves out the real namesakes of countries and agencies,
known only from the text; a person the knowledge base knows by the whole name keeps the bare surname
(tests/test_w27_review_mends.py: 'Montenegro' after Luís Montenegro). The user actor file gives the fixture's
people for the one test that reads them as known."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from accord.records import Actor
from actor_helpers import actor_runner

_actors = actor_runner("2016-05-10")

_PEOPLE = """\
source: accord test
people:
  - name: Alden Jordan
    country: USA
    offices:
      - {role: Representative, sector: LEG, from: 2007-01-03}
  - name: Corwin Bloomberg
    country: USA
    offices:
      - {role: Mayor of New York City, sector: GOV, from: 2002-01-01, to: 2013-12-31}
"""


@pytest.fixture(scope="module")
def known_people_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, ...]:
    path: Path = tmp_path_factory.mktemp("surnames") / "people.yaml"
    path.write_text(_PEOPLE, encoding="utf-8")
    return (str(path),)


@pytest.fixture(scope="module")
def people_file() -> tuple[str, ...]:
    """No actor file: the people are known only from the text."""
    return ()


def test_a_known_person_keeps_the_surname(actors_nlp: Language, known_people_file: tuple[str, ...]) -> None:
    text = "Rep. Alden Jordan of Ohio criticised the aid package on Monday. Jordan said he would vote against it."
    actors = _run(actors_nlp, known_people_file, text)
    assert _at(actors, text, "Jordan", nth=1).name == "Alden Jordan"


def _run(actors_nlp: Language, files: tuple[str, ...], text: str) -> list[Actor]:
    from accord.pipeline import PipelineOptions

    stage = actors_nlp.get_pipe("accord_actors_v1")
    stage.configure(PipelineOptions(actor_files=files))  # type: ignore[attr-defined]
    try:
        return _actors(actors_nlp, text)
    finally:
        stage.configure(PipelineOptions())  # type: ignore[attr-defined]


def _at(actors: list[Actor], text: str, word: str, nth: int = 0) -> Actor:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    found = [a for a in actors if a.start == start and a.text == word]
    assert found, (word, start, [(a.text, a.start, a.name) for a in actors])
    return found[0]


_JORDAN = ("Rep. Alden Jordan of Ohio criticised the aid package on Monday. "
           "The kingdom hosts many refugees, and Jordan signed a water deal with Israel last year. "
           "Mr. Jordan said he would vote against it.")


def test_a_bare_country_name_stays_the_country(actors_nlp: Language, people_file: tuple[str, ...]) -> None:
    actors = _run(actors_nlp, people_file, _JORDAN)
    actor = _at(actors, _JORDAN, "Jordan", nth=1)
    assert (actor.name, actor.country, actor.kind) == ("Jordan", "JOR", "country")


def test_an_honorific_marks_the_person(actors_nlp: Language, people_file: tuple[str, ...]) -> None:
    actors = _run(actors_nlp, people_file, _JORDAN)
    assert [a.name for a in actors if a.text == "Mr. Jordan"] == ["Alden Jordan"]


_BLOOMBERG = ("Corwin Bloomberg spoke at the dinner on Monday. "
              "Bloomberg reported on Tuesday that the bank would cut jobs. "
              "Mr. Bloomberg did not comment.")


def test_a_bare_agency_name_stays_the_agency(actors_nlp: Language, people_file: tuple[str, ...]) -> None:
    actors = _run(actors_nlp, people_file, _BLOOMBERG)
    actor = _at(actors, _BLOOMBERG, "Bloomberg", nth=1)
    assert (actor.country, actor.sector, actor.kind) == ("USA", "MED", "organisation")
    assert [a.name for a in actors if a.text == "Mr. Bloomberg"] == ["Corwin Bloomberg"]


def test_a_surname_that_names_nothing_else_is_still_the_person(actors_nlp: Language) -> None:
    text = "Senator Bernie Sanders spoke in Iowa on Monday. Sanders promised free tuition."
    actors = _actors(actors_nlp, text)
    assert [a.name for a in actors if a.text == "Sanders"] == ["Bernie Sanders"]


_POLL = ("Corwin Bloomberg is weighing a run for the White House. In a match up between Hillary Clinton, Ted Cruz "
         "and Bloomberg, Clinton led the field.")


def test_a_surname_coordinated_with_people_is_the_person(actors_nlp: Language, people_file: tuple[str, ...]) -> None:
    actors = _run(actors_nlp, people_file, _POLL)
    actor = _at(actors, _POLL, "Bloomberg", nth=1)
    assert actor.name == "Corwin Bloomberg"


def test_a_country_coordinated_with_a_country_stays_the_country(
        actors_nlp: Language, people_file: tuple[str, ...]) -> None:
    text = "Rep. Alden Jordan of Ohio criticised the deal on Monday. Jordan and Egypt signed a water treaty."
    actors = _run(actors_nlp, people_file, text)
    actor = _at(actors, text, "Jordan", nth=1)
    assert (actor.name, actor.country) == ("Jordan", "JOR")


def test_a_surname_subject_beside_people_subjects_is_the_person(
        actors_nlp: Language, people_file: tuple[str, ...]) -> None:
    text = "Corwin Bloomberg is weighing a run. Clinton had 40 percent and Bloomberg had 12 percent in the poll."
    actors = _run(actors_nlp, people_file, text)
    assert _at(actors, text, "Bloomberg", nth=1).name == "Corwin Bloomberg"
