"""Cues that gave no candidate before wave 24 (issue 20), on sentences written for accord.

* Verbs of feeling whose object feels about what their subject names ("the ruling angered Democrats"): the one
  who feels is the source, the subject the content — PARC (PolNeAR's guidelines) attributes a source's feelings
  about something. Not a passive ("was angered by", the feeling adjectives' frame), nor an object that feels
  nothing ("disturbed the schedule").
* Verbs of judging ("bashed the trade deal"), of liking and loathing ("executives love the pact"), as "like" and
  "dislike" already were, and verbs of appointing ("nominated the judge"), decrees the guidelines count.
* Verbs of depicting with an "as" phrase ("cast him as weak", "painted the governor as a puppet"), as
  "described … as"; without one they name deeds ("presented a plan").
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The senator's position on trade has angered some Democrats on the left.", "The senator's position on trade",
     "Democrats"),
    ("That frustrates many analysts, who expected a deal.", "That", "analysts"),
    ("The result did not surprise anyone in the room.", "The result", "anyone"),
])
def test_the_object_feels_about_the_subject(quote_pipeline: Pipeline, sentence: str, content: str,
                                            speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content
    assert_spoken_by(quote, speaker)


def test_an_expletive_subject_leaves_the_clause(quote_pipeline: Pipeline) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, "It angers me that the council ignored the vote."),
                          "the council ignored the vote")
    assert "angers" not in quote.text


@pytest.mark.parametrize("sentence", [
    "The storm disturbed the schedule for the week.",
    "The fire worried it.",
])
def test_no_feeler_no_attribution(quote_pipeline: Pipeline, sentence: str) -> None:
    assert not quotes_in(quote_pipeline, sentence)


@pytest.mark.parametrize("sentence, content, speaker", [
    ("Corporate executives love the trade pact, but unions distrust it.", "the trade pact", "executives"),
    ("Many voters loathe both parties.", "both parties", "voters"),
    ("The governor appointed a former banker as treasurer.", "a former banker as treasurer", "governor"),
    ("The president nominated Donald Trump for president.", "Donald Trump for president", "The president"),
])
def test_liking_and_appointing(quote_pipeline: Pipeline, sentence: str, content: str,
                                      speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert_spoken_by(quote, speaker)


def test_the_reader_teased_feels_nothing_attributed(quote_pipeline: Pipeline) -> None:
    assert not quotes_in(quote_pipeline, "The Mayor Just Named His Deputy. It Might Surprise You.")


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The senator cast himself as a Washington outsider.", "himself as a Washington outsider", "senator"),
    ("Critics painted the governor as a puppet of the oil industry.",
     "the governor as a puppet of the oil industry", "Critics"),
    ("The minister framed the vote as a test of loyalty.", "the vote as a test of loyalty", "minister"),
    ("The company positioned itself as the voice of small farmers.", "itself as the voice of small farmers",
     "company"),
])
def test_depicting_as(quote_pipeline: Pipeline, sentence: str, content: str, speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert_spoken_by(quote, speaker)


@pytest.mark.parametrize("sentence", [
    "The mayor presented a plan for new roads.",
    "They painted the house last week.",
])
def test_depicting_without_as_is_a_deed(quote_pipeline: Pipeline, sentence: str) -> None:
    assert not quotes_in(quote_pipeline, sentence)


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The governor bashed the trade deal at a rally in Ohio.", "the trade deal", "governor"),
    ("Union leaders commended the officers for their restraint.", "the officers for their restraint", "leaders"),
])
def test_verbs_of_judging(quote_pipeline: Pipeline, sentence: str, content: str, speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content
    assert_spoken_by(quote, speaker)


def test_the_feeling_is_the_outermost_attribution(quote_pipeline: Pipeline) -> None:
    # PARC keeps only the outermost of nested attributions: the mayor's anger holds the union's allegations
    quote = quote_holding(quotes_in(quote_pipeline, "The union's allegations of fraud at the port angered the mayor."),
                          "allegations of fraud")
    assert quote.text == "The union's allegations of fraud at the port"
    assert_spoken_by(quote, "mayor")
