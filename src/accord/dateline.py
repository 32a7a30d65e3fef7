"""Wire-story datelines: the place a report was filed from, written before its first sentence.

"ACCRA, Jan 30 - ...", "KATHMANDU, June 3 (wire) - ...", "WASHINGTON (AP) — ...", "SAN JOSE, Costa Rica,
May 3 - ...". The small model rarely tags an upper-case city, so datelines are found by their shape: a line
that opens with an upper-case name, then optionally a region, an agency in brackets and a short date, then a
dash or colon. A dateline is where the story was filed, never an actor.

It sits below both the actor and the place stages (and the paragraph stage, which runs before the parser): all
three ask where the story was filed, and it needs nothing of theirs. Its month names are the date grammar's
(accord.dates.grammar), which imports nothing that imports this module.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IS_SPACE, IS_TITLE, IS_UPPER
from spacy.tokens import Doc

from accord.blackboard import OPENING_DATELINE, STORY_DATELINE, Dateline
from accord.dates.grammar import MONTH_PATTERN
from accord.doc_index import doc_text, tokens_text

__all__ = ["Dateline", "dateline_extent", "doc_opening_dateline", "find_dateline", "find_doc_dateline",
           "opening_dateline"]

# Only the opening of a story carries a dateline; wire copy puts it after the headline.
DATELINE_SEARCH_CHARS = 600
# In a parsed story: the tokens a dateline may start within, and how many tokens of its line to read.
OPENING_TOKENS = 160
LINE_TOKENS = 20
_UPPER_NAME = r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}"
_REGION = r"[A-Z][A-Za-z'’.\-]+(?: [A-Z][A-Za-z'’.\-]+){0,2}"
_MONTH_DAY = r"[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?"
_AGENCY = r"\([^()\n]{1,40}\)"
# Regional papers write the place in title case, always with the date: "New Delhi, Dec 6 (PTI): ...".
TITLE_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?P<place>[A-Z][a-z'’.\-]+(?: [A-Z][a-z'’.\-]+){{0,2}}), {MONTH_PATTERN} \d{{1,2}}(?:,? \d{{4}})?"
    rf"(?:,? {_AGENCY})? ?(?:[-–—]{{1,2}}|:) "
)
DATELINE = re.compile(
    rf"(?m)^[ \t]*(?P<place>{_UPPER_NAME})"
    rf"(?:,? {_AGENCY})?"
    rf"(?:, (?P<region>{_REGION}))?"
    rf"(?:,? {_MONTH_DAY})?"
    rf"(?:,? {_AGENCY})?"
    r" ?(?:[-–—]{1,2}|:) "
)


def find_dateline(text: str) -> Dateline | None:
    """The first dateline-shaped opening near the top of a story, or None; the caller checks that its name
    is a place the gazetteer knows."""
    match = _dateline_match(text)
    if match is None:
        return None
    region = match.group("region") if "region" in match.re.groupindex else None
    return Dateline(match.group("place"), match.start("place"), match.end("place"), region)


def dateline_extent(text: str) -> tuple[int, int] | None:
    """Character offsets of the whole dateline ("TALLINN, Jan 17 -"), dash included, or None."""
    match = _dateline_match(text)
    return (match.start("place"), match.end()) if match is not None else None


def opening_dateline(text: str) -> tuple[int, int] | None:
    """:func:`dateline_extent` of a story's opening when it is a dateline for sure: with a date or a news agency
    ("KYIV (Reuters) -", "TALLINN, Jan 17:"), or set off by a dash ("LAGOS -"); not a headline's "NATO: ..."
    label. The paragraph stage makes it a sentence of its own, and the actor stage takes nothing in it for an
    actor."""
    extent = dateline_extent(text[:DATELINE_SEARCH_CHARS])
    if extent is None:
        return None
    written = text[extent[0] : extent[1]]
    dated = any(ch.isdigit() for ch in written) or "(" in written
    return extent if dated or written.rstrip().endswith(("-", "–", "—")) else None


def _dateline_match(text: str) -> re.Match[str] | None:
    for match in DATELINE.finditer(text, 0, DATELINE_SEARCH_CHARS):
        place = match.group("place")
        if len(place.replace(" ", "")) >= 3 and not place.endswith((".", "-")):
            return match
    return TITLE_DATELINE.search(text, 0, DATELINE_SEARCH_CHARS)


def doc_opening_dateline(doc: Doc) -> tuple[int, int] | None:
    """:func:`opening_dateline` of a Doc's text, worked out once per Doc: the paragraph stage asks before the
    parser runs and the actor stage after it."""
    found = OPENING_DATELINE.recall(doc, _opening_of)
    return None if found is None else (found[0], found[1])  # a list once the Doc went through serialisation


def opens_no_story(doc: Doc) -> None:
    """Record that the Doc opens no story, so has no opening dateline: a later section of a long text
    (:mod:`accord.sections`), whose first line is no dateline whatever it looks like."""
    OPENING_DATELINE.store(doc, None)


def _opening_of(doc: Doc) -> tuple[int, int] | None:
    return opening_dateline(doc_text(doc))


def find_doc_dateline(doc: Doc) -> Dateline | None:
    """``find_dateline`` on a parsed story, worked out once per Doc (every event asks for it)."""
    return STORY_DATELINE.recall(doc, _find_doc_dateline)


def _find_doc_dateline(doc: Doc) -> Dateline | None:
    """Only lines of the story's opening that start with an upper-case or title-case word are read, so its
    text is never rebuilt whole."""
    opening = doc.to_array([IS_UPPER, IS_TITLE, IS_SPACE])[:OPENING_TOKENS]
    if len(opening) == 0:
        return None
    capitalised = numpy.logical_or(opening[:, 0], opening[:, 1])
    after_space = numpy.concatenate(([True], opening[:-1, 2] > 0))
    for i in numpy.flatnonzero(numpy.logical_and(capitalised, after_space)).tolist():
        if i > 0 and "\n" not in doc[i - 1].text:
            continue
        line = tokens_text(doc, i, min(len(doc), i + LINE_TOKENS) - 1)
        found = find_dateline(line.text)
        if found is not None and found.start == 0:
            shift = line.start
            return Dateline(found.name, found.start + shift, found.end + shift, found.region)
    return None
