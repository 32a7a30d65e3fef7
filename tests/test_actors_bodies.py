"""Government bodies and office holders by name (state_bodies.yaml, state_forces.yaml, people_cabinets.yaml,
people_security.yaml, people_conflicts.yaml): phrases and sentences written for these tests."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from spacy.language import Language

from accord.actors import ActorResolver
from accord.cli import main
from accord.records import Actor
from actor_helpers import actors_in, only_with_text


def _actor(resolver: ActorResolver, phrase: str, date: str | None = None) -> Actor:
    found = resolver.resolve(phrase, date)
    assert found is not None, phrase
    return found.actor


_actors = actors_in


_one = only_with_text


# --- bodies by name ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the Home Office", ("Home Office", "GBR", "COP")),
    ("Britain's Home Office", ("Home Office", "GBR", "COP")),
    ("the FCDO", ("Foreign, Commonwealth and Development Office", "GBR", "GOV")),
    ("Scotland Yard", ("Metropolitan Police", "GBR", "COP")),
    ("GCHQ", ("GCHQ", "GBR", "SPY")),
    ("the IRGC", ("Islamic Revolutionary Guard Corps", "IRN", "MIL")),
    ("Iran's Revolutionary Guards", ("Islamic Revolutionary Guard Corps", "IRN", "MIL")),
    ("the Quds Force", ("Quds Force", "IRN", "MIL")),
    ("Iran's Intelligence Ministry", ("Ministry of Intelligence and Security", "IRN", "SPY")),
    ("Mossad", ("Mossad", "ISR", "SPY")),
    ("the Bundestag", ("Bundestag", "DEU", "LEG")),
    ("the US Congress", ("United States Congress", "USA", "LEG")),
    ("the Justice Department", ("United States Department of Justice", "USA", "GOV")),  # a ministry (annotation guide)
    ("US Central Command", ("United States Central Command", "USA", "MIL")),
    ("the Syrian Arab Army", ("Syrian Arab Army", "SYR", "MIL")),
    ("Pakistan's Inter-Services Intelligence", ("Inter-Services Intelligence", "PAK", "SPY")),
])
def test_bodies_resolve_by_their_own_name(resolver: ActorResolver, phrase: str,
                                          expected: tuple[str, str, str]) -> None:
    actor = _actor(resolver, phrase, "2022-03-01")
    assert (actor.name, actor.country, actor.sector) == expected
    assert actor.kind in ("organisation", "igo")


def test_a_named_body_wins_over_the_country_that_owns_it(resolver: ActorResolver) -> None:
    """'Russia's FSB' is the FSB (SPY), not Russia's government; so for a service whose name is an acronym."""
    for phrase, expected in [("Russia's FSB", ("Federal Security Service", "SPY")),
                             ("Israel's Shin Bet", ("Shin Bet", "SPY")),
                             ("Ukraine's SBU", ("Security Service of Ukraine", "SPY"))]:
        actor = _actor(resolver, phrase)
        assert (actor.name, actor.sector) == expected


def test_a_body_name_that_carries_its_country_is_that_countrys(resolver: ActorResolver) -> None:
    """Chambers and ministries several countries share a name with are entries only under a form carrying the
    country: Canada's House of Commons is not Britain's, North Korea's Ministry of State Security not China's."""
    assert _actor(resolver, "the House of Commons").country == "GBR"
    assert _actor(resolver, "Canada's House of Commons").country == "CAN"
    assert _actor(resolver, "China's Ministry of State Security").country == "CHN"
    assert _actor(resolver, "North Korea's Ministry of State Security").country == "PRK"
    assert _actor(resolver, "South Korea's Joint Chiefs of Staff").country == "KOR"
    generic = _actor(resolver, "the Ministry of State Security")  # no country named: the sector word alone
    assert (generic.country, generic.sector) == (None, "SPY")


def test_a_bare_congress_is_no_countrys_legislature(resolver: ActorResolver) -> None:
    bare = _actor(resolver, "Congress")
    assert (bare.country, bare.sector) == (None, "LEG")
    assert _actor(resolver, "Peru's Congress").country == "PER"
    assert _actor(resolver, "the U.S. Congress").country == "USA"


def test_bodies_of_the_same_kind_agree_named_or_described(resolver: ActorResolver) -> None:
    """A named body takes the sector its generic description has: the Palestinian security forces are MIL whether
    the knowledge base names them or not, like any country's security forces."""
    named = _actor(resolver, "the Palestinian security forces")
    described = _actor(resolver, "the Malian security forces")
    assert named.name == "Palestinian Authority security forces" and named.sector == described.sector == "MIL"


