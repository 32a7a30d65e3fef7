"""Train the event coder's acceptance judge (``accord.events.acceptance``) on the real-news *dev* split.

    PYTHONPATH=src python scripts/train_event_filter.py [--out src/accord/data/events/acceptance.json]

1. accord codes every dev article with the judge switched off; the event stage hands back the features of each
   asserted event (``EventCoder.judgements``).
2. Labels come from the scorer's own type-level matching (``accord.eval.realnews_score.score_level``): an
   event the one-to-one matching pairs with a counted gold event is 1, one the scorer counts wrong is 0, and one
   it counts neither way (it fits an optional gold event) is left out. Labelling by the scorer's matching rather
   than by any overlap makes a second coding of an already-matched gold event a 0: dropping it is what lifts
   precision, and the judge should learn that too.
3. L2-regularised logistic regression (Newton's method, numpy only). The penalty is the strongest whose
   log-loss over 5-fold cross-validation grouped by article is within one standard error of the best; the
   threshold the lowest whose type F1 of the re-scored out-of-fold predictions is within one event of the best.
   A nested run (the threshold chosen inside each outer fold's training articles) says how much choosing the
   threshold on the same folds flatters the figures.
4. The final judge is trained on every labelled dev event and written as JSON with its features, the command
   that made it, and the cross-validated figures.

Never run on the held-out split: the figures it reports must stay the only ones the judge has seen.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from accord.blackboard import EVENTS_STAGE
from accord.eval.metrics import PRF
from accord.eval.realnews import ArticleAnnotation
from accord.eval.realnews_match import actor_fits, predicted_asserted, type_fits
from accord.eval.realnews_run import load_annotated
from accord.eval.realnews_score import score_level
from accord.events.stage import EventCoder
from accord.pipeline import Pipeline, PipelineOptions
from accord.records import Event

FOLDS = 5
SEED = 18
PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(0, 19))
VERSION = "1"
Array = NDArray[np.float64]


@dataclass
class Article:
    annotation: ArticleAnnotation
    events: list[Event]  # asserted predictions, as the scorer sees them
    rows: list[list[float]]  # features of each
    labels: list[int | None]  # 1 matched, 0 wrong, None neither


def code_articles(paths: Sequence[str]) -> tuple[list[Article], list[str]]:
    pipeline = Pipeline(PipelineOptions(event_filter=False))
    stage = pipeline.nlp.get_pipe(EVENTS_STAGE)
    assert isinstance(stage, EventCoder)
    annotated, skipped = load_annotated(paths, "dev")
    if skipped:
        print(f"skipped {len(skipped)} annotation files", file=sys.stderr)
    names: list[str] = []
    articles: list[Article] = []
    for item in annotated:
        stage.judgements = []
        extraction = next(pipeline.extract_documents([item.document]))
        by_id = dict(stage.judgements)
        events = [e for e in extraction.events if predicted_asserted(e)]
        if not names and by_id:
            names = list(next(iter(by_id.values())))
        rows = [[by_id[e.id][n] for n in names] if names else [] for e in events]
        typed = score_level(item.annotation.events, events, type_fits)
        matched, wrong = set(typed.matching.values()), set(typed.wrong)
        labels: list[int | None] = [1 if j in matched else 0 if j in wrong else None for j in range(len(events))]
        articles.append(Article(item.annotation, events, rows, labels))
    stage.judgements = None
    return articles, names


def fit(x: Array, y: Array, penalty: float) -> tuple[Array, float]:
    """L2-penalised logistic regression by Newton's method; the bias is not penalised."""
    n, d = x.shape
    design = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(d + 1)
    ridge = np.full(d + 1, penalty)
    ridge[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-design @ w))
        gradient = design.T @ (p - y) + ridge * w
        hessian = (design * (p * (1 - p))[:, None]).T @ design + np.diag(ridge) + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    return w[:-1], float(w[-1])


def predict(x: Array, weights: Array, bias: float) -> Array:
    return np.asarray(1.0 / (1.0 + np.exp(-(x @ weights + bias))), dtype=np.float64)


def folds_of(articles: Sequence[Article], k: int = FOLDS) -> list[int]:
    order = sorted(range(len(articles)), key=lambda i: articles[i].annotation.key)
    random.Random(SEED).shuffle(order)
    fold = [0] * len(articles)
    for position, i in enumerate(order):
        fold[i] = position % k
    return fold


def training_data(articles: Sequence[Article]) -> tuple[Array, Array]:
    rows = [r for a in articles for r, label in zip(a.rows, a.labels, strict=True) if label is not None]
    labels = [label for a in articles for label in a.labels if label is not None]
    return np.array(rows, dtype=np.float64), np.array(labels, dtype=np.float64)


def out_of_fold(articles: Sequence[Article], fold: Sequence[int], penalty: float) -> list[Array]:
    """Each article's event probabilities from a judge trained on the other folds."""
    scores: list[Array] = [np.zeros(0)] * len(articles)
    for f in sorted(set(fold)):
        x, y = training_data([a for a, g in zip(articles, fold, strict=True) if g != f])
        weights, bias = fit(x, y, penalty)
        for i, a in enumerate(articles):
            if fold[i] == f:
                rows = np.array(a.rows, dtype=np.float64).reshape(len(a.rows), len(weights))
                scores[i] = predict(rows, weights, bias)
    return scores


