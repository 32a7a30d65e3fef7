"""Events told by nouns (wave 11): an act a preposition of time places at another moment stands on its own; the
from-phrase of a noun of giving, asking or warning and the of-phrase of a noun of asking name its doer, as a
by-phrase does; an event noun told as raging happens; an armed act that hits strikes. Every sentence is written
for these tests."""

from __future__ import annotations

from accord.pipeline import Pipeline
from event_helpers import actor_texts, asserted_events, event_of_type

_events = asserted_events
_of_type = event_of_type
_names = actor_texts


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


# --- light verbs and their nouns --------------------------------------------------------------------------------

def test_a_legal_case_begun_against_a_state_is_a_lawsuit(pipeline: Pipeline) -> None:
    events = _events(pipeline, "The European Commission began a legal case against Poland for refusing to accept "
                               "refugees.")
    case = _of_type(events, "ACCUSE", "case")
    assert "Poland" in _names(case.recipient)
    assert "Commission" in _names(case.actor)


def test_a_court_case_names_no_court_as_its_doer(pipeline: Pipeline) -> None:
    events = _events(pipeline, "The court case against the former president opened in Lima.")
    case = _of_type(events, "ACCUSE", "case")
    assert "court" not in _names(case.actor)


def test_war_waged_on_a_state_is_an_attack(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Russia waged war on Ukraine.")
    war = _of_type(events, "ASSAULT", "war")
    assert "Ukraine" in _names(war.recipient)


# --- an act that causes another ---------------------------------------------------------------------------------

def test_an_arrest_that_sparked_protests_is_an_event_and_not_the_protesters(pipeline: Pipeline) -> None:
    events = _events(pipeline, "The arrest of the mayor sparked protests by students in Lima.")
    arrest = _of_type(events, "COERCE", "arrest")
    assert "mayor" in _names(arrest.recipient)
    protests = _of_type(events, "PROTEST", "protests")
    assert "mayor" not in _names(protests.actor)


def test_criticism_sparked_by_an_announcement_is_the_critics(pipeline: Pipeline) -> None:
    events = _events(pipeline, "The Peruvian announcement sparked criticism from Chile.")
    criticism = _of_type(events, "ACCUSE", "criticism")
    assert "Chile" in _names(criticism.actor)
    assert "Peru" not in _names(criticism.actor)


def test_the_cause_of_a_campaign_does_not_wage_it(pipeline: Pipeline) -> None:
    events = _events(pipeline, "The Chilean announcement led to a military campaign against Peru.")
    assert all("Chile" not in _names(e.actor) for e in events if e.type == "ASSAULT")


def test_who_leads_an_attack_does_it(pipeline: Pipeline) -> None:
    events = _events(pipeline, "The Chilean navy led the attack on the port.")
    attack = _of_type(events, "ASSAULT", "attack")
    assert "navy" in _names(attack.actor)


def test_pressure_raised_by_an_act_comes_from_nobody(pipeline: Pipeline) -> None:
    events = _events(pipeline, "The fighting increased pressure on the Peruvian president.")
    assert "REQUEST" not in {e.type for e in events}


# --- a named party modifying the noun of an act -----------------------------------------------------------------

def test_a_states_name_modifying_a_veto_names_who_vetoed(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Chinese vetoes blocked the resolution.")
    veto = _of_type(events, "REJECT", "vetoes")
    assert "Chinese" in _names(veto.actor) or "China" in _names(veto.actor)


def test_an_unspecified_veto_is_none(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Any Chinese veto would block the resolution.")
    assert "REJECT" not in {e.type for e in events}


def test_a_possessors_stance_alone_is_no_event(pipeline: Pipeline) -> None:
    assert not _events(pipeline, "Turkey's concerns were noted.")


# --- who takes part, as a participle says -----------------------------------------------------------------------

def test_demonstrations_involving_farmers_are_the_farmers_protest(pipeline: Pipeline) -> None:
    events = _events(pipeline, "The station was closed by demonstrations involving farmers from Lima.")
    protest = _of_type(events, "PROTEST", "demonstrations")
    assert "farmers" in _names(protest.actor)


def test_talks_involving_two_states_have_both_sides(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Talks involving Iran and the United States resumed in Vienna.")
    talks = _of_type(events, "CONSULT", "Talks")
    assert "Iran" in _names((*talks.actor, *talks.recipient))
    assert "United States" in _names((*talks.actor, *talks.recipient))


def test_who_plays_a_role_in_a_battle_takes_part_in_it(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Peru played a key role in the battle for Lima.")
    battle = _of_type(events, "ASSAULT", "battle")
    assert "Peru" in _names(battle.actor)


def test_a_role_in_talks_with_nobody_else_named_is_no_consultation(pipeline: Pipeline) -> None:
    assert "CONSULT" not in {e.type for e in _events(pipeline, "Chile played a role in the talks.")}


def test_backing_only_wanted_is_no_support(pipeline: Pipeline) -> None:
    assert "SUPPORT" not in {e.type for e in _events(pipeline, "Putin now wants UN backing for the plan.")}


def test_aid_only_hoped_for_is_none(pipeline: Pipeline) -> None:
    assert "AID" not in {e.type for e in _events(pipeline, "Kyiv hoped for US aid.")}


def test_an_infinitive_whose_parse_gives_it_an_event_subject_is_no_caused_act(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Lima forced the rebels to make concessions to end the country's civil war.")
    assert all("country" not in _names(e.actor) for e in events)
