"""The Pipeline: typed frozen records, one parse per document, worker processes give identical results."""

from __future__ import annotations

import dataclasses

import pytest

from accord import Extraction, Pipeline, PipelineOptions, extract
from accord.errors import ConfigError
from accord.ingest import make_document
from accord.nlp import STAGE_FACTORIES, build_nlp

TEXTS = [
    f"Story {i}. The presidents of Kenya and Uganda met in Nairobi on Tuesday to discuss a rail link. "
    "They signed an agreement on customs checks, officials said."
    for i in range(20)
]


def test_extract_returns_frozen_typed_records(pipeline: Pipeline) -> None:
    x = pipeline.extract("Japan and South Korea held talks in Tokyo.", published="2023-03-16", id="t1")
    assert isinstance(x, Extraction)
    assert x.document.id == "t1" and x.document.published == "2023-03-16"
    assert [s.text for s in x.sentences] == ["Japan and South Korea held talks in Tokyo."]
    with pytest.raises(dataclasses.FrozenInstanceError):
        x.document.id = "changed"  # type: ignore[misc]


def test_every_span_points_into_the_document_text(pipeline: Pipeline) -> None:
    x = pipeline.extract(" ".join(TEXTS[:3]), published="2023-01-01")
    text = x.document.text
    for record in (*x.entities, *x.sentences, *x.places, *x.dates, *x.quantities, *x.quotes):
        assert text[record.start:record.end] == record.text
    for event in x.events:
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
        assert text[event.sentence.start:event.sentence.end] == event.sentence.text


def test_worker_processes_give_the_same_records_as_one_process(pipeline: Pipeline) -> None:
    documents = [make_document(id=f"d{i}", text=t, published="2023-05-02") for i, t in enumerate(TEXTS)]
    single = [x.to_dict() for x in pipeline.extract_documents(documents)]
    parallel = Pipeline(PipelineOptions(jobs=2, batch_size=4))
    assert [x.to_dict() for x in parallel.extract_documents(documents)] == single


def test_parse_only_runs_spacy_without_accord_stages(pipeline: Pipeline) -> None:
    docs = list(pipeline.parse_only(TEXTS[:2]))
    assert len(docs) == 2 and all(len(list(d.sents)) >= 2 for d in docs)
    assert all(d._.accord_events is None for d in docs)


def test_module_level_extract_helper() -> None:
    assert extract("Chile recalled its ambassador.", "2022-02-02").document.published == "2022-02-02"


def test_unknown_stage_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown accord stage"):
        build_nlp(stages=("accord_nonsense_v9",))


def test_stages_are_registered_components(pipeline: Pipeline) -> None:
    assert [name for name in pipeline.nlp.pipe_names if name.startswith("accord_")] == list(STAGE_FACTORIES)
