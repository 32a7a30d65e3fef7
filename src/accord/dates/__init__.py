"""Temporal expressions normalised against the publication date, and the date each event gets.

``event_date`` is what the event coder calls. An event's date is, in this order:

1. a time phrase that modifies one of the event's own words (:class:`~accord.dates.clause.EventWords`) or a
   noun of its setting: "signed the pact *on Monday*", "*Saturday's* attack", "met *last week*", "*In
   December* Trump announced", "died during an operation in Manbij *on Thursday*", a participle beside
   them ("*Speaking on Tuesday*, the general contradicted ...") or a verb coordinated with them ("shot down
   and destroyed *last night*"); a phrase that only orders the event ("*after* Monday's attack") does not
   date it, and an act told in the past or done by saying cannot happen after publication ("asked for
   talks *next week*": the week is the talks');
1b. for a clause placed a counted number of days after or before its governor ("on Monday, *a day after* he
   threatened"), the governor's day shifted by that many days;
2. the time a relative "when" clause hangs on ("in 2003, *when* Turkey refused ..."), or that of the clause
   it hangs in when the parser put the "when" elsewhere;
3. the time of the clause the event's clause shares its time with: the report it is told in ("said *on
   Monday* that Moscow expected ..."), the clause its participle or coordinated verb goes with, the clause
   an event noun is the circumstance of ("arrested six people *Monday* during a raid") — but not for a
   clause in the past perfect, or one that goes with such a clause (the report's day dates the saying, not
   what "said on Friday that the army *had arrested*" tells before it, nor the refusal in "said the talks
   *had failed* because the rebels refused"), or with an adverb of repetition ("leaders *had frequently*
   claimed");
4. the time the previous sentence of the paragraph set, for an act told in the simple past (the past tense
   is anaphoric: "Police arrested six people on Monday. Officers also arrested ...", active or passive; a
   report's time is that of what it reports, "was shot down on Monday, he said"), across a paragraph
   break and up to two sentences back when an adverb links them ("also", "later") — not into a clause
   describing a participant or a conjunct of a clause told in another tense, and not back to a main
   clause's time when that sentence went on to a later past time ("expelled in 1964, but returned ... in
   1970");
5. else its tense, aspect and adverbs decide (:mod:`accord.dates.aspect`): an act told as to come or
   possible (not a demand, threat or promise made by saying it) has no day yet, nor has background — told
   in the perfect ("has urged", "had opposed"), the simple present of a habit or state ("opposes"), with an
   adverb of repetition, span or an earlier time ("previously", "has long protested", "for months"), in a
   clause describing a participant (or inside one), as a stance in the simple past ("opposed"), by a noun an
   adjective places earlier ("recent threats"), or by a bare noun with no tense; an act told in the simple
   past is of the day the story's lede tells its news on, when that day is of the story's week
   (:func:`story_day`), and when the lede names no day, it is undated past the lede (:mod:`accord.dates.lede`:
   narration deep in a story, "The group seized the town", is background as often as the day's news) — but
   a statement reported there is of the scene the story last set (:func:`_day_of_the_scene`); any
   other act is news of the day and gets the publication date, marked ``source="published"``. A participle
   or a gerund has the tense of the verb it hangs on ("has recently stepped up his rhetoric, *accusing* ...",
   "laments *hosting*").

A clause or gerund placed before or after its governor, or given as its reason ("for refusing", "after
taking"), takes no time from it (3.), and a speech act said in a letter or statement takes the time of its
release ("in a letter released on Monday", 1.).

It takes the date records of the trigger's sentence window (the coder hands it those; any superset gives the
same answer).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from accord.dates.aspect import (
    auxiliaries,
    background_adverbial,
    background_words,
    describes_participant,
    goes_on,
    not_news_of_the_day,
    ordered_elsewhere,
    perfect,
    pluperfect,
    tense_carrier,
    told_as_earlier,
    told_before_its_time,
)
from accord.dates.clause import (
    CIRCUMSTANCE_PREPS,
    VERB_POS,
    EventWords,
    attachment,
    coordinated_verbs,
    described_nouns,
    in_setting,
    relative_antecedent,
    shared_time_clauses,
)
from accord.dates.find import a_things_month, find_dates, parse_anchor
from accord.dates.lede import in_lede, lede_sentences
from accord.dates.resolve import GRANULARITIES, latest_day
from accord.doc_index import doc_text, opening_sentence, sentence_of
from accord.records import DateRef
from accord.syntax import PRESENT_TAGS, has_nominal_subject
from accord.words import shared_words, speech_media

__all__ = ["EventWords", "event_date", "find_dates", "first_day_of", "narrated_past", "story_day"]

PAST_TAGS = frozenset({"VBD"})
_FINENESS = {granularity: rank for rank, granularity in enumerate(GRANULARITIES)}  # finest first
STARTING_PREPS = frozenset({"since", "from"})
# How many sentences back a narrative told in the simple past can reach for its time (the coder's window of
# date records reaches as far: accord.events.attachments).
NARRATIVE_HOPS = 2
# "two days *after* X": X is that many days before the governing clause (-1 per day counted), "*before*": after.
DAY_SHIFT_MARKS = {"after": 1, "before": -1}
# How a report's content clause hangs on it ("said [jets hit ...]", "[Jets hit ...], the ministry said").
REPORT_CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
# How a noun takes part in the clause of a verb (its subject, its object).
PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
DAYS_IN_UNIT = {"day": 1, "week": 7}
COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10}
# How far up through coordinated and adverbial clauses a clause shares its time with those it hangs on.
MAX_SHARED_HOPS = 4
# How many times named in a row before the story's week tell that a story has gone back to its past (one is
# a report's background: "protests that began in June").
GONE_BY_TIMES = 2
# An event dated this many days before publication or later is of the story's own days (a week: "on Monday"
# in Friday's paper, "last week").
STORY_DAYS = 7


@dataclass(frozen=True, slots=True)
class _Placed:
    """A date of the event's sentence and the word its phrase modifies."""

    ref: DateRef
    span: Span
    head: Token | None
    preposition: str


