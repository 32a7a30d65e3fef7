"""Wave 38, branch w38-actors: actor mentions of political news. An inspector general is an official of the office
he audits; a confirmation story's party is the chamber's caucus; people a lead describes before naming them take
the description's sector; a credit said as a sentence makes journalists; a country alone gives an unknown person a
nationality, not an office. Each rule with sentences where it must not fire. Names, phrases and sentences written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors.confirmation_story import CONFIRMATION_CAUCUS_RULE
from actor_helpers import actor_runner, only_with_text

_actors = actor_runner("2016-04-12")


# --- an inspector general -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "mention", "sector"), [
    ("The Commerce Department's inspector general faulted the agency on Friday.",
     "The Commerce Department's inspector general", "GOV"),
    ("The Inspector General of Police ordered an inquiry into the shooting in Kampala.",
     "The Inspector General of Police", "COP"),
])
def test_an_inspector_general_is_of_the_office_he_audits(actors_nlp: Language, sentence: str, mention: str,
                                                         sector: str) -> None:
    assert only_with_text(_actors(actors_nlp, sentence), mention).sector == sector


# --- a confirmation story's party -----------------------------------------------------------------------------------

_CONFIRMATION_STORY = ("The Senate confirmed the nominee on Tuesday after months of delay. Republicans have slowed "
                       "judicial confirmations all year, and the GOP has not said when the next vote will come. "
                       "Democrats called the pace shameful.")


def test_a_confirmation_story_makes_a_partys_plural_its_caucus(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, _CONFIRMATION_STORY)
    for words, name in (("Republicans", "Senate Republicans"), ("the GOP", "Senate Republicans"),
                        ("Democrats", "Senate Democrats")):
        caucus = only_with_text(actors, words)
        assert (caucus.sector, caucus.name) == ("LEG", name), caucus


@pytest.mark.parametrize("text", [
    # 'confirmed that': a fact confirmed, no nominee; no story of confirmations
    "The campaign confirmed that the rally was cancelled. Republicans attacked the plan in the Senate, and a "
    "spokesman confirmed that Democrats would answer.",
    # one confirmation in passing is no confirmation story
    "The Senate confirmed the envoy last year. Republicans are courting voters in Ohio, and Democrats are "
    "spending on ads there.",
])
def test_near_miss_a_party_outside_a_confirmation_story_stays_the_party(actors_nlp: Language, text: str) -> None:
    actors = _actors(actors_nlp, text)
    for words in ("Republicans", "Democrats"):
        assert only_with_text(actors, words).sector == "PTY"


def test_near_miss_one_member_or_a_partys_leaders_are_not_the_caucus(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, _CONFIRMATION_STORY + " Republican leaders said a Republican would win the White "
                                                       "House.")
    # no caucus of any chamber (w38-mend: the story's "White House" once made the caucus the House's, which the
    # former "!= 'Senate Republicans'" let pass)
    assert CONFIRMATION_CAUCUS_RULE not in (only_with_text(actors, "Republican leaders").rule or "")
    assert not [a for a in actors if a.text == "a Republican" and CONFIRMATION_CAUCUS_RULE in (a.rule or "")]


# --- people a lead describes before naming them ---------------------------------------------------------------------


# --- a credit said as a sentence ------------------------------------------------------------------------------------


def test_a_credit_sentence_makes_journalists(actors_nlp: Language) -> None:
    text = "The mayor vetoed the budget on Friday, his office said.\nNora Vance contributed to this report."
    assert only_with_text(_actors(actors_nlp, text), "Nora Vance").sector == "MED"


@pytest.mark.parametrize("text", [
    "Nora Vance contributed to the campaign in March, the filing shows.",
    "Nora Vance contributed to this failure, the mayor said.",
])
def test_near_miss_other_contributions_make_no_journalist(actors_nlp: Language, text: str) -> None:
    assert {a.sector for a in _actors(actors_nlp, text) if a.name == "Nora Vance"} == {"CVL"}


# --- a country alone gives a nationality ----------------------------------------------------------------------------


def test_a_person_from_a_country_is_its_civilian(actors_nlp: Language) -> None:
    person = only_with_text(_actors(actors_nlp, "Fans waited outside. Tomas Reyl from Kenya said he was tired."),
                            "Tomas Reyl from Kenya")
    assert (person.country, person.sector) == ("KEN", "CVL")


def test_near_miss_a_sector_word_beside_the_country_keeps_its_sector(actors_nlp: Language) -> None:
    person = only_with_text(_actors(actors_nlp, "Tomas Reyl of the Kenyan army said the road was closed."),
                            "Tomas Reyl of the Kenyan army")
    assert (person.country, person.sector) == ("KEN", "MIL")


def test_near_miss_a_body_named_with_its_country_stays_the_states(actors_nlp: Language) -> None:
    body = only_with_text(_actors(actors_nlp, "The Ruritanian Judicial Conference met. The U.S. Judicial Council "
                                              "asked for more judges."), "The U.S. Judicial Council")
    assert (body.country, body.sector) == ("USA", "GOV")


# --- a challenger ---------------------------------------------------------------------------------------------------


def test_a_challenger_before_a_name_is_a_candidate(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "The speaker will face challenger Tod Brenner in the primary. Brenner is confident.")
    assert [only_with_text(actors, m).sector for m in ("challenger Tod Brenner", "Brenner")] == ["ELI", "ELI"]


@pytest.mark.parametrize("sentence", [
    "The challenger said the champion was afraid of him.",        # no name after it
    "Boxing fans cheered the challenger from Ohio on Saturday.",
])
def test_near_miss_a_challenger_without_a_name_makes_no_candidate(actors_nlp: Language, sentence: str) -> None:
    assert not [a for a in _actors(actors_nlp, sentence) if a.sector == "ELI"]
