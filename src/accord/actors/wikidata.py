"""Importing office holders from a Wikidata JSON export into an accord actor file.

The export is what the Wikidata Query Service gives for a query such as the one in docs/actors.md: either the
SPARQL JSON results format (``{"head": ..., "results": {"bindings": [...]}}``) or the plain JSON list of rows
("Download JSON file"). Each row is one office held by one person, with these variables:

    person (entity URI), personLabel, positionLabel, start, end (optional), and the country as
    iso3 (P298 of the position's country; preferred) or countryLabel (resolved through the knowledge base).
    Optional: personAltLabel (comma-separated aliases), sector (a code, e.g. MIL).

Rows are grouped by person; the output is the YAML format of docs/actors.md, ready for ``--actors``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from accord.actors.kb import KnowledgeBase
from accord.actors.text import tokenize
from accord.errors import InputError

REQUIRED = ("person", "personLabel", "positionLabel")


@dataclass
class ImportReport:
    people: int = 0
    offices: int = 0
    skipped: list[str] = field(default_factory=list)


def read_export(path: str | Path) -> list[dict[str, str]]:
    """Rows of a Wikidata Query Service JSON export, each a flat mapping of variable -> string value."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"cannot read the Wikidata export: {exc}") from exc
    if isinstance(data, dict) and "results" in data:
        return [{k: str(v.get("value", "")) for k, v in row.items()} for row in data["results"].get("bindings", [])]
    if isinstance(data, list) and all(isinstance(row, dict) for row in data):
        return [{k: str(v) for k, v in row.items() if v is not None} for row in data]
    raise InputError(str(path), "not a Wikidata Query Service JSON export (SPARQL results or a list of rows)")


def convert(rows: Iterable[Mapping[str, str]], kb: KnowledgeBase, source: str) -> tuple[dict[str, Any], ImportReport]:
    """Group export rows by person into an actor-file document."""
    report = ImportReport()
    people: dict[str, dict[str, Any]] = {}
    for number, row in enumerate(rows, start=1):
        missing = [k for k in REQUIRED if not row.get(k)]
        if missing:
            report.skipped.append(f"row {number}: missing {', '.join(missing)}")
            continue
        qid = row["person"].rstrip("/").rsplit("/", 1)[-1]
        country = _country(row, kb)
        person = people.setdefault(qid, {
            "id": f"wd-{qid}", "name": row["personLabel"], "country": country,
            "aliases": _aliases(row.get("personAltLabel", "")), "offices": [],
            "source": f"Wikidata {qid} ({source})",
        })
        office = {"role": row["positionLabel"], "sector": row.get("sector") or _sector(row["positionLabel"], kb),
                  "from": _date(row.get("start")), "to": _date(row.get("end"))}
        if country and country != person["country"]:
            office["country"] = country
        office = {k: v for k, v in office.items() if v is not None}
        if office not in person["offices"]:
            person["offices"].append(office)
            report.offices += 1
    for person in people.values():
        person["offices"].sort(key=lambda o: str(o.get("from", "")))
        if not person["aliases"]:
            del person["aliases"]
    report.people = len(people)
    return {"people": list(people.values())}, report


def write_actor_file(document: Mapping[str, Any], path: str | Path, header: Sequence[str] = ()) -> None:
    comments = "".join(f"# {line}\n" for line in header)
    body = yaml.safe_dump(dict(document), sort_keys=False, allow_unicode=True, width=110)
    Path(path).write_text(comments + body, encoding="utf-8")


def _country(row: Mapping[str, str], kb: KnowledgeBase) -> str | None:
    code = row.get("iso3") or row.get("countryIso3")
    if code and code.upper() in kb.entries:
        return code.upper()
    label = row.get("countryLabel")
    if not label:
        return None
    for target in kb.names.get(tuple(t.norm for t in tokenize(label)), ()):
        entry = kb.entries[target.entry]
        if entry.kind == "country":
            return entry.id
    return None


def _sector(position: str, kb: KnowledgeBase) -> str:
    """The sector a position's title implies ('Chief of the General Staff' -> MIL); GOV by default."""
    tokens = tokenize(position)
    for i in range(len(tokens)):
        hit = kb.sector_at(tokens, i)
        if hit is not None and hit[1].cls in ("titles", "bodies") and hit[1].sector != "GOV":
            return hit[1].sector
    return "GOV"


def _aliases(text: str) -> list[str]:
    return [a.strip() for a in text.split(",") if a.strip()]


def _date(value: str | None) -> str | None:
    """Wikidata's '2012-05-07T00:00:00Z' -> '2012-05-07'."""
    if not value:
        return None
    return value[:10] if len(value) >= 10 else value