def event_date(event: EventWords, dates: Sequence[DateRef], published_on: str | None,
               story: DateRef | None = None, earlier: Sequence[DateRef] | None = None,
               quoted: bool = False) -> DateRef | None:
    """The date of ``event`` from the ``dates`` found around it, else what its tense, the article's publication
    date ``published_on``, the day its lede tells its news on (``story``, :func:`story_day`) and the times the
    story named before the event's sentence (``earlier``, in text order; None when the event is told in no
    scene of the story's own, as inside a quotation) give; None when none says when it happened. An act told
    in the simple past inside a quotation (``quoted``) with no time of its own is the speaker's past, which
    neither the story's day nor the publication day dates (:func:`_by_tense`)."""
    published = parse_anchor(published_on)
    placed = _placed(event.word, dates)
    own = [p for p in placed if _dates_event(p, event, published)]
    if own:
        return _best(_said_of_the_act(own, event), event.word)
    found = _of_simultaneous_clause(event, placed, published)
    if found is not None:
        return found
    found = _measured_from_governor(event, dates, published_on, story)
    if found is not None:
        return found
    found = _from_antecedent(event, placed) or _from_shared_clauses(event, placed, published)
    if found is not None:
        return found
    found = _narrative(event, dates, published)
    if found is not None:
        return found
    # a sentence naming a time that does not date the event places it against that time, in no scene of its own
    return _by_tense(event, published, story, None if placed else earlier, not placed and _hot_news(event), quoted)


def story_day(doc: Doc, dates: Sequence[DateRef], published_on: str | None) -> DateRef | None:
    """The day a story's lede tells its news on: the first day its first clauses give their main verb ("Police
    arrested six people *Monday* ...", "For a moment *on Tuesday*, ..."; not the day of what it is about,
    "condemned *Saturday's* attack", nor one it comes after, "*After Thursday's* bombing, ..."), when that day
    is one of the story's own (the week before publication). A news story tells its peg first; the acts it
    goes on to tell in the simple past with no time of their own are of that day, not of the paper's. None
    when the lede gives no such day. A headline counts as a clause; a dateline ("WASHINGTON —") does not."""
    published = parse_anchor(published_on)
    if published is None:
        return None
    for sentence in lede_sentences(doc):
        root = sentence.root
        found = [p for p in _placed(root, dates) if _pegs(p, root)]
        if found:
            ref = min(found, key=lambda p: p.span.start).ref
            first = first_day_of(ref)
            of_the_story = ref.granularity == "day" and first is not None \
                and published - timedelta(days=STORY_DAYS) <= first <= published
            return ref if of_the_story else None
    return None


