"""Layer 4 on sentences written for these tests: the source side of an event where English grammar names it but
the parse hides it — a verb coordinated with a passive one yet active itself, the second predicate of a relative
clause hung on the main verb, a list of predicates misread as a complement and a main verb, a subject named
with a clause that restricts it, and a passive's by-phrase stranded on a time or place phrase."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from accord.pipeline import Pipeline
from accord.records import Actor, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.extract(text, published="2024-03-04", id="t").events


def _countries(actors: Iterable[Actor]) -> list[str]:
    return sorted(a.country for a in actors if a.country)


def _of_type(pipeline: Pipeline, text: str, event_type: str) -> Event:
    found = [e for e in _events(pipeline, text) if e.type == event_type]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in _events(pipeline, text)]
    return found[0]


# --- the voice of a coordinated verb ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The Kenyan envoy was offered a seat on the council but rejected it.",
    "The Kenyan envoy was offered a seat on the council but has rejected it.",
])
def test_a_verb_coordinated_with_a_passive_one_is_active_by_its_own_form(pipeline: Pipeline, text: str) -> None:
    event = _of_type(pipeline, text, "REJECT")
    assert _countries(event.actor) == ["KEN"] and "KEN" not in _countries(event.recipient)


def test_a_past_participle_after_a_passive_shares_its_auxiliary(pipeline: Pipeline) -> None:
    event = _of_type(pipeline, "The Somali smugglers were arrested by Kenyan police and charged with fraud.",
                     "COERCE")
    assert _countries(event.actor) == ["KEN"] and _countries(event.recipient) == ["SOM"]


def test_a_verb_with_two_objects_keeps_its_passive_when_coordinated(pipeline: Pipeline) -> None:
    # "denied access": the passive of a verb with two objects keeps one; the journalist denies nothing
    for event in _events(pipeline, "The Kenyan journalist was arrested in Cairo and denied access to a lawyer."):
        assert "KEN" not in _countries(event.actor), (event.type, event.trigger.text)


# --- relative clauses and lists of predicates ----------------------------------------------------------------


def test_a_relative_clauses_second_predicate_is_its_nouns(pipeline: Pipeline) -> None:
    event = _of_type(pipeline, "The talks were hosted by the Kenyan president, who backs the plan, and has "
                               "criticised Somalia.", "ACCUSE")
    assert _countries(event.actor) == ["KEN"] and _countries(event.recipient) == ["SOM"]


def test_a_coordinated_relative_clause_may_change_its_pronoun(pipeline: Pipeline) -> None:
    event = _of_type(pipeline, "It was a setback for a Kenyan party that was founded to end colonial rule, and "
                               "which for decades strongly supported Uganda.", "SUPPORT")
    assert _countries(event.actor) == ["KEN"] and _countries(event.recipient) == ["UGA"]


def test_the_main_clauses_passive_predicate_is_not_the_relative_clauses(pipeline: Pipeline) -> None:
    for event in _events(pipeline, "The summit was hosted by Kenya, which backs the plan, and was attended by "
                                   "Ugandan officials."):
        if event.trigger.text == "attended":
            assert "KEN" not in _countries(event.actor)


def test_a_list_of_predicates_shares_the_first_ones_subject(pipeline: Pipeline) -> None:
    # the parser reads "[she has promised to X], opposed Y" as a report and its speaker's verb
    event = _of_type(pipeline, "Kenya's foreign minister spoke on Monday. But she has also promised to push harder "
                               "than Mr. Ruto in extending aid to refugees, opposed his signature trade deal with "
                               "Uganda and outstripped his plans to fight poverty.", "REJECT")
    assert _countries(event.actor) == ["KEN"]


# --- a subject named with a restricting clause ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "event_type", "country"), [
    ("A Nigerian gunman claiming allegiance to a banned militia carried out a deadly shooting at a Lagos market.",
     "ASSAULT", "NGA"),
    ("Suicide bombers linked to al-Shabaab killed ten soldiers in Mandera.", "ASSAULT", "SOM"),
])
def test_a_subject_restricted_by_a_clause_with_no_party_of_its_own_acts(pipeline: Pipeline, text: str,
                                                                        event_type: str, country: str) -> None:
    event = _of_type(pipeline, text, event_type)
    assert country in _countries(event.actor)


def test_a_restricting_clause_with_a_party_of_its_own_does_not_name_the_subject(pipeline: Pipeline) -> None:
    # the mention "Rebels fighting government forces" may take its sector from the forces fought
    for event in _events(pipeline, "Rebels fighting government forces attacked a convoy near Idlib."):
        assert all(a.sector != "MIL" for a in event.actor), event.actor


# --- a stranded by-phrase -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The Kenyan smuggler was captured at the start of this year by Somali police while fleeing.",
    "The Kenyan smuggler was arrested on Monday night by Somali police.",
    "The Kenyan smuggler was detained in the first week of March by Somali police.",
])
def test_a_by_phrase_on_a_time_or_place_is_the_passives_agent(pipeline: Pipeline, text: str) -> None:
    event = _of_type(pipeline, text, "COERCE")
    assert _countries(event.actor) == ["SOM"] and _countries(event.recipient) == ["KEN"]


def test_a_by_phrase_on_a_thing_is_no_agent(pipeline: Pipeline) -> None:
    event = _of_type(pipeline, "The Kenyan smuggler was arrested at a house by the river.", "COERCE")
    assert event.actor == () or not _countries(event.actor)


# --- pronouns -------------------------------------------------------------------------------------------------


def test_a_wordless_fragment_after_a_quotation_does_not_use_up_a_pronouns_reach(pipeline: Pipeline) -> None:
    # the splitter leaves the closing mark of '"Very ready."' as a sentence of its own
    text = ('Kenyan Foreign Minister Ann Mwangi spoke on Monday.\n\n"We are ready for talks," Mwangi said. '
            '"Very ready."\n\nShe criticised Somalia for closing the border.')
    event = _of_type(pipeline, text, "ACCUSE")
    assert _countries(event.actor) == ["KEN"] and _countries(event.recipient) == ["SOM"]


def test_a_pronoun_still_reaches_back_only_so_many_sentences_with_words(pipeline: Pipeline) -> None:
    text = ("Kenyan Foreign Minister Ann Mwangi spoke on Monday. The weather was cold. The roads were closed. "
            "Schools stayed shut.\n\nShe criticised Somalia for closing the border.")
    event = _of_type(pipeline, text, "ACCUSE")
    assert "KEN" not in _countries(event.actor)


# --- event nouns ------------------------------------------------------------------------------------------------


def test_a_hostile_nouns_of_phrase_is_its_doer_when_the_target_has_its_own_preposition(pipeline: Pipeline) -> None:
    event = _of_type(pipeline, "The attack of the Ethiopian army on the Somali town of Baidoa continued for a week.",
                     "ASSAULT")
    assert _countries(event.actor) == ["ETH"] and "ETH" not in _countries(event.recipient)


def test_an_of_phrase_without_a_target_still_names_who_suffers(pipeline: Pipeline) -> None:
    for event in _events(pipeline, "Kenya condemned the arrest of the Ugandan journalists on charges of spying."):
        assert "UGA" not in _countries(event.actor), (event.type, event.trigger.text)


def test_a_by_phrase_hung_on_the_of_object_is_the_nouns_agent(pipeline: Pipeline) -> None:
    event = _of_type(pipeline, "The bombardment of Aleppo by Russian jets continued on Monday.", "ASSAULT")
    assert _countries(event.actor) == ["RUS"] and "RUS" not in _countries(event.recipient)


def test_a_gerund_after_for_is_done_by_the_target_of_on(pipeline: Pipeline) -> None:
    # "on" is a target preposition ("imposed sanctions *on* Belarus"): the one fined or sanctioned refuses
    event = _of_type(pipeline, "The European Union imposed sanctions on Belarus for refusing to free the "
                               "opposition leaders.", "REJECT")
    assert _countries(event.actor) == ["BLR"]


def test_a_persons_own_organisation_acts_for_them(pipeline: Pipeline) -> None:
    text = "Kenyan President William Ruto spoke on Monday. His team met Somali officials in Nairobi."
    event = _of_type(pipeline, text, "CONSULT")
    assert _countries(event.actor) == ["KEN"] and _countries(event.recipient) == ["SOM"]
