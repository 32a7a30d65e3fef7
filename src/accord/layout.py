"""Page layout in extracted news text: where the story's sentences cannot run on, and what is not the story.

Text taken from a web page keeps the page's furniture: a headline and standfirst, sub-headings, captions, a
byline, credit lines, "Related:" and "Read more" links, and teaser blocks of other articles' headlines strung
together with " | " (sometimes glued into the middle of a story sentence: "... kill Rep. Jane RoeJane Roe
Senators call for X | Facebook gets Y | ... MORE (D-Minn.), the office announced"). The parser runs such
pieces into the sentences around them, and the coder then reads one sentence where there are two texts.

Decided here from layout and punctuation alone, on the text before it is parsed:

- **breaks**: character offsets where a sentence must start. A page's text puts one paragraph on a line, so
  every line starts a sentence; only hard-wrapped text (every line short and about as long as the others)
  breaks lines inside sentences, and there only a blank line does.
- **boilerplate**: character ranges that are not the story: lines opening with a link or credit word
  (``data/layout.yaml``), bylines, and runs of other articles' headlines — three or more short fragments
  joined by " | " — from the fragment's first word (where text glued without a space starts: "RoeSenators")
  to the word that closes a teaser block ("MORE") or the end of the last fragment, and a paragraph that repeats
  an earlier one word for word (a page that prints its story twice). Each such range is a sentence of its own;
  the event coder skips it.

Whether a line without final punctuation is a headline or a caption does not matter here: either way it is a
sentence of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc

from accord.blackboard import LAYOUT, Layout
from accord.doc_index import doc_text
from accord.errors import ConfigError

# Hard-wrapped text: every line at most this long, and most lines long enough to have been wrapped.
WRAP_WIDTH = 100
WRAPPED_MIN_LINE = 40
WRAPPED_SHARE = 0.6
WRAPPED_MIN_LINES = 4
# A teaser fragment is a headline: at most this many words.
FRAGMENT_WORDS = 16
# How far before the first separator glued text is looked for, in words (a hover card's title may come first).
GLUE_REACH = 24
# A teaser run has at least this many " | " separators between fragments.
RUN_SEPARATORS = 2
# How far after the last separator a closing word ("MORE") is looked for, in words.
CLOSER_REACH = 60
BYLINE_WORDS = 8

_SEPARATOR = re.compile(r" \| ")
# Two texts glued without a space: a lower-case letter (or a closing quote or bracket) then a capital that
# starts a word ("OmarSenators"); two lower-case letters before it, so "McConnell" and "iPhone" are none.
_JUNCTION = re.compile(r"(?:(?<=[a-z]{2})|(?<=\S[.’'\")\]]))(?=[A-Z][a-z])")
# The end of a sentence inside a line: final punctuation (and a closing quote), then space and a capital.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]?\s+(?=[A-Z“\"‘'])")
_FINAL = re.compile(r"[.!?…:;\"'”’)\]]\s*$")


@dataclass(frozen=True, slots=True)
class LayoutWords:
    boilerplate_openers: tuple[str, ...]
    byline_openers: tuple[str, ...]
    teaser_closers: tuple[str, ...]


@lru_cache(maxsize=1)
def layout_words() -> LayoutWords:
    try:
        raw = yaml.safe_load(resources.files("accord.data").joinpath("layout.yaml").read_text(encoding="utf-8"))
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise ConfigError(f"layout word file is missing: {exc}") from exc
    try:
        return LayoutWords(tuple(str(w).lower() for w in raw["boilerplate_openers"]),
                           tuple(str(w).lower() for w in raw["byline_openers"]),
                           tuple(str(w) for w in raw["teaser_closers"]))
    except (KeyError, TypeError) as exc:
        raise ConfigError(f"layout.yaml lacks a list: {exc}") from exc


def doc_layout(doc: Doc) -> Layout:
    """The layout of a Doc's text, worked out once (the paragraph stage asks before the parse, the coder after)."""
    return LAYOUT.recall(doc, lambda d: find_layout(doc_text(d)))


