"""Who holds a stance a noun names (issue 20), on sentences written for accord: a from- or among-phrase
("complaints from the unions that …"), a group named before the noun ("Republican opposition to the levy"), or no one
the text names ("opposition to the levy has grown": PARC attributes the stance without a source). A claim or
plan with no holder stays the writer's framing, and "the endorsement is the most potent" says nothing the
endorser said."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The mayor brushed aside complaints from the unions that the levy was unfair.", "that the levy was unfair",
     "the unions"),
    ("Republican opposition to the harbour levy hardened on Monday.", "the harbour levy", "Republican"),
    ("The treasurer repeated an admission from the mayor that the budget had slipped.",
     "that the budget had slipped", "the mayor"),
])
def test_the_holder_of_a_stance_noun(quote_pipeline: Pipeline, sentence: str, content: str,
                                     speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert_spoken_by(quote, speaker)


def test_a_stance_noun_without_a_holder_is_attributed_to_no_one(quote_pipeline: Pipeline) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, "Opposition to the harbour levy has grown."), "the harbour levy")
    assert quote.speaker is None


@pytest.mark.parametrize("sentence, words", [
    ("The claim that the levy was illegal spread quickly.", "that the levy was illegal"),
    ("The union endorsement is the most potent of all.", "the most potent of all"),
])
def test_no_attribution_without_a_holder_or_a_content(quote_pipeline: Pipeline, sentence: str,
                                                      words: str) -> None:
    assert not any(words in q.text for q in quotes_in(quote_pipeline, sentence))


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The senator's remarks about the harbour judge drew fire.", "the harbour judge", "senator"),
    ("The union's allegations of fraud at the port led the evening news.", "fraud", "union"),
])
def test_a_noun_of_saying_with_what_it_is_about(quote_pipeline: Pipeline, sentence: str, content: str,
                                                speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert_spoken_by(quote, speaker)


def test_a_noun_of_saying_on_a_day_says_when_not_what(quote_pipeline: Pipeline) -> None:
    assert not any(q.text == "Monday" for q in quotes_in(quote_pipeline, "The mayor's remarks on Monday were brief."))
