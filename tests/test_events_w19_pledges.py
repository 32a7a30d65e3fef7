"""Wave 19: a promise or a proposal of campaigners told in an election setting is campaign speech, no commitment
to a party (docs/annotation.md, "Campaigns": promises are no events). Each rule is tried on sentences written
for these tests, where it holds and where it does not: a state's promise, a promise to a foreign party or a
body of states, and a promise of the vote itself stay agreements."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import asserted_events


@pytest.mark.parametrize("text", [
    "The presidential candidate delivered a promise to strengthen trade unions.",
    "She promised voters that she would lower drug prices.",
    "Her proposal to raise the minimum wage won applause from primary voters.",
    "At a battleground rally, the nominee made a pledge to protect coal miners.",
])
def test_a_campaign_pledge_is_no_event(pipeline: Pipeline, text: str) -> None:
    events = asserted_events(pipeline, text)
    assert all(e.type != "AGREE" for e in events), [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The president pledged to send aid to Ukraine.", "pledged"),  # no campaign setting
    ("During the election campaign, the prime minister pledged to help Ukraine.", "pledged"),  # a foreign party
    ("Before the election, Chancellor Merkel promised NATO more troops.", "promised"),  # a body of states
    ("The government pledged to rebuild the schools destroyed in the flood.", "pledged"),  # a state's promise
])
def test_a_commitment_to_a_party_stays_an_agreement(pipeline: Pipeline, text: str, trigger: str) -> None:
    events = asserted_events(pipeline, text)
    assert any(e.type == "AGREE" and e.trigger.text == trigger for e in events), \
        [(e.type, e.trigger.text) for e in events]


def test_an_announced_meeting_is_no_campaign_pledge(pipeline: Pipeline) -> None:
    events = asserted_events(pipeline, "The candidate said on Monday he would meet Governor Walker.")
    assert any(e.type == "AGREE" for e in events), [(e.type, e.trigger.text) for e in events]


def test_promising_the_vote_itself_is_not_set_in_a_campaign(pipeline: Pipeline) -> None:
    # the election is what is promised, not where the promise is made
    events = asserted_events(pipeline, "The military council promised the opposition free elections next year.")
    assert any(e.type == "AGREE" for e in events), [(e.type, e.trigger.text) for e in events]