def _pegs(placed: _Placed, root: Token) -> bool:
    """The date's phrase tells when the main clause ``root`` happened: it modifies the verb or a noun of its
    setting, or the noun of a phrase modifying the verb ("For a moment *on Tuesday*, ..."), with no ordering
    preposition on the way."""
    head = placed.head
    if head is None or placed.preposition in _ordering():
        return False
    if in_setting(head, frozenset({root.i}), _setting_preps()):
        return True
    prep = head.head
    return head.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i == root.i and prep.lower_ not in _ordering()


def _narrative(event: EventWords, dates: Sequence[DateRef], published: date | None) -> DateRef | None:
    """"Police arrested six people on Monday. Officers also arrested a seventh man.": the simple past is
    anaphoric, so a sentence told in it with no time of its own goes on at the time the previous sentence of
    its paragraph set in its main clause — or of the sentence before, across a paragraph break too, when an
    adverb links them ("Officers *also* arrested", "and *later* arrested"); and through that sentence to the
    one before it when it is itself so linked."""
    if event.prospective or not any(_simple_past(v) for v in event.verbs):
        return None
    if any(v.lemma_.lower() in background_words().continuation_verbs for v in event.verbs):
        return None  # "kept up their bombardment": going on since the time told before, not at it
    if describes_participant(event.top, False):
        return None  # "The aircraft, which *were engaged* in attacking ...": a participant's background
    if not _conjuncts_in_the_past(event.top):
        return None  # "are the members of the cell ... and beheaded": a conjunct takes its clause's tense
    doc = event.word.doc
    sent = sentence_of(event.word)
    linked = goes_on(event.verbs)
    for _ in range(NARRATIVE_HOPS):
        if sent.start == 0:
            return None
        previous = sentence_of(doc[sent.start - 1])
        between = doc_text(doc)[previous.start_char : sent.start_char]
        root = previous.root
        if ("\n" in between[len(between.rstrip()) :] and not linked) or not _simple_past(root):
            return None  # a new paragraph nothing links to, or a scene not told in the past (active or passive)
        found = _of_clause(root, _placed(root, dates), root) or _of_report_content(root, dates)
        if found is not None:
            start = first_day_of(found)
            if _moved_on(found, start, previous, dates, published):
                return None  # "In 1964 they were expelled, but returned when ... in 1970.": the story moved on
            if not linked and _flashback(start, previous, dates, published):
                return None  # one sentence gone back in time from the story's days: the story returns to them
            return found if start is not None and (published is None or start <= published) else None
        linked = goes_on(previous)  # the previous sentence goes on from the one before it
        if not linked:
            return None
        sent = previous
    return None


def _flashback(start: date | None, sentence: Span, dates: Sequence[DateRef], published: date | None) -> bool:
    """"The senator criticized the governor on Tuesday. In 2008 the governor defeated her in a primary. She
    accused him of lying.": the sentence that set the time ``start`` went back from the story's days (a time
    named before it dated an act of the story's week, :data:`STORY_DAYS`) to one before them. Such a sentence is a
    parenthesis of background: the next one, told in the simple past with no adverb keeping it there ("then",
    "later"), goes on with the story's news, not at that older time."""
    if start is None or published is None or start >= published - timedelta(days=STORY_DAYS):
        return False
    for named in dates:
        first = first_day_of(named)
        if named.end <= sentence.start_char and named.source == "text" and first is not None \
                and published - timedelta(days=STORY_DAYS) <= first <= published \
                and _sets_a_scene(sentence.doc, named):
            return True  # not a day that dates no act told ("hosts a *Sunday* talk show")
    return False


def _moved_on(found: DateRef, start: date | None, sentence: Span, dates: Sequence[DateRef],
              published: date | None) -> bool:
    """The sentence that set the time ``found`` goes on to date a clause told in the simple past at a later time,
    already past: the narrative has moved on to it ("expelled in 1964, but returned when ... signed a deal *in
    1970*"), not to a plan ("talks planned for later this month") nor to a time the sentence only places its
    act before ("almost cost him his caliphate *before* its collapse *last year*")."""
    for later in dates:
        first = first_day_of(later)
        if not (found.end <= later.start < sentence.end_char) or first is None or start is None or first <= start \
                or (published is not None and first > published):
            continue
        span = sentence.doc.char_span(later.start, later.end, alignment_mode="expand")
        where = attachment(span) if span is not None else None
        if where is None or where.preposition in _ordering() \
                or (where.head.dep_ == "pobj" and where.head.head.lower_ in _ordering()):
            continue  # "before *its collapse last year*": a time the act is placed against
        if _sets_a_scene(sentence.doc, later):
            return True
    return False


