"""A person's gender as the text tells it (a title, a word such as "wife" or "spokeswoman") or a common given
name does, so that a gendered pronoun points back to a person it can stand for: after "Hillary Clinton attacked
Donald Trump", "she" is Clinton and "he" Trump, whichever was named last or is the clause's subject. A person
whose gender nothing tells fits either pronoun (``data/genders.yaml``)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from accord.errors import ConfigError
from accord.packaged import read_packaged_yaml
from accord.records import Actor

MASCULINE = "m"
FEMININE = "f"
_GENDERS = {"masculine": MASCULINE, "feminine": FEMININE}


@dataclass(frozen=True, slots=True)
class Genders:
    pronouns: dict[str, str]  # 'she' -> 'f'
    words: dict[str, str]  # 'mrs', 'wife', 'spokeswoman' -> 'f'
    given_names: dict[str, str]  # 'hillary' -> 'f'

    def of_pronoun(self, word: str) -> str | None:
        return self.pronouns.get(word.lower())

    def of_mention(self, text: str) -> str | None:
        """What a person's own mention says: its title ("Mr. X", "Ms X") or its last word ("X, the minister's
        wife", "a spokeswoman"). Words inside, such as a possessor ("Mr. Y's adviser"), say nothing of X."""
        words = [w.strip(".,'’").lower() for w in text.split()]
        words = [w for w in words if w]
        if not words:
            return None
        return self.words.get(words[0]) or (self.words.get(words[-1]) if len(words) > 1 else None)

    def of_honorific(self, word: str, honorifics: frozenset[str]) -> str | None:
        """The gender an honorific before a name says ('Mr.', 'Mrs', 'Ms.', 'Sir', 'Dame'); None for one that
        says none ('Dr.', 'Prof.') or a word that is no honorific (``honorifics``: data/words.yaml's list)."""
        word = word.lower().rstrip(".")
        return self.words.get(word) if word in honorifics else None

    def of_name(self, name: str | None) -> str | None:
        """A full name's given name ("Hillary Clinton"); a single word may be a surname and says nothing."""
        parts = (name or "").split()
        return self.given_names.get(_folded(parts[0])) if len(parts) > 1 else None

    def of_person(self, actor: Actor) -> str | None:
        return self.of_mention(actor.text) or self.of_name(actor.name)


def _folded(word: str) -> str:
    """A word in lower case without its accents: 'François' is written 'francois' in the lists."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _classes(raw: Any, section: str) -> dict[str, str]:
    found = raw.get(section) if isinstance(raw, dict) else None
    if not isinstance(found, dict):
        raise ConfigError(f"data/genders.yaml: {section} must map masculine and feminine to lists of words")
    table: dict[str, str] = {}
    for key, gender in _GENDERS.items():
        words = found.get(key)
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ConfigError(f"data/genders.yaml: {section}.{key} must be a list of words")
        table.update({str(w).lower(): gender for w in words})
    return table


@lru_cache(maxsize=1)  # read once per process; the result is frozen
def shared_genders() -> Genders:
    raw = read_packaged_yaml("genders.yaml")
    return Genders(pronouns=_classes(raw, "pronouns"), words=_classes(raw, "words"),
                   given_names=_classes(raw, "given_names"))


def agrees(pronoun: str | None, person: str | None) -> bool:
    """A pronoun of a gender stands for a person of that gender or of none the text tells."""
    return pronoun is None or person is None or pronoun == person
