"""Dates and places anchored to the event's own clause (issue 18) and places that are not the target
(issue 19), through the whole pipeline. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import WEDNESDAY, event_on

PUBLISHED = WEDNESDAY


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A senator in Ohio is calling for the minister to resign.", "calling"),
        ("The opposition leader is calling for the army to leave the capital.", "calling"),
    ],
)
def test_for_before_an_infinitive_is_no_reason(pipeline: Pipeline, text: str, trigger: str) -> None:
    """"calling for X to resign": "for" is the complementiser of what is asked, not a reason placing the
    call before or after anything; the call told in the progressive is news of the day."""
    event = event_on(pipeline, text, trigger)
    assert event.date is not None and event.date.value == PUBLISHED


def test_an_event_noun_is_dated_by_what_it_did(pipeline: Pipeline) -> None:
    """"an assault that last month drove the militia from Sirte": what the assault did, it did when and
    where it happened."""
    event = event_on(pipeline, "Villagers displaced by an army assault that last month drove the militia from "
                               "Sirte are returning home.", "assault")
    assert event.date is not None and event.date.value == "2021-02"
    assert event.location is not None and event.location.name == "Sirte"


def test_what_was_done_to_an_event_noun_does_not_date_it(pipeline: Pipeline) -> None:
    """"the raid, which was condemned on Monday": the condemnation is another act, at another time."""
    extraction = pipeline.extract("The raid, which was condemned by the United Nations on Monday, killed "
                                  "four farmers.", published=PUBLISHED)
    raid = [e for e in extraction.events if e.trigger.text == "raid"]
    assert all(e.date is None or e.date.value != "2021-03-08" for e in raid)


def test_a_circumstance_noun_takes_the_time_of_its_clause(pipeline: Pipeline) -> None:
    """"said in a phone call on Monday": the call is when the saying is."""
    event = event_on(pipeline, "The Kenyan president said in a phone call with the Ugandan president on "
                               "Monday that the border would reopen.", "call")
    assert event.date is not None and event.date.value == "2021-03-08"


def test_forcing_out_from_a_place_happens_there(pipeline: Pipeline) -> None:
    """"attacked the rebels and drove them from Benghazi": the place left is where the forcing out was."""
    event = event_on(pipeline, "Government troops attacked the rebels and drove them from Benghazi on Sunday.",
                     "attacked")
    assert event.location is not None and event.location.name == "Benghazi"


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("Russian jets bombed eastern Ghouta on Tuesday.", "bombed", "Eastern Ghouta"),
        ("Germany withdrew its aircraft from Incirlik on Tuesday.", "withdrew", "Incirlik Air Base"),
        ("Drones attacked the Khmeimim air base on Tuesday.", "attacked", "Hmeimim Air Base"),
    ],
)
def test_bases_and_districts_news_names(pipeline: Pipeline, text: str, trigger: str, name: str) -> None:
    """Places that are no administrative division and not in GeoNames' city list: a base, an enclave."""
    event = event_on(pipeline, text, trigger)
    assert event.location is not None and event.location.name == name


def test_a_place_locating_the_named_target_is_not_the_target(pipeline: Pipeline) -> None:
    """"against rebel positions in eastern Ghouta": the target is the rebels, the enclave is where."""
    event = event_on(pipeline, "Government forces launched an offensive on Sunday against rebel positions in "
                               "the enclave of eastern Ghouta.", "offensive")
    assert [a.sector for a in event.recipient] == ["REB"]
    assert event.location is not None and event.location.name == "Eastern Ghouta"


def test_a_place_still_stands_for_those_hit_when_no_one_is_named(pipeline: Pipeline) -> None:
    """"fired shells at targets in Kandahar": nobody is named, and the place stands for those hit."""
    event = event_on(pipeline, "Pakistani artillery fired shells at targets in Kandahar.", "fired")
    assert [a.country for a in event.recipient] == ["AFG"]


