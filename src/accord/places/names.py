"""The lookup key of a place name: how the gazetteer and the first-level divisions spell names alike."""

from __future__ import annotations

import re
import unicodedata

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# Marks of transliteration that English spellings of a name leave out: ayn and hamza (‘ ʿ ʾ `), not the
# apostrophe of a possessive.
_TRANSLITERATION_MARKS = str.maketrans("", "", "‘ʿʾ`ʻʼ")


def plain_text(text: str) -> str:
    """``text`` without combining diacritics and transliteration marks."""
    if text.isascii() and "`" not in text:  # most names: nothing to strip (the gazetteer loads 100,000 of them)
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATION_MARKS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalise_name(text: str) -> str:
    """The lookup key of a name: single spaces, no possessive, no leading "the", case-folded, and written
    without diacritics or the ayn and hamza marks of transliterations, as English news spells such names
    ("‘Afrīn" and "Afrin", "Ḩamāh" and "Hamah")."""
    key = plain_text(" ".join(text.split())).casefold()
    if key.endswith(("'", "’", "'s", "’s")):
        key = _POSSESSIVE.sub("", key)
    return key[4:] if key.startswith("the ") else key
