"""How actor names are written in real news: acronyms in either case, names that are ordinary words, names that
changed with time, and the non-state, party, media, NGO, company and UN entries. Every sentence is written for
these tests."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from spacy.language import Language

from accord.actors import ActorResolver
from accord.actors.kb import KINDS
from accord.cli import main
from actor_helpers import actor_runner

NEW_FILES = ("armed_groups.yaml", "parties.yaml", "media.yaml", "ngos.yaml", "companies.yaml", "un_system.yaml")


def _shipped() -> list[tuple[str, dict[str, Any]]]:
    """The shipped YAML files, parsed (test_actors_kb.py checks their fields, ids and sources)."""
    data = resources.files("accord.data.actors")
    return [(item.name, yaml.safe_load(item.read_text(encoding="utf-8")) or {})
            for item in sorted(data.iterdir(), key=lambda p: p.name) if item.name.endswith(".yaml")]


def _resolve(resolver: ActorResolver, phrase: str, date: str | None = None) -> tuple[Any, ...] | None:
    found = resolver.resolve(phrase, date)
    return None if found is None else (found.entry, found.actor.country, found.actor.sector)


_actors = actor_runner("2024-05-01")


# --- the shipped data is well formed --------------------------------------------------------------------------


def test_every_new_file_names_its_source_and_currency() -> None:
    for name, doc in _shipped():
        if name in NEW_FILES:
            assert "authored for accord" in str(doc.get("source")), name
            text = resources.files("accord.data.actors").joinpath(name).read_text(encoding="utf-8")
            assert "CURRENT TO:" in text, name


def test_codes_kinds_periods_and_ambiguities_are_valid(resolver: ActorResolver) -> None:
    kb = resolver.kb
    problems = []
    for entry in kb.entries.values():
        if not entry.source:
            problems.append(f"{entry.id}: no source")
        if entry.kind not in KINDS:
            problems.append(f"{entry.id}: kind {entry.kind}")
        for period in entry.periods:
            if period.country and period.country not in kb.entries:
                problems.append(f"{entry.id}: period country {period.country}")
            if period.sector and period.sector not in kb.sector_codes:
                problems.append(f"{entry.id}: period sector {period.sector}")
            if period.start and period.end and period.end < period.start:
                problems.append(f"{entry.id}: a period ends before it starts")
        if entry.start and entry.end and entry.end < entry.start:
            problems.append(f"{entry.id}: ends before it starts")
    for ambiguity in kb.ambiguous.values():
        problems += [f"ambiguous: {code}" for code in (ambiguity.default, *ambiguity.cues) if code not in kb.entries]
    assert problems == []


def test_the_knowledge_base_reaches_real_news_breadth() -> None:
    per_file = {name: len(doc.get("organisations") or ()) for name, doc in _shipped() if name in NEW_FILES}
    assert sum(per_file.values()) >= 600, per_file
    assert min(per_file.values()) >= 50, per_file


def test_every_guarded_name_and_exception_is_in_use(resolver: ActorResolver) -> None:
    """The case data names real aliases; an exception is the title case of a word (no dead configuration)."""
    kb = resolver.kb
    assert [k for k in kb.guarded if k not in kb.names] == []
    assert all(word.isalpha() and word == word.lower() for word in kb.title_case_exceptions)


# --- acronyms in either case -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "entry"), [
    ("NATO", "nato"), ("Nato", "nato"), ("UNICEF", "unicef"), ("Unicef", "unicef"), ("ISIS", "islamic-state"),
    ("Isis", "islamic-state"), ("ISIL", "islamic-state"), ("Isil", "islamic-state"), ("Daesh", "islamic-state"),
    ("DAESH", "islamic-state"), ("Zanu-PF", "zanu-pf"), ("Unrwa", "unrwa"), ("Opec", "opec"), ("Farc", "farc"),
    ("Aukus", "aukus"), ("LeT", "lashkar-e-taiba"), ("LET", "lashkar-e-taiba"), ("PiS", "pis"),
])
def test_acronyms_match_in_capitals_and_in_title_case(resolver: ActorResolver, phrase: str, entry: str) -> None:
    found = resolver.resolve(phrase, "2023-01-01")
    assert found is not None and found.entry == entry


@pytest.mark.parametrize("phrase", ["Who", "who", "Car", "Is", "is", "Us", "nato", "isis", "Let", "Pis", "Rand"])
def test_ordinary_words_are_not_acronyms(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase)
    assert found is None or found.entry not in {"who", "CAF", "islamic-state", "USA", "nato", "lashkar-e-taiba",
                                                "pis", "rand"}


def test_who_and_is_in_sentences(actors_nlp: Language) -> None:
    found = _actors(actors_nlp, "Who pays for the clinics is still unclear, the WHO said on Monday.")
    assert [a.text for a in found if a.sector == "IGO"] == ["the WHO"]
    found = _actors(actors_nlp, "The IS claimed the raid, and it is not clear who paid the Isis fighters.")
    assert {a.text for a in found if a.name == "Islamic State"} == {"The IS", "the Isis fighters"}


@pytest.mark.parametrize("spelling", ["al-Qaeda", "al-Qaida", "al Qaeda", "Al-Qaeda", "Al Qaida", "al-Qa'ida"])
def test_transliterations_are_one_entry(resolver: ActorResolver, spelling: str) -> None:
    assert _resolve(resolver, spelling) == ("al-qaeda", None, "REB")


@pytest.mark.parametrize(("british", "american"), [
    ("Islamic State (Isis)", "ISIS"), ("Hizbullah", "Hezbollah"), ("Nato", "NATO"), ("al-Qaida", "al-Qaeda"),
    ("Unicef", "UNICEF"), ("the Houthis", "Ansar Allah"), ("Daesh", "ISIL"),
])
def test_british_and_american_styles_meet(resolver: ActorResolver, british: str, american: str) -> None:
    assert _resolve(resolver, british) == _resolve(resolver, american) is not None


def test_lookup_explains_the_case_rules() -> None:
    unicef = CliRunner().invoke(main, ["actors", "lookup", "Unicef"])
    assert unicef.exit_code == 0 and "alias matched case-insensitively (acronym in title case)" in unicef.output
    labour = CliRunner().invoke(main, ["actors", "lookup", "Labour MPs"])
    assert "ordinary word: matched capitalised and standing alone" in labour.output
    times = CliRunner().invoke(main, ["actors", "lookup", "the Times", "--format", "json"])
    assert "after 'the'" in times.output
    channel = CliRunner().invoke(main, ["actors", "lookup", "Russia Today"])
    assert "a name that begins with another name: matched with its capitals" in channel.output


# --- names that are ordinary words --------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Labour", ("labour-gbr", "GBR", "PTY")),
    ("Labour MPs", ("labour-gbr", "GBR", "LEG")),
    ("the Greens", ("greens-deu", "DEU", "PTY")),
    ("the Democrats", ("democratic-party-usa", "USA", "PTY")),
    ("the Tories", ("conservatives-gbr", "GBR", "PTY")),
    ("the Congress party", ("inc", "IND", "PTY")),
    ("the Times", ("the-times", "GBR", "MED")),
    ("The Guardian", ("guardian", "GBR", "MED")),
    ("the Independent", ("the-independent", "GBR", "MED")),
    ("Law and Justice", ("pis", "POL", "PTY")),
])
def test_party_and_paper_names_as_news_writes_them(resolver: ActorResolver, phrase: str,
                                                   expected: tuple[str, str, str]) -> None:
    assert _resolve(resolver, phrase, "2024-01-01") == expected


@pytest.mark.parametrize("phrase", [
    "labour costs", "Labour Day", "the Department of Labor", "the Labour and Pensions Ministry", "at times",
    "Times Square", "a guardian", "Guardian", "the Guardian Council", "the Sea of Azov", "Russia today",
    "the Ministry of Law and Justice", "Lebanese forces",
])
def test_the_ordinary_senses_are_not_names(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase)
    assert found is None or found.entry not in {"labour-gbr", "labor-aus", "the-times", "guardian", "azov", "rt",
                                                "pis", "lebanese-forces"}


def test_congress_of_the_united_states_is_not_indias_party(resolver: ActorResolver) -> None:
    found = resolver.resolve("the US Congress")
    assert found is not None and (found.actor.country, found.actor.sector) == ("USA", "LEG")
    bare = resolver.resolve("Congress")
    assert bare is not None and (bare.actor.country, bare.actor.sector) == (None, "LEG")


def test_a_party_title_introduces_a_person(resolver: ActorResolver) -> None:
    found = resolver.resolve("Labour Minister Priya Okonjo")
    assert found is not None and found.actor.kind == "person" and found.actor.name == "Priya Okonjo"


def test_papers_and_parties_in_sentences(actors_nlp: Language) -> None:
    text = ("Labour said on Sunday it would win the seat, The Guardian reported. At times the debate turned "
            "bitter, and protesters gathered in Times Square.")
    found = {a.text: a for a in _actors(actors_nlp, text)}
    assert (found["Labour"].country, found["Labour"].sector) == ("GBR", "PTY")
    assert (found["The Guardian"].country, found["The Guardian"].sector) == ("GBR", "MED")
    assert not any("Times" in t for t in found)


def test_the_article_decides_whose_labour_party(actors_nlp: Language) -> None:
    text = "Voters in Auckland and Wellington queued early. Labour said the result was close."
    labour = [a for a in _actors(actors_nlp, text) if a.text == "Labour"]
    assert labour and labour[0].country == "NZL"


def test_rsf_follows_the_article(actors_nlp: Language) -> None:
    war = [a for a in _actors(actors_nlp, "Shelling hit Omdurman. The RSF said its fighters held the bridge.")
           if a.text.startswith("The RSF")]
    press = [a for a in _actors(actors_nlp, "Two journalists were detained. The RSF said press freedom had "
                                            "collapsed.") if a.text == "The RSF"]
    assert war and war[0].name == "Rapid Support Forces"
    assert press and press[0].name == "Reporters Without Borders" and press[0].sector == "NGO"


# --- names and sectors that changed with time ------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "date", "expected"), [
    ("the Taliban", "1995-06-01", ("taliban", "AFG", "REB")),
    ("the Taliban", "1998-06-01", ("taliban", "AFG", "GOV")),
    ("the Taliban", "2010-06-01", ("taliban", "AFG", "REB")),
    ("the Taliban", "2021-08-14", ("taliban", "AFG", "REB")),
    ("the Taliban", "2021-08-15", ("taliban", "AFG", "GOV")),
    ("the Nusra Front", "2014-03-01", ("nusra", "SYR", "REB")),
    ("Jabhat Fateh al-Sham", "2016-10-01", ("jfs", "SYR", "REB")),
    ("the Nusra Front", "2019-03-01", ("hts", "SYR", "REB")),
    ("Hayat Tahrir al-Sham", "2024-12-20", ("hts", "SYR", "GOV")),
    ("the RSF", "2019-06-03", ("rsf-sudan", "SDN", "MIL")),
    ("the RSF", "2023-06-03", ("rsf-sudan", "SDN", "REB")),
    ("the Hashd al-Shaabi", "2015-05-01", ("pmf", "IRQ", "UAF")),
    ("the Hashd al-Shaabi", "2019-05-01", ("pmf", "IRQ", "MIL")),
    ("the SPLM", "1999-05-01", ("splm", "SDN", "REB")),
    ("the SPLM/A", "1999-05-01", ("splm-a", "SDN", "REB")),
    ("the SPLM", "2015-05-01", ("splm", "SSD", "PTY")),
    ("UNITA", "1995-05-01", ("unita", "AGO", "REB")),
    ("UNITA", "2010-05-01", ("unita", "AGO", "PTY")),
    ("the National Front", "2015-05-01", ("front-national", "FRA", "PTY")),
    ("the National Rally", "2022-05-01", ("rassemblement-national", "FRA", "PTY")),
])
def test_dated_names_and_sectors(resolver: ActorResolver, phrase: str, date: str,
                                 expected: tuple[str, str, str]) -> None:
    assert _resolve(resolver, phrase, date) == expected


def test_lookup_explains_the_period() -> None:
    result = CliRunner().invoke(main, ["actors", "lookup", "the Taliban", "--date", "2010-06-01"])
    assert result.exit_code == 0 and "period   REB from 2001-11-13 to 2021-08-15" in result.output


def test_user_files_can_date_sectors_and_name_their_own_exceptions(tmp_path: Path) -> None:
    actor_file = tmp_path / "ours.yaml"
    actor_file.write_text(
        "source: our desk\n"
        "organisations:\n"
        "  - {id: rivermen, name: Rivermen Brigade, country: BOL, sector: GOV, aliases: [RMB, Rivermen],\n"
        "     periods: [{sector: REB, to: 2029-12-31}]}\n"
        "acronym_title_case_exceptions: [Rmb]\n"
        "common_word_names: {standalone: [Rivermen]}\n", encoding="utf-8")
    resolver = ActorResolver.load([actor_file])
    assert _resolve(resolver, "the Rivermen Brigade", "2025-01-01") == ("rivermen", "BOL", "REB")
    assert _resolve(resolver, "the Rivermen Brigade", "2031-01-01") == ("rivermen", "BOL", "GOV")
    assert _resolve(resolver, "RMB") is not None and resolver.resolve("Rmb") is None
    assert resolver.resolve("Rivermen Day") is None and _resolve(resolver, "the Rivermen") is not None


def test_an_unknown_case_guard_is_a_clear_error(tmp_path: Path) -> None:
    actor_file = tmp_path / "bad.yaml"
    actor_file.write_text("common_word_names: {sometimes: [Labour]}\n", encoding="utf-8")
    with pytest.raises(Exception, match="sometimes"):
        ActorResolver.load([actor_file])


# --- the new entries resolve ------------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "country", "sector"), [
    # armed groups and movements
    ("Islamic State West Africa Province", "NGA", "REB"), ("ISWAP", "NGA", "REB"), ("IS-K", "AFG", "REB"),
    ("the Islamic State's Sinai Province", "EGY", "REB"), ("al-Shabaab", "SOM", "REB"), ("AQAP", "YEM", "REB"),
    ("AQIM", None, "REB"), ("JNIM", "MLI", "REB"), ("Boko Haram", "NGA", "REB"), ("the Houthis", "YEM", "REB"),
    ("Hamas", "PSE", "REB"), ("the Qassam Brigades", "PSE", "REB"), ("Palestinian Islamic Jihad", "PSE", "REB"),
    ("the PKK", "TUR", "REB"), ("the YPG", "SYR", "REB"), ("the YPJ", "SYR", "REB"), ("the SDF", "SYR", "REB"),
    ("the PYD", "SYR", "PTY"), ("the Syrian National Army", "SYR", "REB"), ("the Free Syrian Army", "SYR", "REB"),
    ("Jaish al-Islam", "SYR", "REB"), ("Ahrar al-Sham", "SYR", "REB"), ("Kataib Hezbollah", "IRQ", "UAF"),
    ("the Wagner Group", "RUS", "MIL"), ("the Africa Corps", "RUS", "MIL"), ("M23", "COD", "REB"),
    ("the Allied Democratic Forces", "COD", "REB"), ("the Arakan Army", "MMR", "REB"), ("the ELN", "COL", "REB"),
    ("FARC dissidents", "COL", "REB"), ("the Sinaloa Cartel", "MEX", "CRM"), ("CJNG", "MEX", "CRM"),
    ("Viv Ansanm", "HTI", "CRM"), ("the TTP", "PAK", "REB"), ("the Balochistan Liberation Army", "PAK", "REB"),
    ("Lashkar-e-Taiba", "IND", "REB"), ("Jaish-e-Mohammed", "IND", "REB"), ("the Azov regiment", "UKR", "MIL"),
    # parties
    ("the GOP", "USA", "PTY"), ("the SNP", "GBR", "PTY"), ("the AfD", "DEU", "PTY"), ("the BJP", "IND", "PTY"),
    ("the ANC", "ZAF", "PTY"), ("the CCP", "CHN", "PTY"), ("United Russia", "RUS", "PTY"), ("Likud", "ISR", "PTY"),
    ("Fatah", "PSE", "PTY"), ("Servant of the People", "UKR", "PTY"), ("the AKP", "TUR", "PTY"),
    ("Pakistan Tehreek-e-Insaf", "PAK", "PTY"), ("Morena", "MEX", "PTY"), ("the Justicialist Party", "ARG", "PTY"),
    ("the LDP", "JPN", "PTY"), ("the People Power Party", "KOR", "PTY"), ("Civil Contract", "ARM", "PTY"),
    ("the NLD", "MMR", "PTY"), ("the National Unity Government", "MMR", "OPP"), ("the Prosperity Party", "ETH", "PTY"),
    # media
    ("Reuters", "GBR", "MED"), ("AP", "USA", "MED"), ("AFP", "FRA", "MED"), ("Xinhua", "CHN", "MED"),
    ("Tass", "RUS", "MED"), ("RIA Novosti", "RUS", "MED"), ("Interfax", "RUS", "MED"), ("Anadolu", "TUR", "MED"),
    ("Yonhap", "KOR", "MED"), ("Kyodo", "JPN", "MED"), ("IRNA", "IRN", "MED"), ("SANA", "SYR", "MED"),
    ("WAFA", "PSE", "MED"), ("the BBC", "GBR", "MED"), ("The New York Times", "USA", "MED"),
    ("The Washington Post", "USA", "MED"), ("CNN", "USA", "MED"), ("Fox News", "USA", "MED"),
    ("Al Jazeera", "QAT", "MED"), ("Al Arabiya", "SAU", "MED"), ("RT", "RUS", "MED"), ("Haaretz", "ISR", "MED"),
    ("Le Monde", "FRA", "MED"), ("Der Spiegel", "DEU", "MED"), ("Asahi Shimbun", "JPN", "MED"),
    # NGOs, aid agencies, the UN
    ("Amnesty International", None, "NGO"), ("Human Rights Watch", None, "NGO"), ("MSF", None, "NGO"),
    ("Doctors Without Borders", None, "NGO"), ("the ICRC", None, "NGO"), ("the Red Cross", None, "NGO"),
    ("the Palestine Red Crescent Society", "PSE", "NGO"), ("Save the Children", None, "NGO"), ("Oxfam", None, "NGO"),
    ("the International Rescue Committee", None, "NGO"), ("the White Helmets", "SYR", "NGO"),
    ("the Syrian Observatory for Human Rights", "SYR", "NGO"), ("Reporters Without Borders", None, "NGO"),
    ("the CPJ", "USA", "NGO"), ("OCHA", None, "IGO"), ("UNHCR", None, "REF"), ("the WFP", None, "IGO"),
    ("Unrwa", None, "REF"), ("the OPCW", None, "IGO"), ("MONUSCO", None, "MIL"), ("UNIFIL", None, "MIL"),
    ("the IOM", None, "IGO"), ("the Office of the UN Special Envoy for Syria", None, "IGO"),
    ("the US-led coalition", None, "MIL"), ("the Saudi-led coalition", None, "MIL"),
    # companies
    ("Gazprom", "RUS", "BUS"), ("Rosneft", "RUS", "BUS"), ("Aramco", "SAU", "BUS"), ("ExxonMobil", "USA", "BUS"),
    ("Lockheed Martin", "USA", "BUS"), ("Raytheon", "USA", "BUS"), ("BAE Systems", "GBR", "BUS"),
    ("Rafael", "ISR", "BUS"), ("Huawei", "CHN", "BUS"), ("TSMC", "TWN", "BUS"), ("Goldman Sachs", "USA", "BUS"),
])
def test_new_entries_resolve(resolver: ActorResolver, phrase: str, country: str | None, sector: str) -> None:
    found = resolver.resolve(phrase, "2024-03-01")
    assert found is not None, phrase
    assert (found.actor.country, found.actor.sector) == (country, sector)


def test_a_dated_mission_is_no_actor_outside_its_mandate(resolver: ActorResolver) -> None:
    assert _resolve(resolver, "MINUSMA", "2020-01-01") == ("minusma", None, "MIL")
    assert resolver.resolve("MINUSMA", "2010-01-01") is None


def test_armed_groups_and_monitors_in_a_sentence(actors_nlp: Language) -> None:
    text = ("Hayat Tahrir al-Sham fighters shelled the town overnight, the Syrian Observatory for Human Rights "
            "said, while Unicef called for a pause and Nato stayed silent.")
    found = {a.text: (a.name, a.country, a.sector) for a in _actors(actors_nlp, text, "2020-02-01")}
    assert found["Hayat Tahrir al-Sham fighters"] == ("Hayat Tahrir al-Sham", "SYR", "REB")
    assert found["the Syrian Observatory for Human Rights"] == ("Syrian Observatory for Human Rights", "SYR", "NGO")
    assert found["Unicef"][2] == "IGO" and found["Nato"][2] == "IGO"


def test_loading_leaves_the_garbage_collector_as_it_found_it() -> None:
    """Loading pauses the cyclic collector (many small acyclic objects) and restores its state either way."""
    import gc

    from accord.actors.kb import KnowledgeBase

    assert gc.isenabled()
    KnowledgeBase.load()
    assert gc.isenabled()
    gc.disable()
    try:
        KnowledgeBase.load()
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize(("phrase", "date", "name"), [
    ("James B. Comey", "2016-07-15", "James Comey"),
    ("Mr. Rex W. Tillerson", "2017-06-01", "Rex Tillerson"),
])
def test_a_middle_initial_does_not_hide_a_known_person(resolver: ActorResolver, phrase: str, date: str,
                                                       name: str) -> None:
    found = resolver.resolve(phrase, date)
    assert found is not None and found.actor.name == name, phrase


def test_a_middle_initial_makes_no_organisation_of_a_person_like_phrase(resolver: ActorResolver) -> None:
    """Passing over an initial is for people's names only ('Human R. Watch' names nobody)."""
    found = resolver.resolve("Human R. Rights Watch", "2019-03-01")
    assert found is None or found.actor.name != "Human Rights Watch"

