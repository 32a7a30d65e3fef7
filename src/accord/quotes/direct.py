"""Direct quotes inside quotation marks or dialogue dashes, and the cue and speaker that attribute them.

The attribution is looked for after the quote ("…," Putin said), before it (Putin said: "…"), between
two parts of one quote ("…," Putin said, "…"), at the end of the previous paragraph ("Putin said:"),
and, for a quote that opens a paragraph with no cue of its own, from the quote just before it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Token

from accord.quotes.addressee import in_actor_mention
from accord.quotes.candidates import Candidate, Context, trim_chars
from accord.quotes.closing import trailing_attribution
from accord.quotes.layout import Unit
from accord.quotes.marks import MarkedSpan, find_marked_spans
from accord.quotes.syntax import (
    VERB_TAGS,
    Cue,
    cue_lemma,
    is_speech_verb,
    mention_bounds,
    own_subject,
    source_phrase_at,
    speaker_of,
)

_CLOSING_PUNCTUATION = frozenset(".!?…—–-")
_SENTENCE_FINAL = frozenset(".!?…:;")
_OWN_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj"})
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
_AFTER_WINDOW = 250  # characters
_MAX_CUE_DISTANCE = 16  # tokens between a quote and its cue (a speaker with an apposition is long)
_RELATIVE_DEPS = frozenset({"relcl", "acl"})
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_MIN_UNATTRIBUTED_WORDS = 5  # shorter unattributed quotes are titles or scare quotes
_MAX_COLON_CLAUSE = 60  # tokens a colon's clause reaches back
_CLAUSE_BREAKS = frozenset({".", "!", "?", "—", "–", "-", "--", ";"})
# what gives a verb after a quotation words of its own, so that it does not frame the quotation
_BARE_CLAUSE_BREAKS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "nsubjpass"})
# subjects that name no speaker of a quotation before them: expletives, demonstratives, relatives, and the reader
# addressed ("“…,” you know, …" is a filler, not an attribution)
_NOT_A_SOURCE = frozenset({"it", "there", "this", "that", "what"})  # expletives and demonstratives
_NO_SPEAKER = _NOT_A_SOURCE | {"which", "who", "you"}


def direct_quotes(ctx: Context) -> tuple[list[Candidate], list[MarkedSpan]]:
    """Attributed (or long enough) direct quotes, and every marked span (so other rules can avoid them)."""
    spans = find_marked_spans(ctx.text, ctx.layout.paragraphs, ctx.lexicon)
    found: list[Candidate] = []
    for number, span in enumerate(spans):
        previous_end = spans[number - 1].outer_end if number else 0
        next_start = spans[number + 1].outer_start if number + 1 < len(spans) else len(ctx.text)
        candidate = _attribute(ctx, span, previous_end, next_start)
        if span.dialogue and candidate.cue is None and _list_item(ctx, spans, number, candidate):
            continue  # "— Ana Ruiz of the Herald, winner of the prize.": a list item, no line of speech
        if candidate.cue is None and found:
            candidate = _inherit(ctx, candidate, span, found[-1])
        found.append(candidate)
    found = [c for c in found if not _names_a_work(ctx, c)]
    return [c for c in found if c.cue is not None or _long_enough(ctx, c)], spans


def _names_a_work(ctx: Context, candidate: Candidate) -> bool:
    """A quotation in Title Case right after a noun naming a work ("in his memoir, “A Long Way Home,”", "the
    film “Night Falls”"): the marks set off the work's title, which is no speech of anyone's even where a cue
    stands near (PolNeAR's guidelines: no title quotes). Speech quoted from a work keeps its own case ("wrote in
    his memoir, “We were poor”")."""
    if not candidate.direct or not _title_case(ctx, candidate):
        return False
    para_start, _ = ctx.layout.paragraph_span(candidate.start)
    before = ctx.text[para_start:candidate.start].rstrip(" \n\t\"'“‘«").rstrip(" ,")
    if not before:
        return False
    noun = ctx.doc[ctx.layout.token_at(para_start + len(before)) - 1]  # the word that ends there
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ctx.lexicon.work_nouns


def _list_item(ctx: Context, spans: list[MarkedSpan], number: int, candidate: Candidate) -> bool:
    """A dash-led line that names or labels something (an entry of a list, a caption, a credit) rather than
    speaking: it has no verb and asks or exclaims nothing, and it answers no question — it follows a paragraph
    that introduces a list with a colon, or no dash line that asks. A verbless answer in an exchange ("— Will
    you sign? — Not this year.") is a line of speech: an answer takes its verb from the question."""
    span = spans[number]
    line = ctx.text[candidate.start:span.outer_end].rstrip(" \n\t\"'\u201d\u2019")
    if line.endswith(("?", "!")) or _has_verb(ctx, candidate.start, candidate.end):
        return False
    if _after_colon(ctx, span):
        return True
    previous = spans[number - 1] if number else None
    return previous is None or not previous.dialogue or not _asks(ctx, previous)


def _asks(ctx: Context, span: MarkedSpan) -> bool:
    """Whether a dash line asks a question (a "?" in its paragraph: "— Will you sign? the reporter asked.")."""
    start, end = ctx.layout.paragraph_span(span.outer_start)
    return "?" in ctx.text[max(start, span.outer_start):end]


def _has_verb(ctx: Context, start: int, end: int) -> bool:
    """Whether the text [start, end) holds a verb or an auxiliary."""
    return any(ctx.doc[i].pos_ in ("VERB", "AUX") for i in ctx.layout.tokens_in(start, end))


def _attribute(ctx: Context, span: MarkedSpan, previous_end: int, next_start: int) -> Candidate:
    if span.dialogue:
        inner = _inner_trailing(ctx, span)
        if inner is not None:
            return inner
    before = _cue_before(ctx, span, previous_end)
    if before is not None and _set_beside_the_content(ctx, before, span):
        return Candidate(span.start, span.end, True, None, marked=True)
    if before is not None and _ends_with_colon(ctx, before, span):
        return Candidate(span.start, span.end, True, before, marked=True)
    after = _cue_after(ctx, span, next_start)
    if after is not None and _tells_who_or_where(ctx, after, span):
        return Candidate(span.start, span.end, True, None, marked=True)
    cue = after or before or _cue_in_previous_paragraph(ctx, span) or _colon_clause_cue(ctx, span, previous_end)
    if after is not None:
        opening = _clause_opening(ctx, span)
        if opening is not None:  # "The plan was “a disaster,” she said": the whole clause is hers (mixed)
            return Candidate(opening, span.outer_end, False, after, marked=True)
    return Candidate(span.start, span.end, True, cue, marked=True)


def _tells_who_or_where(ctx: Context, cue: Cue, span: MarkedSpan) -> bool:
    """A quotation inside the phrase that names the cue's speaker ("Ann Lee, host of “Morning Desk,” said …",
    "Lee, the author of “Quiet Towns,” said …") or inside a phrase that sets the saying ("In an interview with
    “Morning Desk,” Lee said …", "Speaking on “Morning Desk,” she said …"): the marks set off a title or a name
    that tells who spoke, or where and when; what the speaker said is the cue's own content, not the words in
    the marks (as words before the attribution that hang on the cue are no content of a medial one)."""
    first = ctx.layout.token_at(span.start)
    verb = ctx.doc[cue.last]
    if first >= len(ctx.doc) or first >= verb.i:
        return False
    token = ctx.doc[first]
    if cue.speaker is not None and any(a.i == cue.speaker for a in token.ancestors):
        return cue.speaker < first
    below = next((a for a in (token, *token.ancestors) if a.head.i == verb.i and a.i != verb.i), None)
    # the phrase opens with words of its own before the marks ("In an interview with “…”"); a quotation that
    # opens the phrase the parser hung on the cue is the speech itself, however it was hung
    return (below is not None and below.dep_ in _SETTING_DEPS
            and below.left_edge.i < ctx.layout.token_at(span.outer_start))


def _set_beside_the_content(ctx: Context, cue: Cue, span: MarkedSpan) -> bool:
    """A quotation in a prepositional phrase of the cue before it whose content is a clause after it ("said on
    “Morning Desk” that the bill would pass"): a verb of saying has one content, and with a clause of its own
    the phrase tells where it was said (a title, a show), not what. Without such a clause the phrase may be the
    content ("warned of “grave risks”")."""
    first = ctx.layout.token_at(span.start)
    verb = ctx.doc[cue.last]
    if first >= len(ctx.doc) or first <= verb.i:
        return False
    token = ctx.doc[first]
    below = next((a for a in (token, *token.ancestors) if a.head.i == verb.i and a.i != verb.i), None)
    if below is None or below.dep_ != "prep":
        return False
    after = ctx.layout.token_at(span.outer_end)
    return any(c.dep_ in ("ccomp", "xcomp") and c.i >= after for c in verb.children)


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


# how a phrase before the cue that sets the saying hangs on its verb: a preposition ("In an interview with …"),
# a participle ("Speaking on …"), a noun of time ("Sunday"), an adverb
_SETTING_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod"})

# words of time that open a clause of their own after a quotation ("“Not yet,” before adding …")
_SUBORDINATORS = frozenset({"before", "after", "while", "when", "until", "since", "then"})


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
        if token.lower_ in _SUBORDINATORS and token.dep_ in ("prep", "mark", "advmod"):
            return None  # "“…,” before predicting that …": a clause of time of its own, not the attribution
        cue = None if token.dep_ == "relcl" else _cue_at(ctx, token, after=True) or _named_before(ctx, token, first)
        if cue is not None:
            return None if closed and _has_own_content(token) else _speaker_outside(ctx, cue, span)
        bare = None if closed else _bare_attribution(ctx, token, first, last)
        if bare is not None:
            return _speaker_outside(ctx, bare, span)
        if distance and token.tag_ in VERB_TAGS and token.dep_ not in ("aux", "auxpass") and not _in_relative(token) \
                and token.lemma_.lower() not in ctx.lexicon.quoting_verbs:  # "X is quoted as saying"
            return None  # a new clause started: the words after the quote are not its attribution
    return None


def _named_before(ctx: Context, verb: Token, first: int) -> Cue | None:
    """"“…,” Ortega, 49, told the paper": a finite verb of saying right after a quotation with nothing before it but
    a name (and an age set off by commas) is that name's attribution, whatever the parser hung the name on (a
    conjunct or a fragment when the sentence before confuses it)."""
    if verb.tag_ not in ("VBD", "VBZ") or not is_speech_verb(verb, ctx.lexicon):
        return None
    lead = [t for t in ctx.doc[first : verb.i] if not (t.is_punct or t.is_space)]
    if not lead or lead[0].tag_ not in _NAME_TAGS or any(t.tag_ not in _NAME_TAGS and t.tag_ != "CD" for t in lead):
        return None
    name = lead[0]
    while name.i + 1 < verb.i and ctx.doc[name.i + 1].tag_ in _NAME_TAGS:
        name = ctx.doc[name.i + 1]
    return Cue(verb.i, verb.i, name.i)


def _bare_attribution(ctx: Context, verb: Token, first: int, last: int) -> Cue | None:
    """"“…,” the governor fumed.", "“…,” Smith shot back.", "“…,” she went on, “…”", "“…,” fired back the
    senator": a quotation handed on by a comma (or a question or exclamation mark) to a clause of nothing but a
    subject and its verb is that subject's speech, whatever the verb - news frames a quotation with verbs of
    manner or reaction (fume, snap, laugh, shoot back, react) as well as of saying. The clause is bare: its
    words are the subject, the verb and its particle, and phrases of time, place or manner; with an object or a
    clause of its own ("“…,” the crowd chanted his name") the verb tells of something else."""
    if verb.tag_ not in VERB_TAGS or verb.dep_ in ("aux", "auxpass", "relcl", "acl", "amod") or verb.i >= last:
        return None
    if any(c.dep_ in _BARE_CLAUSE_BREAKS and c.i > verb.i for c in verb.children):
        return None
    subject = own_subject(verb)
    if subject is None or subject.lower_ in _NO_SPEAKER or subject.i < first or subject.i >= last:
        return None
    lead = [t for t in ctx.doc[first : verb.i] if not (t.is_punct or t.is_space)]
    if any(t.i < subject.left_edge.i or t.i > subject.right_edge.i for t in lead):
        return None  # words before the verb that are not its subject: another clause, not the attribution
    if not lead and subject.left_edge.i != verb.i + 1 + _particles(verb):
        return None  # an inverted subject follows the verb (and its particle) at once
    return Cue(verb.i, verb.i, subject.i)


def _particles(verb: Token) -> int:
    return sum(1 for c in verb.children if c.dep_ == "prt" and c.i > verb.i)


def _speaker_outside(ctx: Context, cue: Cue, span: MarkedSpan) -> Cue | None:
    """A quotation's speaker is never one of its own words: when the parser made a word inside the marks the
    subject of the cue after it ("“…, but they award only a few,” the manager said" read with "they" as the
    subject), a subject of the cue outside the marks speaks, or the name beside the cue ("…,” Mook said"); with
    neither, the quotation keeps its cue and no speaker."""
    def inside(token: Token) -> bool:
        return span.outer_start <= token.idx < span.outer_end

    if cue.speaker is None or not inside(ctx.doc[cue.speaker]):
        return cue
    verb = ctx.doc[cue.last]
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and not inside(c)), None)
    if subject is None:
        # "“…, almost all of them,” Ortega, 52, told …": the speaker's name, set off by its age, hung on the
        # word inside as its apposition
        inner = ctx.doc[cue.speaker]
        subject = next((c for c in inner.children if c.dep_ == "appos" and not inside(c)
                        and span.outer_end <= c.idx < verb.idx), None)
    name = subject if subject is not None else _adjacent_name(ctx, verb)
    return Cue(cue.first, cue.last, None if name is None or inside(name) else name.i)


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
        if token.tag_ in VERB_TAGS and token.dep_ not in ("aux", "auxpass", "amod"):
            # "He said the deal was “a step”": the marks sit inside reported speech; a participle used as an
            # adjective ("told the paper in a written statement, “…”") opens no clause
            return None
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
    if before is not None and (before.tag_ in _NAME_TAGS or before.lower_ in ctx.lexicon.person_pronouns
                               or _name_read_as_modal(before, verb)):
        return before
    after = verb.i + 1
    if after < len(doc) and doc[after].tag_ in _NAME_TAGS:
        while after + 1 < len(doc) and doc[after + 1].tag_ in _NAME_TAGS:
            after += 1
        return doc[after]
    return None


