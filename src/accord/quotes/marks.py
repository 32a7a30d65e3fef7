"""Finding text inside quotation marks and dialogue dashes, by characters alone.

Conventions handled: straight, curly, low-high („…“), single and guillemet marks (either direction);
a mark family nested inside another is part of the quote; an apostrophe between letters is never a mark;
a paragraph left open by a quote and continued by a paragraph that opens with a quotation mark is one
quote (the newspaper convention for multi-paragraph quotes); dialogue lines led by a dash.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from itertools import pairwise

from accord.quotes.lexicon import CueLexicon

_TRAILING = " \t\n,"
_SPACED_MARKS = frozenset("«»‹›")
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
_OPEN_CONTEXT = "([{—–-/ \n\t"
_CLOSE_CONTEXT = " \n\t.,;:!?)]}—–-…"


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """Quoted content [start, end) without its marks; ``outer_*`` include the marks (or the dash)."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool = True
    dialogue: bool = False  # led by a dash rather than a quotation mark


def find_marked_spans(text: str, paragraphs: list[tuple[int, int]], lexicon: CueLexicon) -> list[MarkedSpan]:
    spans: list[MarkedSpan] = []
    pending: MarkedSpan | None = None  # a quote left open at the end of the previous paragraph
    tags = _Markup(text)
    for para_start, para_end in paragraphs:
        if _is_dialogue(text, para_start, para_end, lexicon):
            if pending is not None:
                spans.append(pending)
                pending = None
            spans.extend(_dialogue_spans(text, para_start, para_end))
            continue
        found, unclosed = _scan_paragraph(text, para_start, para_end, lexicon, tags)
        if pending is not None:
            reopened = found[0] if found and found[0].outer_start == para_start else None
            if reopened is not None:
                found[0] = replace(pending, end=reopened.end, outer_end=reopened.outer_end, closed=True)
                pending = None
            elif unclosed is not None and unclosed.outer_start == para_start and not found:
                pending = replace(pending, end=unclosed.end, outer_end=unclosed.outer_end)
                continue
            else:
                spans.append(pending)
                pending = None
        spans.extend(found)
        pending = unclosed
    if pending is not None:
        spans.append(pending)
    return [s for s in spans if s.end > s.start]


class _Markup:
    """Markup tags left in scraped text (<tweet author="…">): the quotation marks of their attributes
    quote no one."""

    def __init__(self, text: str) -> None:
        found = [(m.start(), m.end()) for m in _TAG.finditer(text)] if "<" in text else []
        self.starts = [start for start, _ in found]
        self.ends = [end for _, end in found]

    def inside(self, i: int) -> bool:
        index = bisect_right(self.starts, i) - 1
        return index >= 0 and i < self.ends[index]


def _scan_paragraph(
    text: str, para_start: int, para_end: int, lexicon: CueLexicon, tags: _Markup
) -> tuple[list[MarkedSpan], MarkedSpan | None]:
    """Closed quotes of one paragraph, and the double-marked quote still open at its end (if any)."""
    found: list[MarkedSpan] = []
    opening: str | None = None
    open_at = 0
    closers: frozenset[str] = frozenset()
    for match in _mark_pattern(lexicon).finditer(text, para_start, para_end):
        i, mark = match.start(), match.group()
        if tags.inside(i):
            continue
        if opening is None:
            closers_for = lexicon.double_marks.get(mark) or lexicon.single_marks.get(mark)
            if closers_for is not None and _can_open(text, i, len(mark), para_start, para_end):
                opening, open_at, closers = mark, i, closers_for
            continue
        if mark in closers and i > open_at + len(opening) and _can_close(text, i, len(mark), para_start, para_end):
            found.append(_span(text, open_at, match.end(), len(opening), len(mark)))
            opening = None
    if opening is not None and opening in lexicon.double_marks:
        return found, _span(text, open_at, para_end, len(opening), 0, closed=False)
    return found, None


def _mark_pattern(lexicon: CueLexicon) -> re.Pattern[str]:
    # re caches compiled patterns, so this costs one dictionary lookup per paragraph; longer marks first
    # ("''" before "'")
    marks = sorted(lexicon.all_marks, key=lambda m: (-len(m), m))
    return re.compile("|".join(re.escape(m) for m in marks))


def _can_open(text: str, i: int, width: int, para_start: int, para_end: int) -> bool:
    before = text[i - 1] if i > para_start else " "
    after = text[i + width] if i + width < para_end else " "
    if (after.isspace() and text[i] not in _SPACED_MARKS) or (after.isdigit() and text[i] in "'’"):
        return False  # guillemets take a space inside in French typography: « Nous … »
    if before.isalnum():  # an apostrophe (Monday’s, don't) or a closing mark glued to a word
        return False
    return before in _OPEN_CONTEXT or not before.isalnum()


def _can_close(text: str, i: int, width: int, para_start: int, para_end: int) -> bool:
    before = text[i - 1] if i > para_start else " "
    after = text[i + width] if i + width < para_end else " "
    if before.isspace() and text[i] not in _SPACED_MARKS:
        return False
    if before.isalpha() and after.isalpha():  # an apostrophe inside a word
        return False
    return after in _CLOSE_CONTEXT or not after.isalnum()


def _span(text: str, outer_start: int, outer_end: int, opening: int = 1, closing: int = 1, *,
          closed: bool = True) -> MarkedSpan:
    start = outer_start + opening
    end = outer_end - closing if closed else outer_end
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return MarkedSpan(start, end, outer_start, outer_end, closed=closed)


# --- dialogue dashes --------------------------------------------------------------------------------

# A dash after sentence punctuation switches between speech and narration: "— We agree, — said Lavrov."
_DIALOGUE_SWITCH = re.compile(r"(?<=[,.!?…])\s+[—–]\s+")


def _is_dialogue(text: str, para_start: int, para_end: int, lexicon: CueLexicon) -> bool:
    return (
        para_end - para_start > 2
        and text[para_start] in lexicon.dialogue_dashes
        and text[para_start + 1] == " "
    )


def _dialogue_spans(text: str, para_start: int, para_end: int) -> list[MarkedSpan]:
    """Speech parts of a dash-led paragraph: the first part, then every other part after a switch."""
    cuts = [para_start] + [
        m.start() for m in _DIALOGUE_SWITCH.finditer(text, para_start + 2, para_end)
    ] + [para_end]
    spans: list[MarkedSpan] = []
    for number, (cut, next_cut) in enumerate(pairwise(cuts)):
        if number % 2:
            continue  # narration: "said Lavrov."
        start = cut
        while start < next_cut and (text[start] in "—–- \n"):
            start += 1
        end = next_cut
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        if end > start:
            spans.append(MarkedSpan(start, end, cut, next_cut, closed=next_cut < para_end, dialogue=True))
    return spans
