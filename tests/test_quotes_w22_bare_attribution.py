"""A quotation handed on by a comma to a bare clause of a subject and its verb (issue 20, wave 22): news frames
direct speech with verbs of manner and reaction as well as of saying ("“…,” the governor fumed", "“…,” she shot
back"); the subject of such a clause is the speaker, whatever the verb. A verb with words of its own after the
quotation (an object, a clause) tells of something else."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("“That is a lie and everyone on this council knows it,” the treasurer fumed.",
     "That is a lie and everyone on this council knows it", "fumed", "treasurer"),
    ("“We will not be pushed around by a landlord,” Okafor shot back.",
     "We will not be pushed around by a landlord", "shot", "Okafor"),
    ("“I have never seen a budget like this one,” Delgado reacted on the radio.",
     "I have never seen a budget like this one", "reacted", "Delgado"),
    ("“You should all be ashamed of yourselves,” the chairwoman snapped at the board.",
     "You should all be ashamed of yourselves", "snapped", "chairwoman"),
    ("“It is over for them,” the senator laughed, shaking his head.",
     "It is over for them", "laughed", "senator"),
])
def test_a_bare_clause_after_a_quotation_names_its_speaker(
        quote_pipeline: Pipeline, text: str, content: str, cue: str, speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, text), content)
    assert quote.cue == cue
    assert_spoken_by(quote, speaker)


def test_the_rest_of_a_quotation_after_a_bare_attribution_is_the_same_speaker_s(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "“We have a long road ahead of us,” the coach went on. “But we will get there.”")
    first = quote_holding(quotes, "We have a long road ahead of us")
    second = quote_holding(quotes, "But we will get there")
    assert_spoken_by(first, "coach")
    assert_spoken_by(second, "coach")


@pytest.mark.parametrize("text, content", [
    # a title in marks, then a clause about the work: no speech
    ("“Harbor Lights,” the play about the fishermen, opened downtown in May and won two prizes.", "Harbor Lights"),
    # a relative clause after the quotation describes it
    ("“The Long Winter,” which she wrote in 1990, sold well.", "The Long Winter"),
])
def test_a_clause_that_is_not_bare_attributes_nothing(quote_pipeline: Pipeline, text: str, content: str) -> None:
    quotes = [q for q in quotes_in(quote_pipeline, text) if content in q.text]
    assert all(q.cue is None for q in quotes), [(q.text, q.cue) for q in quotes]


def test_a_quotation_closed_by_a_full_stop_is_not_framed_by_the_next_sentence(quote_pipeline: Pipeline) -> None:
    """“…” closed by its own full stop ends the sentence: the subject and verb after it start a new one."""
    quotes = quotes_in(quote_pipeline, "The mayor spoke first. “We will rebuild the bridge.” The crowd cheered.")
    quote = quote_holding(quotes, "We will rebuild the bridge")
    assert quote.cue != "cheered"


@pytest.mark.parametrize("text, content, speaker", [
    ("“The new tax plan is a gift to the lobbyists,” Will wrote in his weekly column.",
     "The new tax plan is a gift to the lobbyists", "Will"),
    ("“We must hold the vote before the summer,” May said on Tuesday.",
     "We must hold the vote before the summer", "May"),
])
def test_a_name_the_tagger_read_as_a_modal_speaks(
        quote_pipeline: Pipeline, text: str, content: str, speaker: str) -> None:
    """A modal takes the bare verb ("will write"); before a finite verb a capitalised "Will" or "May" is a name."""
    quote = quote_holding(quotes_in(quote_pipeline, text), content)
    assert_spoken_by(quote, speaker)


def test_a_real_modal_before_the_cue_is_no_speaker(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The senator said the vote will fail.")
    quote = quote_holding(quotes, "the vote will fail")
    assert_spoken_by(quote, "senator")


def test_you_know_after_a_quotation_is_a_filler(quote_pipeline: Pipeline) -> None:
    text = "Ask any hunter in the valley about it. “Shells cost more every single year,” you know."
    quotes = quotes_in(quote_pipeline, text)
    assert not any(q.direct and q.cue == "know" for q in quotes), [(q.text, q.cue, q.direct) for q in quotes]
