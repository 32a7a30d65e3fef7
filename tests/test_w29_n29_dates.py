"""Dates (wave 29, branch n29-dates): a headline's purpose infinitive tells no plan when the lede tells an act
done; a medium of saying with no determiner ("in remarks") is the act's; only one's own occasions and texts of
speaking are such media (not a summit or a court). Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.words import speech_media
from date_helpers import FRIDAY, days_found, media_words

PUBLISHED = FRIDAY


@pytest.mark.parametrize(
    "text",
    [
        # the lede tells, with another verb, an act done: the headline's "to" names a purpose, not a plan
        "Governor knocks senator on Wednesday to energize supporters\n\nGovernor Lisa Ortiz criticized Senator "
        "Tom Brandt in a speech to volunteers.",
        "Union boss blasts minister on Wednesday to rally workers\n\nThe union leader has denounced the labor "
        "minister before a crowd of dock workers.",
    ],
)
def test_a_purpose_in_a_headline_is_no_plan_when_the_lede_tells_an_act_done(pipeline: Pipeline,
                                                                              text: str) -> None:
    assert days_found(pipeline, text)[0] == "2016-10-12"


def test_a_purpose_in_a_headline_with_a_lede_told_as_to_come_keeps_the_coming_day(pipeline: Pipeline) -> None:
    text = ("Envoys gather on Wednesday to settle border row\n\nThe two delegations will open talks in Geneva "
            "after months of strain.")
    assert days_found(pipeline, text)[0] == "2016-10-19"


@pytest.mark.parametrize(
    ("text", "media"),
    [
        # a bare plural is brought in as new, as "a speech" is
        ("The governor denounced the bombing in remarks on Tuesday morning.", ["remarks"]),
        ("The minister criticized the verdict in comments to reporters on Monday.", []),
        ("The mayor condemned the shooting in brief remarks on Monday.", ["remarks"]),
        # a venue or another's text is no medium of one's saying, though quotes reads it as a setting
        ("The premier condemned the blockade at a summit on Tuesday.", []),
        ("The minister denounced the ruling in a court on Monday.", []),
    ],
)
def test_media_of_saying_with_no_determiner_and_only_of_speaking(pipeline: Pipeline, text: str,
                                                                 media: list[str]) -> None:
    assert media_words(pipeline, text) == media


def test_speech_media_leave_out_venues_and_others_texts() -> None:
    media = speech_media()
    assert {"speech", "remarks", "interview", "statement", "letter", "tweet"} <= media
    assert not media & {"summit", "meeting", "convention", "ceremony", "court", "hall", "event", "news", "story",
                        "book", "lawsuit"}


def test_an_act_said_in_remarks_takes_their_day(pipeline: Pipeline) -> None:
    events = pipeline.extract("The governor denounced the bombing in remarks on Tuesday night.",
                              published=PUBLISHED).events
    event = next(e for e in events if e.trigger.text == "denounced")
    assert event.date is not None and event.date.value == "2016-10-11"
