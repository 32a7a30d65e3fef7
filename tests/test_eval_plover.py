"""The PLOVER scorer on hand-made cases whose scores are known."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.errors import EvalError
from accord.eval.plover import PloverRecord, load_plover_gold, score_plover
from accord.records import Actor, Event, Span


def actor(country: str | None, text: str | None = None) -> Actor:
    return Actor(text=text or country or "?", country=country)


def event(type_: str, actors: tuple[Actor, ...] = (), recipients: tuple[Actor, ...] = ()) -> Event:
    return Event(id="d:e1", type=type_, trigger=Span("x", 0, 1), sentence=Span("x", 0, 1), actor=actors,
                 recipient=recipients)


def record(type_: str, actors: list[tuple[str, str]], recipients: list[tuple[str, str]] | None = None,
           id: str = "r1") -> PloverRecord:
    return PloverRecord.from_dict({
        "id": id, "text": "Some sentence.", "date": "2000-01-01", "type": type_,
        "actor": [{"text": t, "code": c, "sector": None} for t, c in actors],
        "recipient": [{"text": t, "code": c, "sector": None} for t, c in recipients or ()],
    })


AGREE_USA_JOR = record("AGREE", [("United States", "USA")], [("Jordan", "JOR")])


def test_perfect_prediction_scores_one() -> None:
    report = score_plover([AGREE_USA_JOR], [[event("AGREE", (actor("USA"),), (actor("JOR"),))]])
    assert report.event_type.f1 == 1.0
    assert report.full.f1 == 1.0
    assert report.actor_country_accuracy == 1.0
    assert report.per_type == {"AGREE": (1, 1)}
    assert report.errors() == []


def test_no_prediction_scores_zero_and_is_listed_as_error() -> None:
    report = score_plover([AGREE_USA_JOR], [[]])
    assert (report.event_type.f1, report.full.f1, report.actor_country_accuracy) == (0.0, 0.0, 0.0)
    assert report.confusion == {"AGREE": {"NONE": 1}}
    assert report.errors()[0]["problem"] == "no event"


def test_swapped_actors_are_accepted() -> None:
    report = score_plover([AGREE_USA_JOR], [[event("AGREE", (actor("JOR"),), (actor("USA"),))]])
    assert report.full.f1 == 1.0


def test_one_wrong_actor_fails_full_but_not_type() -> None:
    report = score_plover([AGREE_USA_JOR], [[event("AGREE", (actor("USA"),), (actor("SYR"),))]])
    assert report.event_type.f1 == 1.0
    assert report.full.f1 == 0.0
    assert report.actor_country == (1, 2)
    assert report.errors()[0]["problem"] == "wrong participants"


def test_one_extra_event_halves_precision() -> None:
    right = event("AGREE", (actor("USA"),), (actor("JOR"),))
    extra = event("ACCUSE", (actor("JOR"),), (actor("USA"),))
    report = score_plover([AGREE_USA_JOR], [[right, extra]])
    assert report.event_type.precision == 0.5
    assert report.event_type.recall == 1.0
    assert report.full.f1 == pytest.approx(2 / 3)


def test_wrong_type_goes_to_the_confusion_table() -> None:
    report = score_plover([AGREE_USA_JOR], [[event("CONSULT", (actor("USA"),), (actor("JOR"),))]])
    assert report.confusion == {"AGREE": {"CONSULT": 1}}
    assert report.errors()[0]["problem"] == "wrong type"
    assert report.actor_country == (2, 2)  # the countries were right even though the type was not


def test_compound_actors_without_recipient_may_be_coded_either_way() -> None:
    gold = record("AGREE", [("Hungarian", "HUN"), ("Romanian", "ROU")])
    as_dyad = event("AGREE", (actor("HUN"),), (actor("ROU"),))
    as_compound = event("AGREE", (actor("HUN"), actor("ROU")))
    half = event("AGREE", (actor("HUN"),))
    assert score_plover([gold], [[as_dyad]]).full.f1 == 1.0
    assert score_plover([gold], [[as_compound]]).full.f1 == 1.0
    assert score_plover([gold], [[half]]).full.f1 == 0.0


def test_non_state_actor_matches_by_text() -> None:
    gold = record("REQUEST", [("Iraq", "IRQ")], [("U.N. Security Council", "IGO")])
    by_text = event("REQUEST", (actor("IRQ"),), (Actor(text="Security Council", name="UN Security Council"),))
    wrong_text = event("REQUEST", (actor("IRQ"),), (Actor(text="NATO"),))
    assert score_plover([gold], [[by_text]]).full.f1 == 1.0
    assert score_plover([gold], [[wrong_text]]).full.f1 == 0.0
    # only the state participant counts for country accuracy
    assert score_plover([gold], [[wrong_text]]).actor_country == (1, 1)


def test_scores_add_up_over_records() -> None:
    other = record("ASSAULT", [("Israel", "ISR")], [("Palestinian", "PSE")], id="r2")
    report = score_plover(
        [AGREE_USA_JOR, other],
        [[event("AGREE", (actor("USA"),), (actor("JOR"),))], []],
    )
    assert report.event_type.recall == 0.5
    assert report.event_type.precision == 1.0
    assert report.per_type == {"AGREE": (1, 1), "ASSAULT": (0, 1)}


def test_reader_reads_lines_and_names_a_bad_one(tmp_path: Path) -> None:
    good = {"id": "x1", "text": "Ghana and Togo agreed.", "date": "2000-01-01", "type": "AGREE",
            "actor": [{"text": "Ghana", "code": "GHA", "sector": None}], "recipient": []}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(good) + "\n\n", encoding="utf-8")
    records = load_plover_gold(path)
    assert [r.id for r in records] == ["x1"] and records[0].actor[0].is_state
    path.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(EvalError, match=r"gold.jsonl:2"):
        load_plover_gold(path)
