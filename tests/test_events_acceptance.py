"""The learned acceptance judge after the event coder: its shipped weights, its features, its switch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from accord.blackboard import EVENTS_STAGE
from accord.events.acceptance import CLAUSE_MODEL_RESOURCE, AcceptanceModel, load_model
from accord.events.stage import EventCoder
from accord.pipeline import Pipeline, PipelineOptions

ACCUSATION = "On Monday, Egypt's foreign minister accused Israel of violating the ceasefire."
QUOTED = 'A Kenyan official said: "Somali militants attacked our border post."'
REJECT_ALL = AcceptanceModel(("has_source",), (0.0,), -30.0, 0.5, "test")


@pytest.fixture(scope="module")
def unfiltered(unfiltered_pipeline: Pipeline) -> Pipeline:
    return unfiltered_pipeline


@pytest.fixture()
def coder(unfiltered: Pipeline) -> Iterator[EventCoder]:
    stage = unfiltered.nlp.get_pipe(EVENTS_STAGE)
    assert isinstance(stage, EventCoder)
    kept = stage.acceptance, stage.event_filter, stage.clause_judge
    stage.judgements = []
    yield stage
    stage.acceptance, stage.event_filter, stage.clause_judge = kept
    stage.judgements = None


def test_the_shipped_judge_loads_with_its_features_and_threshold() -> None:
    model = load_model()
    assert model.names and len(model.names) == len(model.weights)
    assert 0.0 < model.threshold < 1.0
    assert model.version


def test_the_judge_is_a_deterministic_logistic_regression() -> None:
    model = AcceptanceModel(("a", "b"), (2.0, -1.0), -1.0, 0.5, "test")
    assert model.probability({"a": 0.5, "b": 0.0}) == pytest.approx(0.5)  # 2 * 0.5 - 1 = 0
    assert model.probability({"a": 1.0, "b": 1.0}) == pytest.approx(0.5)
    assert model.probability({"a": 1.0}) == pytest.approx(1 / (1 + 2.718281828459045 ** -1))
    shipped = load_model()
    values = dict.fromkeys(shipped.names, 1.0)
    assert shipped.probability(values) == shipped.probability(values)
    assert model.accepts({"a": 1.0}) and not model.accepts({"b": 1.0})


def _features(coder: EventCoder, unfiltered: Pipeline, text: str, trigger: str) -> dict[str, float]:
    extraction = unfiltered.extract(text, "2024-03-06")
    by_id = dict(coder.judgements or [])
    event = next(e for e in extraction.events if e.trigger.text == trigger)
    return by_id[event.id]


def test_features_of_a_plain_accusation(coder: EventCoder, unfiltered: Pipeline) -> None:
    values = _features(coder, unfiltered, ACCUSATION, "accused")
    assert set(load_model().names) <= set(values)  # the parse judge's 14 features, all there
    clause = load_model(CLAUSE_MODEL_RESOURCE)
    assert set(clause.known(values)) <= set(clause.names)  # every feature is one the clause judge weighs
    assert values["conflict"] == 1.0 and values["nominal"] == 0.0
    assert values["depth"] == 0.0 and values["subordinate"] == 0.0  # the sentence's root verb
    assert values["has_source"] == values["has_target"] == values["source_sector"] == 1.0
    assert values["source_by_reference"] == 0.0 and values["in_quotation"] == 0.0
    assert values["headline"] == 0.0 and values["lede"] == 1.0  # a lone sentence is the story, no headline
    assert values["dated_in_text"] == 1.0  # "On Monday": the clause of "accused"
    assert all(0.0 <= v <= 1.0 for v in values.values())


def test_features_of_an_event_inside_a_quotation(coder: EventCoder, unfiltered: Pipeline) -> None:
    values = _features(coder, unfiltered, QUOTED, "attacked")
    assert values["in_quotation"] == 1.0
    assert values["depth"] > 0.0 and values["subordinate"] == 1.0  # the complement of "said"


def test_the_headline_over_a_story_is_told_apart_from_its_lede(coder: EventCoder, unfiltered: Pipeline) -> None:
    text = f"Egypt accuses Israel over ceasefire\n\n{ACCUSATION}"
    unfiltered.extract(text, "2024-03-06")
    judged = [v for _, v in coder.judgements or []]
    assert [(v["headline"], v["lede"]) for v in judged] == [(1.0, 0.0), (0.0, 1.0)]


def test_the_filter_drops_what_the_judge_rejects_and_can_be_switched_off(coder: EventCoder,
                                                                         unfiltered: Pipeline) -> None:
    coder.acceptance = REJECT_ALL
    coder.event_filter = True
    assert not [e for e in unfiltered.extract(ACCUSATION).events if e.asserted]
    coder.configure(PipelineOptions(event_filter=False))
    kept = [e for e in unfiltered.extract(ACCUSATION).events if e.asserted]
    assert [e.type for e in kept] == ["ACCUSE"]


def test_a_kept_event_carries_the_judge_s_probability_as_its_confidence(coder: EventCoder,
                                                                        unfiltered: Pipeline) -> None:
    coder.event_filter = True
    event = next(e for e in unfiltered.extract(ACCUSATION, "2024-03-06").events if e.asserted)
    values = dict(coder.judgements or [])[event.id]
    assert event.confidence == pytest.approx(load_model().probability(values))
    assert event.confidence >= load_model().threshold


def test_the_clause_judge_drops_what_it_rejects_after_the_parse_judge(coder: EventCoder,
                                                                      unfiltered: Pipeline) -> None:
    coder.event_filter = True
    coder.clause_judge = REJECT_ALL
    assert not [e for e in unfiltered.extract(ACCUSATION).events if e.asserted]
    coder.clause_judge = None  # the shipped clause judge, read again when needed
    assert [e.type for e in unfiltered.extract(ACCUSATION).events if e.asserted] == ["ACCUSE"]
