"""The Pipeline: documents in, Extraction records out. Parses each document once with ``nlp.pipe``."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from accord.blackboard import ACTORS, BEFORE_PARSER, DATES, EVENTS, PLACES, QUANTITIES, QUOTES
from accord.budget import Budget, DocumentBudget
from accord.doc_index import sentences, span_text
from accord.errors import BudgetExceededError
from accord.ingest.normalise import make_document
from accord.nlp import DEFAULT_MODEL, DEFAULT_STAGES, build_nlp
from accord.quotes.link import link_quotes_and_events
from accord.records import Document, Entity, Extraction, Sentence
from accord.sections import parse_documents


@dataclass(frozen=True)
class PipelineOptions:
    """One options object for the whole pipeline (trafilatura's pattern)."""

    model: str = DEFAULT_MODEL
    stages: tuple[str, ...] = DEFAULT_STAGES
    batch_size: int = 16
    jobs: int = 1
    actor_files: tuple[str, ...] = field(default=())
    budget: Budget = field(default_factory=Budget)
    event_filter: bool = True  # the learned judge drops asserted events like the coder's mistakes


@dataclass(frozen=True)
class ExtractionFailure:
    """A document the pipeline gave up on, and why (a budget it exceeded)."""

    document: Document
    reason: str


Outcome = Extraction | ExtractionFailure


class Pipeline:
    """Loads spaCy and accord's stages once; reuse one instance for many documents."""

    def __init__(self, options: PipelineOptions | None = None) -> None:
        self.options = options or PipelineOptions()
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = build_nlp(self.options.model, self.options.stages)
            for stage in self.options.stages:
                configure = getattr(self._nlp.get_pipe(stage), "configure", None)
                if configure is not None:
                    configure(self.options)
        return self._nlp

    def extract(
        self,
        text: str,
        published: str | None = None,
        *,
        id: str = "doc-1",
        title: str | None = None,
        url: str | None = None,
    ) -> Extraction:
        """Extract everything from one text. ``published`` anchors relative dates ("Monday")."""
        document = make_document(id=id, text=text, published=published, title=title, url=url)
        return next(self.extract_documents([document]))

    def extract_documents(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """Extract from many documents, in input order; a document over the budget raises
        BudgetExceededError (``extract_outcomes`` reports it and goes on instead)."""
        for outcome in self.extract_outcomes(documents):
            if isinstance(outcome, ExtractionFailure):
                raise BudgetExceededError(f"{outcome.document.id}: {outcome.reason}")
            yield outcome

    def extract_outcomes(self, documents: Iterable[Document]) -> Iterator[Outcome]:
        """Extract from many documents, in input order: each one's Extraction, or an ExtractionFailure when
        it exceeded the budget (the others go on). ``options.jobs > 1`` uses worker processes."""
        if self.options.jobs > 1:
            yield from _extract_parallel(self.options, documents)
            return
        nlp = self.nlp
        parse_names = [name for name, _ in nlp.pipeline if name not in self._after_parse]
        # Chunks keep memory flat on large inputs while nlp.pipe still batches inside each chunk.
        for chunk in _chunks(documents, self.options.batch_size * 8):
            with nlp.select_pipes(enable=parse_names):  # a very long text in sections (bounded memory)
                docs = parse_documents(nlp, chunk, self.options.batch_size)
            budgets = [DocumentBudget(self.options.budget, doc) for doc in docs]
            for name in self._after_parse:
                stage = nlp.get_pipe(name)
                for doc, budget in zip(docs, budgets, strict=True):
                    budget.run(name, stage, doc)
            for document, doc, budget in zip(chunk, docs, budgets, strict=True):
                if budget.failure is not None:
                    yield ExtractionFailure(document, budget.failure)
                else:
                    yield build_extraction(document, doc)

    @property
    def _after_parse(self) -> list[str]:
        """accord's stages that read the parse, in order: they run under the per-document budget."""
        return [name for name in self.options.stages if name not in BEFORE_PARSER]

    def parse_only(self, texts: Iterable[str]) -> Iterator[Doc]:
        """spaCy's own pipeline without accord's stages: the baseline `accord bench` compares with."""
        with self.nlp.select_pipes(disable=list(self.options.stages)):
            yield from self.nlp.pipe(texts, batch_size=self.options.batch_size)


def build_extraction(document: Document, doc: Doc) -> Extraction:
    """Collect what the stages left on the Doc into frozen records."""
    sentence_records = tuple(
        Sentence(index=i, text=text, start=s.start_char, end=s.start_char + len(text))
        for i, s in enumerate(sentences(doc))
        if (text := span_text(s).rstrip())
    )
    entities = tuple(Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents)
    quotes, events = link_quotes_and_events(QUOTES.get(doc) or (), EVENTS.get(doc) or ())
    return Extraction(
        document=document,
        sentences=sentence_records,
        entities=entities,
        actors=tuple(ACTORS.get(doc) or ()),
        events=events,
        quotes=quotes,
        places=tuple(PLACES.get(doc) or ()),
        dates=tuple(DATES.get(doc) or ()),
        quantities=tuple(QUANTITIES.get(doc) or ()),
    )


# --- worker processes -------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}  # per worker process only: its Pipeline, built once by the initializer


def _init_worker(options: PipelineOptions) -> None:
    single = PipelineOptions(**{**options.__dict__, "jobs": 1})
    _WORKER["pipeline"] = Pipeline(single)


def _extract_chunk(documents: list[Document]) -> list[Outcome]:
    pipeline: Pipeline = _WORKER["pipeline"]
    return list(pipeline.extract_outcomes(documents))


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _extract_parallel(options: PipelineOptions, documents: Iterable[Document]) -> Iterator[Outcome]:
    jobs = min(options.jobs, os.cpu_count() or 1) if options.jobs > 0 else 1
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(options,)) as pool:
        for extractions in pool.map(_extract_chunk, _chunks(documents, options.batch_size)):
            yield from extractions