def remember_section_layout(doc: Doc, whole: Layout, start: int, end: int) -> None:
    """Give the Doc of the section ``[start, end)`` of a long text (:mod:`accord.sections`) the part of the whole
    text's layout that falls in it, shifted to the section's offsets: a layout is a property of the whole text
    (whether it is hard-wrapped), so a section never works out its own."""
    breaks = tuple(b - start for b in whole.breaks if start < b < end)
    boilerplate = tuple((max(low, start) - start, min(high, end) - start) for low, high in whole.boilerplate
                        if low < end and high > start)
    LAYOUT.store(doc, Layout(breaks, boilerplate))


def find_layout(text: str, words: LayoutWords | None = None) -> Layout:
    """The layout of one document's text."""
    words = words or layout_words()
    lines = _lines(text)
    wrapped = is_hard_wrapped([text[s:e] for s, e in lines])
    breaks: set[int] = set()
    boilerplate: list[tuple[int, int]] = []
    seen_paragraphs: set[str] = set()
    for number, (start, end) in enumerate(lines):
        line = text[start:end]
        first = start + len(line) - len(line.lstrip())
        if first >= end:
            continue
        if number and (not wrapped or _after_blank(text, start)):
            breaks.add(first)
        if not wrapped and _repeats_a_paragraph(line, seen_paragraphs):
            boilerplate.append((first, start + len(line.rstrip())))
            continue
        story = _story_start(line, words)
        if story:
            boilerplate.append((first, start + len(line[:story].rstrip())))
            if story >= len(line):
                continue
        for low, high in teaser_runs(line, words):
            boilerplate.append((start + low, start + high))
            breaks.update((start + low, start + high))
    breaks.update(end for _, end in boilerplate)
    return Layout(tuple(sorted(b for b in breaks if 0 < b < len(text))), tuple(boilerplate))


def _repeats_a_paragraph(line: str, seen: set[str]) -> bool:
    """A paragraph that repeats an earlier one word for word tells nothing new: a page that prints its story
    twice (a copy from the page's structured data, a teaser of itself) would otherwise have every event of it
    coded twice. Only whole paragraphs with a word of text count; the first copy stays the story."""
    key = " ".join(line.split())
    if not any(c.isalpha() for c in key):
        return False
    if key in seen:
        return True
    seen.add(key)
    return False


def _lines(text: str) -> list[tuple[int, int]]:
    found = []
    start = 0
    for match in re.finditer(r"\n", text):
        found.append((start, match.start()))
        start = match.end()
    found.append((start, len(text)))
    return found


def _after_blank(text: str, start: int) -> bool:
    """The line follows an empty line (a paragraph break in hard-wrapped text)."""
    before = text[:start].rstrip(" \t")
    return before.endswith("\n\n") or before.endswith("\n \n") or not before.strip()


def is_hard_wrapped(lines: list[str]) -> bool:
    """Text wrapped at a fixed width: no line longer than a terminal's, and most lines nearly that long."""
    filled = [len(line.strip()) for line in lines if line.strip()]
    if len(filled) < WRAPPED_MIN_LINES or max(filled) > WRAP_WIDTH:
        return False
    return sum(n >= WRAPPED_MIN_LINE for n in filled) >= WRAPPED_SHARE * len(filled)


def _story_start(line: str, words: LayoutWords) -> int:
    """Where the story starts in a line that opens with page furniture: 0 when it opens as the story, the line's
    length when all of it is furniture.

    A credit or link line is furniture to its end when it is one sentence. A page that puts a whole story on one
    line (a live blog's text: "Follow the latest news on X. We're closing this blog now. Here's a summary: ...")
    only opens with it: the furniture ends with the first sentence whose successor opens no furniture of its own
    ("Copyright 2020 Agency. All rights reserved." is furniture to the end)."""
    story = 0
    while story < len(line) and _boilerplate_line(line[story:], words):
        sentence_end = _SENTENCE_END.search(line, story)
        if sentence_end is None:
            return len(line)
        story = sentence_end.end()
    return story


