"""Verbal conflict (issue 18, wave 27): verbs and nouns of insulting and disparaging a party are criticism (ACCUSE
111); words hurled, lobbed or heaped at a party are said by the subject of the throwing verb; a refusal told with
its holder's possessive ("Kenya's refusal to ...") is that holder's refusal (REJECT), but a refusal to comment is
none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Event


def _events(pipeline: Pipeline, text: str, event_type: str) -> list[Event]:
    return [e for e in pipeline.extract(text, published="2024-03-04", id="t").events if e.type == event_type]


def _texts(actors: tuple[object, ...]) -> list[str]:
    return [str(getattr(a, "text", "")) for a in actors]


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("The senator insulted the governor of Texas at a rally on Monday.", "insulted", "The senator", "the governor"),
    ("The Kenyan president mocked the opposition leader during a speech.", "mocked", "The Kenyan president",
     "the opposition leader"),
    ("The governor belittled the senator's record on Tuesday.", "belittled", "The governor", "the senator"),
    ("The Nigerian president smeared the opposition as traitors.", "smeared", "The Nigerian president",
     "the opposition"),
    ("The opposition taunted the prime minister in parliament.", "taunted", "The opposition",
     "the prime minister"),
    ("Ghana's foreign minister launched a tirade against Togo on Friday.", "tirade", "Ghana's foreign minister",
     "Togo"),
    ("The senator's insults against the Kenyan president angered Nairobi.", "insults", "The senator",
     "the Kenyan president"),
    ("The governor faced insults from Ugandan lawmakers during the debate.", "insults", "Ugandan lawmakers",
     "The governor"),
])
def test_insulting_and_disparaging_a_party_is_criticism(pipeline: Pipeline, text: str, trigger: str, source: str,
                                                         target: str) -> None:
    found = [e for e in _events(pipeline, text, "ACCUSE") if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in pipeline.extract(text, published="2024-03-04").events]
    assert source in " ".join(_texts(found[0].actor))
    assert target in " ".join(_texts(found[0].recipient))
    assert found[0].cameo == "111"


@pytest.mark.parametrize("text", [
    "The judges held a mock trial in Accra.",
    "She felt insulted by the remark.",
])
def test_no_criticism_without_a_party_disparaged(pipeline: Pipeline, text: str) -> None:
    assert not _events(pipeline, text, "ACCUSE")


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("The governor hurled accusations at the Kenyan ambassador.", "accusations", "The governor",
     "the Kenyan ambassador"),
    ("The senator lobbed insults at the governor.", "insults", "The senator", "the governor"),
    ("Kenya heaped criticism on Uganda.", "criticism", "Kenya", "Uganda"),
])
def test_words_thrown_at_a_party_are_said_by_the_thrower(pipeline: Pipeline, text: str, trigger: str, source: str,
                                                        target: str) -> None:
    found = [e for e in _events(pipeline, text, "ACCUSE") if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in pipeline.extract(text, published="2024-03-04").events]
    assert _texts(found[0].actor) == [source]
    assert _texts(found[0].recipient) == [target]


def test_stones_hurled_stay_a_riot(pipeline: Pipeline) -> None:
    events = pipeline.extract("Protesters hurled stones at the police in Nairobi.", published="2024-03-04").events
    assert [e.type for e in events] == ["PROTEST"]


@pytest.mark.parametrize(("text", "holder"), [
    ("Kenya's refusal to close the border angered Uganda.", "Kenya"),
    ("Relations soured after Kenya's refusal to extradite the businessman.", "Kenya"),
    ("The governor's refusal to endorse the senator surprised the party.", "The governor"),
])
def test_a_refusal_told_with_its_holder_is_a_rejection(pipeline: Pipeline, text: str, holder: str) -> None:
    found = [e for e in _events(pipeline, text, "REJECT") if e.trigger.text == "refusal"]
    assert found, [(e.type, e.trigger.text) for e in pipeline.extract(text, published="2024-03-04").events]
    assert _texts(found[0].actor) == [holder]
    assert found[0].factuality == "asserted"


def test_a_refusal_to_comment_is_no_rejection(pipeline: Pipeline) -> None:
    assert not _events(pipeline, "The president's refusal to comment angered reporters.", "REJECT")
