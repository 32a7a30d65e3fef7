"""Layer 4 on sentences written for these tests (wave 25): whom an event is done to.

- A from-phrase says where an act comes from, not whom it reaches. On the event's own noun of force, giving,
  warning or judging (arguments.yaml's giver_from_nouns) it names the doer, as a by-phrase would, also when a
  modifier of the noun was read as the doer first ("artillery bombardment *from* X", "weeks of shelling *from*
  X"); on an act of force, giving or sending, a place there is whence the fire, the goods or the troops came
  ("sent weapons *from* Jordan to ..."). Neither is the target.
- Taking ground *from* a side still names the loser, a stance towards a thing is towards its maker, whatever
  preposition names the maker ("rejected criticism *from* X": X is the target of the rejection), and what a
  request asks for is asked of its giver ("pleaded for help *from* X": X is asked).
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import the_event as _event


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("The agency sent medicine from Kenya to the refugees in the camp.", "sent", "the refugees"),
    ("The government sent weapons from Jordan to the rebel groups.", "sent", "the rebel groups"),
    ("The regime sent arms from Iran to the militias in the east.", "sent", "the militias"),
])
def test_whence_goods_are_sent_is_no_target(pipeline: Pipeline, text: str, trigger: str, target: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.type == "AID"
    assert [a.text for a in event.recipient] == [target]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The villages suffered artillery bombardment from Turkey's border provinces of Kilis and Hatay.", "bombardment"),
    ("The border town has endured weeks of intense shelling from government forces.", "shelling"),
])
def test_doer_phrase_of_an_act_of_force_is_no_target(pipeline: Pipeline, text: str, trigger: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.type == "ASSAULT"
    named = {a.country for a in event.recipient} | {a.text for a in event.recipient}
    assert "TUR" not in named and "government forces" not in named


@pytest.mark.parametrize(("text", "trigger", "event_type", "target"), [
    ("The army seized the town from the rebels last week.", "seized", "ASSAULT", "the rebels"),
    ("The governor rejected criticism from Senator Hale.", "rejected", "REJECT", "Senator Hale"),
    ("The mayor dismissed attacks from the opposition party.", "dismissed", "REJECT", "the opposition party"),
    ("The opposition welcomed the support from the European Union.", "welcomed", "SUPPORT", "the European Union"),
    ("Germany withdrew its troops from Turkey last year.", "withdrew", "RETREAT", "Turkey"),
    ("The rebel leaders were in Paris last week, pleading for help from the French government.", "pleading", "REQUEST",
     "the French government"),
])
def test_from_phrase_still_names_the_loser_or_the_maker(pipeline: Pipeline, text: str, trigger: str,
                                                        event_type: str, target: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.type == event_type
    assert [a.text for a in event.recipient] == [target]


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Ankara launched an offensive into the enclave on Saturday in order to oust the Kurdish militia from the area.",
     "offensive", "the Kurdish militia"),
    ("Turkey launched a military campaign in the border region last month, in an effort to drive out Kurdish "
     "militias.", "campaign", "Kurdish militias"),
    ("Kenyan troops launched an offensive in southern Somalia to defeat al-Shabaab.", "offensive", "al-Shabaab"),
])
def test_purpose_of_an_act_of_force_names_its_target(pipeline: Pipeline, text: str, trigger: str,
                                                     target: str) -> None:
    """An act of force whose own words name only where it happened is aimed at whom its purpose clause says it
    is to defeat or remove, not at the place."""
    event = _event(pipeline, text, trigger)
    assert event.type == "ASSAULT"
    assert [a.text for a in event.recipient] == [target]


def test_purpose_does_not_outrank_a_party_the_act_names(pipeline: Pipeline) -> None:
    """A party the act's own words name stays its target, whatever its purpose."""
    event = _event(pipeline, "The army attacked the rebels near the border to drive out the militias.", "attacked")
    assert [a.text for a in event.recipient] == ["the rebels"]
