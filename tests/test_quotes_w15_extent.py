"""Issue 20, wave 15, on sentences written for accord: a quotation split by its attribution stays one
attribution however long the speaker's apposition or whatever rule found the first piece; an object content
ends before an adjunct that sets the saying in time, means or purpose."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize(("text", "first", "second", "speaker"), [
    # a long apposition after the speaker: the second piece still follows the attribution in its sentence
    ("\u201cThe harbour used to belong to the fishermen,\u201d said Ines Moreau, head of the coastal studies "
     "programme at the Southern Maritime Institute in Brest, \u201cbut it is slowly passing to the yachts.\u201d",
     "belong to the fishermen", "passing to the yachts", "Ines Moreau"),
    # no comma before the closing mark, the next sentence a quotation of its own
    ('"We have waited for months while gossip spread about the merger from people hiding behind anonymity" '
     'said Karl Jensen, a union spokesman. "When nobody knows the terms, it is reckless to guess at them."',
     "waited for months", "reckless to guess", "Karl Jensen"),
])
def test_a_quotation_split_by_its_attribution_is_one_attribution(
        quote_pipeline: Pipeline, text: str, first: str, second: str, speaker: str) -> None:
    quotes = quotes_in(quote_pipeline, text)
    one, two = quote_holding(quotes, first), quote_holding(quotes, second)
    assert one.attribution == two.attribution
    assert_spoken_by(two, speaker)


def test_a_quotation_inside_a_later_cue_s_content_is_not_the_first_one_s(quote_pipeline: Pipeline) -> None:
    text = ("\u201cHeavy rain upstream could flood the villages below,\u201d the engineer Rosa Blanco wrote on "
            "Sunday, adding that if the levee fails, \u201csaving the mill would take a miracle.\u201d")
    quotes = quotes_in(quote_pipeline, text)
    first = quote_holding(quotes, "flood the villages")
    later = quote_holding(quotes, "saving the mill")
    assert later.attribution != first.attribution
    assert later.cue is not None and later.cue.startswith("add")


@pytest.mark.parametrize(("text", "content"), [
    ("The brewery announced the closure after losing its biggest customer.", "the closure"),
    ("The union accused the board of stalling in order to delay the strike.",
     "the board of stalling in order to delay the strike"),
    ("The coach praised the young goalkeeper during the press conference.", "the young goalkeeper"),
    ("The minister reminded farmers about the new quotas in order to avoid confusion.",
     "farmers about the new quotas"),
    ("The candidate attacked her rival by mocking his accent.", "her rival"),
])
def test_an_object_content_ends_before_the_cue_s_setting(quote_pipeline: Pipeline, text: str,
                                                          content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, text), content.split()[-1])
    assert quote.text == content


@pytest.mark.parametrize(("text", "content"), [
    ("The union accused the board of hiding losses from its members.", "hiding losses"),
    ("The council warned residents of flooding if the rain continues.", "if the rain continues"),
])
def test_what_completes_an_object_stays_in_its_content(quote_pipeline: Pipeline, text: str, content: str) -> None:
    assert content in quote_holding(quotes_in(quote_pipeline, text), content).text


@pytest.mark.parametrize(("text", "speaker"), [
    ("Last spring the mayor released a statement saying the bridge would reopen in May.", "the mayor"),
    ("The union is running a radio spot attacking the governor for cutting school budgets.", "The union"),
    ("The local paper published a story detailing three complaints against the sheriff.", "The local paper"),
])
def test_a_text_put_out_speaks_for_who_put_it_out(quote_pipeline: Pipeline, text: str, speaker: str) -> None:
    quotes = quotes_in(quote_pipeline, text)
    assert quotes, text
    assert_spoken_by(quotes[0], speaker)


def test_evidence_put_out_speaks_for_itself(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The university released a survey showing the senator ahead.")
    assert quotes
    assert_spoken_by(quotes[0], "survey")


@pytest.mark.parametrize(("text", "content"), [
    ("Garcia said he had received several offers for the painting, but the offers were far too low.",
     "he had received several offers for the painting, but the offers were far too low"),
    ("One clerk said some of the files may have been lost in the move, but the backups were still intact.",
     "some of the files may have been lost in the move, but the backups were still intact"),
])
def test_a_clause_with_its_own_subject_after_but_is_still_said(quote_pipeline: Pipeline, text: str,
                                                                content: str) -> None:
    assert quote_holding(quotes_in(quote_pipeline, text), content.split(",")[0]).text == content


def test_what_the_speaker_did_next_is_not_said(quote_pipeline: Pipeline) -> None:
    text = "Garcia said he had received several offers for the painting, but he declined to name the bidders."
    quote = quote_holding(quotes_in(quote_pipeline, text), "several offers")
    assert quote.text == "he had received several offers for the painting"


@pytest.mark.parametrize("text", [
    '"It will not be easy for the mayor," said Councillor Ann Lee, who endorsed the mayor on Tuesday. '
    '"But she is the favourite."',
    '"We were lied to," said the owner of a bakery who declined to be named for fear of trouble with the police.',
    '"The harbour is dying," said Tom Reyes, a fisherman who opposes the new marina.',
])
def test_a_stance_describing_a_quotation_s_speaker_is_no_attribution(quote_pipeline: Pipeline,
                                                                      text: str) -> None:
    assert all(q.direct for q in quotes_in(quote_pipeline, text))


def test_speech_in_a_clause_on_the_speaker_is_still_reported(quote_pipeline: Pipeline) -> None:
    text = ('"I would not judge his work," said Ivan Petrenko, a pollster who worked with Mr. Brandt for years '
            'and called him a careful planner.')
    assert quote_holding(quotes_in(quote_pipeline, text), "careful planner").cue == "called"


def test_a_stance_in_a_relative_clause_on_another_speaker_stands(quote_pipeline: Pipeline) -> None:
    text = "Ann Lee, who endorsed the mayor on Tuesday, said the race would be close."
    assert quote_holding(quotes_in(quote_pipeline, text), "the mayor").cue == "endorsed"


def test_a_time_phrase_with_a_noun_may_describe_the_object(quote_pipeline: Pipeline) -> None:
    text = "In the interview she described her summer job after college on a fishing boat."
    assert "after college" in quote_holding(quotes_in(quote_pipeline, text), "summer job").text
