"""Event recall in the candidate and type layers: realisations of an event word that the parse splits or
hides. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Event


def _asserted(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in pipeline.extract(text, published="2022-05-02").events if e.factuality == "asserted"]


def _types(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in _asserted(pipeline, text)]


# "call for X to do Y": the parser makes "for" the complementizer of the infinitive clause, not the verb's
# preposition; the two-word sense of the verb still holds.
FOR_TO = [
    ("Norway called for the truce to start at once.", "called"),
    ("The Irish government is calling for the border crossings to be reopened.", "calling"),
    ("Chile called for the detained reporters to be freed.", "called"),
]


@pytest.mark.parametrize(("text", "trigger"), FOR_TO, ids=[t[:40] for t, _ in FOR_TO])
def test_a_call_for_an_infinitive_clause_is_a_request(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert ("REQUEST", trigger) in _types(pipeline, text), _types(pipeline, text)


NOT_A_CALL = [
    "Norway waited for the truce to start.",
    "Chile called the detained reporters brave.",
    "It is time for the talks to begin.",
]


@pytest.mark.parametrize("text", NOT_A_CALL, ids=[t[:40] for t in NOT_A_CALL])
def test_for_before_an_infinitive_clause_makes_no_request_of_other_verbs(pipeline: Pipeline, text: str) -> None:
    assert "REQUEST" not in [t for t, _ in _types(pipeline, text)], _types(pipeline, text)


# "X said Y needs to / has to do Z" says what "X said Y must do Z" says: a demand by X on Y, even when Z is no
# event word.
SEMI_MODAL = [
    ("The Danish minister said Iran has to return to the negotiating table.", ("REQUEST", "has")),
    ("Sweden said the European Union needs to take in more refugees.", ("REQUEST", "needs")),
    ("Sweden said Iran must not withdraw its envoy.", ("REQUEST", "withdraw")),  # "must not": still a demand
]


@pytest.mark.parametrize(("text", "expected"), SEMI_MODAL, ids=[t[:40] for t, _ in SEMI_MODAL])
def test_a_reported_obligation_through_need_to_or_have_to_is_a_demand(pipeline: Pipeline, text: str,
                                                                     expected: tuple[str, str]) -> None:
    assert expected in _types(pipeline, text), _types(pipeline, text)


NO_DEMAND = [
    "Sweden said the talks would have to be concluded first.",  # a necessity foreseen, not a demand
    "Sweden said Iran will have to pay a price.",
    "Sweden said Iran needed to pay the bill.",  # told in the past
    "Sweden said Iran has yet to answer the letter.",  # undecided
    "Sweden said Iran does not need to apologise.",  # no obligation ("must not" would be one)
    "Sweden said Iran needs more time.",  # no infinitive: a need, not an obligation
]


@pytest.mark.parametrize("text", NO_DEMAND, ids=[t[:40] for t in NO_DEMAND])
def test_foreseen_past_undecided_or_absent_obligations_are_no_demand(pipeline: Pipeline, text: str) -> None:
    assert "REQUEST" not in [t for t, _ in _types(pipeline, text)], _types(pipeline, text)


def test_what_a_call_for_demands_is_not_coded_again(pipeline: Pipeline) -> None:
    """docs/annotation.md: what is demanded is not a separate (hypothetical) event of its own."""
    found = [(e.type, e.trigger.text) for e in pipeline.extract(
        "Peru's sports minister called for Ghana to be banned from the tournament.", published="2022-05-02").events]
    assert found == [("REQUEST", "called")], found


# "fire at/on" and the other prepositions of aim: the verb of shooting, whichever preposition names the target.
FIRED = [
    "Belarusian border guards fired towards a Lithuanian patrol.",
    "Egyptian soldiers fired upon a smuggling boat near Rafah.",
    "The Serbian army kept firing toward the village.",
]


@pytest.mark.parametrize("text", FIRED, ids=[t[:40] for t in FIRED])
def test_firing_towards_a_target_is_an_assault(pipeline: Pipeline, text: str) -> None:
    assert "ASSAULT" in [t for t, _ in _types(pipeline, text)], _types(pipeline, text)


NOT_FIRED = [
    "The president fired his chief of staff.",
    "Kenya fired into the lead in the medal table.",
]


@pytest.mark.parametrize("text", NOT_FIRED, ids=[t[:40] for t in NOT_FIRED])
def test_firing_a_person_or_into_a_lead_is_no_assault(pipeline: Pipeline, text: str) -> None:
    assert "ASSAULT" not in [t for t, _ in _types(pipeline, text)], _types(pipeline, text)


# A gerund clause with its own subject is a verb's object, and names an act, not a party: the verbs whose sense
# turns on a thing object take the thing sense ("welcomed the pullback" SUPPORT, "protested the ban" ACCUSE).
GERUND_OBJECT = [
    ("Chile welcomed Peru reopening its embassy.", ("SUPPORT", "welcomed")),
    ("Greece protested Turkey sending survey ships.", ("ACCUSE", "protested")),
]


@pytest.mark.parametrize(("text", "expected"), GERUND_OBJECT, ids=[t[:40] for t, _ in GERUND_OBJECT])
def test_a_gerund_clause_object_is_a_thing_not_a_party(pipeline: Pipeline, text: str,
                                                       expected: tuple[str, str]) -> None:
    assert expected in _types(pipeline, text), _types(pipeline, text)


def test_a_welcomed_party_is_still_hosted(pipeline: Pipeline) -> None:
    assert ("SUPPORT", "welcomed") not in _types(pipeline, "Chile welcomed the Peruvian delegation.")


# "X said it would sign Y": announcing one's own agreement to come is the promise, made now (AGREE, asserted), as
# announcing any other cooperative act to come is; a negated one is a refusal, a narrator's forecast no event.
ANNOUNCED_AGREEMENT = [
    "The militia said it would sign the truce.",
    "The two unions said they would implement the pay accord.",
    "Estonia said it will sign the treaty next month.",
]


@pytest.mark.parametrize("text", ANNOUNCED_AGREEMENT, ids=[t[:40] for t in ANNOUNCED_AGREEMENT])
def test_announcing_ones_own_agreement_is_an_asserted_promise(pipeline: Pipeline, text: str) -> None:
    assert "AGREE" in [t for t, _ in _types(pipeline, text)], _types(pipeline, text)


def test_announcing_that_one_will_not_sign_is_a_refusal(pipeline: Pipeline) -> None:
    types = [t for t, _ in _types(pipeline, "The militia said it would not sign the truce.")]
    assert "REJECT" in types and "AGREE" not in types, types


def test_a_forecast_of_an_agreement_is_no_promise(pipeline: Pipeline) -> None:
    assert "AGREE" not in [t for t, _ in _types(pipeline, "The two presidents will sign the treaty on Friday.")]


# A noun of physical harm that names its doer asserts the act even inside another event's clause, where an event
# noun is otherwise a circumstance; without its doer, or with a time in the possessive, it stays one.
HARM_WITH_DOER = [
    ("Farmers, troubled by the army's shelling of their villages, blocked the highway.", "shelling"),
    ("Shopkeepers, frightened by a Peruvian incursion, closed the market.", "incursion"),
]


@pytest.mark.parametrize(("text", "trigger"), HARM_WITH_DOER, ids=[t[:40] for t, _ in HARM_WITH_DOER])
def test_a_harm_noun_naming_its_doer_is_an_event_inside_another_clause(pipeline: Pipeline, text: str,
                                                                       trigger: str) -> None:
    types = _types(pipeline, text)
    assert any(t in ("ASSAULT", "COERCE") and w == trigger for t, w in types), types


HARM_AS_CIRCUMSTANCE = [
    ("Farmers, troubled by the shelling, blocked the highway.", "shelling"),
    ("Workers struck in protest of last month's arrest of two union leaders.", "arrest"),
    ("He was released a year after his arrest.", "arrest"),
]


@pytest.mark.parametrize(("text", "trigger"), HARM_AS_CIRCUMSTANCE, ids=[t[:40] for t, _ in HARM_AS_CIRCUMSTANCE])
def test_a_harm_noun_without_its_doer_stays_a_circumstance(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert trigger not in [w for _, w in _types(pipeline, text)], _types(pipeline, text)


# "claim" with a that-clause is an allegation (ACCUSE) only when the clause tells what another party did: its
# active subject, or its passive's by-agent, names a party. A claim about oneself, about no party's doing, or a
# claim to something ("claimed victory") accuses nobody.
CLAIMS_AGAINST_A_PARTY = [
    ("Bolivian farmers have claimed that the government is trying to seize their land.", "the government"),
    ("Ecuador claimed that Peru had armed the smugglers.", "Peru"),
]


@pytest.mark.parametrize(("text", "accused"), CLAIMS_AGAINST_A_PARTY, ids=[t[:40] for t, _ in CLAIMS_AGAINST_A_PARTY])
def test_a_claim_that_another_party_acted_is_an_accusation(pipeline: Pipeline, text: str, accused: str) -> None:
    events = [e for e in _asserted(pipeline, text) if e.type == "ACCUSE" and e.trigger.text == "claimed"]
    assert events and accused in [a.text for a in events[0].recipient], _types(pipeline, text)


NO_ALLEGATION = [
    "Ecuador claimed victory in the border dispute.",
    "The minister claimed he had never met the envoy.",
    "Ecuador claimed that the economy was growing again.",
    "The general claimed more soldiers were needed at the border.",
    "The rebels claimed responsibility for the bombing.",
]


@pytest.mark.parametrize("text", NO_ALLEGATION, ids=[t[:40] for t in NO_ALLEGATION])
def test_a_claim_about_oneself_or_no_party_accuses_nobody(pipeline: Pipeline, text: str) -> None:
    assert ("ACCUSE", "claimed") not in _types(pipeline, text), _types(pipeline, text)


# A bare event noun that names one side only mostly refers to an act ("Putin's visit was symbolic"); one whose doer
# a by-phrase names, like a passive's agent, tells the act.
def test_an_event_noun_with_a_by_agent_is_an_act_of_that_agent(pipeline: Pipeline) -> None:
    events = [e for e in _asserted(pipeline, "The protest prompted a sharp rebuke by the Bolivian president.")
              if e.type == "ACCUSE"]
    assert events and events[0].actor and events[0].actor[0].text == "the Bolivian president", events


@pytest.mark.parametrize("text", ["Macron's visit was symbolic.", "The protest prompted a sharp rebuke."])
def test_an_event_noun_with_one_side_and_no_agent_tells_no_event(pipeline: Pipeline, text: str) -> None:
    assert _types(pipeline, text) == [], _types(pipeline, text)


# A harm a speaker foretells another party will suffer ("will pay the price", "will face consequences") threatens
# that party: a THREATEN by the speaker on the clause's subject, though no event word is said.
FORETOLD_HARMS = [
    ("Ecuador said Colombia would pay a heavy price for the raid.", "Colombia"),
    ("The Ecuadorian minister said Colombia would face consequences if it moved troops.", "Colombia"),
    ('"Colombia will have to pay the price," the Ecuadorian minister said.', "Colombia"),
]


@pytest.mark.parametrize(("text", "threatened"), FORETOLD_HARMS, ids=[t[:40] for t, _ in FORETOLD_HARMS])
def test_a_harm_foretold_to_a_party_is_a_threat_on_it(pipeline: Pipeline, text: str, threatened: str) -> None:
    events = [e for e in _asserted(pipeline, text) if e.type == "THREATEN"]
    assert events and threatened in [r.text for r in events[0].recipient], _types(pipeline, text)


NOT_A_FORETOLD_HARM = [
    "Ecuador said Colombia would not face any consequences.",
    "Ecuador said it would pay the price for its own mistakes.",
    '"We will pay the price," the Ecuadorian minister said.',
    "Ecuador said Colombian importers would pay a higher price for fuel.",
]


@pytest.mark.parametrize("text", NOT_A_FORETOLD_HARM, ids=[t[:40] for t in NOT_A_FORETOLD_HARM])
def test_no_threat_in_a_harm_denied_self_foretold_or_a_real_price(pipeline: Pipeline, text: str) -> None:
    assert "THREATEN" not in [t for t, _ in _types(pipeline, text)], _types(pipeline, text)


def test_an_accusation_of_a_passive_act_accuses_its_by_agent(pipeline: Pipeline) -> None:
    text = "Ecuador alleged that the ballots had been forged by Peruvian officials."
    events = [e for e in _asserted(pipeline, text) if e.type == "ACCUSE"]
    assert events and [r.text for r in events[0].recipient] == ["Peruvian officials"], events
