"""Which of accord's modules run compiled (``scripts/compile.sh``, mypyc) and whether any is out of date.

Python imports a module's C extension in preference to its ``.py`` file, so an extension built before the
source was last edited runs the old code. The test suite refuses to start on such a build, and ``accord
bench`` says which build it measured.
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _extension_source(extension: Path) -> Path | None:
    """``mentions.cpython-311-x86_64-linux-gnu.so`` -> ``mentions.py`` beside it (None for other files)."""
    for suffix in EXTENSION_SUFFIXES:
        if extension.name.endswith(suffix):
            return extension.with_name(extension.name[: -len(suffix)] + ".py")
    return None


def compiled_modules(package_dir: Path = PACKAGE_DIR) -> list[str]:
    """Dotted names of the accord modules that have a compiled extension beside their source."""
    names = []
    for extension in sorted(package_dir.rglob("*")):
        source = _extension_source(extension)
        if source is not None and source.exists():
            parts = source.relative_to(package_dir.parent).with_suffix("").parts
            names.append(".".join(parts))
    return names


def stale_compiled_modules(package_dir: Path = PACKAGE_DIR) -> list[str]:
    """Compiled modules whose ``.py`` source changed after the extension was built."""
    stale = []
    for extension in sorted(package_dir.rglob("*")):
        source = _extension_source(extension)
        if source is not None and source.exists() and source.stat().st_mtime > extension.stat().st_mtime:
            stale.append(str(source.relative_to(package_dir.parent)))
    return stale


def build_description(package_dir: Path = PACKAGE_DIR) -> str:
    compiled = compiled_modules(package_dir)
    if not compiled:
        return "plain Python (no compiled modules)"
    return f"compiled with mypyc: {len(compiled)} modules"
