"""A person's office at the date of the act told, not at the article's: 'In June 2011 Clinton asked Sullivan for
a memo', in a 2016 story, is the Secretary of State's request to her policy planning director, not an act of a
former official; 'In 2008 Putin complained...' is the prime minister's.

The actor stage resolves every mention at the article's date (``resolver.person_over`` over that one day). For an
event whose own date the text gives, the event stage asks here again for each participant the knowledge base
knows as one dated person, and codes them as ``person_over`` does over the event's period (a day, a week, a
month, a year): the office held over the whole of it, or an elite when none is held at any time of it. A period
during which the person took up or left an office ('in 2008' for a senator elected president that November)
keeps the article's coding when that coding holds at some time of the period (the office held on the article's
date; for a former holder or one whose office is to come, a day with no office on which ``person_over`` codes
the person as the article does: 'former President' only after the presidency ended, not between a Senate seat
and it); else it is the period's own (``person_over``), with the rule of the office it finds. A mention whose
own words place it in time ('then-President Obama', 'former Secretary Clinton') keeps what its words say."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc

from accord.actors.kb import Entry, KnowledgeBase, Office
from accord.actors.resolver import held_within, office_over, organisations_of, person_over
from accord.blackboard import DATED_PEOPLE
from accord.records import Actor, DateRef

# the endings of the rules that code a person by the knowledge base's dated offices (``person_over``)
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

    def as_of_period(self, actors: tuple[Actor, ...], ref: DateRef | None) -> tuple[Actor, ...]:
        """Each of ``actors`` as of the period ``ref`` names (see :func:`redated`)."""
        return tuple(redated(a, ref, self.people, self.state_sectors) for a in actors)


def record_dated_people(doc: Doc, actors: Iterable[Actor], kb: KnowledgeBase) -> None:
    """Remember, for the event stage, the dated offices of the people the actor stage coded by them: a name
    that is no single person of the knowledge base is left out."""
    found: dict[str, DatedPerson] = {}
    for actor in actors:
        if actor.kind != "person" or not actor.name or actor.name in found \
                or not (actor.rule or "").endswith(DATED_RULES):
            continue
        entry = kb.dated_person(actor.name)
        if entry is not None:
            found[actor.name] = DatedPerson(entry, organisations_of(kb, entry))
    DATED_PEOPLE.set(doc, DatedPeople(found, kb.state_sectors))


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
        last = first + timedelta(days=_SEASON_DAYS - 1)
    return first.isoformat(), last.isoformat()


def redated(actor: Actor, ref: DateRef | None, people: Mapping[str, DatedPerson],
            state_sectors: frozenset[str]) -> Actor:
    """``actor`` as of the period ``ref`` names, when it is a dated person of ``people`` the knowledge base
    puts in another office (or in none) then; else ``actor`` unchanged."""
    person = people.get(actor.name or "") if actor.kind == "person" else None
    period = period_of(ref) if person is not None else None
    if person is None or period is None or (actor.rule or "").startswith(TEXT_MARKED):
        return actor
    entry = person.entry
    settled, _ = office_over(entry, *period)
    if not settled and _holds_during(actor, entry, *period, person.organisations):
        return actor
    resolution = person_over(entry, *period, _how(actor.rule or ""), person.organisations)
    found = resolution.actor
    # an IGO post has no country; any other record without one keeps the country the mention was given
    country = found.country if found.organisation or found.country else actor.country
    changed = replace(actor, sector=found.sector, role=found.role, country=country,
                      organisation=found.organisation)
    if (changed.sector, changed.role, changed.country, changed.organisation) \
            == (actor.sector, actor.role, actor.country, actor.organisation):
        return actor
    return replace(changed, state=changed.sector in state_sectors, rule=f"event-date+{resolution.rule}")


def _how(rule: str) -> str:
    """The way the actor stage found the person (the rule without the ending ``person_over`` gave it):
    'person' of 'person-former-office-holder', so the period's coding names the office it finds."""
    for ending in sorted(DATED_RULES, key=len, reverse=True):  # '-not-yet-in-office' before '-in-office'
        if rule.endswith(ending) and len(rule) > len(ending):
            return rule[: -len(ending)]
    return "person"


def _holds_during(actor: Actor, entry: Entry, first: str, last: str, organisations: Mapping[str, str]) -> bool:
    """Whether the coding the mention got at the article's date holds at some time from ``first`` to ``last``:
    an office of that role and sector held then, or (for one out of office on the article's date) a day of the
    period with no office on which the person is out of office as coded: a 'former Vice President' only after
    that office ended, not in the days between a Senate seat and the vice presidency. A coding that names no
    office of the person is left as it is."""
    rule = actor.rule or ""
    within = held_within(entry, first, last)
    if rule.endswith(("-former-office-holder", "-not-yet-in-office")):
        coded = (actor.sector, actor.role)
        return any((out.sector, out.role) == coded
                   for out in (person_over(entry, day, day, "person", organisations).actor
                               for day in _days_out_of_office(within, first, last)))
    if rule.endswith("-in-office"):
        offices = [o for o in entry.offices if (o.role, o.sector) == (actor.role, actor.sector)]
        return not offices or any(o in within for o in offices)
    return True


def _days_out_of_office(offices: list[Office], first: str, last: str) -> Iterable[str]:
    """The days (ISO) from ``first`` to ``last`` on which none of ``offices`` is held."""
    day = date.fromisoformat(first)
    end = date.fromisoformat(last)
    while day <= end:
        iso = day.isoformat()
        if not any(o.covers(iso) for o in offices):
            yield iso
        day += timedelta(days=1)
