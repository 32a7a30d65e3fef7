"""Layer 4 on sentences written for these tests (wave 24): whom an event is done to, where a blind reading of
political news found the target wrong.

- An object pronoun of a subjectless participle or infinitive adjunct ("X attacked Y, *calling him* a liar",
  "praised Y *after meeting him*") is not the subject of the clause the adjunct hangs on: that subject is the
  adjunct's own understood subject, and would be "himself".
"""

from __future__ import annotations

import pytest

from accord.events.coreference import _adjunct_controller
from accord.pipeline import Pipeline
from event_helpers import the_event as _event


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("President William Ruto wrote to President Yoweri Museveni on Monday, urging him to reopen the border.",
     "urging", "Yoweri Museveni"),
    ("President William Ruto called President Yoweri Museveni on Monday, urging him to reopen the border.",
     "urging", "Yoweri Museveni"),
    ("Raila Odinga met President William Ruto in March. On Sunday Odinga went on television, accusing him of "
     "lying to parliament.", "accusing", "William Ruto"),
    ("Senator Ted Cruz went after Donald Trump at the debate, calling him a liar.", "liar", "Donald Trump"),
])
def test_adjunct_object_pronoun_is_not_the_clause_subject(pipeline: Pipeline, text: str, trigger: str,
                                                           target: str) -> None:
    event = _event(pipeline, text, trigger)
    assert [a.name for a in event.recipient] == [target]


def test_adjunct_pronoun_still_has_a_subject_of_its_own(pipeline: Pipeline) -> None:
    """A finite adjunct with its own subject binds by that subject: "when Ruto met him" is not Ruto, but the
    clause's subject above may be meant ("Museveni smiled when Ruto met him")."""
    doc = pipeline.nlp("Museveni smiled when Ruto met him.")
    him = next(t for t in doc if t.lower_ == "him")
    assert _adjunct_controller(him) == []
    doc = pipeline.nlp("The senator attacked the governor, calling him a liar.")
    him = next(t for t in doc if t.lower_ == "him")
    assert [doc[i].text for i in _adjunct_controller(him)] == ["senator"]
