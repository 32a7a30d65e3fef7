"""Wave 20 (actors at real-news scale): a region is a place of its country, not its state; an acronym whose
title-case form is an ordinary word matches only in capitals; an international body's ordinary-word name inside
a longer proper name is another body."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors.resolver import ActorResolver
from actor_helpers import actor_runner

_actors = actor_runner("2019-06-01")


def _found(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {a.text: (a.country, a.sector, a.name) for a in _actors(nlp, text)}


@pytest.mark.parametrize(("text", "region", "country"), [
    ("Monks marched across Tibet after the arrest.", "Tibet", "CHN"),
    ("Reporters were barred from Xinjiang in March.", "Xinjiang", "CHN"),
    ("Two herders fell ill in Inner Mongolia.", "Inner Mongolia", "CHN"),
    ("Aid convoys reached Darfur on Monday.", "Darfur", "SDN"),
    ("Floods hit the Kurdistan Region last week.", "the Kurdistan Region", "IRQ"),
])
def test_a_region_is_a_place_of_its_country_not_its_state(actors_nlp: Language, text: str, region: str,
                                                          country: str) -> None:
    found = _found(actors_nlp, text)[region]
    assert found[:2] == (country, None)


def test_a_longer_region_name_is_not_the_country_inside_it(actors_nlp: Language) -> None:
    assert _found(actors_nlp, "Herders in Inner Mongolia sold their land.")["Herders in Inner Mongolia"][0] == "CHN"
    assert _found(actors_nlp, "Mongolia closed its border on Friday.")["Mongolia"][:2] == ("MNG", "GOV")


def test_a_regions_body_named_by_its_sector_word_is_the_state(actors_nlp: Language) -> None:
    assert _found(actors_nlp, "Xinjiang authorities denied the claim.")["Xinjiang authorities"][:2] == ("CHN", "GOV")


def test_lookup_explains_the_region_rule(resolver: ActorResolver) -> None:
    explained = resolver.explain("Darfur")
    assert explained["rule"] == "region-name"
    assert explained["notes"] and "region" in explained["notes"][0]


@pytest.mark.parametrize("text", [
    "The Plan was published by the ministry on Monday.",
    "Raw cotton prices rose in Pakistan.",
    "Help arrived too late for the villagers in Chad.",
])
def test_an_acronym_written_as_an_ordinary_word_is_no_name(actors_nlp: Language, text: str) -> None:
    found = _actors(actors_nlp, text)
    assert not any(a.name in ("People's Liberation Army Navy", "Research and Analysis Wing") for a in found)
    assert all(a.sector != "MIL" for a in found if a.text.split()[-1] in ("Plan", "Help"))


def test_the_acronym_in_capitals_still_names_the_body(actors_nlp: Language) -> None:
    found = _found(actors_nlp, "The PLAN sent three frigates to the strait.")
    assert found["The PLAN"][:2] == ("CHN", "MIL")


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("The Ukrainian Security Council met on Friday.", "The Ukrainian Security Council", "UKR"),
    ("The Bahraini Human Rights Council criticised the verdict.", "The Bahraini Human Rights Council", "BHR"),
    ("The Kurdistan Region Security Council said two men were held.", "The Kurdistan Region Security Council",
     "IRQ"),
])
def test_a_countrys_namesake_of_an_international_body_is_its_own(actors_nlp: Language, text: str, mention: str,
                                                                 country: str) -> None:
    country_found, sector, name = _found(actors_nlp, text)[mention]
    assert (country_found, sector) == (country, "GOV")
    assert name != "United Nations Security Council"


@pytest.mark.parametrize(("text", "mention"), [
    ("The Security Council met on Friday.", "The Security Council"),
    ("The UN Security Council met on Friday.", "The UN Security Council"),
    ("Chile asked the Security Council to meet.", "the Security Council"),
])
def test_the_international_body_keeps_its_own_name(actors_nlp: Language, text: str, mention: str) -> None:
    assert _found(actors_nlp, text)[mention][1:] == ("IGO", "United Nations Security Council")


def test_lookup_explains_the_namesake_rule(resolver: ActorResolver) -> None:
    explained = resolver.explain("the Ukrainian Security Council")
    assert explained["rule"] == "country+namesake-body"
    assert any("namesake" in note or "own body" in note for note in explained["notes"])


@pytest.mark.parametrize(("text", "machine"), [
    ("A drone hit a bus near the Lebanese border on Sunday.", "A drone"),
    ("The missile landed near a Saudi oil terminal.", "The missile"),
    ("Helicopters circled over the Kenyan camp for hours.", "Helicopters"),
])
def test_a_bare_weapon_takes_no_country_from_its_sentence(actors_nlp: Language, text: str, machine: str) -> None:
    assert _found(actors_nlp, text).get(machine, (None, None, None))[0] is None  # no mention, or no country


def test_a_weapon_takes_the_country_of_a_state_body_in_its_sentence(actors_nlp: Language) -> None:
    found = _found(actors_nlp, "The Chadian army said a drone destroyed the depot.")
    assert found["a drone"][:2] == ("TCD", "MIL")
    assert _found(actors_nlp, "The drone was sold by a Korean firm.")["The drone"][0] is None


def test_a_weapon_whose_country_the_text_gives_keeps_it(actors_nlp: Language) -> None:
    assert _found(actors_nlp, "Iranian drones struck the depot.")["Iranian drones"][:2] == ("IRN", "MIL")
    found = _found(actors_nlp, "Chilean marines and helicopters searched the coast.")
    assert found["helicopters"][:2] == ("CHL", "MIL")


@pytest.mark.parametrize(("text", "mention"), [
    ("The coalition shelled the harbour at dawn.", "The coalition"),
    ("Qatar said the coalition would halt its airstrikes on the rebels.", "the coalition"),
    ("Coalition airstrikes hit a wedding in the valley.", "Coalition"),
    ("The coalition's offensive stalled outside the port.", "The coalition"),
])
def test_an_alliance_at_war_is_military(actors_nlp: Language, text: str, mention: str) -> None:
    assert _found(actors_nlp, text)[mention][1] == "MIL"


@pytest.mark.parametrize(("text", "mention"), [
    ("The coalition collapsed when the liberals walked out.", "The coalition"),
    ("The coalition struck a deal with the farmers' union.", "The coalition"),
])
def test_a_coalition_in_politics_stays_parties(actors_nlp: Language, text: str, mention: str) -> None:
    assert _found(actors_nlp, text)[mention][1] == "PTY"


@pytest.mark.parametrize(("text", "mention", "country", "sector"), [
    ("Members of the clans in northern Somalia joined the march.", "Members of the clans in northern Somalia",
     "SOM", "CVL"),
    ("The sheikh urged members of his tribe to stay home.", "members of his tribe", None, "CVL"),
    ("Tribal elders met the governor on Monday.", "Tribal elders", None, "ELI"),
])
def test_tribes_and_clans_are_private_persons(actors_nlp: Language, text: str, mention: str, country: str | None,
                                              sector: str) -> None:
    found = _found(actors_nlp, text)[mention]
    assert found[1] == sector
    if country is not None:
        assert found[0] == country


@pytest.mark.parametrize(("text", "mention"), [
    ("Republican candidate Donald Trump mocked his rivals.", "Republican candidate Donald Trump"),
    ("Democratic front-runner Hillary Clinton spoke in Iowa.", "Democratic front-runner Hillary Clinton"),
])
def test_an_undated_candidate_is_a_candidate(actors_nlp: Language, text: str, mention: str) -> None:
    found = {a.text: a for a in _actors(actors_nlp, text, None)}[mention]
    assert (found.country, found.sector) == ("USA", "ELI")


def test_a_dated_text_keeps_the_office_terms(actors_nlp: Language) -> None:
    found = {a.text: a for a in _actors(actors_nlp, "Republican candidate Donald Trump held a rally.",
                                        "2020-06-01")}
    assert found["Republican candidate Donald Trump"].sector == "GOV"  # an incumbent running again


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Brimlo, a Danish supplier of hearing aids, opened a plant.", "Brimlo, a Danish supplier of hearing aids",
     "DNK"),
    ("Tarvex, a global supplier of pumps, won the tender.", "Tarvex, a global supplier of pumps", None),
    ("The carmaker recalled 40,000 vehicles.", "The carmaker", None),
    ("Brimlo Equities expects the market to rise.", "Brimlo Equities", None),
    ("Kelvor, a payments solutions provider, cut 200 jobs.", "Kelvor, a payments solutions provider", None),
])
def test_a_firm_described_by_its_trade_is_business(actors_nlp: Language, text: str, mention: str,
                                                   country: str | None) -> None:
    assert _found(actors_nlp, text)[mention][:2] == (country, "BUS")


def test_policy_makers_are_not_makers_of_goods(actors_nlp: Language) -> None:
    assert _found(actors_nlp, "Kenya's policy makers met on Friday.")["Kenya's policy makers"][:2] == ("KEN", "GOV")


def test_a_health_care_provider_is_health(actors_nlp: Language) -> None:
    assert _found(actors_nlp, "The health care provider shut two wards.")["The health care provider"][1] == "HLH"


def test_a_coalition_against_an_armed_group_is_military(actors_nlp: Language) -> None:
    found = _found(actors_nlp, "Some 800 soldiers serve in the coalition against al-Shabaab in Somalia.")
    assert found["the coalition"][:2] == (None, "MIL")  # several states': not the country it fights in
    assert _found(actors_nlp, "The coalition against the new tax met in Lyon.")["The coalition"][1] == "PTY"


def test_a_coalition_at_war_takes_no_country_from_the_story(actors_nlp: Language) -> None:
    text = "Yemen's cabinet moved to Aden. The coalition bombed the port. Yemeni officials said nine died."
    assert _found(actors_nlp, text)["The coalition"][:2] == (None, "MIL")


def test_lookup_explains_the_document_rules(resolver: ActorResolver) -> None:
    assert any("at-war" in note for note in resolver.explain("the coalition")["notes"])
    drone = resolver.explain("a drone")["notes"]
    assert any("force_machines" in note for note in drone)
    assert not any("sentence-country-description" in note for note in drone)
    assert "described-candidate" in resolver.explain("Republican candidate Donald Trump")["rule"]


def test_a_described_unknown_body_is_that_body_when_named_again(actors_nlp: Language) -> None:
    text = ("Kelvor, a supplier of water pumps, won the tender in Ghana. Kelvor said the work starts in May. "
            "Officials praised Kelvor.")
    later = [a for a in _actors(actors_nlp, text) if a.text == "Kelvor"]
    assert later and all((a.sector, a.kind) == ("BUS", "organisation") for a in later)
