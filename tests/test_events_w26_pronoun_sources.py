"""A subject pronoun's antecedent (wave 26, issue 18): a plural thing that a verb takes as its object and that
names no actor ("impossible to identify *these fanatics* until they attack") is what a later "they" may mean, so
"they" is left unresolved there rather than bound to actors further back; actors still come first when they rank
first."""

from __future__ import annotations

from accord.doc_index import sentences
from accord.events.frames import sentence_frames
from accord.events.tables import Tables
from accord.pipeline import Pipeline
from event_helpers import asserted_events, event_of_type

MEETING = "The Peruvian and Chilean presidents met in Lima on Monday. "


def test_they_after_a_plural_object_is_not_the_actors_before(unfiltered_pipeline: Pipeline,
                                                              tables: Tables) -> None:
    # the attack is read (its frame), but with "they" left unresolved nobody is identifiable, so no event is coded
    # (arguments: "nobody identifiable"); bound to the presidents before, it was an attack by Peru and Chile
    text = MEETING + "It is hard to stop these fanatics before they attack."
    doc = unfiltered_pipeline.nlp(text)
    assert [f.type for f in sentence_frames(sentences(doc)[1], tables) if f.trigger.text == "attack"] == ["ASSAULT"]
    events = unfiltered_pipeline.extract(text).events  # every factuality, the learned judge off
    assert [e for e in events if e.trigger.text == "attack"] == [], events


def test_they_after_a_plural_object_leaves_the_attack_without_a_doer(unfiltered_pipeline: Pipeline) -> None:
    # with a target named, the attack is coded: "they" is there and bound to nobody (no doer), not the presidents
    text = MEETING + "It is hard to stop these fanatics before they attack Bolivian towns."
    attacks = [e for e in unfiltered_pipeline.extract(text).events if e.trigger.text == "attack"]
    assert [e.type for e in attacks] == ["ASSAULT"], attacks
    assert list(attacks[0].actor) == [], attacks  # "they" unresolved: no doer, least of all Peru or Chile
    assert [r.country for r in attacks[0].recipient] == ["BOL"], attacks


def test_they_still_means_the_soldiers_named_as_subject_before(pipeline: Pipeline) -> None:
    text = "Chilean soldiers seized the rifles at the border on Monday. They accused the smugglers of firing first."
    event = event_of_type(asserted_events(pipeline, text), "ACCUSE", "accused")
    assert [a.sector for a in event.actor] == ["MIL"] and event.actor[0].country == "CHL", event.actor