def _name_read_as_modal(word: Token, verb: Token) -> bool:
    """"“…,” Will wrote", "May said": a capitalised word the tagger read as a modal before a verb in the past or
    the third person present is a name - a modal takes the bare verb ("will write"), never a finite one."""
    return word.tag_ == "MD" and word.is_title and verb.tag_ in ("VBD", "VBZ")


def _ends_with_colon(ctx: Context, cue: Cue, span: MarkedSpan) -> bool:
    between = ctx.text[ctx.doc[cue.last].idx : span.outer_start]
    return between.rstrip().endswith(":")


def _colon_clause_cue(ctx: Context, span: MarkedSpan, previous_end: int) -> Cue | None:
    """A quotation that a colon introduces after a whole clause is what that clause's subject said, whatever
    its verb ("The minister answered with a line of his own: “…”", "The governor issued a statement: “…”",
    "Lynch, who told Congress when asked about it: “…”"): the clause announces the words, the colon hands
    them over. The clause is the one the word before the colon belongs to, climbing heads that stay before
    the colon; a copula states no source ("The rule is simple: “…”"), and a subject that names no one
    (an expletive, a bare common noun like "the reason") is not taken."""
    colon = _colon_before(ctx, span, previous_end)
    if colon is None:
        return None
    doc = ctx.doc
    head = doc[colon - 1] if colon > 0 else None
    while head is not None and head.head.i != head.i and head.head.i < colon:
        head = head.head
    if head is None or head.tag_ not in VERB_TAGS or head.lemma_.lower() == "be":
        return None
    speaker = speaker_of(head, ctx.lexicon)
    if speaker is None or not _names_a_source(ctx, speaker) or not _clause_start(ctx, colon) <= speaker.i < colon:
        return None
    return Cue(head.i, head.i, speaker.i)


