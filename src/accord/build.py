"""Which of accord's modules run compiled (``scripts/compile.sh``, mypyc) and whether any is out of date.

Python imports a module's C extension in preference to its ``.py`` file, so an extension built before the
source was last edited runs the old code. The test suite refuses to start on such a build, and ``accord
bench`` says which build it measured.
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _compiled_pairs(package_dir: Path) -> list[tuple[Path, Path]]:
    """(extension, its .py source) for every compiled module under ``package_dir``."""
    pairs = []
    for extension in sorted(package_dir.rglob("*")):
        for suffix in EXTENSION_SUFFIXES:  # mentions.cpython-311-x86_64-linux-gnu.so -> mentions.py
            if extension.name.endswith(suffix):
                source = extension.with_name(extension.name[: -len(suffix)] + ".py")
                if source.exists():
                    pairs.append((extension, source))
                break
    return pairs


def compiled_modules(package_dir: Path = PACKAGE_DIR) -> list[str]:
    """Dotted names of the accord modules that have a compiled extension beside their source."""
    return [".".join(source.relative_to(package_dir.parent).with_suffix("").parts)
            for _, source in _compiled_pairs(package_dir)]


def stale_compiled_modules(package_dir: Path = PACKAGE_DIR) -> list[str]:
    """Compiled modules whose ``.py`` source changed after the extension was built."""
    return [str(source.relative_to(package_dir.parent)) for extension, source in _compiled_pairs(package_dir)
            if source.stat().st_mtime > extension.stat().st_mtime]


def build_description(package_dir: Path = PACKAGE_DIR) -> str:
    compiled = compiled_modules(package_dir)
    if not compiled:
        return "plain Python (no compiled modules)"
    return f"compiled with mypyc: {len(compiled)} modules"