def log_losses(articles: Sequence[Article], scores: Sequence[Array]) -> Array:
    """The log-loss of each labelled event."""
    losses: list[float] = []
    for a, s in zip(articles, scores, strict=True):
        for p, label in zip(s, a.labels, strict=True):
            if label is not None:
                p = min(max(float(p), 1e-9), 1 - 1e-9)
                losses.append(-float(np.log(p if label else 1 - p)))
    return np.array(losses, dtype=np.float64)


def strongest_penalty(losses: dict[float, Array]) -> float:
    """The one-standard-error rule: the strongest penalty whose mean out-of-fold log-loss is within one standard
    error of the best one (a judge that leans less on this one development set)."""
    best = min(losses, key=lambda c: float(losses[c].mean()))
    limit = float(losses[best].mean()) + float(losses[best].std(ddof=1)) / np.sqrt(len(losses[best]))
    return max(c for c in losses if float(losses[c].mean()) <= limit)


def rescored(articles: Sequence[Article], scores: Sequence[Array], threshold: float) -> dict[str, PRF]:
    """Type and type+source P/R/F1 of the events the judge keeps, re-matched by the scorer."""
    out = {"type": PRF(), "type+actor": PRF()}
    for a, s in zip(articles, scores, strict=True):
        kept = [e for e, p in zip(a.events, s, strict=True) if p >= threshold]
        out["type"] = out["type"] + score_level(a.annotation.events, kept, type_fits).prf
        out["type+actor"] = out["type+actor"] + score_level(a.annotation.events, kept, actor_fits).prf
    return out


def best_threshold(articles: Sequence[Article], scores: Sequence[Array]) -> float:
    """The lowest threshold whose type F1 is within one event of the best: F1 differences smaller than one
    matched event (2 / (gold + predicted)) are noise, and among those the judge keeps what the rules found."""
    f1s = {t: rescored(articles, scores, t)["type"] for t in THRESHOLDS}
    best = max(prf.f1 for prf in f1s.values())
    unmatched = f1s[THRESHOLDS[0]]
    one_event = 2.0 / max(unmatched.gold + unmatched.predicted, 1)
    return min(t for t, prf in f1s.items() if prf.f1 >= best - one_event)


def figures(prfs: dict[str, PRF]) -> dict[str, float]:
    typed, actor = prfs["type"], prfs["type+actor"]
    return {"type_p": round(typed.precision, 4), "type_r": round(typed.recall, 4), "type_f1": round(typed.f1, 4),
            "ta_f1": round(actor.f1, 4), "predicted": typed.predicted}


def nested(articles: Sequence[Article], fold: Sequence[int], penalty: float) -> dict[str, float]:
    """The threshold chosen inside each outer fold's training articles (by their own inner CV), applied to the
    outer fold's out-of-fold scores."""
    outer = out_of_fold(articles, fold, penalty)
    total = {"type": PRF(), "type+actor": PRF()}
    for f in sorted(set(fold)):
        inside = [a for a, g in zip(articles, fold, strict=True) if g != f]
        threshold = best_threshold(inside, out_of_fold(inside, folds_of(inside, FOLDS - 1), penalty))
        held = [i for i, g in enumerate(fold) if g == f]
        part = rescored([articles[i] for i in held], [outer[i] for i in held], threshold)
        total = {k: total[k] + part[k] for k in total}
    return figures(total)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=["eval/annotations/realnews"])
    parser.add_argument("--out", default="src/accord/data/events/acceptance.json")
    args = parser.parse_args()
    articles, names = code_articles(args.paths)
    x, y = training_data(articles)
    print(f"{len(articles)} articles, {len(y)} labelled events ({int(y.sum())} right, {int(len(y) - y.sum())} wrong), "
          f"{sum(len(a.events) for a in articles) - len(y)} neither", file=sys.stderr)
    fold = folds_of(articles)
    losses = {c: log_losses(articles, out_of_fold(articles, fold, c)) for c in PENALTIES}
    penalty = strongest_penalty(losses)
    scores = out_of_fold(articles, fold, penalty)
    threshold = best_threshold(articles, scores)
    without = figures(rescored(articles, scores, 0.0))
    with_filter = figures(rescored(articles, scores, threshold))
    nested_figures = nested(articles, fold, penalty)
    weights, bias = fit(x, y, penalty)
    model = {
        "version": VERSION,
        "command": " ".join(["PYTHONPATH=src python scripts/train_event_filter.py", *sys.argv[1:]]),
        "trained_on": "real-news dev split (eval/annotations/realnews, split dev); asserted events; labels by the "
                      "scorer's type-level matching",
        "features": names,
        "weights": {n: round(float(w), 4) for n, w in zip(names, weights, strict=True)},
        "bias": round(bias, 4),
        "threshold": threshold,
        "penalty": penalty,
        "cv": {"folds": FOLDS, "grouped_by": "article",
               "log_loss": {str(c): round(float(v.mean()), 4) for c, v in losses.items()},
               "without_filter": without, "with_filter": with_filter, "nested_threshold": nested_figures},
        "examples": {"articles": len(articles), "labelled": len(y), "right": int(y.sum())},
    }
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: model[k] for k in ("weights", "bias", "threshold", "penalty", "cv")}, indent=1))


if __name__ == "__main__":
    main()
