"""Verbs of asking read like verbs of telling (branch w34-qrecall), on sentences written for accord: the direct
object of "ask" is who is asked — the addressee, no content of its own; what is asked for, asked about or
warned of stays content."""

from __future__ import annotations

from accord.pipeline import Pipeline
from accord.records import Quote
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


def _shown(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.cue) for q in found]


def test_the_one_asked_is_no_content(quote_pipeline: Pipeline) -> None:
    found = quotes_in(quote_pipeline, "“Will you sign the treaty this year?” the reporter asked the minister.")
    assert [q.text for q in found] == ["Will you sign the treaty this year?"], _shown(found)
    assert_spoken_by(found[0], "reporter")


def test_a_pronoun_asked_is_no_content(quote_pipeline: Pipeline) -> None:
    text = "The mayor said the bridge was safe. “Is it really safe?” a resident asked him."
    found = quotes_in(quote_pipeline, text)
    assert not [q for q in found if q.text == "him"], _shown(found)
    assert_spoken_by(quote_holding(found, "Is it really safe?"), "resident")


def test_telling_still_carries_the_speaker_on(quote_pipeline: Pipeline) -> None:
    text = "“We will win,” Senator Maria Lopez told the crowd. “Nobody can stop us.”"
    assert_spoken_by(quote_holding(quotes_in(quote_pipeline, text), "Nobody can stop us"), "Lopez")


def test_what_is_asked_for_stays_content(quote_pipeline: Pipeline) -> None:
    found = quotes_in(quote_pipeline, "The council asked residents to save water during the drought.")
    assert "residents to save water during the drought" in [q.text for q in found], _shown(found)


def test_a_warning_of_something_keeps_its_content(quote_pipeline: Pipeline) -> None:
    found = quotes_in(quote_pipeline, "The senator warned the farmers of a long drought.")
    assert [q for q in found if "a long drought" in q.text], _shown(found)


def test_a_question_about_something_stays_content(quote_pipeline: Pipeline) -> None:
    found = quotes_in(quote_pipeline, "The senator asked a question about the budget.")
    assert [q for q in found if "the budget" in q.text], _shown(found)
