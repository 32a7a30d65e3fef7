"""Train the event coder's learned judges (``accord.events.acceptance``) on the real-news *dev* split and, for the
clause judge, on judged audit sheets of worked texts.

    PYTHONPATH=src python scripts/train_event_filter.py [PATHS ...] [--first [--all-features]]
        [--judged SHEET.csv ... --corpus DOCS ...] [--previous FIRST_JUDGE.json] [--codings CACHE.pkl]
        [--out JUDGE.json] [--compare JUDGE.json]

The coder has two learned judges in a row. The first (``data/events/acceptance.json``) reads every asserted
event; the second, the clause judge (``data/events/clause_acceptance.json``), reads the events the first keeps,
commitments left out. Version 1 of this script made the first judge at commit eda4720 over 14 parse features
(no word) on the 47 real-news dev articles of its day; version 2 made the clause judge, which reads those
features and how the clause is told (``accord.events.clause_stance``: the trigger word and type, tense, person,
question, condition, modal, talk, the sides' sectors, a campaign setting), on the dev split of wave 20 and
judged sheets. This version (3) trains either judge: ``--first`` trains the first judge on every asserted event,
over ``--previous``'s features (the 14 of version 1) or with ``--all-features`` over every feature the clause
judge reads (its common words among them); without it, the clause judge as version 2 did. Wave 37 retrained
both judges on today's coder and shipped neither: the shipped files are still version 1's and version 2's
(a first judge over every feature beat them on unseen dev articles by one event but lost the CASE guard).

1. accord codes every dev article under PATHS with the judges switched off; the event stage hands back the
   features of each asserted event (``EventCoder.judgements``). ``--codings FILE`` keeps these codings: read
   when the file exists, written otherwise (valid only for the coder and annotations that made it: delete it
   after a rule changes). For the clause judge, the events the first judge (``--previous``, default the shipped
   one) drops and the commitments are left out.
2. Labels. Real-news dev: the scorer's own type-level matching (``accord.eval.realnews_score.score_level``)
   among the events the judge reads: an event the one-to-one matching pairs with a counted gold event is 1, one
   the scorer counts wrong is 0, and one it counts neither way (it fits an optional gold event) is left out; a
   second coding of an already-matched gold event is a 0. Judged sheets (clause judge only; ``accord eval
   audit`` rows with verdicts, ``--judged``, drawn from the documents ``--corpus`` by a coder whose only judge
   was ``--previous``): 1 for a real event of the coded type, 0 otherwise, the majority where several judges
   judged a row (a tie is 0). The sheet's event ids are found again by coding the documents with the judges off
   and numbering the events as ``--previous`` kept them (or by a text-free row's trigger anchor).
3. L2-regularised logistic regression (Newton's method, numpy only). A trigger word becomes a feature only
   when ``MIN_WORD_COUNT`` labelled events have it; rarer words share one value. The penalty is the strongest
   whose log-loss over 5-fold cross-validation grouped by article is within one standard error of the best; the
   threshold the lowest whose pooled type F1 of the out-of-fold predictions is within one event of the best
   (real-news articles re-scored; judged articles counted by ``judged_counts``). A nested run (the threshold
   chosen inside each outer fold's training articles) says how much choosing it on the same folds flatters
   the figures. One fifth of the judged articles (by a hash of their id) is kept out of every choice and
   reported last (``final_check``).
4. The final judge is trained on every labelled event and written as JSON with its features, the command
   that made it, what it was trained on, and the figures (``cv``: out-of-fold on the training articles).

Never run on the held-out split or on judged sheets of untouched texts: the figures it reports must stay the
only ones the judge has seen. To compare judges on articles the training never saw, train on one part of the
dev split (a folder of its annotation files) and score the other with ``accord eval realnews FOLDER``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import pickle
import random
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import numpy as np
from numpy.typing import NDArray

from accord.blackboard import EVENTS_STAGE
from accord.eval.metrics import PRF
from accord.eval.realnews import ArticleAnnotation
from accord.eval.realnews_match import actor_fits, predicted_asserted, type_fits
from accord.eval.realnews_run import load_annotated
from accord.eval.realnews_score import score_level
from accord.events.acceptance import AcceptanceModel
from accord.events.clause_stance import OPEN_PREFIXES, OTHER, clause_judged, open_feature
from accord.events.stage import EventCoder
from accord.ingest.readers import read_inputs
from accord.pipeline import Pipeline, PipelineOptions
from accord.records import Document, Event

FOLDS = 5
SEED = 18
PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(0, 19))
VERSION = "3"
# a trigger word becomes a feature of its own only when this many labelled events have it: rarer words share
# one value, so that the judge learns kinds of words, not articles
MIN_WORD_COUNT = 8
Array = NDArray[np.float64]


@dataclass
class Article:
    key: str
    annotation: ArticleAnnotation | None  # the real-news gold; None for an article labelled by judges
    events: list[Event]  # asserted predictions, as the scorer sees them (real-news) or as judged (sheets)
    values: list[dict[str, float]]  # features of each, by name
    labels: list[int | None]  # 1 right, 0 wrong, None neither
    rows: list[list[float]] = field(default_factory=list)  # the values as vectors over the model's names


def _coding_pipeline() -> tuple[Pipeline, EventCoder]:
    pipeline = Pipeline(PipelineOptions(event_filter=False))
    stage = pipeline.nlp.get_pipe(EVENTS_STAGE)
    assert isinstance(stage, EventCoder)
    return pipeline, stage


@dataclass(frozen=True)
class Coding:
    """One real-news article as the coder with the judges off codes it: its asserted judged events (as the
    scorer sees them) and the features of each."""

    annotation: ArticleAnnotation
    events: list[Event]
    values: list[dict[str, float]]


def code_realnews(paths: Sequence[str]) -> list[Coding]:
    """Every dev article under ``paths`` coded once with the judges off."""
    pipeline, stage = _coding_pipeline()
    annotated, skipped = load_annotated(paths, "dev")
    if skipped:
        print(f"skipped {len(skipped)} annotation files", file=sys.stderr)
    codings: list[Coding] = []
    for item in annotated:
        stage.judgements = []
        extraction = next(pipeline.extract_documents([item.document]))
        by_id = dict(stage.judgements)
        events = [e for e in extraction.events if predicted_asserted(e) and e.id in by_id]
        codings.append(Coding(item.annotation, events, [by_id[e.id] for e in events]))
    stage.judgements = None
    return codings


def cached_codings(paths: Sequence[str], cache: str | None) -> list[Coding]:
    """The codings of ``paths``, read from ``cache`` when that file exists and was made by this very coder from
    these very annotations (written there otherwise): a pickle of plain tuples this script wrote, stamped with the
    commit and a hash of the annotation files, since a stale cache would give a judge features of another coder
    while its record names today's."""
    stamp = cache_stamp(paths)
    if cache is not None and Path(cache).exists():
        with open(cache, "rb") as handle:  # our own file, never one downloaded: pickle is safe here
            stored: dict[str, object] = pickle.load(handle)
        if isinstance(stored, dict) and stored.get("stamp") == stamp and stamp[0] is not None:
            rows = cast(list[tuple[ArticleAnnotation, list[Event], list[dict[str, float]]]], stored["rows"])
            return [Coding(*row) for row in rows]
        print(f"{cache}: made by another coder or from other annotations; coding again", file=sys.stderr)
    codings = code_realnews(paths)
    if cache is not None:
        with open(cache, "wb") as handle:
            pickle.dump({"stamp": stamp, "rows": [(c.annotation, c.events, c.values) for c in codings]}, handle)
    return codings


