"""A content ends before a contrasting clause that is an attribution of its own.

"The minister said the talks would resume, even though aides doubt a deal is near": the clause opened by
"even though" has its own subject and its own cue, so it is another attribution (the aides' doubt), set beside
the minister's words by the writer, not part of them — PARC binds each content to one cue. Left in the first
content, the second cue would count as nested inside it and be dropped (only the outermost attribution is
kept), losing both extents. So before attributions are settled, a content is cut where such a clause begins:
an adverbial clause opened by a contrasting or concurrent subordinator ("though", "although", "while",
"whereas", "as", with "even" before them), with a subject of its own, whose verb is the cue of another
candidate, and that closes the content; after "while" or "whereas", which may contrast two parts of one report, only
when that cue is a verb of saying. A clause of reason or condition ("because", "if") is left alone: it may give
what the speaker said ("said he quit because he believed …").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Token

from accord.quotes.candidates import Candidate, Context, trim_chars
from accord.syntax import CLAUSE_SUBJECT_DEPS

_CONCEDING_MARKS = frozenset({"though", "although", "as"})
_CONTRAST_MARKS = _CONCEDING_MARKS | {"while", "whereas"}


def before_attributed_contrasts(ctx: Context, candidates: list[Candidate]) -> list[Candidate]:
    """Every candidate cut before a trailing contrasting clause whose verb is another candidate's cue."""
    cues = sorted({c.cue.first for c in candidates if c.cue is not None and not c.marked})
    if len(cues) < 2:
        return candidates
    return [_cut(ctx, c, cues) for c in candidates]


def _cut(ctx: Context, candidate: Candidate, cues: list[int]) -> Candidate:
    cue = candidate.cue
    if cue is None or candidate.marked or candidate.direct:
        return candidate
    doc = ctx.doc
    tokens = ctx.layout.tokens_in(candidate.start, candidate.end)
    if not tokens:
        return candidate
    first, last = tokens[0], tokens[-1]
    for verb in cues[bisect_left(cues, first):]:
        if verb > last:
            break
        if cue.first <= verb <= cue.last:
            continue
        while last > first and doc[last].is_punct:
            last -= 1
        clause = _contrasting_clause(doc[verb], first, last, cue.last)
        if clause is not None and (_conceding(clause) or doc[verb].lemma_.lower() in ctx.lexicon.speech_verbs):
            start, end = trim_chars(ctx.text, candidate.start, doc[clause.left_edge.i].idx)
            return replace(candidate, end=end) if end > start else candidate
    return candidate


def _contrasting_clause(verb: Token, first: int, last: int, cue: int) -> Token | None:
    """The contrasting clause whose verb is the cue ``verb`` (a cue deeper inside the clause is part of what the
    clause tells: "as it dealt with people claiming asylum"), when it hangs on the cue or on a word of the
    content (tokens [first, last]), begins after the content's first word and runs to its end."""
    if verb.dep_ != "advcl" or not _contrasting(verb):
        return None
    head = verb.head.i
    inside = head == cue or first <= head <= last
    return verb if inside and verb.left_edge.i > first and verb.right_edge.i >= last else None


def _conceding(clause: Token) -> bool:
    """Opened by a concessive or concurrent subordinator ("though", "even as"), not a contrasting "while" or
    "whereas": those may set two parts of one report side by side ("A favored X, while B favored Y"), so the
    clause they open is another attribution only when its cue is a verb of saying."""
    return any(c.dep_ == "mark" and c.lower_ in _CONCEDING_MARKS for c in clause.children)


def _contrasting(clause: Token) -> bool:
    """Opened by a contrasting or concurrent subordinator, with a subject of its own."""
    return any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in clause.children) and any(
        c.dep_ in CLAUSE_SUBJECT_DEPS for c in clause.children)
