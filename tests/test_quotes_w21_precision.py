"""Attributions that are not there (issue 20, wave 21): the title of a work in quotation marks, the holder of a
stance named by "of" after a verb of having or getting, and the listener of "ask X a question"."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize("sentence, title", [
    ("The novelist, who teaches in Ohio, is the author of “Winning The Long Game: A Field Guide.”",
     "Winning The Long Game"),
    ("She will appear on “The Evening Hour With Dana Brooks” and two radio shows next week.",
     "The Evening Hour"),
])
def test_a_title_in_quotation_marks_is_no_quotation(quote_pipeline: Pipeline, sentence: str, title: str) -> None:
    assert not [q for q in quotes_in(quote_pipeline, sentence) if title in q.text]


def test_an_unattributed_quotation_in_sentence_case_is_still_one(quote_pipeline: Pipeline) -> None:
    """Only a quotation whose every content word is capitalised reads as a title."""
    text = "The crowd grew quiet.\n\n“We are not going anywhere until the vote is counted.”"
    assert quote_holding(quotes_in(quote_pipeline, text), "We are not going anywhere").direct


def test_a_quotation_in_a_title_case_headline_is_kept(quote_pipeline: Pipeline) -> None:
    """In a Title Case headline every quotation is capitalised, speech included: no prose around it, no title."""
    text = ("Governor Says Rival ‘Has Never Won A Single Fair Fight In His Life’\n\n"
            "The governor spoke on Monday in the capital.")
    quotes = quotes_in(quote_pipeline, text)
    assert [q for q in quotes if "Never Won A Single Fair Fight" in q.text], [(q.text, q.cue) for q in quotes]


@pytest.mark.parametrize("sentence, holder", [
    ("The governor has the support of most union members in the state.", "union members"),
    ("Mayor Lee won the backing of the teachers and the nurses in March.", "the teachers"),
    ("The senator earned the praise of several rivals for her speech.", "several rivals"),
])
def test_the_of_phrase_after_having_or_getting_names_the_holder(quote_pipeline: Pipeline, sentence: str,
                                                               holder: str) -> None:
    """"won the backing of the teachers": the teachers back the mayor; they are not what a stance is toward."""
    assert not [q for q in quotes_in(quote_pipeline, sentence) if q.text.startswith(holder)]


def test_the_of_phrase_of_a_stance_noun_elsewhere_is_its_content(quote_pipeline: Pipeline) -> None:
    """Without a verb of having or getting, "of" still gives what the stance is toward."""
    quotes = quotes_in(quote_pipeline, "Her sharp criticism of the trade deal angered the union leaders.")
    assert quote_holding(quotes, "the trade deal").cue is not None


def test_for_after_a_verb_of_getting_is_still_the_content(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The mayor won support for the new stadium from the council.")
    assert quote_holding(quotes, "the new stadium").text.startswith("the new stadium")


@pytest.mark.parametrize("sentence", [
    "The reporter tried to ask the senator a question after the hearing.",
    "When a student asked him a question, the minister smiled.",
])
def test_the_listener_of_a_question_is_no_content(quote_pipeline: Pipeline, sentence: str) -> None:
    quotes = quotes_in(quote_pipeline, sentence)
    assert not [q for q in quotes if q.text in ("the senator", "him")], [(q.text, q.cue) for q in quotes]


def test_what_was_asked_is_the_second_object(quote_pipeline: Pipeline) -> None:
    """"asked the senator a question about the budget": the senator is the listener, the question the content."""
    quotes = quotes_in(quote_pipeline, "The reporter asked the senator a question about the budget on Friday.")
    quote = quote_holding(quotes, "the budget")
    assert "senator" not in quote.text
    assert_spoken_by(quote, "The reporter")


def test_a_connective_alone_is_no_content(quote_pipeline: Pipeline) -> None:
    """"However, as the paper has reported, …": the connective links to the sentence before; it is not said."""
    text = "The bill failed. However, as the Ledger has reported, several senators changed their votes at the end."
    quotes = quotes_in(quote_pipeline, text)
    assert not [q for q in quotes if q.text.strip(" ,") == "However"], [(q.text, q.cue) for q in quotes]


def test_an_adverbial_before_a_medial_attribution_stays(quote_pipeline: Pipeline) -> None:
    """"Instead, she said, …": a piece of a longer attribution keeps its opening adverbial."""
    quotes = quotes_in(quote_pipeline, "Instead, the mayor said, the city will build two new schools next year.")
    quote = quote_holding(quotes, "the city will build")
    assert [q for q in quotes if q.text == "Instead" and q.attribution == quote.attribution], quotes


@pytest.mark.parametrize("sentence, content", [
    ("Her allies never thought so.", "so"),
    ("The mayor said otherwise.", "otherwise"),
])
def test_a_pro_form_is_still_a_content(quote_pipeline: Pipeline, sentence: str, content: str) -> None:
    assert quote_holding(quotes_in(quote_pipeline, sentence), content).text == content


@pytest.mark.parametrize("sentence", [
    "Given the mess, it is hard to imagine the mayor winning the suburbs.",
    "It’s not hard to see why investors are nervous about the merger.",
])
def test_it_is_hard_to_imagine_is_the_writers_judgement(quote_pipeline: Pipeline, sentence: str) -> None:
    """"it is hard to imagine …": no one is said to think it; the writer judges what anyone would."""
    assert not quotes_in(quote_pipeline, sentence), [(q.text, q.cue) for q in quotes_in(quote_pipeline, sentence)]


def test_a_thinker_named_by_for_keeps_the_belief(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "It was hard for Democrats to see how the bill could pass.")
    assert_spoken_by(quote_holding(quotes, "the bill could pass"), "Democrats")


def test_it_is_important_to_note_is_kept(quote_pipeline: Pipeline) -> None:
    """Only verbs of thought: "it is important to note that …" stays an attribution."""
    quotes = quotes_in(quote_pipeline, "It is important to note that the court has not ruled on the merits.")
    assert quote_holding(quotes, "the court has not ruled").cue == "note"
