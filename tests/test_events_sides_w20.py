"""Layer 4 on sentences written for these tests (wave 20b): the sides of an event, where judges found the wrong
phrase named as target or source.

- A coordinated subject of an act of force is allies acting together ("Russian and Syrian jets bombed the town"):
  only fighting words ("clashed", "fought", "exchanged fire") set its members against each other.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import countries_of as _countries
from event_helpers import the_event as _event


@pytest.mark.parametrize(("text", "trigger"), [
    ("Russian and Syrian jets bombed rebel positions near the town on Tuesday.", "bombed"),
    ("French and British aircraft carried out airstrikes on the port on Monday.", "airstrikes"),
    ("Turkish troops and allied Syrian fighters launched an offensive on the enclave.", "offensive"),
])
def test_a_coordinated_subject_of_force_acts_together(pipeline: Pipeline, text: str, trigger: str) -> None:
    event = _event(pipeline, text, trigger)
    # the coordinated doers are one side: none of them is made the target (a target of its own, the rebels whose
    # positions were bombed, is kept since wave 37's mend of the country-less target check)
    assert event.actor and not event.reciprocal
    assert not set(_countries(event.recipient)) & set(_countries(event.actor)), event.recipient
    assert all(a.country is None for a in event.recipient), event.recipient


@pytest.mark.parametrize(("text", "trigger", "sides"), [
    ("Indian and Chinese troops clashed on the disputed border on Monday.", "clashed", {"IND", "CHN"}),
    ("Armenian and Azerbaijani forces fought near the frontier on Sunday.", "fought", {"ARM", "AZE"}),
    ("Israeli and Egyptian soldiers exchanged fire at the crossing on Tuesday.", "exchanged", {"ISR", "EGY"}),
])
def test_a_coordinated_subject_of_fighting_words_fights_itself(pipeline: Pipeline, text: str, trigger: str,
                                                               sides: set[str]) -> None:
    event = _event(pipeline, text, trigger)
    assert event.reciprocal
    assert set(_countries(event.actor)) | set(_countries(event.recipient)) == sides
    assert event.actor and event.recipient