def _clause_start(ctx: Context, colon: int) -> int:
    """The first token of the words a colon closes: after the last sentence end or dash before it (a label such
    as "POLLS MISSED IT - Smith:" leaves the label out), within a few dozen tokens."""
    doc = ctx.doc
    floor = max(0, colon - _MAX_COLON_CLAUSE)
    for i in range(colon - 1, floor - 1, -1):
        if doc[i].text in _CLAUSE_BREAKS:
            return i + 1
        if doc[i].is_sent_start:
            return i
    return floor


def _colon_before(ctx: Context, span: MarkedSpan, previous_end: int) -> int | None:
    """The index of the colon token that ends the words before a quotation, in its paragraph or closing the
    paragraph before it (a quotation opening its own paragraph); None without one."""
    text = ctx.text
    para_start = ctx.layout.paragraph_span(span.outer_start)[0]
    end = span.outer_start
    if para_start == span.outer_start:
        number = ctx.layout.paragraph_of(span.outer_start)
        if number == 0:
            return None
        end = ctx.layout.paragraphs[number - 1][1]
    elif previous_end > para_start and not text[previous_end:span.outer_start].strip(" :"):
        return None  # a colon right after another quotation is that quotation's
    before = _last_visible(text, end)
    if before < 0 or text[before] != ":":
        return None
    colon = ctx.layout.token_at(before)
    if colon >= len(ctx.doc) or ctx.doc[colon].text != ":":
        return None
    return colon