def cache_stamp(paths: Sequence[str]) -> tuple[str | None, str]:
    """The coder's commit (None when ``src`` has changes not committed, or outside git: no cache can be trusted
    then) and a hash of the dev articles and their annotations, as loaded."""
    commit = coder_commit()
    digest = hashlib.sha256()
    for item in load_annotated(paths, "dev")[0]:  # the dev articles as loaded: text and annotation
        digest.update(repr(item).encode())
    trusted = commit not in ("unknown",) and not commit.endswith("under src")
    return (commit if trusted else None), digest.hexdigest()


def realnews_articles(codings: Sequence[Coding], previous: AcceptanceModel | None) -> list[Article]:
    """Labelled real-news articles, by the scorer's matching among the events a judge would read: every asserted
    event for the first judge (``previous`` None), the events ``previous`` keeps and the clause judge reads
    (commitments left out) for the clause judge."""
    articles: list[Article] = []
    for coding in codings:
        pairs = [(e, v) for e, v in zip(coding.events, coding.values, strict=True)
                 if previous is None or (previous.accepts(v) and clause_judged(v))]
        events = [e for e, _ in pairs]
        typed = score_level(coding.annotation.events, events, type_fits)
        matched, wrong = set(typed.matching.values()), set(typed.wrong)
        labels: list[int | None] = [1 if j in matched else 0 if j in wrong else None for j in range(len(events))]
        articles.append(Article(coding.annotation.key, coding.annotation, events, [v for _, v in pairs], labels))
    return articles