def test_a_countrys_single_institution_is_reached_by_its_description(resolver: ActorResolver) -> None:
    """'the Kenyan Parliament' is the Parliament of Kenya and 'the Israeli army' the IDF; a ministry described by its
    country and kind is named as written by the generic rule ('India's Defense Ministry', docs/actors.md)."""
    member = resolver.resolve("a member of the Kenyan Parliament")
    assert member is not None and (member.actor.country, member.actor.sector, member.entry) == (
        "KEN", "LEG", "ke-parliament")
    assert _actor(resolver, "the Israeli army").name == "Israel Defense Forces"
    ministry = resolver.resolve("Russia's Defence Ministry")
    assert ministry is not None and (ministry.actor.name, ministry.rule) == ("Russia's Defence Ministry",
                                                                             "possessive+sector-word")


def test_institutions_words_keep_a_body_whole(resolver: ActorResolver) -> None:
    found = resolver.resolve("Pakistan's Ministry of Finance")
    assert found is not None and found.rule == "possessive+sector-word"  # not split at 'of'
    assert _actor(resolver, "the ministry of public security").sector == "COP"


# --- people by the article's date --------------------------------------------------------------------------------


def test_home_secretary_by_date(resolver: ActorResolver) -> None:
    rudd = _actor(resolver, "Home Secretary Amber Rudd", "2017-06-01")
    assert (rudd.country, rudd.sector, rudd.role) == ("GBR", "GOV", "Home Secretary")
    assert _actor(resolver, "Amber Rudd", "2020-06-01").sector == "ELI"
    holders = [_actor(resolver, "Britain's home secretary", d).name for d in ("2017-06-01", "2020-06-01", "2024-01-15")]
    assert holders == ["Amber Rudd", "Priti Patel", "James Cleverly"]


def test_a_title_names_its_holder_through_role_synonyms(resolver: ActorResolver) -> None:
    assert _actor(resolver, "Britain's chancellor", "2017-06-01").name == "Philip Hammond"
    assert _actor(resolver, "Germany's chancellor", "2017-06-01").name == "Angela Merkel"
    assert _actor(resolver, "Israel's finance minister", "2023-06-01").name == "Bezalel Smotrich"
    spy = _actor(resolver, "Turkey's spy chief", "2024-01-10")
    assert (spy.name, spy.sector) == ("İbrahim Kalın", "SPY")


@pytest.mark.parametrize(("phrase", "date", "expected"), [
    ("Hemedti", "2020-06-01", ("SDN", "GOV", "Deputy Chairman of the Sovereignty Council")),
    ("Hemedti", "2024-05-10", ("SDN", "REB", "Leader of the Rapid Support Forces")),
    ("Mazloum Abdi", "2019-03-23", ("SYR", "REB", "Commander of the Syrian Democratic Forces")),
    ("Sirajuddin Haqqani", "2019-01-01", ("AFG", "REB", "Taliban deputy leader")),
    ("Sirajuddin Haqqani", "2022-01-01", ("AFG", "GOV", "Interior Minister")),
    ("Esmail Qaani", "2021-06-01", ("IRN", "MIL", "Quds Force Commander")),
    ("FBI Director Christopher Wray", "2019-06-01", ("USA", "COP", "FBI Director")),
    ("Attorney General Merrick Garland", "2023-06-01", ("USA", "GOV", "Attorney General")),
    ("Gen. Valerii Zaluzhnyi", "2022-09-01", ("UKR", "MIL", "Commander-in-Chief of the Armed Forces")),
    ("Itamar Ben-Gvir", "2024-01-01", ("ISR", "GOV", "National Security Minister")),
])
def test_people_by_office_on_the_date(resolver: ActorResolver, phrase: str, date: str,
                                      expected: tuple[str, str, str]) -> None:
    actor = _actor(resolver, phrase, date)
    assert (actor.country, actor.sector, actor.role) == expected