def _names_a_source(ctx: Context, token: Token) -> bool:
    """A subject that can be a source: a name, a pronoun standing for one, or a noun with modifiers or a
    title (the governor, a footnote in the report); not an expletive or a relative's bare noun."""
    lower = token.lower_
    if lower in _NOT_A_SOURCE:
        return False
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or token.pos_ == "PROPN":
        return True
    if token.pos_ == "PRON":
        return lower in ctx.lexicon.person_pronouns or lower in ctx.lexicon.group_pronouns \
            or lower in ctx.lexicon.relative_pronouns or lower in ("i", "we", "they")
    if token.pos_ != "NOUN":
        return False
    lemma = token.lemma_.lower()
    return lemma in ctx.lexicon.evidence_nouns or lemma in ctx.lexicon.headline_sources \
        or in_actor_mention(ctx, token)


def _cue_in_previous_paragraph(ctx: Context, span: MarkedSpan) -> Cue | None:
    """'Putin said:' closing the paragraph before a quote that opens its own paragraph."""
    number = ctx.layout.paragraph_of(span.outer_start)
    if number == 0 or ctx.layout.paragraphs[number][0] != span.outer_start:
        return None
    prev_start, prev_end = ctx.layout.paragraphs[number - 1]
    if not ctx.text[prev_start:prev_end].rstrip().endswith(":"):
        return None
    # only the sentence the colon closes hands the quotation over ("Lee said the plan failed. From the
    # website: ¶ “…”" is the website's, not Lee's)
    for match in _SENTENCE_END.finditer(ctx.text, prev_start, prev_end):
        prev_start = match.end()
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
    if previous.cue is None:
        return candidate
    if _resumes_after_attribution(ctx, span, previous):
        return Candidate(candidate.start, candidate.end, True, previous.cue, marked=True, inherited=True)
    if not _opens_sentence(ctx, span):
        return candidate
    own = _closing_attribution(ctx, span)
    if own is not None:
        return own
    here = ctx.layout.paragraph_of(span.outer_start)
    there = ctx.layout.paragraph_of(previous.start)
    opens_paragraph = ctx.layout.paragraphs[here][0] == span.outer_start
    if here == there or (here == there + 1 and opens_paragraph):
        apart = candidate.start if _narrated_between(ctx, previous, span) else previous.alone
        return Candidate(candidate.start, candidate.end, True, previous.cue, marked=True, inherited=True,
                         alone=apart)
    return candidate


