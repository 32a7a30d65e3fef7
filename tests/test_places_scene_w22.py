"""Places of events (issue 18, wave 22): the place a previous sentence said something in is where its speaker
was, not the scene of what the story goes on to tell. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import accord.places.stage  # noqa: F401  (registers accord_places_v1)
from accord.blackboard import PLACES
from accord.dates import EventWords
from accord.pipeline import Pipeline
from accord.places import event_location
from accord.records import Place


@pytest.fixture(scope="module")
def nlp(places_nlp: Language) -> Language:
    return places_nlp


def location_of(doc: Doc, word: str) -> Place | None:
    return event_location(EventWords.of(next(t for t in doc if t.text == word)), PLACES.get(doc) or [])


@pytest.mark.parametrize(
    "first",
    [
        "In Vienna, the refugee agency issued a statement condemning the violence.",
        "In a speech in Vienna, the minister said the violence had to end.",
        "The minister said in Vienna that the violence had to end.",
    ],
)
def test_a_place_where_something_was_said_sets_no_scene(nlp: Language, first: str) -> None:
    doc = nlp(first + " Dozens of villagers were killed in the shelling.")
    assert location_of(doc, "killed") is None


@pytest.mark.parametrize(
    "first",
    [
        "Tension rose along the frontier in Tigray.",
        "Fighting continued in Tigray.",
        "Soldiers set up checkpoints in Tigray.",
    ],
)
def test_a_place_where_something_happened_still_sets_the_scene(nlp: Language, first: str) -> None:
    doc = nlp(first + " Dozens of villagers were killed in the shelling.")
    found = location_of(doc, "killed")
    assert found is not None and found.name == "Tigray"


def test_the_speaker_going_on_stays_where_she_spoke(nlp: Language) -> None:
    doc = nlp("The senator spoke at a rally in Toledo. She also met union leaders.")
    found = location_of(doc, "met")
    assert found is not None and found.name == "Toledo"


# --- an event noun in a relative clause on a named actor, in the perfect: the actor's history ------------

STORY = ("Ethiopian troops shelled the town of Kebri Dahar on Monday, killing four rebels. Kebri Dahar has been "
         "besieged for weeks. Residents of Kebri Dahar fled the fighting. ")


def event_place(pipeline: Pipeline, text: str, trigger: str) -> str | None:
    found = [e for e in pipeline.extract(text, published="2021-03-10").events if e.trigger.text == trigger]
    assert found, f"no event on {trigger!r}"
    return found[0].location.name if found[0].location else None


def test_an_insurgency_a_named_group_has_waged_is_not_set_in_the_story(pipeline: Pipeline) -> None:
    text = STORY + "Addis Ababa blames the Ogaden National Liberation Front, which has waged an insurgency " \
                   "against the government for decades."
    assert event_place(pipeline, text, "insurgency") is None


def test_the_story_setting_still_places_its_own_acts(pipeline: Pipeline) -> None:
    assert event_place(pipeline, STORY, "besieged") == "Kebri Dahar"


def test_an_insurgency_waged_by_a_named_groups_wing_is_not_set_in_the_story(pipeline: Pipeline) -> None:
    text = STORY + "Addis Ababa calls the militia the armed wing of the Ogaden National Liberation Front, which " \
                   "has waged an insurgency against the government for decades."
    assert event_place(pipeline, text, "insurgency") is None