def _boilerplate_line(line: str, words: LayoutWords) -> bool:
    bare = line.strip().lstrip("•*-–—·> ").lower()
    if any(bare.startswith(opener) for opener in words.boilerplate_openers):
        return True
    parts = bare.split()
    return (len(parts) <= BYLINE_WORDS and len(parts) >= 2 and parts[0] in words.byline_openers
            and not _FINAL.search(line) and all(p[:1].isupper() or p in ("and", "in", "of") or not p[:1].isalpha()
                                                for p in line.strip().lstrip("•*-–—·> ").split()[1:]))


def teaser_runs(line: str, words: LayoutWords) -> list[tuple[int, int]]:
    """Runs of other articles' headlines in one line: (start, end) offsets within the line."""
    separators = [m.start() for m in _SEPARATOR.finditer(line)]
    runs: list[tuple[int, int]] = []
    group: list[int] = []
    for at in separators:
        if group and _words_between(line, group[-1] + 3, at) > FRAGMENT_WORDS:
            runs.extend(_run(line, group, words))
            group = []
        group.append(at)
    runs.extend(_run(line, group, words))
    return runs


def _run(line: str, separators: list[int], words: LayoutWords) -> list[tuple[int, int]]:
    if len(separators) < RUN_SEPARATORS:
        return []
    return [(_run_start(line, separators[0]), _run_end(line, separators[-1] + 3, words))]


def _words_between(line: str, start: int, end: int) -> int:
    return len(line[start:end].split())


def _run_start(line: str, first_separator: int) -> int:
    """Where the first headline of a run starts: where text was glued on without a space, else the start of
    its sentence, but never more than a headline's length back."""
    glue_start = _words_back(line, first_separator, GLUE_REACH)
    junctions = [m.start() for m in _JUNCTION.finditer(line, glue_start, first_separator)]
    if junctions:
        return _repeated_name_start(line, junctions[-1])
    window_start = _words_back(line, first_separator, FRAGMENT_WORDS)
    window = line[window_start:first_separator]
    stop = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
    return window_start + stop + 2 if stop >= 0 else window_start


def _words_back(line: str, end: int, count: int) -> int:
    """The offset of the ``count``-th word before ``end`` (0 when there are fewer)."""
    starts = [m.start() for m in re.finditer(r"\S+", line[:end])]
    return starts[-count] if len(starts) >= count else 0


def _repeated_name_start(line: str, junction: int) -> int:
    """A name shown twice before the glued teasers ("Jane RoeJane RoeSenators ..."): the second copy is the
    teaser block's (a hover card's title), the first the story's."""
    before = line[:junction]
    for size in range(2, min(40, len(before) // 2) + 1):
        copy = before[-size:]
        if before[-2 * size:-size] == copy and copy[:1].isupper() and _JUNCTION.match(before, len(before) - size):
            return junction - size
    return junction


def _run_end(line: str, after_last: int, words: LayoutWords) -> int:
    """Where the last headline of a run ends: at a closing word ("MORE") within reach, else at the end of
    that headline (glued text, a full stop, or the line's end)."""
    reach_end = len(line)
    parts = list(re.finditer(r"\S+", line[after_last:]))
    if len(parts) > CLOSER_REACH:
        reach_end = after_last + parts[CLOSER_REACH].start()
    for closer in words.teaser_closers:
        found = re.search(rf"(?<!\S){re.escape(closer)}(?!\S)", line[after_last:reach_end])
        if found:
            return after_last + found.end()
    limit = after_last + parts[FRAGMENT_WORDS].start() if len(parts) > FRAGMENT_WORDS else len(line)
    tail = line[after_last:limit]
    junction = _JUNCTION.search(tail)
    stop = re.search(r"[.!?](?=\s|$)", tail)
    ends = [m.start() if m is junction else m.end() for m in (junction, stop) if m is not None]
    return after_last + min(ends) if ends else limit
