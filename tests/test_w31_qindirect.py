"""A cue inside a relative clause whose content is an infinitive, an object or a clause with a gap (wave 31,
issue 20): what fills the gap — the relative word, or the noun phrase a clause without one hangs on — is a piece
of the same attribution as the content after the cue (PARC's content is both; the scorer joins the pieces)."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import quotes_in


@pytest.mark.parametrize("sentence, filler, content, speaker", [
    # an infinitive: the relative word is the object of the wanted act
    # (the parser hangs "which" on "repeal": the content still starts at "to", see test_w31_mend_q.py)
    ("It was a tariff which the mayor has promised to repeal next spring.",
     "which", "to repeal next spring", "the mayor"),
    ("It was a bill that the senator refused to sign after the vote.", "that", "to sign after the vote", "the senator"),
    # a free relative: "what" is the object of the wanted act
    ("That was what the senator wanted to hear from him.", "what", "to hear from him", "the senator"),
    # no relative word: the noun phrase the clause hangs on fills the gap
    ("It is the reform the opposition hopes to block in the autumn.",
     "the reform", "to block in the autumn", "the opposition"),
    ("The dam is a project the engineers say will flood three villages.",
     "a project", "will flood three villages", "the engineers"),
])
def test_the_gap_filler_and_the_content_are_one_attribution(
    quote_pipeline: Pipeline, sentence: str, filler: str, content: str, speaker: str
) -> None:
    quotes = quotes_in(quote_pipeline, sentence)
    pieces = [q for q in quotes if q.text in (filler, content)]
    assert [q.text for q in pieces] == [filler, content], [(q.text, q.cue) for q in quotes]
    assert pieces[0].attribution == pieces[1].attribution
    assert all(q.speaker is not None and q.speaker.text == speaker for q in pieces)


@pytest.mark.parametrize("sentence, absent", [
    ("Voters met the candidate who said the tax was unfair.", "who"),  # the relative word is the source
    ("The bill divided two senators, both of whom opposed the tariff last year.", "two senators"),  # so here
    ("There is a partisan split: a clear majority of farmers support building the dam.", "a partisan split"),
    ("This is the hall where she said the tax was unfair.", "the hall"),  # a place: no gap in the content
    ("This is the hall where she said the tax was unfair.", "where"),
    ("The mayor has promised to repeal the tariff next spring.", "the mayor"),  # no relative clause
])
def test_no_gap_piece_where_nothing_fills_a_gap(quote_pipeline: Pipeline, sentence: str, absent: str) -> None:
    quotes = quotes_in(quote_pipeline, sentence)
    assert quotes, sentence
    assert not any(q.text == absent for q in quotes), [(q.text, q.cue) for q in quotes]


@pytest.mark.parametrize("sentence, gap, completion", [
    ("She attacked the report, which the minister blamed for the panic in the markets.",
     "which", "for the panic in the markets"),
    ("It was the law that many economists blame for the slump.", "that", "for the slump"),
])
def test_a_gapped_object_keeps_what_completes_it(quote_pipeline: Pipeline, sentence: str, gap: str,
                                                 completion: str) -> None:
    # "blamed the report for the panic": with the object moved out as a relative word, the grounds after the
    # verb are still part of what is attributed
    quotes = quotes_in(quote_pipeline, sentence)
    pieces = [q for q in quotes if q.text in (gap, completion)]
    assert [q.text for q in pieces] == [gap, completion], [(q.text, q.cue) for q in quotes]
    assert pieces[0].attribution == pieces[1].attribution


def test_a_circumstance_after_a_gapped_object_is_no_completion(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The union criticized the pact, which the senator opposed in May.")
    assert not any(q.text == "in May" for q in quotes), [(q.text, q.cue) for q in quotes]
    assert any(q.text == "which" and q.cue == "opposed" for q in quotes), [(q.text, q.cue) for q in quotes]
