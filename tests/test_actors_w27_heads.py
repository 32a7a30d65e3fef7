"""A person the text alone places whom a 'who is' clause describes ('Carl Obst, who is a senior researcher at
Human Rights Watch'), or who in the present tense heads, leads or chairs a body the resolver reads ('Samir Haddad,
who heads the Lebanese interior ministry', 'Mia Lund chairs the Senate Foreign Relations Committee'), takes the
description's or the body's sector and country at every mention of their name. A past tense, a negation, or an
object that is no body ('leads the polls') leaves them as they were."""

from __future__ import annotations

from spacy.language import Language

from accord.actors import ActorResolver
from actor_helpers import actor_runner, named

_actors = actor_runner("2019-05-10")


def test_who_heads_a_ministry_is_its_countrys_government(actors_nlp: Language) -> None:
    text = ("Samir Haddad, who heads the Lebanese interior ministry, said the border was closed. "
            "Haddad added that it would reopen within a week.")
    found = named(_actors(actors_nlp, text), "Samir Haddad")
    assert len(found) == 2
    assert {(a.country, a.sector) for a in found} == {("LBN", "COP")}  # the interior ministry's, as the KB reads it


def test_who_leads_an_armed_group_is_of_the_group(actors_nlp: Language) -> None:
    text = "Rana Yassin, who leads the Free Syrian Army brigade in Idlib, denied the report."
    assert {a.sector for a in named(_actors(actors_nlp, text), "Rana Yassin")} == {"REB"}


def test_a_present_tense_chair_of_a_committee_is_a_legislator(actors_nlp: Language) -> None:
    text = "Mia Lund chairs the Senate Foreign Relations Committee and opposes the bill."
    assert {a.sector for a in named(_actors(actors_nlp, text), "Mia Lund")} == {"LEG"}


def test_who_is_a_description_describes_the_name(actors_nlp: Language) -> None:
    text = "Carl Obst, who is a senior researcher at Human Rights Watch, criticised the decision."
    assert {a.sector for a in named(_actors(actors_nlp, text), "Carl Obst")} == {"NGO"}


def test_a_past_tense_or_a_negation_or_no_body_says_nothing(actors_nlp: Language) -> None:
    for text, name in [("Carl Obst, who was a soldier in the 1990s, criticised the decision.", "Carl Obst"),
                       ("Olu Bako, who does not head the ministry, spoke to reporters.", "Olu Bako"),
                       ("Paul Dreyer, who leads the polls in Ohio, held a rally.", "Paul Dreyer")]:
        assert {a.sector for a in named(_actors(actors_nlp, text), name)} == {"CVL"}, text


def test_lookup_explains_the_heading_and_credit_rules(resolver: ActorResolver) -> None:
    heading = resolver.explain("Samir Haddad, who heads the Lebanese interior ministry", "2019-05-10")
    credit = resolver.explain("Reporting by Ana Ruiz", "2019-05-10")
    assert any("heading_verbs" in note for note in heading["notes"])
    assert any("credited-journalist" in note for note in credit["notes"])
