"""Layer 4 on sentences written for these tests (wave 21): the target side where a reading of news found the
phrase the text names for it missed.

- A bound pronoun is not whom its subject stands for: in "He urged him to ...", "him" is neither "He" nor the
  one "He" was resolved to, nor a person named like the subject ("Ruto spoke. Ruto praised him").
- A verb of disapproval takes another's doing: a possessive on its object ("condemned *its* decision",
  "questioned *his* experience") stands for someone other than the verb's subject, and names the stance's
  target as "Ethiopia's decision" would. One's own doing is said so ("its own record"); verbs of other kinds keep
  the subject as the possessive's likeliest referent ("defended its decision").
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import events_on_a_day as _events
from event_helpers import the_event as _event

# --- a bound pronoun and its subject's referent ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger"), [
    ("Kenya's president met Museveni on Monday. He urged him to reopen the border.", "urged"),
    ("Kenya's president met Museveni on Monday. He asked him to reopen the border.", "asked"),
    ("Kenya's president met Museveni on Monday. He praised him.", "praised"),
])
def test_object_pronoun_is_not_the_subjects_referent(pipeline: Pipeline, text: str, trigger: str) -> None:
    event = _event(pipeline, text, trigger)
    assert [a.country for a in event.actor] == ["KEN"]
    assert [a.country for a in event.recipient] == ["UGA"], event.recipient


def test_object_pronoun_still_finds_the_one_named_before(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Museveni closed the border. Kenyan officials urged him to reopen it.", "urged")
    assert [a.country for a in event.recipient] == ["UGA"], event.recipient


# --- the possessive on what a verb of disapproval takes ----------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Ethiopia sent troops to the border. Kenya condemned its decision.", "condemned", "ETH"),
    ("The Somali government closed the border. Kenya criticised its move.", "criticised", "SOM"),
    ("Uganda expelled the diplomats on Monday. Tanzania denounced its conduct.", "denounced", "UGA"),
])
def test_disapproval_of_a_possessed_thing_targets_its_owner(pipeline: Pipeline, text: str, trigger: str,
                                                             country: str) -> None:
    event = _event(pipeline, text, trigger)
    assert [a.country for a in event.recipient] == [country], event.recipient
    assert all(a.country != country for a in event.actor)


def test_disapproval_of_a_persons_quality_targets_that_person(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Senator Rubio spoke on Monday. Governor Christie questioned his experience.",
                   "questioned")
    assert event.recipient, event
    assert all("Rubio" in (a.name or "") for a in event.recipient), event.recipient


def test_own_doing_is_said_so(pipeline: Pipeline) -> None:
    """"criticised its own record": the subject's own, no other party."""
    event = _event(pipeline, "Uganda closed the border. Kenya criticised its own record on human rights.",
                   "criticised")
    assert not any(a.country == "UGA" for a in event.recipient), event.recipient


def test_other_verbs_keep_the_subject_as_owner(pipeline: Pipeline) -> None:
    """"praised its decision" after another party's act: the possessive is still the subject's likeliest own
    (no verb of disapproval), and the subject is no target of its own praise."""
    events = _events(pipeline, "Uganda closed the border. Kenya praised its decision to send aid.")
    praised = [e for e in events if e.trigger.text == "praised"]
    assert praised, [(e.type, e.trigger.text) for e in events]
    assert all(a.country != "KEN" for e in praised for a in e.recipient)


# --- the doer's own people as a directive's addressee ------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "addressee", "sector"), [
    ("The president ordered his generals to draw up a plan for the border.", "ordered", "generals", "MIL"),
    ("The British government pleaded with its citizens to leave the region.", "pleaded", "citizens", "CVL"),
    ("The Kenyan minister urged his officials to speed up the talks.", "urged", "officials", "GOV"),
])
def test_directive_to_the_doers_own_people(pipeline: Pipeline, text: str, trigger: str, addressee: str,
                                           sector: str) -> None:
    """Whoever is told is someone else, though the teller's own: "ordered *his generals* to ..." is addressed to
    the generals, a party of the teller's country but not the teller."""
    event = _event(pipeline, text, trigger)
    assert [a.sector for a in event.recipient] == [sector], event.recipient
    assert addressee in event.recipient[0].text


def test_own_forces_are_still_no_target_of_a_withdrawal(pipeline: Pipeline) -> None:
    """What the doer owns is its own side where it is no addressee: "Kenya withdrew its troops"."""
    events = _events(pipeline, "Kenya withdrew its troops from the border on Monday.")
    withdrawn = [e for e in events if e.trigger.text == "withdrew"]
    assert withdrawn, [(e.type, e.trigger.text) for e in events]
    assert not any(a.country == "KEN" for e in withdrawn for a in e.recipient)


# --- "hit out at X for ...": the one aimed at, not the object of the reason ---------------------------------------


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Putin lashed out at Turkey for having shot down a Russian bomber.", "lashed", "TUR"),
    ("The opposition leader hit out at the Kenyan government for failing to protect Somali traders.", "hit",
     "KEN"),
    ("Kenya lashed out at Uganda at a summit in Nairobi.", "lashed", "UGA"),
])
def test_verbal_attack_is_aimed_at_whom_it_blames(pipeline: Pipeline, text: str, trigger: str,
                                                  country: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.type == "ACCUSE"
    assert [a.country for a in event.recipient] == [country], event.recipient


def test_a_place_after_at_is_still_no_party_beside_the_object(pipeline: Pipeline) -> None:
    """"criticised the plan at a news conference": where it was said, whom the plan's words do not name."""
    event = _event(pipeline, "The senator criticised the plan at a news conference in Nairobi.", "criticised")
    assert not event.recipient, event.recipient
