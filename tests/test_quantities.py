"""Quantities: values, units, qualifiers, currencies, casualty categories and event_quantities attachment."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import accord.dates.stage
import accord.quantities.stage  # noqa: F401  (registers accord_quantities_v1)
from accord.blackboard import DATES, QUANTITIES
from accord.nlp import DEFAULT_MODEL, register_extensions
from accord.quantities import event_quantities
from accord.records import Quantity


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    loaded = spacy.load(DEFAULT_MODEL)
    loaded.add_pipe("accord_dates_v1")
    loaded.add_pipe("accord_quantities_v1")
    return loaded


def annotate(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    doc._.accord_published = "2021-12-06"
    return nlp(doc)


def quantities(nlp: Language, text: str) -> list[Quantity]:
    found: list[Quantity] = annotate(nlp, text)._.accord_quantities
    return found


def only(nlp: Language, text: str) -> Quantity:
    found = quantities(nlp, text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier", "category"),
    [
        ("The ministry ordered more than 700,000 service pistols.", 700000, "service pistols", "more than", "count"),
        ("The partners signed 14 energy pacts.", 14, "energy pacts", None, "count"),
        ("They set a goal of $ 45 billion in trade.", 45_000_000_000, "USD", None, "money"),
        ("The loan was worth €3bn.", 3_000_000_000, "EUR", None, "money"),
        ("The state approved Rs 500 crore for roads.", 5_000_000_000, "INR", None, "money"),
        ("Exports rose 4.5% in a year.", 4.5, "%", None, "percent"),
        ("Tens of thousands of people fled the fighting.", 10000, "people", "tens of thousands", "displaced"),
        ("A dozen rebels were wounded.", 12, "rebels", None, "injured"),
        ("Police arrested about 300 students.", 300, "students", "about", "arrested"),
        ("Gunmen killed twenty-five villagers.", 25, "villagers", None, "dead"),
        ("The convoy carried four soldiers.", 4, "soldiers", None, "count"),
        ("The death toll rose to 30.", 30, None, None, "dead"),
    ],
)
def test_reads_value_unit_qualifier_and_category(
    nlp: Language, text: str, value: float, unit: str | None, qualifier: str | None, category: str
) -> None:
    quantity = only(nlp, text)
    assert (quantity.value, quantity.unit, quantity.qualifier, quantity.category) == (value, unit, qualifier, category)
    assert text[quantity.start : quantity.end] == quantity.text


def test_casualties_carry_the_country_of_the_victims(nlp: Language) -> None:
    quantity = only(nlp, "At least 12 Pakistani soldiers were killed in the ambush.")
    assert (quantity.value, quantity.qualifier, quantity.category, quantity.country) == (12, "at least", "dead", "PAK")


def test_a_pronoun_that_lost_people_is_the_reporting_country(nlp: Language) -> None:
    quantity = only(nlp, "Vietnam said it lost six sailors.")
    assert (quantity.value, quantity.category, quantity.country) == (6, "dead", "VNM")


@pytest.mark.parametrize(
    "text",
    [
        "The two countries agreed to talk.",  # anaphoric, not a count
        "They signed a 10-year pact.",  # a modifier
        "India received the S-400 system.",  # a model name
        "The vote is due on 12 March 2022.",  # a date
        "Turnout doubled in 2019.",  # a year
        "The fund raised 100M for relief.",  # counts nothing the parse can see
    ],
)
def test_ignores_numbers_that_count_nothing(nlp: Language, text: str) -> None:
    assert quantities(nlp, text) == []


def test_event_quantities_keep_to_the_clause(nlp: Language) -> None:
    doc = annotate(nlp, "The envoy, who brought 40 advisers, said the sides signed 9 trade deals.")
    signed = next(t for t in doc if t.text == "signed")
    found = event_quantities(signed, QUANTITIES.get(doc) or [], DATES.get(doc) or [], "AGREE")
    assert [q.value for q in found] == [9]


def test_assault_gets_casualties_of_its_sentence_and_the_next(nlp: Language) -> None:
    doc = annotate(
        nlp,
        "At least 8 Indian soldiers were killed in clashes with China last week. China said it lost three soldiers.",
    )
    clashes = next(t for t in doc if t.text == "clashes")
    found = event_quantities(clashes, QUANTITIES.get(doc) or [], DATES.get(doc) or [], "ASSAULT")
    assert sorted((q.value, q.country) for q in found) == [(3, "CHN"), (8, "IND")]
    # Other event types get only their own clause's numbers, not the next sentence's casualties.
    assert [q.value for q in event_quantities(clashes, QUANTITIES.get(doc) or [], [], "CONSULT")] == [8]


def test_nationality_is_the_country_not_part_of_the_unit(nlp: Language) -> None:
    quantity = only(nlp, "Five hundred Ugandan rebels surrendered.")
    assert (quantity.value, quantity.unit, quantity.country) == (500, "rebels", "UGA")


def test_durations_are_not_counts(nlp: Language) -> None:
    assert quantities(nlp, "Drones struck once every three days.") == []


def test_losing_things_is_not_a_casualty(nlp: Language) -> None:
    assert only(nlp, "The army lost 3 tanks in the battle.").category == "count"


def test_nationals_counted_by_demonym(nlp: Language) -> None:
    quantity = only(nlp, "Soldiers arrested more than 100 Palestinians.")
    assert (quantity.value, quantity.category, quantity.country) == (100, "arrested", "PSE")
