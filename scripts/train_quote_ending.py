"""Train the quote stage's end-of-content model (``accord.quotes.ending``) on PolNeAR train's *development* part.

    PYTHONPATH=src python scripts/train_quote_ending.py [DIR] [--out src/accord/data/quotes/ending.json]

1. accord reads every development article (``accord.eval.split``: the articles ``--split dev`` scores; the
   held-out fifth is never read) with its judges on and the ending model recording: each kept reported content
   and the places where it could end (``accord.quotes.ending.places``). The contents are the ones the shipped
   judges keep, so a retrained pair is trained judges first (their trainer reads the contents uncut, before
   any ending), this second. ``--parts N --part K`` reads every N-th article only, so that N processes read at
   once; ``--cache A,B`` joins their caches.
2. A content is paired with the gold content it holds most of (at least 60% of the gold's words, the gold
   beginning before the content's first place). A place is right (1) when no word of the gold lies at or after
   it; the places after the first right one are never reached and are left out.
3. Two learned word tables: the smoothed log-odds that a place opened by that word, and one whose phrase has
   that head, is right (for a training row, its own article left out).
4. L2-regularised logistic regression (``train_event_filter.fit``, Newton's method). The penalty is the one
   with the best log-loss over 5-fold cross-validation grouped by article; the threshold is the one whose
   out-of-fold cuts match the most gold contents at the scorer's overlap (>= 0.5) and exactly, less those they
   unmatch (the highest within one content of the best: as good, with fewer cuts).
5. The final model is trained on every development article and written as JSON with the command that made it
   and its cross-validated figures. ``--exclude-sample SIZE:SEED`` (again for more) leaves out the articles of
   that development sample (as ``accord eval quotes --split dev --sample SIZE --seed SEED`` draws it): a model
   to be compared with the shipped one on articles it has not seen (``scripts/compare_quote_models.py``).

Never run on the held-out split.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from accord.blackboard import QUOTES_STAGE
from accord.eval.attribution import MIN_OVERLAP, _tokens, align_offsets, carry_over, token_overlap, trimmed
from accord.eval.brat import GoldAttribution, read_brat_dir
from accord.ingest.normalise import make_document
from accord.pipeline import Pipeline
from accord.quotes.ending import Ending, Place
from accord.quotes.stage import QuoteStage

sys.path.insert(0, str(Path(__file__).resolve().parent))
from article_cache import add_reading_options, training_articles
from train_event_filter import fit  # the same Newton-fitted L2 logistic regression

FOLDS = 5
SEED = 20
PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(4, 20))
SMOOTHING = 5.0
MIN_COUNT = 3
MIN_HELD = 0.6  # share of the gold's words a content must hold to be paired with it
VERSION = "1"
Array = NDArray[np.float64]


@dataclass
class Content:
    """One kept content, its places, and (when paired) its gold span and the labels of its places."""

    start: int
    end: int
    places: list[Place]
    gold: tuple[int, int] | None = None
    labels: list[int] = field(default_factory=list)


@dataclass
class Article:
    key: str
    text: str
    contents: list[Content]


def pair(text: str, contents: list[Content], gold: list[GoldAttribution]) -> None:
    spans = [(g.content.start, g.content.end) for g in gold]
    words = [_tokens(text, s, e) for s, e in spans]
    for content in contents:
        if not content.places:
            continue
        held = _tokens(text, content.start, content.end)
        first_place = content.places[0]
        best, best_share = None, MIN_HELD
        for span, gold_words in zip(spans, words, strict=True):
            if not gold_words or span[0] >= first_place.char:
                continue
            share = len(gold_words & held) / len(gold_words)
            if share >= best_share:
                best, best_share = span, share
        if best is None:
            continue
        content.gold = best
        gold_words = words[spans.index(best)]
        for place in content.places:
            right = int(not any(start >= place.char for start, _ in gold_words))
            content.labels.append(right)
            if right:
                break


def record(ending: Ending) -> list[Content]:
    assert ending.recording is not None
    contents = [Content(candidate.start, candidate.end, found) for candidate, found in ending.recording]
    ending.recording.clear()
    return contents


def read_articles(directory: str, sample: int | None = None, part: int = 0, parts: int = 1) -> list[Article]:
    pipeline = Pipeline()
    stage = pipeline.nlp.get_pipe(QUOTES_STAGE)
    assert isinstance(stage, QuoteStage)
    ending = Ending(None)
    ending.recording = []
    stage.ending = ending
    documents = list(read_brat_dir(directory, "dev", sample, 0))[part::parts]
    articles = []
    for brat in documents:
        # one article at a time: the pipeline runs each stage over a whole chunk of articles before it yields
        # the first, so the recording would otherwise hold the chunk's contents under its first article
        (extraction,) = pipeline.extract_documents([make_document(id=brat.id, text=brat.text)])
        text = extraction.document.text
        gold = [carry_over(a, align_offsets(brat.text, text), text) for a in brat.attributions]
        articles.append(article_of(brat.id, text, gold, ending))
    return articles


def article_of(key: str, text: str, gold: list[GoldAttribution], ending: Ending) -> Article:
    contents = record(ending)
    pair(text, contents, gold)
    return Article(key, text, contents)


# --- rows, tables, fitting --------------------------------------------------------------------------------


@dataclass
class Row:
    article: int
    content: int
    position: int
    word: str
    head: str
    features: dict[str, float]
    label: int


def rows_of(articles: list[Article]) -> list[Row]:
    rows = []
    for a, article in enumerate(articles):
        for c, content in enumerate(article.contents):
            for p, y in enumerate(content.labels):
                place = content.places[p]
                rows.append(Row(a, c, p, place.word, place.head, place.features, y))
    return rows


def _odds(pos: float, neg: float, rate: float) -> float:
    if pos + neg < MIN_COUNT:
        return 0.0
    return math.log((pos + SMOOTHING * rate) / (neg + SMOOTHING * (1 - rate))) - math.log(rate / (1 - rate))


def table(rows: list[Row], key: str) -> tuple[dict[str, float], float]:
    counts: Counter[tuple[str, int]] = Counter((getattr(r, key), r.label) for r in rows)
    rate = min(max(sum(r.label for r in rows) / max(len(rows), 1), 1e-3), 1 - 1e-3)
    names = {k for k, _ in counts}
    odds = {k: _odds(counts[k, 1], counts[k, 0], rate) for k in names}
    return {k: round(v, 4) for k, v in odds.items() if v != 0.0}, rate


def left_out_odds(rows: list[Row], key: str) -> list[float]:
    """Each row's word log-odds from the other articles' rows."""
    total: Counter[tuple[str, int]] = Counter((getattr(r, key), r.label) for r in rows)
    own: dict[int, Counter[tuple[str, int]]] = defaultdict(Counter)
    for r in rows:
        own[r.article][getattr(r, key), r.label] += 1
    rate = min(max(sum(r.label for r in rows) / max(len(rows), 1), 1e-3), 1 - 1e-3)
    values = []
    for r in rows:
        k = getattr(r, key)
        values.append(_odds(total[k, 1] - own[r.article][k, 1], total[k, 0] - own[r.article][k, 0], rate))
    return values


def matrix(rows: list[Row], names: list[str], words: list[float], heads: list[float]) -> Array:
    x = np.array([[r.features.get(n, 0.0) for n in names] for r in rows], dtype=np.float64)
    return np.hstack([x, np.array(words)[:, None], np.array(heads)[:, None]])


def folds_of(articles: list[Article]) -> list[int]:
    order = sorted(range(len(articles)), key=lambda i: articles[i].key)
    random.Random(SEED).shuffle(order)
    fold = [0] * len(articles)
    for position, i in enumerate(order):
        fold[i] = position % FOLDS
    return fold


def out_of_fold(rows: list[Row], x: Array, y: Array, fold: list[int], penalty: float) -> Array:
    scores = np.zeros(len(rows))
    row_fold = np.array([fold[r.article] for r in rows])
    for k in range(FOLDS):
        train, test = row_fold != k, row_fold == k
        w, b = fit(x[train], y[train], penalty)
        scores[test] = 1.0 / (1.0 + np.exp(-(x[test] @ w + b)))
    return scores


def log_loss(y: Array, p: Array) -> float:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without its surrounding spaces, marks and closing punctuation (the scorer's exact match), kept
    inside the text (a gold span carried over may end past a trimmed text's end)."""
    return trimmed(text, min(start, len(text)), min(end, len(text)))


