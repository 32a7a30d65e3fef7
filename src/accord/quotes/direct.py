"""Direct quotes inside quotation marks or dialogue dashes, and the cue and speaker that attribute them.

The attribution is looked for after the quote ("…," Putin said), before it (Putin said: "…"), between
two parts of one quote ("…," Putin said, "…"), at the end of the previous paragraph ("Putin said:"),
and, for a quote that opens a paragraph with no cue of its own, from the quote just before it.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from accord.quotes.candidates import Candidate, Context, trim_chars
from accord.quotes.closing import trailing_attribution
from accord.quotes.marks import MarkedSpan, find_marked_spans
from accord.quotes.syntax import VERB_TAGS, Cue, is_speech_verb, own_subject, source_phrase_at, speaker_of

_CLOSING_PUNCTUATION = frozenset(".!?…—–-")
_SENTENCE_FINAL = frozenset(".!?…:;")
_OWN_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj"})
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
    if after is not None:
        opening = _clause_opening(ctx, span)
        if opening is not None:  # "The plan was “a disaster,” she said": the whole clause is hers (mixed)
            return Candidate(opening, span.outer_end, False, after, marked=True)
    return Candidate(span.start, span.end, True, cue, marked=True)


def _clause_opening(ctx: Context, span: MarkedSpan) -> int | None:
    """Where the clause a trailing attribution closes begins, when the quotation takes up only its end ("Trump's
    plan is “a disaster,” she said"; "Guns are “a crisis” and “a scourge,” he said"): a quotation that a cue
    follows is the end of what the speaker said, and the unquoted words before it in its sentence are said
    too, as long as they carry no attribution of their own (a cue verb or "according to") nor end in a colon.
    None when the quotation opens its sentence."""
    first = ctx.layout.token_at(span.outer_start)
    if first >= len(ctx.doc):
        return None
    unit = ctx.layout.unit_of(first)
    # marked phrases earlier in the clause are part of it ("Guns are “a crisis” and “a scourge,” he said"); a
    # quotation with its own attribution before this one leaves a cue among the words, which stops the rule
    start = unit.start
    words = [t for t in ctx.doc[start:first] if not (t.is_punct or t.is_space)]
    if not words or ctx.text[ctx.doc[start].idx : span.outer_start].rstrip().endswith((":", ".", "?", "!")):
        return None
    if any(_cue_at(ctx, t) is not None or t.lemma_.lower() in ctx.lexicon.speech_verbs for t in words):
        return None
    opening, _ = trim_chars(ctx.text, ctx.doc[start].idx, span.outer_start)
    return opening


def _cue_after(ctx: Context, span: MarkedSpan, next_start: int) -> Cue | None:
    """The cue in the words after a quote, up to the end of their sentence. After a quote closed by a full
    stop the sentence is over: only a bare attribution may follow ("“We are ready.” Lavrov said."), not a
    cue with content of its own ("“…everywhere.” Greene added that the Fed …")."""
    doc = ctx.doc
    first = ctx.layout.token_at(span.outer_end)
    if first >= len(doc) or not _ends_a_clause(ctx.text, span):
        return None
    para_end = ctx.layout.paragraph_span(span.start)[1]
    limit = ctx.layout.token_at(min(next_start, para_end, span.outer_end + _AFTER_WINDOW))
    last = min(ctx.layout.unit_of(first).end, limit)
    closed = ctx.text[span.end - 1] == "." if span.end > span.start else False
    for distance, token in enumerate(doc[first:last][:_MAX_CUE_DISTANCE]):
        if distance and token.dep_ == "cc":
            return None  # "“insanity,” and Sanders, who says …": a new conjunct, not the attribution
        cue = None if token.dep_ == "relcl" else _cue_at(ctx, token, after=True)
        if cue is not None:
            return None if closed and _has_own_content(token) else cue
        if distance and token.tag_ in VERB_TAGS and token.dep_ not in ("aux", "auxpass") and not _in_relative(token) \
                and token.lemma_.lower() not in ctx.lexicon.quoting_verbs:  # "X is quoted as saying"
            return None  # a new clause started: the words after the quote are not its attribution
    return None


def _ends_a_clause(text: str, span: MarkedSpan) -> bool:
    """A quote followed by its attribution ends with punctuation (“…,” she said; “…?” he asked); a
    phrase in marks that runs on into the sentence (the “good old days” when, he said, …) is not attributed
    by what follows it."""
    if span.end > span.start and text[span.end - 1] in _CLOSING_PUNCTUATION:
        return True
    between = text[span.end:span.outer_end]
    after = text[span.outer_end:span.outer_end + 2].lstrip()
    return "," in between or after[:1] in (",", "—", "–")


def _has_own_content(verb: Token) -> bool:
    return any(c.dep_ in _OWN_CONTENT_DEPS for c in verb.rights)


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


def _cue_at(ctx: Context, token: Token, *, after: bool = False) -> Cue | None:
    """A cue at this token. After a quote the attribution names its speaker itself ("…,” she said"); a
    participle borrowing a subject ("…,” when asked whether …") attributes nothing to the quote."""
    if is_speech_verb(token, ctx.lexicon):
        if after and own_subject(token) is None and speaker_of(token, ctx.lexicon) is not None \
                and token.dep_ in ("advcl", "xcomp", "conj", "acl"):
            return None
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
    """A quote with no cue that opens a sentence continues the speaker of the quote just before it in the same
    or last paragraph; marked words inside a sentence ("march to within ‘sight and sound’ of the arena")
    continue no one's speech."""
    if previous.cue is None or not _opens_sentence(ctx, span):
        return candidate
    here = ctx.layout.paragraph_of(span.outer_start)
    there = ctx.layout.paragraph_of(previous.start)
    opens_paragraph = ctx.layout.paragraphs[here][0] == span.outer_start
    if here == there or (here == there + 1 and opens_paragraph):
        return Candidate(candidate.start, candidate.end, True, previous.cue, marked=True, inherited=True)
    return candidate


def _opens_sentence(ctx: Context, span: MarkedSpan) -> bool:
    """The quotation begins a sentence: nothing but spaces since the paragraph began or a sentence ended."""
    text = ctx.text
    para_start = ctx.layout.paragraph_span(span.outer_start)[0]
    i = span.outer_start - 1
    while i >= para_start and text[i].isspace():
        i -= 1
    if i < para_start:
        return True
    if text[i] in ctx.lexicon.all_marks and i > para_start:  # “A.” “B.”: a closed quotation ended it
        i -= 1
    return text[i] in _SENTENCE_FINAL


def _long_enough(ctx: Context, candidate: Candidate) -> bool:
    return len(ctx.text[candidate.start : candidate.end].split()) >= _MIN_UNATTRIBUTED_WORDS
