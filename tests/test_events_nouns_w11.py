"""Events told by nouns (wave 11): an act a preposition of time places at another moment stands on its own; the
from-phrase of a noun of giving, asking or warning and the of-phrase of a noun of asking name its doer, as a
by-phrase does; an event noun told as raging happens; an armed act that hits strikes. Every sentence is written
for these tests."""

from __future__ import annotations

from accord.pipeline import Pipeline
from accord.records import Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in pipeline.extract(text, published="2021-03-01").events if e.factuality == "asserted"]


def _of_type(events: list[Event], event_type: str, trigger: str) -> Event:
    found = [e for e in events if e.type == event_type and e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


def _names(actors: tuple[object, ...]) -> str:
    return " ".join(str(getattr(a, "text", "")) for a in actors)


# --- an act at another moment -----------------------------------------------------------------------------------

def test_an_arrest_since_which_someone_is_held_is_an_event_of_its_own(pipeline: Pipeline) -> None:
    events = _events(pipeline, "The minister has been held in Peru on corruption charges since his arrest in May.")
    assert _of_type(events, "COERCE", "arrest")


def test_a_noun_in_the_verbs_own_circumstance_is_still_its_content(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Iran held talks with France in Geneva.")
    talks = _of_type(events, "CONSULT", "talks")
    assert "France" in _names(talks.recipient)


# --- a phrase that names the doer -------------------------------------------------------------------------------

def test_a_threat_from_someone_is_that_ones_threat(pipeline: Pipeline) -> None:
    events = _events(pipeline, "The judge fled Lima after a death threat from a rebel commander.")
    threat = _of_type(events, "THREATEN", "threat")
    assert "commander" in _names(threat.actor)


def test_backing_from_states_names_its_givers(pipeline: Pipeline) -> None:
    events = _events(pipeline, "The rebels advanced on the capital with extensive backing from Brazil.")
    backing = _of_type(events, "SUPPORT", "backing")
    assert "Brazil" in _names(backing.actor)
    assert "Brazil" not in _names(backing.recipient)


def test_at_the_request_of_someone_that_one_asks(pipeline: Pipeline) -> None:
    events = _events(pipeline, "The envoy came to Lima at the request of the Peruvian president.")
    request = _of_type(events, "REQUEST", "request")
    assert "president" in _names(request.actor)


def test_a_purchase_from_a_state_does_not_make_the_seller_its_doer(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Chile's purchase of jets from Sweden was completed.")
    assert all("Sweden" not in _names(e.actor) for e in events)


def test_a_possessor_alone_still_names_no_event(pipeline: Pipeline) -> None:
    assert not [e for e in _events(pipeline, "The senator's proposal was controversial.") if e.type == "AGREE"]


# --- happening and hitting --------------------------------------------------------------------------------------

def test_battles_raging_happen(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Fierce battles were raging in the north of the province.")
    assert _of_type(events, "ASSAULT", "battles")


def test_airstrikes_that_hit_a_town_strike_it(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Russian airstrikes hit Idlib on Monday.")
    strike = _of_type(events, "ASSAULT", "hit")
    assert "Russia" in _names(strike.actor) or "Russian" in _names(strike.actor)


def test_a_walkout_that_hits_production_is_no_attack(pipeline: Pipeline) -> None:
    events = _events(pipeline, "The strike hit production at the plant.")
    assert "ASSAULT" not in {e.type for e in events}
