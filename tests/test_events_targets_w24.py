"""Layer 4 on sentences written for these tests (wave 24): whom an event is done to, where a blind reading of
political news found the target wrong.

- An object pronoun of a subjectless participle or infinitive adjunct ("X attacked Y, *calling him* a liar",
  "praised Y *after meeting him*") is not the subject of the clause the adjunct hangs on: that subject is the
  adjunct's own understood subject, and would be "himself".
- A request made in a letter, message or call to someone ("asked for help *in a letter to* X") is addressed to
  X; a threat with no target of its own is aimed at whom its message went. A public statement or speech is
  heard, not sent: its audience ("in a statement to reporters") is no addressee.
- A phrase of time ("on the eve of X's speech", "on the first day of the summit") says when an act happened:
  whoever its of-phrase names is the occasion's, not the act's target.
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


@pytest.mark.parametrize(("text", "trigger", "event_type", "target"), [
    ("Kenya demanded compensation in a letter to the United Nations.", "demanded", "REQUEST", "the United Nations"),
    ("In a letter to the African Union, Uganda asked for help.", "asked", "REQUEST", "the African Union"),
    ("The governor asked for more money in a phone call to the president.", "asked", "REQUEST", "the president"),
    ("The Kenyan minister threatened retaliation in a message to Uganda.", "threatened", "THREATEN", "Uganda"),
])
def test_message_addressee_is_the_target(pipeline: Pipeline, text: str, trigger: str, event_type: str,
                                         target: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.type == event_type
    assert [a.text for a in event.recipient] == [target]


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # who is asked outranks whom the letter went to; what a threat names outranks the letter's addressee
    ("Kenya asked Uganda for help in a letter to the African Union.", "asked", "Uganda"),
    ("The minister threatened sanctions against Russia in a letter to the European Union.", "threatened", "Russia"),
])
def test_own_target_outranks_the_message(pipeline: Pipeline, text: str, trigger: str, target: str) -> None:
    assert [a.text for a in _event(pipeline, text, trigger).recipient] == [target]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The senator urged restraint in a statement to reporters.", "urged"),
    ("The minister appealed for calm in a speech to the nation.", "appealed"),
])
def test_public_words_have_no_addressee(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert _event(pipeline, text, trigger).recipient == ()


@pytest.mark.parametrize(("text", "trigger"), [
    ("On the eve of President Ruto's budget speech, opposition lawmakers condemned the arrests.", "condemned"),
    ("Hundreds of demonstrators marched through Nairobi on the first day of the African Union summit.", "marched"),
    ("The senators criticised the deal on the anniversary of the Kenyan elections.", "criticised"),
])
def test_time_phrase_names_no_target(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert _event(pipeline, text, trigger).recipient == ()


def test_a_name_is_no_word_of_time(pipeline: Pipeline) -> None:
    """"May" the person is no month: talks with her are with her."""
    event = _event(pipeline, "Chancellor Angela Merkel signed an agreement with Theresa May.", "signed")
    assert [a.name for a in event.recipient] == ["Theresa May"]


def test_an_infinitive_after_an_object_leaves_the_subject_free(pipeline: Pipeline) -> None:
    """"needed delegates to support him": the object may be the infinitive's doer (object control), so "him" may
    be the clause's subject; with an object before it the adjunct's doer is not known and nobody is bound away.
    A participle after an object keeps its doer, the subject ("attacked the governor, calling him a liar")."""
    doc = pipeline.nlp("The governor needed fifty delegates to support him.")
    him = next(t for t in doc if t.lower_ == "him")
    assert _adjunct_controller(him) == []
    doc = pipeline.nlp("The senator attacked the governor, calling him a liar.")
    him = next(t for t in doc if t.lower_ == "him")
    assert [doc[i].text for i in _adjunct_controller(him)] == ["senator"]
