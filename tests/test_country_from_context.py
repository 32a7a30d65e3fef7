"""Country from context: which countryless actors take the one country their sentence or story names, on
actors made up for the tests (the rules are pure functions of the actors and the named countries)."""

from __future__ import annotations

from accord.actors.country_from_context import (
    lend_home_country,
    lend_story_country,
    lend_to_people,
    lend_to_side,
    lends_country,
    only_country,
)
from accord.records import Actor

KENYA = Actor(text="Kenya", name="Kenya", country="KEN", sector="GOV", kind="country")
POLICE = Actor(text="police", sector="COP", kind="group")
STUDENTS = Actor(text="students", sector="EDU", kind="group")
UN = Actor(text="the UN", name="United Nations", sector="IGO", kind="igo")
GUNMEN = Actor(text="gunmen", sector="UAF", kind="group")
VILLAGERS = Actor(text="villagers", sector="CVL", kind="group")


def test_only_one_named_country_is_lent() -> None:
    assert only_country(["KEN", None, "KEN"]) == "KEN"
    assert only_country(["KEN", "UGA"]) is None
    assert only_country([]) is None


def test_a_side_facing_the_one_country_is_domestic() -> None:
    (student,) = lend_to_side([STUDENTS], [KENYA], "KEN", lambda a: False)
    assert (student.country, student.rule) == ("KEN", "event-domestic")


def test_no_country_for_international_bodies_visitors_or_victims() -> None:
    assert lend_to_side([UN, STUDENTS], [KENYA], "KEN", lambda a: False) == [UN, STUDENTS]
    assert lend_to_side([STUDENTS], [KENYA], "KEN", lambda a: a is STUDENTS) == [STUDENTS]
    assert lend_to_side([VILLAGERS], [KENYA], "KEN", lambda a: False, victims=True) == [VILLAGERS]
    assert lend_to_side([STUDENTS], [UN], "KEN", lambda a: False) == [STUDENTS]  # nobody of that country faces them


def test_the_story_country_reaches_domestic_groups_only() -> None:
    police, gunmen, un, villagers = lend_story_country([POLICE, GUNMEN, UN, VILLAGERS], "KEN", victims=True)
    assert (police.country, police.rule) == ("KEN", "event-story-country")
    assert (gunmen.country, un.country, villagers.country) == (None, None, None)


def test_a_person_with_a_role_takes_the_sentence_country() -> None:
    leader = Actor(text="opposition leader Jane Achieng", sector="OPP", role="opposition leader", kind="person",
                   rule="title")
    president = Actor(text="President Jane Achieng", sector="GOV", role="president", kind="person", rule="title")
    bare = Actor(text="Jane Achieng", kind="person", rule="name")
    placed = lend_to_people([leader, president, bare], ["KEN"], foreign_facing=frozenset({"president"}))
    assert [(a.country, a.rule) for a in placed] == [("KEN", "title+sentence-country"), (None, "title"),
                                                     (None, "name")]
    assert lend_to_people([leader], ["KEN", "UGA"], frozenset()) == [leader]


def test_the_president_of_a_union_or_a_company_is_no_diplomat() -> None:
    union_head = Actor(text="Jo Otieno, president of the teachers' union", sector="LAB", role="President",
                       kind="person", rule="described")
    head_of_state = Actor(text="President Jo Otieno", sector="GOV", role="President", kind="person", rule="title")
    placed = lend_to_people([union_head, head_of_state], ["KEN"], foreign_facing=frozenset({"president"}))
    assert [a.country for a in placed] == ["KEN", None]
    placed = lend_home_country([union_head, head_of_state], ["KEN", "KEN"], frozenset({"president"}),
                               civil_sectors=frozenset())
    assert [a.country for a in placed] == ["KEN", None]


def test_a_news_outlet_lends_no_country_but_a_journalist_may() -> None:
    agency = Actor(text="the agency", name="Press Agency of Ruritania", country="KEN", sector="MED",
                   kind="organisation")
    reporters = Actor(text="Kenyan reporters", country="KEN", sector="MED", kind="group")
    assert not lends_country(agency)
    assert lends_country(reporters) and lends_country(KENYA) and lends_country(POLICE)
