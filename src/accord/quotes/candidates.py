"""What the quote rules find before speakers are resolved, and the per-document context they share."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from accord.quotes.layout import Layout
from accord.quotes.lexicon import CueLexicon
from accord.quotes.syntax import Cue


@dataclass(frozen=True, slots=True)
class Candidate:
    """A quote's content span [start, end) (characters), whether it is direct, and its cue (if found)."""

    start: int
    end: int
    direct: bool
    cue: Cue | None
    marked: bool = False  # inside quotation marks or a dialogue dash
    inherited: bool = False  # speaker carried over from the previous quote


@dataclass(frozen=True)
class Context:
    doc: Doc
    layout: Layout
    lexicon: CueLexicon
    text: str  # doc.text, kept once: spaCy rebuilds it on every access


def trim_chars(text: str, start: int, end: int) -> tuple[int, int]:
    """Content without surrounding spaces, commas, colons or a dangling quotation mark."""
    while start < end and (text[start].isspace() or text[start] in ",:;—–"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;—–-"):
        end -= 1
    return start, end
