"""accord.build: which modules run compiled, and which compiled modules are older than their source."""

from __future__ import annotations

import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from accord.build import build_description, compiled_modules, stale_compiled_modules


def _package(tmp_path: Path) -> Path:
    package = tmp_path / "accord"
    (package / "events").mkdir(parents=True)
    for name in ("events/coder.py", "events/stage.py", "doc_index.py"):
        (package / name).write_text("X = 1\n")
    return package


def _compile(package: Path, module: str, *, age: float) -> None:
    """Stand in a built extension for ``module`` (a path without .py), ``age`` seconds older than now."""
    extension = package / (module + EXTENSION_SUFFIXES[0])
    extension.write_bytes(b"\x7fELF")
    then = extension.stat().st_mtime - age
    os.utime(extension, (then, then))


def test_a_plain_checkout_has_no_compiled_modules(tmp_path: Path) -> None:
    package = _package(tmp_path)
    assert compiled_modules(package) == []
    assert stale_compiled_modules(package) == []
    assert build_description(package) == "plain Python (no compiled modules)"


def test_compiled_modules_are_named_by_their_dotted_path(tmp_path: Path) -> None:
    package = _package(tmp_path)
    source = package / "events" / "coder.py"
    then = source.stat().st_mtime - 100
    os.utime(source, (then, then))  # the source predates its build
    _compile(package, "events/coder", age=0)
    assert compiled_modules(package) == ["accord.events.coder"]
    assert stale_compiled_modules(package) == []
    assert build_description(package) == "compiled with mypyc: 1 modules"


def test_an_extension_built_before_its_source_changed_is_stale(tmp_path: Path) -> None:
    package = _package(tmp_path)
    _compile(package, "doc_index", age=60)
    assert stale_compiled_modules(package) == [str(Path("accord") / "doc_index.py")]


def test_an_extension_without_a_source_beside_it_is_not_an_accord_module(tmp_path: Path) -> None:
    package = _package(tmp_path)
    _compile(package, "events/orphan", age=0)
    assert compiled_modules(package) == []
