"""The attachments layer: each event gets the date, place and quantities its sentence window gives, and the
window answers exactly as the whole document's records would."""

from __future__ import annotations

from accord.blackboard import DATES, PLACES, PUBLISHED, QUANTITIES
from accord.dates import EventWords, event_date
from accord.events.attachments import Attached, Attachments
from accord.pipeline import Pipeline
from accord.places import event_location
from accord.quantities import event_quantities

TEXT = (
    "Ministers from Kenya and Tanzania met in Arusha on Monday and signed three trade protocols.\n\n"
    "Fighting broke out near the border town of Namanga last week. At least 14 herders were killed.\n\n"
    "Tanzania pledged $12 million for road repairs on Friday, officials in Dodoma said."
)


def test_window_attachments_match_the_whole_document(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(TEXT)
    attachments = Attachments(doc)
    dates, places, quantities = DATES.get(doc) or [], PLACES.get(doc) or [], QUANTITIES.get(doc) or []
    checked = 0
    for token in doc:
        if token.pos_ not in ("VERB", "NOUN"):
            continue
        event = EventWords.of(token)
        for event_type in ("ASSAULT", "AGREE"):
            date = event_date(event, dates, PUBLISHED.get(doc))
            whole = Attached(date, event_location(event, places, date is not None and date.source == "published"),
                             event_quantities(token, quantities, dates, event_type))
            assert attachments.attach(event, event_type) == whole, token.text
            checked += 1
    assert checked > 20
    assert any(attachments.attach(EventWords.of(t), "ASSAULT").quantities for t in doc if t.lemma_ == "kill")


def test_the_window_is_the_sentence_and_its_neighbours(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(TEXT)
    killed = next(t for t in doc if t.text == "killed")
    window = Attachments(doc).window(killed)
    assert {p.text for p in window.places} == {"Namanga", "Tanzania", "Dodoma"}  # "Arusha" is two sentences back
    assert [q.value for q in window.quantities] == [14, 12_000_000]


def test_nothing_is_attached_from_a_stage_that_did_not_run(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(TEXT)
    DATES.set(doc, None)
    PLACES.set(doc, [])
    signed = next(t for t in doc if t.text == "signed")
    attached = Attachments(doc).attach(EventWords.of(signed), "AGREE")
    assert attached.date is None and attached.location is None


SET_IN_KIRKUK = ("Hundreds marched through Kirkuk on Monday. Shops in Kirkuk stayed shut all day.\n\n"
                 "By evening the streets of Kirkuk were empty.\n\nLate at night soldiers fired on the crowd. "
                 "In 2015 soldiers shot two protesters.")


def _located(pipeline: Pipeline, word: str, event_type: str) -> str | None:
    doc = pipeline.nlp(SET_IN_KIRKUK)
    found = Attachments(doc).attach(EventWords.of(next(t for t in doc if t.text == word)), event_type).location
    return found.name if found is not None else None


def test_an_attack_told_without_a_place_is_where_the_story_is_set(pipeline: Pipeline) -> None:
    assert _located(pipeline, "fired", "ASSAULT") == "Kirkuk"


def test_an_act_not_done_on_the_ground_gets_no_setting(pipeline: Pipeline) -> None:
    assert _located(pipeline, "fired", "ACCUSE") is None  # what is said is placed only by where it is said


def test_an_act_of_another_time_gets_no_setting(pipeline: Pipeline) -> None:
    assert _located(pipeline, "shot", "ASSAULT") is None  # "in 2015": not the story's days