def _verdict(row: dict[str, str]) -> int | None:
    """A judged row's label: 1 a real event of the coded type, 0 no event or another type, None unjudged."""
    real, typed = row.get("real_event", "").strip().lower(), row.get("type", "").strip().lower()
    if real == "n":
        return 0
    if real == "y" and typed in {"y", "n"}:
        return 1 if typed == "y" else 0
    return None


def document_key(document_id: str) -> str:
    """A document's id as a verdict file without text names it: the id's sha256, first 16 hex digits (some ids
    are slugs of a headline)."""
    return hashlib.sha256(document_id.encode("utf-8")).hexdigest()[:16]


Anchor = tuple[str, int, int]  # a document key and its trigger's character offsets


@dataclass(frozen=True)
class Verdicts:
    """Judged rows by (document key, event number) and, where a row names its trigger's character offsets (a
    text-free file's ``trigger``, "START-END"), by (document key, start, end): an anchor that does not depend on
    how a coder numbers its events. The type each row was coded as, where given, by the same keys."""

    votes: dict[tuple[str, int], list[int]] = field(default_factory=dict)
    types: dict[tuple[str, int], str] = field(default_factory=dict)
    anchored_votes: dict[Anchor, list[int]] = field(default_factory=dict)
    anchored_types: dict[Anchor, str] = field(default_factory=dict)

    def documents(self) -> set[str]:
        return {key for key, _ in self.votes} | {key for key, _, _ in self.anchored_votes}


def row_key(row: dict[str, str]) -> tuple[str, int] | None:
    """A row's event: a sheet's ``event_id`` ("DOC:eN"), or a text-free file's ``doc_key`` and ``event`` ("eN")."""
    if row.get("event_id"):
        document_id, colon, event = row["event_id"].rpartition(":")
        if not colon or not document_id:
            return None  # no document named: hashing "" would give a key that looks real
        key = document_key(document_id)
    else:
        key, event = row.get("doc_key", ""), row.get("event", "")
    if not key or not event.startswith("e") or not event[1:].isdigit():
        return None
    return key, int(event[1:])


def row_anchor(row: dict[str, str]) -> Anchor | None:
    """A text-free row's trigger anchor: ``doc_key`` and ``trigger`` ("START-END", character offsets)."""
    key, start, dash, end = row.get("doc_key", ""), *row.get("trigger", "").partition("-")
    if not key or not dash or not start.isdigit() or not end.isdigit():
        return None
    return key, int(start), int(end)


