"""The named-entry scorer: a gold name for a state's government by its country is the country's entry."""

from __future__ import annotations

import pytest

from accord.eval.entry_names import same_entry


@pytest.mark.parametrize(("gold", "predicted"), [
    ("Syrian government", "Syria"), ("Turkish government", "Turkey"), ("US government", "United States"),
    ("South Korean government", "South Korea"), ("Afghan government", "Afghanistan"),
    ("Iranian regime", "Iran"), ("Chinese authorities", "China"),
])
def test_a_government_named_by_its_country_is_the_country(gold: str, predicted: str) -> None:
    assert same_entry(gold, predicted)


@pytest.mark.parametrize(("gold", "predicted"), [
    ("Syrian government", "Turkey"), ("Syrian opposition", "Syria"), ("Syrian armed forces", "Syria"),
    ("Turkish foreign ministry", "Turkey"), ("government", "Syria"),
])
def test_other_bodies_and_other_countries_are_not(gold: str, predicted: str) -> None:
    assert not same_entry(gold, predicted)
