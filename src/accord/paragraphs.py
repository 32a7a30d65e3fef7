"""The ``accord_paragraphs_v1`` spaCy component, run before the parser: a story's layout bounds its sentences.

News text arrives as a headline, a blank line, a dateline and paragraphs. The small model's parser runs a
headline into the first sentence ("Estonia expels Russian diplomat ... TALLINN, Jan 17 - Estonia expelled a
Russian diplomat"), where the coder then finds one tangled event instead of two clean mentions of it, and it
may cut a dateline in two ("TALLINN" | ", Jan 17 - Estonia expelled ...") or take its city for the subject
("NAIROBI, March 15 - Kenya and Ethiopia signed"). So: every paragraph starts a sentence, and the opening
dateline is a sentence of its own that nothing starts inside. The parser keeps boundaries set before it.

The page's layout (:mod:`accord.layout`) adds the rest: in text extracted from a page every line is a paragraph
(only hard-wrapped text breaks lines inside sentences), so a headline, sub-heading, caption or byline on a line
of its own never runs into the next line's sentence; and page furniture glued into a line (a teaser block of
other articles' headlines) is cut off from the story sentence around it, as a sentence of its own.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import cast

import numpy as np
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from accord.blackboard import PARAGRAPHS, Stage, assigns, requires
from accord.dateline import doc_opening_dateline
from accord.doc_index import line_breaks
from accord.layout import doc_layout

STAGE_NAME = PARAGRAPHS
_START, _NOT_START = 1, -1  # SENT_START's values in a Doc array (0: not decided, the parser's to set)


class ParagraphStage(Stage):
    def __call__(self, doc: Doc) -> Doc:
        if doc.has_annotation("DEP"):  # already parsed (the stage placed after the parser): too late to shape it
            return doc
        # Sentence starts are set in one array and written back once: spaCy's Token.is_sent_start setter
        # checks the whole Doc for a parse on every call, which made this stage quadratic in the article's
        # length (75 s of a 1,000,000-character article).
        starts = doc.to_array([SENT_START]).astype("int64")  # spaCy hands out uint64; -1 means "not a start"
        for i, newlines in line_breaks(doc):
            if newlines >= 2 and i + 1 < len(doc):
                starts[i + 1] = _START
        _start_sentences_at(doc, doc_layout(doc).breaks, starts)
        extent = doc_opening_dateline(doc)
        if extent is not None:
            start, end = extent
            for token in doc:
                if token.idx >= end:  # the story proper starts a sentence of its own
                    starts[token.i] = _START
                    break
                if token.idx > start:
                    starts[token.i] = _NOT_START
                elif token.idx == start and token.i > 0:  # so does the dateline, after a one-newline headline
                    starts[token.i] = _START
        doc.from_array([SENT_START], cast(Ints2d, starts.astype("uint64")))  # one column: shape (tokens, 1)
        return doc


def _start_sentences_at(doc: Doc, offsets: tuple[int, ...], starts: np.ndarray) -> None:
    """Start a sentence at the first word at or after each character offset (a break inside a glued word
    starts at the next word)."""
    if not offsets:
        return
    idx = doc.to_array(IDX).tolist()
    for offset in offsets:
        i = bisect_left(idx, offset)
        while i < len(doc) and doc[i].is_space:
            i += 1
        if 0 < i < len(doc):
            starts[i] = _START


@Language.factory(STAGE_NAME, requires=requires(STAGE_NAME), assigns=assigns(STAGE_NAME))
def make_paragraph_stage(nlp: Language, name: str) -> ParagraphStage:
    return ParagraphStage()
