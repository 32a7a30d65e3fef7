"""Wave 27: words coded as asserted events that tell none, each rule tried on sentences written for these tests,
where it holds and where it does not.

- a question put is no request: "asked" with nobody asked, nothing asked for and no act asked of anyone reports a
  question, as "said" reports a statement ("'Why now?' the senator asked", "the host asked again", "Asked at a
  briefing about the plan, she said ..."), while "as the council had asked" (a conjunction of its own) still
  refers to an act asked for; an embedded question whose wh-word opens a phrase of its clause ("asked reporters
  *which* candidate they preferred") or sits deeper in it ("asked *what* a fair deal would look like") asks to be
  told, as "asked whether ..." does;
- a refusal to rule something out keeps the option open: no refusal and no act ("refused to rule out a run"),
  while "refused to meet the rebels" stays a refusal and "has not ruled out sanctions" a negated one;
- a call or a conversation with the press is a statement to reporters, no consultation ("held a conference call
  with reporters", "a press call"), while a call with a party or a leader stays one;
- a campaigner's promise of a hostile act in an election setting is campaign speech, as one of a cooperative act
  is (senses.yaml ``pledge_types``): "the candidate has promised to deport millions" is no threat, while a
  president's promise to veto a bill and a rebel group's vow of war stay threats.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _asserted(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in pipeline.extract(text, published="2021-03-01").events
            if e.factuality == "asserted"]


@pytest.mark.parametrize("text", [
    "\"When will the troops come home?\" the senator asked.",
    "\"Why should anyone trust her?\" the governor asked.",
    "The moderator asked again.",
    "Asked at a press conference about the tariffs, the governor said he had no plans.",
    "When asked about the border wall, the candidate changed the subject.",
    "The governor asked reporters which candidate they preferred.",
    "The host asked the candidate what a fair deal would look like.",
    "The anchor asked the mayor how many officers had been fired.",
])
def test_a_question_put_is_no_request(pipeline: Pipeline, text: str) -> None:
    assert not [t for t, _ in _asserted(pipeline, text) if t == "REQUEST"], _asserted(pipeline, text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The mayor asked the council to approve the budget.", "asked"),
    ("The ministry asked for a delay in the vote.", "asked"),
    ("The opposition asked that the vote be postponed.", "asked"),
    ("Asked by the United Nations to mediate, Qatar sent two envoys to the capital.", "Asked"),
])
def test_a_request_that_says_what_is_asked_stays(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert ("REQUEST", trigger) in _asserted(pipeline, text)


@pytest.mark.parametrize("text", [
    "The governor refused to rule out a run for the presidency.",
    "The minister declined to rule out military action against the rebels.",
])
def test_a_refusal_to_rule_out_is_no_refusal(pipeline: Pipeline, text: str) -> None:
    assert not _asserted(pipeline, text)


def test_a_refusal_of_an_act_stays(pipeline: Pipeline) -> None:
    assert ("REJECT", "refused") in _asserted(pipeline, "The president refused to meet the rebels.")


@pytest.mark.parametrize("text", [
    "The governor held a conference call with reporters on Monday.",
    "The senator had a long conversation with a reporter from the Times.",
])
def test_a_call_with_the_press_is_no_consultation(pipeline: Pipeline, text: str) -> None:
    assert not [t for t, _ in _asserted(pipeline, text) if t == "CONSULT"], _asserted(pipeline, text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The minister held a conference call with European leaders on Friday.", "call"),
    ("The governor had a conversation with the prime minister on Monday.", "conversation"),
])
def test_a_call_with_a_party_stays_a_consultation(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert ("CONSULT", trigger) in _asserted(pipeline, text)


@pytest.mark.parametrize("text", [
    "The candidate has promised to deport millions of undocumented immigrants.",
    "The Republican candidate proposed a ban on Muslim immigration.",
])
def test_a_campaign_promise_of_a_hostile_act_is_no_threat(pipeline: Pipeline, text: str) -> None:
    assert not [t for t, _ in _asserted(pipeline, text) if t == "THREATEN"], _asserted(pipeline, text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The president has promised to veto the bill.", "promised"),
    ("The rebels vowed to wage war against the army.", "vowed"),
    ("The candidate threatened to sue the newspaper.", "threatened"),
])
def test_a_threat_outside_a_campaign_promise_stays(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert ("THREATEN", trigger) in _asserted(pipeline, text)
