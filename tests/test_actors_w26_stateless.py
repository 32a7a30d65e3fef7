"""Wave 26 (issue 19): the people who lead or run a people with no state of its own ('Kurdish officials',
'Baloch leaders') are a non-state group, as its armed men are; words for a candidate in the last stage of a
race ('the Democratic front-runner', 'the party's presidential nominee') describe a candidate; and the
review mends of the homeland table (read-only, codes checked at load, one list per people, one reading of
its people words). Sentences and phrases written for these tests."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from accord.actors.country_from_context import lend_home_country, people_words
from accord.actors.kb import KnowledgeBase
from accord.errors import ConfigError
from accord.records import Actor
from actor_helpers import actor_runner, with_text

_actors = actor_runner("2019-05-01")


# --- the officials and leaders of a stateless people --------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["Kurdish officials", "the Kurdish leaders", "Baloch leaders",
                                    "the Kurdish authorities", "Tuareg officials"])
def test_the_leaders_of_a_stateless_people_are_no_states_government(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2019-06-01")
    assert found is not None and found.actor.sector == "REB", phrase
    assert found.actor.country is None  # the article's places say which of the people's states


def test_a_country_the_phrase_gives_stays_with_the_armed_men(resolver: ActorResolver) -> None:
    found = resolver.resolve("Syrian Kurdish fighters", "2019-06-01")
    assert found is not None and (found.actor.country, found.actor.sector) == ("SYR", "REB")


@pytest.mark.parametrize(("phrase", "country"), [("Iraqi Kurdish officials", "IRQ"),
                                                 ("Syrian Kurdish officials", "SYR"),
                                                 ("Turkish Kurdish leaders", "TUR")])
def test_a_state_named_before_the_people_keeps_its_officials(resolver: ActorResolver, phrase: str,
                                                             country: str) -> None:
    # the state's demonym before the people word names the state whose office they hold
    found = resolver.resolve(phrase, "2019-06-01")
    assert found is not None and (found.actor.country, found.actor.sector) == (country, "GOV"), phrase


@pytest.mark.parametrize("phrase", ["elected Kurdish officials", "Kurdish regional government officials",
                                    "the elected Baloch leaders", "Kurdish provincial officials"])
def test_officials_said_to_hold_a_state_office_stay_government(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2019-06-01")
    assert found is not None and found.actor.sector == "GOV", phrase


@pytest.mark.parametrize("phrase", ["elected Kurdish fighters", "Kurdish regional forces", "Iraqi Kurdish troops"])
def test_armed_men_of_the_people_stay_a_group_whatever_the_office_word(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2019-06-01")
    assert found is not None and found.actor.sector == "REB", phrase


@pytest.mark.parametrize(("phrase", "sector"), [("Kurdish politicians", "PTY"), ("Kurdish activists", "OPP"),
                                                ("Turkish officials", "GOV")])
def test_other_words_keep_their_sector(resolver: ActorResolver, phrase: str, sector: str) -> None:
    # a party's politicians and activists are no rebels; a state's officials stay its government
    found = resolver.resolve(phrase, "2019-06-01")
    assert found is not None and found.actor.sector == sector, phrase


def test_a_body_the_knowledge_base_names_keeps_its_entry(resolver: ActorResolver) -> None:
    found = resolver.resolve("the Kurdistan Regional Government", "2019-06-01")
    assert found is not None and (found.actor.country, found.actor.sector) == ("IRQ", "GOV")


def test_officials_placed_in_a_state_take_it(actors_nlp: Language) -> None:
    text = ("Shelling went on near the border on Monday. In northern Syria, Kurdish officials said the town "
            "had run out of water.")
    officials = with_text(_actors(actors_nlp, text), "Kurdish officials")[0]
    assert (officials.country, officials.sector) == ("SYR", "REB")


def test_the_lookup_explains_the_rule(resolver: ActorResolver) -> None:
    explained = resolver.explain("Kurdish leaders", "2019-06-01")
    assert any("lead or run" in note for note in explained["notes"]), explained["notes"]


# --- the last stage of a race ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["the Democratic front-runner", "the Republican presidential nominee",
                                    "The party's frontrunner"])
def test_a_front_runner_or_a_presidential_nominee_is_a_candidate(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2016-06-01")
    assert found is not None and found.actor.sector == "ELI" and found.actor.name is None, phrase


def test_a_nominee_to_a_court_is_not_a_candidate(resolver: ActorResolver) -> None:
    found = resolver.resolve("a district court nominee", "2016-06-01")
    assert found is None or found.actor.sector != "ELI"


# --- the homeland table ---------------------------------------------------------------------------------------------

def test_the_homeland_table_is_read_only_and_pickles(resolver: ActorResolver) -> None:
    homelands = resolver.kb.homelands
    with pytest.raises(TypeError):
        homelands["kurdish"] = frozenset({"GBR"})  # type: ignore[index]
    assert pickle.loads(pickle.dumps(homelands))["kurdish"] == homelands["kurdish"]


def test_spellings_of_a_people_share_its_states(resolver: ActorResolver) -> None:
    homelands = resolver.kb.homelands
    assert homelands["baluch"] == homelands["baloch"] == homelands["balochi"]
    assert homelands["uighur"] == homelands["uyghur"]
    assert homelands["tebu"] == homelands["toubou"]


def test_an_unknown_country_code_is_refused_at_load(tmp_path: Path) -> None:
    user = tmp_path / "peoples.yaml"
    user.write_text("stateless_peoples:\n  zorvan: [ZZQ, TUR]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="ZZQ"):
        KnowledgeBase.load([user])


def test_people_words_are_read_one_way(resolver: ActorResolver) -> None:
    homelands = resolver.kb.homelands
    assert people_words("Kurdish-led fighters", homelands) == ["kurdish"]
    assert people_words("the fighters, Kurdish sources said", homelands) == []  # not the apposition


def test_the_civil_sectors_must_be_passed() -> None:
    officials = Actor(text="the government", sector="GOV", kind="organisation", start=0)
    with pytest.raises(TypeError):
        lend_home_country([officials], ["SYR"], frozenset(), None, None, None)  # type: ignore[call-arg]
    lent = lend_home_country([officials], ["SYR", "SYR"], frozenset(), civil_sectors=frozenset({"GOV"}))
    assert lent[0].country == "SYR"


# --- a relative of an office holder ----------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["the son of the senator", "the wife of the senator",
                                    "Ann Holt, daughter of the Democratic front-runner", "the sons of the governor"])
def test_a_relative_named_by_an_of_phrase_is_a_private_person(resolver: ActorResolver, phrase: str) -> None:
    # as 'the senator's son' is: the tie is not the office
    found = resolver.resolve(phrase, "2016-06-01")
    assert found is not None and found.actor.sector == "CVL", phrase


def test_a_member_of_a_body_still_takes_its_sector(resolver: ActorResolver) -> None:
    found = resolver.resolve("a member of the city council", "2016-06-01")
    assert found is not None and found.actor.sector != "CVL"