def _conjuncts_in_the_past(top: Token) -> bool:
    """The verbs ``top`` shares its subject with by coordination, up to the first conjunct, are told in the simple
    past too (a conjunct with a subject of its own is a clause with its own tense: "..., Macron said")."""
    current = top
    for _ in range(MAX_SHARED_HOPS):
        if current.dep_ != "conj" or current.head.i == current.i or has_nominal_subject(current):
            return True
        current = current.head
        if current.pos_ in VERB_POS and not _simple_past(current):
            return False
    return True


def _of_simultaneous_clause(event: EventWords, placed: list[_Placed], published: date | None) -> DateRef | None:
    """"Mercenaries were killed *when* US forces carried out strikes *last week*", "was shot *while* fleeing the
    town on Monday": an adverbial clause opened by a word of simultaneity happens at the event's time, so the
    time it gives is the event's (when possible for the event's tense). Only a clause after the verb: one put
    before the sentence's subject sets the scene for all of it, and the parser hangs it on the main verb even
    when it is the time of what a report says ("*When the guards found him on 10 August*, prosecutors alleged
    that they had lied": the lie, not the allegation)."""
    marks = shared_words().simultaneity_marks
    for verb in event.verbs:
        for clause in verb.children:
            if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX") or clause.i < verb.i \
                    or not any(c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in clause.children):
                continue
            found = _of_clause(clause, placed, event.word)
            if found is not None and _possible(found, event, published):
                return found
    return None


def _measured_from_governor(event: EventWords, dates: Sequence[DateRef], published_on: str | None,
                            story: DateRef | None) -> DateRef | None:
    """"Police arrested him on Monday, *two days after* he threatened the mayor": a clause placed a counted
    number of days after or before its governor is that many days before or after the governor's day (when
    the governor has one)."""
    clause = event.top
    if clause.dep_ != "advcl" or clause.head.i == clause.i:
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in DAY_SHIFT_MARKS), None)
    if mark is None:
        return None
    days = _days_counted(clause) or _days_counted(mark)
    if days is None:
        return None
    anchor = event_date(EventWords.of(clause.head), dates, published_on, story)
    start = first_day_of(anchor) if anchor is not None and anchor.granularity == "day" else None
    if anchor is None or start is None:
        return None
    day = (start - timedelta(days=days * DAY_SHIFT_MARKS[mark.lower_])).isoformat()
    found = DateRef(text=anchor.text, start=anchor.start, end=anchor.end, value=day, granularity="day",
                    source=anchor.source, first_day=day)
    return found if _possible(found, event, parse_anchor(published_on)) else None


def _days_counted(word: Token) -> int | None:
    """The number of days a measure phrase on ``word`` counts: "*a day* after", "*two days* before", "*the
    day* after", "*a week* after" (seven)."""
    for unit in word.children:
        days = DAYS_IN_UNIT.get(unit.lemma_.lower())
        if unit.dep_ != "npadvmod" or days is None:
            continue
        for c in unit.children:
            if c.dep_ == "det" and c.lower_ in ("a", "an", "the"):
                return days
            if c.dep_ == "nummod":
                count = COUNT_WORDS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                return None if count is None else count * days
    return None


def _of_report_content(root: Token, dates: Sequence[DateRef]) -> DateRef | None:
    """"The helicopter was shot down last night, the spokesman said.": a sentence that reports a narrative
    sets its time in what it reports, not in the saying; the time of the report's content clause told in the
    simple past, for the narrative that goes on in the next sentence."""
    placed = _placed(root, dates)
    for content in root.children:
        if content.dep_ in ("ccomp", "parataxis") and narrated_past((content,)):
            found = _of_clause(content, placed, content)
            if found is not None:
                return found
    return None


def first_day_of(ref: DateRef) -> date | None:
    """The first day of the period a date names (contract 1.1), as a calendar day."""
    try:
        return date.fromisoformat(ref.first_day) if ref.first_day else None
    except ValueError:
        return None


def _placed(word: Token, dates: Sequence[DateRef]) -> list[_Placed]:
    doc = word.doc
    sent = sentence_of(word)
    low, high = sent.start_char, sent.end_char  # a date outside the sentence is in no clause of it
    out = []
    for ref in dates:
        if ref.value is None or ref.start >= high or ref.end <= low:
            continue
        span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None:
            continue
        where = attachment(span)
        out.append(_Placed(ref, span, where.head if where else None, where.preposition if where else ""))
    return out


