"""What the quote rules find before speakers are resolved, and the per-document context they share."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from accord.quotes.layout import Layout
from accord.quotes.lexicon import CueLexicon
from accord.quotes.speakers import ActorsForToken
from accord.quotes.syntax import Cue

# What an attribution attributes, in PARC 3.0's types (Pareti 2016) and one of accord's own: an assertion
# (what was said), a belief, a fact the source establishes ("polls show"), an eventuality (what the
# source wants, intends or asks for), and a stance toward something named ("criticized the deal").
ASSERTION, BELIEF, FACT, EVENTUALITY, STANCE = "assertion", "belief", "fact", "eventuality", "stance"
TYPES = (ASSERTION, BELIEF, FACT, EVENTUALITY, STANCE)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A quote's content span [start, end) (characters), whether it is direct, and its cue (if found)."""

    start: int
    end: int
    direct: bool
    cue: Cue | None
    marked: bool = False  # inside quotation marks or a dialogue dash
    inherited: bool = False  # speaker carried over from the previous quote
    kind: str | None = None  # one of TYPES when the rule knows it; else the cue's class decides
    # an attribution of its own though it borrows another's cue (and so its speaker): the start of the quotation
    # that opens it, shared by the quotations that go on with it ("“A,” Lee said. The crowd cheered. “B.” “C.”")
    alone: int | None = None


@dataclass(frozen=True)
class Context:
    doc: Doc
    layout: Layout
    lexicon: CueLexicon
    text: str  # doc.text, kept once: spaCy rebuilds it on every access
    lookup: ActorsForToken | None = None  # the actor stage's reading of a token, when the caller gives one


EMPTY_POS = frozenset({"CCONJ", "AUX", "PUNCT", "PART", "SPACE"})  # a piece of only these says nothing


def says_something(doc: Doc, start: int, end: int) -> bool:
    """Whether characters [start, end) hold a word beyond conjunctions, auxiliaries and punctuation: a piece
    'and has' (cut before its verb) says nothing."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or any(t.pos_ not in EMPTY_POS for t in span)


def trim_chars(text: str, start: int, end: int) -> tuple[int, int]:
    """Content without surrounding spaces, commas, colons or a dangling quotation mark."""
    while start < end and (text[start].isspace() or text[start] in ",:;—–"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;—–-"):
        end -= 1
    return start, end


def end_char(ctx: Context, token_end: int) -> int:
    """Character offset just after token ``token_end - 1``."""
    last = ctx.doc[token_end - 1]
    return last.idx + len(last.text)


def _has_mark(text: str, start: int, end: int, marks: frozenset[str]) -> bool:
    return any(char in marks and char not in "'’" for char in text[start:end])


def trim_content(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """Reported content without edge punctuation or a stray quotation mark; empty when no word is left."""
    text, marks = ctx.text, ctx.lexicon.all_marks
    for _ in range(2):
        start, end = trim_chars(text, start, end)
        while end > start and text[end - 1] == ".":
            end -= 1
        if end > start and text[end - 1] in marks and not _has_mark(text, start, end - 1, marks):
            end -= 1  # a closing mark without its opening one
        if end > start and text[start] in marks and not _has_mark(text, start + 1, end, marks):
            start += 1
    if not any(char.isalnum() for char in text[start:end]):
        return start, start
    return start, end
