"""The quotation open at an offset, from marks indexed once per Doc: the same answers as reading the paragraph
from its start up to the offset, and work that grows with the text, not with its square."""

from __future__ import annotations

import random

from spacy.tokens import Doc
from spacy.vocab import Vocab

from accord.doc_index import quotation_marks, quotation_start, remember_text


def _read_paragraph(text: str, offset: int) -> int | None:
    """The rule spelled out: read the offset's paragraph from its start, mark by mark."""
    opened: int | None = None
    for index in range(text.rfind("\n", 0, offset) + 1, offset):
        char = text[index]
        if char == "\u201c" or (char == '"' and opened is None):
            opened = index
        elif char in ("\u201d", '"'):
            opened = None
    return opened


def _doc(text: str) -> Doc:
    doc = Doc(Vocab(), words=["text"])  # the index reads only the remembered text
    remember_text(doc, text)
    return doc


def test_quotations_are_found_as_the_paragraph_reading_finds_them() -> None:
    text = ('The envoy said "we will stay" and left.\n\u201cWe will not go,\u201d she said, \u201cnot now.\n'
            'An odd "mark opens here and\n runs to the line break.')
    doc = _doc(text)
    for offset in range(len(text) + 1):
        assert quotation_start(doc, offset) == _read_paragraph(text, offset), offset
    assert quotation_start(doc, text.index("we will")) == text.index('"we')
    assert quotation_start(doc, text.index("and left")) is None


def test_random_mixes_of_marks_and_line_breaks_agree() -> None:
    rng = random.Random(7)
    for _ in range(200):
        text = "".join(rng.choice('ab \n"\u201c\u201d') for _ in range(rng.randint(0, 40)))
        doc = _doc(text)
        for offset in range(len(text) + 1):
            assert quotation_start(doc, offset) == _read_paragraph(text, offset), (text, offset)


def test_the_marks_are_read_once_per_text() -> None:
    """One entry per mark or line break, however many offsets are asked about afterwards."""
    paragraph = 'He said "yes" and \u201cno\u201d. '
    short, long = paragraph * 100, paragraph * 400
    assert len(quotation_marks(long).positions) == 4 * len(quotation_marks(short).positions)
