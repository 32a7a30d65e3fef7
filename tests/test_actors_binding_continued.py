"""The speaker of a quotation that runs on into a sentence with no report of its own is read once per sentence
(``accord.actors.binding``): every pronoun of that sentence gets the same speaker."""

from __future__ import annotations

from spacy.language import Language

from accord.actors.binding import reporting_speaker
from accord.blackboard import CONTINUED_SPEAKERS


def test_the_pronouns_of_a_continued_quotation_share_its_speaker(actors_nlp: Language) -> None:
    doc = actors_nlp('"The budget is late," Ann Cole said. "We will ask him and his staff about it."')
    pronouns = [t for t in doc if t.lower_ in ("him", "his")]
    assert len(pronouns) == 2
    speakers = [reporting_speaker(t) for t in pronouns]
    assert [s.text if s is not None else None for s in speakers] == ["Cole", "Cole"]
    assert len(CONTINUED_SPEAKERS.recall(doc, lambda _: {})) == 1  # read once for the sentence


def test_a_pronoun_outside_the_marks_has_no_continued_speaker(actors_nlp: Language) -> None:
    doc = actors_nlp('"The budget is late," Ann Cole said. Her deputy called him on Friday.')
    him = next(t for t in doc if t.lower_ == "him")
    assert reporting_speaker(him) is None
