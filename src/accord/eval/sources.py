"""Texts of the shared evaluation corpora, read exactly the way ``accord ingest`` reads them.

Annotations and judging sheets refer to these texts by corpus and id; the texts themselves stay in the
shared folder (``../shared`` beside the project, or ``$ACCORD_SHARED``), which is not ours to copy.
A corpus is a path relative to that folder: a JSONL or CSV feed (documents by their ``id``) or a directory
of ``.txt``/``.html`` files (documents by file stem).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from accord.errors import EvalError
from accord.ingest import read_inputs
from accord.records import Document

SHARED_ENV = "ACCORD_SHARED"


def shared_dir() -> Path:
    """``$ACCORD_SHARED``, else ``../shared`` beside the project root (the working copy this runs from)."""
    configured = os.environ.get(SHARED_ENV)
    if configured:
        return Path(configured)
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "pyproject.toml").exists():
            return parent.parent / "shared"
    return Path.cwd().parent / "shared"


def reader_description() -> str:
    """accord's and trafilatura's versions: what turned the shared files into the annotated texts."""
    parts = []
    for package in ("accord", "trafilatura"):
        try:
            parts.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            parts.append(f"{package} unknown")
    return ", ".join(parts)


@lru_cache(maxsize=8)
def _corpus_documents(path: str) -> dict[str, Document]:
    documents: dict[str, Document] = {}
    for item in read_inputs([path]):
        if isinstance(item, Document):
            documents.setdefault(item.id, item)
    return documents


def corpus_documents(corpus: str, shared: Path | None = None) -> dict[str, Document]:
    """Every document of one corpus by id (a directory corpus is read whole: use ``corpus_document``)."""
    path = (shared or shared_dir()) / corpus
    if not path.exists():
        raise EvalError(f"{path}: no such corpus (is the shared folder at {shared or shared_dir()}?)")
    return _corpus_documents(str(path))


def corpus_document(corpus: str, doc_id: str, shared: Path | None = None) -> Document:
    """One document as accord reads it. In a directory corpus the id is a file stem."""
    root = (shared or shared_dir()) / corpus
    if root.is_dir():
        for candidate in sorted(root.glob(f"{doc_id}.*")):
            if candidate.suffix in {".txt", ".html", ".htm"}:
                return _single(candidate)
        raise EvalError(f"{corpus}: no document {doc_id!r}")
    documents = corpus_documents(corpus, shared)
    if doc_id not in documents:
        raise EvalError(f"{corpus}: no document {doc_id!r}")
    return documents[doc_id]


def _single(path: Path) -> Document:
    for item in read_inputs([str(path)]):
        if isinstance(item, Document):
            return item
        raise EvalError(f"{path}: {item.reason}")
    raise EvalError(f"{path}: nothing read")


def corpus_ids(corpus: str, shared: Path | None = None) -> Iterator[str]:
    root = (shared or shared_dir()) / corpus
    if root.is_dir():
        yield from sorted(p.stem for p in root.iterdir() if p.suffix in {".txt", ".html", ".htm"})
    else:
        yield from corpus_documents(corpus, shared)
