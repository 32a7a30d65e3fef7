"""The accuracy gate: the golden corpus scored with `accord eval`'s sample scorer against pinned floors.

tests/golden/articles holds articles the project wrote, each with NAME.meta.json (published date) and
NAME.gold.json (expected events, quotes, places, dates, quantities). tests/golden/floors.json pins one
number per metric; a measured figure below its floor fails the build. Raise a floor when a stage improves
(a one-line change); lowering one needs a stated reason in the commit message.

A floor rests on at least MIN_FLOOR_ITEMS items: on fewer, one item moves the figure by more than the gap a
floor guards (a floor of 1.0 on 4 items fails on one slip and says nothing between slips). A metric with
fewer items is reported by `accord eval corpus` but not floored; the event attributes (date, location,
attribution, quantity, context of the found events), each too thin alone, are floored pooled.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.eval.annotation import annotation_problems, load_sample_gold
from accord.eval.runner import golden_pairs, read_article, run_corpus
from accord.eval.sample import METRICS, SampleReport
from accord.pipeline import Pipeline

GOLDEN = Path(__file__).parent / "golden"
ARTICLES = GOLDEN / "articles"
FLOORS: dict[str, float] = json.loads((GOLDEN / "floors.json").read_text(encoding="utf-8"))
MIN_ARTICLES = 12
MIN_FLOOR_ITEMS = 20


@pytest.fixture(scope="module")
def golden_report(pipeline: Pipeline) -> SampleReport:
    return run_corpus(ARTICLES, pipeline)


def test_corpus_is_complete_and_consistent() -> None:
    pairs = golden_pairs(ARTICLES)
    assert len(pairs) >= MIN_ARTICLES
    for gold_path, article_path in pairs:
        gold = load_sample_gold(gold_path)
        document = read_article(article_path)
        assert document.published and document.published == gold.published, article_path.name
        assert annotation_problems(gold, document.text) == [], article_path.name
        assert any(e.required for e in gold.events), article_path.name


def test_every_floor_rests_on_enough_items(golden_report: SampleReport) -> None:
    """Floored metrics rest on MIN_FLOOR_ITEMS items or more, and every metric that does is floored."""
    items = golden_report.metric_items()
    assert set(FLOORS) <= set(METRICS)
    assert all(0.0 <= floor <= 1.0 for floor in FLOORS.values())
    assert {m: items[m] for m in FLOORS if items[m] < MIN_FLOOR_ITEMS} == {}
    assert {m for m in METRICS if items[m] >= MIN_FLOOR_ITEMS} == set(FLOORS)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_metric_holds_its_floor(golden_report: SampleReport, metric: str) -> None:
    measured = golden_report.metrics()[metric]
    assert measured >= FLOORS[metric], (
        f"{metric} fell to {measured:.4f}, below its floor {FLOORS[metric]:.4f}; "
        f"see `accord eval corpus {ARTICLES.relative_to(GOLDEN.parent.parent)} --errors`"
    )
