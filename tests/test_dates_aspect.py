"""When an event with no time phrase of its own gets the publication day: tense, aspect, adverbs and the
clause it sits in (accord.dates.aspect), and how the common relative expressions resolve. Sentences written
for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import accord.dates.stage  # noqa: F401  (registers accord_dates_v1)
from accord.blackboard import DATES
from accord.blackboard import PUBLISHED as PUBLISHED_ON
from accord.dates import EventWords, event_date
from accord.nlp import DEFAULT_MODEL, register_extensions
from accord.records import DateRef

PUBLISHED = "2021-12-08"  # a Wednesday
OPENING = "Ministers meet in Lisbon.\n\nThe talks open a week of meetings on fisheries. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    loaded = spacy.load(DEFAULT_MODEL)
    loaded.add_pipe("accord_dates_v1")
    return loaded


def annotate(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    doc._.accord_published = PUBLISHED
    return nlp(doc)


def date_of(nlp: Language, text: str, word: str, *governing: str) -> DateRef | None:
    """The date of the event told by ``word`` (the last one of that spelling), with the ``governing`` verbs of
    its chain above it."""
    doc = annotate(nlp, text)
    verbs = [next(t for t in reversed(doc) if t.text == w) for w in (word, *governing)]
    event = EventWords(verbs[0], tuple(v for v in verbs if v.pos_ in ("VERB", "AUX")))
    return event_date(event, DATES.get(doc) or [], PUBLISHED_ON.get(doc))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The rebels shelled the northern suburbs.", "shelled"),
        ("Police are detaining dozens of fishermen at the port.", "detaining"),
        ("We condemn the shelling of the harbour, the minister told reporters.", "condemn"),
        ("The navy now blocks every boat leaving the bay.", "blocks"),
        ("In time, the guards released the fishermen.", "released"),
        ("The guards released the fishermen while the talks went on.", "released"),
    ],
)
def test_news_of_the_day_gets_the_publication_day(nlp: Language, sentence: str, word: str) -> None:
    found = date_of(nlp, OPENING + sentence, word)
    assert found is not None and (found.value, found.source) == (PUBLISHED, "published")


@pytest.mark.parametrize(
    ("sentence", "word", "governing"),
    [
        # the perfect: an unstated time before now or before then
        ("The coastguard has seized three trawlers off the cape.", "seized", ()),
        ("The minister said the navy had boarded a tanker.", "boarded", ()),
        ("The union has been lobbying the council for new quays.", "lobbying", ()),
        ("The council has quietly continued to fund the harbour guards.", "fund", ("continued",)),
        # the simple present of a habit or a state
        ("The harbour authority opposes any new licences.", "opposes", ()),
        ("The captain is accused of smuggling diesel.", "accused", ()),
        # adverbs and phrases of repetition, span or an earlier time
        ("The governor previously demanded that the port close.", "demanded", ()),
        ("For months, inspectors examined the accounts of the fleet.", "examined", ()),
        ("The ministry initially blamed the storm for the losses.", "blamed", ()),
        ("Fishermen often protested outside the town hall in the past.", "protested", ()),
        ("Guards detained smugglers on a daily basis.", "detained", ()),
        ("The council has long criticised the port's owners.", "criticised", ()),
        ("During his time with the militia, he guarded the northern docks.", "guarded", ()),
        ("During those years, the navy patrolled the strait.", "patrolled", ()),
        ("During his time with the militia, he rose to command a unit, guarding the docks.", "guarding", ()),
        # a clause or gerund placed before or after another time, or given as a reason
        ("The summit was cancelled after the navy blockaded the port.", "blockaded", ()),
        ("The summit was cancelled after the navy blockaded the port and the union struck.", "struck", ()),
        ("After seizing the harbour, the rebels marched inland.", "seizing", ()),
        ("The group claimed responsibility for sinking the ferry.", "sinking", ()),
        # a clause that describes a participant
        ("Sailors who have blockaded the port and threatened the mayor marched again.", "threatened", ()),
        ("The levy, opposed by the fishermen's union, was dropped.", "opposed", ()),
    ],
)
def test_background_gets_no_date(nlp: Language, sentence: str, word: str, governing: tuple[str, ...]) -> None:
    assert date_of(nlp, OPENING + sentence, word, *governing) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Senator urges navy to leave the bay\n\nThe senator spoke in the capital.", "urges"),
        ("The families of the missing sailors have begged the navy for help. The navy said little.", "begged"),
    ],
)
def test_the_opening_sentence_tells_the_news(nlp: Language, text: str, word: str) -> None:
    found = date_of(nlp, text, word)
    assert found is not None and found.source == "published"


def test_a_date_in_the_clause_still_dates_the_perfect(nlp: Language) -> None:
    found = date_of(nlp, OPENING + "The coastguard has seized three trawlers since Monday.", "seized")
    assert found is not None and found.value == "2021-12-06"


def test_a_headline_participle_is_the_news(nlp: Language) -> None:
    found = date_of(nlp, "Two harbour guards charged with smuggling", "charged")
    assert found is not None and found.source == "published"


@pytest.mark.parametrize(
    ("sentence", "word", "value", "granularity"),
    [
        ("The trawler sank on Tuesday.", "sank", "2021-12-07", "day"),
        ("The trawler sank on Wednesday.", "sank", "2021-12-08", "day"),  # publication day itself
        ("The trawler sank on Thursday.", "sank", "2021-12-02", "day"),  # the last one before
        ("The crews will strike on Thursday.", "strike", "2021-12-09", "day"),  # to come: the next one
        ("The port closed last week.", "closed", "2021-W48", "week"),
        ("The port closed this month.", "closed", "2021-12", "month"),
        ("The port closed in March.", "closed", "2021-03", "month"),
        ("The port will reopen in March.", "reopen", "2022-03", "month"),
        ("The port closed in December.", "closed", "2021-12", "month"),
        ("The port closed two years ago.", "closed", "2019", "year"),
    ],
)
def test_relative_expressions_resolve_against_publication(nlp: Language, sentence: str, word: str, value: str,
                                                          granularity: str) -> None:
    found = date_of(nlp, OPENING + sentence, word)
    assert found is not None and (found.value, found.granularity, found.source) == (value, granularity, "text")