def gained(articles: list[Article], rows: list[Row], scores: Array, threshold: float) -> tuple[int, int]:
    """Gold contents the cuts newly match, and those they unmatch: at the scorer's overlap and, counted again,
    exactly (an end is a boundary: most cuts move an exact match, not an overlap one)."""
    by_content: dict[tuple[int, int], list[tuple[int, float]]] = defaultdict(list)
    for r, s in zip(rows, scores, strict=True):
        by_content[r.article, r.content].append((r.position, float(s)))
    won = lost = 0
    for (a, c), scored in by_content.items():
        article, content = articles[a], articles[a].contents[c]
        assert content.gold is not None
        cut = next((p for p, s in sorted(scored) if s >= threshold), None)
        if cut is None:
            continue
        end = content.places[cut].char
        before = token_overlap(article.text, content.gold, (content.start, content.end)) >= MIN_OVERLAP
        after = token_overlap(article.text, content.gold, (content.start, end)) >= MIN_OVERLAP
        won += int(after and not before)
        lost += int(before and not after)
        gold = _trimmed(article.text, *content.gold)
        exact_before = _trimmed(article.text, content.start, content.end) == gold
        exact_after = _trimmed(article.text, content.start, end) == gold
        won += int(exact_after and not exact_before)
        lost += int(exact_before and not exact_after)
    return won, lost


