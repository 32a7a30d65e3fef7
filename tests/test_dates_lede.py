"""An event told in the simple past after the story's lede, with no time of its own, is left undated when the
lede names no day (accord.dates.lede and accord.dates._by_tense): past narration deep in a story is background
as often as the day's news. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from accord.blackboard import DATES, DATES_STAGE, PARAGRAPHS
from accord.blackboard import PUBLISHED as PUBLISHED_ON
from accord.dates import EventWords, event_date, story_day
from accord.dates.lede import LEDE_SENTENCES, in_lede, lede_end
from accord.nlp import build_nlp
from accord.records import DateRef

PUBLISHED = "2021-12-08"  # a Wednesday
# A headline and a lede of two sentences that name no day: what follows is past the lede.
LEDE = ("Fishermen block the port of Vigo\n\n"
        "Hundreds of fishermen are blocking the port of Vigo in a protest over quotas. "
        "The harbour authority says no ship can leave. ")
# The same, with a lede that names the day of its news.
LEDE_WITH_DAY = ("Fishermen block the port of Vigo\n\n"
                 "Hundreds of fishermen blocked the port of Vigo on Monday in a protest over quotas. "
                 "The harbour authority says no ship can leave. ")
BACKGROUND = "The fishermen's union was founded by dockers in the old town. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp(stages=(PARAGRAPHS, DATES_STAGE))  # paragraphs: a blank line ends the headline


def annotate(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    doc._.accord_published = PUBLISHED
    return nlp(doc)


def date_of(nlp: Language, text: str, word: str, *governing: str) -> DateRef | None:
    """The date of the event told by ``word`` (the last one of that spelling), with the ``governing`` verbs of
    its chain above it, and the day the story's lede tells its news on."""
    doc = annotate(nlp, text)
    verbs = [next(t for t in reversed(doc) if t.text == w) for w in (word, *governing)]
    event = EventWords(verbs[0], tuple(v for v in verbs if v.pos_ in ("VERB", "AUX")))
    dates = DATES.get(doc) or []
    published = PUBLISHED_ON.get(doc)
    return event_date(event, dates, published, story_day(doc, dates, published))


@pytest.mark.parametrize(
    ("sentence", "word", "governing"),
    [
        ("The coastguard seized three trawlers off the cape.", "seized", ()),
        ("Three trawlers were seized off the cape.", "seized", ()),
        ("The coastguard began boarding the trawlers.", "boarding", ("began",)),
        ("The coastguard stormed the quay, seizing three trawlers.", "seizing", ()),  # a participle: its governor's
        ("The blockade led the union to appeal to the minister.", "appeal", ("led",)),  # tense
    ],
)
def test_past_narration_after_a_lede_without_a_day_is_undated(nlp: Language, sentence: str, word: str,
                                                               governing: tuple[str, ...]) -> None:
    assert date_of(nlp, LEDE + BACKGROUND + sentence, word, *governing) is None


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Police are detaining dozens of fishermen at the quay.", "detaining"),  # the progressive: going on now
        ("We condemn the blockade, the minister told reporters.", "condemn"),  # said as it is done
        ("The navy now blocks every boat leaving the bay.", "blocks"),  # anchored now
    ],
)
def test_the_present_after_the_lede_is_still_news_of_the_day(nlp: Language, sentence: str, word: str) -> None:
    found = date_of(nlp, LEDE + BACKGROUND + sentence, word)
    assert found is not None and (found.value, found.source) == (PUBLISHED, "published")


def test_past_narration_in_the_lede_is_news_of_the_day(nlp: Language) -> None:
    text = "Fishermen block the port of Vigo\n\nThe coastguard seized three trawlers off the cape. "
    found = date_of(nlp, text + BACKGROUND + BACKGROUND, "seized")
    assert found is not None and (found.value, found.source) == (PUBLISHED, "published")


def test_past_narration_after_a_lede_with_a_day_takes_that_day(nlp: Language) -> None:
    found = date_of(nlp, LEDE_WITH_DAY + BACKGROUND + "The coastguard seized three trawlers off the cape.",
                    "seized")
    assert found is not None and found.value == "2021-12-06"


@pytest.mark.parametrize(
    ("sentence", "word", "value"),
    [
        ("The coastguard seized three trawlers on Tuesday.", "seized", "2021-12-07"),  # its own clause's day
        ("The coastguard seized three trawlers that day.", "seized", None),  # "that day": no antecedent day
    ],
)
def test_a_time_of_the_clause_still_dates_past_narration(nlp: Language, sentence: str, word: str,
                                                         value: str | None) -> None:
    found = date_of(nlp, LEDE + BACKGROUND + sentence, word)
    assert (found.value if found else None) == value


def test_an_anaphoric_day_dates_past_narration(nlp: Language) -> None:
    text = LEDE + "The navy closed the strait on Monday. On the same day, the coastguard seized three trawlers."
    found = date_of(nlp, text, "seized")
    assert found is not None and found.value == "2021-12-06"


def test_the_lede_counts_sentences_with_a_verb_and_a_headline(nlp: Language) -> None:
    doc = annotate(nlp, "Staff Reports\n" + LEDE + BACKGROUND + BACKGROUND)
    first_background = doc.text.index(BACKGROUND)
    assert lede_end(doc) == doc.char_span(first_background, first_background + 3, alignment_mode="expand").start
    assert LEDE_SENTENCES == 3
    assert in_lede(doc[0]) and not in_lede(doc[-2])


def test_a_story_no_longer_than_its_lede_is_all_lede(nlp: Language) -> None:
    doc = annotate(nlp, "The coastguard seized three trawlers. Their crews were freed.")
    assert lede_end(doc) == len(doc)
