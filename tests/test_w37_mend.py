"""Wave 37 mend: the review's findings on the wave's merge, each with the reviewer's sentences and near-misses of
our own: a listing apposition keeps its first name and the noun it lists (H1, H2), a target with no country is
kept when the doers span several countries (H3), ..."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from accord.pipeline import Pipeline
from accord.records import Actor, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return list(pipeline.extract(text, published="2024-03-04", id="t").events)


def _countries(actors: tuple[Actor, ...] | list[Actor]) -> list[str]:
    return sorted(a.country for a in actors if a.country is not None)


# --- H1: the first listed name, merged by the actor stage with the plural noun ---------------------------------


@pytest.mark.parametrize(("text", "actor"), [
    ("Two groups, Hamas and Hezbollah, condemned Israel.", ["LBN", "PSE"]),
    ("Two groups - Hamas and Hezbollah - condemned Israel.", ["LBN", "PSE"]),
    ("The two leaders, Putin and Xi, criticised NATO.", ["CHN", "RUS"]),
    ("Three rebel groups - the Taliban, al-Shabaab and Boko Haram - attacked Kabul.", ["AFG", "NGA", "SOM"]),
    # near-miss: a possessive noun the actor stage does not merge with the first name
    ("Its two neighbours, Uganda and Tanzania, criticised Kenya.", ["TZA", "UGA"]),
])
def test_a_listing_apposition_keeps_its_first_name(unfiltered_pipeline: Pipeline, text: str,
                                                   actor: list[str]) -> None:
    found = [e for e in _events(unfiltered_pipeline, text) if e.type in ("ACCUSE", "ASSAULT")]
    assert len(found) == 1 and _countries(found[0].actor) == actor, found


def test_a_listed_first_party_is_one_of_the_doers(unfiltered_pipeline: Pipeline) -> None:
    text = "Both parties - the Democrats and the Republicans - criticised the president."
    found = [e for e in _events(unfiltered_pipeline, text) if e.type == "ACCUSE"]
    assert len(found) == 1 and len(found[0].actor) == 2, found
    assert all(a.sector == "PTY" for a in found[0].actor), found


# --- H2: names nobody knows do not replace the noun they list ------------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("Three rebel groups - the Arakan Front, the Kachin Front and the Shan Front - marched on the capital.",
     "PROTEST"),
    ("Three rebel groups - the Arakan Front, the Kachin Front and the Shan Front - attacked the capital.",
     "ASSAULT"),
])
def test_unknown_listed_names_leave_the_nouns_sector(unfiltered_pipeline: Pipeline, text: str, kind: str) -> None:
    found = [e for e in _events(unfiltered_pipeline, text) if e.type == kind]
    assert len(found) == 1 and [a.sector for a in found[0].actor] == ["REB"], found


# --- H3: a target with no country beside doers of several countries ------------------------------------------------


@pytest.mark.parametrize("text", [
    "Its two neighbours, Uganda and Tanzania, attacked the rebels.",
    "Three countries - France, Germany and Italy - attacked the rebels.",
    "France, Germany and Italy attacked the rebels.",
    "France and Germany attacked the rebels.",
])
def test_a_target_with_no_country_is_kept(unfiltered_pipeline: Pipeline, text: str) -> None:
    found = [e for e in _events(unfiltered_pipeline, text) if e.type == "ASSAULT"]
    assert len(found) == 1 and [a.sector for a in found[0].recipient] == ["REB"], found
    assert len(_countries(found[0].actor)) >= 2, found


def test_an_object_of_one_doers_country_is_kept(unfiltered_pipeline: Pipeline) -> None:
    text = "Three rebel groups - the Taliban, al-Shabaab and Boko Haram - attacked Kabul."
    found = [e for e in _events(unfiltered_pipeline, text) if e.type == "ASSAULT"]
    assert len(found) == 1 and _countries(found[0].recipient) == ["AFG"], found


@pytest.mark.parametrize("text", [
    # near-misses: the place where the parties met is one of them, no target
    "Russia and China signed a deal in Beijing.",
    "Russia and China signed a trade agreement at a summit in Moscow.",
])
def test_the_place_of_the_parties_is_still_no_target(unfiltered_pipeline: Pipeline, text: str) -> None:
    found = [e for e in _events(unfiltered_pipeline, text) if e.type == "AGREE"]
    assert found and all(_countries([*e.actor, *e.recipient]) == ["CHN", "RUS"] for e in found), found


# --- H4: a gift to a charity is charity only from a private giver ----------------------------------------------


@pytest.mark.parametrize("text", [
    "The World Health Organization donated vaccines to hospitals in Yemen.",
    "The World Bank gave $50 million to schools in Kenya.",
    "The United Nations donated food to the orphanage in Haiti.",
    "Hamas gave weapons to the school in Gaza.",
])
def test_aid_to_hospitals_and_schools_from_a_public_or_armed_giver_stays_aid(unfiltered_pipeline: Pipeline,
                                                                              text: str) -> None:
    assert any(e.type == "AID" for e in _events(unfiltered_pipeline, text)), _events(unfiltered_pipeline, text)


@pytest.mark.parametrize("text", [
    # near-misses: private givers, named or described
    "Microsoft donated $3 million to schools in Ohio.",
    "A local philanthropist donated $1 million to the university.",
    "The senator's family foundation donated $40,000 to a children's hospital in Ohio.",
])
def test_a_private_givers_gift_to_a_charity_is_no_aid(unfiltered_pipeline: Pipeline, text: str) -> None:
    assert not any(e.type == "AID" for e in _events(unfiltered_pipeline, text)), _events(unfiltered_pipeline, text)


# --- H5: "take a jab" is a criticism only when aimed at a party, a person or their words ------------------------


@pytest.mark.parametrize("text", [
    "The senator took a jab at the governor on Monday.",
    "Trump took a jab at the Democrats' tax plan.",
    "Obama took a jab at the White House on Monday.",
])
def test_a_jab_taken_at_a_party_is_criticism(unfiltered_pipeline: Pipeline, text: str) -> None:
    assert any(e.type == "ACCUSE" for e in _events(unfiltered_pipeline, text)), _events(unfiltered_pipeline, text)


@pytest.mark.parametrize("text", [
    # near-misses: a vaccine shot, counted or taken at a place
    "The queen took her first jab on Saturday.",
    "The prime minister took the jab at a London hospital on Monday.",
    "The president took his second jab at the White House.",
    "The nurse took a booster jab at the clinic.",
])
def test_a_vaccine_jab_is_no_criticism(unfiltered_pipeline: Pipeline, text: str) -> None:
    assert not any(e.type == "ACCUSE" for e in _events(unfiltered_pipeline, text)), _events(unfiltered_pipeline, text)


# --- H6: "such" makes a kind spoken of in general only when the acts are not counted, owned or dated -----------


def _factuality(pipeline: Pipeline, text: str, kind: str) -> list[str]:
    return [e.factuality for e in _events(pipeline, text) if e.type == kind]


@pytest.mark.parametrize("text", [
    "Rebels carried out two such attacks in Kabul on Monday.",
    "The rebels launched three such attacks on army posts last week.",
    "Militants have carried out several such attacks on police stations this month.",
    "It was the latest such attack by the rebels on the army.",
])
def test_counted_or_dated_such_acts_happened(unfiltered_pipeline: Pipeline, text: str) -> None:
    assert _factuality(unfiltered_pipeline, text, "ASSAULT") == ["asserted"], _events(unfiltered_pipeline, text)


@pytest.mark.parametrize("text", [
    # near-misses: acts of a kind in general
    "Such attacks on the army by rebels are rare.",
    "The army said such attacks by the rebels would not be tolerated.",
])
def test_such_acts_in_general_are_a_kind(unfiltered_pipeline: Pipeline, text: str) -> None:
    assert _factuality(unfiltered_pipeline, text, "ASSAULT") == ["hypothetical"], _events(unfiltered_pipeline, text)


# --- M1: a day before a subject in apposition is when, not a second actor ----------------------------------------


@pytest.mark.parametrize(("text", "country"), [
    ("Monday, Nevada, heading a group of states, asked a judge to halt the order.", "USA"),
    ("Monday, Kenya, heading a group of states, criticised Uganda.", "KEN"),
    ("Monday, Nevada, which heads a group of states, sued the agency.", "USA"),
])
def test_a_date_apposition_subject_is_one_actor(unfiltered_pipeline: Pipeline, text: str, country: str) -> None:
    found = [e for e in _events(unfiltered_pipeline, text) if e.type in ("REQUEST", "ACCUSE")]
    assert len(found) == 1 and _countries(found[0].actor) == [country], found


def test_a_headline_name_before_the_subject_is_still_a_side(unfiltered_pipeline: Pipeline) -> None:
    # near-miss: a loose name, not a day, is a party of the headline's act
    found = [e for e in _events(unfiltered_pipeline, "Pakistan, Afghanistan agree to reopen border.")
             if e.type == "AGREE"]
    assert found and _countries([*found[0].actor, *found[0].recipient]) == ["AFG", "PAK"], found


# --- M2: ignorance is a charge only as a standing trait about a field ------------------------------------------


@pytest.mark.parametrize("text", [
    "The senator said Trump knows nothing about trade.",
    "The senator said the president knows nothing about the economy.",
])
def test_knowing_nothing_about_a_field_is_a_charge(unfiltered_pipeline: Pipeline, text: str) -> None:
    assert any(e.type == "ACCUSE" for e in _events(unfiltered_pipeline, text)), _events(unfiltered_pipeline, text)


@pytest.mark.parametrize("text", [
    # near-misses: a fact not known, a deed in the past or an event, clears rather than charges
    "The minister said Iran knew nothing about the attack.",
    "The lawyer said Clinton knew nothing about the payments.",
    "The minister said Iran knows nothing about the attack.",
])
def test_knowing_nothing_of_an_event_is_no_charge(unfiltered_pipeline: Pipeline, text: str) -> None:
    assert not any(e.type == "ACCUSE" for e in _events(unfiltered_pipeline, text)), _events(unfiltered_pipeline, text)


# --- M4: "primary" makes a nominating story only as a noun --------------------------------------------------------


@pytest.mark.parametrize(("text", "sector"), [
    ("Delegates from 190 countries met in Paris to discuss emissions. The primary aim is to cut carbon. "
     "Delegates criticised China.", "GOV"),
    ("Erdogan's supporters attacked journalists in Istanbul. The primary reason was anger over the coup.", "OPP"),
    # the noun still makes one
    ("Delegates criticised Sanders after Clinton won the Ohio primary.", "PTY"),
])
def test_primary_as_an_adjective_makes_no_nomination_story(unfiltered_pipeline: Pipeline, text: str,
                                                           sector: str) -> None:
    events = _events(unfiltered_pipeline, text)
    assert events and all(a.sector == sector for e in events for a in e.actor if a.text.lower().endswith(
        ("delegates", "supporters"))), events


# --- M6: a party's own proposal calling for something is the party's call ---------------------------------------


@pytest.mark.parametrize(("text", "actor"), [
    ("Russia's proposal calls for a ceasefire in Syria.", ["RUS"]),
    ("The Kremlin plan calls for talks with Ukraine.", ["RUS"]),
])
def test_an_owned_proposal_calling_for_something_is_its_owners_request(unfiltered_pipeline: Pipeline, text: str,
                                                                       actor: list[str]) -> None:
    found = [e for e in _events(unfiltered_pipeline, text) if e.type == "REQUEST"]
    assert len(found) == 1 and _countries(found[0].actor) == actor, found


@pytest.mark.parametrize("text", [
    # near-misses: a plan or bill nobody is said to own requires what it holds
    "The plan calls for new taxes.",
    "The bill calls for new sanctions on Iran.",
])
def test_an_unowned_plan_calling_for_something_asks_nobody(unfiltered_pipeline: Pipeline, text: str) -> None:
    assert not any(e.type == "REQUEST" for e in _events(unfiltered_pipeline, text)), _events(unfiltered_pipeline, text)


# --- M7: a group of voters is a campaign's audience only when asked for its vote ---------------------------------


@pytest.mark.parametrize("text", [
    "The Taliban said women must stay at home.",
    "Kenya said the independents must join the government.",
])
def test_an_order_laid_on_a_group_is_a_request(unfiltered_pipeline: Pipeline, text: str) -> None:
    assert any(e.type == "REQUEST" for e in _events(unfiltered_pipeline, text)), _events(unfiltered_pipeline, text)


@pytest.mark.parametrize("text", [
    # near-misses: a vote or backing asked of the voters a campaign courts
    "The senator said women should back her in November.",
    "Trump said veterans must vote for him.",
    "The senator said voters should go with him.",
])
def test_a_vote_asked_of_courted_voters_is_no_request(unfiltered_pipeline: Pipeline, text: str) -> None:
    assert not any(e.type == "REQUEST" for e in _events(unfiltered_pipeline, text)), _events(unfiltered_pipeline, text)


# --- M3: one dated act that bears someone's mark happened; plural acts "become a hallmark" are a habit ------------


@pytest.mark.parametrize(("text", "kind"), [
    ("The bombing of the embassy on Monday was the signature of al-Qaeda.", "ASSAULT"),
    ("Russia's air strikes on Aleppo on Monday were a hallmark of its campaign.", "ASSAULT"),
])
def test_a_dated_act_bearing_a_mark_happened(unfiltered_pipeline: Pipeline, text: str, kind: str) -> None:
    assert _factuality(unfiltered_pipeline, text, kind) == ["asserted"], _events(unfiltered_pipeline, text)


@pytest.mark.parametrize("text", [
    # near-misses: undated plural acts in the present, described as a habit
    "Russia's air strikes on Aleppo have become a hallmark of its campaign.",
    "Attacks on the opposition have become a habit of the government.",
])
def test_undated_acts_that_are_a_hallmark_are_a_habit(unfiltered_pipeline: Pipeline, text: str) -> None:
    assert _factuality(unfiltered_pipeline, text, "ASSAULT") == ["hypothetical"], _events(unfiltered_pipeline, text)


# --- L4: "star" with a modifier of its own is a standing, not a performer's billing -------------------------------


def _actor_sector(pipeline: Pipeline, text: str) -> list[str | None]:
    return [a.sector for e in _events(pipeline, text) if e.type == "ACCUSE" for a in e.actor]


@pytest.mark.parametrize("text", [
    "Republican star Jo Marsh criticised the governor.",
    "Rising star Jo Marsh criticised the governor.",
])
def test_a_party_or_rising_star_is_no_entertainer(unfiltered_pipeline: Pipeline, text: str) -> None:
    assert "ELI" not in _actor_sector(unfiltered_pipeline, text), _events(unfiltered_pipeline, text)


@pytest.mark.parametrize("text", [
    # near-misses: a performer's billing before the name
    "Star Dale Fenwick criticised the governor.",
    "Singer Ann Pruitt criticised the governor.",
])
def test_a_billed_star_is_an_entertainer(unfiltered_pipeline: Pipeline, text: str) -> None:
    assert _actor_sector(unfiltered_pipeline, text) == ["ELI"], _events(unfiltered_pipeline, text)


# --- M9: the training cache is reused only for the coder and annotations that made it -----------------------------


def _trainer() -> ModuleType:
    script = Path(__file__).resolve().parent.parent / "scripts" / "train_event_filter.py"
    spec = importlib.util.spec_from_file_location("train_event_filter", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def test_a_stale_codings_cache_is_coded_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    trainer = _trainer()
    coded: list[int] = []

    def code(paths: list[str]) -> list[object]:
        coded.append(1)
        return []

    monkeypatch.setattr(trainer, "code_realnews", code)
    cache = str(tmp_path / "codings.pkl")
    monkeypatch.setattr(trainer, "cache_stamp", lambda paths: ("abc1234", "h1"))
    trainer.cached_codings(["x"], cache)
    trainer.cached_codings(["x"], cache)
    assert len(coded) == 1  # the same coder and annotations: read back
    monkeypatch.setattr(trainer, "cache_stamp", lambda paths: ("def5678", "h1"))
    trainer.cached_codings(["x"], cache)
    assert len(coded) == 2  # another commit: coded again
    monkeypatch.setattr(trainer, "cache_stamp", lambda paths: (None, "h1"))
    trainer.cached_codings(["x"], cache)
    trainer.cached_codings(["x"], cache)
    assert len(coded) == 4  # uncommitted changes: never trusted
