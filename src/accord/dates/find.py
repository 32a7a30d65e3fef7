"""Finds and normalises every temporal expression of a parsed document."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from accord.blackboard import PUBLISHED
from accord.dates.grammar import (
    MONTHS,
    SEASON_SENSE_NOUNS,
    SEASON_SENSE_VERBS,
    WEEKDAY_NAME_WORDS,
    WEEKDAYS,
    Candidate,
    bare_year,
    find_candidates,
    holiday_key,
)
from accord.dates.lede import lede_sentences
from accord.dates.resolve import Resolved, resolve, resolve_nearest
from accord.doc_index import (
    QUOTATION_MARK,
    doc_text,
    is_headline,
    quotation_start,
    sentence_index,
    sentence_of,
    span_text,
)
from accord.records import DateRef
from accord.syntax import PRESENT_TAGS
from accord.words import speech_verbs

# A match inside one of these entities is part of a name ("Theresa May", "the Sunday Times").
NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "LAW", "NORP", "GPE", "FAC"})
# Explicit dates and quarters are trusted even inside a name-like entity (the model calls "Q4" a PRODUCT).
EXPLICIT_KINDS = frozenset({"iso", "numeric", "weekday_date", "month_day", "day_month", "day_relative_year",
                            "month_year", "quarter"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# The modal of the future seen from a past report ("said he *would* visit").
FUTURE_IN_THE_PAST_AUX = frozenset({"would", "'d"})
FUTURE_HEADS = frozenset({"plan", "schedule", "due", "expect", "set", "intend", "aim", "prepare"})
# Days given without a year: on a clause not told in the past, the nearer of the two readings (news style
# gives the year of any day not of the current one).
# A named day ("on Christmas Eve") is one. (Not a month modifying a noun, "the December increase", "a June
# letter": news names so the month of a thing done, the last one, unless its clause tells what is to come.)
YEARLESS_DAY_KINDS = frozenset({"month_day", "day_month", "weekday_date", "holiday"})
# Entity labels that make a named day's words part of a place's or a body's name.
PLACE_OR_BODY_LABELS = frozenset({"GPE", "FAC", "ORG"})
# Named days and months named as a noun's modifier: read ahead in a clause of possibility (a modal).
NAMED_PERIOD_KINDS = frozenset({"holiday", "month_modifier"})
# How a named day stands in its clause when it is a participant, not a time ("calling *Christmas* a sham",
# "*Thanksgiving* is a family holiday").
PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative", "appos", "ROOT"})
# Words that name a day from the time they are said: in a quotation, the speaker's (find._said_days_in_quotations).
SPEAKERS_DAY_KINDS = frozenset({"deictic", "part_of_today", "last_night"})
# How many sentences before a quotation the report it goes on from may be.
QUOTE_REPORT_SENTENCES = 2
# How many characters before a weekday to look for a word that makes a day's name of it ("Small Business").
NAME_WORDS_BACK = 20
# Dependencies by which a month name modifies the noun after it ("a *September* letter").
MONTH_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
# How many words up from a time phrase its clause's verb may be ("will travel to Paris [for talks [on
# Tuesday]]": four); the walk stops at the first verb.
CLAUSE_REACH = 8
# Spans preceded by these are durations ("for the next decade"), not points in time.
DURATION_LEAD = ("for the ", "over the ", "within the ", "in the ", "during the ")
ANAPHORIC = "anaphoric_day"
# Days after the day the text last gave that "that day", "the next day" ... name.
ANAPHORIC_SHIFT = {"that": 0, "the same": 0, "the next": 1, "the following": 1, "the previous": -1}
# How far back (characters: a few sentences) the day such an expression refers to may be.
ANAPHORA_REACH = 800


def parse_anchor(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def find_dates(doc: Doc) -> list[DateRef]:
    """All temporal expressions in ``doc``, normalised against ``doc._.accord_published``."""
    anchor = parse_anchor(PUBLISHED.get(doc))
    full_text = doc_text(doc)
    candidates = find_candidates(full_text) + _entity_years(doc)
    dates: list[DateRef] = []
    anaphoric: list[Candidate] = []
    deictic: dict[int, Candidate] = {}  # by offset: the words that name a day from the speaker's own
    for candidate in _longest_first(candidates):
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if span is None or _is_false_positive(full_text, candidate, span):
            continue
        if candidate.kind == ANAPHORIC:
            anaphoric.append(candidate)
            continue
        resolved = _resolved(candidate, span, anchor)
        if resolved is None and anchor is not None:
            continue
        text = full_text[candidate.start : candidate.end]
        if candidate.kind in SPEAKERS_DAY_KINDS:
            deictic[candidate.start] = candidate
        dates.append(
            DateRef(
                text=text,
                start=candidate.start,
                end=candidate.end,
                value=resolved.value if resolved else None,
                granularity=resolved.granularity if resolved else None,
                first_day=resolved.first_day.isoformat() if resolved else None,
            )
        )
    dates.sort(key=lambda d: d.start)
    dates = _said_days_in_quotations(doc, dates, deictic, full_text)
    dates = _without_seasons_of_another_year(doc, dates, anchor, full_text)
    return sorted(dates + _anaphoric_days(anaphoric, dates, full_text), key=lambda d: d.start)


def _said_days_in_quotations(doc: Doc, dates: list[DateRef], deictic: dict[int, Candidate],
                             full_text: str) -> list[DateRef]:
    """"'We will vote *tomorrow*,' the senator said on Tuesday.": "today", "tomorrow", "last night" name a day
    from the time they are said, the speaker's, not the article's. Inside a quotation of a paragraph whose
    saying the text dates to a day ("said on Tuesday", outside the quotation), they count from that day."""
    if not deictic:
        return dates
    said = [d for d in dates if d.granularity == "day" and d.first_day and d.start not in deictic
            and quotation_start(doc, d.start) is None and _dates_a_saying(doc, d)]
    out = []
    for ref in dates:
        candidate = deictic.get(ref.start)
        saying = _nearest_in_paragraph(doc, full_text, ref, said) if candidate is not None and said \
            and quotation_start(doc, ref.start) is not None and not _quoted_alone(full_text, ref) else None
        resolved = resolve(candidate, date.fromisoformat(saying.first_day or "")) \
            if saying is not None and candidate is not None else None
        out.append(ref if resolved is None else replace(ref, value=resolved.value, granularity=resolved.granularity,
                                                        first_day=resolved.first_day.isoformat()))
    return out


def _dates_a_saying(doc: Doc, ref: DateRef) -> bool:
    """The day modifies a verb of saying ("said *on Tuesday*", "told reporters *Tuesday*")."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    verb = clause_verb(span.root) if span is not None else None
    return verb is not None and verb.lemma_.lower() in speech_verbs()


