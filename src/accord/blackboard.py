"""The blackboard: every value accord's stages share through a spaCy Doc, declared once, with its type, the
stage that writes it and the stages that read it.

Stages never call each other. Each reads what came before it on the Doc and leaves its own result there:

- **attributes** (``doc._.accord_*``, :data:`ATTRIBUTES`): the input's id and publication date, set by the
  Pipeline before any stage runs, and each stage's records, written by exactly that stage and read by the
  stages after it. A stage's spaCy factory declares the same facts as ``requires``/``assigns``
  (:func:`requires`, :func:`assigns`), so ``nlp.analyze_pipes()`` checks the order of the stages against them.
- **memos** (``doc.user_data``, :data:`MEMOS`): facts about the Doc that one module works out on first use
  and keeps for the rest of the Doc's life (its text, sentence index, token table, dateline ...), because
  several stages ask for them. Only the owning module writes a memo; everyone else calls its function.

Reading and writing go through the declarations (``ACTORS.get(doc)``, ``SENTENCE_INDEX.key``), so an import
shows every edge of the data flow. The shapes of the shared facts (:class:`SentenceIndex`,
:class:`TokenTable`, :class:`Dateline`) are declared here too; the modules that compute them sit above.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Generic, NamedTuple, Protocol, TypeVar, cast

from spacy.tokens import Doc, Token

from accord.records import Actor, DateRef, Event, Place, Quantity, Quote

T = TypeVar("T")


class PeriodDating(Protocol):
    """What the actor stage hands the event stage about the document's dated people
    (``accord.actors.dating.DatedPeople``; a protocol here, as that module imports this one): each actor as of
    the period an event's date names."""

    def as_of_period(self, actors: tuple[Actor, ...], ref: DateRef | None) -> tuple[Actor, ...]: ...


# --- the stages (accord.nlp adds them to spaCy's pipeline, in the order listed here) -------------------------

PARAGRAPHS = "accord_paragraphs_v1"  # before spaCy's parser: shapes sentence boundaries
ACTORS_STAGE = "accord_actors_v1"
PLACES_STAGE = "accord_places_v1"
DATES_STAGE = "accord_dates_v1"
QUANTITIES_STAGE = "accord_quantities_v1"
QUOTES_STAGE = "accord_quotes_v2"
EVENTS_STAGE = "accord_events_v1"
INPUT = "input"  # the Pipeline, which sets an attribute on the Doc before any stage runs
BEFORE_PARSER = frozenset({PARAGRAPHS})  # stages that shape the parse rather than read it

# What each stage reads of spaCy's own annotation (names as spaCy's components declare them).
_PARSED = ("token.dep", "token.head", "token.lemma", "token.tag", "doc.sents")
SPACY_REQUIRES: dict[str, tuple[str, ...]] = {
    PARAGRAPHS: (),
    ACTORS_STAGE: (*_PARSED, "token.ent_type"),
    PLACES_STAGE: (*_PARSED, "doc.ents", "token.ent_type"),
    DATES_STAGE: (*_PARSED, "doc.ents"),
    QUANTITIES_STAGE: (*_PARSED, "doc.ents"),
    QUOTES_STAGE: (*_PARSED, "doc.ents", "token.ent_type"),
    EVENTS_STAGE: (*_PARSED, "token.ent_type"),
}
SPACY_ASSIGNS: dict[str, tuple[str, ...]] = {PARAGRAPHS: ("token.is_sent_start",)}


# --- attributes -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Attribute(Generic[T]):
    """A ``doc._`` extension attribute: its name, the type it holds, who writes it and who reads it."""

    name: str
    holds: str
    writer: str
    readers: tuple[str, ...]
    about: str

    @property
    def spacy_name(self) -> str:
        return f"doc._.{self.name}"

    def get(self, doc: Doc) -> T | None:
        """The value, or None before its writer ran (or when the pipeline has no such stage)."""
        return cast("T | None", getattr(doc._, self.name))

    def set(self, doc: Doc, value: T | None) -> None:
        setattr(doc._, self.name, value)


