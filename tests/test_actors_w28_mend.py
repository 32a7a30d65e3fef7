"""Mends of wave 28's actor work: a namesake named in full keeps the bare surname to the end of the paragraph
the page's layout gives (a blank line in hard-wrapped text, not each line break; every line in text from a
page); the office a person held at an event's own date when the period sees an office begin or end; the
knowledge base's one dated person of a name; the dated people declared on the blackboard."""

from __future__ import annotations

from spacy.language import Language

from accord.actors.resolver import ActorResolver
from accord.blackboard import ACTORS_STAGE, ATTRIBUTES, DATED_PEOPLE, EVENTS_STAGE, assigns, requires
from accord.pipeline import Pipeline
from actor_helpers import actor_runner, event_party_named, with_text

_actors = actor_runner("2016-05-02")


def test_a_namesake_keeps_the_surname_over_the_wrapped_lines_of_its_paragraph(actors_nlp: Language) -> None:
    # hard-wrapped at a fixed width: a line break inside a paragraph ends nothing, a blank line ends it
    text = ("Jeb Bush toured a diner in Nashua on Friday morning with his\n"
            "wife. Bush said he liked his chances in the state this winter.\n\n"
            "Many voters in Nashua still admire George W. Bush, who spent a\n"
            "week campaigning in the town in 2000. Bush won the state that\n"
            "November by a narrow margin over his Democratic opponent.\n\n"
            "Bush will hold a rally in Concord on Sunday with local party\n"
            "officials and a few hundred supporters from across the state.")
    bare = sorted(with_text(_actors(actors_nlp, text), "Bush"), key=lambda a: a.start or 0)
    assert [a.name for a in bare] == ["Jeb Bush", "George W. Bush", "Jeb Bush"]


def test_a_namesake_keeps_the_surname_to_the_end_of_the_line_in_page_text(actors_nlp: Language) -> None:
    # text taken from a page puts a paragraph on each line, though blank lines part some of them
    text = ("Jeb Bush toured a diner in Nashua on Friday. Bush said he liked his chances in the state.\n\n"
            "Many voters in Nashua still admire George W. Bush, who campaigned in the town in 2000. Bush won "
            "the state that November.\nBush will hold a rally in Concord on Sunday.")
    bare = sorted(with_text(_actors(actors_nlp, text), "Bush"), key=lambda a: a.start or 0)
    assert [a.name for a in bare] == ["Jeb Bush", "George W. Bush", "Jeb Bush"]


def test_the_one_dated_person_of_a_name(resolver: ActorResolver) -> None:
    kb = resolver.kb
    obama = kb.dated_person("Barack Obama")
    assert obama is not None and obama.offices
    assert kb.dated_person("Nobody Of This Name") is None


def test_the_dated_people_are_declared_on_the_blackboard() -> None:
    assert DATED_PEOPLE in ATTRIBUTES
    assert (DATED_PEOPLE.writer, DATED_PEOPLE.readers) == (ACTORS_STAGE, (EVENTS_STAGE,))
    assert DATED_PEOPLE.spacy_name in assigns(ACTORS_STAGE)
    assert DATED_PEOPLE.spacy_name in requires(EVENTS_STAGE)



def test_an_act_in_a_year_a_vice_presidency_began_is_the_vice_presidents(pipeline: Pipeline) -> None:
    # sworn in as vice president that January, president only twelve years later: not the article's office
    events = pipeline.extract("In 2009, Joe Biden criticized the budget plan of the Senate.",
                              published="2022-03-01").events
    biden = event_party_named(events, "Joe Biden")
    assert (biden.sector, biden.role, biden.country) == ("GOV", "Vice President", "USA")


def test_an_act_in_a_year_a_senate_seat_ended_is_the_senators(pipeline: Pipeline) -> None:
    # a senator until that November, president only the January after: the one office held during the year
    events = pipeline.extract("In 2008, Barack Obama criticized the budget plan of the Senate.",
                              published="2016-03-01").events
    obama = event_party_named(events, "Barack Obama")
    assert (obama.sector, obama.role) == ("LEG", "Senator")


def test_an_act_in_the_year_the_article_office_began_keeps_it(pipeline: Pipeline) -> None:
    events = pipeline.extract("In 2009, Barack Obama criticized the budget plan of the Senate.",
                              published="2016-03-01").events
    obama = event_party_named(events, "Barack Obama")
    assert (obama.sector, obama.role) == ("GOV", "President")


def test_an_act_in_the_year_a_senate_seat_ended_told_after_the_presidency(pipeline: Pipeline) -> None:
    # a former president on the article's date; in that year out of office only as a former senator
    events = pipeline.extract("In 2008, Barack Obama denounced the tax plan of the governor.",
                              published="2018-06-12").events
    obama = event_party_named(events, "Barack Obama")
    assert (obama.sector, obama.role) == ("LEG", "Senator")
    assert (obama.rule or "").startswith("event-date+")


def test_an_act_in_the_year_a_vice_presidency_began_told_after_it_ended(pipeline: Pipeline) -> None:
    # a former vice president on the article's date; the few days between Senate and vice presidency are not
    events = pipeline.extract("In 2009, Joe Biden denounced the tax plan of the governor.",
                              published="2018-06-12").events
    biden = event_party_named(events, "Joe Biden")
    assert (biden.sector, biden.role, biden.country) == ("GOV", "Vice President", "USA")
