"""Layer 5 of the coder, attachments: when, where and how many — the date, place and quantities of an event.

Decides nothing about the event itself; it asks the dates, places and quantities packages, each through a plain
function of the event's words and the records around it (:func:`accord.dates.event_date`,
:func:`accord.places.event_location`, :func:`accord.quantities.event_quantities`). What it hands them is the
event as the earlier layers made it (:func:`event_words`): the verbs that tell the event itself — from the word
that decided its type upwards, so that what is asked, threatened or refused below a recoding verb keeps its
own time and place ("asked for talks *next week*") —, its event nouns, whether it is reported or to come,
and what its type says (data/events/attachments.yaml): an act done by saying happens when it is said, an
attack or an arrest where its patient is.

Those functions only ever use records of the trigger's sentence and its two neighbours (the previous sentence
can set the scene, the next one can continue a report) — dates reach as far back as a narrative can
(:data:`accord.dates.NARRATIVE_HOPS`) —, so each document's records are bucketed by sentence once and every
event gets just its window; answers are remembered per event's words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any, TypeVar, cast, overload

import yaml
from spacy.tokens import Doc, Token

from accord.blackboard import DATES, PLACES, PUBLISHED, QUANTITIES
from accord.dates import NARRATIVE_HOPS, STORY_DAYS, EventWords, event_date, first_day_of, story_day
from accord.dates.aspect import ordered_elsewhere
from accord.dates.clause import CIRCUMSTANCE_PREPS
from accord.dates.find import a_things_month, parse_anchor
from accord.doc_index import doc_text, sentence_index
from accord.errors import ConfigError
from accord.events.candidates import SAID_AT_FAULT
from accord.events.frames import Frame
from accord.events.tables import Lexicon, Tables
from accord.events.triggers import trigger_at
from accord.places import event_location, told_as_background
from accord.quantities import event_quantities
from accord.quotes.lexicon import load_lexicon as load_cue_lexicon
from accord.records import FUTURE, HYPOTHETICAL, DateRef, Place, Quantity
from accord.syntax import has_nominal_subject

# How the chain tells an event that may be dated after its article: to come, or only possible (the reading
# before the sense layer consumed any of it: "promised to visit" is an asserted promise of a visit to come).
TO_COME = frozenset({FUTURE, HYPOTHETICAL})
# Prepositions by which a gerund gives the grounds of an accusation or a judgement ("accused them *of*
# shelling", "blamed them *for* attacking"): the act judged, not the judging.
GROUNDS_PREPOSITIONS = frozenset({"of", "for"})
# How the clause a speaker says hangs on the verb of saying ("said [Y was guilty]", "[Y is weak], he said").
REPORT_CONTENT_DEPS = frozenset({"ccomp", "parataxis"})

# How an occasion hung low reaches the act's verb: an object, a prepositional phrase, a preposition's object,
# the infinitive of what is asked, a conjunct or apposition of a noun.
ARGUMENT_DEPS = frozenset({"dobj", "dative", "pobj", "prep", "xcomp", "conj", "appos"})
MAX_ARGUMENT_DEPTH = 10
# The prepositions that put a saying in its occasion ("*at* a rally", "*in* an interview", "*during* a debate");
# not "to" or "via", which name a channel or an addressee, not a time or a place.
OCCASION_PREPOSITIONS = frozenset({"at", "in", "during", "on"})

# How many times named in a row, each before the year before publication ("in 1979", "four years ago"; not
# "last year"), tell that a story has gone back to its past: one is a report's background ("detained in 2013").
PAST_TIMES = 2
# How many characters before a time to look for the preposition that may start a span at it ("ever since").
SPAN_WORDS_BACK = 16

Record = TypeVar("Record", DateRef, Place, Quantity)


@dataclass(frozen=True, slots=True)
class TypeRules:
    """What an event's type says about its date and place (data/events/attachments.yaml)."""

    speech_acts: frozenset[str]
    with_participants: frozenset[str]
    occurrence_verbs: frozenset[str]  # "the talks took place", "clashes broke out": the event happened
    on_the_ground: frozenset[str]  # acts done in person where the story is set: an attack, an arrest, a march
    spans_to_now: tuple[str, ...]  # how a time running up to the article opens: "the past three years"
    spans_to_now_from: frozenset[str]  # a preposition starting such a span at a time: "since 2013"
    occasion_verbs: frozenset[str]  # what one does at a rally or a hearing besides saying: speak, appear