def _closing_attribution(ctx: Context, span: MarkedSpan) -> Candidate | None:
    """"“We never close early” on holidays at the branch, the manager said.": a quotation that opens its sentence
    and runs on into unquoted words that a final "…, X said." closes is part of what that attribution says - the
    whole sentence up to it, mixed (PARC: one content) - not a continuation of the speaker of the quotation
    before it."""
    first = ctx.layout.token_at(span.outer_start)
    if first >= len(ctx.doc) or not _runs_on(ctx.text, span):
        return None
    unit = ctx.layout.unit_of(first)
    closing = trailing_attribution(ctx, unit, first=unit.start)
    if closing is None or closing[1] < span.outer_end:
        return None
    start, end = trim_chars(ctx.text, span.outer_start, closing[1])
    return Candidate(start, end, False, closing[0], marked=True) if end > start else None


def _runs_on(text: str, span: MarkedSpan) -> bool:
    """The sentence goes on after the quotation: no full stop, question or exclamation mark closes the quoted
    words, and a lower-case word follows the closing mark ("“We never close early” on holidays …"); a capital
    there opens a new sentence whose full stop was lost."""
    if span.end > span.start and text[span.end - 1] in ".?!":
        return False
    after = text[span.outer_end : span.outer_end + 40].lstrip()
    return after[:1].islower()


def _narrated_between(ctx: Context, previous: Candidate, span: MarkedSpan) -> bool:
    """A sentence of the writer's own lies between the quotation before and this one ("“A,” Lee said. The crowd
    cheered. “B.”"): the speaker is carried over, but the words are a new statement, not the rest of the
    one the cue attributed (nor are the quotations that go on after it, which ``_inherit`` keeps apart)."""
    assert previous.cue is not None
    layout = ctx.layout
    after = layout.unit_of(min(layout.token_at(previous.end), len(ctx.doc) - 1)).index
    before = layout.unit_of(min(layout.token_at(span.outer_start), len(ctx.doc) - 1)).index
    cue = previous.cue
    own = {layout.unit_of(i).index for i in (cue.first, cue.last, cue.speaker) if i is not None}
    return any(index not in own and _a_clause(ctx, layout.units[index]) for index in range(after + 1, before))


def _a_clause(ctx: Context, unit: Unit) -> bool:
    """A unit with a verb: a sentence, not a piece of a name the parser cut off ("Lt." | "Tyler Reyes.")."""
    return any(t.pos_ in ("VERB", "AUX") for t in ctx.doc[unit.start:unit.end])


def _resumes_after_attribution(ctx: Context, span: MarkedSpan, previous: Candidate) -> bool:
    """"“A,” said Ann Lee, a lecturer at the city's college, “but B.”": a quotation that goes on in its sentence
    after the attribution that closed the quotation before it is the rest of that speech, however long the
    speaker's apposition (one attribution, PARC). The cue lies between the two, in the same sentence, and
    only a comma or dash hands the words on."""
    if previous.cue is None or previous.end > span.outer_start:
        return False
    cue = ctx.doc[previous.cue.last]
    if not previous.end <= cue.idx < span.outer_start:
        return False
    before = _last_visible(ctx.text, span.outer_start)
    if before < 0 or ctx.text[before] not in ",—–":
        return False
    comma = ctx.layout.token_at(before)
    if comma >= len(ctx.doc) or ctx.layout.unit_of(comma).index != ctx.layout.unit_of(cue).index:
        return False
    # "“A,” she wrote, adding that …, “B.”": a cue after the attribution has content of its own, which the
    # quotation is part of
    return not any(t.lemma_.lower() in ctx.lexicon.speech_verbs or _cue_at(ctx, t) is not None
                   for t in ctx.doc[cue.i + 1 : comma])