def _dates_event(placed: _Placed, event: EventWords, published: date | None) -> bool:
    """The date's phrase modifies the event's own words or a noun of its setting, says when rather than
    before or after when, and is possible for the event's tense."""
    head = placed.head
    if head is None or placed.preposition in _ordering():
        return False
    own = event.own() | {v.i for v in coordinated_verbs(event)} | _participles_of_participants(event) \
        | _media_of_saying(event)
    if not in_setting(head, own, _setting_preps()) and not (
            event.speech_act and any(in_setting(medium, own, _setting_preps()) for medium in described_nouns(head))):
        return False  # a time of the letter or statement an act is said in is the act's ("in a letter released on")
    return _possible(placed.ref, event, published)


def _media_of_saying(event: EventWords) -> frozenset[int]:
    """"condemned the attack *in a speech* on Thursday night", "denounced the ruling *in his interview* on
    Monday": an act done by saying is done in the speech, interview or statement a phrase names (the quote cue
    lexicon's occasions and channels of speech, one list for every reader), so a time given to that noun is the
    act's — also when the parser hung the phrase on the act's object (an attack is in no speech). Only a medium
    the phrase brings in, indefinite or possessed (:func:`_medium_of_the_act`): "condemned the violence *in the
    video* released on Monday" names a video that shows the violence, whose release is no act of the speaker's."""
    if not event.speech_act:
        return frozenset()
    nouns = speech_media()
    objects = [c for v in event.verbs for c in v.children if c.dep_ == "dobj"]
    return frozenset(noun.i for obj in objects for prep in obj.children if prep.dep_ == "prep"
                     and prep.lower_ in CIRCUMSTANCE_PREPS for noun in prep.children
                     if noun.dep_ == "pobj" and (noun.lemma_.lower() in nouns or noun.lower_ in nouns)
                     and _medium_of_the_act(noun))


def _medium_of_the_act(noun: Token) -> bool:
    """The noun is brought in as new ("in *a* speech", or with no determiner, as a bare plural or mass noun
    is: "in *remarks* at the White House") or as the speaker's own ("in *his* interview"), as a medium the
    act is done in is; a definite one ("in *the* video") names a thing the text has told of, which the act's
    object is in (what it shows or names), not the speaking."""
    determiners = [c for c in noun.children if c.dep_ in ("det", "poss")]
    return not determiners or any(c.dep_ == "poss" or c.lower_ in ("a", "an") for c in determiners)


def _participles_of_participants(event: EventWords) -> frozenset[int]:
    """Present participles describing the event's participants ("fired tear gas at demonstrators *demanding*
    his resignation on Friday", "shot down a helicopter *carrying* troops on Tuesday"): what a participant is
    doing is going on as the event happens, so a time the parser hung on it is the event's too (unlike a past
    participle, which tells an earlier act: "a man *arrested* last year")."""
    found: set[int] = set()
    for verb in event.verbs:
        for child in verb.children:
            if child.dep_ in PARTICIPANT_DEPS:
                nouns = [child]
            elif child.dep_ == "prep":
                nouns = [n for n in child.children if n.dep_ == "pobj"]
            else:
                continue
            found.update(c.i for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VBG")
    return frozenset(found)


def _possible(ref: DateRef, event: EventWords, published: date | None) -> bool:
    """No event reported on publication day happened more than a year later: a date that far ahead is a plan
    or a deadline ("agreed to cut emissions by 2030"). And an act the text tells in the past, or an act done
    by saying (a threat, a promise, a demand: made when reported), cannot have happened after the article was
    written: a later date in its clause is that of something it asks for, plans, promises or threatens."""
    start = first_day_of(ref)
    if published is None or start is None:
        return True
    if start > latest_day(published):
        return False
    if (event.prospective and not event.speech_act) or not (_told_in_past(event) or event.speech_act):
        return True
    return start <= published


def _simple_past(verb: Token) -> bool:
    """Told in the simple past, active or passive, or with "do" carrying the past ("arrested", "were banned",
    "*did* give", "*did* not attend")."""
    return verb.tag_ in PAST_TAGS \
        or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in PAST_TAGS for c in verb.children)) \
        or (verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ in PAST_TAGS
                                      for c in verb.children))


def narrated_past(verbs: tuple[Token, ...]) -> bool:
    """The event's clause is told in the simple past: the first of its verbs that carries a tense does, active
    or passive ("seized", "was seized", "began *targeting*", "avoided blaming Douma, *calling* for")."""
    carrier = tense_carrier(verbs)
    return carrier is not None and _simple_past(carrier)


