"""Layer 4 on sentences written for these tests: who acts and on whom when a neighbouring clause of the same
sentence names them (wave 10): the doer of an agentless passive told in a clause of circumstance, and the partner
of a verb of joint action as a co-actor of its purpose clause, never its target."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from accord.pipeline import Pipeline
from accord.records import Actor, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.extract(text, published="2024-03-04", id="t").events


def _countries(actors: Iterable[Actor]) -> list[str]:
    return sorted(a.country for a in actors if a.country)


def _sides(pipeline: Pipeline, text: str, event_type: str) -> tuple[list[str], list[str]]:
    found = [e for e in _events(pipeline, text) if e.type == event_type]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in _events(pipeline, text)]
    return _countries(found[0].actor), _countries(found[0].recipient)


# --- the doer of an agentless passive in a clause of circumstance --------------------------------------------


@pytest.mark.parametrize(("text", "event_type", "sides"), [
    ("The Somali smuggler was arrested on Monday when Kenyan police raided the camp.", "COERCE",
     (["KEN"], ["SOM"])),
    ("Three Syrian civilians were killed when Russian jets bombed the market.", "ASSAULT", (["RUS"], ["SYR"])),
    ("Two Malian soldiers were wounded as French troops shelled the village.", "ASSAULT", (["FRA"], ["MLI"])),
    # the parser hangs a "when" clause on the nearest noun: it still tells the circumstance
    ("The Somali smuggler was arrested on Monday in the port of Kismayo, when Kenyan police raided the camp.",
     "COERCE", (["KEN"], ["SOM"])),
])
def test_a_clause_of_circumstance_names_the_doer_of_an_agentless_passive(
        pipeline: Pipeline, text: str, event_type: str, sides: tuple[list[str], list[str]]) -> None:
    assert _sides(pipeline, text, event_type) == sides


@pytest.mark.parametrize("text", [
    "The Ugandan envoy was arrested after he insulted the Kenyan president.",  # the patient's own act
    "Five Iraqi protesters were killed when the crowd clashed with police.",  # a fight: whose blow is untold
])
def test_a_clause_of_circumstance_without_another_forceful_doer_names_none(pipeline: Pipeline, text: str) -> None:
    harmed = [e for e in _events(pipeline, text) if e.type in ("COERCE", "ASSAULT")]
    assert harmed and all(not e.actor for e in harmed)


def test_a_by_agent_still_wins_over_the_clause_of_circumstance(pipeline: Pipeline) -> None:
    assert _sides(pipeline, "The Somali smuggler was arrested by Ugandan police when Kenyan soldiers raided the "
                            "camp.", "COERCE") == (["UGA"], ["SOM"])


# --- the partner of a verb of joint action -------------------------------------------------------------------


def test_the_partner_of_joint_action_is_a_co_actor_not_the_target(pipeline: Pipeline) -> None:
    found = [e for e in _events(pipeline, "The Kenyan office referred the case to the Ugandan police, who worked "
                                          "with the Tanzanian army to investigate.") if e.type == "ACCUSE"]
    assert found
    assert _countries(found[0].actor) == ["TZA", "UGA"] and not found[0].recipient


def test_the_partner_of_joint_action_leaves_the_real_target(pipeline: Pipeline) -> None:
    found = [e for e in _events(pipeline, "The Ugandan police worked with the Tanzanian army to investigate the "
                                          "Kenyan smugglers.") if e.type == "ACCUSE"]
    assert found
    assert _countries(found[0].actor) == ["TZA", "UGA"] and _countries(found[0].recipient) == ["KEN"]
