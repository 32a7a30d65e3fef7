"""Precision of the quote stage (branch w31-qprec), on sentences written for accord: a dash-led line with no verb
(an entry of a list, a credit, a caption) states nothing and is no line of speech, while a dash-led line that
says something still is."""

from __future__ import annotations

from accord.pipeline import Pipeline
from quote_helpers import quotes_in

LIST = (
    "The press club handed out its yearly prizes on Saturday night.\n\n"
    "The winners are:\n\n"
    "— Dana Whitfield of the Harbor Courier, winner of the prize for coverage of city hall.\n\n"
    "— Omar Castellanos of Radio Norte, winner of the award for broadcast reporting.\n"
)

DIALOGUE = (
    "The two ministers met in the capital on Monday.\n\n"
    "— We will not accept new tariffs on our grain, the trade minister said.\n\n"
    "— Our farmers have waited long enough for this agreement to be signed.\n"
)


def test_a_verbless_dash_line_is_no_quote(quote_pipeline: Pipeline) -> None:
    found = quotes_in(quote_pipeline, LIST)
    assert not [q for q in found if "winner of" in q.text], [(q.text, q.cue) for q in found]


def test_a_dash_line_that_says_something_is_still_speech(quote_pipeline: Pipeline) -> None:
    found = quotes_in(quote_pipeline, DIALOGUE)
    texts = [q.text for q in found]
    assert any("new tariffs on our grain" in t for t in texts), texts
    assert any("waited long enough" in t for t in texts), texts


def test_a_verbless_dash_line_takes_no_speaker_from_the_line_before(quote_pipeline: Pipeline) -> None:
    text = DIALOGUE + "\n— Eleni Markou, deputy minister of agriculture since March.\n"
    found = quotes_in(quote_pipeline, text)
    assert not [q for q in found if "deputy minister of agriculture" in q.text], [(q.text, q.cue) for q in found]


READER_QUESTION = (
    "The council voted on Tuesday to raise the harbor levy by two percent.\n\n"
    "Do you support Mayor Linda Okafor? Share your view below.\n"
)

INTERVIEW = (
    "The harbor levy was debated on local radio on Tuesday.\n\n"
    "Q: Do you think the levy will pass the council?\n\n"
    "OKAFOR: I think it will pass, because the harbor needs the money.\n\n"
    "Q: Do you think the fishermen will accept it?\n\n"
    "OKAFOR: I hope they will, once they see the new docks.\n"
)


def test_a_question_put_to_the_reader_attributes_nothing(quote_pipeline: Pipeline) -> None:
    found = quotes_in(quote_pipeline, READER_QUESTION)
    assert not [q for q in found if "Okafor" in q.text and q.cue and "support" in q.cue], \
        [(q.text, q.cue) for q in found]


def test_a_question_in_quotation_marks_is_still_attributed(quote_pipeline: Pipeline) -> None:
    text = READER_QUESTION.split("\n\n")[0] + "\n\n“Do you support the levy?” a reporter asked the mayor.\n"
    found = quotes_in(quote_pipeline, text)
    assert any("Do you support the levy?" in q.text for q in found), [(q.text, q.cue) for q in found]


def test_an_interviewers_question_is_still_a_turn(quote_pipeline: Pipeline) -> None:
    found = quotes_in(quote_pipeline, INTERVIEW)
    assert any("the levy will pass the council" in q.text for q in found), [(q.text, q.cue) for q in found]
