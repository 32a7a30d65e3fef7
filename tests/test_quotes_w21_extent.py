"""Where a quotation's speech goes on (issue 20, wave 21), on sentences written for accord. A quotation with no
cue that opens the sentence after an attributed one goes on with its speech (one attribution, PARC), also
when words in marks that are not speech (a title, a scare-quoted term) lie in the attribution's sentence
between the two, and when the quotation before it is closed by two marks (''A.'' ''B.''). Marks in a later
sentence of the writer's own break the chain."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize("text", [
    '"We will win this," the mayor told a crowd after she took the stage to "Fight Song." '
    '"And we will do it together."',
    "''We will win this,'' the mayor told a crowd after she took the stage to ''Fight Song.'' "
    "''And we will do it together.''",
    '"It is hard work," the welder said, describing how she shapes the "long bends" of each frame. '
    '"And the crew is like family."',
])
def test_a_quotation_goes_on_past_marked_words_in_the_attribution(quote_pipeline: Pipeline, text: str) -> None:
    quotes = quotes_in(quote_pipeline, text)
    first = quote_holding(quotes, "We will win this" if "win" in text else "It is hard work")
    second = quote_holding(quotes, "together" if "win" in text else "like family")
    assert second.attribution == first.attribution, quotes
    assert_spoken_by(second, "mayor" if "win" in text else "welder")


def test_a_quotation_after_the_writers_own_sentence_does_not_go_on(quote_pipeline: Pipeline) -> None:
    text = ('"We will win this," the mayor told a crowd. The band then played "Fight Song." '
            '"And we will do it together."')
    quotes = quotes_in(quote_pipeline, text)
    first = quote_holding(quotes, "We will win this")
    second = quote_holding(quotes, "together")
    assert second.attribution != first.attribution, quotes


def test_a_cue_set_into_the_next_sentence_is_not_the_closed_quotations(quote_pipeline: Pipeline) -> None:
    text = ('"We are a quiet town," said Ann Lee, a retired nurse. "Nobody expected this." '
            'Maybe, she said, the town had simply grown too fast.')
    quotes = quotes_in(quote_pipeline, text)
    first = quote_holding(quotes, "We are a quiet town")
    second = quote_holding(quotes, "Nobody expected this")
    assert second.attribution == first.attribution, quotes
    later = quote_holding(quotes, "the town had simply grown too fast")
    assert later.attribution != first.attribution and not later.direct, quotes


def test_a_bare_attribution_after_a_closed_quotation_still_attributes_it(quote_pipeline: Pipeline) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, '"Nobody expected this at all." The nurse said.'), "Nobody")
    assert_spoken_by(quote, "nurse")


@pytest.mark.parametrize("sentence, content, speaker", [
    ("Farm groups across the state are expressing concern about the new tariff.", "the new tariff", "Farm groups"),
    ("Many members voiced strong support for the mayor.", "the mayor", "members"),
    ("The governor expressed opposition to the pipeline.", "the pipeline", "governor"),
])
def test_a_light_verb_carries_a_bare_stance_noun(quote_pipeline: Pipeline, sentence: str, content: str,
                                                 speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content, quote
    assert_spoken_by(quote, speaker)


@pytest.mark.parametrize("sentence, content", [
    ("The governor expressed her opposition to the pipeline.", "her opposition to the pipeline"),
    ("Several senators voiced the frustration of rural voters.", "the frustration of rural voters"),
])
def test_an_owned_or_determined_stance_noun_stays_the_verbs_content(quote_pipeline: Pipeline, sentence: str,
                                                                   content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, sentence), content)
    assert quote.text == content, quote


def test_marks_in_a_new_paragraph_do_not_go_on_past_marked_words(quote_pipeline: Pipeline) -> None:
    text = ('The prime minister said Monday that he will "form a stable government" and insisted that his party '
            'was "still the first force in the country."\n\n"Quiet driver" takes the title in a close race')
    quotes = quotes_in(quote_pipeline, text)
    assert not any("Quiet driver" in q.text and "stable government" in q.text for q in quotes), quotes
