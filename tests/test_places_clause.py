"""Where an event happened, from its own clause (accord.places.event_location): several coordinated places
are no one place, a locative set off after a place name locates that place, and a story's dateline places only
its lede's events. Sentences written for these tests."""

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


def location_of(nlp: Language, text: str, word: str) -> Place | None:
    """The event location of the last token written ``word``, told as news of the day."""
    doc: Doc = nlp(text)
    token = next(t for t in reversed(doc) if t.text == word)
    return event_location(EventWords.of(token), PLACES.get(doc) or [])


def name_of(found: Place | None) -> str | None:
    return found.name if found is not None else None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The envoys met in Paris and Geneva.", "met"),
        ("The mediator has been travelling to Nairobi, Kampala and Kigali to press for a truce.", "press"),
        ("Aid workers distributed food in Chad and Niger.", "distributed"),
    ],
)
def test_several_coordinated_places_are_no_one_place(nlp: Language, text: str, word: str) -> None:
    assert location_of(nlp, text, word) is None


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("The envoys met in Paris.", "met", "Paris"),
        ("The envoys met in Mosul, Iraq.", "met", "Mosul"),  # a city and the country it lies in: one place
    ],
)
def test_one_place_or_a_place_and_its_country_still_locate(nlp: Language, text: str, word: str, name: str) -> None:
    assert name_of(location_of(nlp, text, word)) == name


def test_a_locative_set_off_after_a_place_locates_that_place(nlp: Language) -> None:
    # the parser hangs "in southern Afghanistan" on "support"
    text = ("Ties have been strained by the ministry's support for the militias and by the army's advance into "
            "Kandahar, in southern Afghanistan.")
    assert location_of(nlp, text, "support") is None
    assert name_of(location_of(nlp, text, "advance")) == "Kandahār"


def test_the_dateline_places_the_lede(nlp: Language) -> None:
    text = "ACCRA, March 3 - The cabinet approved the budget.\n\nOpposition lawmakers criticised it."
    assert name_of(location_of(nlp, text, "criticised")) == "Accra"


def test_the_dateline_does_not_place_events_past_the_lede(nlp: Language) -> None:
    text = ("ACCRA, March 3 - The cabinet approved the budget.\n\nLawmakers debated it for hours. "
            "Ministers defended the new taxes. Opposition lawmakers criticised it.")
    assert location_of(nlp, text, "criticised") is None


def attack_located(nlp: Language, text: str, word: str) -> str | None:
    """The location of the first token written ``word``, told as an attack, an arrest or a meeting."""
    doc: Doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    return name_of(event_location(EventWords(token, (token,), with_participants=True), PLACES.get(doc) or []))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The army launched an assault on the militia last week to clear its fighters from Mosul.", "launched",
         "Mosul"),
        ("The army launched an assault on the militia last week to please voters in Baghdad.", "launched", None),
    ],
)
def test_the_place_of_the_purpose_an_attack_serves(nlp: Language, text: str, word: str, expected: str | None) -> None:
    assert attack_located(nlp, text, word) == expected


def test_a_purpose_clause_does_not_place_an_act_of_another_kind(nlp: Language) -> None:
    text = "The army launched an assault on the militia last week to clear its fighters from Mosul."
    assert name_of(location_of(nlp, text, "launched")) is None  # a purpose reached elsewhere: a deal, a call


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The journalist, who is detained in Tehran, received a visit from diplomats.", "Tehran"),
        ("The journalist, who lives in Tehran, received a visit from diplomats.", None),
    ],
)
def test_where_the_doer_is_kept_is_where_it_acts(nlp: Language, text: str, expected: str | None) -> None:
    assert name_of(location_of(nlp, text, "received")) == expected


def test_the_place_left_hung_on_the_object_is_left_by_the_verb(nlp: Language) -> None:
    from accord.places import _left_by, location_words

    words = ["They", "cleared", "the", "group", "from", "Mosul"]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 3, 1, 3, 4], deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
              lemmas=["they", "clear", "the", "group", "from", "Mosul"])
    assert _left_by(doc[3], location_words()).i == 1  # "from" hung on "group": the clearing leaves Mosul
    assert _left_by(doc[5], location_words()).i == 5


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Mosul had been a focal point of clashes between the army and the militia.", "clashes", "Mosul"),
        ("Geneva will be the venue of the talks.", "talks", "Geneva"),
        ("Geneva will be the host of a fund for the talks.", "talks", None),
    ],
)
def test_the_place_said_to_be_the_scene_of_the_event(nlp: Language, text: str, word: str,
                                                      expected: str | None) -> None:
    assert name_of(location_of(nlp, text, word)) == expected
