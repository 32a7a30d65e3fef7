"""Places of events (issue 18, wave 28): a clause of the same time on the event's verb ("were killed *when*
troops shelled a market in X") tells the very scene of the event, participants and all. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import accord.places.stage  # noqa: F401  (registers accord_places_v1)
from accord.blackboard import PLACES
from accord.dates import EventWords
from accord.places import event_location
from accord.records import Place


@pytest.fixture(scope="module")
def nlp(places_nlp: Language) -> Language:
    return places_nlp


def on_the_ground(doc: Doc, word: str) -> Place | None:
    token = next(t for t in doc if t.text == word)
    return event_location(EventWords(token, (token,), with_participants=True), PLACES.get(doc) or [])


@pytest.mark.parametrize(
    ("sentence", "word", "where"),
    [
        ("Twelve people were killed when government forces shelled a market in Taiz on Monday.", "killed", "Taiz"),
        ("Four guards were wounded as the militants stormed a prison in Kabul.", "wounded", "Kabul"),
        ("The reporter was arrested while he interviewed protesters in Minsk.", "arrested", "Minsk"),
    ],
)
def test_the_participants_of_a_simultaneous_clause_place_an_act_on_the_ground(
        nlp: Language, sentence: str, word: str, where: str) -> None:
    found = on_the_ground(nlp(sentence), word)
    assert found is not None and found.name == where


def test_a_clause_of_another_time_gives_no_participant_place(nlp: Language) -> None:
    doc = nlp("Twelve people were killed two days after government forces shelled a market in Taiz.")
    assert on_the_ground(doc, "killed") is None


# --- the dateline places a lede whose sentence names other places only as actors or in names of things -------


def told_where(doc: Doc, word: str) -> Place | None:
    return event_location(EventWords.of(next(t for t in doc if t.text == word)), PLACES.get(doc) or [])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ACCRA, March 3 - The minister met the striking nurses and said Ghana must pay them.", "met"),
        ("ACCRA, March 3 - Police arrested two Kumasi traders at a market.", "arrested"),
        ("ACCRA, March 3 - The two ministers met to discuss a bill that Ghanaian cocoa farmers oppose.", "met"),
    ],
)
def test_the_dateline_places_a_lede_naming_places_only_as_actors_or_things(nlp: Language, text: str,
                                                                            word: str) -> None:
    found = told_where(nlp(text), word)
    assert found is not None and found.name == "Accra"


def test_a_lede_naming_another_place_where_something_happened_is_not_placed_by_the_dateline(nlp: Language) -> None:
    doc = nlp("ACCRA, March 3 - Police arrested two men after a robbery in Kumasi last year.")
    assert told_where(doc, "arrested") is None
