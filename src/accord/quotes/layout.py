"""The layout the quote rules reason over: paragraphs, units (a sentence cut at paragraph breaks) and a
fast character-offset -> token lookup.

spaCy's parser sometimes runs a sentence across a blank line (a heading glued to the next paragraph);
reported speech never crosses a paragraph break unless it is a quotation, so units are cut there.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from accord.doc_index import line_breaks, sentences

_BLANK_LINE = re.compile(r"\n\s*\n")
_NEWLINE = re.compile(r"\n")


@dataclass(frozen=True, slots=True)
class Unit:
    """Tokens [start, end) of one sentence inside one paragraph."""

    index: int
    start: int
    end: int
    paragraph: int


class Layout:
    """Paragraph and unit boundaries of one Doc, computed once per document."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.paragraphs = paragraph_bounds(text)
        self._paragraph_starts = [start for start, _ in self.paragraphs]
        self._token_starts: list[int] = doc.to_array(IDX).tolist() if len(doc) else []
        self.units = self._cut_units()
        self._unit_of_token: list[int] = [0] * len(doc)
        # each paragraph's units, in text order: asking for every paragraph's by scanning all units was
        # quadratic in the number of paragraphs
        self._paragraph_units: dict[int, list[Unit]] = {}
        for unit in self.units:
            for i in range(unit.start, unit.end):
                self._unit_of_token[i] = unit.index
            self._paragraph_units.setdefault(unit.paragraph, []).append(unit)

    def paragraph_of(self, char: int) -> int:
        return max(0, bisect_right(self._paragraph_starts, char) - 1)

    def paragraph_span(self, char: int) -> tuple[int, int]:
        return self.paragraphs[self.paragraph_of(char)]

    def token_at(self, char: int) -> int:
        """Index of the token that starts at or after ``char`` (len(doc) past the end)."""
        return bisect_left(self._token_starts, char)

    def tokens_in(self, start: int, end: int) -> range:
        """Indices of tokens starting inside [start, end)."""
        return range(self.token_at(start), self.token_at(end))

    def unit_of(self, token: Token | int) -> Unit:
        i = token if isinstance(token, int) else token.i
        return self.units[self._unit_of_token[i]]

    def units_of_paragraph(self, paragraph: int) -> list[Unit]:
        return list(self._paragraph_units.get(paragraph, ()))

    def _cut_units(self) -> list[Unit]:
        doc = self.doc
        breaks = [i for i, _ in line_breaks(doc)]
        units: list[Unit] = []
        for sent in sentences(doc):
            start = sent.start
            for i in breaks[bisect_left(breaks, sent.start) : bisect_left(breaks, sent.end)]:
                if i > start:
                    units.append(self._unit(len(units), start, i))
                start = i + 1
            if sent.end > start:
                units.append(self._unit(len(units), start, sent.end))
        return units

    def _unit(self, index: int, start: int, end: int) -> Unit:
        return Unit(index, start, end, self.paragraph_of(self._token_starts[start]))  # token.idx, no Token made


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Character spans of paragraphs: blank-line separated, or one per line when no blank line exists."""
    separator = _BLANK_LINE if _BLANK_LINE.search(text) else _NEWLINE
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in separator.finditer(text):
        if match.start() > start:
            bounds.append((start, match.start()))
        start = match.end()
    if start < len(text) or not bounds:
        bounds.append((start, len(text)))
    return bounds
