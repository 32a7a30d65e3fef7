"""Verbs of asking read like verbs of telling (branch w34-qrecall), on sentences written for accord: the direct
object of "ask" is who is asked — the addressee, no content of its own — and the uncued quotation after a
quoted question is the answer of the one asked, not more words of the asker."""

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


def test_the_answer_is_spoken_by_the_one_asked(quote_pipeline: Pipeline) -> None:
    text = "“Will you run again?” a voter asked Senator Maria Lopez. “I have not decided yet.”"
    answer = quote_holding(quotes_in(quote_pipeline, text), "I have not decided yet")
    assert_spoken_by(answer, "Lopez")


def test_an_answer_with_no_one_named_is_not_the_askers(quote_pipeline: Pipeline) -> None:
    text = "“Will you run again?” a voter asked. “I have not decided yet.”"
    found = [q for q in quotes_in(quote_pipeline, text) if "decided" in q.text]
    assert all(q.speaker is None or "voter" not in (q.speaker.text or "") for q in found), \
        [(q.text, q.cue, q.speaker) for q in found]


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