def continued_from_reported(ctx: Context, direct: list[Candidate], marked: list[MarkedSpan],
                            reported: list[Candidate]) -> list[Candidate]:
    """A quotation with no cue that opens a sentence right after reported speech quoting words of one source
    ("Brown “felt a duty” to help, her sister said. “She never stopped.”") is that source's too, as a quote
    after a direct quote continues its speaker (``_inherit``). It is an attribution of its own: the reported
    clause and the quotation are two statements, one paraphrased and one in the source's words — unless the
    reported clause is only the quotation before, whose words this one continues. Not after a
    colon (the words before it hand it over) nor a line led by a dash (a section title)."""
    if all(c.cue is not None and not c.inherited for c in direct):
        return direct
    number_of = {span.start: number for number, span in enumerate(marked)}
    attributed = [r for r in reported if r.cue is not None]
    ends = sorted((r.end, n) for n, r in enumerate(attributed))
    result: list[Candidate] = []
    given: Candidate | None = None  # the quotation just before, when it took its speaker here
    carried: tuple[Candidate, Candidate] | None = None  # a quotation handed to a later attribution: before, after
    for candidate in direct:
        if carried is not None and candidate.inherited and _same_group(candidate, carried[0]):
            # "“A,” Lee said, adding that B. “C.” “D.”": D inherited C's speech before C was handed over
            result.append(replace(candidate, cue=carried[1].cue, kind=carried[1].kind, alone=carried[1].alone))
            given = None
            continue
        carried = None
        if candidate.inherited and candidate.marked and candidate.start in number_of:
            here = marked[number_of[candidate.start]]
            handed = _after_later_attribution(ctx, candidate, here, attributed, ends)
            if handed is candidate:
                handed = _to_next_speaker(ctx, candidate, here, attributed, ends)
            carried = (candidate, handed) if handed is not candidate else None
            candidate = handed
        uncued = candidate.cue is None and candidate.marked and candidate.start in number_of
        number = number_of[candidate.start] if uncued else 0
        span = marked[number]
        if number and not span.dialogue and _opens_sentence(ctx, span) and not _after_colon(ctx, span):
            previous = marked[number - 1]
            holder = next((r for r in attributed if r.start <= previous.start and previous.end <= r.end), None)
            if holder is not None and _next_in_speech(ctx, span, holder.start):
                # the reported clause that is nothing but the quotation before (“A” said Lee. “B.”) paraphrases
                # nothing: the next quotation goes on with the same words, one attribution
                quoted_only = previous.outer_start <= holder.start and holder.end <= previous.outer_end
                candidate = Candidate(candidate.start, candidate.end, True, holder.cue, marked=True, inherited=True,
                                      alone=None if quoted_only else candidate.start)
        if uncued and candidate.cue is None:
            candidate = _after_reported_clause(ctx, candidate, span, attributed, ends)
        if uncued and candidate.cue is None and given is not None:
            # “B.” going on from a quotation that took its speaker here from the reported clause before it
            candidate = _inherit(ctx, candidate, span, given)
        given = candidate if uncued and candidate.cue is not None else None
        result.append(candidate)
    return result


def _after_reported_clause(ctx: Context, candidate: Candidate, span: MarkedSpan, attributed: list[Candidate],
                           ends: list[tuple[int, int]]) -> Candidate:
    """A quotation with no attribution of its own that opens a sentence or paragraph right after a sentence of
    reported speech ("Holt said the party would fight on. ¶ “We owe it to the voters.”") is the speech of that
    clause's source: news style names a speaker once and lets the quotations after go on in that voice until
    another speaker or the writer's own narration comes between (AP, Reuters). It is an attribution of its own,
    the paraphrase and the quotation being two statements."""
    reported = _reported_just_before(ctx, candidate, span, attributed, ends)
    if reported is None:
        return candidate
    return replace(candidate, cue=reported.cue, kind=reported.kind, inherited=True, alone=candidate.start)


def _to_next_speaker(ctx: Context, candidate: Candidate, span: MarkedSpan, attributed: list[Candidate],
                     ends: list[tuple[int, int]]) -> Candidate:
    """A quotation carried over from the speaker of the quotation before goes to another speaker instead when a
    sentence reporting that speaker's words comes between ("“A,” Holt said. Her rival, Price, said the plan
    was reckless. “B.”" — B is Price's): the speaker of a continuing quotation is the last one named. The
    reported clause is a sentence of its own after the carried cue's (a clause inside the first speaker's
    sentence, ", adding that the report showed …", is part of that speech)."""
    reported = _reported_just_before(ctx, candidate, span, attributed, ends)
    if reported is None or candidate.cue is None or reported.cue is None:
        return candidate
    carried = ctx.doc[candidate.cue.last]
    cue = ctx.doc[reported.cue.last]
    if cue.i <= carried.i or reported.start <= carried.idx \
            or ctx.layout.unit_of(cue.i).index == ctx.layout.unit_of(carried.i).index:
        return candidate
    return replace(candidate, cue=reported.cue, kind=reported.kind, alone=candidate.start)