def _told_in_past(event: EventWords) -> bool:
    return any(v.tag_ in PAST_TAGS or _perfect(v) for v in event.verbs)


def _perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _said_of_the_act(found: list[_Placed], event: EventWords) -> list[_Placed]:
    """The dates that tell when the act was done, when some do: a time phrase on its verbs, its nouns or a
    participle beside them ("*saying Monday* that ..."), rather than a possessive naming the day of another
    noun of its setting ("dismissed criticism of his speech at *Friday's* rally, saying Monday ..."): a
    possessive tells which rally, one the act may follow by days, while the adverbial tells the act's own
    time. A possessive on the event's own noun ("*Saturday's* attack") is its own time; alone, a possessive
    on a noun of its setting dates the act as before ("spoke at *Monday's* rally")."""
    own = event.own()
    direct = [p for p in found
              if not (p.span.root.dep_ == "poss" and p.head is not None and p.head.i not in own)]
    return direct or found


def _best(found: list[_Placed], word: Token) -> DateRef:
    """The finest of the dates, then the nearest to the event word ("in 2015, on 22 July" is 22 July)."""
    return min(found, key=lambda p: (_FINENESS.get(p.ref.granularity or "", len(_FINENESS)),
                                     abs(p.span.start - word.i))).ref


def _from_antecedent(event: EventWords, placed: list[_Placed]) -> DateRef | None:
    """"There are echoes of 2003, when Turkey refused": the time a "when" clause describes is its event's."""
    antecedent = relative_antecedent(event.top, _relative_time_words())
    if antecedent is None:
        return None
    at = [p for p in placed if p.span.start <= antecedent.i < p.span.end
          or (p.head is not None and p.head.i == antecedent.i)]
    if at:
        return _best(at, antecedent)
    # "met in Antalya on Sunday, when ...": the parser hung the clause on another word of the clause that
    # holds its time
    holder = antecedent.head if antecedent.dep_ == "pobj" else antecedent
    return _of_clause(holder.head if holder.dep_ == "prep" else holder, placed, antecedent)


def _from_shared_clauses(event: EventWords, placed: list[_Placed], published: date | None) -> DateRef | None:
    """The time of the nearest clause the event's clause shares its time with that gives one — not for a
    clause or gerund placed before or after that clause's time, or given as its reason ("began a case *last
    year* against Poland for *refusing*": the refusal came first, when the text does not say)."""
    if event.verbs and ordered_elsewhere(event.verbs[0]):
        return None
    if any(told_before_its_time(v) or background_adverbial(v) for v in event.verbs):
        return None  # "..., and leaders *had frequently* claimed", "said on Monday that the army *had killed*":
        # before that time (the report's day dates the saying, not what was done before it), or many times over
    for clause in shared_time_clauses(event.top):
        found = _of_clause(clause, placed, event.word, through_predicate=True) or _of_reported_sibling(clause, placed)
        if found is not None:
            start = first_day_of(found)
            if published is not None and start is not None and start > published and _told_in_past(event):
                return None  # "said he would meet them next week, and left": not the leaving's date
            return found
        if told_before_its_time(clause):
            return None  # "said on Thursday that talks *had collapsed* because the government refused": what
            # goes with a clause told before the time above it is of that earlier time too
    return None


def _of_reported_sibling(report: Token, placed: list[_Placed]) -> DateRef | None:
    """"On Thursday, jets hit Kurdish positions, the ministry said, *adding* that 20 militants were killed": a
    report with no time of its own sets it in what it reports — its content clause told in the simple past —
    and what it goes on to add is of that time."""
    for content in report.children:
        if content.dep_ in REPORT_CONTENT_DEPS and narrated_past((content,)):
            found = _of_clause(content, placed, content)
            if found is not None:
                return found
    return None


def _of_clause(verb: Token, placed: list[_Placed], near: Token, through_predicate: bool = False) -> DateRef | None:
    """A date whose phrase modifies ``verb``, a noun of its setting, its direct object ("released a statement
    last week") or a participle beside it; with ``through_predicate``, for a clause governing the event's, also
    the noun a copula's predicate is about ("was among ten senators *in 2008* to vote against it": the copula
    tells the state through its complement, and the clause of the vote hangs on that state)."""
    predicate = _predicate_nouns(verb) if through_predicate else ()
    own = frozenset({verb.i, *(c.i for c in verb.children if c.dep_ in ("dobj", "attr")), *predicate})
    found = [p for p in placed if p.head is not None and p.preposition not in _ordering()
             and in_setting(p.head, own, _setting_preps())]
    return _best(found, near) if found else None


