"""The actor knowledge base: countries, seats of power, sector words, people in office and organisations.

Shipped data lives in ``accord/data/actors``; user actor files (same YAML format, see docs/actors.md) are
layered on top: an entry with the same ``id`` replaces the shipped one, new ids are added. Every name is
indexed by its normalised token tuple (:func:`accord.actors.text.key`), so lookups are dict hits.
"""

from __future__ import annotations

import csv
import gc
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from accord.actors.text import Tok, key, normalise, tokenize
from accord.errors import ConfigError
from accord.words import shared_words

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when PyYAML has it: ~10x faster
KINDS = ("country", "person", "organisation", "igo", "group")
MAX_MIDDLE_NAMES = 2  # 'George Herbert Walker Bush': full middle names a person's name may have in the text
MAX_NAME_WORDS = 5  # capitalised words before a generational suffix that may be a name ('Martin Luther King Jr.')
MAX_BODY_PREFIX = 3  # capitalised words a sector word may have before a name it ends
SECTOR_CLASSES = ("titles", "bodies", "groups", "weak")  # titles first: 'Governor' before 'governors' -> governor
FIRM_SECTOR = "BUS"  # the sector of a firm whose name ends in a word of firm_name_heads
# how a name refers to its entry; decides the default sector and the rule name
# the words around a person's name proper, read once (data/words.yaml: person_names)
NAME_PARTICLES = shared_words().name_particles
NAME_SUFFIXES = shared_words().name_suffixes
FORMS = ("name", "alias", "demonym", "people", "capital", "seat", "short", "metonym", "region")
MIN_TITLE_CASE_ACRONYM = 3  # 'NATO' may be written 'Nato'; 'US' or 'IS' never 'Us' or 'Is'
SHORT_ABBREVIATION = 4  # 'LeT', 'AfD', 'MoD': mixed-case abbreviations this short keep their case
# how a name that is also an ordinary word must be written; 'lowercase_after_article': a body British papers write
# in lower case ('the security council') is that body in lower case only right after 'the'
LOWERCASE_AFTER_ARTICLE = "lowercase_after_article"
OWNER_PREPOSITIONS = frozenset({"of", "for"})  # 'the general assembly of the church': another body's
SAME_SECTOR = "same"  # person_sides: the group is in the person's own sector ('her rivals')
# a party's adjective ('Democratic', 'Republican') names the party only before a word for its people
PARTY_ADJECTIVE = "party_adjective"
MAX_ADJECTIVES_AFTER_PARTY = 2  # 'Republican presidential candidates', 'Democratic state lawmakers'
PARTY_PEOPLE_CLASSES = frozenset({"groups", "titles", "weak"})  # not bodies: 'the Republican Senate' stays
# 'last_word': a word that ends many longer names ('League': the Champions League, the National Football League,
# the League of Women Voters) names its party only standing alone and with no capitalised word right before it but
# a country's name or demonym ('Italy's League', 'the Italian League')
LAST_WORD = "last_word"
GUARDS = ("standalone", "with_article", LOWERCASE_AFTER_ARTICLE, PARTY_ADJECTIVE, LAST_WORD)
COMPOUNDING = frozenset({"and", "&", "of", "for"})  # 'Labour and Pensions', 'Department of Labor'


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
class Period:
    """A stretch of an organisation's life with another sector or country than its current one: the Taliban
    were rebels until they took Kabul on 2021-08-15 and the de facto government of Afghanistan after."""

    sector: str | None = None
    country: str | None = None
    start: str | None = None
    end: str | None = None

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
    periods: tuple[Period, ...] = ()  # earlier (or later) sectors and countries, by date
    # other people written as this person's name with a generational suffix ('Donald Trump Jr.', the son): only
    # these suffixes make someone else of the name; any other is the person's own ('Tim Scott III' is Tim Scott)
    namesakes: tuple[str, ...] = ()
    # nouns news uses for a person beyond any office, by their trade, wealth or fame ('businessman', 'mogul' for a
    # developer who ran for president): a later 'the billionaire businessman' may describe them though the text
    # never called them so (accord.actors.described_people)
    known_as: tuple[str, ...] = ()

    def valid(self, date: str | None) -> bool:
        if date is None:
            return True
        return _pad(self.start, "0000-01-01") <= date < _pad_end(self.end)

    def period(self, date: str | None) -> Period | None:
        """The period covering ``date``, if the entry has periods and one covers it."""
        if date is None:
            return None
        return next((p for p in self.periods if p.covers(date)), None)

    def sector_on(self, date: str | None) -> str | None:
        period = self.period(date)
        return period.sector if period is not None and period.sector else self.sector

    def country_on(self, date: str | None) -> str | None:
        period = self.period(date)
        return period.country if period is not None and period.country else self.country


@dataclass(frozen=True, slots=True)
class NameTarget:
    """A name in the index: which entry it names, in which form, and how its letters may be written."""

    entry: str
    form: str
    # acronyms: the forms each token may be written in ('US' only; 'NATO' or 'Nato'); None: any capitalised form
    cases: tuple[frozenset[str], ...] | None = None
    # tokens after the first that must be capitalised in the text: a name that starts with another name ('Russia
    # Today', 'India Today', 'Lebanese Forces') is that name only as written, not 'Russia today', 'Lebanese forces'
    proper: tuple[int, ...] = ()
    # the entry spells the name in lower case ('peshmerga', as British papers write it): it may open in lower case
    lower: bool = False


KINSHIP_SECTOR = "CVL"  # the sector of a person described by their family tie ('his fiancee, Mira Rojkan')


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


