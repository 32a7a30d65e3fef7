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

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from accord.blackboard import PARAGRAPHS, Stage, assigns, requires
from accord.dateline import doc_opening_dateline
from accord.doc_index import line_breaks
from accord.layout import doc_layout

STAGE_NAME = PARAGRAPHS


class ParagraphStage(Stage):
    def __call__(self, doc: Doc) -> Doc:
        if doc.has_annotation("DEP"):  # already parsed (the stage placed after the parser): too late to shape it
            return doc
        for i, newlines in line_breaks(doc):
            if newlines >= 2 and i + 1 < len(doc):
                doc[i + 1].is_sent_start = True
        _start_sentences_at(doc, doc_layout(doc).breaks)
        extent = doc_opening_dateline(doc)
        if extent is not None:
            start, end = extent
            for token in doc:
                if token.idx >= end:  # the story proper starts a sentence of its own
                    token.is_sent_start = True
                    break
                if token.idx > start:
                    token.is_sent_start = False
                elif token.idx == start and token.i > 0:  # so does the dateline, after a one-newline headline
                    token.is_sent_start = True
        return doc


def _start_sentences_at(doc: Doc, offsets: tuple[int, ...]) -> None:
    """Start a sentence at the first word at or after each character offset (a break inside a glued word
    starts at the next word)."""
    if not offsets:
        return
    starts = doc.to_array(IDX).tolist()
    for offset in offsets:
        i = bisect_left(starts, offset)
        while i < len(doc) and doc[i].is_space:
            i += 1
        if 0 < i < len(doc):
            doc[i].is_sent_start = True


@Language.factory(STAGE_NAME, requires=requires(STAGE_NAME), assigns=assigns(STAGE_NAME))
def make_paragraph_stage(nlp: Language, name: str) -> ParagraphStage:
    return ParagraphStage()
