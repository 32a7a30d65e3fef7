"""A described body or a titled office takes the country of the province or town its own phrase names
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_helpers import actor_runner, with_text

_actors = actor_runner("2024-03-01")


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Sonora state police detained four men on Tuesday.", "Sonora state police", "MEX"),
    ("The Herat provincial council condemned the bombing.", "The Herat provincial council", "AFG"),
    ("The governor of Baghlan province said the road was closed.", "The governor", "AFG"),
    ("The governor of the northern province of Balkh resigned on Friday.", "The governor", "AFG"),
    ("Police in Kandahar province said two officers were wounded.", "Police", "AFG"),
    ("The mayor of Odesa said the port was damaged.", "The mayor", "UKR"),
    ("Herat provincial police chief Karim Noori said the attack failed.",
     "Herat provincial police chief Karim Noori", "AFG"),
], ids=["compound with naming noun", "provincial council", "governor of X province", "province of X",
        "police in X", "mayor of a town", "title before a name"])
def test_a_body_or_office_takes_the_country_of_the_place_in_its_phrase(actors_nlp: Language, text: str,
                                                                       mention: str, country: str) -> None:
    assert [a.country for a in with_text(_actors(actors_nlp, text), mention)] == [country]


def test_a_capitalised_common_word_before_a_body_is_no_place(actors_nlp: Language) -> None:
    """'Central' is the name of some small town, but not a place here: the model does not call it one and no
    naming noun follows it."""
    actors = _actors(actors_nlp, "Doctors at the Central hospital said ten people died.")
    assert all(a.country is None for a in actors if "hospital" in a.text)


def test_a_place_in_a_body_name_with_a_kind_word_is_left_to_the_name_rules(actors_nlp: Language) -> None:
    """'the Central Bank': a run holding a word that says what kind of body one is is a name, not a place."""
    actors = _actors(actors_nlp, "The head of the Central Bank resigned.")
    assert all(a.country is None for a in actors)


def test_a_foreign_envoy_stationed_in_a_town_is_not_its_countrys(actors_nlp: Language) -> None:
    """'the ambassador in Herat' deals with other countries: where they serve is not whose they are."""
    actors = _actors(actors_nlp, "The consul in Herat met reporters.")
    assert all(a.country != "AFG" or "phrase-place" not in (a.rule or "") for a in actors)


def test_in_hung_on_the_verb_says_where_not_whose(actors_nlp: Language) -> None:
    """'arrested two men in Herat': the place is where the arrest was, not whose the men are."""
    actors = _actors(actors_nlp, "Soldiers arrested two men in Herat on Monday.")
    assert all("phrase-place" not in (a.rule or "") for a in actors if a.text == "two men")