def train(articles: list[Article], left_out: Sequence[str] = ()) -> dict[str, object]:
    rows = rows_of(articles)
    names = sorted({n for r in rows for n in r.features})
    y = np.array([r.label for r in rows], dtype=np.float64)
    print(f"{len(rows)} places, {int(y.sum())} right, "
          f"{sum(1 for a in articles for c in a.contents if c.gold)} paired contents", file=sys.stderr)
    x = matrix(rows, names, left_out_odds(rows, "word"), left_out_odds(rows, "head"))
    fold = folds_of(articles)
    losses = {c: log_loss(y, out_of_fold(rows, x, y, fold, c)) for c in PENALTIES}
    penalty = min(losses, key=lambda c: losses[c])
    scores = out_of_fold(rows, x, y, fold, penalty)
    figures = {t: gained(articles, rows, scores, t) for t in THRESHOLDS}
    # the most cautious threshold within one content of the best net gain: fewer cuts, the same figure
    best = max(won - lost for won, lost in figures.values())
    threshold = max(t for t in THRESHOLDS if figures[t][0] - figures[t][1] >= best - 1)
    print(json.dumps({"losses": losses, "penalty": penalty, "threshold": threshold,
                      "won_lost": {str(t): v for t, v in figures.items()}}, indent=1), file=sys.stderr)
    w, b = fit(x, y, penalty)
    words, _ = table(rows, "word")
    heads, _ = table(rows, "head")
    won, lost = figures[threshold]
    return {
        "version": VERSION,
        "command": " ".join(["PYTHONPATH=src python scripts/train_quote_ending.py", *sys.argv[1:]]),
        "trained_on": f"PolNeAR train, development part ({len(articles)} articles"
                      + (f", less the samples {', '.join(left_out)} (SIZE:SEED)" if left_out else "") + ")",
        "cv": {"folds": FOLDS, "penalty": penalty, "gold_matched_won": won, "gold_matched_lost": lost},
        "features": names,
        "weights": {n: round(float(v), 5) for n, v in zip(names, w[: len(names)], strict=True)},
        "word_weight": round(float(w[len(names)]), 5),
        "head_weight": round(float(w[len(names) + 1]), 5),
        "bias": round(b, 5),
        "threshold": threshold,
        "words": words,
        "heads": heads,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", default="/work/shared/eval/polnear_train")
    parser.add_argument("--out", default="src/accord/data/quotes/ending.json")
    parser.add_argument("--cache", default=None, help="pickle of the read articles (read once, reused)")
    parser.add_argument("--sample", type=int, default=None, help="only this many articles (a quick look)")
    add_reading_options(parser)
    args = parser.parse_args()
    articles = training_articles(args, lambda: read_articles(args.directory, args.sample, args.part, args.parts))
    model = train(articles, args.exclude_sample)
    Path(args.out).write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
