"""Every date, place and quantity of the shared sample's hand annotation, found with the right value.

Reads ../shared (skips when it is absent); runs only the places, dates and quantities stages so that a
failure here is about them.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from accord.pipeline import Pipeline, PipelineOptions
from accord.records import Extraction

SAMPLE = "summit-2021-12-06"
STAGES = ("accord_places_v1", "accord_dates_v1", "accord_quantities_v1")
MAX_PLACE_ERROR_KM = 50.0


@pytest.fixture(scope="module")
def gold(shared_dir: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((shared_dir / "samples" / f"{SAMPLE}.gold.json").read_text("utf-8"))
    return loaded


@pytest.fixture(scope="module")
def extraction(shared_dir: Path) -> Extraction:
    samples = shared_dir / "samples"
    meta = json.loads((samples / f"{SAMPLE}.meta.json").read_text("utf-8"))
    text = (samples / f"{SAMPLE}.txt").read_text("utf-8")
    return Pipeline(PipelineOptions(stages=STAGES)).extract(text, published=meta["published"], id=SAMPLE)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def test_every_gold_date(gold: dict[str, Any], extraction: Extraction) -> None:
    missing = [
        g for g in gold["dates"] if not any(g["text"] in d.text and d.value == g["value"] for d in extraction.dates)
    ]
    assert not missing, [(d.text, d.value) for d in extraction.dates]


def test_every_gold_place(gold: dict[str, Any], extraction: Extraction) -> None:
    def found(g: dict[str, Any]) -> bool:
        for place in extraction.places:
            if g["text"] not in place.text or place.country != g["country"]:
                continue
            if "lat" not in g or (
                place.lat is not None
                and place.lon is not None
                and km(place.lat, place.lon, g["lat"], g["lon"]) <= MAX_PLACE_ERROR_KM
            ):
                return True
        return False

    missing = [g["text"] for g in gold["places"] if not found(g)]
    assert not missing


def test_metonymic_capitals_are_actors(gold: dict[str, Any], extraction: Extraction) -> None:
    for g in gold["places"]:
        if "metonymy" in g.get("note", ""):
            mentions = [p for p in extraction.places if p.text == g["text"]]
            assert mentions and any(p.is_actor for p in mentions), g["text"]


def test_every_gold_quantity(gold: dict[str, Any], extraction: Extraction) -> None:
    def matches(g: dict[str, Any], q: Any) -> bool:
        if q.value != g["value"]:
            return False
        counted = g["unit"].split()[0]
        if q.unit != g["unit"] and (q.unit is None or counted not in q.unit):
            return False
        return g.get("qualifier") in (None, q.qualifier) and g.get("country") in (None, q.country)

    missing = [g for g in gold["quantities"] if not any(matches(g, q) for q in extraction.quantities)]
    assert not missing, [q.to_dict() for q in extraction.quantities]


def test_gold_dead_are_dead_with_their_country(gold: dict[str, Any], extraction: Extraction) -> None:
    expected = sorted((value, country) for e in gold["events"] for country, value in e.get("dead", {}).items())
    killed = sorted((q.value, q.country) for q in extraction.quantities if q.category == "dead")
    assert expected and killed == expected
