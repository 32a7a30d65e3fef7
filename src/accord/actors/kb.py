"""The actor knowledge base: countries, seats of power, sector words, people in office and organisations.

Shipped data lives in ``accord/data/actors``; user actor files (same YAML format, see docs/actors.md) are
layered on top: an entry with the same ``id`` replaces the shipped one, new ids are added. Every name is
indexed by its normalised token tuple (:func:`accord.actors.text.key`), so lookups are dict hits.
"""

from __future__ import annotations

import csv
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from accord.actors.text import Tok, key, normalise, tokenize
from accord.errors import ConfigError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when PyYAML has it: ~10x faster
KINDS = ("country", "person", "organisation", "igo", "group")
SECTOR_CLASSES = ("titles", "bodies", "groups", "weak")  # titles first: 'Governor' before 'governors' -> governor
# how a name refers to its entry; decides the default sector and the rule name
NAME_PARTICLES = frozenset({"al", "el", "ad", "bin", "ibn", "da", "di", "du", "der", "de", "la", "le", "van", "von"})
FORMS = ("name", "alias", "demonym", "people", "capital", "seat", "short")


@dataclass(frozen=True, slots=True)
class Office:
    """A position a person held: role, sector, country (or IGO) and the dates it started and ended."""

    role: str
    sector: str = "GOV"
    country: str | None = None
    org: str | None = None  # id of the organisation for IGO posts (UN Secretary-General)
    start: str | None = None  # ISO date, possibly partial (2014 or 2014-05)
    end: str | None = None  # None while in office

    def covers(self, date: str) -> bool:
        return _pad(self.start, "0000-01-01") <= date < _pad_end(self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One knowledge-base entry: a country, seat of power, person or organisation."""

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()
    short: tuple[str, ...] = ()  # surnames / short forms that refer back to a person
    start: str | None = None
    end: str | None = None
    source: str | None = None
    note: str | None = None

    def valid(self, date: str | None) -> bool:
        if date is None:
            return True
        return _pad(self.start, "0000-01-01") <= date < _pad_end(self.end)


@dataclass(frozen=True, slots=True)
class NameTarget:
    """A name in the index: which entry it names, in which form, and whether case must match exactly."""

    entry: str
    form: str
    exact: tuple[str, ...] | None = None  # acronyms (US, DRC, U.S.) match only in this exact casing


@dataclass(frozen=True, slots=True)
class SectorWord:
    sector: str
    cls: str  # bodies | groups | weak | titles
    text: str

    @property
    def kind(self) -> str:
        return "organisation" if self.cls == "bodies" else "group"


@dataclass(frozen=True, slots=True)
class Ambiguity:
    """A name shared by several countries ('Congo'): the article's cue words pick one, else the default."""

    default: str
    cues: Mapping[str, tuple[tuple[str, ...], ...]]  # country code -> normalised cue keys


@dataclass
class _Tables:
    """Raw tables read from data files, before indexing (later files override earlier ones by id)."""

    entries: dict[str, Entry] = field(default_factory=dict)
    extra_names: list[tuple[str, NameTarget]] = field(default_factory=list)
    sector_codes: dict[str, str] = field(default_factory=dict)
    sector_words: dict[str, SectorWord] = field(default_factory=dict)
    role_synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ambiguous: dict[tuple[str, ...], Ambiguity] = field(default_factory=dict)
    foreign_facing_titles: set[str] = field(default_factory=set)


class KnowledgeBase:
    """Indexed actor knowledge. Build with :meth:`load`; immutable afterwards."""

    def __init__(self, tables: _Tables) -> None:
        self.entries: Mapping[str, Entry] = dict(tables.entries)
        self.sector_codes: Mapping[str, str] = dict(tables.sector_codes)
        self.names: dict[tuple[str, ...], list[NameTarget]] = {}
        self.short_names: dict[str, list[str]] = {}
        self.sector_words: dict[tuple[str, ...], SectorWord] = {}
        for entry in self.entries.values():
            for form, text in _entry_names(entry):
                self._add_name(text, NameTarget(entry.id, form, _exact(text)))
            for short in entry.short:
                short_key = key(short)
                if len(short_key) == 1:
                    ids = self.short_names.setdefault(short_key[0], [])
                    if entry.id not in ids:
                        ids.append(entry.id)
                else:  # 'Quintero-Lund', 'Suu Kyi': matched like a name
                    self._add_name(short, NameTarget(entry.id, "short"))
        self._date_bounds = _date_bounds(self.entries.values())
        # (country, role) -> who held it: "India's foreign minister" on a date names a person
        self.offices: dict[tuple[str, str], list[tuple[Entry, Office]]] = {}
        for entry in self.entries.values():
            for office in entry.offices:
                country = office.country or entry.country
                if country and not office.org:
                    self.offices.setdefault((country, office.role.lower()), []).append((entry, office))
        self.role_synonyms: Mapping[str, tuple[str, ...]] = dict(tables.role_synonyms)
        for text, target in tables.extra_names:
            if target.entry in self.entries:
                self._add_name(text, target)
        for text, word in tables.sector_words.items():
            self.sector_words.setdefault(key(text), word)
        self.ambiguous: Mapping[tuple[str, ...], Ambiguity] = dict(tables.ambiguous)
        self.foreign_facing_titles = frozenset(tables.foreign_facing_titles)
        for name_key, ambiguity in self.ambiguous.items():  # every candidate is a target, the default first
            targets = self.names.setdefault(name_key, [])
            for code in (ambiguity.default, *ambiguity.cues):
                if code in self.entries and not any(t.entry == code for t in targets):
                    targets.append(NameTarget(code, "name"))
            targets.sort(key=lambda t: t.entry != ambiguity.default)
        # longest name / sector word starting with each first token: most tokens start none, and are skipped
        self._name_span: dict[str, int] = {}
        for k in self.names:
            self._name_span[k[0]] = max(self._name_span.get(k[0], 0), len(k))
        self._sector_span: dict[str, int] = {}
        for k in self.sector_words:
            self._sector_span[k[0]] = max(self._sector_span.get(k[0], 0), len(k))

    @classmethod
    def load(cls, user_files: Sequence[str | Path] = ()) -> KnowledgeBase:
        """Shipped data, then each user file in order on top."""
        tables = _Tables()
        data = resources.files("accord.data.actors")
        _read_countries(data.joinpath("countries.csv").read_text(encoding="utf-8"), tables)
        for item in sorted(data.iterdir(), key=lambda p: p.name):
            if item.name.endswith((".yaml", ".yml")):
                _read_yaml(item.read_text(encoding="utf-8"), item.name, tables)
        for path in user_files:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except OSError as exc:
                raise ConfigError(f"cannot read actor file {path}: {exc}") from exc
            _read_yaml(text, str(path), tables)
        return cls(tables)

    def _add_name(self, text: str, target: NameTarget) -> None:
        k = key(text)
        if not k:
            return
        targets = self.names.setdefault(k, [])
        if not any(t.entry == target.entry and t.form == target.form for t in targets):
            targets.append(target)

    # --- matching ------------------------------------------------------------------------------------

    def match_names(self, tokens: Sequence[Tok]) -> Iterator[tuple[int, int, list[NameTarget]]]:
        """Longest-first, left-to-right name matches: (start index, end index, targets)."""
        i = 0
        while i < len(tokens):
            found = self._name_at(tokens, i)
            if found is None:
                i += 1
                continue
            end, targets = found
            yield i, end, targets
            i = end

    def _name_at(self, tokens: Sequence[Tok], i: int) -> tuple[int, list[NameTarget]] | None:
        longest = self._name_span.get(tokens[i].norm)
        if longest is None:
            return None
        if not tokens[i].capitalised and not (tokens[i].norm in NAME_PARTICLES and i + 1 < len(tokens)):
            return None
        for end in range(min(len(tokens), i + longest), i, -1):
            targets = self.names.get(tuple(t.norm for t in tokens[i:end]))
            if targets:
                raw = tuple(t.raw for t in tokens[i:end])
                usable = [t for t in targets if t.exact is None or t.exact == raw]
                if usable:
                    return end, usable
        return None

    def sector_at(self, tokens: Sequence[Tok], i: int) -> tuple[int, SectorWord] | None:
        """The longest sector word starting at token i."""
        longest = self._sector_span.get(tokens[i].norm)
        if longest is None:
            return None
        for end in range(min(len(tokens), i + longest), i, -1):
            word = self.sector_words.get(tuple(t.norm for t in tokens[i:end]))
            if word is not None:
                return end, word
        return None

    def date_class(self, date: str | None) -> tuple[int, int] | None:
        """Dates that compare the same way with every date the knowledge base holds resolve every phrase the
        same way: this names their class, so resolutions can be shared between them."""
        if date is None:
            return None
        return bisect_left(self._date_bounds, date), bisect_right(self._date_bounds, date)

    def office_holders(self, country: str, title: str, date: str) -> list[tuple[Entry, Office]]:
        """Who held the office a title names in a country on a date: the exact role, else its synonyms."""
        wanted = title.lower()
        for role in (wanted, *self.role_synonyms.get(wanted, ())):  # in order: the first role held wins
            found = [(e, o) for e, o in self.offices.get((country, role.lower()), ()) if o.covers(date)]
            if found:
                return found
        return []

    def context_choices(self, tokens: Sequence[Tok]) -> dict[tuple[str, ...], str]:
        """For each ambiguous name, the country the document's cue words point to (only where not the default)."""
        choices: dict[tuple[str, ...], str] = {}
        if not self.ambiguous:
            return choices
        norms = [t.norm for t in tokens]
        present = set(norms)
        for name_key, ambiguity in self.ambiguous.items():
            if name_key[0] not in present:
                continue
            counts = {code: sum(_occurrences(norms, cue) for cue in cues if cue[0] in present)
                      for code, cues in ambiguity.cues.items()}
            best = max(counts, key=lambda c: (counts[c], c == ambiguity.default))
            if counts[best] > counts.get(ambiguity.default, 0):
                choices[name_key] = best
        return choices

    def people_named(self, token: Tok) -> list[Entry]:
        """People a capitalised short form (a surname) may refer to."""
        if not token.capitalised:
            return []
        return [self.entries[i] for i in self.short_names.get(token.norm, ())]


# --- reading data files ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CountryRow:
    """One row of the shipped country table: the single source of country names and demonyms."""

    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


def country_rows() -> list[CountryRow]:
    """The shipped ISO 3166-1 table (``data/actors/countries.csv``), for any stage that needs country names."""
    text = resources.files("accord.data.actors").joinpath("countries.csv").read_text(encoding="utf-8")
    return _country_rows(text)


def ambiguous_country_names() -> dict[str, str]:
    """Names news uses for more than one country ("Congo"), each with its default reading; the actor stage
    reads each article's context to choose, and other stages follow the actor stage."""
    text = resources.files("accord.data.actors").joinpath("ambiguous_names.yaml").read_text(encoding="utf-8")
    return {str(item["name"]): str(item["default"]) for item in yaml.safe_load(text)["ambiguous"]}


def _country_rows(text: str) -> list[CountryRow]:
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    return [
        CountryRow(row["iso3"].strip(), row["name"].strip(), _split(row["aliases"]), _split(row["demonyms"]),
                   _split(row["capitals"]))
        for row in csv.DictReader(lines)
    ]


def _read_countries(text: str, tables: _Tables) -> None:
    for row in _country_rows(text):
        iso3 = row.iso3
        entry = Entry(id=iso3, name=row.name, kind="country", country=iso3, sector="GOV",
                      aliases=row.aliases, source="public record (ISO 3166-1)")
        tables.entries[iso3] = entry
        for demonym in row.demonyms:
            tables.extra_names.append((demonym, NameTarget(iso3, "demonym", _exact(demonym))))
            for plural in _people_forms(demonym):
                tables.extra_names.append((plural, NameTarget(iso3, "people")))
        for capital in row.capitals:
            tables.extra_names.append((capital, NameTarget(iso3, "capital")))


def _read_yaml(text: str, origin: str, tables: _Tables) -> None:
    try:
        doc = yaml.load(text, Loader=_LOADER) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{origin}: not valid YAML: {exc}") from exc
    if not isinstance(doc, dict):
        raise ConfigError(f"{origin}: an actor file is a mapping with people/organisations/... sections")
    try:
        _read_sections(doc, tables)
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"{origin}: bad actor entry: {exc!r}") from exc