@lru_cache(maxsize=1)  # read once per process; the result is frozen
def type_rules() -> TypeRules:
    try:
        raw = yaml.safe_load(resources.files("accord.data").joinpath("events/attachments.yaml")
                             .read_text(encoding="utf-8"))
        return TypeRules(frozenset(raw["speech_act_types"]), frozenset(raw["with_participants_types"]),
                         frozenset(raw["occurrence_verbs"]), frozenset(raw["on_the_ground_types"]),
                         tuple(raw["spans_to_now"]), frozenset(raw["spans_to_now_from"]),
                         frozenset(raw["occasion_verbs"]))
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise ConfigError(f"cannot read accord's data/events/attachments.yaml: {exc}") from exc


def event_words(frame: Frame, tables: Tables) -> EventWords:
    """The words that tell the event of ``frame``: the verbs of its chain from the one that decided its type
    up (a recoding verb's content below it is another act: "asked for *talks* next week"), the event noun
    when its own sense holds (and the nouns coordinated with it; not when the event is a refusal, a promise or
    a threat of it: "would not attend *talks* planned for later"), and for an event noun no verb of the chain
    carries, the verb that does ("*laid* siege to the city", "the talks *took place* in Geneva")."""
    rules = type_rules()
    event_type = tables.ontology.info(frame.type).name
    chain = frame.chain
    decided = frame.trigger
    content = frame.content.token
    at = next((k for k, verb in enumerate(chain) if verb.i == decided.i), None)
    recoded = frame.type != frame.content.entry.type  # "would not attend talks": a refusal, not the talks
    if at is None or decided.i == content.i or any(v.i == content.i for v in chain) \
            or (frame.nominal and at == 0 and decided.i == frame.candidate.word.i):
        verbs, word = _from_content_up(chain, content), content  # the event word's own sense holds
        nouns = _with_coordinated(content) if frame.nominal else _objects(frame, tables.lexicon)
        if recoded and frame.nominal and chain:
            word, nouns = chain[0], ()
    else:
        verbs, word, nouns = chain[at:], decided, ()
    if not chain and frame.nominal:
        verbs = _carrier(content, rules)
    verbs = _up_to_ordering(tuple(verbs), word)
    if frame.modality == SAID_AT_FAULT:
        verbs = _saying_of_the_charge(verbs, tables)
    nouns = (*nouns, *_event_subjects(verbs, tables.lexicon))
    if event_type in rules.speech_acts:
        nouns = (*nouns, *_occasions(verbs, tables.lexicon))
    return EventWords(word, tuple(verbs), nouns, reported=frame.speaker is not None,
                      prospective=frame.factuality.reading.status in TO_COME,
                      speech_act=event_type in rules.speech_acts,
                      with_participants=event_type in rules.with_participants)


def _saying_of_the_charge(verbs: tuple[Token, ...], tables: Tables) -> tuple[Token, ...]:
    """A fault found in what a speaker says ("'Rubio is *weak*,' he said", "concluded this month that she had been
    *careless*") is the speaker's accusation, made when and where it is said: the verb of saying tells the act,
    not the clause said, whose tense is the speaker's own frame (a state in the present, a past before the
    saying). So the event's verbs are the verb of saying its clause is the content of, and those above it."""
    clause = verbs[-1] if verbs else None
    if clause is None or clause.dep_ not in REPORT_CONTENT_DEPS or clause.head.i == clause.i:
        return verbs
    saying = clause.head
    if saying.pos_ not in ("VERB", "AUX") or saying.lemma_.lower() not in tables.cues.speech:
        return verbs
    return (saying,)