def test_a_threat_said_in_the_perfect_has_no_day(pipeline: Pipeline) -> None:
    """"The government has said any militias that do not disarm will suffer": the threat is made when said,
    and the present perfect past a story's opening says it at no day the text gives."""
    extraction = pipeline.extract("Officials met in Nairobi on Monday. The government has said any militias "
                                  "that do not disarm will suffer as a consequence.", published=PUBLISHED)
    threats = [e for e in extraction.events if e.trigger.text == "suffer"]
    assert threats and threats[0].date is None


def test_the_past_perfect_of_a_governing_clause_is_background(pipeline: Pipeline) -> None:
    """"the man had decided to quit fighting": the fighting is before the time told (a past perfect no
    report backshifts)."""
    extraction = pipeline.extract("Police arrested six people on Monday. Long before the raid, the man had "
                                  "decided to quit fighting for the militia.", published=PUBLISHED)
    fighting = [e for e in extraction.events if e.trigger.text == "fighting"]
    assert fighting and fighting[0].date is None


def test_a_past_perfect_clause_takes_no_time_from_its_neighbour(pipeline: Pipeline) -> None:
    """"..., and local leaders had frequently accused the group": before, or many times over — not at the
    time the clause it is coordinated with gives."""
    extraction = pipeline.extract("The town had been a base of the militia over the past two years, and local "
                                  "leaders had frequently accused the militia of extortion.", published=PUBLISHED)
    accused = [e for e in extraction.events if e.trigger.text == "accused"]
    assert accused and accused[0].date is None


def test_a_narrative_goes_on_from_the_time_a_report_sets(pipeline: Pipeline) -> None:
    """"The helicopter was shot down on Monday, the spokesman said. '... it was shot down,' he said.": the
    report sets its time in what it reports, and the passive simple past goes on from it."""
    extraction = pipeline.extract("The army helicopter was shot down on Monday, the rebel spokesman said. "
                                  "\"The soldiers wanted to raid our base, but their helicopter was shot down and "
                                  "caught fire,\" he said.", published=PUBLISHED)
    shot = [e for e in extraction.events if e.trigger.text == "shot"]
    assert [e.date.value if e.date else None for e in shot] == ["2021-03-08", "2021-03-08"]


def test_a_past_perfect_a_report_tells_is_before_the_reports_time(pipeline: Pipeline) -> None:
    """"said on Friday that the militia had seized the depot": the report's day dates the saying; the past
    perfect tells the seizure before it, on a day the text does not give."""
    extraction = pipeline.extract("The governor said on Friday that the militia had seized the fuel depot.",
                                  published=PUBLISHED)
    seized = [e for e in extraction.events if e.trigger.text == "seized"]
    assert seized and seized[0].date is None


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        ("Police arrested the man on Monday, a day after he threatened the mayor.", "threatened", "2021-03-07"),
        ("The army withdrew on Friday, three days before the rebels seized the town.", "seized", "2021-03-08"),
    ],
)
def test_a_clause_counted_days_from_its_governor(pipeline: Pipeline, text: str, trigger: str, day: str) -> None:
    """"on Monday, a day after he threatened": the threat is a day before Monday, not undated."""
    event = event_on(pipeline, text, trigger)
    assert event.date is not None and (event.date.value, event.date.granularity) == (day, "day")


def test_a_counted_shift_past_publication_is_no_date_for_a_past_act(pipeline: Pipeline) -> None:
    """"withdrew on Monday, three days before the rebels seized the town" in Wednesday's paper: the seizure
    told in the past cannot be on Thursday."""
    event = event_on(pipeline, "The army withdrew on Monday, three days before the rebels seized the town.",
                     "seized")
    assert event.date is None


@pytest.mark.parametrize(
    ("phrase", "name", "country"),
    [
        ("Paktia province", "Paktia", "AFG"),
        ("Nineveh province", "Nineveh province", "IRQ"),
        ("the Benishangul-Gumuz region", "Benishangul-Gumuz region", "ETH"),
        ("Hadramout", "Hadramawt", "YEM"),
    ],
)
def test_divisions_iso_romanises_far_from_english(pipeline: Pipeline, phrase: str, name: str, country: str) -> None:
    event = event_on(pipeline, f"Fighting broke out in {phrase} on Monday.", "Fighting")
    assert event.location is not None and (event.location.name, event.location.country) == (name, country)
