"""Wave 31, branch w31-actors (issue 19): US public life as knowledge (hosts and columnists, donors, campaign
staff, presidents' wives, the 114th Senate and the governors of 2015-2016, state papers and pollsters), 'first
lady' as an elite's word, and the people a description names beside the person it describes. Sentences
written for these tests."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest
import yaml
from spacy.language import Language

from accord.actors import ActorResolver
from actor_helpers import actors_in


def _people(file: str) -> list[dict[str, Any]]:
    text = resources.files("accord.data.actors").joinpath(file).read_text(encoding="utf-8")
    people: list[dict[str, Any]] = yaml.safe_load(text)["people"]
    return people


@pytest.mark.parametrize(("phrase", "date", "expected"), [
    # a national host or columnist: the media (MED), not a private person
    ("Sean Hannity", "2016-05-01", ("Sean Hannity", "USA", "MED")),
    ("Rachel Maddow", "2016-05-01", ("Rachel Maddow", "USA", "MED")),
    ("Megyn Kelly", "2016-01-28", ("Megyn Kelly", "USA", "MED")),
    # a donor: the business he leads or owns (BUS)
    ("Sheldon Adelson", "2016-05-01", ("Sheldon Adelson", "USA", "BUS")),
    ("Charles G. Koch", "2016-05-01", ("Charles Koch", "USA", "BUS")),
    # a campaign's staff: the party's (PTY) while the campaign lasts
    ("Robby Mook", "2016-05-01", ("Robby Mook", "USA", "PTY")),
    ("Jeff Weaver", "2016-05-01", ("Jeff Weaver", "USA", "PTY")),
    # a president's wife: an elite (ELI), in the White House and after
    ("Michelle Obama", "2016-05-01", ("Michelle Obama", "USA", "ELI")),
    ("Laura Bush", "2016-05-01", ("Laura Bush", "USA", "ELI")),
    # a senator of a smaller state, a governor the files lacked
    ("Sen. Jeff Merkley", "2016-05-01", ("Jeff Merkley", "USA", "LEG")),
    ("Gov. Mary Fallin", "2016-05-01", ("Mary Fallin", "USA", "GOV")),
    ("Barbara Boxer", "2018-05-01", ("Barbara Boxer", "USA", "ELI")),
    # a state's paper, a pollster, a polling university
    ("the Des Moines Register", "2016-01-30", ("The Des Moines Register", "USA", "MED")),
    ("Public Policy Polling", "2016-01-30", ("Public Policy Polling", "USA", "BUS")),
    ("Quinnipiac University", "2016-01-30", ("Quinnipiac University", "USA", "EDU")),
])
def test_us_public_life_resolves_to_its_sector(resolver: ActorResolver, phrase: str, date: str,
                                               expected: tuple[str, str, str]) -> None:
    found = resolver.resolve(phrase, date)
    assert found is not None, phrase
    assert (found.actor.name, found.actor.country, found.actor.sector) == expected


def test_a_campaign_post_ends_with_the_campaign(resolver: ActorResolver) -> None:
    during = resolver.resolve("Rick Tyler", "2016-01-10")
    after = resolver.resolve("Rick Tyler", "2016-06-10")
    assert during is not None and during.actor.sector == "PTY"
    assert after is not None and after.actor.sector == "ELI"  # a former campaign official


@pytest.mark.parametrize("file", ["people_us_public_life.yaml", "people_us_senate_governors.yaml"])
def test_a_common_surname_names_nobody_alone(file: str) -> None:
    """A surname other people share (or that names another person of the knowledge base) is no short form."""
    shared = {"Kelly", "Cooper", "Cuomo", "Koch", "Walker", "Nixon", "King", "Roberts", "Murray", "Sullivan"}
    for person in _people(file):
        if person["name"].split()[-1] in shared:
            assert person.get("short") == [], person["name"]


def test_every_senator_entry_is_a_legislator_with_a_party_and_state() -> None:
    senators = [p for p in _people("people_us_senate_governors.yaml")
                if any(o["role"] == "Senator" for o in p["offices"])]
    assert len(senators) >= 40
    for person in senators:
        assert all(o.get("sector") == "LEG" for o in person["offices"] if o["role"] == "Senator")
        party, _, state = str(person["note"]).partition(", ")
        assert party in {"Democrat", "Republican", "Independent"} and state, person["name"]


def test_the_first_lady_is_an_elite_and_the_one_the_text_names(actors_nlp: Language) -> None:
    text = "The first lady toured a school on Tuesday. Michelle Obama later met teachers."
    actors = actors_in(actors_nlp, text, "2015-10-06")
    lady = [a for a in actors if (a.start, a.end) == (0, 14)]
    assert [(a.name, a.country, a.sector) for a in lady] == [("Michelle Obama", "USA", "ELI")]


def test_an_unnamed_first_lady_is_an_elite_of_no_guessed_name(actors_nlp: Language) -> None:
    actors = actors_in(actors_nlp, "The first lady toured a school on Tuesday.", "2015-10-06")
    lady = [a for a in actors if (a.start, a.end) == (0, 14)]
    assert [(a.name, a.sector) for a in lady] == [(None, "ELI")]


def test_an_ally_of_a_former_office_holder_is_no_elite_for_it(actors_nlp: Language) -> None:
    text = "Hillary Clinton spoke in Iowa. Dana Forde, a Clinton ally, praised the plan on Monday."
    actors = actors_in(actors_nlp, text, "2016-01-20")
    forde = [a for a in actors if a.name == "Dana Forde"]
    assert forde and all(a.sector != "ELI" for a in forde)
    assert all(a.country == "USA" for a in forde)  # the other person still gives the country


@pytest.mark.parametrize(("text", "inner", "name", "described"), [
    ("Hillary Clinton spoke in Iowa. Dana Forde, a Clinton ally, praised the plan.", "Clinton", "Hillary Clinton",
     "Dana Forde"),
    ("Ted Cruz spoke in Iowa. Ron Pell, an attorney for Mr. Cruz, filed the papers.", "Mr. Cruz", "Ted Cruz",
     "Ron Pell"),
    ("Ted Cruz spoke in Iowa. Jo Hart, Mr. Cruz's lawyer, filed the papers.", "Mr. Cruz", "Ted Cruz", "Jo Hart"),
])
def test_a_person_a_description_names_is_an_actor_of_their_own(actors_nlp: Language, text: str, inner: str,
                                                                  name: str, described: str) -> None:
    actors = actors_in(actors_nlp, text, "2016-01-20")
    start = text.index(inner, text.index(". "))
    assert any(a.name == name and (a.start, a.end) == (start, start + len(inner)) for a in actors)
    assert any(a.name == described and a.kind == "person" for a in actors)  # the description stays its own


def test_a_title_in_the_words_keeps_its_sector(actors_nlp: Language) -> None:
    """'opposition leader X' where the name's last part is a known person's surname: the title is the
    description's own word, and its sector stays (only a sector the other person's office gives is dropped)."""
    text = "Opposition leader Maulana Fazl-ur-Rehman led a rally in Peshawar, Pakistani officials said."
    actors = actors_in(actors_nlp, text, "2006-01-01")
    leader = [a for a in actors if a.start == 0]
    assert leader and leader[0].sector == "OPP"