def _from_content_up(chain: Sequence[Token], content: Token) -> tuple[Token, ...]:
    """The chain's verbs, without those below the event's content word that a preposition puts there as its
    grounds: a gerund after "of" or "for" tells the act an accusation or a judgement is about, done before it
    and elsewhere ("accused Ukraine *of shelling* civilians in Donetsk on Sunday", "blamed them *for
    attacking* ..."), not the accusation. An infinitive below a threat or a demand ("threatened *to retake*
    the town") tells the act it aims at, and stays: the threat is coded where its target is."""
    at = next((k for k, verb in enumerate(chain) if verb.i == content.i), 0)
    if at == 0 or not _grounds_of(chain[at - 1], content):
        return tuple(chain)
    return tuple(chain[at:])


def _grounds_of(verb: Token, content: Token) -> bool:
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.lower_ in GROUNDS_PREPOSITIONS and prep.head.i == content.i


def _up_to_ordering(verbs: tuple[Token, ...], word: Token) -> tuple[Token, ...]:
    """The event's verbs up to a clause or gerund, from the event word up, placed before or after its
    governor's time or given as its reason ("began a case last year against Poland *for refusing*", "struck
    *after* the rebels attacked"): the governing verb tells another event, at another time and maybe another
    place. (What hangs below the event word, "criticised the judge *for questioning* ...", is not cut.)"""
    at = next((k for k, verb in enumerate(verbs) if verb.i == word.i), 0)
    for k in range(at, len(verbs) - 1):
        if ordered_elsewhere(verbs[k]):
            return verbs[: k + 1]
    return verbs


def _with_coordinated(noun: Token) -> tuple[Token, ...]:
    """An event noun and the event nouns coordinated with it ("launched strikes and raids")."""
    # spaCy's stubs type conjuncts as a 1-tuple, which the compiled build enforces: read it untyped
    return (noun, *(c for c in cast(Any, noun).conjuncts if c.pos_ == "NOUN"))


def _objects(frame: Frame, lexicon: Lexicon) -> tuple[Token, ...]:
    """The event nouns an event verb takes as its object that tell the same event again ("hosted *talks*",
    "launched *strikes*"), unlike one of another kind ("condemned the *attack*") or one it hangs on a
    preposition ("arrested for a phone *call*")."""
    at = {v.i for v in frame.chain}
    return tuple(n for n in frame.nouns if n.dep_ == "dobj" and n.head.i in at
                 and (found := trigger_at(n, lexicon)) is not None and found.entry.type == frame.type)


def _event_subjects(verbs: tuple[Token, ...], lexicon: Lexicon) -> tuple[Token, ...]:
    """An event noun that is the subject of the event's verb, or the agent of its passive: the event happens
    in it ("*Saturday's attack* killed four guards", "the *strike on Idlib* killed five", "were killed by a
    *strike in Idlib*"), so its time and place are the event's."""
    return tuple(c for c in _subjects_and_agents(verbs) if c.pos_ == "NOUN" and trigger_at(c, lexicon) is not None)


def _occasions(verbs: tuple[Token, ...], lexicon: Lexicon) -> tuple[Token, ...]:
    """The occasion an act done by saying was said at ("called for a special prosecutor *at a rally* in Ohio on
    Monday", "sued the developer *in court* in Boston"), which the parser often hangs on the last noun before
    it: a person, a thing or a relation is not at a rally or in court, the saying is, so a time or a place
    hung on the occasion is the act's. Only an occasion hung on a noun of the act's own clause or on the
    infinitive of what is asked (:func:`_misplaced_on`), not on an event noun or another occasion ("condemned
    the *shooting* at a rally", "criticized his *remarks* at a rally": those have an occasion of their own)."""
    words = _occasion_words()
    found: list[Token] = []
    for verb in verbs[-1:]:
        for token in verb.subtree:
            prep = token.head
            if token.dep_ == "pobj" and token.lemma_.lower() in words.nouns and prep.dep_ == "prep" \
                    and prep.lower_ in words.prepositions and _misplaced_on(prep.head, verb, words) \
                    and _argument_path(prep.head, verb, words.nouns, lexicon):
                found.append(token)
    return tuple(found)