def _quoted_alone(full_text: str, ref: DateRef) -> bool:
    """The word is all its quotation holds (the ''Today'' show): a name or a term, not a speaker's words."""
    return bool(QUOTATION_MARK.match(full_text, ref.end)) and bool(
        QUOTATION_MARK.search(full_text[max(0, ref.start - 2) : ref.start]))


def _nearest_in_paragraph(doc: Doc, full_text: str, ref: DateRef, said: list[DateRef]) -> DateRef | None:
    """The dated saying nearest the quoted word in its paragraph, in its sentence, the sentence after (a
    quotation the next sentence attributes) or up to :data:`QUOTE_REPORT_SENTENCES` before (a report the
    quotation goes on from)."""
    first = full_text.rfind("\n", 0, ref.start) + 1
    last = full_text.find("\n", ref.end)
    last = len(full_text) if last < 0 else last
    at = _sentence_number(doc, ref.start)
    near = [d for d in said if first <= d.start and d.end <= last
            and -1 <= at - _sentence_number(doc, d.start) <= QUOTE_REPORT_SENTENCES]
    return min(near, key=lambda d: abs(d.start - ref.start)) if near else None


def _sentence_number(doc: Doc, offset: int) -> int:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return sentence_index(doc).number_of(span.root) if span is not None else -1


def _without_seasons_of_another_year(doc: Doc, dates: list[DateRef], anchor: date | None,
                                     full_text: str) -> list[DateRef]:
    """"In 2014 the army retook the city. Over the summer it ...": a season named with the definite article is
    the one the reader has in mind — of the year a time the text gave shortly before it names (within
    :data:`ANAPHORA_REACH`), else of the story's days. Resolved against the publication date, it is dropped
    after a time of a year other than its own (the reader cannot tell it from the anchor alone): in January's
    paper "December 20 ... over the summer" are both of the year before."""
    kept: list[DateRef] = []
    for ref in dates:
        if ref.granularity == "season" and _definite_season(full_text, ref) and anchor is not None \
                and any(d.first_day and d.first_day[:4] not in _years_of_season(ref) and d is not ref
                        and (ref.start - d.end <= ANAPHORA_REACH if d.start < ref.start
                             else _sentence_number(doc, d.start) == _sentence_number(doc, ref.start))
                        for d in dates):
            continue  # a time of another year shortly before, or anywhere in its sentence
        kept.append(ref)
    return kept


