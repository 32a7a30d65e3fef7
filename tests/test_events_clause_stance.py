"""The acceptance judge's talk-and-stance features (accord.events.clause_stance), on sentences written here."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from accord.blackboard import EVENTS_STAGE
from accord.events.acceptance import AcceptanceModel
from accord.events.clause_stance import LEMMA_PREFIX, OTHER, open_feature
from accord.events.stage import EventCoder
from accord.pipeline import Pipeline


@pytest.fixture()
def coder(unfiltered_pipeline: Pipeline) -> Iterator[EventCoder]:
    stage = unfiltered_pipeline.nlp.get_pipe(EVENTS_STAGE)
    assert isinstance(stage, EventCoder)
    stage.judgements = []
    yield stage
    stage.judgements = None


def _values(coder: EventCoder, pipeline: Pipeline, text: str, trigger: str) -> dict[str, float]:
    coder.judgements = []
    extraction = pipeline.extract(text, "2024-05-02")
    by_id = dict(coder.judgements or [])
    event = next(e for e in extraction.events if e.trigger.text == trigger and e.id in by_id)
    return by_id[event.id]


def test_the_coded_word_and_type_are_features(coder: EventCoder, unfiltered_pipeline: Pipeline) -> None:
    values = _values(coder, unfiltered_pipeline, "Chile's foreign minister criticised Peru on Tuesday.", "criticised")
    assert values["lemma:criticise"] == 1.0
    assert values["type:ACCUSE"] == 1.0
    assert values["tense:past"] == 1.0
    assert values["subject:noun"] == 1.0 and values["object:entity"] == 1.0
    assert values["first_person"] == values["question"] == values["under_talk"] == 0.0


def test_a_standing_stance_in_the_present_tense(coder: EventCoder, unfiltered_pipeline: Pipeline) -> None:
    values = _values(coder, unfiltered_pipeline, "The senator supports the new trade agreement.", "supports")
    assert values["tense:present_simple"] == 1.0
    assert values["object:noun"] == 1.0


def test_first_person_and_talk(coder: EventCoder, unfiltered_pipeline: Pipeline) -> None:
    values = _values(coder, unfiltered_pipeline, "The mayor said we condemned the bombing of the market.",
                     "condemned")
    assert values["first_person"] == 1.0
    assert values["under_talk"] == 1.0


def test_an_election_sentence(coder: EventCoder, unfiltered_pipeline: Pipeline) -> None:
    values = _values(coder, unfiltered_pipeline,
                     "During the election campaign the governor accused the mayor of corruption.", "accused")
    assert values["election"] == 1.0


def test_a_word_the_model_does_not_know_reads_as_its_family_s_other() -> None:
    model = AcceptanceModel(("lemma:attack", LEMMA_PREFIX + OTHER, "modal"), (1.0, -2.0, -1.0), 0.0, 0.5, "test")
    assert model.known({"lemma:attack": 1.0, "modal": 1.0}) == {"lemma:attack": 1.0, "modal": 1.0}
    assert model.known({"lemma:ridicule": 1.0}) == {LEMMA_PREFIX + OTHER: 1.0}
    assert model.probability({"lemma:ridicule": 1.0}) == pytest.approx(model.probability({LEMMA_PREFIX + OTHER: 1.0}))
    # a closed feature the model lacks is simply not read
    assert model.known({"passive": 1.0}) == {"passive": 1.0}
    assert model.probability({"passive": 1.0}) == pytest.approx(0.5)
    assert open_feature("lemma:x") == LEMMA_PREFIX and open_feature("type:AID") is None
