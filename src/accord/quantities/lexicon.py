"""The quantities lexicon (``data/quantities/lexicon.yaml``) as a typed object, loaded once per component."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "quantities" / "lexicon.yaml"


@dataclass(frozen=True)
class Lexicon:
    units: dict[str, float]
    scales: dict[str, float]
    scale_suffixes: dict[str, float]
    vague: dict[tuple[str, ...], tuple[float, str | None]]  # phrase as lower-case words
    qualifiers: dict[tuple[str, ...], str]
    currency_symbols: dict[str, str]
    currency_words: dict[str, str]
    dollar_countries: dict[str, str]
    percent_words: frozenset[str]
    casualty_verbs: dict[str, str]  # lemma -> category
    casualty_words: dict[str, str]  # word -> category
    people_nouns: frozenset[str]
    people_only_verbs: frozenset[str]
    intransitive_casualty_verbs: frozenset[str]
    time_units: frozenset[str]

    @cached_property
    def longest_qualifier(self) -> int:
        return max(len(words) for words in self.qualifiers)

    @cached_property
    def vague_by_first_word(self) -> dict[str, list[tuple[tuple[str, ...], tuple[float, str | None]]]]:
        """Vague phrases indexed by their first word, longest first ("tens of thousands" before "tens")."""
        index: dict[str, list[tuple[tuple[str, ...], tuple[float, str | None]]]] = {}
        for words, meaning in sorted(self.vague.items(), key=lambda item: -len(item[0])):
            index.setdefault(words[0], []).append((words, meaning))
        return index

    @cached_property
    def starters(self) -> frozenset[str]:
        """Lower-case words that can begin a number phrase other than digits."""
        words = set(self.units) | {phrase[0] for phrase in self.vague} | {s.lower() for s in self.currency_symbols}
        return frozenset(words | {"us", "c", "a", "hk"})


def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    raw: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Lexicon(
        units={k: float(v) for k, v in raw["units"].items()},
        scales={k: float(v) for k, v in raw["scales"].items()},
        scale_suffixes={k: float(v) for k, v in raw["scale_suffixes"].items()},
        vague={tuple(k.split()): (float(v[0]), v[1]) for k, v in raw["vague"].items()},
        qualifiers={tuple(k.split()): v for k, v in raw["qualifiers"].items()},
        currency_symbols=dict(raw["currency_symbols"]),
        currency_words=dict(raw["currency_words"]),
        dollar_countries=dict(raw["dollar_countries"]),
        percent_words=frozenset(raw["percent_words"]),
        casualty_verbs=_invert(raw["casualty_verbs"]),
        casualty_words=_invert(raw["casualty_words"]),
        people_nouns=frozenset(raw["people_nouns"]),
        people_only_verbs=frozenset(raw["people_only_verbs"]),
        intransitive_casualty_verbs=frozenset(raw["intransitive_casualty_verbs"]),
        time_units=frozenset(raw["time_units"]),
    )


def _invert(groups: dict[str, list[str]]) -> dict[str, str]:
    return {word: category for category, words in groups.items() for word in words}
