"""A gendered honorific before a surname ('Mr.', 'Mrs.', 'Ms.') restricts the people the surname may mean to
those of that gender, where a given name tells it: 'Mr. Clinton' in a story that names a woman and a man of the
surname is the man, however recently she was named, and 'Ms. X' is never a man of the surname. A person's fans,
named by a surname before the word ('Trump fans'), are a group of civilians, never the person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from actor_helpers import actor_runner, with_text

_actors = actor_runner("2016-05-10")

_COUPLE = ("Hillary Clinton toured a factory in Ohio with her husband, former President Bill Clinton. "
           "Mrs. Clinton promised new jobs for the town. Mr. Clinton spoke to the workers afterwards. "
           "Later, Mrs. Clinton met union leaders.")


def test_mrs_is_the_woman_of_the_surname_the_story_names(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, _COUPLE)
    assert {a.name for a in with_text(actors, "Mrs. Clinton")} == {"Hillary Clinton"}


def test_mr_is_the_man_of_the_surname_the_story_names(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, _COUPLE)
    assert [a.name for a in with_text(actors, "Mr. Clinton")] == ["Bill Clinton"]


def test_mr_after_a_woman_of_the_surname_was_named_last(actors_nlp: Language) -> None:
    text = ("Donald Trump held a rally in Iowa on Monday. His wife, Melania Trump, stayed in New York. "
            "Mr. Trump attacked the press for an hour.")
    actors = _actors(actors_nlp, text)
    assert [a.name for a in with_text(actors, "Mr. Trump")] == ["Donald Trump"]


def test_ms_is_never_the_man_of_the_surname(actors_nlp: Language) -> None:
    text = ("Donald Trump held a rally in Iowa on Monday. His wife, Melania Trump, stayed in New York. "
            "Ms. Trump gave an interview to a magazine.")
    actors = _actors(actors_nlp, text)
    assert [a.name for a in with_text(actors, "Ms. Trump")] == ["Melania Trump"]


@pytest.mark.parametrize("phrase", ["Ms. Trump", "Mrs. Obama", "Ms Putin"])
def test_a_feminine_honorific_takes_no_known_man(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2016-05-10")
    assert found is None or found.entry is None or found.actor.name not in (
        "Donald Trump", "Barack Obama", "Vladimir Putin"), found


@pytest.mark.parametrize("phrase, name", [
    ("Mr. Trump", "Donald Trump"),
    ("Mr Putin", "Vladimir Putin"),
    ("Mrs. Clinton", "Hillary Clinton"),
    ("Dr. Clinton", "Hillary Clinton"),  # an honorific that says no gender leaves the date's reading
])
def test_an_honorific_of_the_persons_gender_keeps_the_reading(resolver: ActorResolver, phrase: str,
                                                              name: str) -> None:
    found = resolver.resolve(phrase, "2016-05-10")
    assert found is not None and found.actor.name == name


def test_a_masculine_honorific_picks_the_man_among_known_bearers(resolver: ActorResolver) -> None:
    found = resolver.resolve("Mr. Clinton", "2016-05-10")  # 'Clinton' alone in 2016 is the Secretary of State
    assert found is not None and found.actor.name == "Bill Clinton"


def test_a_persons_fans_are_civilians_of_their_country_not_the_person(actors_nlp: Language) -> None:
    text = "Bernie Sanders held a rally in Denver. Sanders fans cheered as he spoke."
    actors = _actors(actors_nlp, text)
    fans = with_text(actors, "Sanders fans")
    assert [(a.kind, a.name, a.country, a.sector) for a in fans] == [("group", None, "USA", "CVL")]


def test_a_bearer_named_as_kin_does_not_take_the_bare_surname(actors_nlp: Language) -> None:
    text = ("Donald Trump held a rally in Iowa on Monday. His wife, Melania Trump, stayed in New York. "
            "Trump fans cheered as Trump attacked the press.")
    actors = _actors(actors_nlp, text)
    assert {a.name for a in with_text(actors, "Trump")} == {"Donald Trump"}


def test_a_second_bearer_named_in_full_without_a_tie_still_takes_the_surname(actors_nlp: Language) -> None:
    text = ("Tom Okafor, a farmer, sued the county in May. Ruth Okafor, 41, a nurse from the same town, joined "
            "the suit on Monday. Okafor told reporters the county had ignored the complaints.")
    actors = _actors(actors_nlp, text)
    assert [a.name for a in with_text(actors, "Okafor")] == ["Ruth Okafor"]


def test_a_bearer_first_named_as_kin_stays_so_when_named_in_full_again(actors_nlp: Language) -> None:
    text = ("Senator Ted Cruz toured Iowa on Monday with his father, Rafael Cruz, a pastor. A voter in Ames "
            "recalled a sermon by Rafael Cruz last spring. Mr. Cruz leads the state's polls.")
    actors = _actors(actors_nlp, text)
    assert [a.name for a in with_text(actors, "Mr. Cruz")] == ["Ted Cruz"]


def test_a_surname_her_pronouns_point_at_is_not_the_man_named_in_full(actors_nlp: Language) -> None:
    text = ("Ms. Okonkwo pushed ahead with the merger. Okonkwo said she had no regrets. Flying home one night, she "
            "vented to her husband, Frank Okonkwo, that the deal would be hard. Okonkwo said she would stay.")
    actors = _actors(actors_nlp, text)
    assert "Frank Okonkwo" not in {a.name for a in actors if a.text in ("Ms. Okonkwo", "Okonkwo", "she")}