def _read_sections(doc: dict[str, Any], tables: _Tables) -> None:
    source = doc.get("source")  # a file-level default for entries that do not name their own
    for code, description in (doc.get("codes") or {}).items():
        tables.sector_codes[str(code)] = str(description)
    for sector, classes in (doc.get("words") or doc.get("sector_words") or {}).items():
        for cls in SECTOR_CLASSES:
            for word in classes.get(cls) or ():
                _add_sector_word(tables, str(word), SectorWord(str(sector), cls, str(word)))
    for title, roles in (doc.get("role_synonyms") or {}).items():
        tables.role_synonyms[str(title).lower()] = tuple(str(r) for r in roles)
    for item in doc.get("countries") or ():
        _read_country_extra(item, tables)
    for item in doc.get("seats") or ():
        entry = Entry(id=item.get("id") or "seat:" + _slug(item["name"]), name=str(item["name"]),
                      kind="organisation", country=item.get("country"), sector=item.get("sector", "GOV"),
                      aliases=tuple(item.get("aliases") or ()), start=_date(item.get("from")),
                      end=_date(item.get("to")), source=item.get("source", source))
        tables.entries[entry.id] = entry
    for item in doc.get("organisations") or ():
        entry = _organisation({"source": source, **item})
        tables.entries[entry.id] = entry
    for item in doc.get("people") or ():
        entry = _person({"source": source, **item})
        tables.entries[entry.id] = entry
    tables.foreign_facing_titles.update(str(t).lower() for t in doc.get("foreign_facing_titles") or ())
    for item in doc.get("ambiguous") or ():
        cues = {str(code): tuple(key(str(c)) for c in words) for code, words in (item.get("cues") or {}).items()}
        tables.ambiguous[key(str(item["name"]))] = Ambiguity(str(item["default"]), cues)


