"""Attributions that close or open a stretch of speech rather than govern a clause.

* Colon: "Putin said: Our colleagues …" — a colon after the cue introduces direct speech whose marks were
  lost, running on over the paragraph's sentences that carry no attribution of their own.
* Trailing: "We see India as a friend, Putin said." — direct when the content speaks in the first or second
  person (or, in a text with no quotation marks at all, in the unshifted present tense); the quote then takes
  in the sentences before it in the paragraph that speak the same way. Otherwise indirect.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.quotes.candidates import Candidate, Context, end_char, trim_content
from accord.quotes.layout import Unit
from accord.quotes.syntax import (
    FINITE_TAGS,
    Cue,
    is_speech_verb,
    mention_bounds,
    own_subject,
    simple_present,
    source_phrase_at,
    speaker_of,
    voice,
    word_count,
)

_TRAILING_WINDOW = 12  # tokens from the end of a sentence where a trailing "…, X said" may sit
_CONTENT_BREAKS = frozenset({",", "?", "!", "—", "–", "”", '"', "’", "»"})
_OWN_CONTENT = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd"})
# how a phrase before the speaker hangs on the cue verb when it sets the act rather than says something: a
# preposition ("Since then", "As a mother"), a participle ("Joining the debate"), a conjunction ("And in 2012")
_CIRCUMSTANCE_DEPS = frozenset({"prep", "advcl", "agent", "cc"})


def colon_after(ctx: Context, verb: Token, unit: Unit) -> int | None:
    """Token index of a colon right after the cue or its listener ("told reporters:")."""
    for i in range(verb.i + 1, min(unit.end, verb.i + 5)):
        token = ctx.doc[i]
        if token.text == ":":
            return i
        if token.head.i != verb.i and token.head.head.i != verb.i:
            return None
    return None


def colon_led(ctx: Context, cue: Cue, colon: int, unit: Unit) -> Candidate | None:
    if colon + 1 >= unit.end:
        return None
    start = ctx.doc[colon + 1].idx
    end = _extend_forward(ctx, unit)
    start, end = trim_content(ctx, start, end)
    return Candidate(start, end, True, cue)


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
        if any(c.dep_ in _OWN_CONTENT and not _listener(c, candidate, ctx) for c in candidate.rights):
            continue  # "…, the question could decide the race": the verb has content of its own
        mention_start, mention_end = mention_bounds(subject)
        block_start = min(mention_start, candidate.i)
        block_end = max(mention_end, candidate.i + 1)
        if block_start - 1 <= first or doc[block_start - 1].text not in _CONTENT_BREAKS:
            continue
        if any(not _within(doc[i], candidate) for i in range(block_end, _clause_end(ctx, block_end, unit))):
            continue
        if word_count(list(doc[first : block_start - 1])) == 0:
            continue
        if _circumstance_only(doc[first : block_start - 1], candidate):
            continue
        return Cue(candidate.i, candidate.i, subject.i), doc[block_start - 1].idx
    return None


def _circumstance_only(before: Span, verb: Token) -> bool:
    """"Since then, the company has responded by …", "As a mother, she felt for …": the words before the
    speaker are a phrase of the cue verb's own that sets its act in time, role or manner, with no finite verb
    of their own, so nothing said ("Not yet, he said" hangs on the verb as an adverb and stays content)."""
    if any(t.tag_ in FINITE_TAGS for t in before):
        return False
    heads = [t for t in before if not (t.is_punct or t.is_space) and not before.start <= t.head.i < before.end]
    return bool(heads) and all(t.head.i == verb.i and t.dep_ in _CIRCUMSTANCE_DEPS for t in heads)


def _listener(child: Token, verb: Token, ctx: Context) -> bool:
    """"…, the mayor told reporters": the object of a verb of telling is who heard it, not what was said."""
    return child.dep_ == "dobj" and verb.lemma_.lower() in ctx.lexicon.listener_verbs and not any(
        c.dep_ in ("ccomp", "relcl", "acl") for c in child.children)


def _clause_end(ctx: Context, block_end: int, unit: Unit) -> int:
    """Where the attribution's clause ends: at a semicolon after it ("…, analysts say; in 2012 …" — the clause
    after the semicolon is the writer's), else at the unit's end."""
    for i in range(block_end, unit.end):
        if ctx.doc[i].text == ";":
            return i
    return unit.end


def _within(token: Token, verb: Token) -> bool:
    return token.is_punct or token.is_space or verb in token.ancestors


def closing_quote(ctx: Context, cue: Cue, unit: Unit, content_end: int, has_marks: bool) -> Candidate | None:
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
    start, end = trim_content(ctx, start, content_end)
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
    end = end_char(ctx, unit.end)
    units = ctx.layout.units
    for index in range(unit.index + 1, len(units)):
        later = units[index]
        if later.paragraph != unit.paragraph or _has_own_cue(ctx, later):
            break
        end = end_char(ctx, later.end)
    return end
