"""Verbs of praising and rebuking as object cues, and a naming verb's pronoun object (issue 20). "Extolled the
virtues of …", "harangued the crowd about …", "admonished the lawyers for …" attribute a stance toward their
object, as "praised" and "scolded" do; the noun "reprimand" is no verb cue. "Called it “a disgrace”" attributes
"it “a disgrace”": PARC's content holds the pronoun as it would a noun."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The president extolled the virtues of free trade.", "the virtues of free trade", "The president"),
    ("The mayor extols the new harbor plan at every stop.", "the new harbor plan", "The mayor"),
    ("The candidate harangued the crowd about the border.", "the crowd about the border", "The candidate"),
    ("The judge admonished the lawyers for their delays.", "the lawyers for their delays", "The judge"),
    ("The chairman reprimanded the staff for leaking the memo.", "the staff for leaking the memo", "The chairman"),
])
def test_praise_and_rebuke_verbs_attribute_their_object(quote_pipeline: Pipeline, sentence: str, content: str,
                                                         speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert_spoken_by(quote, speaker)


def test_the_noun_reprimand_is_no_verb_cue(quote_pipeline: Pipeline) -> None:
    assert not any(q.cue and "reprimand" in q.cue for q in quotes_in(quote_pipeline,
                                                                   "The union received a reprimand from the board."))


@pytest.mark.parametrize("sentence, content", [
    ('She praised his record, calling him "a true reformer."', 'him "a true reformer'),
    ("The senator called it a disgrace on Monday.", "it a disgrace"),
    ('The chairman described them as "reckless" in a letter.', 'them as "reckless"'),
])
def test_a_naming_verbs_pronoun_object_is_part_of_the_content(quote_pipeline: Pipeline, sentence: str,
                                                                content: str) -> None:
    """PARC's content of "called it X" is "it X": the pronoun names what is characterised, as a noun would."""
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.cue is not None and quote.cue.split()[0] in ("calling", "called", "described"), quote.cue
    assert len(quote.cue.split()) == 1, quote.cue


@pytest.mark.parametrize("sentence, content", [
    ("The council passed what the mayor called a reckless budget.", "a reckless budget"),
    ('She met the envoy, whom the papers described as "a quiet fixer".', "a quiet fixer"),
])
def test_a_fronted_relative_object_stays_outside_the_content(quote_pipeline: Pipeline, sentence: str,
                                                                content: str) -> None:
    """"what X called Y": the relative word is no part of what X said; the characterisation alone is."""
    quotes = quotes_in(quote_pipeline, sentence)
    quote = quote_holding(quotes, content)
    assert not quote.text.lower().startswith(("what", "whom")), quote.text