def _reported_just_before(ctx: Context, candidate: Candidate, span: MarkedSpan, attributed: list[Candidate],
                          ends: list[tuple[int, int]]) -> Candidate | None:
    """The reported clause of saying whose sentence ends right before the quotation, when the quotation can go on
    in its source's voice. Only a whole sentence in marks goes on so — a title or a phrase in scare quotes is
    no speech — and only when nothing but the end of the sentence (and a paragraph break) lies between the
    clause and the quotation, the sentence asks nothing, the clause's cue is a verb of saying with a clause for
    content ("recalled his temper" names a topic, no statement) and its subject can speak, and no colon hands
    the quotation over. Of clauses ending together the outermost ("Price said the report showed …") speaks."""
    if span.dialogue or not _opens_sentence(ctx, span) or _after_colon(ctx, span) \
            or not _whole_sentence(ctx, span) or _title_case(ctx, candidate):
        return None
    index = bisect_right(ends, (span.outer_start, len(attributed))) - 1
    if index < 0:
        return None
    last_end = ends[index][0]
    reported = min((attributed[n] for end, n in ends if end == last_end), key=lambda r: r.start)
    assert reported.cue is not None
    if reported.marked or reported.cue.speaker is None or not _clausal(ctx, reported) \
            or cue_lemma(ctx.doc[reported.cue.last], ctx.lexicon) not in ctx.lexicon.speech_verbs \
            or not _can_speak(ctx.doc[reported.cue.speaker]):
        return None
    between = ctx.text[reported.end:span.outer_start]
    if any(char.isalnum() or char in ctx.lexicon.all_marks for char in between) \
            or not any(char in _SENTENCE_FINAL for char in between) or not _next_in_speech(ctx, span, reported.start):
        return None
    if ctx.text[_last_visible(ctx.text, span.outer_start)] == "?":
        return None  # "Did Holt say the party would fight on?": a question reports no one's speech
    if _indirect_question(ctx, reported):
        return None  # "The host asked Lee whether she would run. ¶ “…”": the one asked answers, not the asker
    return reported


def _indirect_question(ctx: Context, content: Candidate) -> bool:
    """Reported content that is a question ("whether she would run", "why he stayed away"): what follows it is
    an answer, in another voice."""
    first = ctx.layout.token_at(content.start)
    if first >= len(ctx.doc):
        return False
    word = ctx.doc[first]
    return word.lower_ in ("whether", "if") or word.tag_ in ("WDT", "WP", "WP$", "WRB")


def _can_speak(subject: Token) -> bool:
    """The subject of a verb of saying that can go on speaking in a quotation: a noun, a name or a personal
    pronoun ("Her rival, James Price, said …"), not an expletive, a demonstrative or a relative's pronoun."""
    return subject.pos_ in ("NOUN", "PROPN", "PRON") and subject.lower_ not in _NO_SPEAKER


def _whole_sentence(ctx: Context, span: MarkedSpan) -> bool:
    """The marks hold a sentence that ends in them or right after them (“We owe it to the voters.”), not a phrase
    the sentence goes on from (“Fake news” is his phrase)."""
    inner = ctx.text[span.start:span.end].rstrip()
    if inner[-1:] in _SENTENCE_FINAL:
        return True
    after = _first_visible(ctx.text, span.outer_end)
    return after >= len(ctx.text) or ctx.text[after] in _SENTENCE_FINAL or ctx.text[after] == "\n"


def _same_group(candidate: Candidate, other: Candidate) -> bool:
    """Two candidates bound to one attribution by ``by_cue``: the same cue and the same opening quotation."""
    assert candidate.cue is not None and other.cue is not None
    return (candidate.cue.first, candidate.cue.speaker, candidate.alone) == \
        (other.cue.first, other.cue.speaker, other.alone)


def _after_later_attribution(ctx: Context, candidate: Candidate, span: MarkedSpan, attributed: list[Candidate],
                             ends: list[tuple[int, int]]) -> Candidate:
    """A quotation that opens a sentence right after reported speech ("“A,” Lee said, adding that B. “C.”",
    "“A,” said Lee, who also said that B. “C.”") goes on with the speech reported last, not with the
    quotation before it: the words it continues are the reported clause's, and the two are one attribution
    (PARC), as a reported clause ending a quotation's sentence hands the next sentence on to its source.
    Only when nothing but the end of the sentence lies between the clause and the quotation, the clause comes
    after the quotation the speaker was carried from, its cue is a verb of saying and its content a clause: a
    stance in a clause describing the speaker ("…, said Lee, who opposed the plan.") or a noun phrase
    ("…, said Lee, who recalled his temper.") does not take the speech over."""
    if span.dialogue or not _opens_sentence(ctx, span) or _after_colon(ctx, span):
        return candidate
    index = bisect_right(ends, (span.outer_start, len(attributed))) - 1
    if index < 0:
        return candidate
    reported = attributed[ends[index][1]]
    assert reported.cue is not None and candidate.cue is not None
    cue_at = ctx.doc[reported.cue.first].idx
    carried_from = ctx.doc[candidate.cue.last].idx
    if (reported.cue.first, reported.cue.speaker) == (candidate.cue.first, candidate.cue.speaker) \
            or reported.marked or cue_at <= carried_from or reported.start <= carried_from \
            or cue_lemma(ctx.doc[reported.cue.last], ctx.lexicon) not in ctx.lexicon.speech_verbs:
        return candidate
    if not _clausal(ctx, reported) or not _same_source(ctx, reported.cue.speaker, candidate.cue.speaker):
        return candidate
    between = ctx.text[reported.end:span.outer_start]
    if any(char.isalnum() for char in between) or not any(char in _SENTENCE_FINAL for char in between) \
            or not _next_in_speech(ctx, span, reported.start):
        return candidate
    return replace(candidate, cue=reported.cue, kind=reported.kind, alone=None)


