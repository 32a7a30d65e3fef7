"""Quote precision (wave 37, w37-qprec), on sentences written for these tests.

- A cue set between two quotations ("“A,” Ms. Ruiz, the organiser, said, “B.”") speaks for both: when the parser
  makes a word inside the first quotation the cue's subject, that word is no speaker of the second quotation
  either (a quotation's speaker is never one of the quoted words), so both pieces keep the speaker outside the
  marks and stay one attribution, as PARC annotates an interrupted content.
  Near misses: a second quotation with its own cue and speaker ("…,” his deputy said") stays apart, and so does
  a quotation after a new sentence with a cue of its own ("Lee said, “Not yet.”").
- "Be supposed to" with a to-infinitive is a semi-modal of obligation or expectation ("drivers are not supposed
  to park there"), as "will" or "ought to" are, not the passive of the verb of thought "suppose": PolNeAR's
  development gold never makes it a cue. Near misses: "many supposed the plan would fail" (the verb of thought
  itself) and another agentless passive of belief ("is widely expected to open") stay attributions.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _quotes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str]]:
    """(content, speaker text, attribution id) of every quote of ``text``."""
    return [(q.text, q.speaker.text if q.speaker else None, q.attribution or q.id)
            for q in pipeline.extract(text, published="2016-02-01", id="t").quotes]


@pytest.mark.parametrize(("text", "speaker"), [
    ("“Our members, whoever they were, including farmers, teachers and nurses,” Ms. Reyes, the union organiser, "
     "said, “the first thing they ask about is the pension.”", "Reyes"),
    ("“The towns along the river, the ones the floods hit twice,” Mr. Okafor, the county engineer, said, "
     "“have waited three years for the levee.”", "Okafor"),
])
def test_speaker_inside_first_quotation_is_no_speaker_of_the_second(pipeline: Pipeline, text: str,
                                                                    speaker: str) -> None:
    quotes = _quotes(pipeline, text)
    assert len(quotes) == 2
    assert len({attribution for _, _, attribution in quotes}) == 1  # one interrupted attribution
    assert all(found is not None and speaker in found for _, found, _ in quotes)


@pytest.mark.parametrize(("text", "speakers"), [
    # each quotation has its own cue and speaker outside the marks
    ("“The mill will reopen in spring,” Hale said. “We have the orders already,” his deputy said.",
     ["Hale", "his deputy"]),
    ("“Ready,” said Tom. Lee said, “Not yet.”", ["Tom", "Lee"]),
])
def test_quotations_with_their_own_cues_stay_apart(pipeline: Pipeline, text: str, speakers: list[str]) -> None:
    quotes = _quotes(pipeline, text)
    assert len({attribution for _, _, attribution in quotes}) == 2
    assert [found for _, found, _ in quotes] == speakers


# "be supposed to" with a to-infinitive is a semi-modal of obligation or expectation (as "will" or "ought to"),
# not the passive of "suppose" (think): it reports what is required or expected, said by no one
@pytest.mark.parametrize("text", [
    "Drivers are not supposed to park on the bridge after dark.",
    "The new bridge was supposed to open in May.",
    "It was supposed to be a short meeting, but it ran past midnight.",
])
def test_supposed_to_is_a_modal_not_a_cue(pipeline: Pipeline, text: str) -> None:
    assert _quotes(pipeline, text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("Many people supposed the plan would fail.", "the plan would fail"),  # the verb of thought itself
    ("The bridge is widely expected to open in May.", "to open in May"),  # another agentless passive of belief
])
def test_beliefs_near_supposed_to_stay(pipeline: Pipeline, text: str, content: str) -> None:
    assert content in [found for found, _, _ in _quotes(pipeline, text)]