def _predicate_nouns(verb: Token) -> tuple[int, ...]:
    """The nouns of a copula's prepositional predicate ("was *among* ten senators", "is *in* a minority")."""
    if verb.lemma_.lower() != "be":
        return ()
    return tuple(n.i for prep in verb.children if prep.dep_ == "prep" for n in prep.children if n.dep_ == "pobj")


def _by_tense(event: EventWords, published: date | None, story: DateRef | None = None,
              earlier: Sequence[DateRef] | None = None, hot_news: bool = False,
              quoted: bool = False) -> DateRef | None:
    """No date in the text: an act to come or possible has none yet (unless done by saying it); background —
    what :func:`~accord.dates.aspect.not_news_of_the_day` finds, or a noun with no verb to give it a tense —
    none either; an act told in the simple past is of the day the story's lede tells (``story``) — past the
    lede of a story whose lede names no day, an act done by saying is of the scene the story last set
    (:func:`_day_of_the_scene`), an act on the ground undated —, and so is the ``hot_news`` a story opens with
    in the perfect (:func:`_hot_news`); any other act is news of the publication day. But an act a speaker
    tells in the simple past inside a quotation (``quoted``: "'They promised to meet us,' she said", "'You
    attacked my family'") is told from the speaker's time, before the saying, at a day the quotation does not
    give: the story's scene does not reach into it, and neither day dates it."""
    if published is None:
        return None
    if event.prospective and not event.speech_act:
        return None
    if not event.verbs:
        return None  # a noun has no tense
    if (event.prospective or _modal(event.top)) and _said_in_the_perfect(event.top):
        return None  # "Moscow *has said* any group that stays away *will suffer*", "*has said* it *would* not
        # allow": a stance or a threat made by saying, said at no day told
    if told_as_earlier((event.word, *event.nouns)):
        return None  # "the president's *recent* threats", "*repeated* strikes": before the day, or many
    if not_news_of_the_day(event.verbs, relative_antecedent(event.top, _relative_words()) is not None,
                           tuple(shared_time_clauses(event.top))):
        return None  # the perfect, a habit or state, an earlier time, a clause describing a participant
    narrated = narrated_past(event.verbs)
    if quoted and narrated:
        return None  # the speaker's own past, before the saying, at no day told
    if story is not None and (narrated or hot_news):
        return story
    if narrated and not in_lede(event.word):
        if not event.speech_act or earlier is None or _placed_against(event.top) \
                or not _told_by_its_sentence(event.top):
            return None  # past narration after the lede, which names no day: background as often as news
        return _day_of_the_scene(earlier, published, event.word)
    return _of_publication(event.word, published)


def _hot_news(event: EventWords) -> bool:
    """"A soldier *has died* in a blast in Mali, the ministry said. He was killed on Tuesday near Gao.": the
    present perfect a story opens with tells its news, an act done (not said: a statement in the perfect is of
    the day it is reported) at a time the perfect cannot name — the day the lede goes on to give it (asked
    only of a sentence naming no time: one that does places its news itself, "... have been killed *in the
    first three days* of the offensive, monitors said *on Tuesday*")."""
    return bool(event.verbs) and not event.speech_act and opening_sentence(event.verbs[0]) \
        and any(perfect(v) and not pluperfect(v) for v in event.verbs)


def _placed_against(top: Token) -> bool:
    """The clause, or one it shares its time with, is placed before or after another time ("*after* the
    government refused", "talks ended *before Christmas* as the government refused"), as a clause, a gerund or
    a prepositional phrase, whatever its verb's form: it is told against that time, not in the story's scene."""
    words = background_words().ordering_words
    of_time = words & _ordering()  # not "for", "of" of a reason ("accused them *of* lying")
    current = top
    for _ in range(MAX_SHARED_HOPS):
        if (current.dep_ == "pcomp" and current.head.lower_ in words) or ordered_elsewhere(current) \
                or any(c.dep_ == "prep" and c.lower_ in of_time for c in current.children):
            return True
        if current.dep_ not in ("conj", "advcl") or current.head.i == current.i:
            return False
        current = current.head
    return False


