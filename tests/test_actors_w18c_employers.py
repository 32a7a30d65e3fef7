"""Wave 18: whom a person works for says their sector when their trade does not. A trade practised in
organisations of every kind (an analyst, an expert, a strategist) takes the sector of the organisation it is
'at', 'with' or 'for', or whose name comes right before it; a name ending in a word that ends financial firms'
names ('Capital', 'Securities', 'Holdings') is a company; a degree title ('Dr.') yields to the description beside
the name. Sentences written for accord; the close cases (an office word, a country, the capital city) keep theirs."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from actor_helpers import actor_runner

_actors = actor_runner("2019-11-19")
_DATE = "2019-11-19"


def _sector(resolver: ActorResolver, phrase: str) -> str | None:
    found = resolver.resolve(phrase, date=_DATE)
    return found.actor.sector if found is not None else None


@pytest.mark.parametrize(("phrase", "sector"), [
    ("an analyst with Redfield Bank", "BUS"),
    ("a strategist at Norvane Inc.", "BUS"),
    ("a strategist at Halbrook Capital", "BUS"),
    ("an expert at the United Nations", "IGO"),
    ("an analyst at Brookfield University", "EDU"),
    ("Kellaway Securities analysts", "BUS"),
    ("Redfield Bank strategists", "BUS"),
])
def test_a_trade_takes_the_sector_of_whom_it_works_for(resolver: ActorResolver, phrase: str, sector: str) -> None:
    assert _sector(resolver, phrase) == sector


@pytest.mark.parametrize(("phrase", "sector"), [
    ("a minister at the foreign office", "GOV"),  # an office word keeps its own sector wherever it is held
    ("a reporter for the Daily Chronicle", "MED"),
    ("analysts", "NGO"),  # alone, analysts and experts are commentators
    ("security analysts", "NGO"),
    ("a political strategist", "PTY"),
])
def test_a_word_that_says_what_one_does_keeps_its_sector(resolver: ActorResolver, phrase: str, sector: str) -> None:
    assert _sector(resolver, phrase) == sector


@pytest.mark.parametrize(("phrase", "name"), [
    ("Halbrook Capital", "Halbrook Capital"),
    ("Kellaway Securities", "Kellaway Securities"),
    ("Norland Holdings", "Norland Holdings"),
])
def test_a_name_ending_in_a_firm_word_is_a_company(resolver: ActorResolver, phrase: str, name: str) -> None:
    found = resolver.resolve(phrase, date=_DATE)
    assert found is not None
    assert (found.actor.name, found.actor.sector, found.actor.kind) == (name, "BUS", "organisation")


@pytest.mark.parametrize("phrase", ["the capital", "Capital", "the Federal Capital Territory"])
def test_a_firm_word_alone_or_opening_a_longer_name_is_no_company(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, date=_DATE)
    assert found is None or found.actor.sector != "BUS"


@pytest.mark.parametrize(("phrase", "sector"), [
    ("Dr. Hana Lee, a physician at the city hospital", "HLH"),
    ("Dr. Hana Lee, the health minister", "GOV"),
    ("Dr. Hana Lee, an analyst at Redfield Bank", "BUS"),
    ("Dr. Hana Lee of Brookfield University", "EDU"),
])
def test_a_degree_title_yields_to_the_description(resolver: ActorResolver, phrase: str, sector: str) -> None:
    found = resolver.resolve(phrase, date=_DATE)
    assert found is not None and found.actor.name == "Hana Lee"
    assert found.actor.sector == sector


@pytest.mark.parametrize("phrase", ["Dr. Hana Lee", "Dr. Hana Lee of Kenya"])
def test_a_degree_title_alone_keeps_its_sector(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, date=_DATE)
    assert found is not None and found.actor.sector == "EDU"


@pytest.mark.parametrize(("text", "person", "sector"), [
    ("Maria Keller, a strategist at Halbrook Capital, said the rally would fade.", "Maria Keller", "BUS"),
    ('"Prices will rise," said Lena Voss, an analyst with Redfield Bank.', "Lena Voss", "BUS"),
    ("Kellaway Securities analyst Omar Haddad said the shares were cheap.", "Omar Haddad", "BUS"),
    ("Dr. Hana Lee, a physician at the city hospital, said the wounded were arriving.", "Hana Lee", "HLH"),
    ("Ivo Marek, a minister at the foreign office, said talks would resume.", "Ivo Marek", "GOV"),
])
def test_in_a_sentence(actors_nlp: Language, text: str, person: str, sector: str) -> None:
    # the mention may hold the title before the name and the apposition after it ('Maria Keller, a strategist at ...')
    found = [a for a in _actors(actors_nlp, text) if person in a.text]
    assert found and {a.sector for a in found} == {sector}, found


@pytest.mark.parametrize("phrase", [
    "Jo Marsh, equity strategist at Kestrel Hall",  # the firm unknown and its name says no kind
    "Jo Marsh, chief market strategist at Kestrel Hall",
    "Jo Marsh, a portfolio manager",
    "fund managers",
])
def test_a_trade_of_the_financial_markets_is_business(resolver: ActorResolver, phrase: str) -> None:
    assert _sector(resolver, phrase) == "BUS"


def test_an_analyst_of_politics_stays_a_commentator(resolver: ActorResolver) -> None:
    assert _sector(resolver, "Jo Marsh, a political analyst") == "NGO"
