"""Armed-conflict reporting (wave 27): a military operation told by the noun alone, and a casualty report in the
agentless passive whose in-phrase names the act of arms. Every sentence is written for these tests.

- "operation" is an act of arms only when an armed side or a state launches, carries out, mounts or ends it, or when
  it is against an armed side; a rescue, a police sting, a business's or a surgeon's operation is none, and so is
  an operation told alone.
- "was killed in an air strike": the strike is done by someone left unsaid, as a weapon named in the clause says
  ("were killed when a bomb went off"); a crash, a fire or a storm kills with no doer.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import asserted_events


def _typed(pipeline: Pipeline, text: str, trigger: str) -> set[str]:
    return {e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger}


OPERATIONS = [
    "The Ethiopian army launched an operation in Tigray last week.",
    "Kenya launched the Jubaland operation after months of planning.",
    "Fighters of the Free Syrian Army carried out the operation, a Turkish official said.",
    "The Somali army mounted an operation against al-Shabaab militants near Kismayo.",
]


@pytest.mark.parametrize("text", OPERATIONS, ids=[t[:40] for t in OPERATIONS])
def test_an_operation_an_armed_side_launches_is_an_assault(pipeline: Pipeline, text: str) -> None:
    assert _typed(pipeline, text, "operation") == {"ASSAULT"}


def test_the_operation_keeps_who_launched_it(pipeline: Pipeline) -> None:
    events = [e for e in asserted_events(pipeline, "The Ethiopian army launched an operation in Tigray last week.")
              if e.trigger.text == "operation"]
    assert events and "army" in events[0].actor[0].text


NOT_OPERATIONS = [
    "Police launched an undercover operation in Lagos.",
    "The company expanded its operations in China.",
    "Doctors performed an operation on the minister's knee.",
    "The operation was a success, the commander said.",
    "The Kenyan navy launched a rescue operation off Mombasa.",
    "The Kenyan government launched an operation to evacuate the stranded villagers.",
]


@pytest.mark.parametrize("text", NOT_OPERATIONS, ids=[t[:40] for t in NOT_OPERATIONS])
def test_other_operations_are_no_assault(pipeline: Pipeline, text: str) -> None:
    assert "ASSAULT" not in _typed(pipeline, text, "operation")


def test_an_operation_only_sought_is_not_asserted(pipeline: Pipeline) -> None:
    text = "Ethiopia sought Kenya's backing to conduct the operation along the border."
    assert not _typed(pipeline, text, "operation")


CASUALTIES = [
    ("One person was killed in an air strike on the town.", "killed"),
    ("An anaesthetist was killed in the shelling of the village.", "killed"),
    ("A pharmacist was wounded during the bombardment of Kherson.", "wounded"),
]


@pytest.mark.parametrize(("text", "trigger"), CASUALTIES, ids=[t[:40] for t, _ in CASUALTIES])
def test_harm_done_in_an_act_of_arms_is_an_assault(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert _typed(pipeline, text, trigger) == {"ASSAULT"}


ACCIDENTS = [
    ("A man was killed in a car crash in Lagos.", "killed"),
    ("Two people were killed in the fire at the factory.", "killed"),
    ("Three people were killed in the storm.", "killed"),
    ("An anaesthetist was killed in three months of unrest.", "killed"),
]


@pytest.mark.parametrize(("text", "trigger"), ACCIDENTS, ids=[t[:40] for t, _ in ACCIDENTS])
def test_harm_done_in_an_accident_stays_no_event(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert not _typed(pipeline, text, trigger)


RECEIVED_BEFORE = [
    ("Kenya launched the offensive after winning the backing of Ethiopia.", "backing", "SUPPORT"),
    ("The army withdrew after receiving an ultimatum from the rebels.", "ultimatum", "THREATEN"),
]


@pytest.mark.parametrize(("text", "trigger", "event_type"), RECEIVED_BEFORE,
                         ids=[t[:40] for t, _, _ in RECEIVED_BEFORE])
def test_an_act_received_in_a_time_phrase_is_its_own(pipeline: Pipeline, text: str, trigger: str,
                                                      event_type: str) -> None:
    assert _typed(pipeline, text, trigger) == {event_type}
