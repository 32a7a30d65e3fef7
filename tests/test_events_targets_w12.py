"""Layer 4 on sentences written for these tests: which phrase is an event's target (wave 12). Those who act
with the doer are no targets (the object of "join X in/to V", the with-phrase of a hostile act that says whom it
is against); a stance towards a hostile act is towards its doer, not its victims or where it happened; and one
stretch of text is never both sides."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from accord.pipeline import Pipeline
from accord.records import Actor, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.extract(text, published="2024-03-04", id="t").events


def _countries(actors: Iterable[Actor]) -> list[str]:
    return sorted(a.country for a in actors if a.country)


def _event(pipeline: Pipeline, text: str, event_type: str, trigger: str) -> Event:
    events = _events(pipeline, text)
    found = [e for e in events if e.type == event_type and e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


# --- co-actors: "join X in V-ing", "join X to V" ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "event_type", "trigger", "actors", "targets"), [
    ("Ghana joined Nigeria in condemning the coup.", "ACCUSE", "condemning", ["GHA", "NGA"], []),
    ("Ghana joined Nigeria and Togo in condemning Mali.", "ACCUSE", "condemning", ["GHA", "NGA", "TGO"], ["MLI"]),
    ("Canada joined Australia to impose sanctions on Myanmar.", "SANCTION", "sanctions", ["AUS", "CAN"], ["MMR"]),
])
def test_the_object_of_join_acts_with_the_subject(pipeline: Pipeline, text: str, event_type: str, trigger: str,
                                                  actors: list[str], targets: list[str]) -> None:
    event = _event(pipeline, text, event_type, trigger)
    assert _countries(event.actor) == actors
    assert _countries(event.recipient) == targets


def test_joining_an_event_keeps_its_partner(pipeline: Pipeline) -> None:
    """"joined talks with X": the talks are what is joined; their partner is still the other side."""
    event = _event(pipeline, "Ecuador joined talks with Peru.", "CONSULT", "talks")
    assert _countries(event.actor) == ["ECU"]
    assert _countries(event.recipient) == ["PER"]


# --- the with-companions of a hostile act -----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "event_type", "trigger", "target"), [
    ("Ethiopia launched an offensive with Somali militias against al-Shabaab.", "ASSAULT", "offensive",
     "al-Shabaab"),
    ("Rwandan troops fought with Congolese soldiers against the rebels.", "ASSAULT", "fought", "the rebels"),
])
def test_a_hostile_acts_with_phrase_is_no_target_beside_against(pipeline: Pipeline, text: str, event_type: str,
                                                                trigger: str, target: str) -> None:
    event = _event(pipeline, text, event_type, trigger)
    assert [a.text for a in event.recipient] == [target]


def test_clashing_with_keeps_the_other_side(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Sudanese troops clashed with Ethiopian forces near the border.", "ASSAULT", "clashed")
    assert _countries(event.recipient) == ["ETH"]


# --- a stance towards a hostile act ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("The African Union condemned the attack on aid workers in Niger.", "ACCUSE", "condemned"),
    ("Egypt denounced the strikes on Libya.", "ACCUSE", "denounced"),
    ("India opposed the sanctions on Venezuela.", "REJECT", "opposed"),
    ("The EU condemned the killing of protesters in Tehran.", "ACCUSE", "condemned"),
])
def test_the_victims_of_a_condemned_act_are_not_the_target(pipeline: Pipeline, text: str, event_type: str,
                                                           trigger: str) -> None:
    event = _event(pipeline, text, event_type, trigger)
    assert event.recipient == ()


@pytest.mark.parametrize(("text", "event_type", "trigger", "target"), [
    ("Kenya condemned the attack on its embassy by al-Shabaab.", "ACCUSE", "condemned", "SOM"),
    ("The EU condemned the Russian strikes on Kyiv.", "ACCUSE", "condemned", "RUS"),
    ("Chile denounced Peru's blockade of the port.", "ACCUSE", "denounced", "PER"),
    # the act's undergoer of a verb below the stance is not what the stance judges
    ("Israel refused to lift the curfew on Palestinians in Gaza.", "REJECT", "refused", "PSE"),
    # what the stance word takes itself stays its target
    ("Iran accused Israel of attacks on its nuclear sites.", "ACCUSE", "accused", "ISR"),
])
def test_a_stance_towards_an_act_targets_its_doer(pipeline: Pipeline, text: str, event_type: str, trigger: str,
                                                   target: str) -> None:
    event = _event(pipeline, text, event_type, trigger)
    assert _countries(event.recipient) == [target]


# --- one stretch of text, one side --------------------------------------------------------------------------------


def test_a_party_is_not_its_own_place_target(pipeline: Pipeline) -> None:
    """The parties refusing are named in the phrase the refusal hangs on; the place their name names is not a
    second reading of them as the target."""
    event = _event(pipeline, "The court opened a case against the Czech Republic and Slovakia for refusing to join a "
                   "scheme that resettled migrants.", "REJECT", "refusing")
    assert _countries(event.actor) == ["CZE", "SVK"]
    assert event.recipient == ()


# --- the campaign and its target -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "target"), [
    ("The PKK has fought a decades-long insurgency against the Turkish state.", "Turkish"),
    ("Houthi fighters fought a long war against the Saudi-led coalition.", "the Saudi-led coalition"),
])
def test_an_object_with_its_own_against_phrase_is_the_campaign(pipeline: Pipeline, text: str, target: str) -> None:
    event = _event(pipeline, text, "ASSAULT", "fought")
    assert [a.text for a in event.recipient] == [target]


def test_an_object_without_against_phrase_stays_the_target(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Nigerian troops fought Boko Haram fighters near Maiduguri.", "ASSAULT", "fought")
    assert [a.text for a in event.recipient] == ["Boko Haram fighters"]


# --- a coordinated verb's phrases belong to its own act ------------------------------------------------------------


def test_the_event_verbs_own_object_outranks_a_coordinated_verbs_phrase(pipeline: Pipeline) -> None:
    """"visited X and liaised with Y": the visit is to X; Y is the partner of the liaising."""
    event = _event(pipeline, "Consular officials visited Julian Assange at a prison in London and liaised with British "
                   "authorities on his behalf.", "CONSULT", "visited")
    assert [a.text for a in event.recipient] == ["Julian Assange"]


def test_a_coordinated_verbs_phrase_serves_when_the_own_object_names_nobody(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Consular officials visited the prison and met Turkish authorities.", "CONSULT",
                   "visited")
    assert _countries(event.recipient) == ["TUR"]


# --- the place a passive's subject names ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "place", "country"), [
    ("The town of Bucha was shelled by Russian artillery.", "shelled", "Bucha", "UKR"),
    ("The village of Kafr Nabl was bombed by Syrian jets.", "bombed", "Kafr Nabl", "SYR"),
])
def test_a_place_attacked_in_the_passive_is_the_target(pipeline: Pipeline, text: str, trigger: str, place: str,
                                                       country: str) -> None:
    """As the active verb's object would ("shelled the town of Bucha"), the place stands for those it was done to."""
    event = _event(pipeline, text, "ASSAULT", trigger)
    assert [(a.text, a.country) for a in event.recipient] == [(place, country)]


