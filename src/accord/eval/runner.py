"""Running the pipeline for each evaluation: the glue between gold files, the Pipeline and the scorers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from accord.actors.evaluate import score_plover_actors
from accord.blackboard import QUOTES_STAGE
from accord.errors import EvalError
from accord.eval.annotation import SampleGold, load_sample_gold
from accord.eval.attribution import AttributionReport, align_offsets, carry_over, score_attributions
from accord.eval.bench import timed_extractions
from accord.eval.brat import read_brat_dir
from accord.eval.plover import PloverRecord, PloverReport, load_plover_gold, score_extractions
from accord.eval.sample import SampleReport, score_sample
from accord.ingest import make_document, read_inputs
from accord.pipeline import Pipeline
from accord.records import Document, Extraction

GOLD_SUFFIX = ".gold.json"



def run_plover(gold_path: str | Path, pipeline: Pipeline) -> PloverReport:
    records = load_plover_gold(gold_path)
    report = score_extractions(records, extract_records(records, pipeline))
    report.extra["actors"] = actor_scorer_figures(str(gold_path), pipeline)
    return report


def extract_records(records: Sequence[PloverRecord], pipeline: Pipeline) -> list[Extraction]:
    documents = [make_document(id=r.id, text=r.text, published=r.date) for r in records]
    return list(pipeline.extract_documents(documents))


def actor_scorer_figures(gold_path: str, pipeline: Pipeline) -> dict[str, Any]:
    """Country and sector accuracy of the actor stage on its own (its scorer in :mod:`accord.actors.evaluate`)."""
    return score_plover_actors(gold_path, pipeline)


def read_article(path: str | Path) -> Document:
    """The article as `accord ingest` reads it (normalised text, published date from its .meta.json)."""
    items = list(read_inputs([str(path)]))
    documents = [d for d in items if isinstance(d, Document)]
    if len(documents) != 1:
        reasons = "; ".join(getattr(i, "reason", "") for i in items if not isinstance(i, Document))
        raise EvalError(f"{path}: expected one article, read {len(documents)} ({reasons or 'nothing'})")
    return documents[0]


def run_sample(gold_path: str | Path, text_path: str | Path, pipeline: Pipeline) -> SampleReport:
    gold = load_sample_gold(gold_path)
    document = read_article(text_path)
    return score_document(gold, document, pipeline)


def score_document(gold: SampleGold, document: Document, pipeline: Pipeline) -> SampleReport:
    published = document.published or gold.published
    extraction = pipeline.extract(document.text, published=published, id=document.id, title=document.title)
    return score_sample(gold, extraction)


def golden_pairs(directory: str | Path) -> list[tuple[Path, Path]]:
    """(annotation, article) pairs: every ``name.gold.json`` with its ``name.txt`` beside it."""
    pairs = []
    for gold in sorted(Path(directory).glob(f"*{GOLD_SUFFIX}")):
        article = gold.with_name(gold.name.removesuffix(GOLD_SUFFIX) + ".txt")
        if not article.exists():
            raise EvalError(f"{gold}: no article {article.name} beside it")
        pairs.append((gold, article))
    return pairs


def run_corpus(directory: str | Path, pipeline: Pipeline) -> SampleReport:
    """Every annotated article of a directory, scored and added up into one report."""
    pairs = golden_pairs(directory)
    if not pairs:
        raise EvalError(f"{directory}: no *{GOLD_SUFFIX} annotations")
    reports = [run_sample(gold, article, pipeline) for gold, article in pairs]
    total = reports[0]
    for report in reports[1:]:
        total = total + report
    return total


def run_quotes(
    directory: str | Path, pipeline: Pipeline, *, split: str = "all", sample: int | None = None, seed: int = 0
) -> AttributionReport:
    """Score the pipeline's quotes on a BRAT directory (or one part of it), timing the quote stage as it runs."""
    documents = list(read_brat_dir(directory, split, sample, seed))
    timings: dict[str, float] = {}
    inputs = (make_document(id=brat.id, text=brat.text) for brat in documents)
    total = AttributionReport()
    for brat, extraction in zip(documents, timed_extractions(pipeline, inputs, timings), strict=True):
        text = extraction.document.text
        mapping = align_offsets(brat.text, text)
        gold = [carry_over(a, mapping, text) for a in brat.attributions]
        total = total + score_attributions(brat.id, text, gold, extraction.quotes)
    return replace(total, stage_seconds=timings.get(QUOTES_STAGE, 0.0), pipeline_seconds=sum(timings.values()))
