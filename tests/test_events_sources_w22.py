"""Layer 4 on sentences written for these tests: the source side of an event where English grammar names it but
the parse hides it — a purpose infinitive the parser hung on a light verb's object as a relative clause, and a
first-person subject inside a quotation whose speaker is named outside the sentence that tells the event."""

from __future__ import annotations

import pytest

from accord.events.arguments import _inside_nested_quotation
from accord.pipeline import Pipeline
from event_helpers import countries_of, events_on_a_day, the_event

# --- a purpose infinitive on a light verb's object -------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Turkey launched an operation to drive the militants out of the town.", "drive", "TUR"),
    ("Turkey launched an operation to drive Kurdish fighters out of the town.", "drive", "TUR"),
])
def test_a_purpose_infinitive_on_a_light_verbs_object_is_the_light_verbs_subjects(
        pipeline: Pipeline, text: str, trigger: str, country: str) -> None:
    event = the_event(pipeline, text, trigger)
    assert countries_of(event.actor) == [country], event.actor


def test_the_object_of_a_verb_that_is_no_light_verb_is_not_its_subjects_act(pipeline: Pipeline) -> None:
    # "condemned the plan to annex": the plan is someone else's; Uganda annexes nothing
    for event in events_on_a_day(pipeline, "Uganda condemned the plan to annex the island."):
        if event.trigger.text == "annex":
            assert "UGA" not in countries_of(event.actor)


def test_a_verb_of_receiving_takes_another_partys_act(pipeline: Pipeline) -> None:
    # "received a request to extradite": the requester asks; Uganda is asked, and extradites nobody yet
    for event in events_on_a_day(pipeline, "Uganda received a request to extradite the Kenyan businessman."):
        if event.trigger.text == "extradite":
            assert "UGA" not in countries_of(event.actor)


# --- a quotation's first person, its speaker named in another sentence -------------------------------------------


@pytest.mark.parametrize("text", [
    "“We have lost many soldiers,” the Kenyan president said. “We will attack the militants in Somalia.”",
    "The Kenyan president said: “We have lost many soldiers. We will attack the militants in Somalia.”",
])
def test_a_quotations_we_is_its_speaker_across_sentences(pipeline: Pipeline, text: str) -> None:
    event = the_event(pipeline, text, "attack")
    assert countries_of(event.actor) == ["KEN"], event.actor
    # the speaker is mentioned in the event's own sentence by the pronoun
    assert [a.text for a in event.actor] == ["We"]
    assert event.sentence.start <= (event.actor[0].start or 0) < event.sentence.end


def test_a_quotations_i_is_its_speaker_across_sentences(pipeline: Pipeline) -> None:
    event = the_event(pipeline, "“Our patience is over,” the Ugandan foreign minister said. “I have asked Kenya to "
                               "withdraw its troops.”", "asked")
    assert countries_of(event.actor) == ["UGA"] and countries_of(event.recipient) == ["KEN"]


def test_a_first_person_outside_quotation_marks_is_not_a_quoted_speakers(pipeline: Pipeline) -> None:
    # the writer's own "we" outside any quotation: no speaker stands for it
    text = "“The border is closed,” the Kenyan president said. We asked Uganda to comment on the decision."
    for event in events_on_a_day(pipeline, text):
        if event.trigger.text == "asked":
            assert "KEN" not in countries_of(event.actor)


def test_a_quotation_nested_in_a_quotation_has_a_speaker_of_its_own(pipeline: Pipeline) -> None:
    text = "“Our patience is over,” the Ugandan foreign minister said. “Their message was clear: ‘We will attack " \
           "Somalia next year.’”"
    event = the_event(pipeline, text, "attack")
    assert "UGA" not in countries_of(event.actor) and countries_of(event.recipient) == ["SOM"]


def test_a_speaker_named_in_another_sentence_makes_no_event_of_words_naming_nobody(pipeline: Pipeline) -> None:
    # the quotation's "I" completes an event whose sentence names a party; alone it makes none
    text = "“The talks went well,” the Kenyan president said. “I have met him many times.”"
    assert [e.trigger.text for e in events_on_a_day(pipeline, text) if e.trigger.text == "met"] == []


def test_a_speaker_in_the_events_own_sentence_is_left_to_its_verb_of_saying(pipeline: Pipeline) -> None:
    # the quote stage's speaker of this quotation is in the sentence itself: the sentence's own reading decides
    text = "“We will attack the militants in Somalia,” the Kenyan president said."
    event = the_event(pipeline, text, "attack")
    assert countries_of(event.actor) == ["KEN"]
    assert not any((a.rule or "").endswith("+quoted-speaker") for a in event.actor)


def test_a_pronoun_speaker_is_not_carried_into_the_next_sentence(pipeline: Pipeline) -> None:
    # "he said:" names its speaker through the quote stage's own coreference; the next sentence's "we" is not
    # resolved through that guess again
    text = ("The Kenyan president met the Ugandan president on Monday. He said: “Our patience is over. We will attack "
            "the militants in Somalia.”")
    event = the_event(pipeline, text, "attack")
    assert not any((a.rule or "").endswith("+quoted-speaker") for a in event.actor)


def test_a_closed_nested_quotation_leaves_the_quotations_we_to_its_speaker(pipeline: Pipeline) -> None:
    # the inner ‘…’ closes before "we": the "we" is the quoted speaker's again (an apostrophe inside the inner
    # quotation, "don’t", closes nothing)
    text = "“Our patience is over,” the Ugandan foreign minister said. “They called it ‘a peace plan they don’t " \
           "need’, and we will attack Somalia next year.”"
    event = the_event(pipeline, text, "attack")
    assert countries_of(event.actor) == ["UGA"] and countries_of(event.recipient) == ["SOM"]


@pytest.mark.parametrize(("before", "inside"), [
    ("Their message: ‘We", True),
    ("They said ‘we don’t", True),
    ("They called it ‘a plan’ and we", False),
    ("The leaders’ plan and we", False),
    ("No inner quotation, we", False),
])
def test_an_inner_quotation_is_open_until_a_closing_mark_ends_a_word(before: str, inside: bool) -> None:
    assert _inside_nested_quotation(before) is inside
