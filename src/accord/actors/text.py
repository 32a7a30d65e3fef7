"""Tokenising and normalising phrases the same way for knowledge-base names and for article text.

Both sides go through :func:`tokenize`, so a name matches text exactly when their normalised token sequences
are equal. Hyphens and quotes are dropped (``Guinea-Bissau`` == ``Guinea Bissau``); a possessive ``'s`` becomes
its own token; commas, semicolons, colons and brackets stay as tokens because they end a name.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N., D.P.R.K.
    r"|[^\W_]+(?:['’][^\W_]+)*(?:\.(?=\w))?"  # words, with inner apostrophes (N'Djamena, d'Ivoire)
    r"|[,;:()/&]"
)
_POSSESSIVE = re.compile(r"^(.+?)['’]s$|^(.+s)['’]$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


class Tok(NamedTuple):
    """One token: its normalised key, its text as written, and its character offsets in the source.

    A named tuple rather than a frozen dataclass: every article is split into Toks, and a tuple is several
    times cheaper to create.
    """

    norm: str
    raw: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.raw[:1].isupper() or self.raw[:1].isdigit()

    @property
    def is_punct(self) -> bool:
        return not self.raw[:1].isalnum()


def normalise(text: str) -> str:
    """Lower-case, strip accents and unify apostrophes: 'Côte d’Ivoire' -> "cote d'ivoire"."""
    if text.isascii():  # the common case, without the cost of Unicode decomposition
        return text.replace("`", "'").lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    """Split text into :class:`Tok` tokens with document offsets (``offset`` is added to each)."""
    tokens: list[Tok] = []
    append = tokens.append
    for match in _TOKEN.finditer(text):
        raw = match.group()
        start = match.start() + offset
        if "'" in raw or "’" in raw:
            possessive = _POSSESSIVE.match(raw) if len(raw) > 2 else None
            if possessive:
                stem = possessive.group(1) or possessive.group(2)
                append(Tok(normalise(stem), stem, start, start + len(stem)))
                append(Tok("'s", raw[len(stem) :], start + len(stem), start + len(raw)))
                continue
        # no token holds a backtick, so an ASCII word normalises by lower-casing alone (most words of a text)
        append(Tok(raw.lower() if raw.isascii() else normalise(raw), raw, start, start + len(raw)))
    return tokens


def key(text: str) -> tuple[str, ...]:
    """The lookup key of a name: its normalised tokens, without a leading 'the'."""
    norms = tuple(t.norm for t in tokenize(text))
    if len(norms) > 1 and norms[0] == "the":
        norms = norms[1:]
    return norms
