"""Reported speech found through the dependency parse, with or without quotation marks.

* Leading cue:  "Modi said the agreements would be beneficial" — indirect; "Putin said: Our colleagues …"
  — a colon after the cue introduces direct speech whose marks were lost, running to the paragraph's end.
* Trailing cue: "We see India as a friend, Putin said." — direct when the content speaks in the first or
  second person (or, in a text with no quotation marks at all, in the unshifted present tense); the quote
  then takes in the sentences before it in the paragraph that speak the same way. Otherwise indirect.
* Naming cue: "the ministry called it a landmark deal" — the characterisation is the content.
* Source phrase: "…, according to India's Foreign Ministry" — the rest of the sentence is the content.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.doc_index import token_table
from accord.quotes.candidates import Candidate, Context, trim_chars
from accord.quotes.layout import Unit
from accord.quotes.marks import MarkedSpan
from accord.quotes.syntax import (
    Cue,
    is_naming_verb,
    is_speech_verb,
    mention_bounds,
    own_subject,
    quoting_cue_start,
    simple_present,
    source_phrase_at,
    speaker_of,
    voice,
    word_count,
)

_TRAILING_WINDOW = 12  # tokens from the end of a sentence where a trailing "…, X said" may sit
_CONTENT_BREAKS = frozenset({",", "?", "!", "—", "–", "”", '"', "’", "»"})
_LEADING_WORDS = frozenset({"that"})
_PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp"})
_CLAUSE_DEPS = frozenset({"advcl", "conj", "cc"})
_MAX_GAP_TO_CONTENT = 8  # tokens: "told AFP news agency that", "said in a statement on Tuesday that"
_AS_OBJECTS = frozenset({"pobj", "amod", "acomp", "advmod"})
_NAMING_PREPS = frozenset({"as", "at"})  # "described it as …", "estimated the damage at …"
_FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ", "MD"})


def reported_speech(ctx: Context, marked: list[MarkedSpan], used_cues: set[int]) -> list[Candidate]:
    """Every reported-speech candidate outside quotation marks whose cue no direct quote has taken."""
    has_marks = any(not span.dialogue for span in marked)
    inside = [(s.outer_start, s.outer_end) for s in marked]
    found: list[Candidate] = []
    lexicon = ctx.lexicon
    doc = ctx.doc
    table = token_table(doc)
    for i, (lemma, lower) in enumerate(zip(table.lemma, table.lower, strict=True)):
        # cheap word tests first: most tokens are neither cue verbs nor the start of a source phrase
        if not lexicon.may_be_cue(doc.vocab.strings, lemma, lower):
            continue
        token = doc[i]
        if token.i in used_cues or any(a <= token.idx < b for a, b in inside):
            continue
        candidate: Candidate | None = None
        if is_speech_verb(token, ctx.lexicon):
            candidate = _speech_verb(ctx, token, has_marks)
        if candidate is None and is_naming_verb(token, ctx.lexicon):
            candidate = _naming(ctx, token)
        if candidate is None:
            phrase = source_phrase_at(ctx.doc, token.i, ctx.lexicon)
            if phrase is not None:
                candidate = _source_phrase(ctx, phrase)
        if candidate is not None and candidate.end > candidate.start:
            found.append(candidate)
    return found


# --- speech verbs -----------------------------------------------------------------------------------


def _speech_verb(ctx: Context, verb: Token, has_marks: bool) -> Candidate | None:
    speaker = speaker_of(verb, ctx.lexicon)
    if speaker is None:
        return None
    unit = ctx.layout.unit_of(verb)
    cue = Cue(quoting_cue_start(verb, ctx.lexicon), verb.i, speaker.i)
    colon = _colon_after(ctx, verb, unit)
    if colon is not None:
        return _colon_led(ctx, cue, colon, unit)
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i] or _clause_after_adjunct(verb)
    if clauses:
        return _leading(ctx, cue, verb, clauses, unit, has_marks)
    trailing = trailing_attribution(ctx, unit, first=unit.start, verb=verb)
    if trailing is not None:
        return _trailing(ctx, trailing[0], unit, trailing[1], has_marks)
    return None


def _colon_after(ctx: Context, verb: Token, unit: Unit) -> int | None:
    """Token index of a colon right after the cue or its listener ("told reporters:")."""
    for i in range(verb.i + 1, min(unit.end, verb.i + 5)):
        token = ctx.doc[i]
        if token.text == ":":
            return i
        if token.head.i != verb.i and token.head.head.i != verb.i:
            return None
    return None


def _colon_led(ctx: Context, cue: Cue, colon: int, unit: Unit) -> Candidate | None:
    if colon + 1 >= unit.end:
        return None
    start = ctx.doc[colon + 1].idx
    end = _extend_forward(ctx, unit)
    start, end = _trim_content(ctx, start, end)
    return Candidate(start, end, True, cue)


def _leading(
    ctx: Context, cue: Cue, verb: Token, clauses: list[Token], unit: Unit, has_marks: bool
) -> Candidate | None:
    first = max(unit.start, verb.i + 1, min(c.left_edge.i for c in clauses))
    if first - verb.i > _MAX_GAP_TO_CONTENT:
        return None  # the parser hung a far clause on the cue ("threatened to shell … where, it said, …")
    while first < unit.end and (ctx.doc[first].lower_ in _LEADING_WORDS or ctx.doc[first].is_punct):
        first += 1
    last = min(unit.end, max(c.right_edge.i for c in clauses) + 1)
    last = _run_to_clause_break(ctx, verb, last, unit)
    if first >= last:
        return None
    content = list(ctx.doc[first:last])
    comma_led = ctx.doc[verb.i + 1].text == "," if verb.i + 1 < len(ctx.doc) else False
    direct = comma_led and voice(content, ctx.lexicon) == "first"
    start, end = _trim_content(ctx, ctx.doc[first].idx, _end_char(ctx, last))
    return Candidate(start, end, direct, cue)


def _clause_after_adjunct(verb: Token) -> list[Token]:
    """"said in a statement that …": the parser hangs the that-clause on the adjunct's noun."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in prep.children:
            for clause in noun.children:
                if clause.dep_ in ("acl", "ccomp") and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
                ):
                    return [clause]
    return []


