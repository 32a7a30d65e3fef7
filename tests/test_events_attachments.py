"""The attachments layer: each event gets the date, place and quantities its sentence window gives, and the
window answers exactly as the whole document's records would."""

from __future__ import annotations

from accord.blackboard import DATES, PLACES, PUBLISHED, QUANTITIES, set_input
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
    # places reach as far back as a narrative's scene does: "Arusha" and "Kenya" are two sentences back
    assert {p.text for p in window.places} == {"Namanga", "Tanzania", "Dodoma", "Arusha", "Kenya"}
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


# A story set in Kirkuk that goes back to its past, then returns to its own days.
GOES_BACK = (SET_IN_KIRKUK + "\n\nIn 1988 the army razed villages near the city.\n\nSoldiers burned the fields.\n\n"
             "On Monday the governor promised calm. Police beat students at the gate.")


def _located_in(pipeline: Pipeline, text: str, word: str, published: str | None = "2017-10-04") -> str | None:
    doc = pipeline.nlp.make_doc(text)
    set_input(doc, "doc-1", published)  # before the stages run: the dates stage resolves "on Monday" by it
    doc = pipeline.nlp(doc)
    found = Attachments(doc).attach(EventWords.of(next(t for t in doc if t.text == word)), "ASSAULT").location
    return found.name if found is not None else None


def test_an_undated_act_told_after_the_story_goes_back_in_time_gets_no_setting(pipeline: Pipeline) -> None:
    assert _located_in(pipeline, GOES_BACK, "burned") is None  # still 1988, not the story's days


def test_an_undated_act_told_in_the_story_s_days_keeps_the_setting(pipeline: Pipeline) -> None:
    assert _located_in(pipeline, GOES_BACK, "fired") == "Kirkuk"  # before any other time is named
    assert _located_in(pipeline, GOES_BACK, "beat") == "Kirkuk"  # back to this week ("on Monday")


def test_without_a_publication_date_no_time_is_the_story_s_past(pipeline: Pipeline) -> None:
    assert _located_in(pipeline, GOES_BACK, "burned", published=None) == "Kirkuk"


# Talks held in a third country: its city is the story's setting, but none of the story's actors is of it.
SET_AT_TALKS = ("Syrian and Russian envoys met in Geneva on Monday. Talks in Geneva went on all day.\n\n"
                "By evening the Syrian delegation had left Geneva.\n\nSyrian troops shelled rebel towns overnight.\n\n"
                "Shots were fired near the venue.")


def test_an_act_of_actors_from_elsewhere_is_not_placed_at_a_venue_of_their_talks(pipeline: Pipeline) -> None:
    assert _located_in(pipeline, SET_AT_TALKS, "shelled") is None


def test_an_act_told_with_no_actor_of_another_country_is_still_placed_at_the_venue(pipeline: Pipeline) -> None:
    assert _located_in(pipeline, SET_AT_TALKS, "fired") == "Geneva"


def test_foreign_troops_acting_in_a_setting_of_the_story_s_own_country_keep_it(pipeline: Pipeline) -> None:
    text = SET_IN_KIRKUK.replace("Hundreds marched", "Iraqi Kurds marched") \
        .replace("soldiers fired", "Turkish soldiers fired")
    assert _located_in(pipeline, text, "fired") == "Kirkuk"


def test_one_background_date_does_not_take_a_report_back_in_time(pipeline: Pipeline) -> None:
    text = SET_IN_KIRKUK.replace(" In 2015 soldiers shot two protesters.", "") \
        + "\n\nThe governor took office in 2009.\n\nSoldiers burned the fields."
    assert _located_in(pipeline, text, "burned") == "Kirkuk"


def test_a_span_up_to_the_article_is_the_story_s_own_time(pipeline: Pipeline) -> None:
    text = SET_IN_KIRKUK + "\n\nIn 1988 the army razed villages.\n\nOver the past three years the city grew.\n\n" \
        "Soldiers burned the fields."
    assert _located_in(pipeline, text, "burned") == "Kirkuk"


def test_a_time_a_span_up_to_the_article_starts_from_is_no_time_gone_by(pipeline: Pipeline) -> None:
    text = SET_IN_KIRKUK + "\n\nIn 1988 the army razed villages.\n\nSince 2009 the city has grown.\n\n" \
        "Soldiers burned the fields."
    assert _located_in(pipeline, text, "burned") == "Kirkuk"
    assert _located_in(pipeline, text.replace("Since 2009", "In 2009"), "burned") is None
