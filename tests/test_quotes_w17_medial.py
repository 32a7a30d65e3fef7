"""Content split by an attribution set between commas (issue 20), on sentences written for accord: PARC keeps
one attribution whose content runs on both sides. A clause the parser coordinated with an inverted cue goes on
with what was said ("…, said the mayor, but …"), an apposition to an inverted speaker is skipped, the subject
right after an inverted cue is the speaker, and a cue with a that-clause of its own is no aside even when a dash
follows the "that"."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Quote
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


def _pieces(quotes: list[Quote], first: str, second: str) -> tuple[Quote, Quote]:
    one, two = quote_holding(quotes, first), quote_holding(quotes, second)
    assert one.attribution is not None and one.attribution == two.attribution, (one, two)
    return one, two


@pytest.mark.parametrize("sentence, first, second, speaker", [
    ("The budget is too small, said the mayor, but the council will not raise it.", "The budget is too small",
     "the council will not raise it", "the mayor"),
    ("Instead of cutting the fees again, said Ana Ruiz, a spokeswoman for the port, the board wants them frozen.",
     "Instead of cutting the fees again", "the board wants them frozen", "Ana Ruiz"),
    ("The treaty, said the minister, would protect fishing rights for a decade.", "The treaty",
     "would protect fishing rights", "the minister"),
])
def test_content_on_both_sides_of_the_attribution(quote_pipeline: Pipeline, sentence: str, first: str,
                                                  second: str, speaker: str) -> None:
    one, two = _pieces(quotes_in(quote_pipeline, sentence), first, second)
    assert_spoken_by(one, speaker)
    assert "spokeswoman" not in one.text + two.text


def test_a_participle_before_the_attribution_tells_when_it_was_said(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "Asked about the delay, the mayor said, the council had run out of money.")
    quote_holding(quotes, "the council had run out of money")
    assert not any("Asked about the delay" in q.text for q in quotes)


def test_a_cue_with_its_own_that_clause_is_no_aside(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "Though many voters remain wary of both plans, the latest surveys show that "
                                       "— for the moment — the council is gaining ground.")
    quote = quote_holding(quotes, "the council is gaining ground")
    assert quote.text.startswith("that")
    assert not any("remain wary" in q.text and q.cue == quote.cue for q in quotes)
