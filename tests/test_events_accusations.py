"""Evaluative accusations (issue 18): blame told by an object's predicate ("held X responsible"), wrongs told of
another party under a verb of saying ("said Y violated the truce", "said Y was behind the bombing"), names of fault
("called the annexation a violation"), verbs of rebuke, displeasure expressed, and reactions provoked by their cause
("sparked condemnation from X"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Event


def _accusations(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in pipeline.extract(text, published="2024-03-04", id="t").events if e.type == "ACCUSE"]


def _sides(event: Event) -> tuple[list[str | None], list[str | None]]:
    return sorted(a.country for a in event.actor), sorted(a.country for a in event.recipient)


@pytest.mark.parametrize(("text", "sides"), [
    # an adjective after the object is its predicate: "hold responsible" (parsed as amod or as a small clause)
    ("The Kenyan government held the Somali militia responsible for the bombing.", (["KEN"], ["SOM"])),
    ("Ghana holds Togo responsible.", (["GHA"], ["TGO"])),
    ("Chile is raising the pressure by holding Peru accountable for the shelling of Arica.", (["CHL"], ["PER"])),
    # wrongs done, told of another party under a verb of saying
    ("The Ghanaian foreign minister said Togo had violated the ceasefire.", (["GHA"], ["TGO"])),
    ("The Chilean minister said Peruvian troops had committed atrocities near the border.", (["CHL"], ["PER"])),
    ("The Kenyan president said Uganda lied about the raid.", (["KEN"], ["UGA"])),
    # blame for a harm
    ("The Ghanaian foreign minister said Togo was responsible for the attack on the convoy.", (["GHA"], ["TGO"])),
    ("The Kenyan government said Uganda was behind the bombing of the market.", (["KEN"], ["UGA"])),
    ("Ghana's president said Togo was to blame for the shelling.", (["GHA"], ["TGO"])),
    ('"Togo is responsible for these massacres," said the Ghanaian president.', (["GHA"], ["TGO"])),
    # names of fault; a passive's by-phrase hung on the name given
    ("Ghana called Togo's annexation of the island a violation of international law.", (["GHA"], ["TGO"])),
    ("Togo's plan was described as a terror scheme by the Ghanaian president.", (["GHA"], ["TGO"])),
    ("The Kenyan opposition branded the Ugandan president a coward.", (["KEN"], ["UGA"])),
    # verbs of rebuke, displeasure expressed
    ("The Kenyan prime minister berated Uganda over its border policy.", (["KEN"], ["UGA"])),
    ("The Ghanaian government faulted Togo for the delays.", (["GHA"], ["TGO"])),
    ("The Chilean foreign ministry expressed its strong dissatisfaction with Peru.", (["CHL"], ["PER"])),
    ("The Kenyan president took a swipe at Uganda.", (["KEN"], ["UGA"])),
])
def test_an_evaluative_accusation_is_found_with_its_sides(pipeline: Pipeline, text: str,
                                                          sides: tuple[list[str], list[str]]) -> None:
    found = _accusations(pipeline, text)
    assert len(found) == 1 and _sides(found[0]) == sides


@pytest.mark.parametrize(("text", "source"), [
    ("The Togolese decision prompted condemnation from Ghana.", "GHA"),
    ("The border closure sparked criticism from Kenya.", "KEN"),
])
def test_a_reaction_provoked_is_done_by_its_from_party(pipeline: Pipeline, text: str, source: str) -> None:
    found = _accusations(pipeline, text)
    assert len(found) == 1 and [a.country for a in found[0].actor] == [source]


def test_the_cause_of_a_reaction_is_not_the_event(pipeline: Pipeline) -> None:
    events = pipeline.extract("The strikes sparked criticism from Ghana.", published="2024-03-04", id="t").events
    assert [e.type for e in events] == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "The Ghanaian minister said Togo was responsible for border security.",  # no harm blamed
    "The Ghanaian minister said Ghana's economy was behind schedule.",
    "The Kenyan spokesman said Uganda had not violated the ceasefire.",  # cleared
    "The Togolese army said it had breached the limit.",  # the speaker's own doing: admitted
    '"We violated the rules," the Togolese minister said.',
    "Islamic State said it was responsible for the attack.",  # a claim of responsibility, no accusation
    "The Kenyan farmer said the village lies in ruins.",  # lie of place
    "The Ghanaian president called the election a triumph.",  # no fault
    "The police held the suspects for questioning.",  # no predicate of blame
])
def test_no_accusation_without_a_party_blamed_for_a_wrong(pipeline: Pipeline, text: str) -> None:
    assert _accusations(pipeline, text) == []


def test_the_doer_of_a_condemned_act_is_its_target(pipeline: Pipeline) -> None:
    """"condemned the attack on the embassy by Togolese militias": the parser hangs the by-phrase on "embassy"; the
    attack's doer is whom the condemnation is aimed at, not the embassy attacked."""
    found = _accusations(pipeline, "Ghana condemned the attack on the embassy by Togolese militias.")
    assert len(found) == 1 and _sides(found[0]) == (["GHA"], ["TGO"])


@pytest.mark.parametrize(("text", "sides"), [
    ("The Ghanaian government said Togo's moves were provocative.", (["GHA"], ["TGO"])),
    ("Ghana's president called Togo a rogue state.", (["GHA"], ["TGO"])),
    # the act's doer in its by-phrase, wherever the parser hangs it; an adjective after "as"
    ("The Ghanaian ministry described the arrests by Togolese police as arbitrary.", (["GHA"], ["TGO"])),
    ("Ghana said the raids by Togolese soldiers were illegal.", (["GHA"], ["TGO"])),
])
def test_conduct_judged_faulty_accuses_its_doer(pipeline: Pipeline, text: str,
                                                sides: tuple[list[str], list[str]]) -> None:
    found = _accusations(pipeline, text)
    assert len(found) == 1 and _sides(found[0]) == sides


@pytest.mark.parametrize("text", [
    "Ghana described the arrests as arbitrary.",  # no doer named
    "Ghana described Togo as a close partner.",
    "The Ghanaian report said the weather was brutal.",
])
def test_no_accusation_without_a_doer_at_fault(pipeline: Pipeline, text: str) -> None:
    assert _accusations(pipeline, text) == []
