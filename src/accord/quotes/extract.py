"""One document's quotes: direct quotes first, then reported speech around them, then speakers."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from accord.blackboard import DOC_ID
from accord.doc_index import doc_text
from accord.quotes.candidates import ASSERTION, BELIEF, EVENTUALITY, FACT, Candidate, Context, says_something
from accord.quotes.contrast import before_attributed_contrasts
from accord.quotes.direct import continued_from_reported, direct_quotes
from accord.quotes.ending import Ending
from accord.quotes.headline import headline_attribution, overrun_source
from accord.quotes.judge import Judged, Judges, broad_candidates, rule_features
from accord.quotes.layout import Layout
from accord.quotes.lexicon import CueLexicon
from accord.quotes.marks import MarkedSpan
from accord.quotes.overlaps import settle
from accord.quotes.reported import reported_speech
from accord.quotes.settings import without_trailing_setting
from accord.quotes.speakers import ActorsForToken, SpeakerResolver
from accord.quotes.syntax import Cue, cue_lemma
from accord.quotes.titled import Mention, Reparse, Titled, speaker_in_mention, title_case_attributions
from accord.quotes.transcript import label_colon, transcript_turns
from accord.quotes.writers import writers_own
from accord.records import Actor, Quote


def extract_quotes(
    doc: Doc, lexicon: CueLexicon, lookup: ActorsForToken | None = None, judges: Judges | None = None,
    record: list[tuple[str, str, Judged]] | None = None, ending: Ending | None = None,
    reparse: Reparse | None = None,
) -> list[Quote]:
    """``judges``: the learned judges that keep the rules' attributions and add broader ones (none: the rules
    alone). ``record``: when given, every attribution and broad candidate is kept, and (origin, attribution id,
    judged) of each is appended to it — how the judges' training script sees what they would decide.
    ``ending``: where the kept attributions' contents end (accord.quotes.ending; none: where the rules end them).
    ``reparse``: parses a case-normalised copy of a Title Case headline (accord.quotes.titled; none: not read)."""
    text = doc_text(doc)
    ctx = Context(doc, Layout(doc, text), lexicon, text, lookup)
    direct, marked = direct_quotes(ctx)
    # cues of marked quotes: their content is in the marks; the words before a cue that follows its quote
    # are not content ("“…,” he said"), while words before a cue that opens one may be ("Of the talks, he
    # said, “…”")
    quoting = frozenset(c.cue.last for c in direct if c.cue is not None and c.marked)
    trailing = frozenset(c.cue.last for c in direct if c.cue is not None and c.marked
                         and doc[c.cue.first].idx >= c.end)
    reported = reported_speech(ctx, marked, quoting, trailing)
    direct = continued_from_reported(ctx, direct, marked, reported)
    headline = headline_attribution(ctx)
    if headline is not None:
        reported.append(headline)
    titled = Titled() if headline is not None or reparse is None else title_case_attributions(ctx, reparse, marked)
    overrun = overrun_source(ctx, headline) if headline is not None and headline.cue is not None else None
    if overrun is not None and headline is not None and headline.cue is not None and headline.cue.speaker is not None:
        titled.mentions[headline.cue.speaker] = Mention(*overrun)
    reported.extend(titled.candidates)
    # a turn of a transcript holds the speaker's own reported speech ("Q: … A: I think …"), which PARC keeps
    reported = before_attributed_contrasts(ctx, reported)  # before nested cues are dropped as inner
    candidates = [without_trailing_setting(ctx, c) for c in settle(ctx, direct, reported, marked)]
    cues = Counter(c.cue.last for c in candidates if c.cue is not None)
    # a piece of a longer attribution keeps its adverbial ("Instead, she said, …"): only one standing alone goes
    candidates = [c for c in candidates if c.cue is None or cues[c.cue.last] > 1 or not _only_connective(ctx, c)]
    candidates = [c for c in candidates if not _writers_judgement(ctx, c) and not _asks_the_reader(ctx, c, marked)
                  and not writers_own(ctx, c)]
    candidates = sorted(candidates + _new_turns(candidates, transcript_turns(ctx)), key=lambda c: (c.start, c.end))
    groups = by_cue(candidates)
    if judges is None and record is None:
        return _to_quotes(ctx, groups, SpeakerResolver(doc, lexicon, lookup), titled.mentions)[0]
    judged = [("rules", rule_features(ctx, group)) for group in groups]
    taken = frozenset(c.cue.last for c in candidates if c.cue is not None)
    if record is not None or (judges is not None and judges.broad is not None):
        judged += [("broad", j) for j in broad_candidates(
            ctx, marked, taken, judges.broad if judges is not None and record is None else None)]
    if record is None and judges is not None:
        judged = [(o, j) for o, j in _judged_kept(judged, judges)
                  if not _asks_the_reader(ctx, j.pieces[0], marked) and not writers_own(ctx, j.pieces[0])]
        if ending is not None:  # the content ends where the source's speech ends
            judged = [(o, replace(j, pieces=ending.ended(ctx, j.pieces))) for o, j in judged]
        judged = [(o, replace(j, pieces=_saying_pieces(ctx, j.pieces))) for o, j in judged]
    judged.sort(key=lambda item: (item[1].pieces[0].start, item[1].pieces[0].end))
    quotes, ids = _to_quotes(ctx, [list(j.pieces) for _, j in judged], SpeakerResolver(doc, lexicon, lookup),
                                 titled.mentions)
    if record is not None:
        record.extend((origin, ids[number], j) for number, (origin, j) in enumerate(judged))
    return quotes


def _saying_pieces(ctx: Context, pieces: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The pieces of one content without those that say nothing ('and has', left of a piece whose verb another
    cue took); the first piece stays whatever it holds."""
    return tuple(p for n, p in enumerate(pieces) if n == 0 or says_something(ctx.doc, p.start, p.end))


