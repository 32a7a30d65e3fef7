"""The project's own annotation files (eval/annotations/): they load and validate in CI.

Labels and offsets' bounds are checked always; each file against the text it refers to (its sha256)
when ../shared is present. The sample article, converted to the offset format, is scored by
`accord eval realnews` at least as well as by the older, stricter `accord eval sample`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from accord.cli import main
from accord.eval.realnews import annotation_paths, annotation_problems, load_annotation
from accord.eval.realnews_run import run_realnews
from accord.eval.runner import run_sample
from accord.pipeline import Pipeline

ANNOTATIONS = Path(__file__).resolve().parent.parent / "eval" / "annotations"
SAMPLE = ANNOTATIONS / "sample"


def test_every_annotation_file_has_valid_labels_and_bounds() -> None:
    files = annotation_paths([ANNOTATIONS])
    assert files, "eval/annotations holds at least the converted sample"
    problems = {str(path): annotation_problems(load_annotation(path)) for path in files}
    assert {path: found for path, found in problems.items() if found} == {}


def test_every_annotation_file_matches_its_shared_text(shared_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_SHARED", str(shared_dir))
    result = CliRunner().invoke(main, ["eval", "annotations", "check", str(ANNOTATIONS)])
    assert result.exit_code == 0, result.output
    assert "0 with problems" in result.output and "shared texts absent" not in result.output


def test_the_sample_through_the_real_news_scorer(shared_dir: Path, pipeline: Pipeline,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_SHARED", str(shared_dir))
    report = run_realnews([SAMPLE], pipeline, split="dev")
    assert report.skipped == () and len(report.articles) == 1
    total = report.total()
    older = run_sample(shared_dir / "samples" / "summit-2021-12-06.gold.json",
                       shared_dir / "samples" / "summit-2021-12-06.txt", pipeline)
    assert total.gold_counted == older.events.gold
    # The older scorer asks for the type and both sides' exact country sets in a sentence holding the whole
    # evidence, which the converted annotation's looser levels all grant: its recall bounds the new one's
    # (unless the coder marks a required event as not asserted, which the older scorer does not look at).
    assert total.levels["type+both"].recall >= older.events.recall