DOC_ID: Attribute[str] = Attribute(
    "accord_doc_id", "str", INPUT, (QUOTES_STAGE, EVENTS_STAGE),
    "the input's id; quote and event ids are built on it")
PUBLISHED: Attribute[str] = Attribute(
    "accord_published", "str (ISO date)", INPUT, (ACTORS_STAGE, DATES_STAGE, EVENTS_STAGE),
    "the publication date: who holds an office then, what 'Monday' means, an event's default date")
ACTORS: Attribute[list[Actor]] = Attribute(
    "accord_actors", "list[Actor]", ACTORS_STAGE, (PLACES_STAGE, QUOTES_STAGE, EVENTS_STAGE),
    "every actor mention, in text order")
DATED_PEOPLE: Attribute[PeriodDating] = Attribute(
    "accord_dated_people", "DatedPeople", ACTORS_STAGE, (EVENTS_STAGE,),
    "name -> the one knowledge-base person of that name with dated offices, among the document's mentions: "
    "the office held at an event's own date")
PLACES: Attribute[list[Place]] = Attribute(
    "accord_places", "list[Place]", PLACES_STAGE, (EVENTS_STAGE,),
    "every geocoded place mention, in text order")
DATES: Attribute[list[DateRef]] = Attribute(
    "accord_dates", "list[DateRef]", DATES_STAGE, (QUANTITIES_STAGE, EVENTS_STAGE),
    "every temporal expression, normalised against the publication date")
QUANTITIES: Attribute[list[Quantity]] = Attribute(
    "accord_quantities", "list[Quantity]", QUANTITIES_STAGE, (EVENTS_STAGE,),
    "every counted quantity, with what it counts")
QUOTES: Attribute[list[Quote]] = Attribute(
    "accord_quotes", "list[Quote]", QUOTES_STAGE, (EVENTS_STAGE,),
    "quotations and reported speech with their speakers")
EVENTS: Attribute[list[Event]] = Attribute(
    "accord_events", "list[Event]", EVENTS_STAGE, (),
    "coded PLOVER events, mentions of one event linked by cluster")

ATTRIBUTES: tuple[Attribute[Any], ...] = (DOC_ID, PUBLISHED, ACTORS, DATED_PEOPLE, PLACES, DATES, QUANTITIES, QUOTES,
                                          EVENTS)


def register_extensions() -> None:
    """Declare every attribute on spaCy's Doc (once per process; defaults are None)."""
    for attribute in ATTRIBUTES:
        if not Doc.has_extension(attribute.name):
            Doc.set_extension(attribute.name, default=None)


def set_input(doc: Doc, doc_id: str, published: str | None) -> None:
    """What the Pipeline writes on a Doc before the stages run."""
    DOC_ID.set(doc, doc_id)
    PUBLISHED.set(doc, published)  # an unknown date stays None, never invented


def requires(stage: str) -> list[str]:
    """spaCy's ``requires`` of a stage (for ``Language.factory``), from the declarations above. Input
    attributes are not listed: no component assigns them, the Pipeline sets them on every Doc."""
    found = [*SPACY_REQUIRES.get(stage, ())]
    return found + [a.spacy_name for a in ATTRIBUTES if stage in a.readers and a.writer != INPUT]


def assigns(stage: str) -> list[str]:
    """spaCy's ``assigns`` of a stage (for ``Language.factory``), from the declarations above."""
    return [*SPACY_ASSIGNS.get(stage, ()), *(a.spacy_name for a in ATTRIBUTES if a.writer == stage)]


# --- memos ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Memo(Generic[T]):
    """A fact kept in ``doc.user_data`` under ``key``, worked out on first use by its ``owner`` module."""

    key: str
    holds: str
    owner: str
    about: str

    def recall(self, doc: Doc, compute: Callable[[Doc], T]) -> T:
        """The remembered value, computed with ``compute`` the first time (a None result is remembered too)."""
        data = doc.user_data
        if self.key not in data:
            data[self.key] = compute(doc)
        return cast(T, data[self.key])

    def peek(self, doc: Doc) -> object:
        """Whatever is stored (None when nothing is): for owners that check a value is still current."""
        return doc.user_data.get(self.key)

    def store(self, doc: Doc, value: T) -> T:
        doc.user_data[self.key] = value
        return value


