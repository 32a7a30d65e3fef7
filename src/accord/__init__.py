"""accord: political event data from news — PLOVER events, actors, quotes, places, dates and quantities.

    >>> from accord import Pipeline
    >>> extraction = Pipeline().extract("India and Russia signed 28 pacts on Monday.", published="2021-12-06")
"""

from __future__ import annotations

__version__ = "0.1.0"

from accord.errors import AccordError
from accord.pipeline import Pipeline, PipelineOptions
from accord.records import (
    Actor,
    DateRef,
    Document,
    Entity,
    Event,
    Extraction,
    Place,
    Quantity,
    Quote,
    Sentence,
    Span,
)
from accord.store import Filters, Store, open_store


def extract(text: str, published: str | None = None, **kwargs: str | None) -> Extraction:
    """One-off extraction with a fresh Pipeline; build a Pipeline yourself to process many texts."""
    return Pipeline().extract(text, published, **kwargs)  # type: ignore[arg-type]


__all__ = [
    "AccordError",
    "Actor",
    "DateRef",
    "Document",
    "Entity",
    "Event",
    "Extraction",
    "Filters",
    "Pipeline",
    "PipelineOptions",
    "Place",
    "Quantity",
    "Quote",
    "Sentence",
    "Span",
    "Store",
    "__version__",
    "extract",
    "open_store",
]