def _misplaced_on(host: Token, verb: Token, words: OccasionWords) -> bool:
    """An occasion of speech hung on ``host`` is not the host's: a noun, or the infinitive of what is asked
    when it tells no saying ("called for a prosecutor *to oversee* the inquiry at a rally on Monday": an inquiry
    is not overseen at a rally; "urged him *to speak* at a rally": the speaking is)."""
    if host.pos_ in ("NOUN", "PROPN"):
        return True
    return host.dep_ == "xcomp" and host.i != verb.i \
        and host.lemma_.lower() not in words.speech_verbs | type_rules().occasion_verbs


def _argument_path(noun: Token, verb: Token, occasions: frozenset[str], lexicon: Lexicon) -> bool:
    """``noun`` (or an infinitive) is inside the arguments of ``verb``'s clause: reached through objects,
    prepositional phrases and the infinitive of what is asked ("called for a prosecutor *to oversee* an inquiry
    into ..."), with no other occasion or clause with a subject of its own on the way; and no event noun itself
    (an event further up, "an inquiry into the deals *at a rally*", is not where the parser put the occasion:
    a sentence-final occasion after a long object is the saying's)."""
    if trigger_at(noun, lexicon) is not None:
        return False  # "condemned the shooting at a rally": the occasion the parser gives is the shooting's
    current = noun
    for _ in range(MAX_ARGUMENT_DEPTH):
        if current.i == verb.i:
            return True
        if current.dep_ not in ARGUMENT_DEPS or current.head.i == current.i:
            return False
        if current.pos_ in ("NOUN", "PROPN") and current.lemma_.lower() in occasions:
            return False
        if current.pos_ in ("VERB", "AUX") and has_nominal_subject(current):
            return False
        current = current.head
    return False


@dataclass(frozen=True, slots=True)
class OccasionWords:
    """The occasions and channels of speech, the prepositions that put an act in one and the verbs of saying
    (the quote cue lexicon's: one list for both readers)."""

    nouns: frozenset[str]
    prepositions: frozenset[str]
    speech_verbs: frozenset[str]


@lru_cache(maxsize=1)  # read once per process; the result is frozen
def _occasion_words() -> OccasionWords:
    lexicon = load_cue_lexicon()
    return OccasionWords(lexicon.setting_nouns, lexicon.setting_prepositions & OCCASION_PREPOSITIONS,
                         lexicon.speech_verbs)


def _subjects_and_agents(verbs: tuple[Token, ...]) -> Iterator[Token]:
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "nsubj":
                yield child
            elif child.dep_ == "agent":
                yield from (c for c in child.children if c.dep_ == "pobj")


