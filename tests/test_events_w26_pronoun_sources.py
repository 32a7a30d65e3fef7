"""A subject pronoun's antecedent (wave 26, issue 18): a plural thing that a verb takes as its object and that
names no actor ("impossible to identify *these fanatics* until they attack") is what a later "they" may mean, so
"they" is left unresolved there rather than bound to actors further back; actors still come first when they rank
first."""

from __future__ import annotations

from accord.pipeline import Pipeline
from event_helpers import asserted_events, event_of_type


def test_they_after_a_plural_object_is_not_the_actors_before(pipeline: Pipeline) -> None:
    text = ("The Peruvian and Chilean presidents met in Lima on Monday. "
            "It is hard to stop these fanatics before they attack.")
    attacks = [e for e in asserted_events(pipeline, text) if e.type == "ASSAULT"]
    assert not any(a.country in ("PER", "CHL") for e in attacks for a in e.actor), attacks


def test_they_still_means_the_soldiers_named_as_subject_before(pipeline: Pipeline) -> None:
    text = "Chilean soldiers seized the rifles at the border on Monday. They accused the smugglers of firing first."
    event = event_of_type(asserted_events(pipeline, text), "ACCUSE", "accused")
    assert [a.sector for a in event.actor] == ["MIL"] and event.actor[0].country == "CHL", event.actor
