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


NEW_PEOPLE_FILES = ("people_us_public_life.yaml", "people_us_senate_governors.yaml")


def _short_forms(person: dict[str, Any]) -> list[str]:
    """A person's short forms as the knowledge base reads them: given, else the name's last word."""
    short = person.get("short")
    words = str(person["name"]).split()
    return [str(s) for s in short] if short is not None else words[-1:] if len(words) > 1 else []


@pytest.fixture(scope="module")
def english_words(actors_nlp: Language) -> frozenset[str]:
    """The nouns, verbs and adjectives of the model's own lemma index: English words, in lower case."""
    index = actors_nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    return frozenset(w for pos in ("noun", "verb", "adj") for w in index.get(pos, []))


@pytest.mark.parametrize("file", NEW_PEOPLE_FILES)
def test_no_short_form_is_an_english_word(file: str, english_words: frozenset[str]) -> None:
    """'Boxer', 'Wicker': a surname that is an English word, read alone, names nobody."""
    for person in _people(file):
        assert not [s for s in _short_forms(person) if s.lower() in english_words], person["name"]


@pytest.mark.parametrize("file", NEW_PEOPLE_FILES)
def test_no_short_form_is_another_persons_surname(file: str, resolver: ActorResolver) -> None:
    """A surname another person of the knowledge base bears ('Walker', 'Kelly') names neither alone."""
    people = [e for e in resolver.kb.entries.values() if e.kind == "person"]
    for person in _people(file):
        for short in _short_forms(person):
            others = {e.name for e in people if e.name != person["name"] and e.name.split()[-1] == short}
            assert not others, (person["name"], others)


def test_every_senator_entry_is_a_legislator_with_a_party_and_state(resolver: ActorResolver) -> None:
    senators = [p for p in _people("people_us_senate_governors.yaml")
                if any(o["role"] == "Senator" for o in p["offices"])]
    seated = {e.name for e in resolver.kb.entries.values() if e.kind == "person" and e.country == "USA"
              and any("Senat" in o.role and o.covers("2016-05-01") for o in e.offices)}
    assert len(seated) == 100  # the whole Senate of the day, whichever file holds each member
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


def test_an_ally_of_a_known_person_is_of_their_sector(actors_nlp: Language, resolver: ActorResolver) -> None:
    """sectors.yaml person_sides: allies are in the person's own sector ('same')."""
    text = "Hillary Clinton spoke in Iowa. Dana Forde, a Clinton ally, praised the plan on Monday."
    actors = actors_in(actors_nlp, text, "2016-01-20")
    forde = [a for a in actors if a.name == "Dana Forde"]
    clinton = resolver.resolve("Hillary Clinton", "2016-01-20")
    assert clinton is not None
    assert forde and all((a.country, a.sector) == ("USA", clinton.actor.sector) for a in forde)


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


@pytest.mark.parametrize(("description", "sector"), [
    ("a longtime Obama ally", "GOV"),  # allies: the person's own sector, in the compound form
    ("an old ally of Mr. Obama", "GOV"),  # and in the 'of' form
    ("an Obama confidant", "CVL"),  # no word of person_sides decides: the office is not the confidant's
])
def test_a_description_tied_to_a_known_person_reads_its_word(actors_nlp: Language, description: str,
                                                              sector: str) -> None:
    text = f"Barack Obama spoke in Ohio. Dell Varney, {description}, praised the plan on Monday."
    actors = actors_in(actors_nlp, text, "2016-01-20")
    varney = [a for a in actors if a.name == "Dell Varney"]
    assert varney and all((a.country, a.sector) == ("USA", sector) for a in varney)


@pytest.mark.parametrize(("text", "nobody"), [
    ("Pete Lund, a lawyer for Wicker & Sons, filed the papers.", "Roger Wicker"),
    ("Jo Kerr, a spokeswoman for Johnson & Johnson, declined to comment.", "Boris Johnson"),
    ("Tim Rook, a Ford executive, declined to comment.", "Gerald Ford"),
    ("Ned Sayle, the mayor of Jackson, declined to comment.", "Andrew Jackson"),
])
def test_a_firm_or_place_in_a_description_names_no_person(actors_nlp: Language, text: str, nobody: str) -> None:
    actors = actors_in(actors_nlp, text, "2016-01-20")
    assert all(a.kind != "person" or a.name in {text.split(",")[0]} for a in actors), nobody


@pytest.mark.parametrize("phrase", ["Rasmussen", "Zogby"])
def test_a_pollsters_bare_surname_is_no_firm(resolver: ActorResolver, phrase: str) -> None:
    """'Rasmussen' alone may be a person (a former NATO chief, a pollster's founder): the firm by its full name
    or 'X poll' only."""
    found = resolver.resolve(phrase, "2016-01-20")
    assert found is None or found.actor.sector != "BUS"
    poll = resolver.resolve(f"{phrase} poll", "2016-01-20")
    assert poll is not None and poll.actor.sector == "BUS"
