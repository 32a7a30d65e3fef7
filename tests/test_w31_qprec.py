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
