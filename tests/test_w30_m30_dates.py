"""Dates (wave 30, mend m30-dates): "in the fall" / "in the spring" of a body falling or of water is no season;
a weekday under "would" in a passive or progressive clause is the nearer one as under a bare "would"; a definite
season is dropped only after a time of a year other than its own; the holiday data is read once; the dates stage
reads quotations from the one shared index of quotation marks. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.blackboard import DATES
from accord.pipeline import Pipeline
from date_helpers import days_found  # published on Friday 2016-10-14

SEASON_ENDINGS = ("SU", "FA", "SP", "WI")


def _seasons(values: list[str | None]) -> list[str]:
    return [v for v in values if v and v.endswith(SEASON_ENDINGS)]


@pytest.mark.parametrize(
    "text",
    [
        "The old fisherman fractured his wrist in the fall.",
        "Rescuers said the hiker was badly hurt in the fall.",
        "Two workers died in the fall from the scaffolding.",
        "The children swam in the spring behind the farm.",
        "The pilgrims bathed in the spring at dawn.",
        "Villagers drank from a well and washed in the spring.",
    ],
)
def test_a_physical_fall_or_a_water_spring_is_no_season(pipeline: Pipeline, text: str) -> None:
    assert _seasons(days_found(pipeline, text)) == []


@pytest.mark.parametrize(
    ("text", "season"),
    [
        # the same words of a season
        ("The council cut the bus budget in the fall.", "2016-FA"),
        ("The union broke off talks in the spring.", "2016-SP"),
        # over, during, throughout: always a time
        ("The climber was injured twice during the spring.", "2016-SP"),
    ],
)
def test_a_season_stays_a_season(pipeline: Pipeline, text: str, season: str) -> None:
    assert _seasons(days_found(pipeline, text)) == [season]


def _values(pipeline: Pipeline, text: str, published: str) -> list[str | None]:
    doc = pipeline.nlp.make_doc(text)
    doc._.accord_published = published
    return [d.value for d in DATES.get(pipeline.nlp(doc)) or []]


def test_a_season_of_last_year_is_kept_after_a_day_of_its_own_year(pipeline: Pipeline) -> None:
    """Published in January: December 20 and the summer are both of the year before, so the summer stays."""
    text = "The council met on December 20. Over the summer, it had raised fares twice."
    assert _values(pipeline, text, "2017-01-10") == ["2016-12-20", "2016-SU"]


def test_a_season_is_still_dropped_after_a_time_of_another_year(pipeline: Pipeline) -> None:
    text = "The council met in 2013. Over the summer, it had raised fares twice."
    assert _seasons(_values(pipeline, text, "2017-01-10")) == []


def test_the_holiday_data_is_read_once() -> None:
    from accord.dates import grammar

    assert "Super" in grammar.WEEKDAY_NAME_WORDS and "Mini" not in grammar.WEEKDAY_NAME_WORDS
    assert not hasattr(grammar, "_read_weekday_names")


def test_the_dates_stage_reads_quotations_from_the_shared_index() -> None:
    from accord.dates import find

    assert not hasattr(find, "QUOTATION_MARKS") and not hasattr(find, "_quoted")


def test_two_apostrophes_open_and_close_a_quotation_in_the_shared_index() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from accord.doc_index import quotation_start, remember_text

    text = "''We stay,'' the envoy said.\n''Not now, the aide said."
    doc = Doc(Vocab(), words=["text"])
    remember_text(doc, text)
    assert quotation_start(doc, text.index("stay")) == 0
    assert quotation_start(doc, text.index("envoy")) is None
    assert quotation_start(doc, text.index("aide")) == text.index("''Not")


def test_the_speakers_tomorrow_between_two_apostrophes(pipeline: Pipeline) -> None:
    assert days_found(pipeline, "''We will vote tomorrow,'' the senator said on Tuesday.") == [
        "2016-10-12", "2016-10-11"]
