"""Helpers of the wave-29 date tests: the days the dates stage finds, and the media a speech act is said in."""

from __future__ import annotations

from accord.blackboard import DATES
from accord.dates import _media_of_saying
from accord.dates.clause import EventWords
from accord.pipeline import Pipeline

FRIDAY = "2016-10-14"  # the publication day these tests resolve weekdays against


def days_found(pipeline: Pipeline, text: str) -> list[str | None]:
    """The values of every date the dates stage finds in ``text``, published on :data:`FRIDAY`."""
    doc = pipeline.nlp.make_doc(text)
    doc._.accord_published = FRIDAY
    return [d.value for d in DATES.get(pipeline.nlp(doc)) or []]


def media_words(pipeline: Pipeline, text: str) -> list[str]:
    """The nouns of saying :func:`accord.dates._media_of_saying` lends the sentence's speech act."""
    doc = pipeline.nlp(text)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    return [doc[i].text for i in sorted(_media_of_saying(EventWords(verb, (verb,), speech_act=True)))]