def _years_of_season(ref: DateRef) -> tuple[str, ...]:
    """The years the season's days fall in: a winter runs from December into the next year."""
    first = int((ref.first_day or "0000")[:4])
    return (str(first), str(first + 1)) if (ref.value or "").endswith("WI") else (str(first),)


def _definite_season(full_text: str, ref: DateRef) -> bool:
    return full_text[ref.start : ref.end].lower().startswith("the ") and not any(c.isdigit() for c in ref.text)


def _anaphoric_days(found: list[Candidate], dates: list[DateRef], full_text: str) -> list[DateRef]:
    """"Talks began on Monday. Later *that day* ...", "... *the next day*": the day the text last gave, within
    reach, shifted as the words say. None resolved when the text gave no day before (the reader cannot tell)."""
    out = []
    starts = [d.start for d in dates]
    for candidate in found:
        before = [d for d in dates[: bisect_left(starts, candidate.start)]
                  if d.granularity == "day" and d.first_day and candidate.start - d.end <= ANAPHORA_REACH]
        if not before:
            continue
        day = date.fromisoformat(before[-1].first_day or "") + timedelta(days=ANAPHORIC_SHIFT[
            candidate.parts["ref"].lower()])
        out.append(DateRef(text=full_text[candidate.start : candidate.end], start=candidate.start, end=candidate.end,
                           value=day.isoformat(), granularity="day", first_day=day.isoformat()))
    return out


def _resolved(candidate: Candidate, span: Span, anchor: date | None) -> Resolved | None:
    """The candidate's value on the side of the publication date its clause's tense says: the next one for
    the future ("will meet on Monday") and for the present of a scheduled act, which a day put directly on
    it makes ("ministers *meet on Tuesday*", "it *is* his birthday *on Tuesday*"); for a day without a year
    on a clause not told in the past, the nearer one; else the last one."""
    future = is_future(span.root)
    if future:
        return resolve(candidate, anchor, future=True)
    verb = clause_verb(span.root)
    if candidate.kind == "weekday" and verb is not None and _day_on_present(span.root, verb) \
            and not _headline_present(verb):
        return resolve(candidate, anchor, future=True)
    if candidate.kind == "weekday" and verb is not None and _future_in_the_past(verb):
        return resolve_nearest(candidate, anchor)
    if candidate.kind == "season" and candidate.parts.get("mod") == "the" and not (
            verb is not None and told_in_past(verb)):
        return None  # "the debates in the fall", "would win in the spring": which one, the tense does not tell
    if candidate.kind in NAMED_PERIOD_KINDS and verb is not None and _possibility(verb):
        return resolve(candidate, anchor, future=True)
    if candidate.kind in YEARLESS_DAY_KINDS and not (verb is not None and told_in_past(verb)):
        return resolve_nearest(candidate, anchor)
    return resolve(candidate, anchor)


def _future_in_the_past(verb: Token) -> bool:
    """The clause tells, with "would", what a report in the past said was to come ("said he *would visit* Ohio on
    Monday", "announced that talks *would resume* Friday"): the future seen from the saying, which lies days
    before the article at most. Its weekday is the nearer of the last and the coming one — the coming one when
    the plan is still ahead (a Monday said of in Friday's paper), the last one when it was said early in the week
    (a Wednesday said of on Tuesday, told on Friday)."""
    head = verb
    for _ in range(CLAUSE_REACH):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_IN_THE_PAST_AUX for c in head.children):
            if not _would_clause_to_come(head):
                return False
            break
        if head.dep_ != "xcomp" or head.head.i == head.i:
            return False
        head = head.head  # "said he would try to meet them on Monday": the modal is on the verb above
    else:
        return False
    while head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("ccomp", "parataxis") and told_in_past(head.head)


