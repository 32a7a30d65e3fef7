"""Wave 16: a verb of force or of a blow in a figure of speech, tried on sentences written for these tests where the
literal sense holds and where it does not:

- what is hijacked by force is a craft or a vehicle (or those on board); a debate, a meeting or the floor of a
  chamber is taken over only in a figure of speech, no event of force;
- the floor, the podium or the spotlight seized is a place to speak, no property confiscated;
- to knock a party or its words ("knocked the senator for his vote") is to disparage them (ACCUSE); knocked down,
  out, to the ground or unconscious is a blow or a fall, no criticism.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _types(pipeline: Pipeline, text: str) -> list[str]:
    return [e.type for e in pipeline.extract(text, published="2022-05-02").events]


@pytest.mark.parametrize("text", [
    "Pirates hijacked a Greek oil tanker off the coast of Somalia.",
    "Armed men hijacked a passenger jet on its way to Delhi.",
])
def test_a_craft_hijacked_is_an_attack(pipeline: Pipeline, text: str) -> None:
    assert "ASSAULT" in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "The students hijacked the meeting of the city council.",
    "Farmers' leaders hijacked the debate on subsidies.",
    "Opposition deputies hijacked the floor of the assembly for 12 hours.",
    "Opposition deputies seized the floor of the assembly on Tuesday.",
    "The young minister seized the spotlight at the summit.",
])
def test_a_debate_or_a_floor_taken_over_is_no_act_of_force(pipeline: Pipeline, text: str) -> None:
    types = _types(pipeline, text)
    assert "ASSAULT" not in types and "COERCE" not in types, types


@pytest.mark.parametrize("text", [
    "The governor knocked the senator for his vote on the budget.",
    "The opposition leader knocked the finance minister's plan on Monday.",
])
def test_knocking_a_party_or_its_words_is_criticism(pipeline: Pipeline, text: str) -> None:
    assert _types(pipeline, text) == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "The storm knocked out power across the province.",
    "The soldiers knocked down the wall of the compound.",
    "The minister knocked on the door of the embassy.",
    "The guard knocked the prisoner to the floor.",
    "The officer knocked the man unconscious.",
])
def test_a_blow_or_a_fall_is_no_criticism(pipeline: Pipeline, text: str) -> None:
    assert "ACCUSE" not in _types(pipeline, text)
