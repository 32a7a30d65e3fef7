"""A medial attribution by a verb of telling keeps its listener inside the attribution ("The bridge, she told
reporters, will close"): the sentence around it is the content, on sentences written for accord."""

from __future__ import annotations

from accord.pipeline import Pipeline
from quote_helpers import quotes_in


def test_a_listener_inside_a_medial_attribution(quote_pipeline: Pipeline) -> None:
    quotes = [q for q in quotes_in(quote_pipeline, "Instead, the mayor told CNN, the bridge would merely be "
                                   "repaired.") if q.cue == "told"]
    assert any(q.text == "the bridge would merely be repaired" for q in quotes), [q.text for q in quotes]
    assert all(q.speaker is not None and q.speaker.text == "the mayor" for q in quotes)


def test_a_clause_after_the_listener_is_still_the_object_of_telling(quote_pipeline: Pipeline) -> None:
    quotes = [q for q in quotes_in(quote_pipeline, "The mayor told reporters that the bridge would close.")
              if q.cue == "told"]
    assert [q.text for q in quotes] == ["that the bridge would close"]