def _carrier(noun: Token, rules: TypeRules) -> tuple[Token, ...]:
    """The verb an event noun no trigger governs is the object of ("laid siege", "suffered an attack"), the
    subject of when that verb only says the event happened ("the talks took place"), or the circumstance of
    ("said *in a phone call* with Putin", "were killed *during clashes*"): what happens in it happens when
    it does, and the clause gives it the tense a noun lacks."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in CIRCUMSTANCE_PREPS and head.dep_ == "prep":
        head = head.head  # the verb the circumstance phrase hangs on
        return (head,) if head.pos_ in ("VERB", "AUX") and head.i != noun.i else ()
    if head.i == noun.i or head.pos_ not in ("VERB", "AUX"):
        return ()
    if noun.dep_ in ("dobj", "nsubjpass"):
        return (head,)
    if noun.dep_ == "nsubj" and head.lemma_.lower() in rules.occurrence_verbs:
        return (head,)
    return ()


@dataclass(frozen=True, slots=True)
class Window:
    """The records of one sentence and its two neighbours (dates and places: and the sentences a narrative
    reaches)."""

    dates: tuple[DateRef, ...]
    places: tuple[Place, ...]
    quantities: tuple[Quantity, ...]


@dataclass(frozen=True, slots=True)
class Attached:
    """What an event gets from around it: a date, a location, quantities (None or empty when the text and
    the article give none)."""

    date: DateRef | None
    location: Place | None
    quantities: tuple[Quantity, ...]
    # The date is only lent (the story's day, the publication day) to an act a speaker tells in the simple past
    # inside a quotation: the event's record carries none (accord.dates.event_date, ``quoted``). ``date`` stays
    # what places and the acceptance judge read, as they were built on it.
    speakers_past: bool = False

    @property
    def recorded_date(self) -> DateRef | None:
        """The date the event's record carries."""
        return None if self.speakers_past else self.date


def _gone_by(named: DateRef, before: date, text: str) -> bool:
    """The time ``named`` began before ``before`` and is no span running up to the article ("the past three
    years", "since 2013"; ``text`` is the document's)."""
    start = first_day_of(named)
    rules = type_rules()
    opened_by = text[max(named.start - SPAN_WORDS_BACK, 0) : named.start].lower().split()
    return start is not None and start < before and not named.text.lower().startswith(rules.spans_to_now) \
        and not any(opened_by[-len(words.split()):] == words.split() for words in rules.spans_to_now_from)


# A line break and the double quotation marks (doubled apostrophes are read as a straight mark).
_QUOTATION_MARK = re.compile("\n|''|[\u201c\u201d\"]")


class _Quotations:
    """Which characters of a text stand inside a quotation of their paragraph: in the speaker's frame (a time
    named there, "*today's* hearing" said the day before the article, is no scene the story sets). Read from
    the double quotation marks alone (curly, straight or doubled apostrophes): a single curly mark is as often
    an apostrophe ("witnesses’"). A curly opening mark opens a quotation, a straight one opens or closes whatever
    is open (texts mix them: '"A great day,” he wrote'), a curly closing mark closes it and a line break ends
    the paragraph with nothing open. The marks are read once per document and each question is a binary
    search: reading the paragraph up to each word grew with the square of a paragraph's length."""

    def __init__(self, text: str) -> None:
        self._ends: list[int] = []  # the last character of each mark (of a doubled apostrophe, its second)
        self._open: list[bool] = []  # a quotation open after it
        opened = False
        for match in _QUOTATION_MARK.finditer(text):
            mark = match.group()
            opened = mark == "“" or (mark in ('"', "''") and not opened)  # a line break: nothing open
            self._ends.append(match.end() - 1)
            self._open.append(opened)

    def __call__(self, offset: int) -> bool:
        """The character at ``offset`` stands inside a quotation (by the marks before it)."""
        last = bisect_left(self._ends, offset) - 1
        return last >= 0 and self._open[last]


def _by_sentence(records: Sequence[Record], starts: list[int]) -> list[list[Record]]:
    buckets: list[list[Record]] = [[] for _ in starts]
    for record in records:
        buckets[max(bisect_right(starts, record.start) - 1, 0)].append(record)
    return buckets


def _window(buckets: list[list[Record]], index: int, back: int = 1) -> tuple[Record, ...]:
    return tuple(r for k in range(max(index - back, 0), min(index + 2, len(buckets))) for r in buckets[k])


