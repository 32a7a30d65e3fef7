"""accord's own data files (under ``src/accord/data``), read from the installed package."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

from accord.errors import ConfigError


def read_packaged_yaml(name: str) -> Any:
    """The parsed YAML of ``data/<name>``; a file that cannot be read or parsed is a ConfigError naming it
    (a broken install, not bad input: nothing can be coded without it)."""
    try:
        return yaml.safe_load(resources.files("accord.data").joinpath(name).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read accord's data/{name}: {exc}") from exc