def _writers_judgement(ctx: Context, candidate: Candidate) -> bool:
    """"it is hard to imagine him winning", "it is not hard to see why …": a verb of thought in an infinitive
    after "it is" and an adjective, with no one named to do the thinking ("for voters"), is the writer's own
    judgement of what anyone would think, not a belief the text attributes."""
    cue = candidate.cue
    if cue is None or cue.speaker is None:
        return False
    doc = ctx.doc
    verb, subject = doc[cue.last], doc[cue.speaker]
    head = verb.head
    return (subject.lower_ == "it" and subject.head.i == head.i and verb.dep_ == "xcomp"
            and (head.lemma_ == "be" or head.lower_ in ("'s", "’s"))
            and cue_lemma(verb, ctx.lexicon) in ctx.lexicon.thought_verbs
            and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
            and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in head.children))


def _asks_the_reader(ctx: Context, candidate: Candidate, marked: list[MarkedSpan]) -> bool:
    """"Do you support the mayor?", "What do you think of the plan?": the writer asks the reader, in a question
    of the writer's own (not in quotation marks, not a turn of a transcript or an interview, which opens its
    paragraph with a label and a colon). A question put to the reader reports no one's statement or attitude:
    the text attributes nothing to anyone (PolNeAR's guidelines: an attribution is the writer attributing
    content to a source)."""
    cue = candidate.cue
    if cue is None or cue.speaker is None:
        return False
    doc, lexicon = ctx.doc, ctx.lexicon
    subject = doc[cue.speaker]
    verb = subject.head  # the cue's verb, when the reader is its subject ("think" of "think of")
    if subject.lower_ not in lexicon.reader_pronouns or not cue.first <= verb.i <= cue.last:
        return False
    if not any(c.dep_ == "aux" and c.i < subject.i for c in verb.children):
        return False  # the cue's own clause is a question ("do you think"), not "you may ask, why …?"
    unit = ctx.layout.unit_of(verb)
    last = next((doc[i] for i in range(unit.end - 1, unit.start - 1, -1) if not doc[i].is_space), None)
    if last is None or last.text != "?":
        return False
    at = verb.idx
    if any(span.outer_start <= at < span.outer_end for span in marked):
        return False
    return label_colon(ctx, unit.paragraph) is None


def _only_connective(ctx: Context, candidate: Candidate) -> bool:
    """A content that is nothing but a connective ("But, as the mayor said, …", "However, as the paper has
    reported, …", when nothing after the attribution was taken as its content): the word links the sentence to
    the one before; it is the writer's, not the source's. A pro-form ("thought so", "said otherwise") stands for
    what was said and stays."""
    if candidate.direct:
        return False
    first, last = ctx.layout.token_at(candidate.start), ctx.layout.token_at(candidate.end)
    words = [t for t in ctx.doc[first:last] if not (t.is_punct or t.is_space)]
    return bool(words) and all(
        t.pos_ in ("CCONJ", "ADV") and t.lower_ not in ctx.lexicon.pro_form_contents for t in words)


def _judged_kept(judged: list[tuple[str, Judged]], judges: Judges) -> list[tuple[str, Judged]]:
    """The rules' attributions the rules judge keeps, then the broad candidates the broad judge accepts that
    share most of their words with none kept already (the more probable first)."""
    kept = [(o, j) for o, j in judged if o == "rules" and (judges.rules is None or judges.rules.accepts(j))]
    if judges.broad is None:
        return kept
    scored = sorted(((judges.broad.probability(j), n) for n, (o, j) in enumerate(judged) if o == "broad"),
                    reverse=True)
    spans = [(p.start, p.end) for _, j in kept for p in j.pieces]
    for probability, n in scored:
        if probability < judges.broad.threshold:
            break
        piece = judged[n][1].pieces[0]
        if not any(_shared(piece.start, piece.end, s, e) for s, e in spans):
            kept.append(judged[n])
            spans.append((piece.start, piece.end))
    return kept


