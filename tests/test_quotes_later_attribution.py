"""A quotation that opens the sentence after a reported clause of its speaker goes on with that clause ("“A,” Lee
said, adding that B. “C.”"), not with the quotation before it; one after a sentence of the writer's own is a
statement of its own — on sentences written for accord."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import quote_holding, quotes_in


@pytest.mark.parametrize("text, clause, speaker", [
    ("\u201cWe will win the state,\u201d Maria Lopez said on Tuesday, adding that the campaign had hired forty new "
     "organisers. \u201cNobody has seen a ground game like this.\u201d", "forty new organisers", "Lopez"),
    ("\u201cThe budget is balanced,\u201d said Tom Ward, a council member, who also said that the city would not "
     "raise taxes. \u201cFamilies have paid enough.\u201d", "would not raise taxes", "Ward"),
    ("\u201cThe bridge will reopen in May,\u201d the engineer told reporters, explaining why the repairs had taken "
     "so long. \u201cThe steel came late from the mill.\u201d", "repairs had taken", "engineer"),
    # the reported clause is a sentence of its own, by the speaker named before
    ("\u201cWe have more urgent problems than parking,\u201d says Ana Ruiz, a teacher from Fresno. She says "
     "drivers should be able to park where they like. \u201cIt is their street; they pay for it.\u201d",
     "park where they like", "She"),
])
def test_the_quotation_goes_on_with_the_reported_clause(quote_pipeline: Pipeline, text: str, clause: str,
                                                        speaker: str) -> None:
    quotes = quotes_in(quote_pipeline, text)
    first = quotes[0]
    reported = quote_holding(quotes, clause)
    last = quotes[-1]
    assert first.direct and last.direct and not reported.direct
    assert last.attribution == reported.attribution != first.attribution
    # the speaker as named (a relative pronoun's antecedent) or as written
    assert last.speaker is not None and speaker in f"{last.speaker.name} {last.speaker.text}", last.speaker


@pytest.mark.parametrize("text", [
    # no reported clause between: the quotation continues the one before it
    "\u201cThe budget is balanced,\u201d Tom Ward said. \u201cFamilies have paid enough.\u201d",
    # what the speaker recalled is a noun phrase, no statement the next sentence could go on with
    "\u201cThe budget is balanced,\u201d said Tom Ward, who recalled the long winter of cuts. \u201cFamilies have "
    "paid enough, and they know it.\u201d",
    # the clause's subject is no source: a manner, not a speaker
    "\u201cThe matter is closed,\u201d the mayor said, with a confidence that suggested the inquiry was over. "
    "\u201cWe will not discuss it again.\u201d",
])
def test_the_quotation_continues_the_quotation_before(quote_pipeline: Pipeline, text: str) -> None:
    quotes = [q for q in quotes_in(quote_pipeline, text) if q.direct]
    assert len(quotes) == 2, [(q.text, q.cue) for q in quotes]
    assert quotes[0].attribution == quotes[1].attribution


def test_a_quotation_after_a_narrated_sentence_is_a_statement_of_its_own(quote_pipeline: Pipeline) -> None:
    quotes = [q for q in quotes_in(quote_pipeline, "\u201cWe are going to fix every road in this county,\u201d "
                                   "Ann Porter said. The crowd rose to its feet. \u201cAnd we will start on "
                                   "Monday.\u201d") if q.direct]
    assert len(quotes) == 2, [(q.text, q.cue) for q in quotes]
    assert quotes[0].attribution != quotes[1].attribution
    assert quotes[1].speaker is not None and "Porter" in f"{quotes[1].speaker.name} {quotes[1].speaker.text}"


def test_a_title_cut_off_by_the_parser_is_no_narrated_sentence(quote_pipeline: Pipeline) -> None:
    quotes = [q for q in quotes_in(quote_pipeline, "\u201cThe base needs new housing,\u201d said Army Capt. Dana "
                                   "Reyes. \u201cFamilies wait two years for a house.\u201d") if q.direct]
    assert len(quotes) == 2, [(q.text, q.cue) for q in quotes]
    assert quotes[0].attribution == quotes[1].attribution


def test_quotations_going_on_after_the_handed_one_follow_it(quote_pipeline: Pipeline) -> None:
    # “A,” X said, adding that B. “C.” “D.”: D goes on with C, which goes on with B, not back to A
    text = ("\u201cWe will win the state,\u201d Maria Lopez said, adding that the polls were wrong. "
            "\u201cThey always are.\u201d \u201cWait and see.\u201d")
    quotes = quotes_in(quote_pipeline, text)
    reported = quote_holding(quotes, "polls were wrong")
    assert quotes[-2].attribution == quotes[-1].attribution == reported.attribution != quotes[0].attribution


def test_quotations_going_on_after_a_narrated_break_are_one_attribution(quote_pipeline: Pipeline) -> None:
    # “A,” X said. The crowd cheered. “B.” “C.”: B opens a statement of its own, and C goes on with B
    text = ("\u201cWe will win the state,\u201d Maria Lopez said. The crowd cheered loudly. "
            "\u201cThey always doubt us.\u201d \u201cWait and see.\u201d")
    quotes = quotes_in(quote_pipeline, text)
    assert quotes[1].attribution == quotes[2].attribution != quotes[0].attribution