def test_leaders_of_transnational_groups_have_no_country(resolver: ActorResolver) -> None:
    leader = _actor(resolver, "Abu Ibrahim al-Hashimi al-Qurashi", "2021-01-01")
    assert (leader.country, leader.sector, leader.role) == (None, "REB", "Islamic State leader")


def test_out_of_office_is_former_and_before_office_an_elite_with_no_role(resolver: ActorResolver) -> None:
    fired = _actor(resolver, "James Comey", "2017-06-01")
    assert (fired.sector, fired.role) == ("ELI", "former FBI Director")
    early = _actor(resolver, "Vasily Nebenzya", "2016-01-01")
    assert (early.sector, early.role, early.rule) == ("ELI", None, "person-not-yet-in-office")
    candidate = _actor(resolver, "Donald Trump", "2016-07-01")  # the candidate, not yet President
    assert (candidate.country, candidate.sector, candidate.role) == ("USA", "ELI", None)


# --- in an article: the article decides names two bodies share ----------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Engineers at MIT said the new battery held its charge for a decade.", ("USA", "EDU")),
    ("Ankara said its agents caught the suspect near the border. MIT said the operation took months.",
     ("TUR", "SPY")),
])
def test_mit_is_read_by_the_article(actors_nlp: Language, text: str, expected: tuple[str, str]) -> None:
    mit = _one(_actors(actors_nlp, text, "2021-05-01"), "MIT")
    assert (mit.country, mit.sector) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The SDF said Kurdish units had pushed into Raqqa from the north.", ("SYR", "REB")),
    ("Tokyo sent troops north after the quake. The SDF said rescue teams reached Japanese coastal towns.",
     ("JPN", "MIL")),
])
def test_sdf_is_read_by_the_article(actors_nlp: Language, text: str, expected: tuple[str, str]) -> None:
    sdf = _one(_actors(actors_nlp, text, "2024-01-05"), "The SDF")
    assert (sdf.country, sdf.sector) == expected


def test_bodies_and_officials_in_a_sentence(actors_nlp: Language) -> None:
    text = ("The Home Office said the rules would change on Monday. Home Secretary Amber Rudd said she would "
            "ask Scotland Yard and MI5 to review the case.")
    actors = _actors(actors_nlp, text, "2017-06-01")
    assert (_one(actors, "The Home Office").country, _one(actors, "The Home Office").sector) == ("GBR", "COP")
    rudd = _one(actors, "Home Secretary Amber Rudd")
    assert (rudd.name, rudd.country, rudd.sector, rudd.rule) == ("Amber Rudd", "GBR", "GOV", "person-in-office")
    assert _one(actors, "she").name == "Amber Rudd"
    assert _one(actors, "Scotland Yard").sector == "COP"
    assert _one(actors, "MI5").sector == "SPY"


# --- the lookup command explains ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "entry"), [
    ("the Home Office", "uk-home-office"),
    ("Britain's Home Office", "uk-home-office"),
    ("the IRGC", "irgc"),
    ("Mossad", "mossad"),
    ("the Bundestag", "de-bundestag"),
])
def test_lookup_explains_a_body(phrase: str, entry: str) -> None:
    result = CliRunner().invoke(main, ["actors", "lookup", phrase, "--format", "json"])
    assert result.exit_code == 0, result.output
    explained = json.loads(result.output)
    assert (explained["entry"], explained["rule"]) == (entry, "organisation")
    assert "authored for accord" in explained["entry_source"]


