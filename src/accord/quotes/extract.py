"""One document's quotes: direct quotes first, then reported speech around them, then speakers."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from accord.blackboard import DOC_ID
from accord.doc_index import doc_text
from accord.quotes.candidates import Candidate, Context, trim_chars
from accord.quotes.direct import direct_quotes
from accord.quotes.layout import Layout
from accord.quotes.lexicon import CueLexicon
from accord.quotes.marks import MarkedSpan
from accord.quotes.reported import reported_speech
from accord.quotes.speakers import ActorsForToken, SpeakerResolver
from accord.quotes.syntax import mention_bounds
from accord.records import Quote


def extract_quotes(doc: Doc, lexicon: CueLexicon, lookup: ActorsForToken | None = None) -> list[Quote]:
    text = doc_text(doc)
    ctx = Context(doc, Layout(doc, text), lexicon, text)
    direct, marked = direct_quotes(ctx)
    used_cues = {c.cue.first for c in direct if c.cue is not None}
    reported = _without_overlaps(doc, _cut_at_own_clauses(ctx, reported_speech(ctx, marked, used_cues)))
    direct = [d for d in direct if d.cue is not None or not _inside_any(d, reported)]
    candidates = sorted(direct + _not_covered(reported, direct, marked), key=lambda c: (c.start, c.end))
    return _to_quotes(ctx, candidates, SpeakerResolver(doc, lexicon, lookup))


def _inside_any(candidate: Candidate, others: list[Candidate]) -> bool:
    """An unattributed marked phrase inside reported speech is part of it ("called it “historic”")."""
    return any(o.start <= candidate.start and candidate.end <= o.end for o in others)


def _not_covered(reported: list[Candidate], direct: list[Candidate], marked: list[MarkedSpan]) -> list[Candidate]:
    """Reported speech that is not mostly a direct quote found already."""
    kept = []
    for candidate in reported:
        length = candidate.end - candidate.start
        overlap = max((_overlap(candidate, d.start, d.end) for d in direct), default=0)
        if length and overlap / length > 0.5:
            continue
        kept.append(candidate)
    return kept


def _cut_at_own_clauses(ctx: Context, candidates: list[Candidate]) -> list[Candidate]:
    """Content ends where the same speaker's next cue begins ("…, adding that …", "…, describing it as …")."""
    cut = []
    for candidate in candidates:
        end = candidate.end
        for other in candidates:
            if other is candidate or other.cue is None or candidate.cue is None:
                continue
            if other.cue.speaker != candidate.cue.speaker:
                continue
            boundary = ctx.doc[other.cue.first].idx
            if other.cue.speaker is not None:  # "…, saying he would come, his office said"
                speaker_start = ctx.doc[mention_bounds(ctx.doc[other.cue.speaker])[0]].idx
                if candidate.start < speaker_start < boundary:
                    boundary = speaker_start
            if candidate.start < boundary < end:
                end = boundary
        if end != candidate.end:
            start, end = trim_chars(ctx.text, candidate.start, end)
            candidate = replace(candidate, start=start, end=end)
        cut.append(candidate)
    return cut


def _without_overlaps(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Of reported-speech candidates sharing most of their text, keep the longer (the outer clause).

    A candidate whose cue lies inside the other's content is a nested attribution ("according to state
    media, Xi described …") and both stand.
    """
    ordered = sorted(candidates, key=lambda c: c.end - c.start, reverse=True)
    kept: list[Candidate] = []
    # Kept candidates by start, so each new one is compared only with those that can overlap it: they are
    # no shorter than it (longest first), so they start at most ``longest`` characters before it.
    # Comparing with every kept one made this quadratic in the number of candidates of an article.
    starts: list[int] = []
    by_start: list[Candidate] = []
    longest = 0
    for candidate in ordered:
        length = candidate.end - candidate.start
        first = bisect_left(starts, candidate.start - longest)
        last = bisect_left(starts, candidate.end)
        if any(_overlap(candidate, k.start, k.end) > 0.5 * length and not _nested(doc, candidate, k)
               for k in by_start[first:last]):
            continue
        kept.append(candidate)
        at = bisect_right(starts, candidate.start)
        starts.insert(at, candidate.start)
        by_start.insert(at, candidate)
        longest = max(longest, length)
    return kept


def _nested(doc: Doc, inner: Candidate, outer: Candidate) -> bool:
    return inner.cue is not None and outer.start <= doc[inner.cue.first].idx < outer.end


def _overlap(candidate: Candidate, start: int, end: int) -> int:
    return max(0, min(candidate.end, end) - max(candidate.start, start))


def _to_quotes(ctx: Context, candidates: list[Candidate], speakers: SpeakerResolver) -> list[Quote]:
    doc = ctx.doc
    quotes = []
    doc_id = DOC_ID.get(doc) or "doc"
    for number, candidate in enumerate(candidates, start=1):
        cue = candidate.cue
        speaker = speakers.resolve(cue.speaker) if cue is not None and cue.speaker is not None else None
        cue_start, cue_end = cue.chars(doc) if cue is not None else (None, None)
        quotes.append(
            Quote(
                id=f"{doc_id}:q{number}",
                text=ctx.text[candidate.start : candidate.end],
                start=candidate.start,
                end=candidate.end,
                direct=candidate.direct,
                cue=cue.text(doc) if cue is not None else None,
                speaker=speaker,
                cue_start=cue_start,
                cue_end=cue_end,
            )
        )
    return quotes
