"""`accord eval realnews`: accord (or a second annotator) against the whole-article annotations.

Each annotation's text is read back from the shared folder the way ``accord ingest`` reads it
(``accord.eval.sources``) and checked against the recorded sha256; an article whose text cannot be read or
has changed is skipped with its reason, never scored on shifted offsets. accord runs on the text with
``published`` taken from the annotation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from accord.errors import EvalError
from accord.eval.realnews import SPLITS, ArticleAnnotation, annotation_paths, load_annotation
from accord.eval.realnews_agreement import extraction_from_annotation
from accord.eval.realnews_score import ArticleReport, Counts, score_article
from accord.eval.sources import corpus_document
from accord.ingest.normalise import content_hash
from accord.pipeline import Pipeline
from accord.records import Document

ALL_SPLITS = "all"


@dataclass(frozen=True)
class RealNewsReport:
    articles: tuple[ArticleReport, ...]
    skipped: tuple[tuple[str, str], ...] = ()  # (annotation file, why it was not scored)
    against: str | None = None  # the second annotation set, when two annotators are compared

    def total(self) -> Counts:
        return sum((a.counts for a in self.articles), Counts())

    def by(self, attribute: str) -> dict[str, Counts]:
        """Counts per corpus or per split."""
        groups: dict[str, Counts] = {}
        for article in self.articles:
            key = str(getattr(article, attribute))
            groups[key] = groups.get(key, Counts()) + article.counts
        return dict(sorted(groups.items()))

    def errors(self) -> list[dict[str, Any]]:
        return [row for article in self.articles for row in article.errors]

    def mention_errors(self) -> list[dict[str, Any]]:
        """The gold actor mentions accord resolves wrong, with the record that overlaps each most."""
        return [row for article in self.articles for row in article.mention_errors]

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "against": self.against,
            "total": self.total().to_dict(),
            "by_corpus": {k: v.to_dict() for k, v in self.by("corpus").items()},
            "by_split": {k: v.to_dict() for k, v in self.by("split").items()},
            "skipped": [{"file": path, "reason": reason} for path, reason in self.skipped],
        }
        if errors:
            out["errors"] = self.errors()
            out["actor_mention_errors"] = self.mention_errors()
        return out


@dataclass(frozen=True)
class Annotated:
    path: Path
    annotation: ArticleAnnotation
    document: Document


def load_annotated(paths: Iterable[str | Path], split: str = ALL_SPLITS
                   ) -> tuple[list[Annotated], list[tuple[str, str]]]:
    """The annotations of ``split`` with their texts, and every file left out with its reason."""
    if split != ALL_SPLITS and split not in SPLITS:
        raise EvalError(f"split must be one of {', '.join((*SPLITS, ALL_SPLITS))}, got {split!r}")
    found: list[Annotated] = []
    skipped: list[tuple[str, str]] = []
    for path in annotation_paths(paths):
        try:
            annotation = load_annotation(path)
            if split != ALL_SPLITS and annotation.split != split:
                continue
            document = corpus_document(annotation.source.corpus, annotation.source.id)
        except EvalError as error:
            skipped.append((str(path), str(error)))
            continue
        source = annotation.source
        if len(document.text) != source.chars or content_hash(document.text) != source.text_sha256:
            skipped.append((str(path), "the text read today is not the text annotated (reader or source changed)"))
            continue
        found.append(Annotated(path, annotation, replace(document, published=annotation.published
                                                          or document.published)))
    return found, skipped


def run_realnews(paths: Sequence[str | Path], pipeline: Pipeline, split: str = "dev") -> RealNewsReport:
    """accord's pipeline on every annotated text, scored against its annotation."""
    annotated, skipped = load_annotated(paths, split)
    extractions = pipeline.extract_documents([a.document for a in annotated])
    reports = [score_article(a.annotation, extraction) for a, extraction in zip(annotated, extractions, strict=True)]
    return RealNewsReport(tuple(reports), tuple(skipped))


def run_agreement(paths: Sequence[str | Path], against: str | Path, split: str = ALL_SPLITS) -> RealNewsReport:
    """The annotations under ``against`` scored as predictions against those of ``paths`` (as gold), on
    the articles both sets annotate."""
    gold, skipped = load_annotated(paths, split)
    second, skipped_second = load_annotated([against], split)
    by_key = {a.annotation.key: a for a in second}
    reports = []
    for item in gold:
        other = by_key.get(item.annotation.key)
        if other is None:
            continue
        extraction, optional = extraction_from_annotation(other.annotation, item.document)
        reports.append(score_article(item.annotation, extraction, neutral_ids=optional))
    if not reports:
        raise EvalError(f"no article is annotated both in {', '.join(map(str, paths))} and in {against}")
    return RealNewsReport(tuple(reports), tuple(skipped + skipped_second), against=str(against))