def _told_by_its_sentence(top: Token) -> bool:
    """The clause is its sentence's main clause, or coordinated with it, and has a subject (its own or the one
    it shares): a statement the story tells as it goes, not one inside what another clause says or knows
    ("he noted what the committee *found*"), nor a list's bare fragment ("2. Never urged ...")."""
    current = top
    for _ in range(MAX_SHARED_HOPS):
        if current.dep_ != "conj" or current.head.i == current.i:
            break
        current = current.head
    return current.dep_ == "ROOT" and has_nominal_subject(current)


def _sets_a_scene(doc: Doc, named: DateRef) -> bool:
    """The day dates a clause told in the simple past ("concluded its hearings *on Tuesday*"), directly or
    through a noun of it: a narrative's scene, not a generic present ("the government we live under
    *today*")."""
    span = doc.char_span(named.start, named.end, alignment_mode="expand")
    where = attachment(span) if span is not None else None
    if where is None:
        return False
    verb = where.head
    for _ in range(MAX_SHARED_HOPS):
        if verb.pos_ in VERB_POS or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.pos_ in VERB_POS and narrated_past((verb,))


def _opens_with_the_days_news(word: Token) -> bool:
    """The story's first sentence tells the news of its days, in the present or the present perfect ("China
    deploys troops", "Syrian troops have declared victory"), not a narrative in the past (a feature's "The
    young rebel rolled down his sock")."""
    lede = lede_sentences(word.doc)
    if not lede:
        return False
    root = lede[0].root
    return any(t.tag_ in PRESENT_TAGS for t in (root, *auxiliaries(root)))


def _day_of_the_scene(earlier: Sequence[DateRef], published: date, word: Token) -> DateRef | None:
    """"The committee concluded its hearings on Tuesday. ... The press secretary accused the Democrats of a
    sham.": a statement a story reports past its lede, told in the simple past with no time of its own, is a
    reaction to the story's news, made at the scene the story last set — the last day of the story's own
    week (:data:`STORY_DAYS`) it named before; with none named, the day's news (the publication day) when the
    story opens with the news of its days (:func:`_opens_with_the_days_news`; not a feature's narrative). A story
    whose last :data:`GONE_BY_TIMES` times named are all before its week has gone back to the past (a life, a
    war's history): its statements there are undated."""
    gone_by = 0
    for named in reversed(earlier):
        start = first_day_of(named)
        if named.source != "text" or start is None:
            continue
        if named.granularity == "day" and published - timedelta(days=STORY_DAYS) <= start <= published:
            if _sets_a_scene(word.doc, named):
                return named
            continue
        if start < published - timedelta(days=STORY_DAYS) and not a_things_month(word.doc, named):
            gone_by += 1
            if gone_by == GONE_BY_TIMES:
                return None
    return _of_publication(word, published) if _opens_with_the_days_news(word) else None


def _of_publication(word: Token, published: date) -> DateRef:
    sent = sentence_of(word)
    return DateRef(
        text=published.isoformat(),
        start=sent.start_char,
        end=sent.end_char,
        value=published.isoformat(),
        granularity="day",
        source="published",
        first_day=published.isoformat(),
    )


def _modal(verb: Token) -> bool:
    """The clause's verb group holds a modal ("*would* not allow", "*will* suffer")."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _said_in_the_perfect(top: Token) -> bool:
    """A threat, promise or demand told as to come is made when it is said: the report its clause is the
    content of ("has said ... will suffer") tells when. Told in the perfect (the past perfect anywhere, the
    present perfect past the sentence a story opens with, where it is the "hot news" perfect), it was said at
    a time the text does not give."""
    if top.dep_ not in ("ccomp", "parataxis") or top.head.i == top.i:
        return False
    report = top.head
    return pluperfect(report) or (perfect(report) and not opening_sentence(report))


def _ordering() -> frozenset[str]:
    return shared_words().ordering_time_prepositions


def _relative_time_words() -> frozenset[str]:
    return shared_words().relative_time_adverbs


def _relative_words() -> frozenset[str]:
    words = shared_words()
    return words.relative_time_adverbs | words.relative_place_adverbs


def _setting_preps() -> frozenset[str]:
    """Prepositions through which a time phrase hung on a noun still dates the event: the noun is its place
    or circumstance ("during an operation in Manbij on Thursday"), or the time it began ("held since his
    arrest last October")."""
    words = shared_words()
    return words.locative_prepositions | words.site_prepositions | CIRCUMSTANCE_PREPS | STARTING_PREPS
