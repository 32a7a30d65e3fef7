"""CASE-2021 task 2 snippets: does accord code a snippet's event with a PLOVER type its category allows?

The file is tab-separated with the columns ``id``, ``EventSnippet`` and ``SubType``. The mapping of the
categories to PLOVER is data (``accord/data/eval/case2021_plover.yaml``; ``docs/eval.md``):

* a snippet of a mapped category is *typed right* when some asserted event accord codes in it has one of
  the category's accepted PLOVER types;
* a disaster snippet (``no_event``) is right when accord codes no asserted event in it;
* a category no PLOVER type fits (``excluded``) is counted apart and not scored.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from accord.errors import EvalError
from accord.eval.metrics import ratio
from accord.eval.realnews_match import predicted_asserted
from accord.records import Extraction

COLUMNS = ("id", "EventSnippet", "SubType")
TYPED, NO_EVENT, EXCLUDED = "typed", "no event", "excluded"


@dataclass(frozen=True)
class CaseCategory:
    name: str
    accepted: tuple[str, ...] = ()
    no_event: bool = False
    excluded: str | None = None  # why no PLOVER type fits

    @property
    def kind(self) -> str:
        return EXCLUDED if self.excluded else NO_EVENT if self.no_event else TYPED


@dataclass(frozen=True)
class CaseSnippet:
    id: str
    text: str
    subtype: str


def parse_mapping(data: Mapping[str, Any], types: Iterable[str]) -> dict[str, CaseCategory]:
    known = frozenset(types)
    categories = {}
    for name, spec in (data.get("types") or {}).items():
        accepted = tuple(spec.get("plover") or ())
        unknown = [t for t in accepted if t not in known]
        if unknown:
            raise EvalError(f"CASE mapping: {name} maps to unknown PLOVER types {unknown}")
        category = CaseCategory(str(name), accepted, bool(spec.get("no_event")), spec.get("excluded"))
        if sum((bool(category.accepted), category.no_event, category.excluded is not None)) != 1:
            raise EvalError(f"CASE mapping: {name} needs exactly one of plover, no_event, excluded")
        categories[category.name] = category
    return categories


@cache
def case_mapping() -> dict[str, CaseCategory]:
    from accord.eval.realnews import vocabulary

    text = resources.files("accord.data").joinpath("eval/case2021_plover.yaml").read_text(encoding="utf-8")
    return parse_mapping(yaml.safe_load(text), vocabulary().types)


def read_snippets(path: str | Path) -> list[CaseSnippet]:
    try:
        with Path(path).open(encoding="utf-8", newline="") as stream:
            reader = csv.DictReader(stream, delimiter="\t")
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise EvalError(f"{path}: not a CASE-2021 task 2 file: no column {', '.join(missing)}")
            return [CaseSnippet(str(row["id"]), str(row["EventSnippet"] or ""), str(row["SubType"]).strip())
                    for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise EvalError(f"{path}: cannot read: {error}") from error


@dataclass(frozen=True)
class CaseReport:
    per_subtype: Mapping[str, tuple[int, int, int]]  # subtype -> (right, snippets, snippets with an event)
    categories: Mapping[str, CaseCategory]
    predicted_types: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # subtype -> type -> snippets
    errors: tuple[dict[str, Any], ...] = field(default=(), repr=False)

    def group(self, kind: str) -> tuple[int, int]:
        """(right, snippets) over the subtypes of one kind (typed, no event); excluded ones count no right."""
        pairs = [(r, n) for name, (r, n, _) in self.per_subtype.items() if self._kind(name) == kind]
        return sum(r for r, _ in pairs), sum(n for _, n in pairs)

    def _kind(self, subtype: str) -> str:
        category = self.categories.get(subtype)
        return category.kind if category else EXCLUDED

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for name, (right, total, with_event) in sorted(self.per_subtype.items()):
            category = self.categories.get(name)
            kind = self._kind(name)
            common = Counter(self.predicted_types.get(name, {})).most_common(4)
            out.append({
                "subtype": name, "kind": kind,
                "accepted": "/".join(category.accepted) if category and category.accepted else
                ("none" if kind == NO_EVENT else "-"),
                "snippets": total, "right": None if kind == EXCLUDED else right,
                "share": None if kind == EXCLUDED else round(ratio(right, total), 4),
                "with_event": with_event,
                "coded_as": ", ".join(f"{t} {n}" for t, n in common),
            })
        return out

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        typed, quiet = self.group(TYPED), self.group(NO_EVENT)
        out: dict[str, Any] = {
            "snippets": sum(n for _, n, _ in self.per_subtype.values()),
            "typed_right": {"share": round(ratio(*typed), 4), "right": typed[0], "total": typed[1]},
            "disasters_quiet": {"share": round(ratio(*quiet), 4), "right": quiet[0], "total": quiet[1]},
            "excluded": self.group(EXCLUDED)[1],
            "per_subtype": self.rows(),
        }
        if errors:
            out["errors"] = list(self.errors)
        return out


def score_case(snippets: Sequence[CaseSnippet], extractions: Sequence[Extraction],
               categories: Mapping[str, CaseCategory]) -> CaseReport:
    """One extraction per snippet, in the same order. A subtype the mapping does not know is excluded."""
    if len(snippets) != len(extractions):
        raise EvalError(f"{len(snippets)} snippets but {len(extractions)} extractions")
    counts: dict[str, tuple[int, int, int]] = {}
    predicted: dict[str, Counter[str]] = {}
    errors = []
    for snippet, extraction in zip(snippets, extractions, strict=True):
        types = sorted({e.type for e in extraction.events if predicted_asserted(e)})
        category = categories.get(snippet.subtype)
        kind = category.kind if category else EXCLUDED
        right = (bool(types) and category is not None and bool(set(types) & set(category.accepted))
                 if kind == TYPED else not types if kind == NO_EVENT else False)
        r, n, w = counts.get(snippet.subtype, (0, 0, 0))
        counts[snippet.subtype] = (r + right, n + 1, w + bool(types))
        predicted.setdefault(snippet.subtype, Counter()).update(types or ["(none)"])
        if kind != EXCLUDED and not right:
            errors.append({"id": snippet.id, "subtype": snippet.subtype,
                           "accepted": "/".join(category.accepted) if category and category.accepted else "none",
                           "coded": ", ".join(types) or "-", "snippet": snippet.text})
    return CaseReport(counts, categories, {k: dict(v) for k, v in predicted.items()}, tuple(errors))