def _occurrences(norms: Sequence[str], cue: tuple[str, ...]) -> int:
    width = len(cue)
    return sum(1 for i in range(len(norms) - width + 1) if tuple(norms[i : i + width]) == cue)


def _add_sector_word(tables: _Tables, text: str, word: SectorWord) -> None:
    for form in (text, *_plurals(text), *_singulars(text)):
        tables.sector_words.setdefault(normalise(form), word)


def _read_country_extra(item: dict[str, Any], tables: _Tables) -> None:
    iso3 = str(item["iso3"])
    base = tables.entries.get(iso3) or Entry(id=iso3, name=str(item.get("name", iso3)), kind="country",
                                            country=iso3, sector="GOV", source=item.get("source"))
    tables.entries[iso3] = Entry(**{**_fields(base), "aliases": base.aliases + tuple(item.get("aliases") or ())})
    for demonym in item.get("demonyms") or ():
        tables.extra_names.append((demonym, NameTarget(iso3, "demonym", _exact(demonym))))
        for plural in _people_forms(demonym):
            tables.extra_names.append((plural, NameTarget(iso3, "people")))
    for capital in item.get("capitals") or ():
        tables.extra_names.append((capital, NameTarget(iso3, "capital")))


def _organisation(item: dict[str, Any]) -> Entry:
    kind = str(item.get("kind", "organisation"))
    if kind not in KINDS:
        raise ValueError(f"kind {kind!r} is not one of {KINDS}")
    return Entry(
        id=str(item.get("id") or _slug(item["name"])),
        name=str(item["name"]),
        kind=kind,
        country=item.get("country"),
        sector=item.get("sector", "IGO" if kind == "igo" else None),
        aliases=tuple(str(a) for a in item.get("aliases") or ()),
        members=tuple(str(m) for m in item.get("members") or ()),
        start=_date(item.get("from")),
        end=_date(item.get("to")),
        source=item.get("source"),
        note=item.get("note"),
    )


