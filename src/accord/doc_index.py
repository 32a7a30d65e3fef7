"""Facts about a Doc worked out once and shared by every stage: its text and its sentence boundaries.

spaCy rebuilds ``Doc.text`` from the tokens, and ``Doc.sents`` and ``Token.sent`` from the sentence-start
flags, on every access. accord's stages ask thousands of times per article (which sentence is this trigger
in, where does the previous one start), so they read this index instead: one pass over the Doc, then list
lookups. Everything is kept in ``doc.user_data`` (the memos of :mod:`accord.blackboard`) as strings and
ints, so a Doc still serialises. A name's span (:func:`entity_bounds`) is read here too: the quote stage and the
actor stage both ask it of the same tags.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

import numpy
from spacy.attrs import DEP, HEAD, IS_SPACE, LEMMA, LOWER, ORTH, POS
from spacy.tokens import Doc, Span, Token

from accord.blackboard import (
    QUOTATION_MARKS,
    SENTENCE_INDEX,
    TEXT,
    TOKEN_TABLE,
    QuotationMarks,
    SentenceIndex,
    TokenTable,
)

__all__ = ["Chars", "SentenceIndex", "TokenTable", "doc_text", "entity_bounds", "line_breaks", "quotation_marks",
           "quotation_start", "remember_text",
           "same_sentence", "sentence_index", "sentence_of", "sentence_start", "sentences", "span_text", "token_chars",
           "token_table", "tokens_text"]

# The memo keys, bound once: the functions below are asked thousands of times per article.
_KEY = SENTENCE_INDEX.key
_TEXT_KEY = TEXT.key
_TABLE_KEY = TOKEN_TABLE.key


def remember_text(doc: Doc, text: str) -> None:
    """Record the text a Doc was made from (spaCy keeps it exactly), so nothing has to rebuild it."""
    doc.user_data[_TEXT_KEY] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, sliced from the Doc's text: spaCy joins the tokens' strings on every access."""
    return doc_text(span.doc)[span.start_char : span.end_char] if len(span) else ""


class Chars(NamedTuple):
    """A stretch of the Doc's text and its character offsets."""

    text: str
    start: int
    end: int


