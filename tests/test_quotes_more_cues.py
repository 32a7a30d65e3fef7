"""Verbs of seeking, judging and setting out as stance cues, verbs of persuading and positing as speech, a
preposition cue or two more, a bare "it" after a verb of stance, and a lemma the lemmatiser spells with a stray
-e (issue 20), on sentences written for accord."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.quotes.lexicon import load_lexicon
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The mayor now seeks a second term.", "a second term", "The mayor"),
    ("The union leader assailed the pension reform.", "the pension reform", "The union leader"),
    ("The treasurer outlined her plan for the harbour.", "her plan for the harbour", "The treasurer"),
    ("The farmers balked at the new fees.", "the new fees", "The farmers"),
    ("The shopkeepers opposed it.", "it", "The shopkeepers"),
    ("The mayor convinced the council that the levy was fair.", "that the levy was fair", "The mayor"),
    ("The pollster hypothesized the senator could lose the seat.", "the senator could lose the seat",
     "The pollster"),
])
def test_the_cue_attributes_its_object(quote_pipeline: Pipeline, sentence: str, content: str,
                                       speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, "The council met on Friday. " + sentence), content)
    assert quote.text == content
    assert_spoken_by(quote, speaker)


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The treasurer says reckless things.", "reckless things", "The treasurer"),
    ("The mayor answered a question about the harbour levy.", "a question about the harbour levy", "The mayor"),
])
def test_a_verb_of_saying_with_a_noun_object(quote_pipeline: Pipeline, sentence: str, content: str,
                                             speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content
    assert_spoken_by(quote, speaker)


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The talks on the levy failed, said the minister.", "The talks on the levy failed", "the minister"),
    ("The minister said Tuesday the talks had failed.", "the talks had failed", "The minister"),
])
def test_the_clause_still_wins_over_a_noun_after_say(quote_pipeline: Pipeline, sentence: str, content: str,
                                                     speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert_spoken_by(quote, speaker)


def test_a_stray_final_e_on_the_lemma_is_dropped() -> None:
    lexicon = load_lexicon()
    assert lexicon.lemma_of("retweete", "retweeted") == "retweet"
    assert lexicon.lemma_of("hop", "hoped") == "hope"
    assert lexicon.lemma_of("state", "stated") == "state"


def test_a_bare_it_after_a_verb_of_saying_stays_empty(quote_pipeline: Pipeline) -> None:
    assert not any(q.text == "it" for q in quotes_in(quote_pipeline, "The mayor said it himself."))
