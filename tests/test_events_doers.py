"""Layer 4 on sentences written for these tests (wave 11): the doer of an event named by a phrase that names no
actor of its own, or names one that is not the doer. A relative "whose" stands for the noun its clause modifies;
a part of an organisation owned by a pronoun acts for the owner; an apposition describes the name it follows,
so an organisation named inside the description is not the doer."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import countries_of, events_on_a_day, the_event

# --- "whose": the noun the relative clause modifies ----------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Duterte, whose police have killed thousands, threatened to arrest the UN envoy.", "killed", "PHL"),
    ("Al-Shabaab, whose fighters attacked a Kenyan base last year, claimed the bombing.", "attacked", "SOM"),
    ("Hamas, whose leaders met Egyptian officials on Monday, agreed to a truce.", "met", "PSE"),
])
def test_whose_stands_for_the_noun_its_clause_modifies(pipeline: Pipeline, text: str, trigger: str,
                                                      country: str) -> None:
    assert country in countries_of(the_event(pipeline, text, trigger).actor)


def test_whose_needs_a_relative_clause(pipeline: Pipeline) -> None:
    """A "whose" that opens a question modifies no noun: it stands for nobody named."""
    events = events_on_a_day(pipeline, "Turkish officials asked whose troops had shelled the Syrian town.")
    assert not any((a.rule or "").endswith("relative") for e in events for a in (*e.actor, *e.recipient))


# --- a part of an organisation acts for its owner ------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("The YPG trains with American officers, but its unit in Manbij has asked Damascus for weapons.", "asked",
     "SYR"),
    ("Hamas fired rockets at Israel on Monday. Its armed wing also threatened to attack Tel Aviv.", "threatened",
     "PSE"),
])
def test_a_part_of_an_organisation_acts_for_its_owner(pipeline: Pipeline, text: str, trigger: str,
                                                      country: str) -> None:
    assert country in countries_of(the_event(pipeline, text, trigger).actor)


def test_a_relation_of_the_owner_is_still_not_the_owner(pipeline: Pipeline) -> None:
    """"its allies" are not "it": the part nouns do not reach people related to the owner."""
    events = events_on_a_day(pipeline, "The United States fired missiles at Syria. Its allies condemned the strike.")
    assert not any(e.trigger.text == "condemned" and "USA" in countries_of(e.actor) for e in events)


# --- an apposition describes the name it follows ------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("The senator asked Lena Ortiz, the director of the Centre for Andean Studies, who often condemns the "
     "Chilean government, to speak first.", "condemns", "Lena Ortiz"),
    ("The minister met Ahmed Ali, the head of Hamas, who rejected the Egyptian proposal.", "rejected", "Ahmed Ali"),
])
def test_who_after_an_apposition_is_the_person_described(pipeline: Pipeline, text: str, trigger: str,
                                                         name: str) -> None:
    actors = the_event(pipeline, text, trigger).actor
    assert actors and all(a.text.startswith(name) for a in actors), actors


# --- "the militants", "the rebels": the armed group named just before ----------------------------------------


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Al-Shabaab fighters stormed a hotel in Mogadishu on Sunday. The militants killed twelve guests.", "killed",
     "Al-Shabaab"),
    ("The Houthis fired a missile at Riyadh. The rebels also attacked a Saudi tanker.", "attacked", "Houthi"),
])
def test_a_definite_armed_group_is_the_one_named_before(pipeline: Pipeline, text: str, trigger: str,
                                                        name: str) -> None:
    actors = the_event(pipeline, text, trigger).actor
    assert any(name.lower() in (a.name or "").lower() for a in actors), actors


@pytest.mark.parametrize(("text", "trigger"), [
    # a state's forces are no armed group outside the state
    ("Kenyan troops shelled the camp on Monday. The rebels attacked a police post in Garissa.", "attacked"),
    # a phrase that picks out which rebels may name others
    ("The Houthis fired a missile at Riyadh. The rebels in the north attacked a Sudanese convoy.", "attacked"),
])
def test_a_definite_armed_group_needs_a_fitting_antecedent(pipeline: Pipeline, text: str, trigger: str) -> None:
    actors = the_event(pipeline, text, trigger).actor
    assert not any((a.rule or "").endswith("armed") for a in actors), actors


# --- a clipped passive: the subject of a verb that needs an object, told without one, undergoes it ----------


@pytest.mark.parametrize(("text", "trigger", "undergoer"), [
    ("Russian jet shot down over Syria", "shot", "RUS"),
    ("US drone shot down and destroyed near the border last night, the rebels said.", "shot", "USA"),
])
def test_a_clipped_passive_makes_its_subject_the_undergoer(pipeline: Pipeline, text: str, trigger: str,
                                                           undergoer: str) -> None:
    event = the_event(pipeline, text, trigger)
    assert undergoer not in countries_of(event.actor) and undergoer in countries_of(event.recipient)


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    # an object of its own, or one carried by a coordinated verb: the subject acts
    ("The Syrian army shot down an Israeli drone.", "shot", "SYR"),
    ("Egyptian police arrested and charged the journalist.", "arrested", "EGY"),
    ("Egyptian police arrested, charged and jailed the journalist.", "arrested", "EGY"),
])
def test_a_verb_with_its_object_keeps_its_subject_the_doer(pipeline: Pipeline, text: str, trigger: str,
                                                            doer: str) -> None:
    assert doer in countries_of(the_event(pipeline, text, trigger).actor)


# --- a reported pronoun resolved to someone else is not the speaker ----------------------------------------


@pytest.mark.parametrize(("text", "trigger", "doers"), [
    # "they" agrees with the forces named before, not with the ministry that reports
    ("The ministry in Kyiv said Russian forces had shelled Kharkiv. The ministry said they also struck Odesa.",
     "struck", ["RUS"]),
    # "they" are the two named together, the speaker among them
    ("Russia and China met in Beijing. Moscow said they agreed to expand trade.", "agreed", ["CHN", "RUS"]),
    # "it" is the speaker itself
    ("Iran said on Monday that it would retaliate against Israel.", "retaliate", ["IRN"]),
])
def test_a_reported_pronoun_is_whom_it_resolves_to(pipeline: Pipeline, text: str, trigger: str,
                                                   doers: list[str]) -> None:
    event = the_event(pipeline, text, trigger)
    parties = (*event.actor, *event.recipient) if event.reciprocal else event.actor
    assert sorted(set(countries_of(parties))) == doers


# --- a description the actor stage gave the story's country still points back -------------------------------


def test_a_description_with_a_lent_country_points_back(pipeline: Pipeline) -> None:
    event = the_event(pipeline, "The US Treasury imposed sanctions on three Iranian firms. The department accused "
                             "them of helping the Revolutionary Guards.", "accused")
    assert countries_of(event.actor) == ["USA"]


# --- a part taken from a group: "hundreds of them" are some of those named before ----------------------------


def test_a_part_of_them_acts_as_they_do(pipeline: Pipeline) -> None:
    event = the_event(pipeline, "Members of the Zimbabwe Congress of Trade Unions met on Monday. Hundreds of them "
                             "marched on parliament in Harare.", "marched")
    assert countries_of(event.actor) == ["ZWE"]


def test_the_part_is_not_the_antecedent_of_the_whole(pipeline: Pipeline) -> None:
    """"Dozens of them": the quantity is no thing "them" could stand for."""
    event = the_event(pipeline, "Hamas and Islamic Jihad fighters crossed the fence. Dozens of them attacked an "
                             "Israeli army post.", "attacked")
    assert "PSE" in countries_of(event.actor)


# --- an act only a state does, in the agentless passive in a country: that state did it -----------------------


@pytest.mark.parametrize(("text", "trigger", "state"), [
    ("The former Melbourne man is accused in Turkey of planning attacks on Australians.", "accused", "TUR"),
    ("A British journalist was arrested in Turkey on Monday.", "arrested", "TUR"),
    ("Three Kenyans were arrested in Kenya on Monday.", "arrested", "KEN"),
])
def test_a_state_act_in_a_country_is_that_state_s(pipeline: Pipeline, text: str, trigger: str, state: str) -> None:
    assert countries_of(the_event(pipeline, text, trigger).actor) == [state]


@pytest.mark.parametrize(("text", "trigger"), [
    # anyone may attack: the country where it happened did not
    ("A British tourist was attacked in Egypt.", "attacked"),
])
def test_an_act_anyone_may_do_takes_no_state_from_its_place(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert not countries_of(the_event(pipeline, text, trigger).actor)


def test_a_by_agent_still_names_the_doer(pipeline: Pipeline) -> None:
    assert countries_of(the_event(pipeline, "He was arrested in Uganda by Kenyan police.", "arrested").actor) == ["KEN"]


# --- two named parties of one country stay two ----------------------------------------------------------------


def test_two_named_parties_of_one_country_meet_each_other(pipeline: Pipeline) -> None:
    event = the_event(pipeline, "Hamas and Fatah met in Cairo on Monday.", "met")
    names = sorted(a.name or a.text for a in (*event.actor, *event.recipient))
    assert event.reciprocal and names == ["Fatah", "Hamas"]


def test_a_country_s_unnamed_bodies_are_one_party(pipeline: Pipeline) -> None:
    """"Kenyan police and soldiers" raid together: one side, no meeting of the two."""
    event = the_event(pipeline, "Kenyan police and Kenyan soldiers met in Garissa on Monday.", "met")
    assert not event.reciprocal and not any(a.country == "KEN" for a in event.recipient)
