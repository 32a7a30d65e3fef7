"""A cue inside a relative clause (issue 20): PARC's content is the relative word and the clause after the cue,
two pieces of one attribution; the noun the relative word stands for, the source and the cue stay out."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import quotes_in


@pytest.mark.parametrize("sentence, relative, clause, speaker", [
    ("The mayor gave a long speech, which even her critics say was the best of her career.",
     "which", "was the best of her career", "her critics"),
    ("The council passed the tax, which the treasurer said would pay for new schools.",
     "which", "would pay for new schools", "the treasurer"),
    ("She was the candidate who the pollsters believed was gaining ground.",
     "who", "was gaining ground", "the pollsters"),
])
def test_the_relative_word_and_the_clause_are_one_attribution(
    quote_pipeline: Pipeline, sentence: str, relative: str, clause: str, speaker: str
) -> None:
    quotes = quotes_in(quote_pipeline, sentence)
    pieces = [q for q in quotes if q.text in (relative, clause)]
    assert [q.text for q in pieces] == [relative, clause], [(q.text, q.cue) for q in quotes]
    assert pieces[0].attribution == pieces[1].attribution
    assert all(q.speaker is not None and q.speaker.text == speaker for q in pieces)


@pytest.mark.parametrize("sentence", [
    "The mayor, who said the budget was balanced, left early.",  # the relative word is the source
    "The treasurer said the tax, which passed on Monday, would pay for new schools.",  # no cue in the clause
])
def test_no_relative_piece_when_the_relative_word_is_not_in_the_content(quote_pipeline: Pipeline,
                                                                        sentence: str) -> None:
    assert not any(q.text in ("which", "who") for q in quotes_in(quote_pipeline, sentence))
