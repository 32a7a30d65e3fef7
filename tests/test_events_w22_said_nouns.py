"""Wave 22, event recall: things said told by a noun and names of contempt.

- The possessor of a noun of a thing said (a demand, a call, a criticism, an accusation, a threat) is who said it:
  "Parliament's demand for an inquiry" is Parliament's REQUEST, as "Parliament demanded an inquiry" would be,
  also inside another event's clause. A noun with another common sense (an appeal as charm, a telephone call, a
  threat as a danger) counts only with what was said.
- A noun of accusation charges the subject of its that-clause.
- A naming verb whose two nouns the parser both takes as predicates names the first ("called [the leader] [a
  liar]"); names of contempt ("a loser", "a clown", "bigoted") find fault as "a liar" does.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Event


def _events(pipeline: Pipeline, text: str, event_type: str) -> list[Event]:
    return [e for e in pipeline.extract(text, published="2024-03-04", id="t").events if e.type == event_type]


def _actor_texts(event: Event) -> list[str]:
    return [a.text for a in event.actor]


@pytest.mark.parametrize(("text", "event_type", "speaker"), [
    ("The ministry ignored the Kenyan parliament's demand for a full inquiry into the contracts.", "REQUEST",
     "KEN"),
    ("Iran's threat to close the strait alarmed shipping companies in Oman.", "THREATEN", "IRN"),
    ("Shipping firms in Oman were alarmed by Iran's threat of a naval blockade.", "THREATEN", "IRN"),
    ("A report in Geneva cited Ghana's accusation that Togo had armed the rebels.", "ACCUSE", "GHA"),
])
def test_the_possessor_of_a_thing_said_said_it(pipeline: Pipeline, text: str, event_type: str,
                                                speaker: str) -> None:
    found = _events(pipeline, text, event_type)
    assert found, text
    assert any(a.country == speaker for e in found for a in e.actor)
    assert all(e.factuality == "asserted" for e in found)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Senator Lopez's appeal among older voters in Ohio has grown.", "REQUEST"),  # charm, nothing asked
    ("The Kenyan president's call with his Ugandan counterpart lasted an hour.", "REQUEST"),  # telephone call
    ("Iran's threat to shipping in the Gulf has grown since the spring.", "THREATEN"),  # a danger, nothing said
    ("Last week's demand for oil in India was weak.", "REQUEST"),  # a time and a market, no speaker
])
def test_no_speaker_without_what_was_said(pipeline: Pipeline, text: str, event_type: str) -> None:
    assert _events(pipeline, text, event_type) == []


def test_an_accusation_charges_the_subject_of_its_that_clause(pipeline: Pipeline) -> None:
    found = _events(pipeline, "The Kenyan minister responded to the union's allegations that the Ugandan police "
                              "had beaten the strikers.", "ACCUSE")
    assert len(found) == 1
    assert [a.country for a in found[0].recipient] == ["UGA"]


def test_a_relative_clause_on_an_accusation_charges_nobody(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Ghana's government repeated its accusations that were denied in Lome.", "ACCUSE")
    assert all(not e.recipient for e in found)


@pytest.mark.parametrize(("text", "named"), [
    ("The senator has repeatedly dismissed his rivals and called the party leader a liar.", "the party leader"),
    ("The mayor called the police chief a loser at a rally on Friday.", "the police chief"),
    ("Opposition leaders called the prime minister a clown during the debate.", "the prime minister"),
])
def test_a_name_of_contempt_accuses_whom_it_names(pipeline: Pipeline, text: str, named: str) -> None:
    found = [e for e in _events(pipeline, text, "ACCUSE") if e.trigger.text != "dismissed"]
    assert len(found) == 1
    assert [a.text for a in found[0].recipient] == [named]
    assert _actor_texts(found[0])


def test_a_name_of_praise_accuses_nobody(pipeline: Pipeline) -> None:
    assert _events(pipeline, "The mayor called the police chief a hero at a rally on Friday.", "ACCUSE") == []
