"""Issue 20, wave 4, on sentences written for accord: attributions without a speech verb — "Source: claim"
headlines, predicate adjectives of belief ("are confident that …"), documents as sources of "according to"
("according to a city report", not "according to plan"), a sentence-opening poll, "asked about" — and
content extent: a coordinated attribution of its own ends the content, a clause subject the parser hung on
the cue opens it; prepositional cues with "on" and gerund objects of stance verbs."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from accord.errors import ConfigError
from accord.pipeline import Pipeline
from accord.quotes.lexicon import DEFAULT_PATH, load_lexicon
from quote_helpers import quote_holding, quotes_in

# --- headlines ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("headline", "source", "content"), [
    ("Poll: Governor Smith Leads Challenger By Ten Points", "Poll", "Governor Smith Leads Challenger By Ten Points"),
    ("Senator Jones: Budget Deal Will Hurt Farmers", "Jones", "Budget Deal Will Hurt Farmers"),
    ("Newspaper: Mayor used city car for family trips", "Newspaper", "Mayor used city car for family trips"),
])
def test_source_colon_headline_attributes_the_rest(quote_pipeline: Pipeline, headline: str, source: str,
                                                    content: str) -> None:
    quotes = quotes_in(quote_pipeline, f"{headline}\n\nThe story went on from there on Tuesday.")
    quote = quote_holding(quotes, content)
    assert quote.text == content
    assert quote.cue == ":" and quote.direct is False
    assert quote.speaker is not None and source in quote.speaker.text


@pytest.mark.parametrize("headline", [
    "The Latest: Storm Moves East Toward Coast",  # a page label
    "Lisbon and Madrid: Two Capitals Face a Heat Wave",  # a topic, not a source
    "BREAKING: Storm Moves East Toward Coast",  # a label in capitals
    "Storm moves east toward the coast: residents told to leave",  # a sentence before the colon
])
def test_labels_and_topics_before_a_colon_are_no_source(quote_pipeline: Pipeline, headline: str) -> None:
    quotes = quotes_in(quote_pipeline, f"{headline}\n\nThe storm moved east overnight.")
    assert not [q for q in quotes if q.cue == ":"], [(q.text, q.cue) for q in quotes]


def test_only_the_opening_headline_counts(quote_pipeline: Pipeline) -> None:
    text = "Rain delays the harvest.\n\nFarmers: the wheat is late this year, and barley too."
    assert not [q for q in quotes_in(quote_pipeline, text) if q.cue == ":"]


# --- belief adjectives ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "content", "cue"), [
    ("Party leaders are confident that the bill will pass the Senate next week.",
     "that the bill will pass the Senate next week", "confident"),
    ("The coach remains convinced the team can still win the league.", "the team can still win the league",
     "convinced"),
    ("Residents were worried that the river would flood again.", "that the river would flood again", "worried"),
])
def test_belief_adjective_attributes_its_clause(quote_pipeline: Pipeline, text: str, content: str,
                                                cue: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, text), content)
    assert quote.text.strip(" .") == content
    assert quote.cue == cue and quote.type == "belief" and quote.speaker is not None


@pytest.mark.parametrize("text", [
    "It is certain that prices will rise.",  # an expletive subject: the writer's own claim
    "Make sure that the doors are locked.",  # a purpose, not a belief
])
def test_adjectives_without_a_believer_or_clause_attribute_nothing(quote_pipeline: Pipeline, text: str) -> None:
    assert quotes_in(quote_pipeline, text) == []


def test_eager_to_is_a_wish_not_a_belief(quote_pipeline: Pipeline) -> None:
    """No clause, so no belief; the to-infinitive is what the subject wants, as after "want" (an eventuality)."""
    quote = quote_holding(quotes_in(quote_pipeline, "The volunteers are eager to start the repairs."), "repairs")
    assert quote.text == "to start the repairs" and quote.type == "eventuality"


# --- according to a document ------------------------------------------------------------------------------

def test_according_to_a_report_or_a_law_names_a_source(quote_pipeline: Pipeline) -> None:
    text = ("Mayor Lopez, a former teacher, left the meeting early, according to a city report. According to "
            "state law, no vendor may sell food within ten metres of a school.")
    quotes = quotes_in(quote_pipeline, text)
    report = quote_holding(quotes, "left the meeting early")
    assert report.speaker is not None and "report" in report.speaker.text
    law = quote_holding(quotes, "no vendor may sell food")
    assert law.speaker is not None and "law" in law.speaker.text


def test_according_to_plan_is_a_manner(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The launch went according to plan and the crew landed safely.")
    assert not [q for q in quotes if (q.cue or "").lower() == "according to"]


# --- a poll opening the sentence --------------------------------------------------------------------------

def test_sentence_opening_poll_is_the_source_of_its_clause(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "In a Gallup survey released Tuesday, 60 percent of respondents backed the "
                                     "tax. In the latest poll by the Tribune, the mayor led her rival by nine points.")
    survey = quote_holding(quotes, "60 percent of respondents backed the tax")
    assert survey.cue == "In" and survey.speaker is not None and "survey" in survey.speaker.text
    poll = quote_holding(quotes, "the mayor led her rival by nine points")
    assert poll.speaker is not None and "poll" in poll.speaker.text


@pytest.mark.parametrize("text", [
    "The mayor is ahead in the polls, and her rival trails.",  # where she leads, not who says so
    "In the morning, the mayor visited the school.",  # a time, not a source
])
def test_in_without_an_opening_poll_is_no_source(quote_pipeline: Pipeline, text: str) -> None:
    assert not [q for q in quotes_in(quote_pipeline, text) if (q.cue or "").lower() == "in"]


# --- content extent: a coordinated attribution of its own, a subject the parser hung on the cue ------------

def test_content_ends_before_a_coordinated_attribution_with_its_own_subject(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "He said the real extremist is Clinton, and he railed against the "
                                     "moderators for failing to ask.")
    said = quote_holding(quotes, "the real extremist is Clinton")
    assert said.text == "the real extremist is Clinton"
    voters = quote_holding(quotes_in(quote_pipeline, "Most voters said the mayor is honest, and two-thirds said the "
                                              "same of her rival."), "the mayor is honest")
    assert voters.text == "the mayor is honest"


def test_a_second_that_clause_is_still_what_was_said(quote_pipeline: Pipeline) -> None:
    text = "Clinton said the U.S. needs to secure the border, but that she would not support mass deportation."
    quote = quote_holding(quotes_in(quote_pipeline, text), "secure the border")
    assert quote.text.endswith("she would not support mass deportation")


def test_content_keeps_a_subject_the_parser_hung_on_the_cue(quote_pipeline: Pipeline) -> None:
    text = "The budget office said about half of the rise in its projections reflected lower revenue."
    quote = quote_holding(quotes_in(quote_pipeline, text), "reflected lower revenue")
    assert quote.text == "about half of the rise in its projections reflected lower revenue"
    told = quote_holding(quotes_in(quote_pipeline, "The mayor told reporters the plan had failed."),
                         "the plan had failed")
    assert told.text == "the plan had failed"


def test_speaker_of_a_participle_the_parser_made_the_subject(quote_pipeline: Pipeline) -> None:
    text = "Voters in four states going to the polls on Tuesday said they support a plan to cut the sales tax."
    quote = quote_holding(quotes_in(quote_pipeline, text), "they support a plan")
    assert quote.speaker is not None and quote.speaker.text.startswith("Voters")


def test_asked_about_attributes_the_topic_without_the_one_asked(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "Asked on Tuesday about the strike, the mayor said talks would resume.")
    asked = quote_holding(quotes, "the strike")
    assert asked.text == "the strike" and asked.speaker is None  # "about" links the cue (wave 38, w38-qextent)
    assert quote_holding(quotes, "talks would resume").speaker is not None
    passive = quote_holding(quotes_in(quote_pipeline, "At a town hall, the mayor was asked about cutting the school "
                                               "budget."), "cutting the school budget")
    assert passive.text == "cutting the school budget"


# --- prepositional cues with "on", gerund objects -------------------------------------------------------------

def test_on_prepositions_survive_yaml_and_carry_their_object(quote_pipeline: Pipeline) -> None:
    called = quote_holding(quotes_in(quote_pipeline, "Senator Lee called on the governor to resign over the water "
                                              "crisis."), "the governor to resign")
    assert (called.cue or "").lower() == "called on" and called.type == "eventuality"
    commented = quote_holding(quotes_in(quote_pipeline, "The mayor commented on the new stadium plan."),
                         "the new stadium plan")
    assert (commented.cue or "").lower() == "commented on"


def test_a_bare_on_in_the_lexicon_is_refused(tmp_path: Path) -> None:
    shipped = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    shipped["preposition_cues"]["call"] = [True]  # what YAML 1.1 makes of an unquoted "on"
    bad = tmp_path / "cues.yaml"
    bad.write_text(yaml.safe_dump(shipped), encoding="utf-8")
    with pytest.raises(ConfigError, match="call"):
        load_lexicon(bad)
    assert "on" in load_lexicon().preposition_cues["call"]


def test_gerund_object_of_a_stance_verb(quote_pipeline: Pipeline) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, "Most farmers support cutting the fuel tax."),
                          "cutting the fuel tax")
    assert quote.text == "cutting the fuel tax" and quote.type == "stance"
    assert quote.speaker is not None and "farmers" in quote.speaker.text


def test_on_a_date_is_when_not_what(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The minister spoke to journalists on Friday.")
    assert not [q for q in quotes if "Friday" in q.text], [(q.text, q.cue) for q in quotes]
    topic = quotes_in(quote_pipeline, "The minister commented on the grain deal.")
    assert quote_holding(topic, "the grain deal").cue is not None


def test_speaking_on_condition_of_anonymity_attributes_nothing(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The official, who spoke on condition of anonymity, said the talks had "
                                     "stalled.")
    assert [q.text for q in quotes] == ["the talks had stalled"]


def test_a_speech_verb_in_the_cues_tense_ends_the_content(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "He says the obvious answer was to break up the banks and says he wrote a "
                                     "bill to do that.")
    first = quote_holding(quotes, "break up the banks")
    assert first.text == "the obvious answer was to break up the banks"
    second = quote_holding(quotes, "he wrote a bill")
    assert second.speaker is not None and second.speaker.text == "He"
    # a verb in another tense than the cue's is part of what was said
    told = quote_holding(quotes_in(quote_pipeline, "The mayor said the council met on Monday and approved the budget."),
                    "the council met")
    assert told.text.endswith("approved the budget")
