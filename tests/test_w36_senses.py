"""Layers 2 and 3 on sentences written for these tests (wave 36, false events on political news):

- Idioms of winning, of a role or of one's own words are no event of their trigger's lexicon type: endorsements or
  support "locked up" are secured (people locked up are detained); a nomination or a fate "sealed" is decided (a
  deal sealed is an agreement); "took charge of" is command, no charge; "stood by his remarks" holds to one's words
  (standing by a person is backing); the reins handed over pass a role (a town handed over is ceded); a bust or an
  award returned is no release or retreat (bodies returned to a state still are).
- "Threatened to" with an outcome no one inflicts on another ("run away with the nomination", "overshadow the
  summit") is "looked likely to"; a threat to attack or to quit stays a threat. The parser's adverbial particle
  ("run *away*") makes the phrasal verb as a particle does.
- A tribute offered is praise (SUPPORT), no offer of an agreement; aid offered stays an offer.
- What is withheld is not given: "withheld support" is support negated, not asserted.
- The support of a bloc of voters ("of women", "from the youth") is a share of the vote; a party's support stays.
- A deed of force told in the simple present on a kind ("individuals kill people", "the dictator kills
  journalists") is a generalisation, coded but not asserted; a known side, a count, the past, the progressive or a
  headline keep it an act.
- Defending one's image is no backing of a party; a dinner hosted with locals is campaign outreach, no meeting.
- A clause stating the terms of a deal or a plan ("a deal whereby forces withdraw") tells what is to come; an act
  done under a law, or a deal told, stays asserted.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _kinds(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    """(type, trigger, factuality) of every event of ``text``."""
    return [(e.type, e.trigger.text, e.factuality)
            for e in pipeline.extract(text, published="2016-10-04", id="t").events]


def _asserted_types(pipeline: Pipeline, text: str) -> list[str]:
    return [k[0] for k in _kinds(pipeline, text) if k[2] == "asserted"]


@pytest.mark.parametrize(("text", "wrong_type"), [
    ("Senator Mary Hale locked up endorsements from three unions in May.", "COERCE"),
    ("Governor Tom Reyes sealed the nomination on Tuesday.", "AGREE"),
    ("General Ali took charge of the rebels' surrender talks in March.", "ACCUSE"),
    ("The mayor stood by his remarks on Tuesday.", "SUPPORT"),
    ("The pollster handed the reins of the campaign over to a new manager on Friday.", "RETREAT"),
    ("The governor returned the bust of the old general to the museum on Monday.", "RETREAT"),
    ("Senator Mary Hale threatened to run away with the nomination.", "THREATEN"),
    ("The scandal threatened to overshadow the summit, the senator said.", "THREATEN"),
    ("Governor Tom Reyes offered a tribute to the fallen soldiers on Tuesday.", "AGREE"),
    ("Governor Reyes has the support of women and older voters.", "SUPPORT"),
    ("Senator Hale is receiving more support from the youth than Governor Reyes.", "COOPERATE"),
    ("Mexico honed its rhetoric to defend its image abroad.", "SUPPORT"),
    ("Campaign staffers have been hosting dinners with locals in Nevada.", "CONSULT"),
])
def test_an_idiom_is_no_event_of_its_trigger(pipeline: Pipeline, text: str, wrong_type: str) -> None:
    assert wrong_type not in _asserted_types(pipeline, text), _kinds(pipeline, text)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Police locked up the protest leaders on Monday.", "COERCE"),
    ("Iran and Iraq sealed a trade deal on Tuesday.", "AGREE"),
    ("Police filed charges against General Ali in March.", "ACCUSE"),
    ("The mayor stood by the embattled police chief on Tuesday.", "SUPPORT"),
    ("The rebels handed over the town to the army on Friday.", "RETREAT"),
    ("Israel returned the bodies of two soldiers to Lebanon on Monday.", "RETREAT"),
    ("The rebels threatened to attack the city on Monday.", "THREATEN"),
    ("The senator threatened to quit the party on Monday.", "THREATEN"),
    ("Governor Tom Reyes offered aid to Haiti on Tuesday.", "AGREE"),
    ("Senator Hale received support from the Democratic Party on Monday.", "SUPPORT"),
    ("Governor Reyes has the support of France in the talks.", "SUPPORT"),
    ("Senator Mary Hale gave her support to Governor Tom Reyes on Monday.", "SUPPORT"),
    ("Senator Hale met party officials on Tuesday.", "CONSULT"),
    ("The minister defended the embattled ambassador on Monday.", "SUPPORT"),
    ("The president hosted a dinner for the Iranian delegation on Monday.", "CONSULT"),
])
def test_the_plain_sense_stays(pipeline: Pipeline, text: str, event_type: str) -> None:
    assert event_type in _asserted_types(pipeline, text), _kinds(pipeline, text)


def test_a_tribute_offered_is_praise(pipeline: Pipeline) -> None:
    text = "Governor Tom Reyes offered a tribute to the fallen soldiers on Tuesday."
    assert "SUPPORT" in _asserted_types(pipeline, text), _kinds(pipeline, text)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Senator Mary Hale withheld support from Governor Tom Reyes on Monday.", "SUPPORT"),
    ("Congress withheld military aid from Ukraine in July.", "AID"),
])
def test_what_is_withheld_is_negated(pipeline: Pipeline, text: str, event_type: str) -> None:
    kinds = _kinds(pipeline, text)
    assert any(k[0] == event_type and k[2] == "negated" for k in kinds), kinds
    assert event_type not in _asserted_types(pipeline, text), kinds


def test_a_meeting_to_come_is_future_not_dropped(pipeline: Pipeline) -> None:
    kinds = _kinds(pipeline, "Senator Hale will meet party officials on Tuesday.")
    assert ("CONSULT", "meet", "future") in kinds, kinds


@pytest.mark.parametrize("text", [
    "The host said that individuals other than Muslims kill people in mass shootings.",
    "Militias abduct children for ransom in the north, the report said.",
    "The dictator kills journalists and opponents, the senator said.",
])
def test_a_kind_acting_on_a_kind_is_generic(pipeline: Pipeline, text: str) -> None:
    kinds = _kinds(pipeline, text)
    assert any(k[0] == "ASSAULT" and k[2] == "hypothetical" for k in kinds), kinds
    assert "ASSAULT" not in _asserted_types(pipeline, text), kinds


@pytest.mark.parametrize("text", [
    "Rebels attack the city from the hills, the governor said.",
    "Gunmen kill 12 villagers in raid on church",
    "Gunmen killed villagers in the north on Monday.",
    "Government forces kill dozens in Homs, activists say.",
    "The army kills the rebel leader in Homs, officials say.",
    "The regime is killing protesters in Homs, activists said.",
])
def test_a_deed_with_a_known_side_a_count_or_a_time_stays_asserted(pipeline: Pipeline, text: str) -> None:
    assert "ASSAULT" in _asserted_types(pipeline, text), _kinds(pipeline, text)


def test_present_speech_of_a_kind_stays_asserted(pipeline: Pipeline) -> None:
    text = "Critics accuse officials of fraud."
    assert "ACCUSE" in _asserted_types(pipeline, text), _kinds(pipeline, text)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Analysts have suggested a deal whereby Kurdish forces withdraw from the border.", "RETREAT"),
    ("The ministers discussed a plan under which the rebels release all prisoners.", "RETREAT"),
])
def test_the_terms_of_a_deal_are_to_come(pipeline: Pipeline, text: str, event_type: str) -> None:
    kinds = _kinds(pipeline, text)
    assert any(k[0] == event_type and k[2] == "future" for k in kinds), kinds
    assert event_type not in _asserted_types(pipeline, text), kinds


@pytest.mark.parametrize(("text", "event_type"), [
    ("The court upheld the law under which police detained the activists in May.", "COERCE"),
    ("The deal that Turkey signed with Russia angered Washington.", "AGREE"),
    ("Kurdish forces withdrew from the border after the deal.", "RETREAT"),
])
def test_an_act_under_a_law_or_a_deal_told_stays_asserted(pipeline: Pipeline, text: str, event_type: str) -> None:
    assert event_type in _asserted_types(pipeline, text), _kinds(pipeline, text)