def read_verdicts(sheets: Sequence[str]) -> Verdicts:
    votes: dict[tuple[str, int], list[int]] = {}
    types: dict[tuple[str, int], str] = {}
    anchored_votes: dict[Anchor, list[int]] = {}
    anchored_types: dict[Anchor, str] = {}
    for sheet in sheets:
        with open(sheet, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                label, anchor = _verdict(row), row_anchor(row)
                if label is None:
                    continue
                if anchor is not None:  # an anchored row is found by its trigger, never by its number
                    anchored_votes.setdefault(anchor, []).append(label)
                    if row.get("event_type"):
                        anchored_types[anchor] = row["event_type"]
                    continue
                key = row_key(row)
                if key is None:
                    continue
                votes.setdefault(key, []).append(label)
                if row.get("event_type"):
                    types[key] = row["event_type"]
    return Verdicts(votes, types, anchored_votes, anchored_types)


def numbered_events(document: Document, pipeline: Pipeline, stage: EventCoder,
                    previous: AcceptanceModel) -> list[tuple[int, Event, dict[str, float] | None]]:
    """The document's events coded with the judge off, each with the number a coder whose only judge was
    ``previous`` gave it (events that judge drops have none and are left out) and its judged features."""
    stage.judgements = []
    extraction = next(pipeline.extract_documents([document]))
    by_id = dict(stage.judgements)
    stage.judgements = None
    numbered: list[tuple[int, Event, dict[str, float] | None]] = []
    for event in extraction.events:
        judged_values = by_id.get(event.id)
        if judged_values is not None and not previous.accepts(judged_values):
            continue  # the earlier judge dropped it: it had no number on the sheet
        numbered.append((len(numbered) + 1, event, judged_values))
    return numbered


def _votes_of(verdicts: Verdicts, key: str, number: int, event: Event) -> tuple[list[int] | None, str | None]:
    """An event's votes and the type its row was coded as: by its trigger's anchor, else by its number."""
    anchor = (key, event.trigger.start, event.trigger.end)
    if anchor in verdicts.anchored_votes:
        return verdicts.anchored_votes[anchor], verdicts.anchored_types.get(anchor)
    return verdicts.votes.get((key, number)), verdicts.types.get((key, number))


def judged_articles(sheets: Sequence[str], corpus: Sequence[str], previous: AcceptanceModel) -> list[Article]:
    """Articles whose coded events judges labelled on an audit sheet (``accord eval audit``) or in a text-free
    verdict file (``doc_key``, ``event``, ``trigger``, ``event_type`` and the verdict columns). A row with a
    trigger anchor is found by it; a sheet's event ids were given by a coder whose judge was ``previous``: the
    events are coded again with the judge off and numbered as that judge would have kept them (valid only while
    the coder numbers events as the one that drew the sheet did). A row whose coded type differs from the event
    found again is left out (the coder changed since the sheet was drawn)."""
    verdicts = read_verdicts(sheets)
    wanted = verdicts.documents()
    documents = [d for d in read_inputs(list(corpus)) if isinstance(d, Document) and document_key(d.id) in wanted]
    pipeline, stage = _coding_pipeline()
    articles: list[Article] = []
    found = changed = 0
    for document in documents:
        events: list[Event] = []
        values: list[dict[str, float]] = []
        labels: list[int | None] = []
        key = document_key(document.id)
        for number, event, judged_values in numbered_events(document, pipeline, stage, previous):
            votes, coded_type = _votes_of(verdicts, key, number, event)
            if judged_values is None or votes is None or not clause_judged(judged_values):
                continue  # unjudged, or a commitment (clause_stance.COMMITMENT)
            if (coded_type or event.type) != event.type:
                changed += 1
                continue
            found += 1
            events.append(event)
            values.append(judged_values)
            # judges who disagree: the event counts as right only when most of them say so
            labels.append(1 if 2 * sum(votes) > len(votes) else 0)
        articles.append(Article(document.id, None, events, values, labels))
    rows = len(verdicts.votes) + len(verdicts.anchored_votes)
    print(f"judged: {rows} labelled rows, {found} found again and used (commitments left out, "
          f"{changed} of another type now) in {len(articles)} articles", file=sys.stderr)
    return articles


def anchor_verdicts(path: str, corpus: Sequence[str], previous: AcceptanceModel) -> int:
    """Rewrites a text-free verdict file with each numbered row's trigger offsets (``trigger``), found by
    coding its documents with the coder that numbered it (run this script with that commit's ``src`` on
    PYTHONPATH). Returns how many rows got an anchor."""
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        columns, rows = list(reader.fieldnames or []), list(reader)
    wanted = {key[0] for key in (row_key(r) for r in rows) if key is not None}
    documents = [d for d in read_inputs(list(corpus)) if isinstance(d, Document) and document_key(d.id) in wanted]
    pipeline, stage = _coding_pipeline()
    triggers: dict[tuple[str, int], tuple[str, str]] = {}
    for document in documents:
        doc_key = document_key(document.id)
        for number, event, _ in numbered_events(document, pipeline, stage, previous):
            triggers[(doc_key, number)] = (f"{event.trigger.start}-{event.trigger.end}", event.type)
    anchored = 0
    for row in rows:
        key = row_key(row)
        found = triggers.get(key) if key is not None else None
        trigger, coded_type = found if found is not None else ("", "")
        row["trigger"] = trigger if coded_type == row.get("event_type") else ""
        anchored += bool(row["trigger"])
    if "trigger" not in columns:
        columns.insert(columns.index("event") + 1, "trigger")
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return anchored


def feature_names(articles: Sequence[Article]) -> list[str]:
    """Every closed feature seen, the open families' words common enough, and each family's ``<other>``."""
    closed: set[str] = set()
    words: dict[str, int] = {}
    for article in articles:
        for values, label in zip(article.values, article.labels, strict=True):
            for name in values:
                if open_feature(name) is None:
                    closed.add(name)
                elif label is not None:
                    words[name] = words.get(name, 0) + 1
    common = sorted(name for name, count in words.items() if count >= MIN_WORD_COUNT)
    return sorted(closed) + common + [prefix + OTHER for prefix in OPEN_PREFIXES]


def vectorise(articles: Sequence[Article], names: Sequence[str]) -> None:
    reader = AcceptanceModel(tuple(names), tuple(0.0 for _ in names), 0.0, 0.5, VERSION)
    for article in articles:
        article.rows = [[known.get(n, 0.0) for n in names] for known in map(reader.known, article.values)]


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
    order = sorted(range(len(articles)), key=lambda i: articles[i].key)
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
        if a.annotation is None:
            continue  # judged articles have no gold events to re-match
        kept = [e for e, p in zip(a.events, s, strict=True) if p >= threshold]
        out["type"] = out["type"] + score_level(a.annotation.events, kept, type_fits).prf
        out["type+actor"] = out["type+actor"] + score_level(a.annotation.events, kept, actor_fits).prf
    return out


def judged_counts(articles: Sequence[Article], scores: Sequence[Array], threshold: float,
                  reference_recall: float) -> PRF:
    """Judged articles counted as the scorer would count them if each right event were a gold event met: kept
    right events are matches, kept events predictions, and the gold events are the right ones over the
    coder's recall (``reference_recall``, the unfiltered coder's recall on the real-news articles) — the
    judges saw only what the coder found, not what it missed."""
    kept = right = total_right = 0
    for a, s in zip(articles, scores, strict=True):
        if a.annotation is not None:
            continue
        for p, label in zip(s, a.labels, strict=True):
            if label is None:
                continue
            total_right += label
            if p >= threshold:
                kept += 1
                right += label
    gold = round(total_right / reference_recall) if reference_recall > 0 else total_right
    return PRF(right, kept, right, gold)


def best_threshold(articles: Sequence[Article], scores: Sequence[Array]) -> float:
    """The lowest threshold whose pooled type F1 (the real-news articles re-scored, the judged ones counted by
    ``judged_counts``) is within one event of the best: F1 differences smaller than one matched event
    (2 / (gold + predicted)) are noise, and among those the judge keeps what the rules found."""
    reference_recall = rescored(articles, scores, 0.0)["type"].recall
    f1s = {t: rescored(articles, scores, t)["type"] + judged_counts(articles, scores, t, reference_recall)
           for t in THRESHOLDS}
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


def keep_figures(articles: Sequence[Article], scores: Sequence[Array], threshold: float) -> dict[str, float]:
    """On judged articles: the share of right events before and after the judge, and the share of right ones
    it keeps."""
    pairs = [(float(p), label) for a, s in zip(articles, scores, strict=True) if a.annotation is None
             for p, label in zip(s, a.labels, strict=True) if label is not None]
    right = sum(label for _, label in pairs)
    kept = [(p, label) for p, label in pairs if p >= threshold]
    kept_right = sum(label for _, label in kept)
    return {"events": len(pairs), "right_share_before": round(right / max(len(pairs), 1), 4),
            "kept": len(kept), "right_share_after": round(kept_right / max(len(kept), 1), 4),
            "right_kept": round(kept_right / max(right, 1), 4)}


def judged_auc(articles: Sequence[Article], scores: Sequence[Array]) -> float:
    """The judged rows' AUC: the chance that a right event scores above a wrong one (ties count half), a
    measure of the ranking that needs no threshold."""
    pairs = [(float(p), label) for a, s in zip(articles, scores, strict=True) if a.annotation is None
             for p, label in zip(s, a.labels, strict=True) if label is not None]
    right = [p for p, label in pairs if label]
    wrong = [p for p, label in pairs if not label]
    if not right or not wrong:
        return math.nan  # no pair to rank: the AUC is undefined, not 0 (a judge that ranks every pair wrong)
    above = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong)
    return round(above / (len(right) * len(wrong)), 4)


