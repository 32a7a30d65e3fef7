"""A person named after the body they work for ('NAACP president Derrick Johnson') is the person, with the body
as their organisation; the body is an actor of its own beside the person (a country written as the owner of the
office stays in the mention). A description repeating an earlier mention without its country takes that
mention's country. The annotation guide's sector decisions: a justice ministry, an attorney general and a
central bank are state bodies, GOV."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from actor_helpers import actor_runner

_actors = actor_runner("2019-03-01")


@pytest.mark.parametrize(("phrase", "expected"), [
    ("NAACP president Dana Morrow", ("Dana Morrow", "USA", "NGO", "NAACP")),
    ("Hamas leader Karim Said", ("Karim Said", "PSE", "REB", "Hamas")),
    ("Oxfam spokeswoman Ines Varga", ("Ines Varga", None, "NGO", "Oxfam")),
])
def test_a_body_before_a_title_and_a_name_is_the_persons_employer(
        resolver: ActorResolver, phrase: str, expected: tuple[str, str | None, str, str]) -> None:
    found = resolver.resolve(phrase, date="2019-03-01")
    assert found is not None
    actor = found.actor
    assert (actor.name, actor.country, actor.sector, actor.organisation) == expected
    assert actor.kind == "person"


def test_a_former_employee_is_an_elite(resolver: ActorResolver) -> None:
    found = resolver.resolve("former NAACP president Dana Morrow", date="2019-03-01")
    assert found is not None and found.actor.kind == "person"
    assert (found.actor.name, found.actor.sector, found.actor.organisation) == ("Dana Morrow", "ELI", "NAACP")


@pytest.mark.parametrize("phrase", ["Hamas officials", "a Hamas spokesman", "the Taliban spokesman Monday"])
def test_a_body_with_no_persons_name_stays_the_body(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, date="2019-03-01")
    assert found is not None and found.actor.kind == "organisation"


def test_the_employer_before_a_person_is_an_actor_of_its_own(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "NAACP president Dana Morrow criticised the decision on Tuesday.")
    people = [a for a in actors if a.kind == "person"]
    bodies = [a for a in actors if a.name == "NAACP" and a.kind == "organisation"]
    assert [p.name for p in people] == ["Dana Morrow"]
    assert bodies and bodies[0].text == "NAACP"


def test_a_country_written_as_the_owner_of_an_office_stays_in_the_mention(actors_nlp: Language) -> None:
    """Only a body before a person is a mention of its own; a country there says whose office it is."""
    actors = _actors(actors_nlp, "Norway's foreign minister, Amara Lindqvist, said talks would resume.")
    assert not [a for a in actors if a.text == "Norway"]
    assert any(a.name == "Amara Lindqvist" and a.kind == "person" and a.country == "NOR" for a in actors)


def test_a_surname_particle_keeps_its_hyphen(resolver: ActorResolver) -> None:
    found = resolver.resolve("UN envoy Karim Walid al-Hussein", date="2019-03-01")
    assert found is not None and found.actor.name == "Karim Walid al-Hussein"


def test_a_demonym_before_a_title_is_no_second_actor(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Norwegian Foreign Minister Amara Lindqvist said talks would resume.")
    assert [a.name for a in actors if a.country == "NOR"] == ["Amara Lindqvist"]


@pytest.mark.parametrize(("phrase", "sector"), [
    ("the Justice Department", "GOV"),          # a ministry (docs/annotation.md: ministries GOV)
    ("the Federal Reserve", "GOV"),             # a central bank: a state institution
    ("the Bank of England", "GOV"),
    ("Chile's central bank", "GOV"),
    ("the attorney general's office", "JUD"),   # the prosecution stays JUD
    ("a commercial bank", "BUS"),
])
def test_state_bodies_by_the_annotation_guide(resolver: ActorResolver, phrase: str, sector: str) -> None:
    found = resolver.resolve(phrase, date="2019-03-01")
    assert found is not None and found.actor.sector == sector


def test_an_attorney_general_is_a_member_of_the_government(resolver: ActorResolver) -> None:
    found = resolver.resolve("Attorney General Dana Morrow of Kenya", date="2019-03-01")
    assert found is not None and (found.actor.country, found.actor.sector) == ("KEN", "GOV")


def test_a_description_repeating_an_earlier_mention_without_its_country(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Syrian regime forces shelled the town on Monday. Witnesses said regime forces "
                                 "had advanced by nightfall.", "2018-02-25")
    repeated = [a for a in actors if a.text == "regime forces"]
    assert repeated and (repeated[0].country, repeated[0].sector) == ("SYR", "MIL")

def test_repeated_descriptions_point_back_to_the_mention_they_shorten() -> None:
    from accord.actors.bridging import repeated_descriptions_point_back
    from accord.records import Actor

    named = Actor("Syrian regime forces", country="SYR", sector="MIL", kind="group")
    repeated = Actor("regime forces", sector="MIL", kind="group")
    lone = Actor("forces", sector="MIL", kind="group")
    other_sector = Actor("regime forces", sector="GOV", kind="group")
    out = repeated_descriptions_point_back([named, repeated, lone, other_sector])
    assert [a.country for a in out] == ["SYR", "SYR", None, None]


def test_an_embedded_body_keeps_its_article(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Dana Morrow, the president of the Century Foundation, criticised the plan.")
    assert any(a.text == "the Century Foundation" and a.name == "Century Foundation" for a in actors)
    assert any(a.name == "Dana Morrow" and a.kind == "person" for a in actors)


def test_police_and_protesters_are_of_the_place_their_sentence_names(actors_nlp: Language) -> None:
    text = ("Turkey's offensive in Syria drew protests abroad. Turkish officials defended it, and Turkey's army "
            "pressed on. In Manchester, about 100 protesters blocked the railway tracks until police cleared them.")
    actors = _actors(actors_nlp, text, "2018-03-12")
    protesters = [a for a in actors if "protesters" in a.text]
    police = [a for a in actors if a.text == "police"]
    assert protesters and protesters[0].country == "GBR"
    assert police and police[0].country == "GBR"


def test_a_sentence_naming_two_countries_lends_neither() -> None:
    from accord.actors.country_from_context import lend_sentence_place
    from accord.records import Actor

    police = Actor("police", sector="COP", kind="group", start=10, end=16)
    assert lend_sentence_place([police], [(0, 50, frozenset({"GBR", "TUR"}))])[0].country is None
    assert lend_sentence_place([police], [(0, 50, frozenset({"GBR"}))])[0].country == "GBR"


def test_a_heads_title_before_a_surname_is_no_given_name(resolver: ActorResolver) -> None:
    """'Director Comey': the title of whoever heads a body (organisation_head_titles) is an office, not another
    person's given name, so the surname still names the known person."""
    found = resolver.resolve("Director Comey", date="2016-07-10")
    assert found is not None and found.actor.name == "James Comey"
