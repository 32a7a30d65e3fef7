"""Actors on unseen news (issue 19, wave 15b): a title is an office, so it tells two people of one surname apart
('President Clinton' is the President, not the Secretary of State of the same surname); a middle initial a
known person's name does not write names someone else ('George P. Bush' is not George W. Bush); 'supporters of
X' is a group, not X; and a bare surname after a second bearer is named in full is that bearer."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from actor_helpers import actor_runner, with_text

_actors = actor_runner("2016-05-02")


def _name(resolver: ActorResolver, phrase: str, date: str) -> str | None:
    found = resolver.resolve(phrase, date=date)
    return None if found is None else found.actor.name


@pytest.mark.parametrize(("phrase", "date", "name"), [
    ("President Clinton", "2016-05-02", "Bill Clinton"),
    ("former President Clinton", "2016-05-02", "Bill Clinton"),
    ("Clinton", "2016-05-02", "Hillary Clinton"),  # no title: the one nearest the date in office
    ("President Carter", "2016-05-02", "Jimmy Carter"),
    ("Defense Secretary Carter", "2016-05-02", "Ash Carter"),
    ("Carter", "2016-05-02", "Ash Carter"),
    ("Secretary Clinton", "1998-06-01", "Hillary Clinton"),  # the title before the date's office holder
])
def test_a_title_picks_the_holder_of_its_office(resolver: ActorResolver, phrase: str, date: str,
                                                 name: str) -> None:
    assert _name(resolver, phrase, date) == name


def test_a_title_does_not_confuse_president_with_vice_president(resolver: ActorResolver) -> None:
    """'President' names no vice-president: a modifier the title lacks makes another office."""
    found = resolver.resolve("President Cheney", date="2016-05-02")
    assert found is None or found.actor.role != "Vice President"


@pytest.mark.parametrize(("phrase", "date", "name"), [
    ("George W. Bush", "2016-05-02", "George W. Bush"),
    ("George H.W. Bush", "2016-05-02", "George H. W. Bush"),
    ("George H. W. Bush", "2016-05-02", "George H. W. Bush"),
    ("Richard B. Cheney", "2016-05-02", "Dick Cheney"),
    ("James B. Comey", "2016-07-15", "James Comey"),  # a name without initials admits any
])
def test_a_middle_initial_the_name_writes_is_kept(resolver: ActorResolver, phrase: str, date: str,
                                                  name: str) -> None:
    assert _name(resolver, phrase, date) == name


@pytest.mark.parametrize("phrase", ["George P. Bush", "George T. Bush", "Richard K. Cheney"])
def test_another_middle_initial_names_someone_else(resolver: ActorResolver, phrase: str) -> None:
    name = _name(resolver, phrase, "2016-05-02")
    assert name not in ("George W. Bush", "George H. W. Bush", "Dick Cheney"), phrase


@pytest.mark.parametrize(("phrase", "expected"), [
    ("supporters of Hillary Clinton", ("USA", "OPP", None)),
    ("the fiercest opponents of Vladimir Putin", ("RUS", "OPP", None)),
    ("the wife of Emmanuel Macron", ("FRA", "CVL", None)),
])
def test_a_word_for_people_of_a_known_person_is_the_group(
        resolver: ActorResolver, phrase: str, expected: tuple[str, str, None]) -> None:
    """'supporters of X' is read as 'X supporters' is: those who stand to the person, never the person."""
    found = resolver.resolve(phrase, date="2018-05-02")
    assert found is not None
    assert (found.actor.country, found.actor.sector, found.actor.name) == expected


def test_a_title_before_a_known_person_still_names_them(resolver: ActorResolver) -> None:
    found = resolver.resolve("Defence Secretary Ash Carter", date="2016-05-02")
    assert found is not None and found.actor.name == "Ash Carter"


def test_a_surname_after_a_second_bearer_named_in_full_is_theirs(actors_nlp: Language) -> None:
    """A story that names a second person of a surname in full has turned to them: the bare surname after that
    is theirs, not the first bearer's (one it introduces as the first one's kin, 'his daughter, Chelsea Clinton',
    does not take the surname: tests/test_actors_w26_honorifics.py)."""
    text = ("Former President Bill Clinton spoke in Ohio on Monday. Chelsea Clinton, 36, campaigned in "
            "Iowa the same day. Clinton told voters that the race was close.")
    actors = _actors(actors_nlp, text)
    assert with_text(actors, "Clinton")[0].name == "Chelsea Clinton"


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Kasich", ("John Kasich", "USA", "GOV")),
    ("Jeb Bush", ("Jeb Bush", "USA", "ELI")),  # a governor out of office is an elite, never a private person
    ("Gov. Christie", ("Chris Christie", "USA", "GOV")),
])
def test_a_state_governor_is_known(resolver: ActorResolver, phrase: str, expected: tuple[str, str, str]) -> None:
    found = resolver.resolve(phrase, date="2016-02-01")
    assert found is not None
    assert (found.actor.name, found.actor.country, found.actor.sector) == expected


def test_a_shared_surname_alone_is_not_the_governor(resolver: ActorResolver) -> None:
    """'Bush' alone stays the president the surname named before; the governor has no short form."""
    assert _name(resolver, "Bush", "2016-02-01") == "George W. Bush"


@pytest.mark.parametrize(("phrase", "sector"), [
    ("the Democratic Party chairman", "PTY"),
    ("the chairwoman of the Republican Party", "PTY"),
    ("Maine Democratic Party chair Jo Lane", "PTY"),
    ("Labour MPs", "LEG"),  # a word of another office still decides: they sit in parliament
])
def test_whoever_heads_a_party_is_in_the_party(resolver: ActorResolver, phrase: str, sector: str) -> None:
    """The title of a body's head ('chairman') is the body's sector for a party, as for an NGO or a firm."""
    found = resolver.resolve(phrase, date="2016-05-02")
    assert found is not None and found.actor.sector == sector, phrase
