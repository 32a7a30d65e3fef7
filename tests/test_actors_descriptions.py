"""Descriptions that carry a sector: coordinated descriptions before a name, occupations in apposition, and
abbreviated plural titles the tagger cuts off from the names they introduce."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from actor_helpers import actor_runner, named

_actors = actor_runner("2019-03-01")


def test_two_coordinated_descriptions_before_a_name(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Ankara refused to hand over the senior Islamic State recruiter and financier "
                                 "Omar Delacroix, officials said.")
    person = named(actors, "Omar Delacroix")[0]
    assert (person.sector, person.kind) == ("REB", "person")


def test_a_description_of_its_own_is_not_replaced(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "They met the former soldier and activist Jo Kerr in the square.")
    assert named(actors, "Jo Kerr")[0].sector == "OPP"


@pytest.mark.parametrize(("sentence", "name", "sector"), [
    ("Donors included Harlan Pike, a Nevada poultry magnate.", "Harlan Pike", "BUS"),
    ("The fund was backed by Rina Osei, a real estate developer.", "Rina Osei", "BUS"),
    ("Tomas Brandt, the insurance executive, gave money to the campaign.", "Tomas Brandt", "BUS"),
    ('"It is a risk," said Lena Morrow, a clinical psychologist.', "Lena Morrow", "HLH"),
    ("The radio host Dale Prentice mocked the plan.", "Dale Prentice", "MED"),
])
def test_an_occupation_gives_the_sector(actors_nlp: Language, sentence: str, name: str, sector: str) -> None:
    assert named(_actors(actors_nlp, sentence), name)[0].sector == sector


def test_the_executive_alone_is_still_the_government(resolver: ActorResolver) -> None:
    found = resolver.resolve("the executive")
    assert found is not None and found.actor.sector == "GOV"


@pytest.mark.parametrize("sentence", ["Sens. Tom Hale and Ann Fry voted against the bill.",
                                      "Take Idaho Republican Sens. Tom Hale and Ann Fry, who voted no."])
def test_a_plural_title_before_coordinated_names(actors_nlp: Language, sentence: str) -> None:
    actors = _actors(actors_nlp, sentence)
    assert [(a.name, a.sector, a.role) for a in actors if a.kind == "person"] == [
        ("Tom Hale", "LEG", "Sens."), ("Ann Fry", "LEG", "Sens.")]
    assert not [a for a in actors if a.kind == "group"]  # the title is no group of its own


def test_the_plural_title_reaches_every_name_and_later_surnames(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Reps. Ann Lee, Tom Ruiz and Kay Dunmore wrote to the agency. Ruiz spoke first.")
    assert {a.name: a.sector for a in actors if a.kind == "person"} == {
        "Ann Lee": "LEG", "Tom Ruiz": "LEG", "Kay Dunmore": "LEG"}
    assert [a.sector for a in actors if a.text == "Ruiz"] == ["LEG"]



# --- knowledge: spellings and kinds of body ---------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "name"), [
    ("the peshmerga", "Peshmerga"),                            # British papers' lower case
    ("the Peshmerga", "Peshmerga"),
    ("the UN security council", "United Nations Security Council"),
    ("the UN Security Council", "United Nations Security Council"),
    ("the top UN court", "International Court of Justice"),   # an alias the entry spells in lower case
])
def test_names_an_entry_spells_in_lower_case(resolver: ActorResolver, phrase: str, name: str) -> None:
    found = resolver.resolve(phrase)
    assert found is not None and found.actor.name == name


def test_a_lower_case_word_opens_no_capitalised_only_name(resolver: ActorResolver) -> None:
    assert resolver.resolve("the security council of the club") is None or \
        resolver.resolve("the security council of the club").actor.name != "United Nations Security Council"


@pytest.mark.parametrize(("phrase", "sector"), [
    ("The Halvorsen Corp.", "BUS"), ("Brightwater Ltd", "BUS"), ("naval personnel", "MIL"),
    ("Witnesses", "CVL"), ("the state TV", "MED"), ("the regiment's commanding officer", "MIL"),
])
def test_kinds_of_body_and_people(resolver: ActorResolver, phrase: str, sector: str) -> None:
    found = resolver.resolve(phrase)
    assert found is not None and found.actor.sector == sector


def test_a_bare_chamber_is_the_story_country_s(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "American lawmakers criticised the plan. US officials said the Senate would vote "
                                 "on Friday. The American president urged Congress to act.")
    assert [(a.text, a.name) for a in actors if a.sector == "LEG" and a.kind == "organisation"] == [
        ("the Senate", "United States Senate"), ("Congress", "United States Congress")]


def test_a_national_body_needs_one_entry_and_capitals(resolver: ActorResolver) -> None:
    kb = resolver.kb
    assert kb.national_body("FRA", "LEG", "the Senate") is not None
    assert kb.national_body("USA", "LEG", "the Senate") is not None
    assert kb.national_body("GBR", "GOV", "the government") is None  # several British entries say 'government'
    assert kb.national_body("USA", "LEG", "the Judiciary Committee") is None  # each chamber has one


def test_committees_and_agencies_by_name(resolver: ActorResolver) -> None:
    for phrase, sector in (("the Senate Judiciary Committee", "LEG"), ("the Bureau of Prisons", "COP"),
                           ("the House Oversight Committee", "LEG"), ("the IRS", "GOV")):
        found = resolver.resolve(phrase)
        assert found is not None and found.entry and found.actor.country == "USA" and found.actor.sector == sector


@pytest.mark.parametrize(("phrase", "sector"), [
    ("executives", "BUS"),            # listed as business people; the branch of government is 'the executive'
    ("the executive", "GOV"),
    ("the Justice Ministry", "GOV"),  # a ministry, not a judge called 'Ministry'
    ("the city council", "GOV"), ("a county council", "GOV"), ("the municipality", "GOV"),
    ("relatives", "CVL"), ("investigators", "COP"), ("UN investigators", "IGO"), ("NATO commanders", "MIL"),
    ("a war monitor", "NGO"), ("election observers", "NGO"),
])
def test_more_kinds_of_actor(resolver: ActorResolver, phrase: str, sector: str) -> None:
    found = resolver.resolve(phrase)
    assert found is not None and found.actor.sector == sector


@pytest.mark.parametrize(("phrase", "date", "sector", "role"), [
    ("Kamala Harris", "2019-06-01", "LEG", "Senator"),        # a senator before she was vice president
    ("Kamala Harris", "2022-06-01", "GOV", "Vice President"),
    ("Chuck Schumer", "2016-03-01", "LEG", "Senator"),        # a senator before he led his party there
    ("Rep. Ilhan Omar", "2019-12-01", "LEG", "Representative"),
])
def test_members_of_congress_by_date(resolver: ActorResolver, phrase: str, date: str, sector: str, role: str) -> None:
    found = resolver.resolve(phrase, date=date)
    assert found is not None and (found.actor.sector, found.actor.role) == (sector, role)


def test_a_common_given_name_alone_is_no_member_of_congress(resolver: ActorResolver) -> None:
    found = resolver.resolve("Omar", date="2019-12-01")
    assert found is None or found.actor.name != "Ilhan Omar"



@pytest.mark.parametrize(("text", "group", "other"), [
    ("Fishermen, angered by a Chilean blockade, sailed home.", "Fishermen", "Chilean"),
    ("Shopkeepers ruined by a Chilean embargo marched on the capital.", "Shopkeepers", "Chilean"),
])
def test_a_participle_clause_that_comments_or_names_a_doer_is_no_part_of_the_group(
        actors_nlp: Language, text: str, group: str, other: str) -> None:
    texts = [a.text for a in _actors(actors_nlp, text)]
    assert group in texts and other in texts, texts


def test_a_participle_clause_that_narrows_the_group_stays_part_of_it(actors_nlp: Language) -> None:
    texts = [a.text for a in _actors(actors_nlp, "Shopkeepers living in Chile closed early.")]
    assert "Shopkeepers living in Chile" in texts, texts
