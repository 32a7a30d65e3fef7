"""Events told by a predicate adjective with its complement (wave 17), on sentences written for these tests: "was
critical of X" criticises X as "criticised X" does, "has been supportive of X" supports X. Only after a linking verb
and with the complement's preposition; the adjective before a noun, without its complement or in another sense
tells no event, and the clause's negation and modality carry over as for a verb. The same criticism told by a
predicate noun: a party said or called "a failure" is criticised (a fault predicate of the judgement frame)."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Event
from event_helpers import event_of_type


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.extract(text, published="2024-03-04", id="t").events


@pytest.mark.parametrize(("text", "event_type", "trigger", "actor", "recipient"), [
    ("The governor has long been critical of the senator.", "ACCUSE", "critical", "governor", "senator"),
    ("Both envoys were sharply critical of the regime in Damascus.", "ACCUSE", "critical", "envoys", "regime"),
    ("The opposition leader was scathing about the prime minister.", "ACCUSE", "scathing", "leader", "minister"),
    ("The chancellor has been supportive of the Kurdish fighters.", "SUPPORT", "supportive", "chancellor",
     "fighters"),
])
def test_a_predicate_adjective_with_its_complement_is_the_act(pipeline: Pipeline, text: str, event_type: str,
                                                              trigger: str, actor: str, recipient: str) -> None:
    event = event_of_type(_events(pipeline, text), event_type, trigger)
    assert event.factuality == "asserted"
    assert any(actor in a.text for a in event.actor)
    assert any(recipient in r.text for r in event.recipient)


def test_under_a_verb_of_saying_the_clause_subject_is_the_critic(pipeline: Pipeline) -> None:
    event = event_of_type(_events(pipeline, "The envoy said Washington was critical of Beijing's moves."),
                          "ACCUSE", "critical")
    assert [a.text for a in event.actor] == ["Washington"]


@pytest.mark.parametrize(("text", "factuality"), [
    ("The governor was not critical of the senator.", "negated"),
    ("The governor would be critical of any deal with the senator.", "hypothetical"),
])
def test_negation_and_modality_of_the_linking_verb_carry_over(pipeline: Pipeline, text: str,
                                                              factuality: str) -> None:
    assert event_of_type(_events(pipeline, text), "ACCUSE", "critical").factuality == factuality


@pytest.mark.parametrize("text", [
    "The minister was in critical condition after the blast.",
    "The situation on the border is critical.",
    "Her support is critical to the peace plan.",
    "The report was a critical assessment of the economy.",
    "Lawmakers critical of the deal gathered in the capital.",
    "The mayor's aides were supportive and kind.",
])
def test_other_uses_of_the_adjectives_tell_no_event(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.trigger.text.lower() in ("critical", "supportive")]


# --- a party judged a failure: the same criticism told by a predicate noun -----------------------------------


@pytest.mark.parametrize(("text", "recipient"), [
    ("The senator said the governor was a proven failure as a manager.", "governor"),
    ("The minister called the president a failure.", "president"),
    ("The senator said the governor's policy was a failure.", "governor"),
])
def test_a_party_said_to_be_a_failure_is_criticised(pipeline: Pipeline, text: str, recipient: str) -> None:
    event = event_of_type(_events(pipeline, text), "ACCUSE", "failure")
    assert any(recipient in r.text for r in event.recipient)


@pytest.mark.parametrize("text", [
    "The senator said the talks were a failure.",
    "Officials said an engine failure caused the crash.",
    "The senator said the governor was not a failure.",
])
def test_a_failure_said_of_no_party_or_denied_accuses_nobody(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.trigger.text == "failure"]