def _would_clause_to_come(verb: Token) -> bool:
    """The verb under "would" tells what is to come: a bare infinitive ("would *hold*"), or the participle of a
    passive or progressive whose "be" is bare too ("would be *held*", "would be *leaving*"). Not the perfect,
    "would *have* won" (what did not come), nor "he'd *met*" or "he'd been *held*" ('d for "had")."""
    group = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lemma_.lower() == "have" for c in group):
        return False
    if verb.tag_ == "VB":
        return True
    be_dep = "auxpass" if verb.tag_ == "VBN" else "aux" if verb.tag_ == "VBG" else None
    return be_dep is not None and any(c.dep_ == be_dep and c.lemma_.lower() == "be" and c.tag_ == "VB" for c in group)


def _headline_present(verb: Token) -> bool:
    """The verb is in the simple present of a headline ("Senator *blasts* governor on Monday"): a headline tells
    the news just past in the simple present (and what is to come with "to": "Senator to visit Iowa on Monday"),
    so its weekday is the last one, not the coming one a scheduled present names in running text. Not a
    preview's present, which tells a plan as running text does (:func:`_headline_previews`)."""
    return verb.tag_ in PRESENT_TAGS and is_headline(sentence_of(verb)) and not _headline_previews(verb)


def _headline_previews(verb: Token) -> bool:
    """A headline's present tells what is to come ("Leaders *meet* on Monday to discuss trade deal"): the story's
    lede, which tells the headline's act again, tells it as planned ("EU leaders will meet ...", "are due to
    meet") — or, when the lede does not tell it again, the headline gives the act a purpose still to be served
    (an infinitive of purpose: "to discuss"), as a meeting announced is, when the lede's opening sentence tells
    its own act as to come too (in the future or a scheduled present: "The talks *open* a week of bargaining").
    A lede that tells an act done ("met", "has met", or another verb: "criticized" for "slams") says the news
    is past, whatever purpose the headline names: past acts serve purposes too ("slams governor to rally base")."""
    told_again = _lede_retelling(verb)
    if told_again is not None:
        return _planned(told_again)
    opening = _lede_opening(verb)
    return opening is not None and not told_in_past(opening.root) and any(
        c.dep_ == "advcl" and c.tag_ == "VB" and any(a.tag_ == "TO" for a in c.children) for c in verb.children)


def _lede_opening(verb: Token) -> Span | None:
    """The lede's first sentence after the headline ``verb`` is in, if any."""
    headline = sentence_of(verb)
    return next((s for s in lede_sentences(verb.doc) if s.start >= headline.end), None)


def _lede_retelling(verb: Token) -> Token | None:
    """The verb of the headline's lemma in the lede's sentences after the headline (the lede tells the
    headline's news again at length, :func:`accord.dates.lede.lede_sentences`), if any."""
    headline = sentence_of(verb)
    return next((t for s in lede_sentences(verb.doc) if s.start >= headline.end for t in s
                 if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() == verb.lemma_.lower()), None)


def _planned(verb: Token) -> bool:
    """The verb tells an act to come: in the future ("will meet", :func:`is_future`), or the infinitive of a
    word of plan or schedule ("are *due* to meet", "*plan* to meet"), however the parser hung it."""
    if is_future(verb):
        return True
    head = verb
    for _ in range(CLAUSE_REACH):
        if head.dep_ not in ("xcomp", "acomp") or head.head.i == head.i:
            return False
        head = head.head
        if head.lemma_.lower() in FUTURE_HEADS or is_future(head):
            return True
    return False


def _possibility(verb: Token) -> bool:
    """The clause tells what can or may come, with a modal and no perfect ("could draw voters in *a November*
    election", "may march on *Bastille Day*"; not "could have won"): a named day or month of it lies ahead."""
    for _ in range(CLAUSE_REACH):
        group = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(c.tag_ == "MD" for c in group):
            return not any(c.lemma_.lower() == "have" for c in group)
        # an infinitive has the modality of the clause it completes ("could draw voters *to improve* chances in
        # a November election", "could help *inoculate* her against an October surprise")
        if verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i \
                or not (verb.tag_ == "VB" or any(c.tag_ == "TO" for c in group)):
            return False
        verb = verb.head
    return False


def clause_verb(token: Token) -> Token | None:
    """The first verb up from ``token`` through the nouns and prepositions its phrase hangs on."""
    head = token
    for _ in range(CLAUSE_REACH):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def told_in_past(verb: Token) -> bool:
    """The verb is in the past or the perfect, active or passive ("met", "was held", "has met", "did go"),
    or coordinated with a verb that is and shares its auxiliary ("was betrayed and *arrested* on 23 October")."""
    for _ in range(CLAUSE_REACH):
        if verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_.lower() == "have")
                                     for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i or verb.tag_ != "VBN":
            return False
        verb = verb.head
    return False


