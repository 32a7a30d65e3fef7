"""Arguments mended after the wave 26 merge, on sentences written for these tests.

- The narrator's own "us" in a sentence that quotes nothing is not bound to a speaker whose verb of saying does not
  report the pronoun's clause ("troops shelled *us* after the governor said ...": the report is a circumstance of
  the clause); it still is when the verb of saying reports that clause ("the army said the rebels shelled *us*",
  "the rebels shelled *us*, the army said").
- A text's author is the source of the act a relative clause on the text tells only when the verb that takes the
  text puts it out as its author ("wrote", "issued", "put out"), not one of holding or handing it over ("held",
  "gave").
- "us" is a first-person object only in lower case: "US" is the country.
"""

from __future__ import annotations

import pytest

from accord.events.arguments import FIRST_PERSON_OBJECTS
from accord.pipeline import Pipeline
from accord.words import shared_words
from event_helpers import asserted_events, event_of_type


@pytest.mark.parametrize(("text", "trigger"), [
    ("Soldiers attacked us as the minister said the war was over.", "attacked"),
    ("Troops shelled us after the governor said the truce held.", "shelled"),
    ("Gunmen fired at us while the police chief said the roads were safe.", "fired"),
])
def test_narrator_us_beside_an_unrelated_report_stays_unbound(pipeline: Pipeline, text: str, trigger: str) -> None:
    events = [e for e in pipeline.extract(text, published="2021-03-01").events if e.trigger.text == trigger]
    assert events, text
    for event in events:
        assert all(a.text.lower() != "us" for a in event.recipient), event.recipient


@pytest.mark.parametrize("text", [
    "The Kenyan army said the rebels had shelled us near the border.",
    "The rebels shelled us near the border, the Kenyan army said.",
])
def test_us_in_a_reported_clause_is_its_speaker(pipeline: Pipeline, text: str) -> None:
    event = event_of_type(asserted_events(pipeline, text), "ASSAULT", "shelled")
    assert [(a.text, a.country) for a in event.recipient] == [("us", "KEN")], event.recipient


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("The Kenyan senator held a letter that accused the mayor of fraud.", "ACCUSE", "accused"),
    ("The Kenyan envoy gave Putin a letter that urged Russia to withdraw its troops.", "REQUEST", "urged"),
])
def test_holding_or_handing_a_text_is_not_writing_it(unfiltered_pipeline: Pipeline, event_type: str,
                                                     text: str, trigger: str) -> None:
    events = [e for e in unfiltered_pipeline.extract(text, published="2021-03-01").events
              if e.type == event_type and e.trigger.text == trigger]
    assert all(a.country != "KEN" for e in events for a in e.actor), [e.actor for e in events]


@pytest.mark.parametrize("text", [
    "The Kenyan senator wrote a letter that accused the mayor of fraud.",
    "The Kenyan ministry issued a statement that accused the mayor of fraud.",
    "The Kenyan ministry put out a statement that accused the mayor of fraud.",
])
def test_putting_a_text_out_makes_its_author_the_source(pipeline: Pipeline, text: str) -> None:
    event = event_of_type(asserted_events(pipeline, text), "ACCUSE", "accused")
    assert [a.country for a in event.actor] == ["KEN"], event.actor


def test_us_is_an_object_pronoun_only_in_lower_case() -> None:
    assert "us" in FIRST_PERSON_OBJECTS and "me" in FIRST_PERSON_OBJECTS
    # kept out of the case-blind classes every stage reads, where "US" would be taken for a pronoun
    assert "us" not in shared_words().pronouns()
