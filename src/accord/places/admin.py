"""First-level administrative divisions (provinces, states, governorates, regions, oblasts) from ISO 3166-2.

The source is the `pycountry` package's copy of ISO 3166-2 (the subdivisions that have no parent, of the
kinds listed in ``data/places/admin1.yaml``), in English where pycountry has an English name. ISO spells
names the local way ("Lōgar", "Al Anbār", "Guangdong Sheng", "Rostovskaya oblast'"); English news writes
"Logar", "Anbar" or "al-Anbar", "Guangdong", "the Rostov region". The spellings are derived by general
rules, not listed one by one:

- diacritics and the ayn and hamza marks go (the gazetteer's lookup key already drops them);
- a word that says what kind of division it is goes, at either end ("Sheng", "oblast'", "Governorate");
- bracketed alternatives are names too ("Catalunya [Cataluña]"), codes in them are not; an inverted
  "Murcia, Región de" is "Murcia";
- the Arabic article ISO writes as a word ("Al", "Ar", "As" ...) may be left out or hyphenated ("al-Anbar"),
  and a final "-ah" written "-a" ("Ar Raqqah": "Raqqa");
- a Slavic adjectival name ("Rostovskaya", "Donetska", "Krasnodarskiy") is named after its administrative
  centre: where a stem names a city of the same country, "<city> region" names the division.

Each spelling is ``bare`` (may stand alone for the division) or ``typed`` (names it only with a naming noun,
"<name> province", "the province of <name>"): the Slavic stems, which alone are the city, and names made of
direction words only ("Eastern", "Centre-Nord"), which alone are common words with namesakes in many
countries.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from accord.places.countries import read_place_data
from accord.places.names import normalise_name, plain_text

_BRACKETED = re.compile(r"\s*[\[(]([^\])]*)[\])]")
_CODE = re.compile(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b|\bRegion [IVX]+(?:-[A-Z])?\b")
_SPLIT = re.compile(r"[\s-]+")
# A final "-ah" that English spellings write "-a" ("Raqqah", "Hamah", "Basrah"): long enough to be a name.
_FINAL_AH_MIN_LENGTH = 5


@dataclass(frozen=True, slots=True)
class AdminWords:
    """The word lists of ``data/places/admin1.yaml``."""

    first_level_types: frozenset[str]
    type_words: frozenset[str]
    type_suffixes: tuple[str, ...]  # type words written joined to the name with a hyphen ("Jeollanam-do")
    naming_nouns: frozenset[str]
    arabic_articles: frozenset[str]
    adjectival_endings: tuple[str, ...]
    direction_words: frozenset[str]


@lru_cache(maxsize=1)
def admin_words() -> AdminWords:
    raw = read_place_data("admin1.yaml")
    return AdminWords(
        first_level_types=frozenset(str(t) for t in raw["first_level_types"]),
        type_words=frozenset(_fold(str(w)) for w in raw["type_words"]),
        type_suffixes=tuple(_fold(str(w)) for w in raw["type_words"] if str(w).startswith("-")),
        naming_nouns=frozenset(str(w) for w in raw["naming_nouns"]),
        arabic_articles=frozenset(_fold(str(w)) for w in raw["arabic_articles"]),
        adjectival_endings=tuple(sorted((str(e) for e in raw["adjectival_endings"]), key=len, reverse=True)),
        direction_words=frozenset(str(w) for w in raw["direction_words"]),
    )


@dataclass(frozen=True, slots=True)
class Division:
    """One first-level division: the name shown, its country (ISO 3166-1 alpha-2 and alpha-3), and its
    spellings."""

    name: str
    iso2: str
    iso3: str
    bare: tuple[str, ...]
    typed: tuple[str, ...]


def _fold(text: str) -> str:
    return normalise_name(text)


def first_level_divisions(is_city: Callable[[str, str], bool]) -> list[Division]:
    """Every country's first-level divisions. ``is_city(iso2, name)``: whether a city of the country (ISO
    alpha-2) has that name, which tells which Slavic stems are the centre a division is named after."""
    words = admin_words()
    english = _english_names()
    found = []
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in words.first_level_types:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        raw_names = [sub.name] + ([english[sub.name]] if sub.name in english else [])
        bare: list[str] = []
        typed: list[str] = []
        for raw in raw_names:
            for spelling in _spellings(raw):
                stripped = _without_type_words(spelling, words)
                if not stripped:
                    continue
                target = typed if _only_directions(stripped, words) else bare
                target.extend(_variants(stripped, words))
                if stripped != spelling:
                    bare.append(spelling)  # the whole name is a name too ("Australian Capital Territory")
                    typed.extend(_centre_stems(stripped, sub.country_code, is_city, words))
        if not bare and not typed:
            continue
        centre = [t for t in typed if t not in bare]
        shown = plain_text(english.get(sub.name) or (f"{centre[0]} region" if centre else (bare or typed)[0]))
        found.append(Division(shown, sub.country_code, country.alpha_3, tuple(dict.fromkeys(bare)),
                              tuple(dict.fromkeys(typed))))
    return found


def _english_names() -> dict[str, str]:
    """pycountry's English names of subdivisions where they differ from ISO's ("Bayern": "Bavaria")."""
    try:
        translation = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    except OSError:
        return {}
    names = {}
    for sub in pycountry.subdivisions:
        name = str(sub.name)
        english = translation.gettext(name)
        if english != name and "/" not in english:  # "Fribourg / Freiburg / ...": no one English name
            names[name] = english
    return names


def _spellings(raw: str) -> list[str]:
    """The name and its bracketed alternatives, without codes, and an inverted "Murcia, Región de" as
    "Murcia"."""
    names = [_BRACKETED.sub("", raw)]
    for inner in _BRACKETED.findall(raw):
        inner = _CODE.sub("", inner).strip()
        if inner and not inner.isupper():
            names.append(inner)
    return [n.split(",")[0].strip() for n in names if n.strip()]


def _without_type_words(name: str, words: AdminWords) -> str:
    """The name without words saying what kind of division it is, at either end ("Guangdong Sheng",
    "Seoul-teukbyeolsi", "Région wallonne"); "" when it would leave a name that is no name (lower case, or
    nothing)."""
    parts = name.split()
    if len(parts) == 1 and not any(parts[0].casefold().endswith(s) for s in words.type_suffixes):
        return name if name[:1].isupper() else ""  # most names: one word, no type word to strip
    while parts and _fold(parts[-1]) in words.type_words:
        parts.pop()
    while parts and _fold(parts[0]) in words.type_words:
        parts.pop(0)
    if parts:
        last = parts[-1]
        for suffix in words.type_suffixes:
            if _fold(last).endswith(suffix) and len(last) > len(suffix) + 1:
                parts[-1] = last[: -len(suffix)]
                break
    stripped = " ".join(parts)
    return stripped if stripped[:1].isupper() else ""


def _only_directions(name: str, words: AdminWords) -> bool:
    return all(w in words.direction_words or w in words.arabic_articles for w in _SPLIT.split(_fold(name)))


def _variants(name: str, words: AdminWords) -> list[str]:
    """The name, without the Arabic article or with it hyphenated, with a final "-ah" as "-a", and without
    the apostrophe ISO writes for an ayn or hamza inside it ("Dar'a")."""
    found = [name]
    if "'" in name.strip("'"):
        found.append(name.replace("'", ""))
    parts = name.split()
    if len(parts) > 1 and _fold(parts[0]) in words.arabic_articles:
        rest = " ".join(parts[1:])
        found += [rest, f"al-{rest}"]
    for spelling in list(found):
        plain = plain_text(spelling)
        if plain.endswith("ah") and len(plain.split()[-1]) >= _FINAL_AH_MIN_LENGTH:
            found.append(plain[:-1])
    return found


def _centre_stems(name: str, iso2: str, is_city: Callable[[str, str], bool], words: AdminWords) -> list[str]:
    """"Rostovskaya" -> Rostov, "Donetska" -> Donetsk, "Kurskaya" -> Kursk: the stem of an adjectival name
    that names a city of the same country."""
    if " " in name:
        return []
    folded = _fold(name)
    for ending in words.adjectival_endings:
        if folded.endswith(ending) and len(folded) > len(ending) + 2:
            stem = name[: len(name) - len(ending)]
            if is_city(iso2, stem):
                return [stem]
    return []