class ReadOnlyMap(Mapping[str, frozenset[str]]):
    """A table the knowledge base shares with every stage: it can be read, not changed (no item assignment,
    no ``update``), and it pickles with the knowledge base, as a ``MappingProxyType`` would not."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, frozenset[str]]) -> None:
        self._items = dict(items)

    def __getitem__(self, word: str) -> frozenset[str]:
        return self._items[word]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __reduce__(self) -> tuple[type[ReadOnlyMap], tuple[dict[str, frozenset[str]]]]:
        return ReadOnlyMap, (self._items,)


@dataclass
class _Tables:
    """Raw tables read from data files, before indexing (later files override earlier ones by id)."""

    entries: dict[str, Entry] = field(default_factory=dict)
    extra_names: list[tuple[str, NameTarget]] = field(default_factory=list)
    sector_codes: dict[str, str] = field(default_factory=dict)
    sector_words: dict[str, SectorWord] = field(default_factory=dict)
    listed_sector_forms: set[str] = field(default_factory=set)  # the forms written in the data, not derived
    role_synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ambiguous: dict[tuple[str, ...], Ambiguity] = field(default_factory=dict)
    foreign_facing_titles: set[str] = field(default_factory=set)
    accredited_titles: set[str] = field(default_factory=set)  # 'ambassador': '<title> to X' says where, not whose
    title_case_exceptions: set[str] = field(default_factory=set)  # 'who': WHO is never 'Who'
    relation_participles: set[str] = field(default_factory=set)  # 'US-backed': the name modifies, never heads
    state_acts: dict[str, str] = field(default_factory=dict)  # 'offensive' -> MIL: 'the Turkish offensive'
    war_alliance_nouns: set[str] = field(default_factory=set)  # 'coalition': parties, or states at war
    war_verbs: set[str] = field(default_factory=set)  # 'bomb', 'shell': acts of war
    candidate_words: set[str] = field(default_factory=set)  # 'candidate X': running for an office
    state_sectors: set[str] = field(default_factory=set)  # GOV, MIL, ...: state actors
    civil_state_sectors: set[str] = field(default_factory=set)  # GOV, COP, ...: a state's civil bodies
    force_members: set[str] = field(default_factory=set)  # 'officers': members of whichever force was named
    force_machines: set[str] = field(default_factory=set)  # 'drones': a force's weapons, whoever's they are
    membership_nouns: set[str] = field(default_factory=set)  # 'members': of the body last named
    force_sectors: set[str] = field(default_factory=set)  # COP, MIL: the forces such members belong to
    belonging_words: set[str] = field(default_factory=set)  # 'members': of a group of civilians, civilians
    serving_words: set[str] = field(default_factory=set)  # 'spokesman', 'aide': 'for'/'to' whom they serve
    person_bodies: dict[str, str] = field(default_factory=dict)  # 'campaign' -> PTY: 'the Sanders campaign'
    body_offices: set[str] = field(default_factory=set)  # 'president': "her campaign *for president*"
    person_sides: dict[str, str] = field(default_factory=dict)  # 'rivals' -> same: "Clinton's rivals"
    state_sides: set[str] = field(default_factory=set)  # "Turkey's allies": other states
    thing_name_heads: set[str] = field(default_factory=set)  # 'act', 'awards': names of things, no actors
    group_name_openers: set[str] = field(default_factory=set)  # 'Friends (of Abe)': a voluntary group's name
    group_name_links: set[str] = field(default_factory=set)  # 'Friends *of* Abe': the opener's link to the name
    group_name_joiners: set[str] = field(default_factory=set)  # 'Friends of *the* Earth': small words in the name
    group_name_sector: str = ""  # the sector of a group so named (NGO)
    activity_bodies: set[str] = field(default_factory=set)  # 'insurgency': a group only where it acts
    place_government_acts: set[str] = field(default_factory=set)  # 'sue': 'Ohio sued' is Ohio's government
    party_delegates: dict[str, set[str]] = field(default_factory=dict)  # words, modifiers, story_cues
    confirmation_story: dict[str, set[str]] = field(default_factory=dict)  # verbs, nouns, appointees, chambers
    head_titles: set[str] = field(default_factory=set)  # 'president', 'director': of a body, the body's sector
    party_standing_words: set[str] = field(default_factory=set)  # 'elders': a party's are its members, PTY
    employed_occupations: set[str] = field(default_factory=set)  # 'analyst': at a body, the body's sector
    degree_titles: set[str] = field(default_factory=set)  # 'dr.': a description beside the name decides
    firm_name_heads: set[str] = field(default_factory=set)  # 'capital': 'Halbrook Capital' is a company
    capitalised_bodies: dict[str, str] = field(default_factory=dict)  # 'house' -> LEG: 'House Republicans'
    shared_ranks: set[str] = field(default_factory=set)  # 'lt.', 'sergeant': police and armies alike
    stateless_peoples: set[str] = field(default_factory=set)  # 'kurdish': their forces are no state's
    stateless_state_office_words: set[str] = field(default_factory=set)  # 'elected': 'elected Kurdish officials'
    homelands: dict[str, frozenset[str]] = field(default_factory=dict)  # 'kurdish' -> the states where they live
    national_force_words: set[tuple[str, ...]] = field(default_factory=set)  # 'troops': a state's armed forces
    described_group_sectors: set[str] = field(default_factory=set)  # REB: 'Syrian rebels' are no 'Syria'
    bench_sectors: set[str] = field(default_factory=set)  # JUD: 'Judge Sullivan' sat on a bench
    name_titles: dict[str, str] = field(default_factory=dict)  # 'Representative' before a name -> LEG
    name_occupations: dict[str, str] = field(default_factory=dict)  # 'actor' right before a name -> ELI
    guarded: dict[tuple[str, ...], str] = field(default_factory=dict)  # 'labour' -> standalone
    kinship: dict[str, SectorWord] = field(default_factory=dict)  # 'fiancee' -> CVL: a private person's tie
    generic_body_nouns: set[str] = field(default_factory=set)  # 'agency', 'armed group': any body of a family
    name_head_bodies: set[str] = field(default_factory=set)  # 'committee': a body only as an earlier name's head
    body_name_heads: set[str] = field(default_factory=set)  # 'caucus': ends a body's name ('the Harbour Caucus')
    media_platforms: set[tuple[str, ...]] = field(default_factory=set)  # 'facebook': no actor when 'on Facebook'
    credit_lines: set[str] = field(default_factory=set)  # 'reporting by': the names after it are journalists
    heading_verbs: set[str] = field(default_factory=set)  # 'head', 'lead': who heads a body has its sector
    counted_senses: dict[str, str] = field(default_factory=dict)  # 'executive' -> BUS: 'an executive' is a person
    sector_families: dict[str, str] = field(default_factory=dict)  # 'COP' -> 'state'
    outlet_short_forms: dict[str, str] = field(default_factory=dict)  # 'Times' -> 'the-times': 'the Times'


class KnowledgeBase:
    """Indexed actor knowledge. Build with :meth:`load`; immutable afterwards."""

    def __init__(self, tables: _Tables) -> None:
        self.entries: Mapping[str, Entry] = dict(tables.entries)
        self.sector_codes: Mapping[str, str] = dict(tables.sector_codes)
        self.names: dict[tuple[str, ...], list[NameTarget]] = {}
        self.short_names: dict[str, list[str]] = {}
        self.sector_words: dict[tuple[str, ...], SectorWord] = {}
        self.title_case_exceptions = frozenset(tables.title_case_exceptions)
        self.guarded: Mapping[tuple[str, ...], str] = dict(tables.guarded)
        for entry in self.entries.values():
            for form, text in _entry_names(entry):
                self._add_name(text, NameTarget(entry.id, form))
                if (dotted := dotted_acronym(text)) is not None:  # 'F.B.I.', as some papers write 'FBI'
                    self._add_name(dotted, NameTarget(entry.id, form))
            for short in entry.short:
                short_key = key(short)
                if len(short_key) == 1:
                    ids = self.short_names.setdefault(short_key[0], [])
                    if entry.id not in ids:
                        ids.append(entry.id)
                else:  # 'Quintero-Lund', 'Suu Kyi': matched like a name
                    self._add_name(short, NameTarget(entry.id, "short"))
        self._date_bounds = _date_bounds(self.entries.values())
        # the generational suffixes that make another person of a known person's name ('Jr.' after 'Donald
        # Trump'): the knowledge base's namesakes; any other suffix is the person's own ('Tim Scott III')
        self.namesake_suffixes: dict[str, frozenset[str]] = {
            entry.id: frozenset(tokenize(n)[-1].norm for n in entry.namesakes)
            for entry in self.entries.values() if entry.namesakes}
        # a person's middle initials as their names write them ('George W. Bush': w): a different initial in the
        # text ('George P. Bush') names someone else, where a name without initials ('James Comey') admits any
        self.middle_initials: dict[str, frozenset[str]] = {
            entry.id: frozenset(i for _, text in _entry_names(entry) for i in _initials_of(text))
            for entry in self.entries.values() if entry.kind == "person"}
        # the last word of every known person's name ('Sanders', 'Cruz'): a bare surname that is one may be a
        # public figure the knowledge base will not name from the surname alone (two share it), never taken
        # for a private person
        self.person_surnames = frozenset(
            names[-1].norm for entry in self.entries.values() if entry.kind == "person"
            for names in [tokenize(entry.name)] if len(names) > 1)
        # (country, role) -> who held it: "India's foreign minister" on a date names a person
        self.offices: dict[tuple[str, str], list[tuple[Entry, Office]]] = {}
        # a person's name as the actor records give it -> the people of that name (the event stage dates them)
        self._people_by_name: dict[str, list[Entry]] = {}
        for entry in self.entries.values():
            if entry.kind == "person":
                self._people_by_name.setdefault(entry.name, []).append(entry)
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
        self.accredited_titles = frozenset(tables.accredited_titles)
        self.relation_participles = frozenset(tables.relation_participles)
        self.state_acts: Mapping[str, str] = dict(tables.state_acts)
        self.war_alliance_nouns = frozenset(tables.war_alliance_nouns)
        self.war_verbs = frozenset(tables.war_verbs)
        self.candidate_words = frozenset(tables.candidate_words)
        self.state_sectors = frozenset(tables.state_sectors)
        self.civil_state_sectors = frozenset(tables.civil_state_sectors)
        if not self.civil_state_sectors <= self.state_sectors:
            raise ConfigError(f"civil_state_sectors: {sorted(self.civil_state_sectors - self.state_sectors)} "
                              "are not state_sectors")
        self.force_members = frozenset(tables.force_members)
        self.force_machines = frozenset(tables.force_machines)
        self.membership_nouns = frozenset(tables.membership_nouns)
        self.force_sectors = frozenset(tables.force_sectors)
        self.belonging_words = frozenset(tables.belonging_words)
        self.serving_words = frozenset(tables.serving_words)
        self.person_bodies: Mapping[str, str] = dict(tables.person_bodies)
        self.body_offices = frozenset(tables.body_offices)
        self.person_sides: Mapping[str, str] = dict(tables.person_sides)
        self.state_sides = frozenset(tables.state_sides)
        self.thing_name_heads = frozenset(tables.thing_name_heads)
        self.group_name_openers = frozenset(tables.group_name_openers)
        self.group_name_links = frozenset(tables.group_name_links)
        self.group_name_joiners = frozenset(tables.group_name_joiners)
        self.group_name_sector = tables.group_name_sector
        self.activity_bodies = frozenset(tables.activity_bodies)
        self.place_government_acts = frozenset(tables.place_government_acts)
        self.party_delegates = _frozen_groups(tables.party_delegates)
        self.confirmation_story = _frozen_groups(tables.confirmation_story)
        self.head_titles = frozenset(tables.head_titles)
        self.party_standing_words = frozenset(tables.party_standing_words)
        self.employed_occupations = frozenset(tables.employed_occupations)
        self.degree_titles = frozenset(tables.degree_titles)
        self.shared_ranks = frozenset(tables.shared_ranks)
        self.stateless_peoples = frozenset(tables.stateless_peoples)
        self.stateless_state_office_words = frozenset(tables.stateless_state_office_words)
        unknown = sorted({c for states in tables.homelands.values() for c in states}
                         - {e.country for e in self.entries.values() if e.kind == "country"})
        if unknown:
            raise ConfigError(f"stateless_peoples: {unknown} are not country codes of the knowledge base")
        # read-only: the resolver, `accord actors lookup` and the actor stage share one table
        self.homelands: Mapping[str, frozenset[str]] = ReadOnlyMap(tables.homelands)
        self.national_force_words = frozenset(tables.national_force_words)
        self.described_group_sectors = frozenset(tables.described_group_sectors)
        self.bench_sectors = frozenset(tables.bench_sectors)
        self.generic_body_nouns = frozenset(tables.generic_body_nouns)
        self.name_head_bodies = frozenset(tables.name_head_bodies)
        self.body_name_heads = frozenset(tables.body_name_heads) | self.name_head_bodies
        self.media_platforms: frozenset[tuple[str, ...]] = frozenset(tables.media_platforms)
        self.credit_lines = frozenset(tables.credit_lines)
        self.heading_verbs = frozenset(tables.heading_verbs)
        self.counted_senses: Mapping[str, str] = dict(tables.counted_senses)
        self.sector_families: Mapping[str, str] = dict(tables.sector_families)
        self.outlet_short_forms = frozenset(key(w) for w in tables.outlet_short_forms)  # 'the Times', 'the Post'
        self.name_titles: Mapping[str, str] = dict(tables.name_titles)
        self.name_occupations: Mapping[str, str] = dict(tables.name_occupations)
        self.country_names = frozenset(e.name for e in self.entries.values() if e.kind == "country")
        # names a seat of power gives its mention ('Pentagon', 'Kremlin'): a building or district standing for a
        # state's arm, named as such, but no body whose officers, members or generic noun ('the agency') a later
        # mention points back to — as a country's name is not
        self.country_and_seat_names = self.country_names | frozenset(
            e.name for e in self.entries.values() if e.id.startswith("seat:"))
        for name_key, ambiguity in self.ambiguous.items():  # every candidate is a target, the default first
            targets = self.names.setdefault(name_key, [])
            for code in (ambiguity.default, *ambiguity.cues):
                if code in self.entries and not any(t.entry == code for t in targets):
                    targets.append(NameTarget(code, "name"))
            targets.sort(key=lambda t: t.entry != ambiguity.default)
        self._keep_proper_only_after_a_name()
        # longest name / sector word starting with each first token: most tokens start none, and are skipped
        # every proper prefix of a name ('russian', 'russian orthodox'): a match grows only while the words so far
        # begin some name, so a word that starts long names ('Russian') costs one lookup when none follows
        self._prefixes: set[tuple[str, ...]] = {k[:n] for k in self.names for n in range(1, len(k))}
        self._starts: frozenset[str] = frozenset(k[0] for k in self.names)
        # (country, sector, words after the country's name) -> entries: built on first use (national_body)
        self._national_bodies: dict[tuple[str, str, tuple[str, ...]], tuple[str, ...]] | None = None
        self._body_countries: dict[tuple[str, tuple[str, ...]], frozenset[str]] | None = None  # body_countries
        # first words of names an entry spells in lower case: only these may open a match uncapitalised
        self._lower_starts: frozenset[str] = frozenset(k[0] for k, ts in self.names.items() if any(t.lower for t in ts))
        # words for family and partners, read as such where written in lower case ('his father', not the
        # priest's title 'Father'): a private person, CVL (sectors.yaml: kinship)
        self.kinship_words: dict[tuple[str, ...], SectorWord] = {key(text): word
                                                               for text, word in tables.kinship.items()}
        self._kinship_starts = frozenset(k[0] for k in self.kinship_words)
        self.firm_heads: dict[tuple[str, ...], SectorWord] = {
            key(text): SectorWord(FIRM_SECTOR, "bodies", text) for text in tables.firm_name_heads}
        self.capitalised_bodies: dict[tuple[str, ...], SectorWord] = {
            key(text): SectorWord(code, "bodies", text) for text, code in tables.capitalised_bodies.items()}
        self._sector_span: dict[str, int] = {}
        for k in (*self.sector_words, *self.kinship_words, *self.firm_heads, *self.capitalised_bodies):
            self._sector_span[k[0]] = max(self._sector_span.get(k[0], 0), len(k))

    @classmethod
    def load(cls, user_files: Sequence[str | Path] = ()) -> KnowledgeBase:
        """Shipped data, then each user file in order on top."""
        # Loading makes some hundred thousand small objects, none of them in a cycle: the cyclic garbage collector,
        # triggered again and again by the allocations, would rescan them all for nothing (a third of the time).
        collecting = gc.isenabled()
        gc.disable()
        try:
            return cls._load(user_files)
        finally:
            if collecting:
                gc.enable()

    @classmethod
    def _load(cls, user_files: Sequence[str | Path]) -> KnowledgeBase:
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
        _add_outlet_short_forms(tables)
        return cls(tables)

    def _keep_proper_only_after_a_name(self) -> None:
        """Capitals are required only in names that begin with a shorter name ('Russia' in 'Russia Today'):
        elsewhere a lower-case word in a name ('the Gaza strip') is a spelling, not another sense. A party's
        adjective is no such name: it names the party only before its people ('the Democratic Union party')."""
        def shorter_name(key: tuple[str, ...]) -> bool:
            return key in self.names and self.guarded.get(key) != PARTY_ADJECTIVE

        for name_key, targets in self.names.items():
            if any(t.proper for t in targets) and not any(shorter_name(name_key[:n]) for n in range(1, len(name_key))):
                self.names[name_key] = [replace(t, proper=()) for t in targets]

    def _add_name(self, text: str, target: NameTarget) -> None:
        tokens = tokenize(text)
        if len(tokens) > 1 and tokens[0].norm == "the":  # as key() does: 'the UN' is indexed as 'UN'
            tokens = tokens[1:]
        k = tuple(t.norm for t in tokens)
        if not k:
            return
        proper = tuple(i for i, t in enumerate(tokens) if i and t.raw[:1].isupper())
        lower = tokens[0].raw[:1].islower() and tokens[0].norm not in NAME_PARTICLES
        target = NameTarget(target.entry, target.form, _cases(text, tokens, self.title_case_exceptions), proper,
                            lower)
        targets = self.names.setdefault(k, [])
        for n, old in enumerate(targets):
            if old.entry == target.entry and old.form == target.form:
                # one entry spelling a name two ways ('UN Security Council', 'UN security council'): both hold
                targets[n] = replace(old, proper=tuple(i for i in old.proper if i in proper),
                                     lower=old.lower or target.lower)
                return
        targets.append(target)

    # --- matching ------------------------------------------------------------------------------------

    def match_names(
        self, tokens: Sequence[Tok], before: Sequence[Tok] = (),
        namesakes: frozenset[tuple[str, ...]] = frozenset(),
    ) -> Iterator[tuple[int, int, list[NameTarget]]]:
        """Longest-first, left-to-right name matches: (start index, end index, targets). ``before``: the words
        that precede the tokens in their sentence ('Department of' before 'Labor'), which some names need.
        ``namesakes``: the names a document writes as two people (``namesakes_in_text``)."""
        shift = len(before)
        if shift:
            tokens = [*before, *tokens]
        i = shift
        starts = self._starts
        while i < len(tokens):
            if tokens[i].norm not in starts:  # most words start no name: passed over without a call
                i += 1
                continue
            found = self._name_at(tokens, i, namesakes)
            if found is None or self._inside_body_word(tokens, i, found[0]):
                i += 1
                continue
            end, targets = found
            yield i - shift, end - shift, targets
            i = end

    def _inside_body_word(self, tokens: Sequence[Tok], i: int, end: int) -> bool:
        """'National Security Council officials': a name ('Security Council', the UN's) that ends a longer
        capitalised sector word ('national security council', any country's) is part of that body's name, not
        the name it spells alone."""
        for j in range(i - 1, max(-1, i - MAX_BODY_PREFIX - 1), -1):
            if not tokens[j].capitalised:
                return False
            word = self.sector_at(tokens, j)
            if word is not None and word[0] == end:
                return True
        return False

    def _name_at(self, tokens: Sequence[Tok], i: int,
                 namesakes: frozenset[tuple[str, ...]] = frozenset()) -> tuple[int, list[NameTarget]] | None:
        first = tokens[i].norm
        if first not in self._starts:
            return None
        opens_lower = not tokens[i].capitalised and not (first in NAME_PARTICLES and i + 1 < len(tokens))
        if opens_lower and first not in self._lower_starts:
            return None
        found: list[tuple[int, tuple[str, ...], list[NameTarget]]] = []
        name_key: tuple[str, ...] = (first,)
        end = i + 1
        initials: set[str] = set()  # middle initials passed over: only a person's name may match
        middles = 0  # middle names written in full passed over
        while True:
            targets = self.names.get(name_key)
            if targets and initials:
                targets = [t for t in targets if self.entries[t.entry].kind == "person"
                           and _initials_agree(initials, self.middle_initials.get(t.entry, frozenset()))]
            if targets:
                found.append((end, name_key, targets))
            if end >= len(tokens) or name_key not in self._prefixes:
                break
            grown = (*name_key, tokens[end].norm)
            if grown not in self._prefixes and grown not in self.names:
                if _middle_initial(tokens, end):
                    initials.add(tokens[end].norm)  # 'James B. Comey' is James Comey
                    end += 1
                    continue
                if middles < MAX_MIDDLE_NAMES and self._middle_name(tokens, end):
                    # 'Hillary Rodham Clinton', 'Joseph Robinette Biden' (the KB's 'Joseph R. Biden'): a middle
                    # name written in full stands for its initial, and only a person's name may match past it
                    middles, initial = middles + 1, tokens[end].norm[0]
                    if (*name_key, initial) in self._prefixes:
                        name_key, end = (*name_key, initial), end + 1
                    else:
                        initials.add(initial)
                        end += 1
                    continue
            name_key, end = grown, end + 1
        for end, name_key, targets in reversed(found):  # the longest first
            guard = self.guarded.get(name_key)
            if guard is not None and not self._guard_holds(guard, tokens, i, end):
                continue
            if end < len(tokens) and tokens[end].norm in NAME_SUFFIXES and tokens[end].raw[:1].isupper():
                targets = self._suffixed(targets, tokens[end].norm, tuple(t.norm for t in tokens[i:end]), namesakes)
            usable = [t for t in targets if (t.cases is None or _written_as(t.cases, tokens[i:end]))
                      and all(_proper_word(tokens[i + j]) for j in t.proper) and (t.lower or not opens_lower)]
            if usable:
                return end, usable
        return None

    def _suffixed(self, targets: list[NameTarget], suffix: str, written: tuple[str, ...],
                  namesakes: frozenset[tuple[str, ...]]) -> list[NameTarget]:
        """The targets of a name written with a generational suffix its own names do not write (those that do
        matched longer). The suffix names someone else only where another bearer is known: the knowledge base
        has the suffixed name as the person's namesake ('Donald Trump Jr.', the son), or the document writes
        the name as two people (``namesakes_in_text``). Otherwise it is the known person's own, which news
        writes and the knowledge base may not ('Senator Tim Scott III' is Senator Tim Scott)."""
        if written in namesakes:
            return [t for t in targets if self.entries[t.entry].kind != "person"]
        return [t for t in targets if suffix not in self.namesake_suffixes.get(t.entry, frozenset())]

    def namesakes_in_text(self, tokens: Sequence[Tok]) -> frozenset[tuple[str, ...]]:
        """The names a document writes as two people: with a generational suffix and without one, or with two
        different suffixes ('Martin Luther King Sr.' and 'Martin Luther King Jr.', a father and his son both
        named). Each as the words before the suffix, from the last two up to a whole run of capitalised words."""
        suffixed: dict[tuple[str, ...], set[str]] = {}
        for k, tok in enumerate(tokens):
            if tok.norm in NAME_SUFFIXES and tok.raw[:1].isupper() and k >= 2:
                first = k
                while first > 0 and k - first < MAX_NAME_WORDS and _proper_word(tokens[first - 1]):
                    first -= 1
                for start in range(first, k - 1):
                    suffixed.setdefault(tuple(t.norm for t in tokens[start:k]), set()).add(tok.norm)
        if not suffixed:
            return frozenset()
        norms = [t.norm for t in tokens]
        return frozenset(name for name, suffixes in suffixed.items()
                         if _written_bare(norms, tokens, name) or self._other_bearer_named(name, suffixes))

    def _other_bearer_named(self, name: tuple[str, ...], suffixes: set[str]) -> bool:
        """A name the text writes with two suffixes: the suffix this name's own knowledge-base person does not
        carry is someone else, unless another entry already is the other bearer ('George Bush Sr.', George H. W.
        Bush's own name: 'George Bush Jr.' is then the George Bush the knowledge base knows, George W. Bush)."""
        if len(suffixes) < 2:
            return False
        own = {t.entry for t in self.names.get(name, ())}
        named = {t.entry for s in suffixes for t in self.names.get((*name, s), ())
                 if self.entries[t.entry].kind == "person"}
        return not named or bool(own & named)

    def _middle_name(self, tokens: Sequence[Tok], i: int) -> bool:
        """'Rodham' in 'Hillary Rodham Clinton': a capitalised word between a given name and the next capitalised
        word — never one that begins another known name with the word after it ('George Jeb Bush' holds Jeb
        Bush's name, and is no middle name of George Bush's)."""
        tok = tokens[i]
        if not (tok.raw[:1].isupper() and tok.raw.isalpha() and len(tok.raw) > 1) or tok.norm in NAME_SUFFIXES:
            return False
        if i + 1 >= len(tokens) or not tokens[i + 1].raw[:1].isupper() or not tokens[i + 1].raw.isalpha():
            return False
        pair = (tok.norm, tokens[i + 1].norm)
        return pair not in self.names and pair not in self._prefixes

    def _guard_holds(self, guard: str, tokens: Sequence[Tok], i: int, end: int) -> bool:
        """A name that is also an ordinary word names its party or paper only as news writes it: capitalised
        ('Labour', not 'labour'), not part of a longer name ('Labour Day', 'Times Square', 'the Department of
        Labor', 'the Labour and Pensions Ministry', 'Labour Minister X'), and for papers after 'the' ('the
        Times', not 'at times'). A capitalised sector word that is no singular title may follow a party: 'Labour
        MPs', 'Labour Government'.

        A body's name in lower case ('the security council', 'the general assembly', as British papers write
        them) is the body only right after 'the' and with no 'of'/'for' after it that names whose it is: not
        'Russia's security council', 'a national security council', 'the security council of the club'. Written
        with capitals it matches as any name does."""
        if guard == LOWERCASE_AFTER_ARTICLE:
            owned = end < len(tokens) and tokens[end].norm in OWNER_PREPOSITIONS
            return tokens[i].raw[:1].isupper() or (i > 0 and tokens[i - 1].norm == "the" and not owned)
        if guard == PARTY_ADJECTIVE:
            return self._before_party_people(tokens, i, end)
        if not (tokens[i].raw[:1].isupper() and tokens[end - 1].raw[:1].isupper()):
            return False
        before = tokens[i - 1] if i > 0 else None
        if guard == "with_article" and (before is None or before.norm != "the"):
            return False
        if guard == LAST_WORD and self._closes_longer_name(tokens, i):
            return False  # 'the Norland Champions League', 'Premier League clubs': the last word of a longer name
        if before is not None and before.norm in COMPOUNDING and i >= 2 and _proper_word(tokens[i - 2]):
            return False
        after = tokens[end] if end < len(tokens) else None
        if after is None or not after.raw[:1].isalpha():
            return True
        if after.norm in COMPOUNDING:
            return not (end + 1 < len(tokens) and _proper_word(tokens[end + 1]))
        if not after.raw[:1].isupper():
            return True
        if guard == "with_article":
            return False
        word = self.sector_at(tokens, end)  # a singular title introduces a person: 'Labour Minister X'
        return word is not None and (word[1].cls != "titles" or tokens[word[0] - 1].norm.endswith("s"))

    def _before_party_people(self, tokens: Sequence[Tok], i: int, end: int) -> bool:
        """A party's adjective ('Democratic', 'Republican') is the party only capitalised, not inside a longer
        name, and right before a plural word for people -- a group, titles or candidates ('Democratic
        lawmakers', 'Republican senators', 'Republican presidential candidates'), with at most two lower-case
        words between ('Democratic state lawmakers'). One person so described ('the Republican nominee', 'a
        Democratic senator', 'Republican Senator X') or a capitalised title, which opens names ('Republican Sens.
        Hale and Fry'), is left to the person rules (the article's earlier person so described, or the names); a
        body ('the Republican Senate'), a longer sector word it begins
        ('Republican Guard') or a capitalised word ('Republican National Convention') is no party's people."""
        if not tokens[i].raw[:1].isupper() or self.sector_at(tokens, i) is not None:
            return False
        if i > 0 and tokens[i - 1].norm in COMPOUNDING and i >= 2 and _proper_word(tokens[i - 2]):
            return False
        for j in range(end, min(len(tokens), end + MAX_ADJECTIVES_AFTER_PARTY + 1)):
            if tokens[j].norm in self.candidate_words:
                return tokens[j].norm.endswith("s") and not _name_goes_on(tokens, j + 1)
            word = self.sector_at(tokens, j)
            if word is not None:  # a capitalised title opens names: 'Republican Sens. Hale and Fry'
                titled = word[1].cls == "titles" and tokens[j].raw[:1].isupper()
                return word[1].cls in PARTY_PEOPLE_CLASSES and tokens[word[0] - 1].norm.endswith("s") \
                    and not titled and not _name_goes_on(tokens, word[0])
            if not tokens[j].raw.isalpha() or tokens[j].raw[:1].isupper():
                return False
        return False

    def _country_word(self, word: str) -> bool:
        """Whether one word (normalised, :func:`accord.actors.text.normalise`) is a country's name, alias or
        demonym ('italy', 'italian', 'u.s.')."""
        return any(self.entries[t.entry].kind == "country" and t.form in ("name", "alias", "demonym")
                   for t in self.names.get((word,), ()))

    def how_matched(self, tokens: Sequence[Tok], target: NameTarget) -> str | None:
        """Why a name matched text written differently from the name, for `accord actors lookup`."""
        notes = []
        pairs = list(zip(tokens, target.cases, strict=True)) if target.cases else []
        if any(t.raw.isupper() and any(not form.isupper() for form in allowed) for t, allowed in pairs):
            notes.append("a short mixed-case abbreviation matched in capitals")
        if any(t.raw == t.raw[:1] + t.raw[1:].lower() != t.raw.upper() in allowed for t, allowed in pairs):
            notes.append("alias matched case-insensitively (acronym in title case)")
        if target.proper:
            notes.append("a name that begins with another name: matched with its capitals")
        guard = self.guarded.get(tuple(t.norm for t in tokens))
        if guard == "standalone":
            notes.append("a name that is also an ordinary word: matched capitalised and standing alone")
        elif guard == LAST_WORD:
            notes.append("a word that ends many longer names: matched capitalised, standing alone, and after no "
                         "capitalised word but a country's name")
        elif guard == "with_article":
            notes.append("a name that is also an ordinary word: matched capitalised, after 'the', standing alone")
        elif guard == PARTY_ADJECTIVE:
            notes.append("a party's adjective: matched capitalised, right before a word for the party's people")
        elif guard == LOWERCASE_AFTER_ARTICLE and tokens and not tokens[0].raw[:1].isupper():
            notes.append("a body's name in lower case, as British papers write it: matched right after 'the'")
        if tuple(t.norm for t in tokens) in self.outlet_short_forms:
            notes.append("a paper's short form: in an article, the outlet ending in this word that the article "
                         "names in full most (outlet_short_forms); alone, the default")
        return "; ".join(notes) or None

    def sector_at(self, tokens: Sequence[Tok], i: int) -> tuple[int, SectorWord] | None:
        """The longest sector word starting at token i."""
        longest = self._sector_span.get(tokens[i].norm)
        if longest is None:
            return None
        # a word for family written in lower case is kinship, whatever title it may also be ('his father');
        # most words start no kinship word, and are looked up in the sector words alone
        if tokens[i].norm not in self._kinship_starts:
            tables: tuple[Mapping[tuple[str, ...], SectorWord], ...] = (self.sector_words,)
        elif tokens[i].capitalised:
            tables = (self.sector_words, self.kinship_words)
        else:
            tables = (self.kinship_words, self.sector_words)
        for words in tables:
            for end in range(min(len(tokens), i + longest), i, -1):
                word = words.get(tuple(t.norm for t in tokens[i:end]))
                if word is not None and (tokens[i].capitalised or not _abbreviated_title(word)):
                    return end, word
        return self._capitalised_body_at(tokens, i) or self._firm_head_at(tokens, i, longest)

    def _closes_longer_name(self, tokens: Sequence[Tok], i: int) -> bool:
        """Token i is the last word of a longer name, not a name of its own (:meth:`opens_longer_name`)."""
        before = tokens[i - 1] if i > 0 else None
        return before is not None and self.opens_longer_name(before.raw, before.norm)

    def opens_longer_name(self, word: str, norm: str) -> bool:
        """A word (as written, and normalised) that, right before a name's word, makes that word the last of a
        longer name ('the White House', 'Premier League clubs'): capitalised, neither 'the' nor a country's name,
        which says whose the thing is ('the U.S. House')."""
        return word[:1].isupper() and norm != "the" and not self._country_word(norm)

    def _capitalised_body_at(self, tokens: Sequence[Tok], i: int) -> tuple[int, SectorWord] | None:
        """'the House', 'House Republicans', 'the U.S. House': a word that names a body only capitalised
        (``capitalised_bodies``: American usage's 'House' for the lower chamber). Not in lower case ('a house'),
        not as the last word of a longer name ('the White House', 'Chatham House') and not opening one ('House of
        Cards', 'House Bill 12', 'the House Pelham bill', 'the House Harbour Caucus', ``_opens_longer_name``).
        With nothing before it (a sentence's or a phrase's first word, no article) it is the chamber only before
        a name or a sector word of its members ('House Republicans', 'House Speaker'), not in 'House prices'."""
        word = self.capitalised_bodies.get((tokens[i].norm,))
        if word is None or not tokens[i].raw[:1].isupper() or self._closes_longer_name(tokens, i):
            return None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and after.norm in COMPOUNDING:
            return None
        if after is not None and after.raw[:1].isupper() and self._opens_longer_name(tokens, i + 1):
            return None
        if i == 0 and after is not None and after.raw[:1].isalpha() and self._name_at(tokens, i + 1) is None \
                and self.sector_at(tokens, i + 1) is None:
            return None  # 'House prices rose': a bare first word is a chamber only before its members
        return i + 1, word

    def _opens_longer_name(self, tokens: Sequence[Tok], j: int) -> bool:
        """Capitalised words from token j on, after a capitalised body word, make it the first word of a longer
        name: words that run into a number ('House Bill 12'), that end in the head noun of a body's name ('the
        House Harbour Caucus', 'the House Ethics Committee': ``body_name_heads``, ``name_head_bodies``), or that
        begin no whole name and no sector word the knowledge base knows ('the House Pelham bill', 'House
        Majority Fund')."""
        end = j
        while end < len(tokens) and tokens[end].raw[:1].isupper():
            end += 1
        if end < len(tokens) and tokens[end].raw[:1].isdigit():
            return True
        if end > j and tokens[end - 1].norm in self.body_name_heads:
            return True
        return self._name_at(tokens, j) is None and self.sector_at(tokens, j) is None

    def _firm_head_at(self, tokens: Sequence[Tok], i: int, longest: int) -> tuple[int, SectorWord] | None:
        """'Halbrook Capital': a word that ends a firm's name (``firm_name_heads``), capitalised, after another
        capitalised word and ending the name; 'the capital', 'Federal Capital Territory' are no firm."""
        if i == 0 or not tokens[i].capitalised or not tokens[i - 1].capitalised or tokens[i - 1].is_punct:
            return None
        for end in range(min(len(tokens), i + longest), i, -1):
            word = self.firm_heads.get(tuple(t.norm for t in tokens[i:end]))
            if word is not None and (end == len(tokens) or not tokens[end].capitalised):
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
        positions: dict[str, list[int]] | None = None  # where each word stands, once the text needs a count
        for name_key, ambiguity in self.ambiguous.items():
            if name_key[0] not in present:
                continue
            if positions is None:
                positions = {}
                for i, norm in enumerate(norms):
                    positions.setdefault(norm, []).append(i)
            counts = {code: sum(_occurrences(norms, positions, cue) for cue in cues if cue[0] in present)
                      for code, cues in ambiguity.cues.items()}
            best = max(counts, key=lambda c: (counts[c], c == ambiguity.default))
            if counts[best] > counts.get(ambiguity.default, 0):
                choices[name_key] = best
        return choices

    def national_body(self, country: str, sector: str, text: str) -> Entry | None:
        """'the Senate' in a story about the United States: the one body of ``country`` and ``sector`` that the
        knowledge base names by these words after the country's own ('US Senate', 'United States Senate'), or
        None when there is none or more than one. The words the text uses stand for that country's body only
        once the text's country is known (a bare 'Senate' is any country's)."""
        words = tuple(t.norm for t in tokenize(text) if t.norm not in ("the", "'s", "’s"))
        if not words:
            return None
        if self._national_bodies is None:
            self._national_bodies = self._index_national_bodies()
        found = self._national_bodies.get((country, sector, words), ())
        return self.entries[found[0]] if len(found) == 1 else None

    def national_forces(self, country: str, words: tuple[str, ...]) -> Entry | None:
        """'Turkish forces', 'US troops', 'the Russian army': the state's armed forces as a whole -- the one body
        the knowledge base names '<nationality> armed forces' or '<nationality> military' (the Turkish Armed
        Forces); for 'army', first the body it names '<nationality> army' where that is a branch of its own (the US
        Army). None for words that are not ``national_force_words`` or a country with no such body."""
        if words not in self.national_force_words:
            return None
        for text in (("army",) if words == ("army",) else ()) + ("armed forces", "military"):
            found = self.national_body(country, "MIL", text)
            if found is not None:
                return found
        return None

    def body_countries(self, sector: str, text: str) -> frozenset[str]:
        """The countries whose body of ``sector`` the knowledge base names by these words after the country's
        own ('Congress': the United States', Peru's, the Philippines' …); empty when none is."""
        words = tuple(t.norm for t in tokenize(text) if t.norm not in ("the", "'s", "’s"))
        if self._national_bodies is None:
            self._national_bodies = self._index_national_bodies()
        if self._body_countries is None:
            by_words: dict[tuple[str, tuple[str, ...]], set[str]] = {}
            for country, code, body in self._national_bodies:
                by_words.setdefault((code, body), set()).add(country)
            self._body_countries = {k: frozenset(v) for k, v in by_words.items()}
        return self._body_countries.get((sector, words), frozenset())

    def _index_national_bodies(self) -> dict[tuple[str, str, tuple[str, ...]], tuple[str, ...]]:
        index: dict[tuple[str, str, tuple[str, ...]], tuple[str, ...]] = {}
        for entry in self.entries.values():
            if entry.kind != "organisation" or entry.country is None or entry.sector is None:
                continue
            for form in (entry.name, *entry.aliases):
                norms = [t.norm for t in tokenize(form)]
                for n in range(1, min(4, len(norms))):
                    if any(t.entry == entry.country for t in self.names.get(tuple(norms[:n]), ())):
                        body = tuple(w for w in norms[n:] if w not in ("'s", "’s"))
                        key_ = (entry.country, entry.sector, body)
                        if body and entry.id not in index.get(key_, ()):
                            index[key_] = (*index.get(key_, ()), entry.id)
                        break
        return index

    def people_by_name(self, name: str) -> list[Entry]:
        """The people whose name is ``name`` as written in the knowledge base (an actor record's ``name``)."""
        return self._people_by_name.get(name, [])

    def known_as(self, name: str) -> tuple[str, ...]:
        """The nouns news uses for the person named ``name`` (an actor record's ``name``) beyond their offices
        (``known_as``: 'businessman', 'mogul'), of every person of that name."""
        return tuple(word for entry in self.people_by_name(name) for word in entry.known_as)

    def dated_person(self, name: str) -> Entry | None:
        """The one person of the knowledge base named ``name`` (an actor record's ``name``) with dated offices;
        None when no person or several people of that name hold offices."""
        people = [e for e in self.people_by_name(name) if e.offices]
        return people[0] if len(people) == 1 else None

    def person_side(self, word: str) -> str | None:
        """Where the people a word names stand toward a person (``person_sides``: a sector code or ``same``):
        'allies' as written, 'an ally' as one of the allies (the singular read through its plural)."""
        for form in (word, *_plurals(word)):
            code = self.person_sides.get(form)
            if code is not None:
                return code
        return None

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
            tables.extra_names.append((demonym, NameTarget(iso3, "demonym")))
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


def _read_word_groups(raw: Any, groups: dict[str, set[str]]) -> None:
    """A section of named word lists (``party_delegates``: words, modifiers, story_cues), lower-cased into
    ``groups``, a later file's lists adding to an earlier's."""
    for part, words in (raw or {}).items():
        groups.setdefault(str(part), set()).update(str(w).lower() for w in words or ())


def _frozen_groups(groups: dict[str, set[str]]) -> Mapping[str, frozenset[str]]:
    return {part: frozenset(words) for part, words in groups.items()}


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
        # a place whose name stands for the body when it acts ('Europe needs a policy': the EU), never where
        # something happens ('in Europe'): the mention finder reads it as the body only outside a locative
        for place in item.get("metonyms") or ():
            tables.extra_names.append((str(place), NameTarget(entry.id, "metonym")))
    for item in doc.get("people") or ():
        entry = _person({"source": source, **item})
        tables.entries[entry.id] = entry
    tables.foreign_facing_titles.update(str(t).lower() for t in doc.get("foreign_facing_titles") or ())
    tables.accredited_titles.update(str(t).lower() for t in doc.get("accredited_titles") or ())
    tables.title_case_exceptions.update(str(w).lower() for w in doc.get("acronym_title_case_exceptions") or ())
    tables.relation_participles.update(str(w).lower() for w in doc.get("relation_participles") or ())
    tables.state_acts.update((word.lower(), sector) for word, sector in _by_sector(doc, "state_acts", tables))
    tables.war_alliance_nouns.update(str(w).lower() for w in doc.get("war_alliance_nouns") or ())
    tables.war_verbs.update(str(w).lower() for w in doc.get("war_verbs") or ())
    tables.candidate_words.update(str(w).lower() for w in doc.get("candidate_words") or ())
    tables.state_sectors.update(str(code) for code in doc.get("state_sectors") or ())
    tables.civil_state_sectors.update(str(code) for code in doc.get("civil_state_sectors") or ())
    tables.force_members.update(str(w).lower() for w in doc.get("force_members") or ())
    tables.force_machines.update(str(w).lower() for w in doc.get("force_machines") or ())
    tables.membership_nouns.update(str(w).lower() for w in doc.get("membership_nouns") or ())
    tables.belonging_words.update(str(w).lower() for w in doc.get("belonging_words") or ())
    tables.serving_words.update(str(w).lower() for w in doc.get("serving_words") or ())
    tables.thing_name_heads.update(str(w).lower() for w in doc.get("thing_name_heads") or ())
    tables.group_name_openers.update(str(w).lower() for w in doc.get("group_name_openers") or ())
    tables.group_name_links.update(str(w).lower() for w in doc.get("group_name_links") or ())
    tables.group_name_joiners.update(str(w).lower() for w in doc.get("group_name_joiners") or ())
    _read_group_name_sector(doc, tables)
    tables.activity_bodies.update(str(w).lower() for w in doc.get("activity_bodies") or ())
    tables.place_government_acts.update(str(w).lower() for w in doc.get("place_government_acts") or ())
    _read_word_groups(doc.get("party_delegates"), tables.party_delegates)
    _read_word_groups(doc.get("confirmation_story"), tables.confirmation_story)
    tables.person_bodies.update((str(w).lower(), str(code)) for w, code in (doc.get("person_bodies") or {}).items())
    tables.body_offices.update(str(w).lower() for w in doc.get("body_offices") or ())
    tables.state_sides.update(str(w).lower() for w in doc.get("state_sides") or ())
    for word, code in (doc.get("person_sides") or {}).items():
        if str(code) != SAME_SECTOR and str(code) not in tables.sector_codes:
            raise ValueError(f"person_sides: {code!r} is neither a sector code nor {SAME_SECTOR!r}")
        tables.person_sides[str(word).lower()] = str(code)
    tables.head_titles.update(str(w).lower() for w in doc.get("organisation_head_titles") or ())
    tables.party_standing_words.update(str(w).lower() for w in doc.get("party_standing_words") or ())
    tables.employed_occupations.update(str(w).lower() for w in doc.get("employed_occupations") or ())
    tables.degree_titles.update(str(w).lower() for w in doc.get("degree_titles") or ())
    tables.firm_name_heads.update(str(w).lower() for w in doc.get("firm_name_heads") or ())
    tables.capitalised_bodies.update((word.lower(), code)
                                     for word, code in _by_sector(doc, "capitalised_bodies", tables))
    tables.shared_ranks.update(str(w).lower() for w in doc.get("shared_ranks") or ())
    tables.stateless_state_office_words.update(str(w).lower() for w in doc.get("stateless_state_office_words") or ())
    peoples = doc.get("stateless_peoples") or {}
    tables.stateless_peoples.update(str(w).lower() for w in peoples)
    if isinstance(peoples, Mapping):  # 'kurdish: [TUR, SYR, IRQ, IRN]': the states where each people lives
        for word, states in peoples.items():
            tables.homelands[str(word).lower()] = frozenset(str(c).upper() for c in states or ())
    tables.national_force_words.update(key(str(w)) for w in doc.get("national_force_words") or ())
    for code in doc.get("described_group_sectors") or ():
        if str(code) not in tables.sector_codes:
            raise ValueError(f"described_group_sectors: {code!r} is not a sector code")
        tables.described_group_sectors.add(str(code))
    for code in doc.get("bench_sectors") or ():
        if str(code) not in tables.sector_codes:
            raise ValueError(f"bench_sectors: {code!r} is not a sector code")
        tables.bench_sectors.add(str(code))
    tables.generic_body_nouns.update(str(w).lower() for w in doc.get("generic_body_nouns") or ())
    tables.name_head_bodies.update(str(w).lower() for w in doc.get("name_head_bodies") or ())
    tables.body_name_heads.update(str(w).lower() for w in doc.get("body_name_heads") or ())
    tables.media_platforms.update(key(str(w)) for w in doc.get("media_platforms") or ())
    tables.credit_lines.update(" ".join(str(w).lower().split()) for w in doc.get("credit_lines") or ())
    tables.heading_verbs.update(str(w).lower() for w in doc.get("heading_verbs") or ())
    for word, code in (doc.get("counted_person_senses") or {}).items():
        if str(code) not in tables.sector_codes:
            raise ValueError(f"counted_person_senses: {code!r} is not a sector code")
        tables.counted_senses[str(word).lower()] = str(code)
    for family, codes in (doc.get("sector_families") or {}).items():
        for code in codes or ():
            if str(code) not in tables.sector_codes:
                raise ValueError(f"sector_families: {code!r} is not a sector code")
            tables.sector_families[str(code)] = str(family)
    for word in doc.get("kinship") or ():
        text = str(word).lower()
        kin = SectorWord(KINSHIP_SECTOR, "weak", text)
        for form in (text, *_plurals(text)):
            tables.kinship.setdefault(normalise(form), kin)
    tables.name_titles.update(_by_sector(doc, "name_titles", tables))
    tables.name_occupations.update((word.lower(), code) for word, code in _by_sector(doc, "name_occupations", tables))
    for code in doc.get("force_sectors") or ():
        if str(code) not in tables.sector_codes:
            raise ValueError(f"force_sectors: {code!r} is not a sector code")
        tables.force_sectors.add(str(code))
    for guard, names in (doc.get("common_word_names") or {}).items():
        if guard not in GUARDS:
            raise ValueError(f"common_word_names: {guard!r} is not one of {GUARDS}")
        for name in names or ():
            tables.guarded[key(str(name))] = str(guard)
    for word, default in (doc.get("outlet_short_forms") or {}).items():
        tables.outlet_short_forms[str(word)] = str(default)
    for item in doc.get("ambiguous") or ():
        cues = {str(code): tuple(key(str(c)) for c in words) for code, words in (item.get("cues") or {}).items()}
        tables.ambiguous[key(str(item["name"]))] = Ambiguity(str(item["default"]), cues)


def _read_group_name_sector(doc: dict[str, Any], tables: _Tables) -> None:
    """The sector of a group named by a word for people and a link ('the Friends of Abe'): a later file may
    recode it, to a sector the files define."""
    code = doc.get("group_name_sector")
    if code is None:
        return
    if str(code) not in tables.sector_codes:
        raise ValueError(f"group_name_sector: {code!r} is not a sector code")
    tables.group_name_sector = str(code)


def _add_outlet_short_forms(tables: _Tables) -> None:
    """'the Times', 'the Post': news names a paper in full once and by its last word after that, so the short
    form is the outlet (sector MED) whose full name, ending in that word, the article writes most ('The New York
    Times ... the Times said'); with none written, the data's default. Each such outlet's names and aliases of
    more than the word itself are its cues, as a bare 'Congo' is read (``ambiguous``)."""
    for word, default in tables.outlet_short_forms.items():
        short = key(word)
        if short in tables.ambiguous:
            continue  # a file's own reading of the word wins
        cues: dict[str, tuple[tuple[str, ...], ...]] = {}
        for entry in tables.entries.values():
            if entry.sector != "MED" or entry.kind != "organisation":
                continue
            forms = {f[1:] if f[:1] == ("the",) else f for f in (key(n) for n in (entry.name, *entry.aliases))}
            full = sorted(f for f in forms if len(f) > len(short) and f[-len(short):] == short)
            if full:
                cues[entry.id] = tuple(full)
        if default not in tables.entries or not cues:
            raise ConfigError(f"outlet_short_forms: {word!r} -> {default!r} names no outlet")
        cues.setdefault(default, ())
        tables.ambiguous[short] = Ambiguity(default, cues)


def _by_sector(doc: dict[str, Any], section: str, tables: _Tables) -> list[tuple[str, str]]:
    """(word, sector) for a section that lists words under sector codes; an unknown code is a data error."""
    pairs: list[tuple[str, str]] = []
    for sector, words in (doc.get(section) or {}).items():
        if sector not in tables.sector_codes:
            raise ValueError(f"{section}: {sector!r} is not a sector code")
        pairs.extend((str(word), str(sector)) for word in words or ())
    return pairs


def _occurrences(norms: Sequence[str], positions: Mapping[str, list[int]], cue: tuple[str, ...]) -> int:
    """How often ``cue`` stands in ``norms``, tried only where its first word stands (``positions``): a scan of
    the whole text for every cue of every ambiguous name the text holds read each word again per cue."""
    width = len(cue)
    return sum(1 for i in positions.get(cue[0], ()) if tuple(norms[i : i + width]) == cue)


def _add_sector_word(tables: _Tables, text: str, word: SectorWord) -> None:
    """A form as the data writes it beats a plural or singular derived from another word ('executives' is
    listed as business people; derived from 'executive', the branch of government, it would be GOV)."""
    listed = normalise(text)
    if listed not in tables.listed_sector_forms:
        tables.sector_words[listed] = word
        tables.listed_sector_forms.add(listed)
    for form in (*_plurals(text), *_singulars(text)):
        tables.sector_words.setdefault(normalise(form), word)


def _read_country_extra(item: dict[str, Any], tables: _Tables) -> None:
    iso3 = str(item["iso3"])
    base = tables.entries.get(iso3) or Entry(id=iso3, name=str(item.get("name", iso3)), kind="country",
                                            country=iso3, sector="GOV", source=item.get("source"))
    tables.entries[iso3] = Entry(**{**_fields(base), "aliases": base.aliases + tuple(item.get("aliases") or ())})
    for demonym in item.get("demonyms") or ():
        tables.extra_names.append((demonym, NameTarget(iso3, "demonym")))
        for plural in _people_forms(demonym):
            tables.extra_names.append((plural, NameTarget(iso3, "people")))
    for capital in item.get("capitals") or ():
        tables.extra_names.append((capital, NameTarget(iso3, "capital")))
    # a region of the country (Tibet, Darfur): a place in it, not its state -- no sector of its own
    for region in item.get("regions") or ():
        tables.extra_names.append((region, NameTarget(iso3, "region")))


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
        periods=tuple(
            Period(sector=p.get("sector"), country=p.get("country"), start=_date(p.get("from")),
                   end=_date(p.get("to")))
            for p in item.get("periods") or ()
        ),
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
                 short=tuple(str(s) for s in short), source=item.get("source"), note=item.get("note"),
                 namesakes=tuple(str(n) for n in item.get("namesakes") or ()),
                 known_as=tuple(str(w).lower() for w in item.get("known_as") or ()))


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


MIN_DOTTED_ACRONYM = 3  # two dotted capitals ('J.K.', 'H.W.') are more often a person's initials


def dotted_acronym(text: str) -> str | None:
    """The acronym written with a full stop after each letter ('FBI' -> 'F.B.I.', as The New York Times writes
    it), for an acronym of three to six capitals; else None."""
    if not (text.isascii() and text.isalpha() and text.isupper() and MIN_DOTTED_ACRONYM <= len(text) <= 6):
        return None
    return "".join(f"{letter}." for letter in text)


def _cases(text: str, tokens: Sequence[Tok], exceptions: frozenset[str]) -> tuple[frozenset[str], ...] | None:
    """How each token of a name may be written, or None when any capitalised form will do.

    Acronyms (no lower-case letters) keep their capitals: 'US' is not 'us', 'IS' not 'is'. From three letters
    on, an acronym may also be written in title case, as British papers write them ('Nato', 'Isis', 'Unicef',
    'Zanu-PF'), unless that form is an ordinary word or a common name ('Who', 'Car': the exceptions list).
    A short mixed-case abbreviation ('LeT', 'AfD', 'PiS') keeps its own case or is written in capitals: 'Let'
    and 'Pis' are words. An empty set leaves a token free."""
    written = "".join(t.raw for t in tokens)
    acronym = written.isupper()  # cased letters, none of them lower-case
    if not acronym and (_SHORT_MIXED.search(text) is None or not any(_short_abbreviation(t.raw) for t in tokens)):
        return None
    return tuple(_token_cases(t.raw, acronym, exceptions) for t in tokens)


def _token_cases(raw: str, acronym: bool, exceptions: frozenset[str]) -> frozenset[str]:
    if _short_abbreviation(raw):
        return frozenset({raw, raw.upper()})
    if not acronym:
        return frozenset()
    title = raw[:1] + raw[1:].lower()
    if raw.isalpha() and len(raw) >= MIN_TITLE_CASE_ACRONYM and raw.lower() not in exceptions:
        return frozenset({raw, title})
    return frozenset({raw})


# a word of two to four letters with a lower-case letter and a capital after its first: the cheap first test
_SHORT_MIXED = re.compile(r"(?<![^\W\d_])(?=[^\W\d_]{2,4}(?![^\W\d_]))(?=[^\W\d_]*[a-z])[^\W\d_][^\W\d_]{0,2}?[A-Z]")


def _short_abbreviation(raw: str) -> bool:
    """'LeT', 'AfD', 'MoD': a short word with a capital after its first letter is an abbreviation."""
    return len(raw) <= SHORT_ABBREVIATION and raw.isalpha() and any(c.isupper() for c in raw[1:]) \
        and any(c.islower() for c in raw)


def _abbreviated_title(word: SectorWord) -> bool:
    """'Rep.', 'Gen.', 'Col.': a title the data writes abbreviated and capitalised is a title only as written —
    in lower case the same letters are other words ('a rep for the singer', an agent; a mountain 'col')."""
    return word.text.endswith(".") and word.text[:1].isupper()


def _written_as(cases: tuple[frozenset[str], ...], tokens: Sequence[Tok]) -> bool:
    return all(not allowed or t.raw in allowed for t, allowed in zip(tokens, cases, strict=True))


def _written_bare(norms: Sequence[str], tokens: Sequence[Tok], name: tuple[str, ...]) -> bool:
    """Whether the text writes these name words somewhere with no generational suffix after them."""
    width = len(name)
    return any(tuple(norms[i : i + width]) == name
               and not (i + width < len(tokens) and tokens[i + width].norm in NAME_SUFFIXES
                        and tokens[i + width].raw[:1].isupper())
               for i, norm in enumerate(norms) if norm == name[0])


def _proper_word(token: Tok) -> bool:
    """A capitalised word (not a number or punctuation): part of a name when next to another name."""
    return token.raw[:1].isupper()


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
        spans = [(entry.start, entry.end), *((o.start, o.end) for o in entry.offices),
                 *((p.start, p.end) for p in entry.periods)]
        for start, end in spans:
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


def _initials_of(name: str) -> list[str]:
    """The middle initials a person's name writes: 'George H. W. Bush' -> h, w; 'George H.W. Bush' -> h, w."""
    words = tokenize(name)[1:-1]
    return [letter for w in words if len(w.norm.replace(".", "")) <= 2 and w.raw[:1].isupper()
            and all(len(part) == 1 for part in w.norm.split(".") if part)
            for letter in w.norm.split(".") if letter]


def _initials_agree(written: set[str], known: frozenset[str]) -> bool:
    """A name the knowledge base writes without initials admits any; one written with them, only its own."""
    return not known or written <= known


def _middle_initial(tokens: Sequence[Tok], i: int) -> bool:
    """'B' in 'James B. Comey': one capital letter between a given name and the next capitalised word — news
    (American papers above all) writes middle initials that a knowledge base's names leave out."""
    tok = tokens[i]
    return len(tok.raw) == 1 and tok.raw.isupper() and i + 1 < len(tokens) and tokens[i + 1].raw[:1].isupper()


def _name_goes_on(tokens: Sequence[Tok], index: int) -> bool:
    """A capitalised word right after the people word makes the whole a longer name ('the Republican Governors
    Association', 'Democratic Governors Association'): a body of its own, not the party's people."""
    return index < len(tokens) and tokens[index].raw[:1].isupper() and tokens[index].raw[:1].isalpha()
