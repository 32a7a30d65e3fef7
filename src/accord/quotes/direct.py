"""Direct quotes inside quotation marks or dialogue dashes, and the cue and speaker that attribute them.

The attribution is looked for after the quote ("…," Putin said), before it (Putin said: "…"), between
two parts of one quote ("…," Putin said, "…"), at the end of the previous paragraph ("Putin said:"),
and, for a quote that opens a paragraph with no cue of its own, from the quote just before it.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from accord.quotes.candidates import Candidate, Context, trim_chars
from accord.quotes.marks import MarkedSpan, find_marked_spans
from accord.quotes.reported import trailing_attribution
from accord.quotes.syntax import VERB_TAGS, Cue, is_speech_verb, source_phrase_at, speaker_of

_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
_AFTER_WINDOW = 250  # characters
_MAX_CUE_DISTANCE = 16  # tokens between a quote and its cue (a speaker with an apposition is long)
_RELATIVE_DEPS = frozenset({"relcl", "acl"})
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_MIN_UNATTRIBUTED_WORDS = 5  # shorter unattributed quotes are titles or scare quotes


def direct_quotes(ctx: Context) -> tuple[list[Candidate], list[MarkedSpan]]:
    """Attributed (or long enough) direct quotes, and every marked span (so other rules can avoid them)."""
    spans = find_marked_spans(ctx.text, ctx.layout.paragraphs, ctx.lexicon)
    found: list[Candidate] = []
    for number, span in enumerate(spans):
        previous_end = spans[number - 1].outer_end if number else 0
        next_start = spans[number + 1].outer_start if number + 1 < len(spans) else len(ctx.text)
        candidate = _attribute(ctx, span, previous_end, next_start)
        if candidate.cue is None and found:
            candidate = _inherit(ctx, candidate, span, found[-1])
        found.append(candidate)
    return [c for c in found if c.cue is not None or _long_enough(ctx, c)], spans


def _attribute(ctx: Context, span: MarkedSpan, previous_end: int, next_start: int) -> Candidate:
    if span.dialogue:
        inner = _inner_trailing(ctx, span)
        if inner is not None:
            return inner
    before = _cue_before(ctx, span, previous_end)
    if before is not None and _ends_with_colon(ctx, before, span):
        return Candidate(span.start, span.end, True, before, marked=True)
    after = _cue_after(ctx, span, next_start)
    cue = after or before or _cue_in_previous_paragraph(ctx, span)
    return Candidate(span.start, span.end, True, cue, marked=True)


def _cue_after(ctx: Context, span: MarkedSpan, next_start: int) -> Cue | None:
    para_end = ctx.layout.paragraph_span(span.start)[1]
    end = min(next_start, para_end, span.outer_end + _AFTER_WINDOW)
    stop = _SENTENCE_END.search(ctx.text, span.outer_end, end)
    if stop is not None:
        end = stop.end()
    tokens = [ctx.doc[i] for i in ctx.layout.tokens_in(span.outer_end, end)]
    for distance, token in enumerate(tokens[:_MAX_CUE_DISTANCE]):
        cue = _cue_at(ctx, token)
        if cue is not None:
            return cue
        if distance and token.tag_ in VERB_TAGS and token.dep_ not in ("aux", "auxpass") and not _in_relative(token):
            return None  # a new clause started: the words after the quote are not its attribution
    return None


def _in_relative(token: Token) -> bool:
    """Part of a clause describing the speaker ("Lavrov, who met Blinken on Friday, told reporters")."""
    return token.dep_ in _RELATIVE_DEPS or any(a.dep_ in _RELATIVE_DEPS for a in token.ancestors)


def _cue_before(ctx: Context, span: MarkedSpan, previous_end: int) -> Cue | None:
    para_start = ctx.layout.paragraph_span(span.outer_start)[0]
    start = max(para_start, previous_end)
    for match in _SENTENCE_END.finditer(ctx.text, start, span.outer_start):
        start = match.end()
    tokens = [ctx.doc[i] for i in ctx.layout.tokens_in(start, span.outer_start)]
    for distance, token in enumerate(reversed(tokens)):
        if distance > _MAX_CUE_DISTANCE:
            return None
        cue = _cue_at(ctx, token)
        if cue is not None:
            return cue
        if token.tag_ in VERB_TAGS and token.dep_ not in ("aux", "auxpass"):
            return None  # "He said the deal was “a step”": the marks sit inside reported speech
    return None


def _cue_at(ctx: Context, token: Token) -> Cue | None:
    if is_speech_verb(token, ctx.lexicon):
        speaker = speaker_of(token, ctx.lexicon) or _adjacent_name(ctx, token)
        if speaker is None:
            return None
        return Cue(token.i, token.i, speaker.i)
    return source_phrase_at(ctx.doc, token.i, ctx.lexicon)


def _adjacent_name(ctx: Context, verb: Token) -> Token | None:
    """Beside a quotation the parser sometimes misses the subject ("Long said" read as an adverb): take
    a proper noun or personal pronoun right before the cue, or a name right after it ("said Putin")."""
    doc = ctx.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and (before.tag_ in _NAME_TAGS or before.lower_ in ctx.lexicon.person_pronouns):
        return before
    after = verb.i + 1
    if after < len(doc) and doc[after].tag_ in _NAME_TAGS:
        while after + 1 < len(doc) and doc[after + 1].tag_ in _NAME_TAGS:
            after += 1
        return doc[after]
    return None


def _ends_with_colon(ctx: Context, cue: Cue, span: MarkedSpan) -> bool:
    between = ctx.text[ctx.doc[cue.last].idx : span.outer_start]
    return between.rstrip().endswith(":")


def _cue_in_previous_paragraph(ctx: Context, span: MarkedSpan) -> Cue | None:
    """'Putin said:' closing the paragraph before a quote that opens its own paragraph."""
    number = ctx.layout.paragraph_of(span.outer_start)
    if number == 0 or ctx.layout.paragraphs[number][0] != span.outer_start:
        return None
    prev_start, prev_end = ctx.layout.paragraphs[number - 1]
    if not ctx.text[prev_start:prev_end].rstrip().endswith(":"):
        return None
    tokens = [ctx.doc[i] for i in ctx.layout.tokens_in(prev_start, prev_end)]
    for token in reversed(tokens[-_MAX_CUE_DISTANCE:]):
        cue = _cue_at(ctx, token)
        if cue is not None:
            return cue
    return None


def _inner_trailing(ctx: Context, span: MarkedSpan) -> Candidate | None:
    """A dialogue line that ends with its own attribution: "— We are ready, Lavrov said."."""
    last_token = ctx.layout.token_at(span.end) - 1
    if last_token < 0:
        return None
    unit = ctx.layout.unit_of(last_token)
    match = trailing_attribution(ctx, unit, first=ctx.layout.token_at(span.start))
    if match is None:
        return None
    cue, content_end = match
    if not span.start <= ctx.doc[cue.first].idx < span.end:
        return None  # the attribution found lies outside this line of dialogue
    start, end = trim_chars(ctx.text, span.start, content_end)
    return Candidate(start, end, True, cue, marked=True)


def _inherit(ctx: Context, candidate: Candidate, span: MarkedSpan, previous: Candidate) -> Candidate:
    """A quote with no cue continues the speaker of the quote just before it in the same or last paragraph."""
    if previous.cue is None:
        return candidate
    here = ctx.layout.paragraph_of(span.outer_start)
    there = ctx.layout.paragraph_of(previous.start)
    opens_paragraph = ctx.layout.paragraphs[here][0] == span.outer_start
    if here == there or (here == there + 1 and opens_paragraph):
        return Candidate(candidate.start, candidate.end, True, previous.cue, marked=True, inherited=True)
    return candidate


def _long_enough(ctx: Context, candidate: Candidate) -> bool:
    return len(ctx.text[candidate.start : candidate.end].split()) >= _MIN_UNATTRIBUTED_WORDS
