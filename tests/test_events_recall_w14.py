"""Event recall on unseen news (wave 14), on sentences written for these tests: members of the ASSAULT, ACCUSE and
CONSULT synonym families the lexicon lacked (each with the sense frame that keeps its other senses out), and ground
taken by force that the sense frames did not know as ground (strongholds, a swath of territory, a named place the
entity recogniser mislabels)."""

from __future__ import annotations

import pytest

from accord.events.acceptance import sentence_shape
from accord.pipeline import Pipeline
from accord.records import Event
from event_helpers import event_of_type


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.extract(text, published="2024-03-04", id="t").events


# --- lexicon: synonym families, with the frames that keep other senses out ----------------------------------------


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("The army said it had neutralised dozens of insurgents near the border.", "ASSAULT", "neutralised"),
    ("Special forces neutralized the gunmen inside the hotel.", "ASSAULT", "neutralized"),
    ("Moscow annexed the disputed region in 2014.", "ASSAULT", "annexed"),
    ("Troops chased the rebels out of the district on Monday.", "ASSAULT", "chased"),
    ("Commandos flushed out the militants hiding in the hills.", "ASSAULT", "flushed"),
    ("The air force rained bombs on the rebel villages.", "ASSAULT", "rained"),
    ("Navy ships sprayed missiles on the coastal base.", "ASSAULT", "sprayed"),
    ("The opposition cried foul over the vote count.", "ACCUSE", "cried"),
    ("The governor swiped at the president over the budget.", "ACCUSE", "swiped"),
    ("The Chinese foreign minister exchanged views with his Indian counterpart.", "CONSULT", "exchanged"),
])
def test_synonym_family_members_code_their_type(pipeline: Pipeline, text: str, event_type: str,
                                                trigger: str) -> None:
    event_of_type(_events(pipeline, text), event_type, trigger)


def test_protesters_chased_from_a_square_are_dispersed(pipeline: Pipeline) -> None:
    """Riot police chasing a crowd out is repression (COERCE), not an armed attack."""
    event_of_type(_events(pipeline, "Riot police chased the protesters out of the square."), "COERCE", "chased")


@pytest.mark.parametrize(("text", "trigger"), [
    ("The antibody neutralises the virus within hours.", "neutralises"),
    ("The central bank neutralised the effect of the inflows.", "neutralised"),
    ("The firm annexed a table of costs to its annual report.", "annexed"),
    ("The kidneys flush out toxins.", "flush"),
    ("The cat swiped at the dog.", "swiped"),
    ("Prisoners exchanged glances with the guards.", "exchanged"),
])
def test_other_senses_of_the_new_words_tell_no_event(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.trigger.text == trigger]


# --- ground taken by force --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger"), [
    ("Rebels seized the last army strongholds in the valley.", "seized"),
    ("The militia seized a swath of territory along the river.", "seized"),
    ("The last bastions fell to the insurgents overnight.", "fell"),
    ("Russia annexed Crimea in 2014.", "annexed"),
])
def test_ground_taken_by_force_is_an_assault(pipeline: Pipeline, text: str, trigger: str) -> None:
    event = event_of_type(_events(pipeline, text), "ASSAULT", trigger)
    assert event.cameo == "192"


def test_goods_seized_stay_a_confiscation(pipeline: Pipeline) -> None:
    """Only ground seized is occupied: a cargo seized is still confiscated."""
    events = _events(pipeline, "Customs officers seized a shipment of rifles at the port.")
    assert not [e for e in events if e.type == "ASSAULT"]


# --- a time clause the parser takes for a complement ------------------------------------------------------------


def test_a_time_clause_parsed_as_a_complement_keeps_its_own_act(pipeline: Pipeline) -> None:
    """"after X killed ..., Y sprayed missiles on ...": the parser hangs the after-clause as the main verb's
    complement; "after" opens no complement, so the killing is an act of its own, not the main act's content."""
    text = ("Last spring, after a gas attack by the army killed dozens of villagers in the valley, the navy sprayed "
            "40 cruise missiles on the airfield.")
    events = _events(pipeline, text)
    event_of_type(events, "ASSAULT", "killed")
    event_of_type(events, "ASSAULT", "sprayed")


# --- a light verb and a preposition of time the lists lacked -----------------------------------------------------


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("Troops have laid siege to the port, cutting off its food supplies.", "COERCE", "siege"),
    ("Insurgents laid an ambush for a police patrol near the dam.", "ASSAULT", "ambush"),
])
def test_lay_carries_its_event_noun(pipeline: Pipeline, text: str, event_type: str, trigger: str) -> None:
    event = event_of_type(_events(pipeline, text), event_type, trigger)
    assert event.actor


def test_a_wreath_laid_is_no_event(pipeline: Pipeline) -> None:
    assert not _events(pipeline, "The king laid a wreath at the war memorial.")


def test_who_speaks_following_talks_took_part_in_them(pipeline: Pipeline) -> None:
    """"Following talks with Y, X said ...": as with "after", the speaker took part in the talks."""
    events = _events(pipeline, "Following his talks with the Kenyan president, the envoy said progress had been made.")
    event = event_of_type(events, "CONSULT", "talks")
    assert event.actor and event.recipient


# --- members found in the generalisation reading -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("A former soldier is facing prosecution under anti-terror laws.", "ACCUSE", "prosecution"),
    ("Britain and France worked together on the rescue operation.", "COOPERATE", "worked"),
    ("In response, the security forces practised torture on a vast scale.", "ASSAULT", "torture"),
])
def test_members_found_in_the_generalisation_reading(pipeline: Pipeline, text: str, event_type: str,
                                                     trigger: str) -> None:
    event_of_type(_events(pipeline, text), event_type, trigger)


@pytest.mark.parametrize("text", [
    "The two students worked together on the project.",
    "The team practised penalties all week.",
    "The prosecution said the witness had been mistaken.",
])
def test_their_other_uses_tell_no_event(pipeline: Pipeline, text: str) -> None:
    assert not _events(pipeline, text)


# --- a scare quote is no quotation --------------------------------------------------------------------------------


def test_a_word_in_scare_quotes_is_not_read_as_quoted(pipeline: Pipeline) -> None:
    """The judge reads a trigger inside quotation marks as said by someone; a word or two set off by the writer
    ("had been "neutralised"") is the writer's own narration."""
    doc = pipeline.nlp("The army said 40 fighters had been \u201cneutralised\u201d, killed or captured. "
                       "\u201cWe will fight on,\u201d a commander said.")
    first, second = list(doc.sents)[:2]
    assert not any(sentence_shape(first).in_quotation(t) for t in first)
    shape = sentence_shape(second)
    assert shape.in_quotation(next(t for t in second if t.text == "fight"))