def test_a_party_in_the_passive_subject_stays_the_target(pipeline: Pipeline) -> None:
    event = _event(pipeline, "The embassy in Kabul was attacked by gunmen.", "ASSAULT", "attacked")
    assert [a.text for a in event.recipient] == ["The embassy in Kabul"]


# --- the addressee of a directive ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The minister asked donors to send aid to Somalia.",
    "The envoy urged all parties to stop the shelling of Tripoli.",
])
def test_whom_a_directive_asks_is_its_object_not_the_parties_of_the_act_asked_for(pipeline: Pipeline,
                                                                                  text: str) -> None:
    """"asked donors to send aid to Somalia": the donors are asked, whom no actor record names; Somalia is the
    goal of what they are asked to do, not the addressee."""
    event = next(e for e in _events(pipeline, text) if e.type == "REQUEST")
    assert event.recipient == ()


def test_a_named_addressee_stays_the_target(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Ukraine asked Germany to send tanks.", "REQUEST", "asked")
    assert _countries(event.recipient) == ["DEU"]


# --- what a commitment commits the committer's own state to ---------------------------------------------------------


def test_the_committers_own_state_in_the_promised_clause_is_no_target(pipeline: Pipeline) -> None:
    """"promised Britain would take in refugees": Britain is who will do it, the promiser's side."""
    event = _event(pipeline, "The British prime minister promised Britain would take in 20,000 refugees.", "AGREE",
                   "promised")
    assert "GBR" not in [a.country for a in event.recipient if a.kind == "country"]


def test_another_state_in_a_threatened_clause_stays_the_target(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Iran threatened that Israel would pay a heavy price.", "THREATEN", "threatened")
    assert _countries(event.recipient) == ["ISR"]
