"""Where a story's lede ends: the opening sentences that tell its news.

A news story tells its peg first, in its headline and its first sentences ("Police arrested six people on
Monday ..."); what it goes on to tell in the simple past with no time of its own is background or a
narrative of the past as often as the day's news ("The group seized the town in a raid" in the ninth
paragraph). The lede is the first :data:`LEDE_SENTENCES` sentences whose main word is a verb — a headline
counts as one, a dateline, a byline or a section label ("Staff Reports", "ABSTRACT.") does not — and is
worked out once per Doc (:data:`accord.blackboard.LEDE_END`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from accord.blackboard import LEDE_END
from accord.dates.clause import VERB_POS
from accord.doc_index import sentence_index

# How many sentences a story's lede may take to tell its news, past a dateline (a headline counts).
LEDE_SENTENCES = 3


def lede_sentences(doc: Doc) -> list[Span]:
    """The sentences of the lede whose main word is a verb, in text order."""
    index = sentence_index(doc)
    found: list[Span] = []
    for start, end in zip(index.starts, index.ends, strict=True):
        if len(found) == LEDE_SENTENCES:
            break
        sentence = Span(doc, start, end)
        if sentence.root.pos_ in VERB_POS:
            found.append(sentence)
    return found


def lede_end(doc: Doc) -> int:
    """The token index where the lede ends (the Doc's length when the story is no longer than its lede)."""
    return LEDE_END.recall(doc, _lede_end)


def _lede_end(doc: Doc) -> int:
    found = lede_sentences(doc)
    return found[-1].end if len(found) == LEDE_SENTENCES else len(doc)


def in_lede(token: Token) -> bool:
    return token.i < lede_end(token.doc)