def token_chars(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Character offsets of tokens ``first`` to ``last`` (inclusive): where ``doc[first : last + 1]`` starts
    and ends, without building a Span."""
    end_token = doc[last]
    return doc[first].idx, end_token.idx + len(end_token)


def tokens_text(doc: Doc, first: int, last: int) -> Chars:
    """Text and character offsets of tokens ``first`` to ``last`` (inclusive), without building a Span."""
    start, end = token_chars(doc, first, last)
    return Chars(doc_text(doc)[start:end], start, end)


def token_table(doc: Doc) -> TokenTable:
    """The Doc's token table, built on first use."""
    cached = doc.user_data.get(_TABLE_KEY)
    if isinstance(cached, TokenTable) and len(cached.pos) == len(doc):  # not after a retokenise
        return cached
    if len(doc):
        pos, dep, orth, lower, lemma = doc.to_array([POS, DEP, ORTH, LOWER, LEMMA]).T.tolist()
        # spaCy stores a head as its offset from the token, in unsigned 64 bits: back to signed, then to an index
        heads = (doc.to_array(HEAD).astype(numpy.int64) + numpy.arange(len(doc), dtype=numpy.int64)).tolist()
        table = TokenTable(pos, dep, orth, lower, lemma, heads)
    else:
        table = TokenTable([], [], [], [], [], [])
    doc.user_data[_TABLE_KEY] = table
    return table


def line_breaks(doc: Doc) -> list[tuple[int, int]]:
    """Whitespace tokens that break a line: (token index, how many newlines), found with one array pass."""
    if not len(doc):
        return []
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist()
    return [(i, count) for i in spaces if (count := doc[i].text.count("\n"))]


def sentence_index(doc: Doc) -> SentenceIndex:
    """The Doc's sentence index, built on first use."""
    cached = doc.user_data.get(_KEY)
    if isinstance(cached, SentenceIndex) and len(cached.numbers) == len(doc):  # not after a retokenise
        return cached
    starts: list[int] = []
    ends: list[int] = []
    numbers: list[int] = []
    for number, sent in enumerate(doc.sents):
        starts.append(sent.start)
        ends.append(sent.end)
        numbers.extend([number] * (sent.end - sent.start))
    index = SentenceIndex(tuple(starts), tuple(ends), tuple(numbers))
    doc.user_data[_KEY] = index
    return index


def sentences(doc: Doc) -> Sequence[Span]:
    """``doc.sents`` as a list, from the shared index."""
    index = sentence_index(doc)
    return [Span(doc, start, end) for start, end in zip(index.starts, index.ends, strict=True)]


def sentence_of(token: Token) -> Span:
    """``token.sent``, from the shared index."""
    index = sentence_index(token.doc)
    number = index.numbers[token.i]
    return Span(token.doc, index.starts[number], index.ends[number])


def sentence_start(token: Token) -> int:
    """Token index of the first token of ``token``'s sentence."""
    return sentence_index(token.doc).start_of(token)


def same_sentence(first: Token, second: Token) -> bool:
    index = sentence_index(first.doc)
    return index.numbers[first.i] == index.numbers[second.i]


def is_headline(sentence: Span) -> bool:
    """A story's first line standing alone: a paragraph of its own with no full stop at its end."""
    doc = sentence.doc
    ends_paragraph = sentence.end >= len(doc) or "\n" in doc[sentence.end - 1].text_with_ws \
        or doc[sentence.end - 1].is_space
    last_word = next((t for t in reversed(sentence) if not t.is_space), None)
    return ends_paragraph and last_word is not None and last_word.text not in (".", "!", "?")


def opening_sentence(token: Token) -> bool:
    """``token`` is in the sentence a story opens with: the first, or the one after a headline."""
    index = sentence_index(token.doc)
    number = index.number_of(token)
    return number == 0 or (number == 1 and is_headline(Span(token.doc, index.starts[0], index.ends[0])))


def entity_bounds(token: Token) -> tuple[int, int] | None:
    """Token span [start, end) of the named entity holding ``token``, read from IOB tags (no doc.ents)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


# A double quotation mark: curly, straight, or two apostrophes (some wire texts write both ends so).
QUOTATION_MARK = re.compile("''|[\u201c\u201d\"]")
_MARKS_AND_BREAKS = re.compile("\n|" + QUOTATION_MARK.pattern)


def quotation_start(doc: Doc, offset: int) -> int | None:
    """Where the quotation holding ``offset`` opens (its paragraph's last opening mark, or its odd straight
    one), or None outside quotations. The one reading of quotations the stages share (the event coder's pronouns,
    the dates stage's speaker's "today"): the text's marks are read once per Doc (:func:`quotation_marks`) and
    each question is a binary search; scanning the paragraph up to the offset for every question grew with the
    square of a paragraph's length."""
    marks = QUOTATION_MARKS.recall(doc, lambda d: quotation_marks(doc_text(d)))
    last = bisect_left(marks.positions, offset) - 1
    return None if last < 0 or marks.opened[last] < 0 else marks.opened[last]


def quotation_marks(text: str) -> QuotationMarks:
    """Each line break and quotation mark of ``text`` with the quotation open after it: a curly opening mark
    opens one (again), a straight mark (or two apostrophes) opens one when none is open and closes it otherwise,
    a curly closing mark closes it, and a line break ends the paragraph with nothing open."""
    positions: list[int] = []
    opened: list[int] = []
    state = -1
    for match in _MARKS_AND_BREAKS.finditer(text):
        index, mark = match.start(), match.group()
        if mark == "\n":
            state = -1
        elif mark == "\u201c" or (mark in ('"', "''") and state < 0):
            state = index
        else:
            state = -1
        positions.append(index)
        opened.append(state)
    return QuotationMarks(positions, opened)
