"""Attributions in a headline written in Title Case ("Senator Calls On Governor To Resign").

spaCy's small model reads a capitalised verb as a proper noun, so no cue is found in such a headline. The
headline is parsed a second time as a case-normalised copy — sentence case, where only the words the article
itself writes as names keep their capital — and the attributions the reported-speech rules find in that copy are
mapped back onto the original tokens (the copy has the same tokens, each of the same length, so token indices and
character offsets differ only by the headline's start).

Which words are names is read from the article's body: a word it writes capitalised where a sentence does not
start ("… said Senator Smith"), or an acronym or a mixed-case word ("GOP", "McCain"). Only the document's first
paragraph is looked at, and only when it is short and most of its words are capitalised; the extra parse is one
short line per document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from spacy.tokens import Doc

from accord.doc_index import remember_text, sentence_start, token_chars
from accord.quotes.candidates import Candidate, Context
from accord.quotes.layout import Layout
from accord.quotes.marks import MarkedSpan
from accord.quotes.reported import reported_speech
from accord.quotes.syntax import Cue, mention_bounds
from accord.records import Actor

# words, spaces -> a Doc of exactly those tokens, tagged and parsed (no entity recogniser, no accord stage)
Reparse = Callable[[list[str], list[bool]], Doc]

MAX_HEADLINE_TOKENS = 25
MIN_WORDS = 3
MIN_CAPITALISED = 0.75  # share of a headline's words that start with a capital in Title Case


class Mention(NamedTuple):
    start: int
    end: int
    named: bool


@dataclass(frozen=True)
class Titled:
    """What a Title Case headline attributes: the candidates, and each source's mention as the copy bounds it
    (characters) — the original's entity recogniser, misled by the capitals, often runs a name on into the
    verb ("Smith Says Tax Plan …" one PERSON)."""

    candidates: list[Candidate] = field(default_factory=list)
    # speaker token -> [start, end) characters of its mention, and whether the copy reads it as a name
    mentions: dict[int, Mention] = field(default_factory=dict)


def title_case_attributions(ctx: Context, reparse: Reparse, marked: Sequence[MarkedSpan] = ()) -> Titled:
    """The reported-speech candidates of the case-normalised copy of a Title Case opening headline, on the
    original document's offsets; none whose cue stands inside quotation marks (``marked``: it is quoted)."""
    bounds = titled_headline(ctx)
    if bounds is None:
        return Titled()
    start, end = bounds
    doc = ctx.doc
    words = normalised_words(ctx, start, end)
    copy = reparse(words, [bool(t.whitespace_) for t in doc[start:end]])
    text = copy.text
    remember_text(copy, text)
    found = reported_speech(Context(copy, Layout(copy, text), ctx.lexicon, text), [])
    chars = doc[start].idx
    titled = Titled()
    for candidate in found:
        cue = candidate.cue
        if cue is None or cue.speaker is None or _quoted(copy[cue.first].idx + chars, marked):
            continue
        titled.candidates.append(_shifted(candidate, start, chars))
        first, stop = mention_bounds(copy[cue.speaker])
        first_char, end_char = token_chars(copy, first, stop - 1)
        titled.mentions[cue.speaker + start] = Mention(first_char + chars, end_char + chars,
                                                       copy[cue.speaker].pos_ == "PROPN")
    return titled


def speaker_in_mention(actor: Actor, mention: Mention, text: str) -> Actor:
    """The speaker resolved on the original tokens, kept when it lies inside the mention the copy bounds;
    else the mention itself (its words, a name when the copy reads them as one: "Senator" is none)."""
    start, end = mention.start, mention.end
    if actor.start is not None and actor.end is not None and start <= actor.start and actor.end <= end:
        return actor
    words = text[start:end]
    return Actor(text=words, name=words if mention.named else None, start=start, end=end, rule="quotes.headline")


def _quoted(char: int, marked: Sequence[MarkedSpan]) -> bool:
    return any(span.outer_start <= char < span.outer_end for span in marked)


def titled_headline(ctx: Context) -> tuple[int, int] | None:
    """Tokens [start, end) of the document's first paragraph when it is a short Title Case line."""
    if not len(ctx.doc) or not ctx.layout.units:
        return None
    units = ctx.layout.units_of_paragraph(ctx.layout.units[0].paragraph)
    start, end = units[0].start, units[-1].end
    if end - start > MAX_HEADLINE_TOKENS or end >= len(ctx.doc):  # a headline opens a longer text
        return None
    words = [t.text for t in ctx.doc[start:end] if t.is_alpha]
    if len(words) < MIN_WORDS:
        return None
    capitalised = sum(1 for w in words if w[0].isupper())
    if capitalised < MIN_CAPITALISED * len(words) or all(w.isupper() for w in words):
        return None  # sentence case already, or all capitals (no capital tells a name there)
    return start, end


def normalised_words(ctx: Context, start: int, end: int) -> list[str]:
    """The headline's words in sentence case: the first word and the names keep their capitals."""
    names = _body_names(ctx, end)
    words = []
    for t in ctx.doc[start:end]:
        word = t.text
        keep = t.i == start or not word[:1].isupper() or _written_as_name(word) or t.lower_ in names
        lower = word.lower()
        words.append(word if keep or len(lower) != len(word) else lower)
    return words


def _written_as_name(word: str) -> bool:
    """An acronym ("GOP", "U.S.") or a mixed-case name ("McCain", "DeSantis") whatever case the line is in."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and (all(c.isupper() for c in letters) or any(c.isupper() for c in letters[1:]))


def _body_names(ctx: Context, after: int) -> frozenset[str]:
    """The words the body writes with a capital where no sentence starts: its names (one pass)."""
    doc = ctx.doc
    names = set()
    for t in doc[after:]:
        if t.is_alpha and t.text[0].isupper() and t.i != sentence_start(t):
            previous = doc[t.i - 1]
            if not (previous.is_punct and previous.text in {":", "“", '"', "‘", "'", "(", "—"}):
                names.add(t.lower_)
    return frozenset(names)


def _shifted(candidate: Candidate, tokens: int, chars: int) -> Candidate:
    cue = candidate.cue
    moved = None if cue is None else Cue(cue.first + tokens, cue.last + tokens,
                                         None if cue.speaker is None else cue.speaker + tokens)
    return replace(candidate, start=candidate.start + chars, end=candidate.end + chars, cue=moved)
