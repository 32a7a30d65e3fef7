"""Quote attribution scored on BRAT standoff sets written for accord (Source, Cue, Content + Attribution).

``brat/`` is the development set the rules were checked against; ``brat_heldout/`` and then ``brat_blind/``
were each written before their first run (their first scores are in the quotes report; a few general rules
were added after seeing each). Floors are the issue's targets, not fitted to these sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.eval.runner import run_quotes
from accord.nlp import DEFAULT_STAGES
from accord.pipeline import Pipeline, PipelineOptions

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "quotes"
CONTENT_F1_FLOOR = 0.75
SPEAKER_ACCURACY_FLOOR = 0.85
STAGES = tuple(s for s in DEFAULT_STAGES if s in ("accord_actors_v1", "accord_quotes_v2"))


@pytest.fixture(scope="module")
def quote_pipeline() -> Pipeline:
    return Pipeline(PipelineOptions(stages=STAGES))


@pytest.mark.parametrize("folder", ["brat", "brat_heldout", "brat_blind"])
def test_brat_sets_meet_the_targets(quote_pipeline: Pipeline, folder: str) -> None:
    directory = FIXTURES / folder
    assert len(list(directory.glob("*.ann"))) >= 7
    report = run_quotes(directory, quote_pipeline)
    misses = [m for m in report.misses]
    assert report.content.f1 >= CONTENT_F1_FLOOR, misses
    assert report.speaker_accuracy >= SPEAKER_ACCURACY_FLOOR, misses
    assert report.direct.recall > 0 and report.indirect.recall > 0  # both kinds are in the sets and found
