"""A person's office at the date of the act told (accord.actors.dating): the text's own date of an event, over one
office's tenure or outside every office, decides the office; a period in which an office begins or ends, an
event on the article's date and a mention whose words place it in time ('former', 'then-') keep the article's."""

from __future__ import annotations

from accord.actors.dating import DatedPeople, DatedPerson, office_over, period_of, redated
from accord.actors.kb import Entry, Office
from accord.actors.resolver import ActorResolver, person_over
from accord.pipeline import Pipeline
from accord.records import Actor, DateRef
from actor_helpers import event_party_named

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
    out_then = _marsh()  # out of office from February 2013: a former holder in part of the year, as coded
    assert redated(out_then, _ref("2013", "year", "2013-01-01"), people, STATE) is out_then


def test_a_past_act_is_coded_with_the_office_held_then(pipeline: Pipeline) -> None:
    events = pipeline.extract("In March 2011, Hillary Clinton urged Egypt's army to hold elections.",
                              published="2018-05-10").events
    clinton = event_party_named(events, "Hillary Clinton")
    assert (clinton.country, clinton.sector, clinton.role) == ("USA", "GOV", "Secretary of State")


def test_an_act_before_any_office_is_no_government_act(pipeline: Pipeline) -> None:
    events = pipeline.extract("In 2004, Donald Trump sued a Chicago bank over a loan.",
                              published="2018-05-10").events
    trump = event_party_named(events, "Donald Trump")
    assert (trump.sector, trump.state) == ("ELI", False)


def test_an_act_of_the_article_date_keeps_the_office_then(pipeline: Pipeline) -> None:
    events = pipeline.extract("Hillary Clinton criticized Donald Trump on Monday.", published="2018-05-10").events
    assert event_party_named(events, "Hillary Clinton").sector == "ELI"
    assert event_party_named(events, "Donald Trump").sector == "GOV"


def test_then_with_the_title_of_an_earlier_office_of_a_sitting_holder(resolver: ActorResolver) -> None:
    found = resolver.resolve("the then senator Barack Obama", date="2016-04-27")
    assert found is not None and (found.actor.sector, found.actor.role) == ("LEG", "Senator")
    former = resolver.resolve("then-President George W. Bush", date="2016-04-27")  # a former holder: as before
    assert former is not None and (former.actor.sector, former.actor.role) == ("GOV", "President")


def test_then_dates_its_own_mention_not_the_bare_name_after_it(pipeline: Pipeline) -> None:
    text = "A reform of the rules was backed by then-Sen. Barack Obama. Obama criticized the plan on Monday."
    actors = [a for a in pipeline.extract(text, published="2016-04-27").actors if a.name == "Barack Obama"]
    assert [(a.text, a.sector) for a in actors] == [("then-Sen. Barack Obama", "LEG"), ("Obama", "GOV")]


# a senator who left the Senate in November 2008 and was president from January 2009
SENATE_GAP_PRESIDENCY = Entry(
    id="al-ross", name="Al Ross", kind="person", country="USA",
    offices=(Office("Senator", "LEG", "USA", start="2003-01-03", end="2008-11-16"),
             Office("President", "GOV", "USA", start="2009-01-20", end="2017-01-20")))
# a senator until January 2009, vice president from that month, president from 2021
SENATE_THEN_VICE = Entry(
    id="ed-fox", name="Ed Fox", kind="person", country="USA",
    offices=(Office("Senator", "LEG", "USA", start="1990-01-03", end="2009-01-15"),
             Office("Vice President", "GOV", "USA", start="2009-01-20", end="2017-01-20"),
             Office("President", "GOV", "USA", start="2021-01-20")))
# a minister for half a year, then a senator for a few months, out of office at the year's end
TWO_POSTS_IN_A_YEAR = Entry(
    id="ida-roe", name="Ida Roe", kind="person", country="FRA",
    offices=(Office("Minister of Labour", "GOV", "FRA", start="2010-01-10", end="2010-06-30"),
             Office("Senator", "LEG", "FRA", start="2010-07-05", end="2010-10-01"),
             Office("Minister of Health", "GOV", "FRA", start="2014-01-01")))
# a prime minister, then the head of an international organisation
PM_THEN_IGO = Entry(
    id="rui-sa", name="Rui Sa", kind="person", country="PRT",
    offices=(Office("Prime Minister", "GOV", "PRT", start="1995-10-28", end="2002-04-06"),
             Office("Secretary-General", "IGO", org="un", start="2017-01-01")))


def _president(name: str) -> Actor:
    return Actor(text=name, name=name, country="USA", sector="GOV", role="President", kind="person",
                 rule="person-in-office")


def test_a_year_the_article_office_is_not_held_takes_the_office_held_then() -> None:
    people = {"Al Ross": DatedPerson(SENATE_GAP_PRESIDENCY, {}), "Ed Fox": DatedPerson(SENATE_THEN_VICE, {})}
    year = _ref("2008", "year", "2008-01-01")
    senator = redated(_president("Al Ross"), year, people, STATE)  # the one office held in the year
    assert (senator.sector, senator.role, senator.state) == ("LEG", "Senator", True)
    vice = redated(_president("Ed Fox"), _ref("2009", "year", "2009-01-01"), people, STATE)  # held at its end
    assert (vice.sector, vice.role) == ("GOV", "Vice President")
    began = _president("Al Ross")  # the presidency began in the year: the article's coding holds then
    assert redated(began, _ref("2009", "year", "2009-01-01"), people, STATE) is began


