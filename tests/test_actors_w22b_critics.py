"""Wave 22 (issues 18 and 19): people named by their stand against someone. 'Critics', 'detractors' and
'campaigners' are the opposition in words to whoever they oppose (OPP, as 'opponents' and 'activists'); campaigners
for rights or the climate are those groups' (NGO, ENV); critics of films, books or food review for the press (MED).
The noun gives the sector only: a country comes from the phrase itself, never from a guess. An accusation or a
demand they make or receive keeps them as its source or target."""

from __future__ import annotations

import pytest

from accord.actors.resolver import ActorResolver
from accord.pipeline import Pipeline
from event_helpers import the_event


@pytest.mark.parametrize(("phrase", "sector"), [
    ("critics", "OPP"),
    ("the plan's critics", "OPP"),
    ("detractors", "OPP"),
    ("campaigners", "OPP"),
    ("human rights campaigners", "NGO"),
    ("climate campaigners", "ENV"),
    ("environmental campaigners", "ENV"),
    ("film critics", "MED"),
    ("restaurant critics", "MED"),
])
def test_a_word_for_people_against_something_gives_their_sector(
        resolver: ActorResolver, phrase: str, sector: str) -> None:
    found = resolver.resolve(phrase, "2022-05-02")
    assert found is not None
    assert found.actor.sector == sector
    assert found.actor.country is None  # nothing in the phrase says whose they are


def test_a_nationality_in_the_phrase_gives_the_critics_country(resolver: ActorResolver) -> None:
    found = resolver.resolve("Kenyan campaigners", "2022-05-02")
    assert found is not None
    assert (found.actor.country, found.actor.sector) == ("KEN", "OPP")


def test_critics_who_accuse_are_the_accusations_source(pipeline: Pipeline) -> None:
    event = the_event(pipeline, "Critics accused the mayor of wasting public money on the stadium.", "accused")
    assert event.type == "ACCUSE"
    assert [(a.text, a.sector) for a in event.actor] == [("Critics", "OPP")]
    assert [a.sector for a in event.recipient] == ["GOV"]


def test_campaigners_who_urge_a_government_are_the_requests_source(pipeline: Pipeline) -> None:
    event = the_event(pipeline, "Campaigners urged the government to ban the weedkiller.", "urged")
    assert event.type == "REQUEST"
    assert [(a.text, a.sector) for a in event.actor] == [("Campaigners", "OPP")]
    assert [a.sector for a in event.recipient] == ["GOV"]


def test_critics_a_minister_blames_are_the_accusations_target(pipeline: Pipeline) -> None:
    event = the_event(pipeline, "The minister accused her critics of spreading falsehoods.", "accused")
    assert event.type == "ACCUSE"
    assert [a.sector for a in event.recipient] == ["OPP"]
    assert "critics" in event.recipient[0].text