def _person(item: dict[str, Any]) -> Entry:
    name = str(item["name"])
    country = item.get("country")
    offices = tuple(
        Office(role=str(o["role"]), sector=str(o.get("sector", "GOV")), country=o.get("country", country),
               org=o.get("org"), start=_date(o.get("from")), end=_date(o.get("to")))
        for o in item.get("offices") or ()
    )
    short = item.get("short")
    if short is None:
        short = [name.split()[-1]] if len(name.split()) > 1 else []
    return Entry(id=str(item.get("id") or _slug(name)), name=name, kind="person", country=country,
                 aliases=tuple(str(a) for a in item.get("aliases") or ()), offices=offices,
                 short=tuple(str(s) for s in short), source=item.get("source"), note=item.get("note"))


def _entry_names(entry: Entry) -> Iterable[tuple[str, str]]:
    yield "name", entry.name
    for alias in entry.aliases:
        yield ("seat" if entry.id.startswith("seat:") else "alias"), alias
    if entry.id.startswith("seat:"):
        yield "seat", entry.name


def _fields(entry: Entry) -> dict[str, Any]:
    return {f.name: getattr(entry, f.name) for f in fields(Entry)}


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split(";") if part.strip())


def _exact(text: str) -> tuple[str, ...] | None:
    """Acronyms (no lower-case letters) must match in exactly this casing: 'US' is not 'us'."""
    letters = [c for c in text if c.isalpha()]
    if letters and not any(c.islower() for c in letters):
        return tuple(t.raw for t in tokenize(text))
    return None


