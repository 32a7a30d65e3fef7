"""A text as the doer of an act of saying (wave 26, issues 18 and 19): a letter, statement or ad acts for whoever
wrote or put it out, and by the ontology that author is the event's source. The author is named on the text itself
(its possessive, a participle with a by-agent, a relative clause whose subject wrote it) or, when the act is told
by a relative clause on the text, by the subject of the verb that put the text out."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import actor_texts, asserted_events, event_of_type


@pytest.mark.parametrize(("text", "event_type", "trigger", "author"), [
    ("A petition signed by thirty senators urged the Brazilian president to veto the mining law.",
     "REQUEST", "urged", "thirty senators"),
    ("The memo, drafted by the Dutch defence ministry, urged Belgium to recall its warships.",
     "REQUEST", "urged", "the Dutch defence ministry"),
    ("The statement the Peruvian foreign ministry put out on Friday condemned Chile.",
     "ACCUSE", "condemned", "the Peruvian foreign ministry"),
    ("The Peruvian foreign ministry issued a statement that condemned Chile.",
     "ACCUSE", "condemned", "The Peruvian foreign ministry"),
    ("Twelve Democratic governors sent a letter which urged the Senate to pass the aid bill.",
     "REQUEST", "urged", "Twelve Democratic governors"),
])
def test_a_text_acts_for_its_author(pipeline: Pipeline, text: str, event_type: str, trigger: str,
                                    author: str) -> None:
    event = event_of_type(asserted_events(pipeline, text), event_type, trigger)
    assert actor_texts(event.actor) == author


def test_a_text_someone_only_reads_out_names_no_author(pipeline: Pipeline) -> None:
    """Reading a letter out does not write it: the reader is not the source of what the letter says."""
    events = asserted_events(pipeline, "The Peruvian senator read out a letter that accused the mayor of fraud.")
    event = event_of_type(events, "ACCUSE", "accused")
    assert not event.actor


def test_a_text_as_subject_keeps_the_author_named_inside_its_phrase(pipeline: Pipeline) -> None:
    """The shape that already worked ("the letter from X") keeps its source."""
    events = asserted_events(pipeline, "A letter from the Dutch defence ministry urged Belgium to recall its warships.")
    event = event_of_type(events, "REQUEST", "urged")
    assert actor_texts(event.actor) == "the Dutch defence ministry"


@pytest.mark.parametrize("text", [
    "A report by Human Rights Watch accused the Malaysian police of beating detainees.",
    "A report released by Human Rights Watch accused the Malaysian police of beating detainees.",
    "Human Rights Watch published a report that accused the Malaysian police of beating detainees.",
])
def test_a_report_acts_for_whoever_made_it(pipeline: Pipeline, text: str) -> None:
    """A report or an inquiry is its maker's: its by-phrase, a participle's by-agent, or who published it."""
    event = event_of_type(asserted_events(pipeline, text), "ACCUSE", "accused")
    assert actor_texts(event.actor) == "Human Rights Watch"