def model_scores(articles: Sequence[Article], model: AcceptanceModel) -> list[Array]:
    return [np.array([model.probability(v) for v in a.values], dtype=np.float64) for a in articles]


def compared(model: AcceptanceModel, worked: Sequence[Article], final: Sequence[Article]) -> dict[str, object]:
    """Another judge's figures on the same events (``--compare``, say the shipped one): the real-news dev
    articles (in-sample if it was trained on them), the judged rows and the final check's rows."""
    scores, final_scores = model_scores(worked, model), model_scores(final, model)
    return {"threshold": model.threshold,
            "realnews": figures(rescored(worked, scores, model.threshold)),
            "judged": keep_figures(worked, scores, model.threshold) | {"auc": judged_auc(worked, scores)},
            "final_check": keep_figures(final, final_scores, model.threshold)
            | {"auc": judged_auc(final, final_scores)}}


def final_check_part(key: str) -> bool:
    """One fifth of the judged articles, by a hash of their id, left out of every choice and reported last."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 5 == 0


def choose(articles: Sequence[Article]) -> tuple[float, float, list[Array], dict[float, Array]]:
    """Penalty by grouped cross-validated log-loss (one-standard-error rule), threshold by the real-news
    articles' re-scored type F1 of the out-of-fold scores."""
    fold = folds_of(articles)
    losses = {c: log_losses(articles, out_of_fold(articles, fold, c)) for c in PENALTIES}
    penalty = strongest_penalty(losses)
    scores = out_of_fold(articles, fold, penalty)
    return penalty, best_threshold(articles, scores), scores, losses


