"""The import graph of accord's own modules: no cycle between subpackages (nor between modules), every edge an
import statement (no importlib look-ups of accord's modules), and the stand-in Doc of old gone for good."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import accord

PACKAGE = Path(accord.__file__).resolve().parent
LOOKUPS = frozenset({"import_module", "find_spec", "__import__"})


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imports(name: str, path: Path, modules: dict[str, Path]) -> Iterator[str]:
    """What a module imports: ``from package import module`` is an edge to that module only."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: "from . import x" in package a.b names a.b.x
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base]).strip(".")
            for alias in node.names:
                yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base


def _module_graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: {imported for imported in _imports(name, path, modules) if imported in modules and imported != name}
            for name, path in modules.items()}


def _part(module: str) -> str:
    """The subpackage a module belongs to (``accord.events.coder`` -> ``events``), or the top-level module."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "accord"


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_cycle_between_subpackages() -> None:
    packages: dict[str, set[str]] = {}
    for module, imported in _module_graph().items():
        if _part(module) == "accord":
            continue  # the package's face imports its parts; it is imported by none of them
        packages.setdefault(_part(module), set()).update(_part(i) for i in imported if _part(i) != "accord")
    for part, targets in packages.items():
        targets.discard(part)
    assert _cycles(packages) == []


def test_no_cycle_between_modules() -> None:
    assert _cycles(_module_graph()) == []


def test_no_module_is_looked_up_at_run_time() -> None:
    """Every dependency between accord's modules is an import statement, which tools and readers can see."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if called in LOOKUPS:
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert found == []


def test_the_graph_sees_the_edges_it_should() -> None:
    graph = _module_graph()
    assert "accord.events.stage" in graph["accord.nlp"]
    assert "accord.dates" in graph["accord.events.attachments"]
    assert "accord.dateline" in graph["accord.actors.mentions"]


def test_no_stand_in_doc() -> None:
    assert not [p for p in PACKAGE.rglob("*.py") if "SentenceWindowDoc" in p.read_text(encoding="utf-8")]