def _run_to_clause_break(ctx: Context, verb: Token, last: int, unit: Unit) -> int:
    """Content runs to the sentence end unless the cue has its own clause there (", adding that …")."""
    for i in range(last, unit.end):
        token = ctx.doc[i]
        if token.head.i == verb.i and token.dep_ in _CLAUSE_DEPS:
            return i
    return unit.end


def trailing_attribution(
    ctx: Context, unit: Unit, *, first: int, verb: Token | None = None
) -> tuple[Cue, int] | None:
    """A unit that ends "…, X said." — the cue and the character offset where the content before it ends."""
    doc = ctx.doc
    verbs = [verb] if verb is not None else [
        doc[i] for i in range(unit.end - 1, max(first, unit.end - _TRAILING_WINDOW) - 1, -1)
        if is_speech_verb(doc[i], ctx.lexicon)
    ]
    for candidate in verbs:
        subject = own_subject(candidate)
        if subject is None or subject.lower_ in ctx.lexicon.relative_pronouns:
            continue
        mention_start, mention_end = mention_bounds(subject)
        block_start = min(mention_start, candidate.i)
        block_end = max(mention_end, candidate.i + 1)
        if block_start - 1 <= first or doc[block_start - 1].text not in _CONTENT_BREAKS:
            continue
        if any(not _within(doc[i], candidate) for i in range(block_end, unit.end)):
            continue
        if word_count(list(doc[first : block_start - 1])) == 0:
            continue
        return Cue(candidate.i, candidate.i, subject.i), doc[block_start - 1].idx
    return None


def _within(token: Token, verb: Token) -> bool:
    return token.is_punct or token.is_space or verb in token.ancestors


def _trailing(ctx: Context, cue: Cue, unit: Unit, content_end: int, has_marks: bool) -> Candidate | None:
    doc = ctx.doc
    content = [t for t in doc[unit.start : unit.end] if t.idx < content_end]
    # One sentence before "…, X said" is direct in the speaker's own voice, or - in a text that has lost
    # all its quotation marks - in the simple present; wire copy reports there in the perfect, the
    # progressive or the future ("X has agreed to Y, officials said"). Several sentences closed by one
    # attribution are direct when they keep the present tense, as speech does.
    spoken = voice(content, ctx.lexicon)
    direct = spoken == "first" or (spoken == "present" and not has_marks and simple_present(content))
    start = doc[unit.start].idx
    words = word_count(content)
    if direct or words < 3:
        earlier = _extend_backward(ctx, unit, has_marks)
        if earlier < start:
            start, direct = earlier, True
        elif words < 2:
            return None
    start, end = _trim_content(ctx, start, content_end)
    return Candidate(start, end, direct, cue)


def _speaks_directly(spoken: str, has_marks: bool) -> bool:
    return spoken == "first" or (spoken == "present" and not has_marks)


# --- extending lost-mark quotes over neighbouring sentences -----------------------------------------


def _has_own_cue(ctx: Context, unit: Unit) -> bool:
    for token in ctx.doc[unit.start : unit.end]:
        if is_speech_verb(token, ctx.lexicon) and speaker_of(token, ctx.lexicon) is not None:
            return True
        if source_phrase_at(ctx.doc, token.i, ctx.lexicon) is not None:
            return True
    return False


