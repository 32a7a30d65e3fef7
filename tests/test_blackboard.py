"""The blackboard: every value the stages share through a Doc is declared once, each stage's spaCy factory
declares what it reads and writes, and spaCy finds the pipeline's order consistent with it."""

from __future__ import annotations

import ast
from pathlib import Path

from spacy.language import Language

from accord import blackboard
from accord.blackboard import ATTRIBUTES, INPUT, MEMOS, assigns, requires
from accord.nlp import DEFAULT_STAGES, STAGE_FACTORIES
from accord.pipeline import Pipeline

SOURCE = Path(blackboard.__file__).resolve().parent
# The modules that may touch ``doc._`` and ``doc.user_data`` directly: the blackboard, and the Doc index, which
# reads its memos with keys bound from the blackboard on its hot path.
DIRECT_ACCESS = {"blackboard.py", "doc_index.py"}


def test_spacy_finds_no_problem_in_the_pipeline(pipeline: Pipeline) -> None:
    analysis = pipeline.nlp.analyze_pipes(pretty=False)
    assert all(problems == [] for problems in analysis["problems"].values()), analysis["problems"]
    assigned = {attr for name in DEFAULT_STAGES for attr in pipeline.nlp.get_pipe_meta(name).assigns}
    assert {a.spacy_name for a in ATTRIBUTES if a.writer != INPUT} <= assigned


def test_every_stage_factory_declares_its_contract() -> None:
    for name in DEFAULT_STAGES:
        meta = Language.get_factory_meta(name)
        assert list(meta.requires) == requires(name), name
        assert list(meta.assigns) == assigns(name), name
        assert meta.assigns, f"{name} declares nothing it writes"


def test_each_attribute_is_written_before_it_is_read() -> None:
    order = {name: i for i, name in enumerate(DEFAULT_STAGES)}
    assert set(STAGE_FACTORIES) == set(order)
    for attribute in ATTRIBUTES:
        assert attribute.writer == INPUT or attribute.writer in order, attribute.name
        written = -1 if attribute.writer == INPUT else order[attribute.writer]
        assert all(order[reader] > written for reader in attribute.readers), attribute.name
    names = [a.name for a in ATTRIBUTES] + [m.key for m in MEMOS]
    assert len(names) == len(set(names))


def _direct_accesses(path: Path) -> list[str]:
    """``x._.name`` and ``x.user_data`` in a module's code (docstrings and comments do not count)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and (node.attr == "user_data" or (
                isinstance(node.value, ast.Attribute) and node.value.attr == "_")):
            found.append(f"{path.relative_to(SOURCE)}:{node.lineno}")
    return found


def test_no_stage_reaches_the_doc_but_through_the_blackboard() -> None:
    modules = [p for p in SOURCE.rglob("*.py") if p.name not in DIRECT_ACCESS]
    assert [where for path in modules for where in _direct_accesses(path)] == []


def test_memos_are_owned_by_modules_that_exist() -> None:
    for memo in MEMOS:
        owner = SOURCE.parent.joinpath(*memo.owner.split("."))
        assert owner.with_suffix(".py").exists() or (owner / "__init__.py").exists(), memo.owner
