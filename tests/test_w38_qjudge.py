"""Wave 38: the quote trainers leave out development samples (``--exclude-sample SIZE:SEED``), so that retrained
weights are compared on articles they have not seen; and the shipped judge and ending files load and decide the
same way every time."""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from importlib import resources
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

from accord.eval.brat import read_brat_dir
from accord.eval.split import part_of
from accord.pipeline import Pipeline
from accord.quotes.ending import DATA_PACKAGE, EndModel, load_ending
from accord.quotes.judge import BROAD, RULES, Judge, load_judges

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def cache_module() -> ModuleType:
    return _module("article_cache")


def _corpus(root: Path, count: int) -> list[str]:
    """A PolNeAR-layout folder of ``count`` tiny articles (invented text), returning their identifiers."""
    (root / "text").mkdir()
    (root / "attributions").mkdir()
    names = [f"paper_2016-01-{n:02d}_story-{n}" for n in range(count)]
    for name in names:
        (root / "text" / f"{name}.txt").write_text("The mayor said the bridge would reopen.\n", encoding="utf-8")
        (root / "attributions" / f"{name}_ann1.ann").write_text("", encoding="utf-8")
    return names


def test_a_left_out_sample_is_the_sample_the_evaluation_draws(tmp_path: Path, cache_module: ModuleType) -> None:
    _corpus(tmp_path, 30)
    drawn = {b.id for b in read_brat_dir(tmp_path, "dev", 5, 38110)}
    assert cache_module.sampled_ids(str(tmp_path), ["5:38110"]) == drawn


def test_two_left_out_samples_are_their_union(tmp_path: Path, cache_module: ModuleType) -> None:
    _corpus(tmp_path, 30)
    first = {b.id for b in read_brat_dir(tmp_path, "dev", 5, 38110)}
    second = {b.id for b in read_brat_dir(tmp_path, "dev", 5, 38111)}
    assert cache_module.sampled_ids(str(tmp_path), ["5:38110", "5:38111"]) == first | second


def test_no_left_out_sample_leaves_out_nothing(tmp_path: Path, cache_module: ModuleType) -> None:
    _corpus(tmp_path, 10)
    assert cache_module.sampled_ids(str(tmp_path), []) == set()


def test_a_left_out_sample_never_holds_a_held_out_article(tmp_path: Path, cache_module: ModuleType) -> None:
    # a sample larger than the development part is the whole development part, and nothing of the other fifth
    names = _corpus(tmp_path, 20)
    ids = cache_module.sampled_ids(str(tmp_path), ["100:1"])
    assert ids == {n for n in names if part_of(n) == "dev"}


def test_a_trainer_learns_from_the_articles_read_less_the_samples_left_out(tmp_path: Path,
                                                                          cache_module: ModuleType) -> None:
    names = _corpus(tmp_path, 30)
    drawn = cache_module.sampled_ids(str(tmp_path), ["5:38110"])
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", default=None)
    parser.add_argument("directory")
    cache_module.add_reading_options(parser)
    every = [SimpleNamespace(key=name) for name in names]
    kept = cache_module.training_articles(parser.parse_args([str(tmp_path), "--exclude-sample", "5:38110"]),
                                          lambda: every)
    assert drawn and {a.key for a in kept} == set(names) - drawn
    assert cache_module.training_articles(parser.parse_args([str(tmp_path)]), lambda: every) == every


def test_the_shipped_files_record_how_they_were_made() -> None:
    for name in ("judge.json", "ending.json"):
        data = json.loads(resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8"))
        assert data["command"].startswith("PYTHONPATH=src python scripts/train_quote_")
        assert "development part" in data["trained_on"]
        assert "heldout" not in data["command"]


def test_the_shipped_judges_and_ending_load_alike_twice() -> None:
    data = json.loads(resources.files(DATA_PACKAGE).joinpath("judge.json").read_text(encoding="utf-8"))
    judges = load_judges()
    assert judges.rules == Judge.from_dict(data[RULES])
    assert judges.broad == Judge.from_dict(data[BROAD])
    ending = json.loads(resources.files(DATA_PACKAGE).joinpath("ending.json").read_text(encoding="utf-8"))
    assert load_ending().model == EndModel.from_dict(ending)


def test_the_shipped_weights_decide_the_same_quotes_twice(quote_pipeline: Pipeline) -> None:
    # invented text: a rules attribution, a long indirect content the ending model may cut, a broad candidate
    text = ("The harbour board met on Tuesday.\n\n"
            "The chairwoman said that the new pier would open in spring, adding that fees would not rise. "
            "A spokesman for the union hopes to settle the dispute before the vote, people close to the talks "
            "said on Monday.")
    first = quote_pipeline.extract(text, id="t").quotes
    second = quote_pipeline.extract(text, id="t").quotes
    assert first
    assert [(q.start, q.end, q.text) for q in first] == [(q.start, q.end, q.text) for q in second]
    assert [q.speaker.text if q.speaker else None for q in first] == [
        q.speaker.text if q.speaker else None for q in second]
