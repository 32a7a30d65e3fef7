"""Wave 16 rules on what is given, offered or welcomed: the thing decides the sense, each rule tried on sentences
written for these tests, where it holds and where it does not:

- an expression offered ("offered her condolences", "offered his sympathy") is made by giving it,
  not promised: the expression's own type, where "offered aid" or "offered talks" stays a promise (AGREE);
- "provided X with Y" (provide, supply, equip, arm, furnish): the with-phrase is what is given, the object who
  receives it; a report or details provided are no aid, weapons are;
- displaced people welcomed are taken in (AID, asylum), where welcoming envoys is hosting them (CONSULT) and
  welcoming a decision is praising it (SUPPORT).
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return list(pipeline.extract(text, published="2022-05-02").events)


def _typed(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in _events(pipeline, text)]


@pytest.mark.parametrize("text", [
    "The Chilean president offered his condolences to Peru after the landslide.",
    "Ottawa offered its sympathy to the families of the miners.",
    "The mayor offered congratulations to the new Estonian ambassador.",
])
def test_an_offered_expression_is_made_not_promised(pipeline: Pipeline, text: str) -> None:
    found = [t for t, _ in _typed(pipeline, text)]
    assert found == ["SUPPORT"], found


# "send" is no light verb: what is sent is moved, and troops sent somewhere are mobilised, not an event of their own
# (making it light cost a real "sent troops ... to fight" its MOBILIZE on the real-news pages)
@pytest.mark.parametrize("text", [
    "Last week Ankara sent troops and allied militias into the border region to fight the rebels.",
    "Paris sent two battalions to Mali to fight the insurgents.",
])
def test_troops_sent_are_mobilised(pipeline: Pipeline, text: str) -> None:
    assert "MOBILIZE" in [t for t, _ in _typed(pipeline, text)], _typed(pipeline, text)


@pytest.mark.parametrize("text", [
    "Japan offered emergency aid to Nepal on Tuesday.",
    "Moscow offered talks to Kyiv on the grain corridor.",
])
def test_an_offer_of_cooperation_stays_a_promise(pipeline: Pipeline, text: str) -> None:
    assert ("AGREE", "offered") in _typed(pipeline, text)


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The Dutch government provided the Iraqi army with rifles and body armour.", "NLD", "the Iraqi army"),
    ("Tehran supplied the militia with drones last spring.", "IRN", "the militia"),
])
def test_what_the_with_phrase_names_is_given_to_the_object(pipeline: Pipeline, text: str, actor: str,
                                                           recipient: str) -> None:
    aid = [e for e in _events(pipeline, text) if e.type == "AID"]
    assert aid, _typed(pipeline, text)
    assert [a.country for a in aid[0].actor] == [actor]
    assert [r.text for r in aid[0].recipient] == [recipient]


@pytest.mark.parametrize("text", [
    "The statistics office provided the interior ministry with a detailed report on migration.",
    "The agency supplied reporters with details of the raid.",
])
def test_a_report_or_details_provided_are_no_aid(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.type == "AID"]


def test_weapons_provided_to_a_party_are_aid(pipeline: Pipeline) -> None:
    assert ("AID", "provided") in _typed(pipeline, "Ankara provided mortars and rifles to the rebels in 2019.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Poland welcomed thousands of Ukrainian refugees last year.", ("AID", "welcomed")),
    ("Moldova has welcomed migrants fleeing the fighting.", ("AID", "welcomed")),
    ("Portugal welcomed 300 asylum seekers in March.", ("AID", "welcomed")),
    ("The Ghanaian president welcomed the visiting Nigerian envoys in Accra.", ("CONSULT", "welcomed")),
    ("Ghana welcomed the ceasefire on Sunday.", ("SUPPORT", "welcomed")),
])
def test_the_welcomed_decides_between_refuge_hosting_and_praise(pipeline: Pipeline, text: str,
                                                                 expected: tuple[str, str]) -> None:
    assert expected in _typed(pipeline, text)
