"""Discourse anchoring of places: a sentence that goes on telling, in the simple past, the scene a sentence
before it told, and names no place and no time of its own, happens where that scene did — for an act done by
saying too (said where its speaker is). The scene ends at a paragraph break nothing links across, at another
tense, at another place or time, and does not reach actors of another country than its place."""

from __future__ import annotations

from accord.pipeline import Pipeline
from accord.records import Event

PUBLISHED = "2016-07-15"  # a Friday: "Monday" is 2016-07-11


def _event(pipeline: Pipeline, text: str, trigger: str) -> Event:
    found = [e for e in pipeline.extract(text, published=PUBLISHED).events if e.trigger.text == trigger]
    assert found, text
    return found[0]


def _place(event: Event) -> str | None:
    return event.location.name if event.location is not None else None


def test_a_saying_goes_on_at_the_rally_the_sentence_before_told(pipeline: Pipeline) -> None:
    text = "The senator spoke at a rally in Toledo on Monday. She accused the governor of lying."
    event = _event(pipeline, text, "accused")
    assert _place(event) == "Toledo"
    assert event.date is not None and event.date.value == "2016-07-11"


def test_a_visit_sets_the_scene_of_what_is_said_there(pipeline: Pipeline) -> None:
    text = "The governor visited Toledo on Monday. She accused the mayor of neglecting the city's schools."
    assert _place(_event(pipeline, text, "accused")) == "Toledo"


def test_the_scene_reaches_through_a_sentence_that_goes_on_in_it(pipeline: Pipeline) -> None:
    text = ("The senator spoke at a rally in Toledo on Monday.\n\nShe said the governor had failed the state.\n\n"
            "She also accused him of corruption.")
    assert _place(_event(pipeline, text, "accused")) == "Toledo"


def test_a_linking_adverb_carries_the_scene_across_a_paragraph_break(pipeline: Pipeline) -> None:
    text = "In a speech in Iowa on Monday night, the senator attacked the governor.\n\nShe also accused him of fraud."
    assert _place(_event(pipeline, text, "accused")) == "Iowa"


def test_a_place_the_earlier_sentence_names_off_its_main_clause_sets_no_scene(pipeline: Pipeline) -> None:
    text = "The senator met voters who had moved from Ohio. She accused the governor of lying."
    assert _event(pipeline, text, "accused").location is None


def test_a_time_of_its_own_starts_another_scene(pipeline: Pipeline) -> None:
    text = "The senator spoke at a rally in Toledo on Monday. On Tuesday she accused the governor of lying."
    assert _event(pipeline, text, "accused").location is None


def test_another_tense_is_no_narrative_of_the_scene(pipeline: Pipeline) -> None:
    text = "The senator spoke at a rally in Toledo on Monday. She will accuse the governor of lying."
    assert _event(pipeline, text, "accuse").location is None


def test_a_new_paragraph_about_someone_else_is_another_scene(pipeline: Pipeline) -> None:
    text = ("The senator spoke at a rally in Toledo on Monday.\n\nThe governor accused the senator of "
            "misleading voters.")
    assert _event(pipeline, text, "accused").location is None


def test_a_venue_abroad_is_not_where_actors_at_home_speak(pipeline: Pipeline) -> None:
    text = ("The Turkish foreign minister met his Russian counterpart in Geneva on Monday. Turkey's parliament "
            "condemned the Kurdish militia.")
    assert _event(pipeline, text, "condemned").location is None


# --- the scene's time: statements reported past the lede ---------------------------------------------------

LEDE = "The committee has ended its hearings on the budget. Lawmakers have questioned two senior officials. "


def test_a_statement_past_the_lede_is_of_the_day_the_story_last_named(pipeline: Pipeline) -> None:
    text = (LEDE + "The inquiry has run for weeks. The committee concluded its hearings on Tuesday.\n\n"
            "The chairman thanked the witnesses.\n\nThe spokeswoman urged voters to ignore the hearings.\n\n"
            "The White House spokeswoman also accused the Democrats of lying.")
    event = _event(pipeline, text, "accused")
    assert event.date is not None and event.date.value == "2016-07-12"


def test_a_time_said_in_a_quotation_sets_no_scene(pipeline: Pipeline) -> None:
    text = (LEDE + "The inquiry has run for weeks. The committee concluded its hearings on Tuesday.\n\n"
            "\u201cToday's hearing was a farce,\u201d the spokeswoman said.\n\n"
            "The White House spokeswoman also accused the Democrats of lying.")
    event = _event(pipeline, text, "accused")
    assert event.date is not None and event.date.value == "2016-07-12"


def test_a_news_story_naming_no_day_tells_its_statements_as_the_days_news(pipeline: Pipeline) -> None:
    text = (LEDE + "The inquiry has run for weeks. Many voters say they are tired of it.\n\n"
            "The White House spokeswoman accused the Democrats of lying.")
    event = _event(pipeline, text, "accused")
    assert event.date is not None and event.date.value == PUBLISHED and event.date.source == "published"


def test_a_feature_told_in_the_past_leaves_its_statements_undated(pipeline: Pipeline) -> None:
    text = ("The young soldier rolled up his sleeve to show the scar. He had joined the militia as a boy. "
            "His family lived near the border.\n\nThe Syrian army accused the Kurdish militia of lying.")
    assert _event(pipeline, text, "accused").date is None


def test_a_story_gone_back_to_its_past_leaves_its_statements_undated(pipeline: Pipeline) -> None:
    text = (LEDE + "The dispute began in 2009. The two parties split in 2012.\n\n"
            "The White House spokeswoman accused the Democrats of lying.")
    assert _event(pipeline, text, "accused").date is None


def test_a_statement_placed_against_another_time_takes_no_scene(pipeline: Pipeline) -> None:
    text = (LEDE + "The inquiry has run for weeks. The committee concluded its hearings on Tuesday.\n\n"
            "The talks collapsed before the "
            "holidays as the opposition refused to negotiate.")
    event = _event(pipeline, text, "refused")
    assert event.date is None or event.date.value != "2016-07-12"


def test_a_generic_present_today_sets_no_scene(pipeline: Pipeline) -> None:
    text = ("The senator spoke about the past. The war was a tragedy. Historians disagree about it. "
            "The constitution under which we live today was written long ago.\n\n"
            "The White House spokeswoman accused the Democrats of lying.")
    event = _event(pipeline, text, "accused")
    assert event.date is None or event.date.source == "published"


def test_a_statement_inside_what_another_clause_says_takes_no_scene(pipeline: Pipeline) -> None:
    text = (LEDE + "The inquiry has run for weeks. The committee concluded its hearings on Tuesday.\n\n"
            "The senator noted that the White House spokeswoman had accused the Democrats of lying.")
    event = _event(pipeline, text, "accused")
    assert event.date is None or event.date.value != "2016-07-12"
