"""People news names without an office: private persons are civilians (CVL), a bare surname several known
people share is the one whose office lies nearest the article's date, and acronyms written with full stops
('F.B.I.') are the acronym."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from accord.actors.kb import dotted_acronym
from accord.records import Actor
from actor_helpers import actor_runner, actors_in, named

_actors = actor_runner("2019-03-01")


_named = named


@pytest.mark.parametrize("text", [
    "Marta Kowalczyk said she had waited three hours for the bus.",
    "Tobias Brenner, 41, of Leeds, was arrested on Friday.",
    "Delivery driver Ilse Vandermeer said the road had been closed since dawn.",
])
def test_a_person_the_text_gives_no_office_is_a_civilian(actors_nlp: Language, text: str) -> None:
    name = next(n for n in ("Marta Kowalczyk", "Tobias Brenner", "Ilse Vandermeer") if n in text)
    person = _named(_actors(actors_nlp, text), name)[0]
    assert (person.kind, person.sector) == ("person", "CVL")
    assert person.rule is not None and "private-person" in person.rule


def test_a_later_surname_keeps_the_private_person(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Marta Kowalczyk runs a bakery in the town. Kowalczyk said sales had fallen.")
    assert [a.sector for a in _named(actors, "Marta Kowalczyk")] == ["CVL", "CVL"]


def test_a_description_still_gives_the_sector(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Sara Holm, a regional official, spoke to reporters.")
    assert _named(actors, "Sara Holm")[0].sector == "GOV"


def test_a_private_person_takes_no_country_from_whom_they_meet(actors_nlp: Language) -> None:
    """A civilian's nationality is not implied by the other country of the sentence."""
    actors = _actors(actors_nlp, "Marta Kowalczyk met Japanese officials at the airport on Monday.")
    assert _named(actors, "Marta Kowalczyk")[0].country is None


