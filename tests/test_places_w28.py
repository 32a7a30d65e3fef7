"""Places of events (issue 18, wave 28): a story's dateline places the events of its lede when the lede's
sentence names other places only as actors or in the names of things. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

import accord.places.stage  # noqa: F401  (registers accord_places_v1)
from accord.blackboard import PLACES
from accord.dates import EventWords
from accord.dates.aspect import reported_as_news, told_before_its_time
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
        # the dateline's own town naming a thing does not block either
        ("CHICAGO - A Chicago police officer arrested two men on Monday.", "arrested"),
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


# The cases above also pass with the condition of the previous wave (no place in the sentence at all). These
# fail if the lede's places stop blocking the dateline (each was checked with the condition taken out): a thing
# named as where something is (the locative exception of ``_names_a_place``), and the dateline's own town named
# as where something else happened (no exception for the dateline's town).


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a thing a place names, put somewhere by a locative preposition, names where that is
        ("CHICAGO - Police arrested two men on Monday in a Texas steakhouse.", "arrested"),
        ("CHICAGO - The mayor met the teachers on Monday near a Detroit bakery.", "met"),
        # the dateline's town named as where something else happened: the lede's act is not told there
        ("CHICAGO - Police arrested two men on Monday, a year after a shooting in Chicago.", "arrested"),
        ("CHICAGO - The mayor met the teachers on Monday, weeks after a strike in Chicago.", "met"),
    ],
)
def test_a_lede_naming_a_thing_where_something_is_or_its_own_town_for_another_act_keeps_the_dateline_off(
        nlp: Language, text: str, word: str) -> None:
    assert told_where(nlp(text), word) is None


# --- the past perfect under a report in the past: told before the report (no date from it), yet its news -------
# (one grammar fact, two readings, both decided in accord.dates.aspect)

STORY_IN_MOSUL = ("Hundreds marched through Mosul on Monday. Shops in Mosul stayed shut all day.\n\n"
                  "By evening the streets of Mosul were empty.\n\n")


def _verb(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "reported"),
    [
        ("The clerk said on Tuesday that the guards had beaten two inmates.", "beaten", True),
        ("The clerk said the guards had beaten and robbed two inmates.", "robbed", True),
        ("The guards had beaten two inmates when the clerk arrived.", "beaten", False),
    ],
)
def test_a_past_perfect_is_told_before_its_time_and_a_past_report_s_one_is_its_news(
        nlp: Language, text: str, word: str, reported: bool) -> None:
    verb = _verb(nlp, text, word)
    assert told_before_its_time(verb)
    top = verb.head if verb.dep_ == "conj" else verb
    assert reported_as_news(top) is reported


def test_a_simple_past_under_a_report_is_not_told_before_its_time(nlp: Language) -> None:
    assert not told_before_its_time(_verb(nlp, "The clerk said the guards beat two inmates.", "beat"))


def test_a_past_perfect_a_past_report_tells_is_undated_by_the_report_but_set_where_the_story_is(
        unfiltered_pipeline: Any) -> None:
    text = STORY_IN_MOSUL + "A shopkeeper said on Tuesday that soldiers had arrested his two sons."
    events = [e for e in unfiltered_pipeline.extract(text, "2024-03-06").events
              if e.trigger.text == "arrested"]
    assert events
    assert events[0].date is None  # the report's Tuesday dates the saying, not the arrest before it
    assert events[0].location is not None and events[0].location.name == "Mosul"


def test_a_narrated_past_perfect_is_not_set_where_the_story_is(unfiltered_pipeline: Any) -> None:
    text = STORY_IN_MOSUL + "Soldiers had arrested his two sons before the march."
    events = [e for e in unfiltered_pipeline.extract(text, "2024-03-06").events
              if e.trigger.text == "arrested"]
    assert events and events[0].location is None