class SentenceIndex(NamedTuple):
    """Token boundaries of each sentence, and each token's sentence number."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    numbers: tuple[int, ...]  # token index -> sentence number

    def number_of(self, token: Token) -> int:
        return self.numbers[token.i]

    def start_of(self, token: Token) -> int:
        """Token index where ``token``'s sentence starts."""
        return self.starts[self.numbers[token.i]]


class TokenTable(NamedTuple):
    """Each token's part of speech, dependency label and word ids (``Token.pos``, ``.dep``, ``.orth``,
    ``.lower``, ``.lemma``) and the index of its head (``Token.head.i``), read from the Doc in array passes.
    The stages' whole-sentence scans test these first, and make a Token (which spaCy builds anew on every
    ``doc[i]``) only for the few that pass."""

    pos: list[int]
    dep: list[int]
    orth: list[int]
    lower: list[int]
    lemma: list[int]
    head: list[int]


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place name of a dateline with its character offsets, and the region or country after it."""

    name: str
    start: int
    end: int
    region: str | None


@dataclass(frozen=True, slots=True)
class Layout:
    """A text's page layout: where sentences must start (character offsets, ascending) and which character
    ranges are page furniture, not the story (links, credits, teaser blocks of other articles' headlines)."""

    breaks: tuple[int, ...]
    boilerplate: tuple[tuple[int, int], ...]
    _lows: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _reaches: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lows, reaches = _furthest_reaches(self.boilerplate)
        object.__setattr__(self, "_lows", lows)
        object.__setattr__(self, "_reaches", reaches)

    def is_boilerplate(self, start: int, end: int) -> bool:
        """Whether the text ``[start, end)`` lies inside one boilerplate range (give or take an edge space): some
        range opening at or before ``start + 1`` reaches ``end - 1``. Asked for every sentence, so it looks the
        furthest reach up by binary search instead of scanning every range."""
        k = bisect_right(self._lows, start + 1)
        return k > 0 and end - 1 <= self._reaches[k - 1]


def _furthest_reaches(ranges: tuple[tuple[int, int], ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The ranges' starts, ascending, and for each the furthest end of a range starting there or before."""
    lows: list[int] = []
    reaches: list[int] = []
    for low, high in sorted(ranges):
        lows.append(low)
        reaches.append(max(high, reaches[-1]) if reaches else high)
    return tuple(lows), tuple(reaches)


class QuotationMarks(NamedTuple):
    """Every line break and quotation mark of a text, ascending, and after each one where the quotation then
    open began (-1: none open). Read left to right from each paragraph's start, so the state at any offset
    is the one after the last of these before it."""

    positions: list[int]
    opened: list[int]


class ActorIndex(NamedTuple):
    """The actor stage's mentions sorted by start offset, for binary searches; ``source`` and ``size`` tell
    whether the list it was built from is still the Doc's."""

    source: list[Actor]
    size: int
    starts: list[int]
    ordered: list[Actor]


class PlaceIndex(NamedTuple):
    """The places stage's records' positions sorted by start offset, for binary searches; ``source`` and
    ``size`` tell whether the list it was built from is still the Doc's."""

    source: list[Place]
    size: int
    starts: list[int]
    positions: list[int]  # index in ``source`` of the place starting at ``starts[k]``


TEXT: Memo[str] = Memo("accord.text", "str", "accord.doc_index", "the text the Doc was made from")
SENTENCE_INDEX: Memo[SentenceIndex] = Memo(
    "accord.sentences", "SentenceIndex", "accord.doc_index", "sentence boundaries and each token's sentence")
TOKEN_TABLE: Memo[TokenTable] = Memo(
    "accord.tokens", "TokenTable", "accord.doc_index", "every token's tag, dependency and word ids")
OPENING_DATELINE: Memo[tuple[int, int] | None] = Memo(
    "accord.opening_dateline", "tuple[int, int] | None", "accord.dateline",
    "the extent of a dateline that surely opens the story (the paragraph and actor stages ask)")
STORY_DATELINE: Memo[Dateline | None] = Memo(
    "accord.dateline", "Dateline | None", "accord.dateline", "the dateline of a parsed story, if any")
ACTOR_INDEX: Memo[ActorIndex] = Memo(
    "accord_actors_index", "ActorIndex", "accord.actors", "the actor mentions sorted for span look-ups")
PLACE_INDEX: Memo[PlaceIndex] = Memo(
    "accord.place_index", "PlaceIndex", "accord.places", "the place records sorted for span look-ups")
DATELINE_PLACE: Memo[Place | None] = Memo(
    "accord.dateline_place", "Place | None", "accord.places", "the place record of the story's dateline")
STORY_SETTING: Memo[Place | None] = Memo(
    "accord.story_setting", "Place | None", "accord.places",
    "the first mention of the place a story is set in, the one it names far more often than any other")
ACTOR_COUNTRIES: Memo[dict[int, list[str]]] = Memo(
    "accord.actor_countries_by_sentence", "dict[int, list[str]]", "accord.places",
    "sentence start token -> the countries of the actors that start in it")
LAYOUT: Memo[Layout] = Memo(
    "accord.layout", "Layout", "accord.layout",
    "where sentences must start and which ranges are page furniture (the paragraph stage and the coder ask)")
QUOTATION_MARKS: Memo[QuotationMarks] = Memo(
    "accord.quotation_marks", "QuotationMarks", "accord.doc_index",
    "the text's line breaks and quotation marks, for finding the quotation open at an offset")
QUOTATION_DEPTH: Memo[tuple[list[int], list[int]]] = Memo(
    "accord.quotation_depth", "tuple[list[int], list[int]]", "accord.actors.binding",
    "each token's paragraph start and the running count of open quotation marks (the pronoun rules ask)")
CONTINUED_SPEAKERS: Memo[dict[tuple[int, int], int | None]] = Memo(
    "accord.continued_speakers", "dict[tuple[int, int], int | None]", "accord.actors.binding",
    "(sentence start, paragraph start) -> the speaker of the quotation a quoted sentence continues (asked per pronoun)")
TEXT_DATE_STARTS: Memo[tuple[list[DateRef], int, list[int]]] = Memo(
    "accord.text_date_starts", "tuple[list[DateRef], int, list[int]]", "accord.places",
    "the dates stage's list, its length, and the start offsets of the times the text names, ascending")
LEDE_END: Memo[int] = Memo(
    "accord.lede_end", "int", "accord.dates.lede",
    "the token index where the story's lede ends (its opening sentences, which tell its news)")
PHRASE_BOUNDS: Memo[dict[int, tuple[int, int]]] = Memo(
    "accord.phrase_bounds", "dict[int, tuple[int, int]]", "accord.events.participants",
    "token -> the token range of the noun phrase it heads")

ELECTION_STORY: Memo[bool] = Memo(
    "accord.election_story", "bool", "accord.events.sense", "whether a noun of electioneering is in the story")

MEMOS: tuple[Memo[Any], ...] = (TEXT, SENTENCE_INDEX, TOKEN_TABLE, OPENING_DATELINE, STORY_DATELINE, ACTOR_INDEX,
                                PLACE_INDEX, DATELINE_PLACE, STORY_SETTING, ACTOR_COUNTRIES, PHRASE_BOUNDS, LAYOUT,
                                QUOTATION_MARKS, QUOTATION_DEPTH, CONTINUED_SPEAKERS, LEDE_END, TEXT_DATE_STARTS,
                                ELECTION_STORY)


# --- the stages' common base ------------------------------------------------------------------------------


class Stage:
    """Base of accord's stages: ``__call__`` codes one Doc.

    ``pipe`` runs the stage over a whole batch before the next stage starts, as spaCy's own components do.
    Without it spaCy would pass each Doc through every stage in turn, and the switching between their code
    and data costs about a tenth of accord's time.
    """

    def __call__(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            yield from [self(doc) for doc in batch]
