"""Settling the candidates of one document into attributions, in near-linear time.

* A content ends where its speaker's next cue begins ("…, adding that …", "…, describing it as …").
* Only the outermost attribution is kept (PARC): a candidate whose cue lies inside another attribution's
  content is part of what that source said ("Aides said he believes …" attributes the belief to the aides),
  and one whose cue describes a quotation's speaker ("“…,” said Lee, who backed the mayor") is part of its
  attribution.
* Of candidates with different cues sharing most of their text, one stands: a direct quote with a cue,
  else the longer (the outer clause); an unattributed marked phrase inside reported speech is part of it.

Every step sorts once and sweeps, so a long article with many candidates costs n log n, not n².
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc, Token

from accord.quotes.candidates import Candidate, Context, trim_chars
from accord.quotes.frames import displaced_apposition, listed
from accord.quotes.marks import MarkedSpan
from accord.quotes.syntax import cue_lemma, mention_bounds
from accord.syntax import nominal_subject

_SHARED = 0.5  # share of the shorter content two candidates must share to compete
_ASIDE_DEPS = frozenset({"relcl", "appos", "acl"})
_ASIDE_MARKS = frozenset({",", "—", "–"})


def settle(
    ctx: Context, direct: list[Candidate], reported: list[Candidate], marked: list[MarkedSpan]
) -> list[Candidate]:
    reported = [without_trailing_aside(ctx, c) for c in through_open_quotes(ctx, reported, marked)]
    candidates = direct + cut_at_own_cues(ctx, without_speaker_descriptions(ctx, direct, reported))
    candidates = outermost(ctx.doc, candidates)
    return sorted(without_overlaps(candidates), key=lambda c: (c.start, c.end))


def without_speaker_descriptions(ctx: Context, direct: list[Candidate], reported: list[Candidate]) -> list[Candidate]:
    """Stances whose cue lies in a clause describing the speaker of a quotation ("“…,” said Ann Lee, who
    endorsed the mayor on Tuesday. “…”", "…, said a shop owner who declined to be named"): the clause tells who
    the speaker is, inside the attribution of the quotation, not what the article reports (only the outermost
    attribution, PARC). A verb of saying there reports speech of its own ("…, said Lee, who added that …")."""
    speakers = {c.cue.speaker for c in direct if c.marked and c.cue is not None and c.cue.speaker is not None}
    if not speakers:
        return reported
    lexicon = ctx.lexicon
    saying = lexicon.speech_verbs | lexicon.naming_verbs
    return [c for c in reported if c.cue is None or not _describes(ctx.doc[c.cue.first], speakers)
            or cue_lemma(ctx.doc[c.cue.first], lexicon) in saying]


def _describes(verb: Token, speakers: set[int]) -> bool:
    """The verb lies in a relative clause or participle inside one of the speakers' mentions ("Lee, who …",
    "the owner of a shop who …", "Reyes, a fisherman who …")."""
    token, clause = verb, False
    while token.head.i != token.i:
        clause = clause or token.dep_ in ("relcl", "acl")
        token = token.head
        if clause and token.i in speakers:
            return True
    return False


def _cue_key(candidate: Candidate) -> tuple[int, int | None] | None:
    return (candidate.cue.first, candidate.cue.speaker) if candidate.cue is not None else None


def through_open_quotes(ctx: Context, candidates: list[Candidate], marked: list[MarkedSpan]) -> list[Candidate]:
    """Reported speech that opens a quotation runs on to where the quotation closes ("Manafort insisted that
    “there's no cribbing. These were common words.”"), whatever sentence it ends in; reported speech that
    begins inside a quotation (the sentence was cut inside the marks: "… Romney “were stiff. There was no
    joy” in comparison, Gingrich said") begins where the quotation's sentence does."""
    starts = [span.start for span in marked]
    extended = []
    for candidate in candidates:
        index = bisect_right(starts, candidate.end - 1) - 1  # the last quotation begun inside or before it
        if index >= 0:
            span = marked[index]
            if candidate.start <= span.outer_start and span.end > candidate.end:
                candidate = replace(candidate, end=span.end)
        index = bisect_right(starts, candidate.start) - 1
        if index >= 0 and marked[index].start < candidate.start < marked[index].end and not candidate.marked:
            unit = ctx.layout.unit_of(ctx.layout.token_at(marked[index].outer_start))
            candidate = replace(candidate, start=min(candidate.start, ctx.doc[unit.start].idx))
        extended.append(candidate)
    return extended


def without_trailing_aside(ctx: Context, candidate: Candidate) -> Candidate:
    """Reported content without a relative clause or apposition set off by a comma at its end ("said the
    emails were exchanges between Carter and Fanning, who was his chief of staff at the time"): PARC leaves
    out what may be the writer's aside."""
    doc = ctx.doc
    for i in ctx.layout.tokens_in(candidate.start, candidate.end):
        token = doc[i]
        if token.dep_ not in _ASIDE_DEPS or token.left_edge.i == 0 or listed(token) \
                or displaced_apposition(token, ctx.lexicon):
            continue
        mark = doc[token.left_edge.i - 1]
        last = token.right_edge
        if mark.text in _ASIDE_MARKS and mark.idx > candidate.start and last.idx + len(last.text) >= candidate.end - 1:
            start, end = trim_chars(ctx.text, candidate.start, mark.idx)
            return replace(candidate, start=start, end=end) if end > start else candidate
    return candidate


def cut_at_own_cues(ctx: Context, candidates: list[Candidate]) -> list[Candidate]:
    """Each content cut where the next cue of the same speaker begins inside it."""
    doc = ctx.doc
    # speaker head -> (where each of their cues begins, its verb), in text order
    boundaries: dict[int | None, list[tuple[int, int]]] = defaultdict(list)
    for candidate in candidates:
        if candidate.cue is not None:
            boundaries[candidate.cue.speaker].append((_cue_boundary(doc, candidate), _cue_word(doc, candidate)))
    for positions in boundaries.values():
        positions.sort()
    clauses = sorted(start for c in candidates if (start := _coordinated_clause_start(doc, c)) is not None)
    cut = []
    for candidate in candidates:
        cue = candidate.cue
        if cue is None:
            cut.append(candidate)
            continue
        index = bisect_right(clauses, candidate.start)
        if index < len(clauses) and clauses[index] < candidate.end:
            start, end = trim_chars(ctx.text, candidate.start, clauses[index])
            candidate = replace(candidate, start=start, end=end)
        positions = boundaries[cue.speaker]
        index = bisect_right(positions, (candidate.start, len(doc)))
        while index < len(positions) and positions[index][0] < candidate.end:
            if not _said_within(doc, candidate, positions[index][1]):
                start, end = trim_chars(ctx.text, candidate.start, positions[index][0])
                candidate = replace(candidate, start=start, end=end)
                break
            index += 1
        cut.append(candidate)
    return [c for c in cut if c.end > c.start]


def _coordinated_clause_start(doc: Doc, candidate: Candidate) -> int | None:
    """Where an attribution coordinated with its own subject begins ("…, and he promised to …"; the parser
    may hang it on the first cue as a second clause: "said A, and two-thirds said B"): the content before
    it ends there, whoever speaks."""
    if candidate.cue is None:
        return None
    verb = doc[candidate.cue.last]
    subject = nominal_subject(verb)
    if verb.dep_ not in ("conj", "ccomp") or subject is None or subject.i > verb.i:
        return None
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None  # "said A, but that she would not support B": a second that-clause of the same saying
    first = subject.left_edge.i
    coordinated = first > 0 and doc[first - 1].dep_ == "cc"
    if verb.dep_ == "ccomp" and not coordinated:
        return None  # "aides said he believes …": the belief is part of what the aides said
    return doc[first - 1 if coordinated else first].idx


def _said_within(doc: Doc, candidate: Candidate, verb_index: int) -> bool:
    """A cue that is part of the content ("plans to demand …": the demand is what is planned), not a new
    attribution by the same speaker (", adding that …")."""
    verb = doc[verb_index]
    if not candidate.start <= verb.idx < candidate.end:
        return False
    if _free_adjunct(verb):
        return False  # "insisted rich nations must help, describing the flood as …": a new act of saying
    return candidate.start <= verb.head.idx < candidate.end or verb.dep_ in ("xcomp", "ccomp")


def _free_adjunct(verb: Token) -> bool:
    """A participle set off by a comma, alone or after a subordinator (", describing …", ", pointing to …",
    ", while insisting that …"): a free adjunct, whose act is its controller's own, not part of what the
    clause before it reports, wherever the parser hung it."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return False
    first = verb.left_edge.i if _opening_mark(verb) is not None else verb.i
    return first > 0 and verb.doc[first - 1].text == ","


def _opening_mark(verb: Token) -> Token | None:
    """The subordinator that opens a participle's clause ("while" of "while insisting")."""
    first = verb.left_edge
    return first if first.i < verb.i and first.dep_ == "mark" and first.head.i == verb.i else None


def _cue_word(doc: Doc, candidate: Candidate) -> int:
    """The word of a cue judged as its verb: the participle of a free adjunct whose cue ends in a preposition
    or particle (", pointing to …", ", calling for …"), else the cue's last word (", calling it …" stays
    as it was: the naming may be the reported speaker's own)."""
    assert candidate.cue is not None
    first, last = candidate.cue.first, candidate.cue.last
    i = last
    while i > first and doc[i].dep_ in ("prep", "prt"):
        i -= 1
    return i if _free_adjunct(doc[i]) else last


def _cue_boundary(doc: Doc, candidate: Candidate) -> int:
    """Where a cue begins, or its speaker when the speaker comes first ("…, saying …, his office said"), or the
    subordinator that opens a free adjunct (", while insisting …")."""
    assert candidate.cue is not None
    boundary = doc[candidate.cue.first].idx
    verb = doc[_cue_word(doc, candidate)]
    mark = _opening_mark(verb) if _free_adjunct(verb) else None
    if mark is not None:
        boundary = min(boundary, mark.idx)
    if candidate.cue.speaker is not None:
        speaker_start = doc[mention_bounds(doc[candidate.cue.speaker])[0]].idx
        if candidate.start < speaker_start < boundary:
            return speaker_start
    return boundary


def outermost(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Candidates whose cue lies in no other attribution's content."""
    intervals = sorted(((c.start, c.end, _cue_key(c)) for c in candidates), key=lambda x: x[0])
    queries = sorted((doc[c.cue.first].idx, n) for n, c in enumerate(candidates) if c.cue is not None)
    nested: dict[int, set[tuple[int, int | None] | None]] = {}  # candidate -> keys of those holding its cue
    active: list[tuple[int, int]] = []  # (end, interval number) of contents begun before the query point
    next_interval = 0
    for point, number in queries:
        while next_interval < len(intervals) and intervals[next_interval][0] <= point:
            heapq.heappush(active, (intervals[next_interval][1], next_interval))
            next_interval += 1
        while active and active[0][0] <= point:
            heapq.heappop(active)
        key = _cue_key(candidates[number])
        holders = {intervals[i][2] for _, i in active} - {key}
        if holders:
            nested[number] = holders
    # two attributions each holding the other's cue are side by side, not nested: both stand
    keys = [_cue_key(c) for c in candidates]
    held_by: dict[tuple[int, int | None] | None, set[tuple[int, int | None] | None]] = defaultdict(set)
    for number, holders in nested.items():
        held_by[keys[number]] |= holders
    return [c for n, c in enumerate(candidates)
            if not any(keys[n] not in held_by.get(holder, set()) for holder in nested.get(n, set()))]


def without_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """One of each set of candidates with different cues that share most of their text."""
    kept: list[Candidate | None] = []
    active: list[int] = []  # positions in ``kept`` of contents reaching past the current start
    for candidate in sorted(candidates, key=lambda c: (c.start, -c.end)):
        active = [n for n in active if (k := kept[n]) is not None and k.end > candidate.start]
        rival = next((n for n in active if _compete(candidate, _present(kept[n]))), None)
        if rival is None:
            active.append(len(kept))
            kept.append(candidate)
        elif _stronger(candidate, _present(kept[rival])):
            kept[rival] = candidate
    return [k for k in kept if k is not None]


def _present(candidate: Candidate | None) -> Candidate:
    assert candidate is not None
    return candidate


def _compete(first: Candidate, second: Candidate) -> bool:
    if first.cue is not None and _cue_key(first) == _cue_key(second):
        return False  # pieces of one attribution
    shared = min(first.end, second.end) - max(first.start, second.start)
    shorter = min(first.end - first.start, second.end - second.start)
    inside = second.start <= first.start and first.end <= second.end
    return shared > _SHARED * shorter or (inside and first.cue is None)


def _stronger(candidate: Candidate, rival: Candidate) -> bool:
    if (candidate.cue is None) != (rival.cue is None):
        return candidate.cue is not None
    if candidate.direct and candidate.marked and candidate.cue is not None and not rival.marked:
        return True
    if rival.direct and rival.marked and rival.cue is not None and not candidate.marked:
        return False
    return candidate.end - candidate.start > rival.end - rival.start