class _Prefix(Sequence[DateRef]):
    """The first ``end`` dates of a list, read in place: every event of a long text reads the times named
    before it, and a copy for each would make the text's cost grow with its square."""

    __slots__ = ("_end", "_items")

    def __init__(self, items: list[DateRef], end: int) -> None:
        self._items = items
        self._end = end

    def __len__(self) -> int:
        return self._end

    @overload
    def __getitem__(self, index: int) -> DateRef: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[DateRef]: ...

    def __getitem__(self, index: int | slice) -> DateRef | Sequence[DateRef]:
        if isinstance(index, slice):
            return self._items[: self._end][index]
        if not -self._end <= index < self._end:
            raise IndexError(index)
        return self._items[index if index >= 0 else self._end + index]


class Attachments:
    """The attachments of one document's events. What the stages found decides what can be attached: without
    the dates stage no event gets a date (not even the publication date), without any place no location,
    without any quantity no quantities."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._dates_ran = DATES.get(doc) is not None
        self._any_place = bool(PLACES.get(doc))
        self._any_quantity = bool(QUANTITIES.get(doc))
        self._published = PUBLISHED.get(doc)
        self._story_day = story_day(doc, DATES.get(doc) or (), self._published)
        self._sentence_starts = list(sentence_index(doc).starts)
        char_starts = [doc[i].idx for i in self._sentence_starts]
        self._dates = _by_sentence(DATES.get(doc) or (), char_starts)
        self._char_starts = char_starts
        self._text = doc_text(doc)
        self._quoted = _Quotations(self._text)
        self._in_order = sorted((d for d in DATES.get(doc) or () if not self._quoted(d.start)),
                                key=lambda d: d.start)
        self._order_starts = [d.start for d in self._in_order]
        self._places = _by_sentence(PLACES.get(doc) or (), char_starts)
        self._quantities = _by_sentence(QUANTITIES.get(doc) or (), char_starts)
        self._windows: dict[int, Window] = {}
        self._found: dict[tuple[EventWords, str], Attached] = {}
        self._named_times: list[DateRef] | None = None  # built on first use by _named_before
        self._named_upto: list[int] = []

    def window(self, token: Token) -> Window:
        """The records of ``token``'s sentence and the sentences on either side of it (dates and places: and
        the sentences a narrative's time and scene reach back to)."""
        index = max(bisect_right(self._sentence_starts, token.i) - 1, 0)
        found = self._windows.get(index)
        if found is None:
            found = self._windows[index] = Window(_window(self._dates, index, NARRATIVE_HOPS),
                                                  _window(self._places, index, NARRATIVE_HOPS),
                                                  _window(self._quantities, index))
        return found

    def attach(self, event: EventWords, event_type: str) -> Attached:
        """The date, location and quantities of ``event``, of type ``event_type``."""
        return self._attach(event, event_type)

    def attach_frame(self, frame: Frame, tables: Tables) -> Attached:
        """The date, location and quantities of the event ``frame`` tells."""
        return self._attach(event_words(frame, tables), tables.ontology.info(frame.type).name)

    def _attach(self, event: EventWords, event_type: str) -> Attached:
        key = (event, event_type)
        found = self._found.get(key)
        if found is None:
            window = self.window(event.word)
            date = event_date(event, window.dates, self._published, self._story_day, self._earlier(event.top)) \
                if self._dates_ran else None
            speakers_past = date is not None and self._clause_quoted(event) and event_date(
                event, window.dates, self._published, self._story_day, self._earlier(event.top), quoted=True) is None
            location = event_location(event, window.places, self._of_the_day(date),
                                      self._in_the_setting(event, date, event_type)) if self._any_place else None
            quantities = event_quantities(event.clause, window.quantities, window.dates, event_type) \
                if self._any_quantity else ()
            found = self._found[key] = Attached(date, location, quantities, speakers_past)
        return found

    def _clause_quoted(self, event: EventWords) -> bool:
        """The event's clause stands inside a quotation from its first word to its trigger: the speaker's own
        words ("'They attacked us,' he said"), not a phrase the reporter quotes in his own clause ("he said
        he had 'totally rejected' it"), nor a charge the speaker makes by the saying the reporter tells ("'He is a
        coward,' she said": the clause is the verb of saying's)."""
        first = next((t for t in event.top.subtree if not t.is_punct), event.word)  # not its opening mark
        return self._quoted(event.word.idx) and self._quoted(first.idx) and self._quoted(event.top.idx)

    def _earlier(self, word: Token) -> Sequence[DateRef] | None:
        """The times the story named before ``word``'s sentence, in text order (what a scene set earlier in the
        story reaches the event by); None when ``word``, the event's clause, stands inside a quotation, where the
        speaker tells of his own times ("Then the commander insisted I fight again") — not when only its event
        word does ("'She is a *joke*,' he said": the saying is the reporter's)."""
        if self._quoted(word.idx):
            return None
        index = max(bisect_right(self._sentence_starts, word.i) - 1, 0)
        return _Prefix(self._in_order, bisect_right(self._order_starts, self._char_starts[index] - 1))

    def _in_the_setting(self, event: EventWords, date: DateRef | None, event_type: str) -> bool:
        """An act done on the ground, not dated to another time than the story's ("in 2015 Turkey shot down a
        Russian jet" is not where a report from Afrin is set), nor told, undated, where the story has gone back
        to another time (:meth:`_told_in_the_past`): told without a place, it happens where the story is set."""
        if event_type not in type_rules().on_the_ground:
            return False
        if date is not None and date != self._story_day:
            return self._of_the_day(date)
        if date is None and told_as_background(event):
            return False  # its actors' past (the perfect, before another time): at no time the story tells
        # undated, or lent the day the lede tells (its own news), which says nothing of a story gone back in time
        return not self._told_in_the_past(event.word)

    def _told_in_the_past(self, word: Token) -> bool:
        """"In 1958 the general seized power. In 1961 the Kurds rose up. His troops attacked the rebels.": an
        undated act goes on at the time the story last named before its sentence. When the last two times it
        named (the story has gone back and stays there: a life, a war's history — not one background date in a
        report) are both before the year before publication, the act is of that past, not of the days the
        story's setting belongs to. A span running up to the article ("over the past three years") is no time
        gone by: it brings the story back to its own days."""
        published = parse_anchor(self._published)
        if published is None:
            return False
        index = max(bisect_right(self._sentence_starts, word.i) - 1, 0)
        before = published.replace(year=published.year - 1, month=1, day=1)
        last = self._named_before(index, PAST_TIMES)
        text = doc_text(word.doc)
        return len(last) == PAST_TIMES and all(_gone_by(named, before, text) for named in last)

    def _named_before(self, index: int, count: int) -> list[DateRef]:
        """The last ``count`` times the text names in the sentences before sentence ``index``, latest first (by
        sentence, then by offset). The named times are listed once per document with a running count per
        sentence, so that asking late in a long text costs no more than early."""
        if self._named_times is None:
            times: list[DateRef] = []
            upto = [0]
            for bucket in self._dates:
                # a month told of a thing in passing ("in a June interview") takes the story nowhere
                latest_first = [named for named in sorted(bucket, key=lambda d: d.start, reverse=True)
                                if named.source == "text" and first_day_of(named) is not None
                                and not a_things_month(self._doc, named)]
                times.extend(reversed(latest_first))
                upto.append(len(times))
            self._named_times, self._named_upto = times, upto
        end = self._named_upto[min(index, len(self._named_upto) - 1)]
        return self._named_times[max(end - count, 0):end][::-1]

    def _of_the_day(self, date: DateRef | None) -> bool:
        """The event is of the story's own days: dated by the publication, or within a week before it."""
        if date is None:
            return False
        if date.source == "published":
            return True
        published = parse_anchor(self._published)
        start = first_day_of(date)
        return published is not None and start is not None \
            and published - timedelta(days=STORY_DAYS) <= start <= published