def scheduled_present(verb: Token, timed: Callable[[Token], bool]) -> bool:
    """A verb in the present, simple or progressive, with a time of its own among its children (one that ``timed``
    accepts): a present with a time is a scheduled act, not done yet ("the summit *opens on Monday*", "*is holding*
    talks on Tuesday", "the leaders *are meeting next week*"). The one test of the dates stage (which side of the
    publication date a weekday falls) and of the event coder's factuality (an act to come)."""
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" and c.tag_ in PRESENT_TAGS for c in verb.children)
    if not (verb.tag_ in PRESENT_TAGS or progressive) or told_in_past(verb):
        return False
    return any(timed(child) for child in verb.children)


def _day_on_present(word: Token, verb: Token) -> bool:
    """A day put directly on a verb in the present that reports nothing (:func:`scheduled_present`). Not a day on a
    noun ("*Monday's* attack is the deadliest"), nor a report's ("officials say")."""
    host = word.head if word.dep_ == "npadvmod" else (
        word.head.head if word.dep_ == "pobj" and word.head.dep_ == "prep" else None)
    if host is None or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return False
    if host.i == verb.i:
        anchor = word if word.dep_ == "npadvmod" else word.head  # "meet *Tuesday*", "meet *on* Tuesday"
    elif host.dep_ == "attr" and host.head.i == verb.i:
        anchor = host  # a copula's predicate noun carries its clause ("it is his birthday on Tuesday")
    else:
        return False
    return scheduled_present(verb, lambda child: child.i == anchor.i)


def is_future(token: Token) -> bool:
    """True when the clause governing ``token`` speaks of the future ("will meet on Monday")."""
    head = token
    for _ in range(CLAUSE_REACH):  # up through the nouns and prepositions to the clause's verb
        if head.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children):
                return True
            if any(c.lower_ == "going" and c.dep_ == "aux" for c in head.children):
                return True
            if head.lemma_ in FUTURE_HEADS:
                return True
            if head.dep_ != "xcomp":
                return False
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def _entity_years(doc: Doc) -> list[Candidate]:
    found = []
    for ent in doc.ents:
        if ent.label_ == "DATE":
            candidate = bare_year(span_text(ent), ent.start_char)
            if candidate is not None:
                found.append(candidate)
    return found


def _longest_first(candidates: list[Candidate]) -> list[Candidate]:
    """Keeps the longest of overlapping matches; among equals, the earlier pattern."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), c.start))
    kept: list[Candidate] = []
    # Kept matches never overlap, so sorted by start they are sorted by end too: the only one a new match
    # can overlap is the last kept one starting before it ends (a bisection, not a scan of all kept, which
    # was quadratic in an article's dates).
    starts: list[int] = []
    ends: list[int] = []
    for candidate in ordered:
        before = bisect_left(starts, candidate.end)
        if before and ends[before - 1] > candidate.start:
            continue
        at = bisect_left(starts, candidate.start)
        starts.insert(at, candidate.start)
        ends.insert(at, candidate.end)
        kept.append(candidate)
    return kept


def _after_a_first_name(span: Span) -> bool:
    """The span's first word is the last of a name: a proper noun right before it compounds with it."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.pos_ == "PROPN" and before.dep_ == "compound" and before.head.i == span.start


def _is_false_positive(full_text: str, candidate: Candidate, span: Span) -> bool:
    before = full_text[max(0, candidate.start - 12) : candidate.start].lower()
    if candidate.kind in ("relative", "quarter") and before.endswith(DURATION_LEAD):
        return True
    if candidate.kind == "last_night" and span.root.dep_ == "amod":
        return True  # "an overnight stay" describes a thing, it does not date anything
    if candidate.kind in EXPLICIT_KINDS:
        return False
    if candidate.kind == "weekday" and "mod" not in candidate.parts and _ends_a_name(full_text, candidate):
        return True  # "since *Super Tuesday*", "the *Black Friday* sales": a named day, not one of this week
    if candidate.kind == "season" and _a_fall_or_a_spring_of_water(full_text, candidate, span):
        return True  # "broke his hip in the fall", "bathed in the spring": a body's fall, a spring of water
    if candidate.kind == "month_relative_year" and _after_a_first_name(span):
        return True  # "Theresa May last year said": the month is a surname
    if candidate.kind == "month_modifier" and not _modifies_a_noun(span):
        return True
    if candidate.kind == "holiday" and (span.root.dep_ in PARTICIPANT_DEPS
                                        or _a_seasons_thing(full_text, candidate, span)):
        return True  # the day talked about, or the season's thing, not the time of anything
    if candidate.kind == "holiday":  # a name of the day itself, whatever the model calls it (LAW, EVENT) ...
        return _named_after(span)  # ... but a place or body named after it
    return any(token.ent_type_ in NAME_LABELS for token in span)


