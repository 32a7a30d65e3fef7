"""The quotation look-up of the attachments: read once per document, the same answer as reading each word's
paragraph up to it."""

from __future__ import annotations

import random

from accord.events.attachments import _Quotations


def _paragraph_scan(text: str, offset: int) -> bool:
    """The plain reading: the paragraph up to ``offset``, doubled apostrophes as a straight mark."""
    before = text[text.rfind("\n", 0, offset) + 1 : offset].replace("''", '"')
    opened = False
    for mark in before:
        if mark in "“”\"":
            opened = mark == "“" or (mark == '"' and not opened)
    return opened


def test_curly_straight_and_doubled_marks() -> None:
    text = ("The minister said “we will rebuild the bridge by spring” on Monday.\n"
            "\"It was a great day,” he wrote, and ''nothing changed'' after that.")
    quoted = _Quotations(text)
    assert quoted(text.index("rebuild"))
    assert not quoted(text.index("Monday"))
    assert quoted(text.index("great"))
    assert not quoted(text.index("wrote"))
    assert quoted(text.index("nothing"))
    assert not quoted(text.index("after"))


def test_a_line_break_closes_an_open_quotation() -> None:
    text = "He said “the talks will resume\nThe talks resumed on Friday."
    quoted = _Quotations(text)
    assert quoted(text.index("talks"))
    assert not quoted(text.index("resumed"))


def test_an_apostrophe_is_no_quotation_mark() -> None:
    text = "The witnesses’ accounts differ, and the army's account too."
    quoted = _Quotations(text)
    assert not any(quoted(k) for k in range(len(text) + 1))


def test_the_same_answer_as_the_paragraph_scan_at_every_offset() -> None:
    chance = random.Random(21)
    for _ in range(300):
        text = "".join(chance.choice("ab “”\"''\n") for _ in range(chance.randint(0, 40)))
        quoted = _Quotations(text)
        assert [quoted(k) for k in range(len(text) + 2)] == [_paragraph_scan(text, k) for k in range(len(text) + 2)]
