"""Places of events (issue 18, wave 28): a story's dateline places the events of its lede when the lede's
sentence names other places only as actors or in the names of things. Sentences written for these tests."""

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


# --- the dateline places a lede whose sentence names other places only as actors or in names of things -------


def told_where(doc: Doc, word: str) -> Place | None:
    return event_location(EventWords.of(next(t for t in doc if t.text == word)), PLACES.get(doc) or [])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("CHICAGO - The mayor met the striking teachers and said the United States must pay them.", "met"),
        ("CHICAGO - Police arrested two Detroit men at a bar on Monday.", "arrested"),
        ("CHICAGO - The two senators met on Monday to discuss a bill that Iowa farmers oppose.", "met"),
    ],
)
def test_the_dateline_places_a_lede_naming_places_only_as_actors_or_things(nlp: Language, text: str,
                                                                            word: str) -> None:
    found = told_where(nlp(text), word)
    assert found is not None and found.name == "Chicago"


@pytest.mark.parametrize(
    "text",
    [
        "CHICAGO - The mayor met the teachers at a Texas restaurant on Monday.",
        "CHICAGO - Police arrested two men on Monday after a robbery in Texas last year.",
    ],
)
def test_a_lede_naming_where_something_is_or_happened_is_not_placed_by_the_dateline(nlp: Language,
                                                                                     text: str) -> None:
    word = "met" if "met" in text else "arrested"
    assert told_where(nlp(text), word) is None