def trained_on(args: argparse.Namespace, codings: Sequence[Coding], judged: int) -> str:
    """What the judge learned from, as the run saw it."""
    events = "every asserted event" if args.first else "asserted events the first judge (--previous) keeps"
    text = (f"{events}: {len(codings)} real-news dev articles ({', '.join(args.paths)}, split dev), labels by the "
            "scorer's type-level matching")
    if judged:
        text += (f"; {judged} articles of judged audit sheets (--judged, drawn from --corpus), labels by the judges "
                 "(a real event of the coded type)")
    return text


def coder_commit() -> str:
    """The commit the script runs at (best effort: "unknown" outside git), and whether ``src`` had changes not
    committed: the coder that made the codings, unless they were read from a ``--codings`` cache."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "src"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" with uncommitted changes under src" if dirty else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=["eval/annotations/realnews"])
    parser.add_argument("--judged", action="append", default=[], help="a judged audit sheet (repeatable)")
    parser.add_argument("--corpus", action="append", default=[],
                        help="the documents the judged sheets were drawn from (repeatable)")
    parser.add_argument("--previous", default="src/accord/data/events/acceptance.json",
                        help="the first judge (JSON): the only judge of the coder that drew the sheets")
    parser.add_argument("--first", action="store_true",
                        help="train the first judge instead: every asserted event, over --previous's features")
    parser.add_argument("--all-features", action="store_true",
                        help="with --first: over every feature the clause judge reads (its common words among them)")
    parser.add_argument("--out", default=None, help="where the judge is written (default: the shipped file of "
                        "the judge trained, src/accord/data/events/clause_acceptance.json or acceptance.json)")
    parser.add_argument("--codings", default=None,
                        help="a pickle of the real-news codings: read when it exists, written otherwise")
    parser.add_argument("--compare", default=None,
                        help="a judge (JSON) whose figures on the same events are printed beside the new one's")
    parser.add_argument("--anchor", default=None,
                        help="a text-free verdict file to give trigger anchors (run with the coder that drew it)")
    args = parser.parse_args()
    previous = AcceptanceModel.from_dict(json.loads(Path(args.previous).read_text(encoding="utf-8")))
    if args.anchor:
        if not args.corpus:
            parser.error("--anchor needs --corpus")
        print(f"{anchor_verdicts(args.anchor, args.corpus, previous)} rows anchored", file=sys.stderr)
        return
    if args.first and args.judged:
        parser.error("--first learns from the real-news articles alone (the sheets were drawn after a first judge)")
    if args.judged and not args.corpus:
        parser.error("--judged needs --corpus")
    if args.all_features and not args.first:
        parser.error("--all-features is for --first (the clause judge reads every feature already)")
    out = args.out or f"src/accord/data/events/{'acceptance' if args.first else 'clause_acceptance'}.json"
    from_cache = args.codings is not None and Path(args.codings).exists()
    codings = cached_codings(args.paths, args.codings)
    articles = realnews_articles(codings, None if args.first else previous)
    if args.judged:
        articles += judged_articles(args.judged, args.corpus, previous)
    model = train(articles, list(previous.names) if args.first and not args.all_features else None)
    model["command"] = " ".join(["PYTHONPATH=src python scripts/train_event_filter.py", *sys.argv[1:]])
    model["trained_on"] = trained_on(args, codings, len(articles) - len(codings)) + (
        f" (codings read from the cache {args.codings}, made by an earlier run)" if from_cache else "")
    model["run_at"] = coder_commit()
    Path(out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: model[k] for k in ("bias", "threshold", "penalty", "cv", "final_check")}, indent=1))
    if args.compare:
        other = AcceptanceModel.from_dict(json.loads(Path(args.compare).read_text(encoding="utf-8")))
        worked = [a for a in articles if a.annotation is not None or not final_check_part(a.key)]
        final = [a for a in articles if a.annotation is None and final_check_part(a.key)]
        print(json.dumps({"compared": args.compare, **compared(other, worked, final)}, indent=1))


def train(articles: Sequence[Article], names: list[str] | None = None) -> dict[str, object]:
    """The judge over ``names`` (default: the clause judge's, every closed feature seen and the common words),
    its penalty and threshold chosen by cross-validation, and its figures; as the JSON the judge is read from,
    without the command and the data, which the caller adds."""
    worked = [a for a in articles if a.annotation is not None or not final_check_part(a.key)]
    final = [a for a in articles if a.annotation is None and final_check_part(a.key)]
    names = names if names is not None else feature_names(worked)
    vectorise(articles, names)
    x, y = training_data(worked)
    print(f"{len(worked)} articles, {len(y)} labelled events ({int(y.sum())} right), {len(names)} features; "
          f"{len(final)} judged articles kept for the final check", file=sys.stderr)
    penalty, threshold, scores, losses = choose(worked)
    fold = folds_of(worked)
    weights, bias = fit(x, y, penalty)
    final_scores = [predict(np.array(a.rows, dtype=np.float64).reshape(len(a.rows), len(names)), weights, bias)
                    for a in final]
    cv = {"folds": FOLDS, "grouped_by": "article",
          "log_loss": {str(c): round(float(v.mean()), 4) for c, v in losses.items()},
          "without_filter": figures(rescored(worked, scores, 0.0)),
          "with_filter": figures(rescored(worked, scores, threshold)),
          "nested_threshold": nested(worked, fold, penalty),
          "judged_out_of_fold": keep_figures(worked, scores, threshold) | {"auc": judged_auc(worked, scores)}}
    final_check = keep_figures(final, final_scores, threshold) | {"auc": judged_auc(final, final_scores)}
    everything_x, everything_y = training_data(articles)
    weights, bias = fit(everything_x, everything_y, penalty)
    return {
        "version": VERSION,
        "command": "",
        "trained_on": "",
        "features": names,
        "weights": {n: round(float(w), 4) for n, w in zip(names, weights, strict=True)},
        "bias": round(bias, 4),
        "threshold": threshold,
        "penalty": penalty,
        "min_word_count": MIN_WORD_COUNT,
        "cv": cv,
        "final_check": final_check,
        "examples": {"articles": len(articles), "labelled": len(everything_y), "right": int(everything_y.sum())},
    }


if __name__ == "__main__":
    main()
