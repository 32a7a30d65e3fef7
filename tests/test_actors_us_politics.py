"""The United States' office holders beyond the cabinet (people_us_politics.yaml: governors, mayors, party chairs,
members of Congress, White House staff, former office holders still in the news): phrases and sentences
written for these tests."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest
import yaml
from spacy.language import Language

from accord.actors import ActorResolver
from accord.actors.kb import KnowledgeBase
from actor_helpers import actors_in, only_with_text


def _file() -> list[dict[str, Any]]:
    text = resources.files("accord.data.actors").joinpath("people_us_politics.yaml").read_text(encoding="utf-8")
    people: list[dict[str, Any]] = yaml.safe_load(text)["people"]
    return people


@pytest.mark.parametrize(("phrase", "date", "expected"), [
    # a governor, a mayor: GOV, with the office's full name
    ("Governor Andrew Cuomo", "2020-04-01", ("Andrew Cuomo", "USA", "GOV", "Governor of New York")),
    ("Gavin Newsom", "2016-05-01", ("Gavin Newsom", "USA", "GOV", "Lieutenant Governor of California")),
    ("Gavin Newsom", "2021-05-01", ("Gavin Newsom", "USA", "GOV", "Governor of California")),
    ("Mayor Bill de Blasio", "2017-09-12", ("Bill de Blasio", "USA", "GOV", "Mayor of New York City")),
    # a national party's chair: the party's (PTY); the same person in a cabinet post before: GOV
    ("Tom Perez", "2016-03-01", ("Tom Perez", "USA", "GOV", "Labor Secretary")),
    ("Thomas Perez", "2018-03-01", ("Tom Perez", "USA", "PTY", "Chair of the Democratic National Committee")),
    ("Ronna McDaniel", "2019-06-01", ("Ronna McDaniel", "USA", "PTY", "Chair of the Republican National Committee")),
    # members of Congress: LEG; a governor elected to the Senate changes sector on the day
    ("Sen. Jon Tester", "2018-10-01", ("Jon Tester", "USA", "LEG", "Senator")),
    ("Maggie Hassan", "2016-06-01", ("Maggie Hassan", "USA", "GOV", "Governor of New Hampshire")),
    ("Maggie Hassan", "2017-06-01", ("Maggie Hassan", "USA", "LEG", "Senator")),
    # White House staff and a campaign's chiefs
    ("Kellyanne Conway", "2016-09-01", ("Kellyanne Conway", "USA", "PTY", "Manager of the Trump campaign")),
    ("Kellyanne Conway", "2018-09-01", ("Kellyanne Conway", "USA", "GOV", "Counselor to the President")),
    ("Steve Bannon", "2016-03-01", ("Steve Bannon", "USA", "MED", "Executive Chairman of Breitbart News")),
    ("Stephen Bannon", "2017-03-01", ("Steve Bannon", "USA", "GOV", "White House Chief Strategist")),
    ("Gordon Sondland", "2019-10-15", ("Gordon Sondland", "USA", "GOV", "Ambassador to the European Union")),
])
def test_us_office_holders_resolve_by_the_office_of_the_date(
        resolver: ActorResolver, phrase: str, date: str, expected: tuple[str, str, str, str]) -> None:
    found = resolver.resolve(phrase, date)
    assert found is not None, phrase
    actor = found.actor
    assert (actor.name, actor.country, actor.sector, actor.role) == expected


@pytest.mark.parametrize(("phrase", "date", "role"), [
    ("Gary Johnson", "2016-08-01", "former Governor of New Mexico"),
    ("Sarah Palin", "2016-01-20", "former Governor of Alaska"),
    ("Al Gore", "2017-06-01", "former Vice President"),
    ("Carly Fiorina", "2015-11-01", "former Chief Executive of Hewlett-Packard"),
])
def test_a_former_office_holder_is_an_elite_not_a_private_person(
        resolver: ActorResolver, phrase: str, date: str, role: str) -> None:
    found = resolver.resolve(phrase, date)
    assert found is not None, phrase
    assert (found.actor.country, found.actor.sector, found.actor.role) == ("USA", "ELI", role)


def test_an_office_begun_later_is_not_held_before_it(resolver: ActorResolver) -> None:
    """Before their first office a person is no office holder: Ron DeSantis is a Representative in 2015, a
    governor only from 2019-01-08."""
    found = resolver.resolve("Ron DeSantis", "2015-06-01")
    assert found is not None
    assert (found.actor.sector, found.actor.role) == ("LEG", "Representative")
    assert resolver.resolve("Ron DeSantis", "2019-01-08").actor.role == "Governor of Florida"  # type: ignore[union-attr]


def test_a_common_surname_alone_names_none_of_these_people(resolver: ActorResolver) -> None:
    """`short: []`: 'Brown', 'Scott', 'Abbott' alone do not become Kate Brown, Tim Scott or Greg Abbott (Tony
    Abbott, the Australian prime minister, keeps his surname)."""
    for surname in ("Brown", "Scott", "Baker", "Murphy"):
        found = resolver.resolve(surname, "2018-06-01")
        assert found is None or found.actor.name not in {"Kate Brown", "Jerry Brown", "Sherrod Brown", "Tim Scott",
                                                           "Charlie Baker", "Phil Murphy"}, surname
    abbott = resolver.resolve("Abbott", "2016-03-01")
    assert abbott is None or abbott.actor.name != "Greg Abbott"


def test_no_person_here_bears_the_name_of_a_country_or_an_organisation(resolver: ActorResolver) -> None:
    """An article that names a person in full reads every bare surname in it as the person, whatever `short` says
    ('Jordan', 'Monaco', 'Bloomberg' would all become people): such a person is left out of the file."""
    kb: KnowledgeBase = resolver.kb
    bodies = {n.lower() for e in kb.entries.values() if e.kind != "person" for n in (e.name, *e.aliases)}
    clashing = [p["name"] for p in _file() if p["name"].split()[-1].lower() in bodies]
    assert clashing == []


def test_every_office_in_the_file_is_dated(resolver: ActorResolver) -> None:
    """Offices are dated: an office with neither start nor end would hold on every date (a private post held
    until a known day, Bannon's at Breitbart, may leave out its start)."""
    for person in _file():
        for office in person["offices"]:
            assert office.get("from") or office.get("to"), (person["name"], office["role"])


def test_a_governor_in_an_article_is_the_state_government(actors_nlp: Language) -> None:
    actors = actors_in(actors_nlp, "Gretchen Whitmer signed the budget on Friday. Brian Kemp vetoed a similar bill "
                       "in Atlanta.", "2020-07-10")
    whitmer = only_with_text(actors, "Gretchen Whitmer")
    assert (whitmer.country, whitmer.sector, whitmer.role) == ("USA", "GOV", "Governor of Michigan")
    kemp = only_with_text(actors, "Brian Kemp")
    assert (kemp.country, kemp.sector, kemp.role) == ("USA", "GOV", "Governor of Georgia")
