"""Transcript turns: "TAPPER: Why not debate?", "Q: Did anyone help you?". An interview or debate transcript
drops the speech verb and opens each paragraph with the speaker's label and a colon; what follows in the
paragraph is what that speaker said, verbatim (PolNeAR annotates the colon as the cue, the label as the source).

Only a paragraph after the first (the first is the headline, see headline.py) whose opening words before a
colon are a short capitalised label naming a person of the document (by surname: "FALLIN" after "Mary Fallin")
or an interview role ("Q", "A", "Moderator"); page labels ("Note:", "Update:", "Related:") name no speaker.
A transcript is a dialogue: its speakers take turns, so at least two speakers and one who speaks again; a list
of people each followed by a colon and a description ("Clinton: won Iowa narrowly") is not one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.quotes.candidates import ASSERTION, Candidate, Context, end_char, trim_content
from accord.quotes.syntax import Cue

MAX_LABEL_WORDS = 4
MIN_TURN_WORDS = 2


def label_colon(ctx: Context, paragraph: int) -> int | None:
    """The token of a colon among the paragraph's first words, where a transcript's or an interview's speaker
    label ends ("Q:", "SEN. DIAZ:"), if there is one."""
    own = ctx.layout.units_of_paragraph(paragraph)
    if not own:
        return None
    start, end = own[0].start, own[-1].end
    return next((i for i in range(start, min(end, start + MAX_LABEL_WORDS + 1)) if ctx.doc[i].text == ":"), None)


def transcript_turns(ctx: Context) -> list[Candidate]:
    """One direct attribution per paragraph that opens with a speaker's label and a colon."""
    doc = ctx.doc
    units = ctx.layout.units
    if not units:
        return []
    surnames = _surnames(doc)
    turns: list[Candidate] = []
    speakers: list[str] = []
    paragraphs = sorted({u.paragraph for u in units})
    for paragraph in paragraphs[1:]:
        own = ctx.layout.units_of_paragraph(paragraph)
        start, end = own[0].start, own[-1].end
        colon = label_colon(ctx, paragraph)
        if colon is None or colon == start:
            continue
        speaker = _speaker(ctx, list(doc[start:colon]), surnames)
        words = [t for t in doc[colon + 1 : end] if not t.is_punct]
        if speaker is None or len(words) < MIN_TURN_WORDS:
            continue
        first, last = trim_content(ctx, doc[colon + 1].idx, end_char(ctx, end))
        if first < last:
            turns.append(Candidate(first, last, True, Cue(colon, colon, speaker.i), kind=ASSERTION))
            speakers.append(speaker.lower_)
    return turns if _turn_taking(speakers) else []


def _turn_taking(speakers: list[str]) -> bool:
    """At least two speakers, one of whom speaks more than once."""
    return len(set(speakers)) >= 2 and len(set(speakers)) < len(speakers)


def _surnames(doc: Doc) -> frozenset[str]:
    """Last words of the people the document names."""
    return frozenset(str(entity[-1].lower_) for entity in doc.ents if entity.label_ == "PERSON")


def _speaker(ctx: Context, label: list[Token], surnames: frozenset[str]) -> Token | None:
    """The label's last word, when every word of the label is a capitalised word and it names a person of
    the document or an interview role."""
    if not label or len(label) > MAX_LABEL_WORDS:
        return None
    if any(not t.text.replace(".", "").isalpha() or not t.text[0].isupper() or t.pos_ == "PRON" for t in label):
        return None
    head = label[-1]
    word = head.lower_.rstrip(".")
    if word in ctx.lexicon.headline_labels:
        return None
    if word in ctx.lexicon.transcript_roles or word in surnames:
        return head
    return None
