"""The shipped actor knowledge base as a whole: every file well formed, no entry defined twice, no name shared by
entries that disagree on country or sector, every office dated in order, every code valid.

These read the raw data files as well as the loaded knowledge base, because loading merges them: a second entry
with the same id silently replaces the first, and a YAML flow mapping split by an unquoted comma loads as junk keys.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from importlib import resources
from typing import Any

import pytest
import yaml

from accord.actors import ActorResolver
from accord.actors.kb import KnowledgeBase, NameTarget
from accord.actors.text import key

PERSON_KEYS = frozenset({"id", "name", "aliases", "short", "country", "offices", "source", "note", "namesakes",
                         "known_as"})
OFFICE_KEYS = frozenset({"role", "sector", "country", "org", "from", "to"})
ORGANISATION_KEYS = frozenset({"id", "name", "kind", "country", "sector", "aliases", "members", "from", "to", "source",
                               "note", "periods", "metonyms"})
SEAT_KEYS = frozenset({"id", "name", "country", "sector", "aliases", "from", "to", "source"})
NAMING_FORMS = ("name", "alias", "seat")  # the forms that name an entry outright (not demonyms, capitals, surnames)
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _data_files() -> dict[str, dict[str, Any]]:
    folder = resources.files("accord.data.actors")
    found = {}
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith((".yaml", ".yml")):
            found[item.name] = yaml.safe_load(item.read_text(encoding="utf-8")) or {}
    return found


@pytest.fixture(scope="module")
def data_files() -> dict[str, dict[str, Any]]:
    return _data_files()


@pytest.fixture(scope="module")
def kb(resolver: ActorResolver) -> KnowledgeBase:
    return resolver.kb


def _date(value: Any) -> str | None:
    return None if value is None else str(value)


# --- each file well formed ---------------------------------------------------------------------------------------


def test_a_namesake_is_the_persons_name_with_a_generational_suffix(data_files: dict[str, dict[str, Any]]) -> None:
    """'Donald Trump Jr.' beside Donald Trump: another person only by the suffix after one of the names."""
    from accord.words import shared_words

    suffixes = shared_words().name_suffixes
    problems = []
    for name, doc in data_files.items():
        for person in doc.get("people") or ():
            forms = {person["name"], *(person.get("aliases") or ())}
            for namesake in person.get("namesakes") or ():
                stem, _, suffix = str(namesake).rpartition(" ")
                if stem not in forms or suffix.lower().rstrip(".") not in suffixes:
                    problems.append(f"{name}: {person['name']}: {namesake!r}")
    assert problems == []


def test_every_entry_has_only_known_fields(data_files: dict[str, dict[str, Any]]) -> None:
    """An unquoted comma inside a flow mapping ('note: joined 2023, left 2024') splits it into junk keys."""
    problems = []
    for name, doc in data_files.items():
        for person in doc.get("people") or ():
            problems += [f"{name}: {person['name']}: {k!r}" for k in set(person) - PERSON_KEYS]
            for office in person.get("offices") or ():
                problems += [f"{name}: {person['name']} office: {k!r}" for k in set(office) - OFFICE_KEYS]
        for org in doc.get("organisations") or ():
            problems += [f"{name}: {org['name']}: {k!r}" for k in set(org) - ORGANISATION_KEYS]
        for seat in doc.get("seats") or ():
            problems += [f"{name}: {seat['name']}: {k!r}" for k in set(seat) - SEAT_KEYS]
    assert problems == []


def test_no_id_is_defined_twice(data_files: dict[str, dict[str, Any]]) -> None:
    """Loading lets a later entry with the same id replace an earlier one: in shipped data that is a duplicate."""
    where: dict[str, list[str]] = defaultdict(list)
    for name, doc in data_files.items():
        for person in doc.get("people") or ():
            where[str(person.get("id") or _slug(person["name"]))].append(name)
        for org in doc.get("organisations") or ():
            where[str(org.get("id") or _slug(org["name"]))].append(name)
        for seat in doc.get("seats") or ():
            where[str(seat.get("id") or "seat:" + _slug(seat["name"]))].append(name)
    assert {i: files for i, files in where.items() if len(files) > 1} == {}


def _slug(name: str) -> str:
    return "-".join(key(name)).replace(".", "").replace("'", "")


def test_sector_words_and_role_synonyms_are_defined_once(data_files: dict[str, dict[str, Any]]) -> None:
    """The first file to define a sector word wins and a later role_synonyms entry replaces an earlier one, so each
    word or title is defined in one file only (within a file, a word may be both a title and a group: 'Judge')."""
    words: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, set[str]] = defaultdict(set)
    for name, doc in data_files.items():
        for classes in (doc.get("words") or {}).values():
            for items in classes.values():
                for word in items or ():
                    words[str(word).lower()].add(name)
        for title in doc.get("role_synonyms") or {}:
            titles[str(title).lower()].add(name)
    assert {w: f for w, f in words.items() if len(f) > 1} == {}
    assert {t: f for t, f in titles.items() if len(f) > 1} == {}


# --- the loaded knowledge base -----------------------------------------------------------------------------------


def _facts(kb: KnowledgeBase, target: NameTarget) -> tuple[str | None, str | None]:
    entry = kb.entries[target.entry]
    return entry.country, ("person" if entry.kind == "person" else entry.sector)


def test_no_name_names_entries_that_disagree(kb: KnowledgeBase) -> None:
    """Two entries under one name must agree on country and sector (then they are one body named twice), unless the
    name is declared ambiguous with cue words ('Congo', 'MIT', 'SDF'); two people never share a full name."""
    problems = []
    for name_key, targets in kb.names.items():
        if name_key in kb.ambiguous:
            continue
        naming = [t for t in targets if t.form in NAMING_FORMS]
        ids = {t.entry for t in naming}
        if len(ids) < 2:
            continue
        facts = {_facts(kb, t) for t in naming}
        people = [i for i in ids if kb.entries[i].kind == "person"]
        if len(facts) > 1 or people:
            problems.append((" ".join(name_key), sorted(ids)))
    assert problems == []


def test_every_ambiguous_name_has_its_candidates(kb: KnowledgeBase) -> None:
    for name_key, ambiguity in kb.ambiguous.items():
        candidates = {ambiguity.default, *ambiguity.cues}
        assert candidates <= set(kb.entries), name_key
        assert candidates <= {t.entry for t in kb.names[name_key]}, name_key


def test_every_date_is_iso_and_every_office_ends_after_it_starts(kb: KnowledgeBase) -> None:
    problems = []
    for entry in kb.entries.values():
        spans = [(entry.name, entry.start, entry.end), *((f"{entry.name}: {o.role}", o.start, o.end)
                                                          for o in entry.offices)]
        for what, start, end in spans:
            for date in (start, end):
                if date is not None and not _valid_date(date):
                    problems.append(f"{what}: date {date!r}")
            if start and end and _valid_date(start) and _valid_date(end) and end < start:
                problems.append(f"{what}: ends {end} before it starts {start}")
    assert problems == []


def _valid_date(text: str) -> bool:
    if not ISO_DATE.match(text):
        return False
    parts = [int(p) for p in text.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def test_every_country_sector_and_organisation_code_is_known(kb: KnowledgeBase) -> None:
    countries = {e.id for e in kb.entries.values() if e.kind == "country"}
    problems = []
    for entry in kb.entries.values():
        codes = [entry.country, *entry.members, *(o.country for o in entry.offices)]
        problems += [f"{entry.id}: country {c}" for c in codes if c and c not in countries]
        sectors = [entry.sector, *(o.sector for o in entry.offices)]
        problems += [f"{entry.id}: sector {s}" for s in sectors if s and s not in kb.sector_codes]
        problems += [f"{entry.id}: org {o.org}" for o in entry.offices if o.org and o.org not in kb.entries]
    assert problems == []


def test_every_shipped_entry_names_its_source(data_files: dict[str, dict[str, Any]]) -> None:
    problems = []
    for name, doc in data_files.items():
        for section in ("people", "organisations", "seats"):
            for item in doc.get(section) or ():
                if not (item.get("source") or doc.get("source")):
                    problems.append(f"{name}: {item['name']}")
    assert problems == []
