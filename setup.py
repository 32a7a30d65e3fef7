"""Optional compiled build. Everything else about the package is in pyproject.toml.

With ``ACCORD_COMPILE=1`` the modules of accord's stages are compiled to C extensions with mypyc (which ships
with mypy): the same typed source, about a fifth less CPU per document. Without it (the default) accord
installs as plain Python. ``scripts/compile.sh`` builds the extensions in place for a source checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

SOURCE = Path("src/accord")
# The stages' inner modules: where accord spends its time per document. The stage modules themselves (spaCy
# factories subclassing accord.blackboard.Stage), the blackboard, the package __init__ files and the offline
# Wikidata importer stay plain Python.
COMPILED_PACKAGES = ("actors", "dates", "events", "places", "quantities", "quotes")
COMPILED_TOP_LEVEL = ("dateline.py", "doc_index.py", "layout.py", "memo.py", "paragraphs.py")
NOT_COMPILED = frozenset({"__init__.py", "stage.py", "wikidata.py"})


def compiled_sources() -> list[str]:
    inner = [p for package in COMPILED_PACKAGES for p in sorted((SOURCE / package).glob("*.py"))]
    return [str(p) for p in [*inner, *(SOURCE / name for name in COMPILED_TOP_LEVEL)] if p.name not in NOT_COMPILED]


def extensions() -> list[object]:
    if os.environ.get("ACCORD_COMPILE") != "1":
        return []
    from mypyc.build import mypycify  # only a compiled build needs mypy

    return list(mypycify(compiled_sources(), opt_level="3", group_name="accord"))


setup(ext_modules=extensions())
