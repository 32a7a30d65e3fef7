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
])
def test_a_phrase_that_belongs_to_the_content_stays(quote_pipeline: Pipeline, sentence: str, content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content, quote


@pytest.mark.parametrize("sentence, content", [
    ('Brown called himself "pro-business" in the speech.', "pro-business"),
    ('The mayor describes herself as "totally pro-union" and cautious.', "totally pro-union"),
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
