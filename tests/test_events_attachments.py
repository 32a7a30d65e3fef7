"""The sentence-indexed attachment of dates, places and quantities answers exactly as the helpers do."""

from __future__ import annotations

from accord.dates import event_date
from accord.events.attachments import Attachments
from accord.pipeline import Pipeline
from accord.places import event_location
from accord.quantities import event_quantities

TEXT = (
    "Ministers from Kenya and Tanzania met in Arusha on Monday and signed three trade protocols.\n\n"
    "Fighting broke out near the border town of Namanga last week. At least 14 herders were killed.\n\n"
    "Tanzania pledged $12 million for road repairs on Friday, officials in Dodoma said."
)


def test_indexed_attachments_match_the_helpers(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(TEXT)
    attachments = Attachments(doc, event_date, event_location, event_quantities)
    checked = 0
    for token in doc:
        if token.pos_ not in ("VERB", "NOUN"):
            continue
        for event_type in ("ASSAULT", "AGREE"):
            assert attachments.date(token) == event_date(doc, token)
            assert attachments.location(token) == event_location(doc, token)
            assert attachments.quantities(token, event_type) == event_quantities(doc, token, event_type)
            checked += 1
    assert checked > 20
    assert any(attachments.quantities(t, "ASSAULT") for t in doc if t.lemma_ == "kill")
