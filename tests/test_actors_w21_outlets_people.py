"""Wave 21 (actors resolved to the right country and sector): a paper named in full once and by its last word
after that is that paper; known people before their best-known office hold the office they held then; the head
of a body the text names takes the body's sector."""

from __future__ import annotations

from spacy.language import Language

from accord.actors.resolver import ActorResolver
from actor_helpers import actor_runner

_actors = actor_runner("2016-05-10")


def _found(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {a.text: (a.country, a.sector, a.name) for a in _actors(nlp, text)}


def test_the_times_after_an_american_paper_named_in_full_is_that_paper(actors_nlp: Language) -> None:
    text = ("The Los Angeles Times reported on Monday that the mayor had resigned. "
            "A spokesman told the Times that the mayor would not comment.")
    assert _found(actors_nlp, text)["the Times"] == ("USA", "MED", "Los Angeles Times")


def test_the_times_with_no_paper_named_in_full_stays_the_london_paper(actors_nlp: Language) -> None:
    text = "A spokesman told the Times that the minister would not comment."
    assert _found(actors_nlp, text)["the Times"][:2] == ("GBR", "MED")


def test_the_paper_the_article_names_most_wins(actors_nlp: Language) -> None:
    text = ("The Financial Times and The New York Times both ran the leaked memo. The New York Times said the "
            "memo was genuine, and the Times later published a second one.")
    assert _found(actors_nlp, text)["the Times"] == ("USA", "MED", "New York Times")


def test_the_post_and_the_journal_are_papers_only_capitalised_after_the(actors_nlp: Language) -> None:
    text = ("The Denver Post obtained the letter. The governor told the Post he had not read it, and the post of "
            "treasurer stays empty.")
    found = _found(actors_nlp, text)
    assert found["the Post"] == ("USA", "MED", "Denver Post")
    assert all(sector != "MED" for words, (_, sector, _) in found.items() if words.startswith("the post"))


def test_a_bare_post_or_journal_is_the_best_known_paper_of_the_name(resolver: ActorResolver) -> None:
    assert resolver.resolve("the Post").actor.name == "Washington Post"
    assert resolver.resolve("The Journal").actor.name == "Wall Street Journal"
    assert resolver.resolve("the post") is None
    assert resolver.resolve("the Post Office") is None
    explained = resolver.explain("the Times")
    assert any("short form" in (n["matched"] or "") for n in explained["names"])


def test_a_known_person_before_their_best_known_office_holds_the_office_of_the_date(
        resolver: ActorResolver) -> None:
    # earlier offices of people the knowledge base first knew by a later one (people_*.yaml, wave 21)
    pompeo_2016 = resolver.resolve("Mike Pompeo", date="2016-05-10").actor
    assert (pompeo_2016.sector, pompeo_2016.role) == ("LEG", "Representative")
    assert resolver.resolve("Mike Pompeo", date="2017-06-01").actor.sector == "SPY"
    assert resolver.resolve("Merrick Garland", date="2016-05-10").actor.sector == "JUD"
    assert resolver.resolve("Reince Priebus", date="2016-05-10").actor.sector == "PTY"
    assert resolver.resolve("Rex Tillerson", date="2016-05-10").actor.sector == "BUS"
    # between two offices: an elite, with the last office held
    between = resolver.resolve("Jim Mattis", date="2015-06-01").actor
    assert (between.sector, between.role) == ("ELI", "former CENTCOM Commander")


def test_a_plural_description_describes_every_name_coordinated_after_it(actors_nlp: Language) -> None:
    text = ("The kidnappers released the Canadian aid workers Mara Lindqvist and Tobias Renner on Sunday, "
            "a week after the Danish journalists Lars Bakke, Peter Holm and Henrik Vang were freed.")
    found = _found(actors_nlp, text)
    assert found["Tobias Renner"][:2] == ("CAN", "NGO")
    assert found["Peter Holm"][:2] == ("DNK", "MED")
    assert found["Henrik Vang"][:2] == ("DNK", "MED")


def test_names_apposed_to_a_plural_group_take_its_sector(actors_nlp: Language) -> None:
    text = "Two prison guards, Dana Whitlow and Corey Banfield, were charged on Tuesday with falsifying records."
    sectors = {a.name: a.sector for a in _actors(actors_nlp, text) if a.kind == "person"}
    assert sectors["Dana Whitlow"] == "COP"
    assert sectors["Corey Banfield"] == "COP"


def test_a_known_person_in_the_list_keeps_their_office(actors_nlp: Language) -> None:
    text = "The lawyers Jo Marsh and Merrick Garland spoke at the conference."
    found = _found(actors_nlp, text)
    assert found["Merrick Garland"][1] == "JUD"  # a judge of the D.C. Circuit on the date, not a private lawyer


def test_general_before_another_noun_is_no_military_rank(resolver: ActorResolver) -> None:
    assert resolver.resolve("the general public").actor.sector == "CVL"
    counsel = resolver.resolve("FBI general counsel Dana Whitlow", date="2016-02-08").actor
    assert (counsel.name, counsel.sector) == ("Dana Whitlow", "JUD")
    assert resolver.resolve("General Dana Whitlow").actor.sector == "MIL"  # the rank before a name
