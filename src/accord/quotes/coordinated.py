"""One speaker, two coordinated cues: "The mayor said the budget was balanced and added that …", "told reporters
the bill would pass but insisted that …", "is noting the problems and saying …".

The parser often hangs the second verb of speech on the last verb of the first content instead of on the first
cue, and the first content then runs on over the second cue: the second attribution, nested inside it, is lost
(PARC keeps only the outermost) and its words are fused into the first content. PARC annotates two attributions
that share their source, each with its own cue and content, the conjunction in neither. Which verb continues
which cue is :func:`accord.quotes.syntax.continued_cue`; its speaker is the first cue's (``speaker_of`` asks the
same function). Here each content of the first cue ends before the conjunction that opens the second.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import replace

from accord.doc_index import token_table
from accord.quotes.candidates import Candidate, Context, trim_chars
from accord.quotes.marks import MarkedSpan
from accord.quotes.syntax import VERB_TAGS, continued_cue


def continuation_cuts(ctx: Context, marked: list[MarkedSpan]) -> dict[int, list[int]]:
    """Cue verb -> where each coordinated act of saying that continues it begins (the character of its
    conjunction), in text order. Verbs inside quotation marks are what is quoted, never a cue."""
    doc = ctx.doc
    starts = [s.outer_start for s in marked]
    cuts: dict[int, list[int]] = defaultdict(list)
    conj = doc.vocab.strings["conj"]
    for i, dep in enumerate(token_table(doc).dep):
        if dep != conj:
            continue  # an integer test first: most tokens are no conjunct, and a Token costs to make
        token = doc[i]
        if token.tag_ not in VERB_TAGS:
            continue
        inside = bisect_right(starts, token.idx) - 1
        if inside >= 0 and token.idx < marked[inside].outer_end:
            continue
        cue = continued_cue(token, ctx.lexicon)
        if cue is not None:
            cuts[cue.i].append(doc[token.left_edge.i - 1].idx)
    return cuts


def cut_at_continuations(ctx: Context, candidates: list[Candidate], marked: list[MarkedSpan]) -> list[Candidate]:
    """Each content ended before the first coordinated act of saying of its own cue that it runs over."""
    cuts = continuation_cuts(ctx, marked)
    if not cuts:
        return candidates
    return [_cut(ctx, c, cuts) for c in candidates]


def _cut(ctx: Context, candidate: Candidate, cuts: dict[int, list[int]]) -> Candidate:
    cue = candidate.cue
    if cue is None or candidate.direct:
        return candidate
    for verb in range(cue.first, cue.last + 1):
        for at in cuts.get(verb, ()):
            if candidate.start < at < candidate.end:
                start, end = trim_chars(ctx.text, candidate.start, at)
                return replace(candidate, start=start, end=end) if end > start else candidate
    return candidate
