"""A person's office at the date of the act told (accord.actors.dating): the text's own date of an event, over one
office's tenure or outside every office, decides the office; a period in which an office begins or ends, an
event on the article's date and a mention whose words place it in time ('former', 'then-') keep the article's."""

from __future__ import annotations

from accord.actors.dating import DatedPerson, office_over, period_of, redated
from accord.actors.kb import Entry, Office
from accord.actors.resolver import ActorResolver
from accord.pipeline import Pipeline
from accord.records import Actor, DateRef, Event

SENATE_THEN_CABINET = Entry(
    id="jo-marsh", name="Jo Marsh", kind="person", country="USA",
    offices=(Office("Senator", "LEG", "USA", start="2001-01-03", end="2009-01-21"),
             Office("Secretary of State", "GOV", "USA", start="2009-01-21", end="2013-02-01")))
STATE = frozenset({"GOV", "LEG", "MIL"})


def _ref(value: str, granularity: str, first_day: str, source: str = "text") -> DateRef:
    return DateRef(text=value, start=0, end=len(value), value=value, granularity=granularity, source=source,
                   first_day=first_day)


def _marsh(rule: str = "person-former-office-holder") -> Actor:
    return Actor(text="Marsh", name="Jo Marsh", country="USA", sector="ELI", role="former Secretary of State",
                 kind="person", rule=rule)


def test_periods_of_text_dates() -> None:
    assert period_of(_ref("2011-06", "month", "2011-06-01")) == ("2011-06-01", "2011-06-30")
    assert period_of(_ref("2008", "year", "2008-01-01")) == ("2008-01-01", "2008-12-31")
    assert period_of(_ref("2011-06-14", "day", "2011-06-14")) == ("2011-06-14", "2011-06-14")
    assert period_of(_ref("199", "decade", "1990-01-01")) is None  # too long to lie within one office
    assert period_of(_ref("2016-02-10", "day", "2016-02-10", source="published")) is None  # the article's own


def test_office_over_a_whole_period_none_or_unsettled() -> None:
    settled, office = office_over(SENATE_THEN_CABINET, "2011-06-01", "2011-06-30")
    assert settled and office is not None and office.role == "Secretary of State"
    assert office_over(SENATE_THEN_CABINET, "1995-01-01", "1995-12-31") == (True, None)  # before any office
    assert office_over(SENATE_THEN_CABINET, "2009-01-01", "2009-12-31")[0] is False  # one office ends, one begins


def test_redated_person_in_the_office_of_the_event_date() -> None:
    people = {"Jo Marsh": DatedPerson(SENATE_THEN_CABINET, {})}
    in_cabinet = redated(_marsh(), _ref("2011-06", "month", "2011-06-01"), people, STATE)
    assert (in_cabinet.sector, in_cabinet.role, in_cabinet.state) == ("GOV", "Secretary of State", True)
    in_senate = redated(_marsh(), _ref("2005", "year", "2005-01-01"), people, STATE)
    assert (in_senate.sector, in_senate.role) == ("LEG", "Senator")
    before = redated(_marsh(), _ref("1990", "year", "1990-01-01"), people, STATE)
    assert (before.sector, before.role) == ("ELI", None)  # no office yet: an elite, no former role


def test_redating_leaves_marked_mentions_and_unknown_people() -> None:
    people = {"Jo Marsh": DatedPerson(SENATE_THEN_CABINET, {})}
    june = _ref("2011-06", "month", "2011-06-01")
    marked = _marsh("former+person-in-office")  # 'former Secretary Marsh': the text's own mark stays
    assert redated(marked, june, people, STATE) is marked
    other = Actor(text="Lee", name="Ann Lee", sector="CVL", kind="person", rule="person-known")
    assert redated(other, june, people, STATE) is other
    unsettled = _marsh()
    assert redated(unsettled, _ref("2009", "year", "2009-01-01"), people, STATE) is unsettled


def _actor_of(events: list[Event], name: str) -> Actor:
    found = [a for e in events for a in (*e.actor, *e.recipient) if a.name == name]
    assert found, [(e.type, [a.text for a in e.actor]) for e in events]
    return found[0]


def test_a_past_act_is_coded_with_the_office_held_then(pipeline: Pipeline) -> None:
    events = pipeline.extract("In March 2011, Hillary Clinton urged Egypt's army to hold elections.",
                              published="2018-05-10").events
    clinton = _actor_of(events, "Hillary Clinton")
    assert (clinton.country, clinton.sector, clinton.role) == ("USA", "GOV", "Secretary of State")


def test_an_act_before_any_office_is_no_government_act(pipeline: Pipeline) -> None:
    events = pipeline.extract("In 2004, Donald Trump sued a Chicago bank over a loan.",
                              published="2018-05-10").events
    trump = _actor_of(events, "Donald Trump")
    assert (trump.sector, trump.state) == ("ELI", False)


def test_an_act_of_the_article_date_keeps_the_office_then(pipeline: Pipeline) -> None:
    events = pipeline.extract("Hillary Clinton criticized Donald Trump on Monday.", published="2018-05-10").events
    assert _actor_of(events, "Hillary Clinton").sector == "ELI"
    assert _actor_of(events, "Donald Trump").sector == "GOV"


def test_then_with_the_title_of_an_earlier_office_of_a_sitting_holder(resolver: ActorResolver) -> None:
    found = resolver.resolve("the then senator Barack Obama", date="2016-04-27")
    assert found is not None and (found.actor.sector, found.actor.role) == ("LEG", "Senator")
    former = resolver.resolve("then-President George W. Bush", date="2016-04-27")  # a former holder: as before
    assert former is not None and (former.actor.sector, former.actor.role) == ("GOV", "President")


def test_then_dates_its_own_mention_not_the_bare_name_after_it(pipeline: Pipeline) -> None:
    text = "A reform of the rules was backed by then-Sen. Barack Obama. Obama criticized the plan on Monday."
    actors = [a for a in pipeline.extract(text, published="2016-04-27").actors if a.name == "Barack Obama"]
    assert [(a.text, a.sector) for a in actors] == [("then-Sen. Barack Obama", "LEG"), ("Obama", "GOV")]
