"""Shared fixtures. Tests that read ../shared skip cleanly when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from accord.build import stale_compiled_modules
from accord.events.tables import Tables, load_tables
from accord.nlp import DEFAULT_STAGES, build_nlp
from accord.pipeline import Pipeline, PipelineOptions

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# the quote tests' pipeline: what the quote stage reads (paragraphs, actors) and the stage itself
QUOTE_STAGES = tuple(s for s in DEFAULT_STAGES if s in ("accord_paragraphs_v1", "accord_actors_v1", "accord_quotes_v2"))


def pytest_configure(config: pytest.Config) -> None:
    """A compiled module older than its source would test the old code: refuse to run on one."""
    stale = stale_compiled_modules()
    if stale:
        raise pytest.UsageError(
            f"compiled modules older than their source: {', '.join(stale)}; "
            "run scripts/compile.sh again, or scripts/compile.sh --clean for plain Python"
        )


def _shared_dir() -> Path | None:
    candidates = [os.environ.get("ACCORD_SHARED"), ROOT.parent / "shared", ROOT / "shared"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "DESIGN.md").exists():
            return Path(candidate)
    return None


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only ../shared folder (samples, eval gold); the test skips when it is absent."""
    found = _shared_dir()
    if found is None:
        pytest.skip("../shared is not present")
    return found


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """One full pipeline for the whole test session (spaCy loads once)."""
    return Pipeline()


@pytest.fixture(scope="session")
def unfiltered_pipeline() -> Pipeline:
    """A full pipeline with the learned acceptance judge switched off: for tests of the rules' own layers."""
    return Pipeline(PipelineOptions(event_filter=False))


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def resolver() -> ActorResolver:
    """The shipped actor knowledge base's resolver, loaded once."""
    return ActorResolver.load()


@pytest.fixture(scope="session")
def actors_nlp() -> Language:
    """spaCy with only the actor stage after it: the actor tests' pipeline."""
    return build_nlp(stages=("accord_actors_v1",))


@pytest.fixture(scope="session")
def places_nlp() -> Language:
    """spaCy with only the place stage after it: the place tests' pipeline."""
    return build_nlp(stages=("accord_places_v1",))


@pytest.fixture(scope="session")
def quote_pipeline() -> Pipeline:
    """The quote stage with the stages it reads, loaded once (a module may define its own with other stages)."""
    return Pipeline(PipelineOptions(stages=QUOTE_STAGES))


@pytest.fixture(scope="session")
def tables() -> Tables:
    """The event coder's tables (lexicons, frames, senses), loaded once."""
    return load_tables()