def _has_marks(ctx: Context, unit: Unit) -> bool:
    marks = ctx.lexicon.all_marks
    return any(t.text in marks and t.text not in "'’" for t in ctx.doc[unit.start : unit.end])


def _extend_backward(ctx: Context, unit: Unit, has_marks: bool) -> int:
    """Start of the run of sentences before ``unit`` in its paragraph that speak as the speaker would."""
    start = ctx.doc[unit.start].idx
    units = ctx.layout.units
    for index in range(unit.index - 1, -1, -1):
        earlier = units[index]
        if earlier.paragraph != unit.paragraph or _has_own_cue(ctx, earlier) or _has_marks(ctx, earlier):
            break
        if not _speaks_directly(voice(list(ctx.doc[earlier.start : earlier.end]), ctx.lexicon), has_marks):
            break
        start = ctx.doc[earlier.start].idx
    return start


def _extend_forward(ctx: Context, unit: Unit) -> int:
    """End of the run of sentences after ``unit`` in its paragraph that carry no attribution of their own."""
    end = _end_char(ctx, unit.end)
    units = ctx.layout.units
    for index in range(unit.index + 1, len(units)):
        later = units[index]
        if later.paragraph != unit.paragraph or _has_own_cue(ctx, later):
            break
        end = _end_char(ctx, later.end)
    return end


# --- naming verbs and source phrases ----------------------------------------------------------------


def _naming(ctx: Context, verb: Token) -> Candidate | None:
    """"X called it a landmark deal": the characterisation is what X said."""
    speaker = speaker_of(verb, ctx.lexicon)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if speaker is None or obj is None:
        return None
    predicate = next((c for c in verb.children if c.dep_ in _PREDICATE_DEPS and c.i > obj.i), None)
    if predicate is None:
        preps = [c for c in (*verb.children, *obj.children) if c.dep_ == "prep" and c.lower_ in _NAMING_PREPS]
        as_phrase = preps[0] if preps else None
        # "as a consequence" (pobj) or "as transparent" (the parser makes the adjective a modifier)
        predicate = next((c for c in as_phrase.children if c.dep_ in _AS_OBJECTS), None) if as_phrase else None
    if predicate is None:
        return None
    pronoun = obj.pos_ == "PRON"
    cue = Cue(verb.i, obj.i if pronoun and obj.i == verb.i + 1 else verb.i, speaker.i)
    first = predicate.left_edge.i if pronoun else obj.left_edge.i
    last = predicate.right_edge.i + 1
    start, end = _trim_content(ctx, ctx.doc[first].idx, _end_char(ctx, last))
    return Candidate(start, end, False, cue)


def _source_phrase(ctx: Context, cue: Cue) -> Candidate | None:
    """"…, according to X" / "According to X, …": the rest of the sentence is what X says."""
    doc = ctx.doc
    unit = ctx.layout.unit_of(cue.first)
    if cue.speaker is None:
        return None
    phrase_end = max(cue.last, doc[cue.speaker].right_edge.i) + 1
    before = [t for t in doc[unit.start : cue.first] if not t.is_punct]
    after = [t for t in doc[phrase_end : unit.end] if not t.is_punct]
    if not before and not after:
        return None
    if not after or (before and _finite(before)):
        start, end = doc[unit.start].idx, doc[cue.first].idx  # "…, according to X[, citing …]"
    elif not before or _finite(after):
        start, end = doc[phrase_end].idx, _end_char(ctx, unit.end)
    else:
        start, end = doc[unit.start].idx, _end_char(ctx, unit.end)
    start, end = _trim_content(ctx, start, end)
    return Candidate(start, end, False, cue)


def _finite(tokens: list[Token]) -> bool:
    return any(t.tag_ in _FINITE_TAGS for t in tokens)


# --- characters -------------------------------------------------------------------------------------


def _end_char(ctx: Context, token_end: int) -> int:
    """Character offset just after token ``token_end - 1``."""
    last = ctx.doc[token_end - 1]
    return last.idx + len(last.text)


def _has_mark(text: str, start: int, end: int, marks: frozenset[str]) -> bool:
    return any(char in marks and char not in "'’" for char in text[start:end])


def _trim_content(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """Reported content without edge punctuation or a stray quotation mark; empty when no word is left."""
    text, marks = ctx.text, ctx.lexicon.all_marks
    for _ in range(2):
        start, end = trim_chars(text, start, end)
        while end > start and text[end - 1] == ".":
            end -= 1
        if end > start and text[end - 1] in marks and not _has_mark(text, start, end - 1, marks):
            end -= 1  # a closing mark without its opening one
        if end > start and text[start] in marks and not _has_mark(text, start + 1, end, marks):
            start += 1
    if not any(char.isalnum() for char in text[start:end]):
        return start, start
    return start, end
