"""Constructs mypyc cannot compile, found in the source before the 5-minute compiled build does (CI compiles the
stage modules and runs the suite again; a construct it rejects stops the whole run)."""

from __future__ import annotations

import ast
from pathlib import Path

import accord

PACKAGE = Path(accord.__file__).parent


def _starred_membership(tree: ast.AST) -> list[int]:
    """Lines of ``x in (*A, "b")``: mypyc turns a literal on the right of ``in`` into comparisons and fails on a
    starred element there (an internal error in visit_star_expr)."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        for op, right in zip(node.ops, node.comparators, strict=True):
            if isinstance(op, (ast.In, ast.NotIn)) and isinstance(right, (ast.Tuple, ast.List, ast.Set)) \
                    and any(isinstance(e, ast.Starred) for e in right.elts):
                lines.append(node.lineno)
    return lines


def test_no_starred_literal_on_the_right_of_in() -> None:
    found = [f"{path.relative_to(PACKAGE)}:{line}" for path in sorted(PACKAGE.rglob("*.py"))
             for line in _starred_membership(ast.parse(path.read_text(encoding="utf-8")))]
    assert found == []


def test_the_check_sees_a_starred_literal() -> None:
    assert _starred_membership(ast.parse('ok = "a" in (*NAMES, "b")\nfine = "a" in NAMES\n')) == [1]


def _uncast_conjuncts(tree: ast.AST) -> list[int]:
    """Lines reading ``x.conjuncts`` on anything but ``cast(Any, x)``: spaCy's stubs type Token.conjuncts as a
    1-tuple, so the compiled build checks every conjunct list against one element and fails on real ones."""
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and node.attr == "conjuncts"
            and not (isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)
                     and node.value.func.id == "cast")]


def test_conjuncts_are_read_through_cast() -> None:
    found = [f"{path.relative_to(PACKAGE)}:{line}" for path in sorted(PACKAGE.rglob("*.py"))
             for line in _uncast_conjuncts(ast.parse(path.read_text(encoding="utf-8")))]
    assert found == []


def test_the_check_sees_an_uncast_conjuncts() -> None:
    assert _uncast_conjuncts(ast.parse("a = tok.conjuncts\nb = cast(Any, tok).conjuncts\n")) == [1]
