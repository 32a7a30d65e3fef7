"""Dates and places of events (wave 29, branch w29-when): a headline's present with a weekday, a time given to the
speech a speech act is done in, "earlier in the week" and "in recent days", the simple past after a one-sentence
flashback, and seats of government in the gazetteer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.quotes.lexicon import load_lexicon as load_cue_lexicon
from accord.records import Event
from accord.words import speech_media
from date_helpers import FRIDAY, days_found, media_words

PUBLISHED = FRIDAY


def coded(pipeline: Pipeline, text: str, trigger: str) -> Event:
    events = pipeline.extract(text, published=PUBLISHED).events
    return next(e for e in events if e.trigger.text == trigger)


def day_of(event: Event) -> str | None:
    return event.date.value if event.date is not None else None


def place_of(event: Event) -> str | None:
    return event.location.name if event.location is not None else None


# --- a headline tells the news just past in the simple present ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        ("Governor signs budget deal on Wednesday\n\nThe governor signed the budget.", "signs", "2016-10-12"),
        # the time ending the headline is its verb's, though the parser hangs it on the object's noun
        ("Senator slams governor over storm response on Monday\n\nThe senator criticized the governor.", "slams",
         "2016-10-10"),
        # and the lede's act told in the simple past with no time of its own is of that day
        ("Senator slams governor over storm response on Monday\n\nThe senator criticized the governor.",
         "criticized", "2016-10-10"),
    ],
)
def test_a_headlines_present_with_a_weekday_is_the_last_such_day(pipeline: Pipeline, text: str, trigger: str,
                                                                  day: str) -> None:
    assert day_of(coded(pipeline, text, trigger)) == day


def test_a_headlines_weekday_on_its_present_is_the_last_one(pipeline: Pipeline) -> None:
    assert days_found(pipeline, "Senator visits Iowa farmers on Wednesday\n\nThe senator met farmers.") \
        == ["2016-10-12"]


def test_a_scheduled_present_in_running_text_still_reads_the_coming_day(pipeline: Pipeline) -> None:
    """Not in a headline: "the ministers meet on Tuesday" is a plan, so its Tuesday is the next one."""
    assert days_found(pipeline, "The two ministers meet on Tuesday in the capital.") == ["2016-10-18"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # an infinitive of purpose: the meeting is announced, its purpose still to be served
        ("Leaders meet on Monday to discuss trade deal\n\nThe talks open a week of bargaining.", "2016-10-17"),
        # the lede tells the headline's act again as to come
        ("Ministers gather on Tuesday for climate talks\n\nForeign ministers will gather in Paris for the talks.",
         "2016-10-18"),
        ("Ministers gather on Tuesday for climate talks\n\nForeign ministers are due to gather in Paris.",
         "2016-10-18"),
        # the lede tells it done: the news is past, whatever purpose the headline names
        ("Leaders meet on Monday to discuss trade deal\n\nThe leaders met in Rome to discuss the deal.",
         "2016-10-10"),
        # a headline's present with a weekday and no plan told is the last such day (the coming one before)
        ("Rebels seize airport on Thursday\n\nRebels took the airport after a battle.", "2016-10-13"),
        ("Mayor resigns on Thursday\n\nThe mayor quit after a scandal.", "2016-10-13"),
    ],
)
def test_a_preview_headlines_present_keeps_the_coming_day(pipeline: Pipeline, text: str, day: str) -> None:
    assert days_found(pipeline, text)[0] == day


# --- a speech act is done in the speech it is made in ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        ("The president condemned the attack in a speech on Thursday night.", "condemned", "2016-10-13"),
        ("The governor denounced the shooting in an interview on Monday.", "denounced", "2016-10-10"),
    ],
)
def test_a_time_of_the_speech_dates_the_act_said_in_it(pipeline: Pipeline, text: str, trigger: str,
                                                       day: str) -> None:
    assert day_of(coded(pipeline, text, trigger)) == day


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        ("The senator criticized the ruling in her interview on Monday.", "criticized", "2016-10-10"),
        ("The governor condemned the strike in a statement on Tuesday.", "condemned", "2016-10-11"),
    ],
)
def test_a_possessed_or_indefinite_medium_dates_the_act_said_in_it(pipeline: Pipeline, text: str, trigger: str,
                                                                    day: str) -> None:
    assert day_of(coded(pipeline, text, trigger)) == day


@pytest.mark.parametrize(
    ("text", "media"),
    [
        ("The president condemned the attack in a speech on Thursday night.", ["speech"]),
        ("The president condemned the attack in his speech on Thursday night.", ["speech"]),
        # a definite medium is one told of, which shows or names the object: the video shows the attack
        ("The president condemned the attack in the video on Thursday night.", []),
    ],
)
def test_only_an_indefinite_or_possessed_medium_is_the_speech_acts(pipeline: Pipeline, text: str,
                                                                   media: list[str]) -> None:
    assert media_words(pipeline, text) == media


def test_the_media_of_saying_are_the_quote_cue_lexicons() -> None:
    """One list of the occasions and texts of one's own speaking: the quote cue lexicon's (held inside its
    settings), not a copy in the dates data, and smaller than the settings, which hold venues too."""
    settings = load_cue_lexicon().setting_nouns
    assert {"speech", "interview", "statement", "video"} <= speech_media() < settings
    assert not speech_media() & {"summit", "court", "ceremony", "convention", "meeting", "story", "lawsuit"}


# --- "earlier in the week", "in recent days" --------------------------------------------------------------------


def test_earlier_in_the_week_is_the_storys_week(pipeline: Pipeline) -> None:
    event = coded(pipeline, "The governor met with party donors earlier in the week.", "met")
    assert day_of(event) == "2016-W41"


@pytest.mark.parametrize(
    "text",
    [
        "The senator criticized the mayor in recent days.",
        "The senator criticized the mayor over the past few days.",
    ],
)
def test_an_act_of_recent_days_is_not_of_the_publication_day(pipeline: Pipeline, text: str) -> None:
    assert coded(pipeline, text, "criticized").date is None


# --- the simple past after a one-sentence flashback -------------------------------------------------------------


def test_the_simple_past_after_a_flashback_returns_to_the_news(pipeline: Pipeline) -> None:
    text = ("The senator criticized the governor on Tuesday. In 2008, the governor defeated her in a primary. "
            "She accused him of lying about the budget.")
    assert day_of(coded(pipeline, text, "accused")) == "2016-10-11"


def test_the_simple_past_after_a_last_year_flashback_returns_to_the_news(pipeline: Pipeline) -> None:
    text = ("The mayor attacked the council on Wednesday. Last year, the council cut her budget. "
            "She accused the councillors of waste.")
    assert day_of(coded(pipeline, text, "accused")) == "2016-10-12"


@pytest.mark.parametrize(
    "text",
    [
        # an adverb keeps the story in the flashback
        "The senator criticized the governor on Tuesday. In 2008, the governor defeated her in a primary. "
        "She then accused him of fraud.",
        # no act of the story's week before it: a narrative of the past goes on
        "In 2008, the governor defeated her in a primary. She accused him of fraud.",
        # a weekday naming a thing dates no act: the story was not at its news before the past time
        "The anchor hosts a Sunday talk show. In 2008, the governor defeated her in a primary. "
        "She accused him of fraud.",
    ],
)
def test_a_flashback_kept_or_a_narrative_of_the_past_keeps_its_time(pipeline: Pipeline, text: str) -> None:
    assert day_of(coded(pipeline, text, "accused")) == "2008"


# --- places -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("The president met the prime minister in the Oval Office on Wednesday.", "met", "Oval Office"),
        ("The president signed the bill in the Rose Garden on Wednesday.", "signed", "Rose Garden"),
        ("The president hosted the chancellor at Camp David on Wednesday.", "hosted", "Camp David"),
        ("The prime minister met the mayor at Downing Street on Wednesday.", "met", "Downing Street"),
        # a fronted participle clause places the main clause's act
        ("Campaigning in Ohio on Tuesday, the candidate accused her rival of lying.", "accused", "Ohio"),
    ],
)
def test_seats_of_government_and_a_fronted_participle_place_the_event(pipeline: Pipeline, text: str,
                                                                       trigger: str, place: str) -> None:
    assert place_of(coded(pipeline, text, trigger)) == place


@pytest.mark.parametrize(
    "text",
    [
        "The senator criticized a Pentagon proposal on Wednesday.",
        "The general criticized cuts in a Pentagon proposal on Wednesday.",
    ],
)
def test_an_institution_named_as_a_modifier_is_no_place(pipeline: Pipeline, text: str) -> None:
    assert place_of(coded(pipeline, text, "criticized")) is None


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        ("At a rally in Portsmouth, N.H., the candidate knocked the senator for hiding his loans.", "knocked",
         "Portsmouth"),
        ("At a rally in Wilmington, N.C., on Tuesday, the candidate accused the senator of lying.", "accused",
         "Wilmington"),
    ],
)
def test_a_town_with_its_state_abbreviation_places_the_event_in_that_state(pipeline: Pipeline, text: str,
                                                                            trigger: str, town: str) -> None:
    event = coded(pipeline, text, trigger)
    assert event.location is not None and (event.location.name, event.location.country) == (town, "USA")
