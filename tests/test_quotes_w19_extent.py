"""Where reported content ends (issue 20, wave 19), on sentences written for accord. The saying's channel,
listener or go-between closes no content ("claimed victory in a post", "offered an apology to the residents",
"denied it through a spokesman"), while a phrase that completes the content stays ("likened the plan to earlier
failures"), and an infinitive keeps the adjuncts of its own event. A characterisation never ends inside a
hyphenated word ("pro-business") nor inside the quotation it opens."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import quote_holding, quotes_in


@pytest.mark.parametrize("sentence, content", [
    ("The coach shared the news on social media.", "the news"),
    ("The candidate claimed victory in a statement.", "victory"),
    ("The mayor offered an apology to the residents.", "an apology"),
    ("The senator bragged about the deal to reporters.", "the deal"),
    ("The minister denied the allegations through a spokesman.", "the allegations"),
])
def test_the_sayings_channel_or_listener_is_no_content(quote_pipeline: Pipeline, sentence: str,
                                                         content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content, quote


@pytest.mark.parametrize("sentence, content", [
    ("The senator likened the plan to earlier failures.", "the plan to earlier failures"),
    ("He said the mayor praised the budget in an interview.", "the mayor praised the budget in an interview"),
    ("The company said it would sell the plant to investors.", "it would sell the plant to investors"),
    ("The minister denied any ties to the Northern Alliance.", "any ties to the Northern Alliance"),
])
def test_a_phrase_that_belongs_to_the_content_stays(quote_pipeline: Pipeline, sentence: str, content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content, quote


@pytest.mark.parametrize("sentence, content", [
    ('Brown called himself "pro-business" in the speech.', 'himself "pro-business"'),
    ('The mayor describes herself as "totally pro-union" and cautious.', 'herself as "totally pro-union"'),
])
def test_a_characterisation_ends_with_its_hyphenated_word(quote_pipeline: Pipeline, sentence: str,
                                                          content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content, quote


def test_a_characterisation_runs_to_the_end_of_its_quotation(quote_pipeline: Pipeline) -> None:
    sentence = ('The aide describes her as "the strongest voice in the room, not only in good times, but in bad '
                'times."')
    quote = quote_holding(quotes_in(quote_pipeline, sentence), "the strongest voice")
    assert quote.text.rstrip('."').endswith("but in bad times"), quote


@pytest.mark.parametrize("sentence, first, second", [
    ("The minister said the talks would resume next week, even though aides doubt a deal is near.",
     "the talks would resume next week", "a deal is near"),
    ("The union accused the company of stalling while workers warned of a strike.",
     "the company of stalling", "a strike"),
    ("She said the plan would pass, though she did not discuss its cost.", "the plan would pass", "its cost"),
])
def test_a_content_ends_before_a_conceding_clause_with_its_own_cue(quote_pipeline: Pipeline, sentence: str,
                                                                    first: str, second: str) -> None:
    quotes = quotes_in(quote_pipeline, sentence)
    assert quote_holding(quotes, first).text == first, quotes
    assert quote_holding(quotes, second).text == second, quotes


@pytest.mark.parametrize("sentence, content", [
    ("He said he quit because he believed the policy was wrong.",
     "he quit because he believed the policy was wrong"),
    ("The mayor said the city would grow while the suburbs shrink.", "the city would grow while the suburbs shrink"),
    ("The survey found that young voters favored the mayor, while older voters favored his rival.",
     "young voters favored the mayor, while older voters favored his rival"),
    ("The mayor said the city had been slow to act as it dealt with families arriving and claiming aid.",
     "the city had been slow to act as it dealt with families arriving and claiming aid"),
])
def test_a_clause_of_reason_or_contrast_without_saying_stays_in_the_content(quote_pipeline: Pipeline,
                                                                            sentence: str, content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content.split(",")[0])
    assert content in quote.text, quote
