"""Wave 27: a participle adjunct that tells a directive or a commitment (REQUEST, AGREE) beside an act of another
kind is a speech act of its own, each tried on sentences written for these tests.

- "condemned the raid, *calling for* restraint", "rejected the plan, *urging* talks", "met her counterpart,
  *agreeing* to expand trade": two acts of one speaker, the participle's with the verb's subject;
- a participle that tells what the verb's act did ("shelled the town, *killing* 20") stays one act, and so does a
  protest's aim ("marched, *demanding* his release"), a demand beside a demand ("urged X to act, *calling for*
  sanctions") and a naming ("attacked the senator, *calling* him a liar").
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import actor_texts, asserted_events, event_of_type

TWO_ACTS = [
    ("The foreign ministry condemned the bombing, calling for restraint on all sides.", "ACCUSE", "condemned",
     "REQUEST", "calling", "foreign ministry"),
    ("The senator rejected the budget, calling for a new vote next month.", "REJECT", "rejected",
     "REQUEST", "calling", "senator"),
    ("The Dutch government welcomed the verdict, urging both parties to respect it.", "SUPPORT", "welcomed",
     "REQUEST", "urging", "Dutch government"),
    ("The mayor denounced the curfew, appealing to the governor to lift it.", "ACCUSE", "denounced",
     "REQUEST", "appealing", "mayor"),
    ("Norway met with Sweden on Tuesday, agreeing to expand energy cooperation.", "CONSULT", "met",
     "AGREE", "agreeing", "Norway"),
]


@pytest.mark.parametrize(("text", "verb_type", "verb", "participle_type", "participle", "speaker"), TWO_ACTS)
def test_a_directive_or_commitment_participle_is_an_act_of_its_own(
        pipeline: Pipeline, text: str, verb_type: str, verb: str, participle_type: str, participle: str,
        speaker: str) -> None:
    events = asserted_events(pipeline, text)
    event_of_type(events, verb_type, verb)
    told = event_of_type(events, participle_type, participle)
    assert speaker in actor_texts(told.actor)


def test_the_participles_addressee_is_its_own(pipeline: Pipeline) -> None:
    events = asserted_events(pipeline, "The mayor denounced the curfew, appealing to the governor to lift it.")
    assert "governor" in actor_texts(event_of_type(events, "REQUEST", "appealing").recipient)
    assert "governor" not in actor_texts(event_of_type(events, "ACCUSE", "denounced").recipient)


ONE_ACT = [
    ("Artillery shelled the village, killing twelve people.", "shelled", "killing"),
    ("Farmers marched through the capital, demanding the release of their leader.", "marched", "demanding"),
    ("The governor attacked the senator, calling him a liar.", "attacked", "calling"),
    ("The envoy urged Lisbon to act, calling for sanctions on the regime.", "urged", "calling"),
]


@pytest.mark.parametrize(("text", "verb", "participle"), ONE_ACT)
def test_a_result_an_aim_a_naming_or_a_second_demand_stays_one_act(
        pipeline: Pipeline, text: str, verb: str, participle: str) -> None:
    events = asserted_events(pipeline, text)
    told = [(e.type, e.trigger.text) for e in events]
    assert any(word in (verb, participle) for _, word in told), told
    assert not any(kind in ("REQUEST", "AGREE") and word == participle for kind, word in told) \
        or not any(word == verb for _, word in told), told