def _people_forms(demonym: str) -> list[str]:
    """'Afghan' -> 'Afghans', 'Bosnian Serb' -> 'Bosnian Serbs'; 'Chinese', 'Swiss', 'British' stay as they are."""
    if demonym.endswith(("ese", "s", "sh", "ch", "x", "z")) or not demonym[-1:].isalpha():
        return []
    if demonym.endswith("man"):
        return [demonym[:-3] + "men"]
    return [demonym + "s"]


def _plurals(word: str) -> list[str]:
    head, _, last = word.rpartition(" ")
    prefix = head + " " if head else ""
    if last.endswith(("s", "ff")) or not last.isalpha():
        return []
    if last.endswith("man"):
        return [prefix + last[:-3] + "men"]
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return [prefix + last[:-1] + "ies"]
    if last.endswith(("ch", "sh", "x")):
        return [prefix + last + "es"]
    return [prefix + last + "s"]


_NOT_PLURAL = frozenset({"customs", "news", "series", "forces", "arms", "headquarters", "mps", "idps", "locals",
                         "nationals", "civilians", "militants"})


def _singulars(word: str) -> list[str]:
    """'activists' -> 'activist', 'militiamen' -> 'militiaman', 'authorities' -> 'authority'."""
    head, _, last = word.rpartition(" ")
    prefix = head + " " if head else ""
    if last in _NOT_PLURAL or not last.isalpha():
        return []
    if last.endswith("men"):
        return [prefix + last[:-3] + "man"]
    if last.endswith("ies"):
        return [prefix + last[:-3] + "y"]
    if last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return [prefix + last[:-1]]
    return []


def _slug(name: str) -> str:
    return "-".join(key(name)).replace(".", "").replace("'", "")


def _date(value: Any) -> str | None:
    return None if value is None else str(value)


def _date_bounds(entries: Iterable[Entry]) -> list[str]:
    """Every date the knowledge base compares a date with: entries' and offices' starts and ends, as written and
    padded the way ``valid`` and ``covers`` pad them."""
    bounds: set[str] = set()
    for entry in entries:
        for start, end in [(entry.start, entry.end), *((o.start, o.end) for o in entry.offices)]:
            bounds.update(d for d in (start, end) if d)
            bounds.update((_pad(start, "0000-01-01"), _pad_end(end)))
    return sorted(bounds)


def _pad(date: str | None, default: str) -> str:
    if not date:
        return default
    return date + "0000-01-01"[len(date) :]


def _pad_end(date: str | None) -> str:
    """The day after which an office is over; a partial end date covers its whole year or month."""
    if not date:
        return "9999-12-31"
    if len(date) == 4:
        return date + "-12-31"
    if len(date) == 7:
        return date + "-31"
    return date
