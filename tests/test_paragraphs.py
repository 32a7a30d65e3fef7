"""The paragraphs stage: a story's layout bounds its sentences before the parser runs."""

from __future__ import annotations

from accord.pipeline import Pipeline

STORY = (
    "Latvia expels Belarusian envoy over border incidents\n\n"
    "RIGA, March 4 - Latvia and Lithuania expelled a Belarusian diplomat on Monday after a series of border "
    "incidents.\n\n"
    "Belarus said it would respond."
)


def sentence_texts(pipeline: Pipeline, text: str) -> list[str]:
    return [s.text for s in pipeline.extract(text, published="2025-03-04").sentences]


def test_headline_dateline_and_paragraphs_are_sentences_of_their_own(pipeline: Pipeline) -> None:
    sentences = sentence_texts(pipeline, STORY)
    assert sentences[0] == "Latvia expels Belarusian envoy over border incidents"
    assert sentences[1] == "RIGA, March 4 -"
    assert sentences[2].startswith("Latvia and Lithuania expelled")
    assert sentences[-1] == "Belarus said it would respond."


def test_the_dateline_city_is_no_actor_and_the_story_keeps_its_subject(pipeline: Pipeline) -> None:
    extraction = pipeline.extract(STORY, published="2025-03-04")
    assert not [a for a in extraction.actors if a.text == "RIGA"]
    expelled = next(e for e in extraction.events if e.trigger.text == "expelled")
    assert {a.country for a in expelled.actor} == {"LVA", "LTU"}
    assert {a.country for a in expelled.recipient} == {"BLR"}


def test_the_headline_mention_is_linked_to_the_story_mention(pipeline: Pipeline) -> None:
    events = pipeline.extract(STORY, published="2025-03-04").events
    headline = next(e for e in events if e.trigger.text == "expels")
    story = next(e for e in events if e.trigger.text == "expelled")
    assert {a.country for a in headline.recipient} == {"BLR"}
    assert story.cluster == headline.id


def test_a_headline_label_with_a_colon_is_not_a_dateline(pipeline: Pipeline) -> None:
    text = "NATO: allies agree to expand air patrols\n\nNATO allies agreed on Tuesday to expand air patrols."
    extraction = pipeline.extract(text, published="2025-03-04")
    assert any(a.text == "NATO" and a.start == 0 for a in extraction.actors)
    assert extraction.sentences[0].text == "NATO: allies agree to expand air patrols"  # the label is not cut off


def test_a_dateline_set_off_by_a_dash_is_a_dateline_without_a_date(pipeline: Pipeline) -> None:
    text = "LAGOS - Nigeria and Ghana signed a trade pact on Monday."
    extraction = pipeline.extract(text, published="2025-03-04")
    assert extraction.sentences[0].text == "LAGOS -"
    assert not [a for a in extraction.actors if a.text == "LAGOS"]


def test_a_dateline_after_a_single_line_break_still_starts_a_sentence(pipeline: Pipeline) -> None:
    # extracted article HTML often keeps one newline between headline and story
    text = "Oman hosts talks between Yemen's rival factions\nMUSCAT, May 9 - Oman hosted talks on Tuesday."
    sentences = sentence_texts(pipeline, text)
    assert sentences[:2] == ["Oman hosts talks between Yemen's rival factions", "MUSCAT, May 9 -"]
