"""A person's office at the date of the act told, not at the article's: 'In June 2011 Clinton asked Sullivan for
a memo', in a 2016 story, is the Secretary of State's request to her policy planning director, not an act of a
former official; 'In 2008 Putin complained...' is the prime minister's.

The actor stage resolves every mention at the article's date (``_person_record``). For an event whose own date
the text gives, the event stage asks here again for each participant the knowledge base knows as one dated
person: the office held over the whole of the event's period (a day, a week, a month, a year), or none held at
any time of it (then an elite: a former office holder or one whose office is still to come, as
``_person_record`` codes them). A period during which the person took up or left an office ('in 2008' for a
senator elected president that November) is left at the article's date. A mention whose own words place it in
time ('then-President Obama', 'former Secretary Clinton') keeps what its words say."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc

from accord.actors.kb import Entry, KnowledgeBase, Office
from accord.actors.resolver import office_rank
from accord.blackboard import Memo
from accord.records import Actor, DateRef

# the endings of the rules that code a person by the knowledge base's dated offices (``_person_record``)
DATED_RULES = ("-in-office", "-former-office-holder", "-not-yet-in-office")
# rules of mentions whose own words place the person in time: they are not dated again
TEXT_MARKED = ("then+", "former+")
# periods short enough to lie within one office (a decade or century is left alone)
_SPANNED = frozenset({"day", "week", "month", "quarter", "season", "year"})
_SEASON_DAYS = 91


@dataclass(frozen=True, slots=True)
class DatedPerson:
    """A person of the knowledge base with dated offices, and the names of the bodies of their IGO posts."""

    entry: Entry
    organisations: Mapping[str, str]  # office.org -> the organisation's name


@dataclass(frozen=True, slots=True)
class DatedPeople:
    """The document's people with dated offices by name, and the sectors of the state (``state`` of a record)."""

    people: Mapping[str, DatedPerson]
    state_sectors: frozenset[str]

    def redated(self, actors: tuple[Actor, ...], ref: DateRef | None) -> tuple[Actor, ...]:
        """Each of ``actors`` as of the period ``ref`` names (see :func:`redated`)."""
        return tuple(redated(a, ref, self.people, self.state_sectors) for a in actors)


DATED_PEOPLE: Memo[DatedPeople] = Memo(
    "accord.dated_people", "DatedPeople", "accord.actors.dating",
    "name -> the one knowledge-base person of that name with dated offices, among the document's mentions")


def record_dated_people(doc: Doc, actors: Iterable[Actor], kb: KnowledgeBase) -> None:
    """Remember, for the event stage, the dated offices of the people the actor stage coded by them: a name
    that is no single person of the knowledge base is left out."""
    found: dict[str, DatedPerson] = {}
    for actor in actors:
        if actor.kind != "person" or not actor.name or actor.name in found \
                or not (actor.rule or "").endswith(DATED_RULES):
            continue
        people = [e for e in kb.people_by_name(actor.name) if e.offices]
        if len(people) != 1:
            continue
        entry = people[0]
        organisations = {o.org: kb.entries[o.org].name for o in entry.offices if o.org and o.org in kb.entries}
        found[actor.name] = DatedPerson(entry, organisations)
    DATED_PEOPLE.store(doc, DatedPeople(found, kb.state_sectors))


def period_of(ref: DateRef | None) -> tuple[str, str] | None:
    """The first and last day (ISO) of the period a date told in the text names; None for the article's own
    date, an unknown or open period, or one longer than a year."""
    if ref is None or ref.source != "text" or not ref.first_day or ref.granularity not in _SPANNED:
        return None
    try:
        first = date.fromisoformat(ref.first_day)
    except ValueError:
        return None
    if ref.granularity == "day":
        last = first
    elif ref.granularity == "week":
        last = first + timedelta(days=6)
    elif ref.granularity == "month":
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    elif ref.granularity == "year":
        last = first.replace(month=12, day=31)
    elif ref.granularity == "quarter":
        end_month = first.month + 2
        last = first.replace(month=end_month, day=calendar.monthrange(first.year, end_month)[1]) \
            if end_month <= 12 else first.replace(month=12, day=31)
    else:
        last = first + timedelta(days=_SEASON_DAYS)
    return first.isoformat(), last.isoformat()


def office_over(entry: Entry, first: str, last: str) -> tuple[bool, Office | None]:
    """(settled, office): the one office held every day from ``first`` to ``last`` (the highest ranked when
    two are, as on the article's date), or settled with None when no office is held on any of those days;
    not settled when the period sees an office begin or end."""
    whole = [o for o in entry.offices if o.covers(first) and o.covers(last)]
    if whole:
        return True, max(whole, key=office_rank)
    touched = any(o.covers(first) or o.covers(last) or (first <= (o.start or "") <= last)
                  for o in entry.offices)
    return not touched, None


def redated(actor: Actor, ref: DateRef | None, people: Mapping[str, DatedPerson],
            state_sectors: frozenset[str]) -> Actor:
    """``actor`` as of the period ``ref`` names, when it is a dated person of ``people`` the knowledge base
    puts in another office (or in none) then; else ``actor`` unchanged."""
    person = people.get(actor.name or "") if actor.kind == "person" else None
    period = period_of(ref) if person is not None else None
    if person is None or period is None or (actor.rule or "").startswith(TEXT_MARKED):
        return actor
    entry = person.entry
    settled, office = office_over(entry, *period)
    if not settled:
        return actor
    if office is not None:
        organisation = person.organisations.get(office.org) if office.org else None
        country = actor.country if organisation else office.country or entry.country or actor.country
        changed = replace(actor, sector=office.sector, role=office.role, country=country,
                          organisation=organisation)
    else:
        first = period[0]
        before = all(first < (o.start or "") for o in entry.offices)
        ended = [o for o in entry.offices if o.end is not None and o.end <= first]
        last = max(ended or entry.offices, key=lambda o: o.end or "9999")
        changed = replace(actor, sector="ELI", role=None if before else f"former {last.role}",
                          country=last.country or entry.country or actor.country, organisation=None)
    if (changed.sector, changed.role, changed.country) == (actor.sector, actor.role, actor.country):
        return actor
    return replace(changed, state=changed.sector in state_sectors, rule=f"event-date+{actor.rule}")