def _same_source(ctx: Context, speaker: int | None, carried: int | None) -> bool:
    """The reported clause's source is the quotation's: the same subject (", adding that …" is controlled by
    it), a personal pronoun, or a relative pronoun whose clause describes that speaker or their apposition
    ("said Lee, a lecturer, who also said that …"); not an inanimate relative ("with a passion that suggested …")."""
    if speaker is None or carried is None:
        return False
    if speaker == carried:
        return True
    token = ctx.doc[speaker]
    lower = token.lower_
    if lower in ctx.lexicon.person_pronouns:
        return True
    if lower not in ctx.lexicon.relative_pronouns or token.head.dep_ != "relcl":
        return False
    described = token.head.head
    while described.dep_ == "appos" and described.head.i != described.i:  # "Lee, a lecturer, who …"
        described = described.head
    first, last = mention_bounds(ctx.doc[carried])
    return described.i == carried or first <= described.i < last


def _clausal(ctx: Context, content: Candidate) -> bool:
    """Content that is a clause (its head a verb: "that he had fought …", "why he stayed away"), a statement
    the next sentence can go on with; a noun phrase ("recalled his temper") names what was said about."""
    tokens = ctx.layout.tokens_in(content.start, content.end)
    heads = [ctx.doc[i] for i in tokens
             if not content.start <= ctx.doc[i].head.idx < content.end or ctx.doc[i].head.i == i]
    return bool(heads) and all(t.pos_ in ("VERB", "AUX") for t in heads if not t.is_punct)


def _after_colon(ctx: Context, span: MarkedSpan) -> bool:
    before = _last_visible(ctx.text, span.outer_start)
    return before >= 0 and ctx.text[before] == ":"


def _last_visible(text: str, end: int) -> int:
    """Index of the last character before ``end`` that is not a space (-1 when there is none)."""
    i = end - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i


def _first_visible(text: str, start: int) -> int:
    """Index of the first character from ``start`` on that is not a space or tab (``len(text)`` when none)."""
    i = start
    while i < len(text) and text[i] in " \t\u00a0":
        i += 1
    return i


def _next_in_speech(ctx: Context, span: MarkedSpan, previous_start: int) -> bool:
    """The quotation is in the paragraph of the speech before it, or opens the next paragraph."""
    here = ctx.layout.paragraph_of(span.outer_start)
    there = ctx.layout.paragraph_of(previous_start)
    return here == there or (here == there + 1 and ctx.layout.paragraphs[here][0] == span.outer_start)


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
    """An unattributed quotation long enough to be speech, and not a title: "the host of “The Evening
    Hour With Dana Brooks”", "wrote “Winning The Long Game: A Field Guide”" name a work, in Title Case."""
    return (len(ctx.text[candidate.start : candidate.end].split()) >= _MIN_UNATTRIBUTED_WORDS
            and not _title_case(ctx, candidate))


def _title_case(ctx: Context, candidate: Candidate) -> bool:
    """Every word that is not a function word begins with a capital: how English writes the name of a book,
    show, film or song."""
    first = ctx.layout.token_at(candidate.start)
    words = [t for t in ctx.doc[first : ctx.layout.token_at(candidate.end)]
             if t.idx < candidate.end and t.is_alpha]
    content = [t for t in words if not t.is_stop]
    if len(content) < 2 or not all(t.text[0].isupper() for t in content) or all(t.is_upper for t in content):
        return False  # capitals throughout are a slogan or a shout, not a title
    # in a Title Case headline every quotation is capitalised, speech too: only prose around it tells a title
    para_start, para_end = ctx.layout.paragraph_span(candidate.start)
    around = ctx.doc[ctx.layout.token_at(para_start) : ctx.layout.token_at(para_end)]
    return any(t.is_alpha and not t.is_stop and t.text[0].islower()
               and not candidate.start <= t.idx < candidate.end for t in around)
