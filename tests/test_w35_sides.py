"""Wave 35, branch w35-sides: the sides of events whose type is right. Sentences written for these tests.

- A protest is held *in* or *at* a place, not against it: a place after a preposition of place is where the
  crowd stood, no recipient ("marched in Chicago"); "marched *on* Washington" still aims at the capital, and a
  party named in the phrase stays.
- A stance towards a part or side of a thing is towards the whole's maker ("criticized *aspects* of the plan the
  president announced"); not the maker of what a content clause says ("criticized the claim that X announced a
  plan").
- A relative clause the parser reads as a finite "acl" with its "that" as an object ("the plan *that X
  announced*") still names the plan's maker.
- A stance's object's preposition names whom through its thing's maker or possessive pronoun ("expressed doubts about
  *her* qualifications"); the doer's own thing names nobody ("doubts about *his own* chances"), and a pronoun in a
  phrase of the verb's (not the object's) is no target ("raised concerns about the budget in *his* speech"), nor
  the owner of an act that showed the thing ("failures revealed by *Harkin's* report").
- Words that blame, as a bare noun, are aimed at whose thing their preposition names ("criticism of *her*
  record", "criticism of the plan *she* unveiled"), not at the critic's own.
- The pronoun subject of a verb reporting a quotation is not anyone the quotation names in the third person
  ('"We condemn *Christie's* plan," *he* said': the speaker would say "I"); other pronouns still may be.
- The place a relational noun relates to does not stand for the target ("attacked *America's* southern
  neighbor" is not an attack on America); a place where a strike fell still does.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Event
from event_helpers import actor_texts

PUBLISHED = "2016-03-01"


def _event(pipeline: Pipeline, text: str, trigger: str) -> Event:
    found = [e for e in pipeline.extract(text, published=PUBLISHED).events if e.trigger.text == trigger]
    assert found, f"no event on {trigger!r}"
    return found[0]


@pytest.mark.parametrize("text", [
    "Hundreds of protesters marched in Chicago against the war.",
    "In Boston, about 200 protesters demonstrated outside the courthouse.",
    "Thousands of farmers marched in Berlin on Saturday.",
])
def test_a_protest_is_held_in_a_place_not_against_it(pipeline: Pipeline, text: str) -> None:
    trigger = next(w for w in ("marched", "demonstrated") if w in text)
    event = _event(pipeline, text, trigger)
    assert event.type == "PROTEST"
    assert event.actor and not event.recipient, actor_texts(event.recipient)


def test_a_march_on_a_capital_still_aims_at_it(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Protesters marched on Washington.", "marched")
    assert actor_texts(event.recipient) == "Washington"


def test_a_protest_in_a_city_against_a_leader_is_against_the_leader(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Protesters rallied in Paris against President Macron.", "rallied")
    assert actor_texts(event.recipient) == "President Macron"


def test_a_police_act_in_a_city_keeps_its_patient(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Police arrested protesters in Paris.", "arrested")
    assert actor_texts(event.recipient) == "protesters"


@pytest.mark.parametrize("text", [
    "Republicans have criticized various aspects of the strategy Obama announced on Sunday.",
    "Republicans have criticized parts of the plan that Obama announced on Sunday.",
    "Republicans have criticized the plan that Obama announced on Sunday.",
])
def test_a_stance_towards_a_part_is_towards_the_wholes_maker(pipeline: Pipeline, text: str) -> None:
    event = _event(pipeline, text, "criticized")
    assert actor_texts(event.recipient) == "Obama"


@pytest.mark.parametrize("text", [
    "Republicans have criticized the claim that Obama announced a plan.",
    "Republicans have criticized aspects of the strategy on Sunday.",
])
def test_no_maker_of_a_part_without_one(pipeline: Pipeline, text: str) -> None:
    event = _event(pipeline, text, "criticized")
    assert not event.recipient, actor_texts(event.recipient)


def test_doubts_about_her_qualifications_are_aimed_at_her(pipeline: Pipeline) -> None:
    text = ("While saying that he does respect Mrs. Warren, Senator Biden continued to express doubts about her "
            "qualifications.")
    event = _event(pipeline, text, "express")
    assert actor_texts(event.recipient) == "her"


def test_doubts_about_his_own_chances_are_aimed_at_nobody(pipeline: Pipeline) -> None:
    text = "Senator Joe Biden criticized Hillary Clinton on Monday. He voiced doubts about his own chances in Iowa."
    event = _event(pipeline, text, "voiced")
    assert not event.recipient, actor_texts(event.recipient)


def test_a_pronoun_in_the_verbs_own_phrase_is_no_target(pipeline: Pipeline) -> None:
    event = _event(pipeline, "The governor raised concerns about the budget in his speech.", "raised")
    assert not event.recipient, actor_texts(event.recipient)


@pytest.mark.parametrize(("text", "recipient"), [
    ("Hillary Clinton spoke in Ohio. Senator Bernie Sanders's criticism of her record drew applause.", "her"),
    ("Hillary Clinton spoke in Ohio. Senator Bernie Sanders's criticism of the plan she unveiled drew applause.",
     "she"),
])
def test_a_noun_of_blame_is_aimed_at_whose_thing_it_judges(pipeline: Pipeline, text: str, recipient: str) -> None:
    event = _event(pipeline, text, "criticism")
    assert event.type == "ACCUSE"
    assert actor_texts(event.recipient) == recipient


@pytest.mark.parametrize("text", [
    "Senator Bernie Sanders spoke in Ohio. His criticism of his own record drew applause.",
    "Hillary Clinton spoke in Ohio. Senator Bernie Sanders's criticism of the plan drew applause.",
])
def test_a_noun_of_blame_of_a_thing_nobody_owns_names_no_target(pipeline: Pipeline, text: str) -> None:
    event = _event(pipeline, text, "criticism")
    assert not event.recipient, actor_texts(event.recipient)


def test_a_thing_shown_by_someones_act_is_not_theirs(pipeline: Pipeline) -> None:
    text = ("Senator Tom Harkin met the prison director on Monday. Lawmakers expressed outrage over the failures "
            "revealed by Harkin's report.")
    event = _event(pipeline, text, "expressed")
    assert not event.recipient, actor_texts(event.recipient)


def test_a_thing_drafted_by_a_body_is_the_bodys(pipeline: Pipeline) -> None:
    event = _event(pipeline, "The governor raised concerns about the budget drafted by the finance ministry.", "raised")
    assert actor_texts(event.recipient) == "the finance ministry"


def test_the_speaker_pronoun_is_not_whom_the_quotation_names(pipeline: Pipeline) -> None:
    text = 'Senator Rand Paul spoke on Monday. "We condemn Christie\'s attack on our schools," he said.'
    event = _event(pipeline, text, "condemn")
    assert [(a.text, a.sector) for a in event.actor] == [("he", "LEG")]
    assert actor_texts(event.recipient) == "Christie"


def test_a_pronoun_that_is_not_the_speaker_may_be_whom_the_quotation_names(pipeline: Pipeline) -> None:
    text = ('Governor Chris Christie closed the schools. "He betrayed our children," Senator Rand Paul said, and he '
            'accused him of lying.')
    event = _event(pipeline, text, "accused")
    assert [a.sector for a in event.recipient] == ["GOV"]


def test_the_country_a_relational_noun_relates_to_is_not_the_target(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Donald Trump has repeatedly attacked America's southern neighbor.", "attacked")
    assert not event.recipient, actor_texts(event.recipient)


def test_a_place_where_a_strike_fell_still_stands_for_its_country(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Turkish jets struck villages in Syria on Monday.", "struck")
    assert [a.country for a in event.recipient] == ["SYR"]
