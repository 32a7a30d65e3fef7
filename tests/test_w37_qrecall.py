"""Reported speech the quote stage missed (wave 37, PolNeAR recall), on sentences written for these tests:

- A cue verb in a gerund after a preposition that modifies a passive verb ("was suspended for saying …",
  "was sidelined after arguing that …"): the gerund's subject is its governor's surface subject, a passive one
  too; the one suspended is the one who said it. Not after "to", which takes a participle's complement, a
  state its subject is in ("are used to seeing the sign warning of …"), not the occasion of an act.
- A quotation inside the phrase that names the speaker of the cue after it ("Ann Lee, host of “Morning Desk,”
  said …"): the marks set off a title that tells who speaks; the content is what the cue governs, and the
  title is no mixed quote opening the speaker's clause. So too a quotation inside a phrase that sets the saying
  and hangs on the cue ("In an interview with “Morning Desk,” Lee said …", "Speaking on “Morning Desk,” …"), as
  such words are no content of a medial attribution either. A quotation before the speaker's phrase that is
  not such a setting ("The plan is “a disaster,” Lee said", "Of the new law, “it is a disgrace,” …") is still
  the speaker's.
- A quotation in a prepositional phrase of the cue before it, when the cue's content is a clause after it
  ("said on “Morning Desk” that the bill would pass", "said on “Morning Desk,” “We will win.”"): a verb of
  saying has one content; the phrase tells where it was said. Without such a clause the phrase may be the
  content ("warned of “grave risks”").
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _quotes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, cue, speaker text) of every quote of ``text``."""
    return [(q.text, q.cue, q.speaker.text if q.speaker else None)
            for q in pipeline.extract(text, published="2016-02-01", id="t").quotes]


@pytest.mark.parametrize(("text", "content", "cue", "speaker"), [
    ("The coach was suspended for saying the referees were paid.",
     "the referees were paid", "saying", "The coach"),
    ("The adviser was sidelined after arguing that the bill needed more money.",
     "that the bill needed more money", "arguing", "The adviser"),
])
def test_gerund_after_passive_speaks_for_its_subject(
        pipeline: Pipeline, text: str, content: str, cue: str, speaker: str) -> None:
    assert (content, cue, speaker) in _quotes(pipeline, text)


@pytest.mark.parametrize("text", [
    "The firm was sued after the regulator said nothing about the losses.",  # a finite clause, not a gerund
    "Drivers are used to seeing the signs warning of floods ahead.",  # a participle's complement
    "The guard was told to leave the building after the alarm.",  # "told" of an order to leave, no saying
])
def test_no_gerund_adjunct_no_borrowed_speaker(pipeline: Pipeline, text: str) -> None:
    assert not any(cue in ("said", "saying", "seeing") for _, cue, _ in _quotes(pipeline, text))


@pytest.mark.parametrize(("text", "content"), [
    ('Ann Lee, host of "Morning Desk," said on Sunday that the senator would not run.',
     "that the senator would not run"),
    ('Ann Lee, the author of "Quiet Towns," said the mill had lost its last buyer.',
     "the mill had lost its last buyer"),
    ('In an interview with "Morning Desk," the senator said the bill would pass.', "the bill would pass"),
    ('Speaking on "Morning Desk," the senator said the bill would pass.', "the bill would pass"),
    ('During an appearance on the show "Morning Desk," the senator was asked by the host whether he would run.',
     "whether he would run"),
])
def test_title_in_the_speakers_phrase_is_not_said(pipeline: Pipeline, text: str, content: str) -> None:
    quotes = _quotes(pipeline, text)
    assert [q[0] for q in quotes] == [content]


@pytest.mark.parametrize(("text", "content", "direct"), [
    ('The plan is "a disaster," Ann Lee said.', 'The plan is "a disaster,"', False),
    ('"We will not run," Ann Lee, host of "Morning Desk," said on Sunday.', "We will not run", True),
    ('Of the new law, "it is a disgrace," the senator said.', 'Of the new law, "it is a disgrace,"', False),
])
def test_quotation_outside_the_speakers_phrase_stays_hers(
        pipeline: Pipeline, text: str, content: str, direct: bool) -> None:
    quotes = pipeline.extract(text, published="2016-02-01", id="t").quotes
    assert [(q.text, q.direct) for q in quotes] == [(content, direct)]


@pytest.mark.parametrize(("text", "content"), [
    ('The senator said on "Morning Desk" that the bill would pass.', "that the bill would pass"),
    ('The senator said on "Morning Desk," "We will win this state."', "We will win this state"),
])
def test_title_in_a_setting_after_the_cue_is_not_said(pipeline: Pipeline, text: str, content: str) -> None:
    assert _quotes(pipeline, text) == [(content, "said", "The senator")]


def test_quoted_object_of_the_cue_preposition_stays_the_content(pipeline: Pipeline) -> None:
    quotes = _quotes(pipeline, 'The senator warned of "grave risks" if the bill passed.')
    assert [(q[0], q[1]) for q in quotes] == [("grave risks", "warned")]