def test_a_former_holder_in_office_every_day_of_the_period_takes_the_office_then() -> None:
    people = {"Jo Marsh": DatedPerson(SENATE_THEN_CABINET, {})}
    then = redated(_marsh(), _ref("2009", "year", "2009-01-01"), people, STATE)
    assert (then.sector, then.role) == ("GOV", "Secretary of State")


def test_a_year_an_office_begins_and_ends_in() -> None:
    only = person_over(TWO_POSTS_IN_A_YEAR, "2010-07-01", "2010-12-31", "person", {})
    assert (only.actor.sector, only.actor.role) == ("LEG", "Senator")  # the one office held in the half year
    both = person_over(TWO_POSTS_IN_A_YEAR, "2010-01-01", "2010-12-31", "person", {})
    assert (both.actor.sector, both.actor.role) == ("ELI", None)  # two sectors, none held at the year's end
    cabinet = Entry(id="x", name="X", kind="person", country="FRA", offices=(
        Office("Minister of Labour", "GOV", "FRA", start="2010-01-10", end="2010-06-30"),
        Office("Minister of Health", "GOV", "FRA", start="2010-07-05", end="2010-10-01")))
    agreed = person_over(cabinet, "2010-01-01", "2010-12-31", "person", {})
    assert (agreed.actor.sector, agreed.actor.role, agreed.actor.country) == ("GOV", None, "FRA")


def test_an_office_over_the_whole_period_settles_it_though_another_begins_inside() -> None:
    leader = Office("Party Leader", "PTY", "USA", start="2000-01-01")
    entry = Entry(id="y", name="Y", kind="person", country="USA",
                  offices=(leader, Office("Senator", "LEG", "USA", start="2005-06-01", end="2011-01-03")))
    assert office_over(entry, "2005-01-01", "2005-12-31") == (True, leader)


def test_an_igo_post_at_the_event_date_has_the_organisation_and_no_country() -> None:
    people = {"Rui Sa": DatedPerson(PM_THEN_IGO, {"un": "United Nations"})}
    former = Actor(text="Sa", name="Rui Sa", country="PRT", sector="ELI", role="former Prime Minister",
                   kind="person", rule="person-former-office-holder")
    head = redated(former, _ref("2018-05", "month", "2018-05-01"), people, STATE)
    assert (head.sector, head.organisation, head.country) == ("IGO", "United Nations", None)
    pm = redated(former, _ref("2000", "year", "2000-01-01"), people, STATE)
    assert (pm.sector, pm.role, pm.country, pm.organisation) == ("GOV", "Prime Minister", "PRT", None)


def test_a_season_is_ninety_one_days() -> None:
    assert period_of(_ref("2011-SU", "season", "2011-06-01")) == ("2011-06-01", "2011-08-30")


def test_the_dated_people_recode_each_actor_of_an_event() -> None:
    dated = DatedPeople({"Jo Marsh": DatedPerson(SENATE_THEN_CABINET, {})}, STATE)
    (found,) = dated.as_of_period((_marsh(),), _ref("2011-06", "month", "2011-06-01"))
    assert (found.sector, found.role) == ("GOV", "Secretary of State")


def _former(name: str, role: str) -> Actor:
    return Actor(text=name, name=name, country="USA", sector="ELI", role=f"former {role}", kind="person",
                 rule="person-former-office-holder")


def test_a_former_holder_keeps_the_coding_only_on_a_day_out_of_that_same_office() -> None:
    people = {"Al Ross": DatedPerson(SENATE_GAP_PRESIDENCY, {}), "Ed Fox": DatedPerson(SENATE_THEN_VICE, {})}
    # out of office from mid-November, but a former senator then, not yet a former president
    senator = redated(_former("Al Ross", "President"), _ref("2008", "year", "2008-01-01"), people, STATE)
    assert (senator.sector, senator.role, senator.state) == ("LEG", "Senator", True)
    # the days between the Senate seat and the vice presidency make no former vice president
    vice = redated(_former("Ed Fox", "Vice President"), _ref("2009", "year", "2009-01-01"), people, STATE)
    assert (vice.sector, vice.role) == ("GOV", "Vice President")
    # out of the presidency for good after its January end: the article's coding holds in that year
    after = _former("Al Ross", "President")
    assert redated(after, _ref("2017", "year", "2017-01-01"), people, STATE) is after


def test_a_recoded_office_names_its_own_rule() -> None:
    people = {"Al Ross": DatedPerson(SENATE_GAP_PRESIDENCY, {}), "Jo Marsh": DatedPerson(SENATE_THEN_CABINET, {})}
    senator = redated(_former("Al Ross", "President"), _ref("2008", "year", "2008-01-01"), people, STATE)
    assert senator.rule == "event-date+person-in-office"
    cabinet = redated(_marsh(), _ref("2011-06", "month", "2011-06-01"), people, STATE)
    assert cabinet.rule == "event-date+person-in-office"
    before = redated(_marsh(), _ref("1990", "year", "1990-01-01"), people, STATE)
    assert before.rule == "event-date+person-not-yet-in-office"
