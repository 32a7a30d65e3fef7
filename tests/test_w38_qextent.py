"""Where a reported content starts (branch w38-qextent), on sentences written for accord: after a passive or
bare-participle verb of asking, the preposition that links the cue to what is asked about belongs to the cue,
not the content (PolNeAR's guidelines keep such a preposition with the verb group, "called for a cease fire"),
as the active "commented on the plan" is already read. The preposition's object is the content, whatever it is
(a noun phrase, a gerund, a whether-clause)."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import quote_holding, quotes_in


@pytest.mark.parametrize("sentence, content", [
    ("Asked about the harbour tolls, the ferry captain shrugged.", "the harbour tolls"),
    ("Pressed again about the missing ledgers, the treasurer left the room.", "the missing ledgers"),
    ("The librarian was asked about closing the east wing on Sundays.", "closing the east wing"),
    ("The librarian was asked about whether the east wing would close.", "whether the east wing would close"),
])
def test_the_linking_preposition_stays_with_the_cue(quote_pipeline: Pipeline, sentence: str, content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text.startswith(content), quote.text


@pytest.mark.parametrize("sentence, content", [
    # near-misses: "about" as an adverb of amount opens the content itself; an active cue's object with its
    # own "about" phrase keeps it (what the question is about is part of what was asked)
    ("The ferry captain said about forty boats had left the harbour.", "about forty boats had left the harbour"),
    ("The pilot asked a question about the harbour tolls.", "a question about the harbour tolls"),
])
def test_an_about_that_links_no_cue_stays(quote_pipeline: Pipeline, sentence: str, content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content, quote.text


# --- a "to" phrase after a stance's object: a goal, not the setting of the saying --------------------------------
# "to" names where words were said only with a medium they are put on ("posted it to his page"); an occasion or a
# gathering after "to" is where the one named is challenged, named or invited to go, and completes the content.

@pytest.mark.parametrize("sentence, content", [
    ("The fishermen's union challenged the harbour master to a public debate.",
     "the harbour master to a public debate"),
    ("The governor named the retired judge to the appeals court.", "the retired judge to the appeals court"),
])
def test_a_to_phrase_naming_an_occasion_completes_the_content(quote_pipeline: Pipeline, sentence: str,
                                                             content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content.split(" to ")[0])
    assert quote.text == content, quote.text


@pytest.mark.parametrize("sentence, content", [
    # near-misses: "at" and "in" still open the occasion of the saying; the stance ends before it
    ("The fishermen's union praised the harbour master at a rally on the pier.", "the harbour master"),
    ("The fishermen's union criticized the harbour master in an interview.", "the harbour master"),
])
def test_an_occasion_at_or_in_stays_the_setting(quote_pipeline: Pipeline, sentence: str, content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content, quote.text