def test_a_known_person_is_never_made_a_civilian(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Donald Trump spoke at a rally in Ohio on Tuesday.", date="2016-07-01")
    assert _named(actors, "Donald Trump")[0].sector == "ELI"  # before his office: an elite, not CVL


def test_a_shared_surname_is_the_person_whose_office_is_nearest_the_date(resolver: ActorResolver) -> None:
    def name(phrase: str, date: str) -> str | None:
        found = resolver.resolve(phrase, date)
        assert found is not None, phrase
        return found.actor.name

    assert name("Clinton", "1998-05-01") == "Bill Clinton"  # President then
    assert name("Mrs. Clinton", "2011-05-01") == "Hillary Clinton"  # Secretary of State then
    assert name("Clinton", "2016-07-01") == "Hillary Clinton"  # her office ended in 2013, his in 2001


@pytest.mark.parametrize(("acronym", "dotted"), [("FBI", "F.B.I."), ("NATO", "N.A.T.O."), ("CIA", "C.I.A.")])
def test_dotted_acronyms(acronym: str, dotted: str) -> None:
    assert dotted_acronym(acronym) == dotted


@pytest.mark.parametrize("text", ["UK", "Nato", "Islamic State", "ABCDEFG", "Zanu-PF"])
def test_only_short_all_capital_acronyms_are_dotted(text: str) -> None:
    assert dotted_acronym(text) is None


def test_the_dotted_form_resolves_as_the_acronym(resolver: ActorResolver) -> None:
    plain, dotted = resolver.resolve("the FBI", "2016-07-01"), resolver.resolve("the F.B.I.", "2016-07-01")
    assert plain is not None and dotted is not None
    assert (dotted.actor.name, dotted.actor.country, dotted.actor.sector) == \
        (plain.actor.name, plain.actor.country, plain.actor.sector) == ("Federal Bureau of Investigation", "USA", "COP")


def test_the_dotted_form_in_an_article(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "The F.B.I. released its findings on Tuesday.", date="2016-07-01")
    assert any(a.name == "Federal Bureau of Investigation" and a.sector == "COP" for a in actors)


def test_a_bare_surname_a_known_person_bears_is_not_taken_for_a_civilian(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Mr. Cruz said the vote would be close.", date="2016-03-01")
    assert [a.sector for a in actors if a.name == "Cruz"] == [None]


@pytest.mark.parametrize(("phrase", "sector"), [
    ("Gov. Piet Halvorsen of Maine", "GOV"), ("the Democratic candidate", "ELI"),
    ("a presidential hopeful", "ELI"), ("campaign aides", "PTY"), ("a local political group", "PTY"),
])
def test_governors_candidates_and_campaigns(resolver: ActorResolver, phrase: str, sector: str) -> None:
    found = resolver.resolve(phrase, "2016-03-01")
    assert found is not None and found.actor.sector == sector, phrase


@pytest.mark.parametrize(("text", "word", "country", "sector"), [
    ("The ceasefire was delayed by Russian objections.", "Russian", "RUS", "GOV"),
    ("Villagers fled the Turkish offensive.", "Turkish", "TUR", "MIL"),
    ("Turkey's airstrikes hit the town.", "Turkey", "TUR", "MIL"),
    ("Analysts blamed American errors for the collapse.", "American", "USA", "GOV"),
])
def test_a_country_modifying_the_noun_of_its_act_is_the_state(actors_nlp: Language, text: str, word: str,
                                                              country: str, sector: str) -> None:
    found = [a for a in _actors(actors_nlp, text) if a.text == word]
    assert [(a.country, a.sector) for a in found] == [(country, sector)]


def test_a_demonym_before_a_group_is_not_made_the_state(actors_nlp: Language) -> None:
    found = [a for a in _actors(actors_nlp, "Syrian Kurds fled across the border.") if a.text == "Syrian"]
    assert all(a.sector != "GOV" for a in found)


@pytest.mark.parametrize(("text", "word", "name", "sector"), [
    ("The US-backed SDF took the town.", "US", "United States", "GOV"),
    ("Iran-backed militias fired rockets.", "Iran", "Iran", "GOV"),
    ("Talks on a UN-brokered ceasefire resumed.", "UN", "United Nations", "IGO"),
])
def test_the_name_before_backed_or_led_is_an_actor_of_its_own(actors_nlp: Language, text: str, word: str,
                                                             name: str, sector: str) -> None:
    actors = _actors(actors_nlp, text)
    own = [a for a in actors if a.text == word]
    assert [(a.name, a.sector) for a in own] == [(name, sector)]
    assert all(a.country != own[0].country or a is own[0] for a in actors if a.country)  # it heads nothing else


def test_a_name_that_only_describes_is_no_actor(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "A London-based monitor said Russian-made jets struck the town.")
    assert not any(a.country in ("GBR", "RUS") for a in actors)


@pytest.mark.parametrize(("phrase", "sector"), [
    ("an IS commander", "REB"), ("Taliban fighters", "REB"), ("Hamas officials", "REB"),
    ("the UN envoy", "IGO"), ("another Nato member", "IGO"),
])
def test_members_of_a_non_state_organisation_are_the_organisations(resolver: ActorResolver, phrase: str,
                                                                   sector: str) -> None:
    found = resolver.resolve(phrase, "2019-03-01")
    assert found is not None and found.actor.sector == sector, phrase


@pytest.mark.parametrize(("phrase", "sector"), [("Labour MPs", "LEG"), ("FBI agents", "COP")])
def test_members_of_parties_and_state_bodies_take_their_words_sector(resolver: ActorResolver, phrase: str,
                                                                    sector: str) -> None:
    found = resolver.resolve(phrase, "2019-03-01")
    assert found is not None and found.actor.sector == sector, phrase


@pytest.mark.parametrize(("phrase", "country"), [("Military Times", "USA"), ("Channel Seven", "AUS"),
                                                 ("BuzzFeed", "USA")])
def test_more_media(resolver: ActorResolver, phrase: str, country: str) -> None:
    found = resolver.resolve(phrase, "2019-03-01")
    assert found is not None and (found.actor.country, found.actor.sector) == (country, "MED"), phrase


def test_a_surname_after_the_full_name_is_the_same_person(actors_nlp: Language) -> None:
    text = ('Olek Varnavin was detained in 2019. "Varnavin is a danger," the judge said. '
            'Even before the Varnavin verdict, lawyers had appealed.')
    refs = [a for a in _actors(actors_nlp, text) if a.text == "Varnavin"]
    assert len(refs) == 2 and all(a.name == "Olek Varnavin" for a in refs)


def test_a_surname_is_never_a_month(actors_nlp: Language) -> None:
    # (a pronoun of her own gender: "him" cannot stand for Theresa May, tests/test_actors_wave13.py; nor the
    # object of her own verb, "May met her", tests/test_actors_wave16.py)
    actors = _actors(actors_nlp, "Theresa May said her plan would pass. In May the talks collapsed.")
    assert [a.text for a in actors if a.name == "Theresa May"] == ["Theresa May", "her"]


@pytest.mark.parametrize(("text", "later", "name"), [
    ("Dorian Welke Jr., 44, pleaded guilty. Welke was arrested in April.", "Welke", "Dorian Welke Jr."),
    ("Samir al-Khatibi spoke in Geneva. Khatibi said the talks would fail.", "Khatibi", "Samir al-Khatibi"),
])
def test_suffixes_and_articles_do_not_hide_the_surname(actors_nlp: Language, text: str, later: str,
                                                        name: str) -> None:
    assert [a.name for a in _actors(actors_nlp, text) if a.text == later] == [name]


def test_a_bare_title_in_a_one_country_story_is_that_countrys_office_holder(actors_nlp: Language) -> None:
    text = ("Britain's Foreign Office said the case was under review. British officials met the family. London "
            "has asked Ankara for access. The prime minister said she would raise the case.")
    found = [a for a in _actors(actors_nlp, text, date="2017-12-01") if a.text == "The prime minister"]
    assert [(a.name, a.country, a.sector) for a in found] == [("Theresa May", "GBR", "GOV")]


def test_a_bare_title_in_a_story_of_several_countries_names_nobody(actors_nlp: Language) -> None:
    text = "Turkish and British officials met. Ankara and London disagreed. The prime minister spoke."
    found = [a for a in _actors(actors_nlp, text, date="2017-12-01") if a.text == "The prime minister"]
    assert all(a.name is None for a in found)


@pytest.mark.parametrize("phrase", ["the Judiciary Committee", "the Senate Intelligence Committee",
                                    "the Foreign Affairs Committee", "the Defence Committee"])
def test_a_legislatures_committees_are_legislative_whatever_they_oversee(resolver: ActorResolver,
                                                                          phrase: str) -> None:
    found = resolver.resolve(phrase, "2019-03-01")
    assert found is not None and found.actor.sector == "LEG", phrase


@pytest.mark.parametrize("later", ["Mr. Varnavin", "Dr. Varnavin", "Mrs Varnavin"])
def test_an_honorific_before_a_known_surname_is_the_same_person(actors_nlp: Language, later: str) -> None:
    text = f"Olek Varnavin chairs the port authority. {later} said the ships would sail on Monday."
    refs = [a for a in _actors(actors_nlp, text) if a.text == later]
    assert [a.name for a in refs] == ["Olek Varnavin"]


def test_another_given_name_before_a_known_surname_is_someone_else(actors_nlp: Language) -> None:
    text = "Olek Varnavin chairs the port authority. Irina Varnavin said the ships would sail on Monday."
    assert all(a.name != "Olek Varnavin" for a in _actors(actors_nlp, text) if a.text.startswith("Irina"))


def _first(actors: list[Actor], text: str) -> Actor:
    return next(a for a in actors if a.text == text)


def test_a_surname_before_the_full_name_is_the_same_person(actors_nlp: Language) -> None:
    text = "Mr. Varnavin rejects the port deal.\nOlek Varnavin, a city official, said on Monday the deal was unfair."
    first = _first(_actors(actors_nlp, text), "Mr. Varnavin")
    assert (first.name, first.sector, first.rule) == ("Olek Varnavin", "GOV", "surname-document-reference")


def test_a_surname_before_a_known_full_name_takes_the_office(actors_nlp: Language) -> None:
    """The full name may lie inside a longer mention; a pronoun pointing at the surname follows it."""
    text = ("Mr. Sanders said he would stay in the race.\n"
            "Supporters of Hillary Clinton and Bernie Sanders met in Philadelphia.")
    actors = _actors(actors_nlp, text, date="2016-06-09")
    for mention in ("Mr. Sanders", "he"):
        found = _first(actors, mention)
        assert (found.name, found.country, found.sector) == ("Bernie Sanders", "USA", "LEG"), mention


def test_a_surname_two_people_of_the_article_share_stays_unplaced(actors_nlp: Language) -> None:
    text = ("Mr. Varnavin rejects the port deal.\nOlek Varnavin, a city official, and his sister Irina Varnavin, "
            "a judge, spoke on Monday.")
    assert _first(_actors(actors_nlp, text), "Mr. Varnavin").rule != "surname-document-reference"


def test_a_headline_surname_is_the_known_person_the_story_names_in_full(actors_nlp: Language) -> None:
    text = "Sanders urges colleagues to block the pipeline bill.\nBernie Sanders wrote to fellow senators on Monday."
    first = next(a for a in _actors(actors_nlp, text, date="2016-05-23") if a.start == 0)
    assert (first.text, first.name, first.sector) == ("Sanders", "Bernie Sanders", "LEG")


def test_a_headline_surname_two_known_people_of_the_story_share_is_neither(actors_nlp: Language) -> None:
    text = ("Clinton returns to the trail.\nHillary Clinton and Bill Clinton spoke in Ohio on Monday.")
    heads = [a for a in _actors(actors_nlp, text, date="2016-05-23") if a.start == 0]
    assert all(a.rule != "surname-back-reference" for a in heads)


@pytest.mark.parametrize(("phrase", "date", "sector"), [
    ("Justice Sonia Sotomayor", "2019-03-01", "JUD"), ("Gorsuch", "2019-03-01", "JUD"),
    ("David Souter", "2015-01-01", "ELI"), ("Stephen Breyer", "2023-01-01", "ELI"),
])
def test_supreme_court_justices_are_judiciary_while_in_office(resolver: ActorResolver, phrase: str, date: str,
                                                               sector: str) -> None:
    found = resolver.resolve(phrase, date)
    assert found is not None and (found.actor.country, found.actor.sector) == ("USA", sector), phrase


def test_a_justices_common_surname_alone_names_no_justice(resolver: ActorResolver) -> None:
    found = resolver.resolve("Kennedy", "2016-03-01")
    assert found is None or found.actor.name != "Anthony Kennedy"


@pytest.mark.parametrize(("text", "sector"), [
    ("Guards failed to check on Tobias Brenner. Accused drug trafficker Tobias Brenner died in his cell. "
     "Brenner had been held since July.", "CRM"),
    ("Tobias Brenner spoke on Monday. Former Senator Tobias Brenner later left the hall. Brenner smiled.", "ELI"),
])
def test_a_person_described_once_is_that_person_at_every_mention(actors_nlp: Language, text: str,
                                                                  sector: str) -> None:
    actors = [a for a in _actors(actors_nlp, text) if a.name == "Tobias Brenner"]
    assert len(actors) >= 3 and {a.sector for a in actors} == {sector}


def test_a_person_described_as_a_civilian_stays_one(actors_nlp: Language) -> None:
    text = "Marta Kowalczyk runs a bakery. Kowalczyk, a resident of the town, said sales had fallen."
    assert {a.sector for a in _actors(actors_nlp, text) if a.name == "Marta Kowalczyk"} == {"CVL"}


@pytest.mark.parametrize(("text", "name"), [
    ("Representative Dana Whitcombe said the bill would fail.", "Dana Whitcombe"),
    ("Assemblywoman Rosa Kettering voted against the budget.", "Rosa Kettering"),
])
def test_a_legislators_title_before_a_name(actors_nlp: Language, text: str, name: str) -> None:
    assert _named(_actors(actors_nlp, text), name)[0].sector == "LEG"


def test_a_representative_of_a_body_is_still_its_official(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "A representative of the ministry said the talks had ended.")
    assert [a.sector for a in actors if a.text.startswith("A representative")] == ["GOV"]


# --- 'then': the office as held at the time told ------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("The pledge was made by the then prime minister, David Cameron, in 2015.", "David Cameron"),
    ("In 2011, then-Secretary of State Hillary Clinton visited Libya.", "Hillary Clinton"),
])
def test_then_before_a_title_makes_a_former_holder_the_office_holder_of_the_time(actors_nlp: Language, text: str,
                                                                                 name: str) -> None:
    person = next(a for a in actors_in(actors_nlp, text, "2018-03-01") if a.name == name)
    assert person.sector == "GOV" and "then" in (person.rule or ""), person


def test_former_before_a_title_stays_an_elite(actors_nlp: Language) -> None:
    person = next(a for a in actors_in(actors_nlp, "Former prime minister David Cameron spoke.", "2018-03-01")
                  if a.name == "David Cameron")
    assert person.sector == "ELI"