def _shared(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Two contents sharing more than half of the shorter one: rivals for one attribution."""
    shared = min(end, other_end) - max(start, other_start)
    return shared > 0.5 * min(end - start, other_end - other_start)


def _new_turns(candidates: list[Candidate], turns: list[Candidate]) -> list[Candidate]:
    """The transcript turns that no quote found already covers."""
    return [t for t in turns if not any(c.start <= t.start and t.end <= c.end for c in candidates)]


def by_cue(candidates: list[Candidate]) -> list[list[Candidate]]:
    """Candidates grouped into attributions, in text order: every attribution has one cue (PARC), so the
    pieces bound to one cue — a quote split by its attribution, a quote continued in the next paragraph,
    marked words inside reported speech — are one attribution. A candidate without a cue stands alone."""
    groups: list[list[Candidate]] = []
    by_key: dict[tuple[int, int | None, int | None], list[Candidate]] = {}
    for candidate in candidates:
        cue = candidate.cue
        if cue is None:
            groups.append([candidate])
            continue
        # a quotation kept apart from the attribution whose cue it borrows opens one of its own with the
        # quotations that go on after it (``Candidate.alone``)
        key = (cue.first, cue.speaker, candidate.alone)
        group = by_key.get(key)
        if group is None:
            group = by_key[key] = []
            groups.append(group)
        group.append(candidate)
    return groups


def _to_quotes(
    ctx: Context, groups: list[list[Candidate]], speakers: SpeakerResolver,
    mentions: dict[int, Mention] | None = None,
) -> tuple[list[Quote], dict[int, str]]:
    """One quote per piece of content, in text order; the pieces of one attribution share its id (also
    returned, by group number). ``mentions``: speakers' mentions bounded by another parse (speaker token ->
    characters: a Title Case headline's sources)."""
    doc = ctx.doc
    doc_id = DOC_ID.get(doc) or "doc"
    pieces: list[tuple[int, int, bool, list[Candidate], int]] = []  # start, end, direct, group, group number
    for number, group in enumerate(groups):
        for start, end in _parts(group):
            pieces.append((start, end, _direct(ctx.text, group, [(start, end)]), group, number))
    pieces.sort(key=lambda piece: (piece[0], piece[1]))
    first_id: dict[int, str] = {}
    speaker_of_group: dict[int, Actor | None] = {}
    quotes = []
    for index, (start, end, direct, group, number) in enumerate(pieces, start=1):
        quote_id = f"{doc_id}:q{index}"
        cue = group[0].cue
        if number not in speaker_of_group:
            speaker_of_group[number] = _speaker(ctx, speakers, cue, mentions or {})
        cue_start, cue_end = cue.chars(doc) if cue is not None else (None, None)
        quotes.append(
            Quote(
                id=quote_id,
                text=ctx.text[start:end],
                start=start,
                end=end,
                direct=direct,
                cue=cue.text(doc) if cue is not None else None,
                speaker=speaker_of_group[number],
                cue_start=cue_start,
                cue_end=cue_end,
                type=_type_of(ctx, group),
                attribution=first_id.setdefault(number, quote_id),
            )
        )
    return quotes, first_id


def _speaker(ctx: Context, speakers: SpeakerResolver, cue: Cue | None,
             mentions: dict[int, Mention]) -> Actor | None:
    if cue is None or cue.speaker is None:
        return None
    actor = speakers.resolve(cue.speaker)
    mention = mentions.get(cue.speaker)
    return actor if mention is None else speaker_in_mention(actor, mention, ctx.text)


def _type_of(ctx: Context, group: list[Candidate]) -> str:
    """The type a rule gave, else the cue's class: speech asserts, evidence establishes a fact, thought is
    a belief; a quotation with no cue is an assertion."""
    kind = next((c.kind for c in group if c.kind is not None), None)
    if kind is not None:
        return kind
    cue = group[0].cue
    if cue is None:
        return ASSERTION
    lexicon = ctx.lexicon
    lemma = cue_lemma(ctx.doc[cue.last], lexicon)
    if lemma in lexicon.directive_verbs:
        return EVENTUALITY
    if lemma in lexicon.speech_verbs:
        return ASSERTION
    if lemma in lexicon.evidence_verbs:
        return FACT
    if lemma in lexicon.thought_verbs:
        return BELIEF
    return ASSERTION


def _parts(group: list[Candidate]) -> list[tuple[int, int]]:
    """The content pieces of one attribution in text order, a piece inside another absorbed by it."""
    parts: list[tuple[int, int]] = []
    for candidate in sorted(group, key=lambda c: (c.start, -c.end)):
        if parts and candidate.start < parts[-1][1]:
            parts[-1] = (parts[-1][0], max(parts[-1][1], candidate.end))
        else:
            parts.append((candidate.start, candidate.end))
    return parts


def _direct(text: str, group: list[Candidate], parts: list[tuple[int, int]]) -> bool:
    """Direct when every word of the content is direct speech: marked words inside reported speech ("said
    it would “redirect” the funds") leave it indirect."""
    spoken = sorted((c.start, c.end) for c in group if c.direct)
    if not spoken:
        return False
    for start, end in parts:
        position = start
        for spoken_start, spoken_end in spoken:
            if spoken_end <= position or spoken_start >= end:
                continue
            if any(char.isalnum() for char in text[position:spoken_start]):
                return False
            position = max(position, spoken_end)
        if any(char.isalnum() for char in text[position:end]):
            return False
    return True