def _a_fall_or_a_spring_of_water(full_text: str, candidate: Candidate, span: Span) -> bool:
    """"in the fall", "in the spring" whose clause tells of harm, injury or death, or of bathing or drinking
    (data/dates/seasons.yaml: its verb, or the verb's object or passive subject): a body's fall, a spring of water,
    not a season. After "over", "during" or "throughout", which take only a time, it is always the season."""
    if candidate.parts.get("mod") != "the" or candidate.parts.get("season", "").lower() not in ("fall", "spring") \
            or not full_text[max(0, candidate.start - 4) : candidate.start].lower().endswith("in "):
        return False
    verb = clause_verb(span.root)
    if verb is None:
        return False
    return verb.lemma_.lower() in SEASON_SENSE_VERBS or any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in SEASON_SENSE_NOUNS for c in verb.children)


def _ends_a_name(full_text: str, candidate: Candidate) -> bool:
    """The weekday is the last word of a day's name ("Super Tuesday", "Black Friday", "Cyber-Monday"): a word of
    data/dates/holidays.yaml's ``weekday_name_words`` right before it, capitalised. Such a day's date is none the
    story's week gives."""
    before = full_text[max(0, candidate.start - NAME_WORDS_BACK) : candidate.start]
    return any(before.endswith((f"{word} ", f"{word}-")) and not before[: -len(word) - 1][-1:].isalnum()
               for word in WEEKDAY_NAME_WORDS)


def _named_after(span: Span) -> bool:
    """A place or body whose name holds the day's and goes beyond it ("the Easter Rising", "Orthodox Christmas
    Cathedral"); the model's label on the day's own words alone ("Pentecost" as GPE) names no place."""
    return any(ent.label_ in PLACE_OR_BODY_LABELS and ent.start < span.end and span.start < ent.end
               and (ent.start < span.start or ent.end > span.end) for ent in span.doc.ents)


def _a_seasons_thing(full_text: str, candidate: Candidate, span: Span) -> bool:
    """A feast named in one word modifying a noun names a thing of its season, not a day: "a *Christmas*
    party", "the Berlin *Christmas* market", "*Easter* break", "*Halloween* masks", "*Christmas*-themed" (a
    named day in full does date its noun: "the *Bastille Day* attack", "*Memorial Day* weekend")."""
    if " " in holiday_key(candidate.parts["name"]).strip():
        return False
    return span.root.dep_ in MONTH_MODIFIER_DEPS or full_text[candidate.end : candidate.end + 1] in ("-", "\u2010")


def _modifies_a_noun(span: Span) -> bool:
    """A month name before a noun dates that noun ("a *September* letter", "a *March* speech") when the parser
    makes it the noun's modifier — not the head of a name ("a *March* for Our Lives") — and the text does not
    use the word as a person's name elsewhere ("a *June* comment" in a story about a Mr June)."""
    month = span.root
    if month.dep_ not in MONTH_MODIFIER_DEPS or month.head.pos_ != "NOUN" or month.head.i <= month.i:
        return False
    return not _used_as_a_name(span.doc, month.text)


def a_things_month(doc: Doc, ref: DateRef) -> bool:
    """The date is a bare month name modifying a noun ("compared with a *June* poll", "in a *June* letter"): the
    time of that thing, told of in passing, not a time the story's narrative moves to."""
    if ref.text.lower() not in MONTHS:
        return False
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in MONTH_MODIFIER_DEPS and span.root.head.pos_ == "NOUN"


def _used_as_a_name(doc: Doc, word: str) -> bool:
    """The text uses the month's word as a surname somewhere: the last word of a PERSON entity, or right after a
    capitalised proper noun that is no month or weekday ("Theresa May said", not "early May", "Friday 3 May")."""
    if any(ent.label_ == "PERSON" and ent[-1].text == word for ent in doc.ents):
        return True
    return any(t.text == word and t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].is_title
               and doc[t.i - 1].lower_ not in MONTHS and doc[t.i - 1].lower_ not in WEEKDAYS for t in doc)
