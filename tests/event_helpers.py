"""Helpers shared by the event tests: the frames a sentence written for a test gives."""

from __future__ import annotations

from accord.doc_index import sentences
from accord.events.frames import sentence_frames
from accord.events.tables import Tables
from accord.pipeline import Pipeline


def frame_types_of(pipeline: Pipeline, tables: Tables, text: str, word: str) -> list[str]:
    """The types of the frames whose trigger is ``word`` (in the first sentence of ``text``)."""
    doc = pipeline.nlp(text)
    return [f.type for f in sentence_frames(sentences(doc)[0], tables) if f.trigger.text == word]
