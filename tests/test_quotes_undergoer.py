"""Stances whose content is not the object after the verb, and speakers a cue borrows from the verb it hangs on
(issue 20), on sentences written for accord:

* the passive with an agent ("the levy was opposed by the farmers" is "the farmers opposed the levy"), a
  participle with an agent describing its noun ("the levy, backed by the mayor"), and the gap of a relative
  clause (the relative word, or the noun the clause describes when there is none);
* a gerund after a preposition has the subject of the verb the preposition modifies ("hit back by accusing
  him of …"); a verb coordinated with a passive shares its subject ("was forced to retreat and said …")."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The new parking levy was opposed by most shopkeepers in the town.", "The new parking levy", "shopkeepers"),
    ("The zoning plan, backed by the mayor, passed on Monday.", "The zoning plan", "the mayor"),
    ("The council dropped the toll, which the farmers had fiercely opposed.", "which", "the farmers"),
    ("Her break with the treaty - a pact she once praised - surprised her allies.", "a pact", "she"),
])
def test_the_stance_is_toward_what_the_verb_leaves_before_it(
    quote_pipeline: Pipeline, sentence: str, content: str, speaker: str
) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content
    assert_spoken_by(quote, speaker)


@pytest.mark.parametrize("sentence, words", [
    ("The harbour master, who was backed by the unions, resigned.", "who"),  # the relative word is a person
    ("The report seen by the committee was short.", "The report"),  # what was seen is not judged
    ("It was the day when she announced her plans.", "the day"),  # no object gap
    ("The candidate who opposed the toll lost.", "The candidate"),  # the relative word is the source
])
def test_no_undergoer_content(quote_pipeline: Pipeline, sentence: str, words: str) -> None:
    assert not any(q.text == words for q in quotes_in(quote_pipeline, sentence))


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The union hit back at the mayor by accusing her of breaking the deal.", "her of breaking the deal",
     "The union"),
    ("Instead of praising the budget, the treasurer said it was too thin.", "the budget", "the treasurer"),
    ("By evening the senator was forced into a retreat and said that his words had been twisted.",
     "that his words had been twisted", "the senator"),
])
def test_the_speaker_comes_from_the_verb_the_cue_depends_on(
    quote_pipeline: Pipeline, sentence: str, content: str, speaker: str
) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert_spoken_by(quote, speaker)


# --- the agentless passive of an object verb: its subject is the content, with no source ----------------

@pytest.mark.parametrize("sentence, content", [
    ("The merger of the two dairies was announced on Tuesday.", "The merger of the two dairies"),
    ("The new parking levy was widely criticized.", "The new parking levy"),
    ("The breach of the county servers had been reported earlier.", "The breach of the county servers"),
])
def test_agentless_passive_attributes_its_subject(quote_pipeline: Pipeline, sentence: str, content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content
    assert quote.speaker is None


@pytest.mark.parametrize("sentence, words", [
    ("He was criticized on Monday.", "He"),  # a person treated so, not what was said
    ("Mayor Alvarez was praised for the new park.", "Mayor Alvarez"),
    ("The old mill was described at length.", "The old mill"),  # naming: what is named is no content
])
def test_no_content_from_an_actor_or_a_named_thing(quote_pipeline: Pipeline, sentence: str, words: str) -> None:
    assert not any(q.text == words for q in quotes_in(quote_pipeline, sentence))


# --- a clause verb whose subject the parse lost, or that has none: the clause is reported, with no source --

@pytest.mark.parametrize("sentence, content", [
    ("It is worth pointing out that the ferry has never been late.", "that the ferry has never been late"),
])
def test_a_stated_clause_with_no_subject_is_attributed_without_a_source(
    quote_pipeline: Pipeline, sentence: str, content: str
) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content
    assert quote.speaker is None


@pytest.mark.parametrize("sentence, words", [
    ("Note that the ferry has never been late.", "that the ferry has never been late"),  # an imperative
    ("The memo, noting that the ferry was late, was filed.", "that the ferry was late"),  # describes a noun
])
def test_no_unsourced_clause_from_an_imperative_or_a_modifier(quote_pipeline: Pipeline, sentence: str,
                                                              words: str) -> None:
    assert not any(q.text == words and q.speaker is None for q in quotes_in(quote_pipeline, sentence))


# --- a to-infinitive right after a verb that takes one is its complement, whatever the parser labelled it --

@pytest.mark.parametrize("sentence, content, speaker", [
    ("Farmers vow to block the new highway.", "to block the new highway", "Farmers"),
    ("The mayor promised on Monday to rebuild the bridge.", "to rebuild the bridge", "The mayor"),
])
def test_adjacent_infinitive_is_the_complement(quote_pipeline: Pipeline, sentence: str, content: str,
                                               speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content
    assert_spoken_by(quote, speaker)


def test_an_infinitive_of_purpose_after_an_object_is_no_content(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The mayor met the farmers on Monday to plan the route.")
    assert not any(q.text == "to plan the route" for q in quotes)
