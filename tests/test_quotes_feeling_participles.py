"""Participles of feeling with what the feeling is about in a prepositional phrase, and attitude adjectives set
beside a clause or a noun (issue 20, wave 28), on sentences written for accord.

* The past participle of a verb of feeling (experiencer_verbs) is an adjective of feeling: "the growers were
  troubled by the water rules" says what the growers feel about the rules, as "the rules troubled the growers"
  does (PARC attributes a source's feelings about something). The passive's "by" and "at", "over", "about",
  "with" carry the content; the one who feels is the source, and must be one who can feel.
* An adjective phrase of attitude or feeling set beside a clause belongs to the clause's subject ("Wary of the
  unions, the governor …"), one right after a noun to that noun ("growers angered by the ruling …").
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The fishermen were troubled by the new cod quota.", "the new cod quota", "fishermen"),
    ("Senator Alvarez was angered over the delay in the vote.", "the delay in the vote", "Alvarez"),
    ("Many parents are horrified at the cost of the new school buses.", "the cost of the new school buses",
     "parents"),
    ("The nurses' union was disappointed by the hospital's offer.", "the hospital's offer", "union"),
])
def test_a_participle_of_feeling_feels_about_its_object(quote_pipeline: Pipeline, sentence: str, content: str,
                                                        speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content
    assert not quote.direct
    assert_spoken_by(quote, speaker)


@pytest.mark.parametrize("sentence, content, speaker", [
    ("Frustrated with the pace of the talks, the union called a strike.", "the pace of the talks", "union"),
    ("Critical of the budget, Mayor Okafor voted against it.", "the budget", "Okafor"),
    ("Voters angered by the ruling marched to the capitol.", "the ruling", "Voters"),
    ("The governor, wary of the unions, delayed the vote on pensions.", "the unions", "governor"),
    ("Many farmers were surprised and dismayed at the new tariff.", "the new tariff", "farmers"),
    ("Several senators are tired and skeptical about the treaty.", "the treaty", "senators"),
])
def test_an_adjective_beside_a_clause_noun_or_predicate(quote_pipeline: Pipeline, sentence: str, content: str,
                                              speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content
    assert_spoken_by(quote, speaker)


@pytest.mark.parametrize("sentence", [
    "The schedule was disturbed by the storm.",
    "The old bridge, alarmed by nothing, stood for a century.",
    # "of the plan" hangs on "critical", an adjective set before its noun ("report"): it attributes nothing
    "A critical of the plan report came out on Monday.",
    "After the founder left in May, the bank, its main lender, committed to a new loan.",
])
def test_nothing_that_feels_nothing_attributed(quote_pipeline: Pipeline, sentence: str) -> None:
    assert not quotes_in(quote_pipeline, sentence)


@pytest.mark.parametrize("sentence", [
    "Children in the camps were stunted by malnutrition.",
    "Many of the village boys were stunted by years of hunger.",
])
def test_an_ed_word_is_no_participle_of_feeling_by_a_stem_its_spelling_does_not_give(
        quote_pipeline: Pipeline, sentence: str) -> None:
    """"stunted" is "stunt" (no doubled consonant: not "stun"), and attributes nothing."""
    assert not quotes_in(quote_pipeline, sentence)


def test_a_doubled_consonant_participle_of_feeling_still_feels(quote_pipeline: Pipeline) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, "The miners were stunned by the verdict."), "the verdict")
    assert quote.text == "the verdict"
    assert_spoken_by(quote, "miners")


@pytest.mark.parametrize("sentence", [
    "The bank, troubled by bad loans, cut 500 jobs.",
    "Apple, troubled by weak sales, closed two stores in Ohio.",
])
def test_a_company_beside_a_participle_of_feeling_feels_nothing(quote_pipeline: Pipeline, sentence: str) -> None:
    """A participle right after a noun holds a feeling only of a person or group of people."""
    assert not quotes_in(quote_pipeline, sentence)


@pytest.mark.parametrize("sentence, content, speaker", [
    ("Residents, alarmed by the fire, fled their homes.", "the fire", "Residents"),
    ("Senator Diaz, troubled by the report, called a hearing.", "the report", "Diaz"),
    ("Nurses, troubled by the new rota, walked out.", "the new rota", "Nurses"),
])
def test_people_beside_a_participle_of_feeling_feel(quote_pipeline: Pipeline, sentence: str, content: str,
                                                    speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content
    assert_spoken_by(quote, speaker)