def test_lookup_explains_an_office_holder() -> None:
    result = CliRunner().invoke(main, ["actors", "lookup", "Home Secretary Amber Rudd", "--date", "2017-06-01"])
    assert result.exit_code == 0, result.output
    assert "person-in-office" in result.output and "GBR" in result.output and "Home Secretary" in result.output


@pytest.mark.parametrize("phrase", ["the interim opposition government", "the shadow cabinet",
                                    "the government in exile"])
def test_an_oppositions_own_government_is_the_opposition(resolver: ActorResolver, phrase: str) -> None:
    assert _actor(resolver, phrase).sector == "OPP", phrase


def test_a_name_inside_a_longer_body_name_is_not_that_name(actors_nlp: Language) -> None:
    text = "The decision surprised Canberra, and National Security Council officials asked for a review."
    actors = _actors(actors_nlp, text, "2019-06-01")
    council = _one(actors, "National Security Council officials")
    assert council.name != "United Nations Security Council" and council.sector == "GOV"
    alone = _actors(actors_nlp, "The Security Council met on Friday.", "2019-06-01")
    assert _one(alone, "The Security Council").name == "United Nations Security Council"


@pytest.mark.parametrize(("phrase", "country", "sector"), [
    ("Wall Street", "USA", "BUS"), ("Wall Street lenders", "USA", "BUS"), ("Fleet Street", "GBR", "MED"),
    ("the bondholders", None, "BUS"), ("Ukrainian oligarchs", "UKR", "BUS"), ("two columnists", None, "MED"),
    ("independent fact-checkers", None, "MED"),
])
def test_districts_and_groups_of_business_and_the_press(resolver: ActorResolver, phrase: str, country: str | None,
                                                        sector: str) -> None:
    actor = _actor(resolver, phrase, "2019-06-01")
    assert (actor.country, actor.sector) == (country, sector), phrase


@pytest.mark.parametrize("phrase", ["world powers", "the western powers", "foreign governments", "Gulf states",
                                    "western nations", "the regulators"])
def test_states_spoken_of_together_are_governments_of_no_one_country(resolver: ActorResolver, phrase: str) -> None:
    actor = _actor(resolver, phrase, "2019-06-01")
    assert (actor.country, actor.sector) == (None, "GOV"), phrase


def test_world_powers_take_no_home_country(actors_nlp: Language) -> None:
    text = ("American officials said on Monday that the US would send aid. The White House said the US "
            "would act, and world powers were told.")
    assert _one(_actors(actors_nlp, text, "2019-06-01"), "world powers").country is None


@pytest.mark.parametrize("text", [
    "The U.S. Attorney’s Office said the case was closed.",
    "The district attorney's office said the case was closed.",
])
def test_an_attorneys_office_prosecutes(actors_nlp: Language, text: str) -> None:
    actors = _actors(actors_nlp, text, "2019-06-01")
    assert [a.sector for a in actors] == ["JUD"], [(a.text, a.sector) for a in actors]


def test_a_district_attorney_before_a_name(resolver: ActorResolver) -> None:
    assert _actor(resolver, "District Attorney Jo Lane", "2019-06-01").sector == "JUD"


@pytest.mark.parametrize(("phrase", "sector"), [
    ("the Turkish-led coalition", "MIL"), ("an international coalition", "MIL"),
    ("the military coalition", "MIL"), ("the ruling coalition", "PTY"), ("the coalition", "PTY"),
])
def test_a_coalition_a_state_leads_fights_and_a_bare_one_is_parties(resolver: ActorResolver, phrase: str,
                                                                    sector: str) -> None:
    assert _actor(resolver, phrase).sector == sector
