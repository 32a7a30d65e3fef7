"""When a predicted event, participant, date or place meets a whole-article annotation (``docs/eval.md``).

Pure predicates over accord's records and the annotation records of ``accord.eval.realnews``:

* a prediction *can* match a gold event when its trigger overlaps the gold evidence, or its sentence
  contains the gold trigger;
* levels: the type (or an ``alternatives`` type); the type and the source actor; the type and both sides;
* a participant matches by country (and by name or span for a named non-state entity), or, when the gold
  gives no country, by name or overlapping span;
* a date is right when the predicted period lies inside the gold period, a place when the names match
  either way, or when the gold place is a country and the predicted place lies in it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from functools import cache
from itertools import combinations, product

from accord.eval.entry_names import same_entry
from accord.eval.metrics import names_match
from accord.eval.realnews import DateValue, Offsets, Participant, PlaceValue, RealEvent
from accord.places.countries import CountryNames
from accord.records import ASSERTED, Actor, Event, Place

# Sectors that are the state itself: a participant of one of these is judged by its country alone.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


# --- what counts ---------------------------------------------------------------------------------------


def gold_counts(event: RealEvent) -> bool:
    """A gold event that rewards a coder that finds it and punishes one that misses it."""
    return event.required and event.real


def predicted_asserted(event: Event) -> bool:
    """An asserted prediction: ``factuality`` asserted (contract 1.1; a 1.0 record's ``negated`` makes it
    negated)."""
    return event.factuality == ASSERTED


# --- events ---------------------------------------------------------------------------------------------


def can_match(gold: RealEvent, event: Event) -> bool:
    """The prediction is about the stretch of text the gold event is stated in."""
    return (gold.evidence.overlaps(event.trigger.start, event.trigger.end)
            or gold.trigger.within(event.sentence.start, event.sentence.end))


def closeness(gold: RealEvent, event: Event) -> float:
    """Which of several candidates a gold event prefers: the one on its trigger, then one in its evidence."""
    on_trigger = gold.trigger.overlaps(event.trigger.start, event.trigger.end)
    in_evidence = gold.evidence.overlaps(event.trigger.start, event.trigger.end)
    return 2.0 * on_trigger + 1.0 * in_evidence


def type_fits(gold: RealEvent, event: Event) -> bool:
    return can_match(gold, event) and event.type in gold.types


def actor_fits(gold: RealEvent, event: Event) -> bool:
    """Type, and some predicted source matches some gold source (either side of a reciprocal event).

    A gold event with no participant at all does not judge the actor."""
    return type_fits(gold, event) and _source_met(gold, event)


def sides_fit(gold: RealEvent, event: Event) -> bool:
    """Type, source and target. A gold event with no recipient does not judge the recipient; a reciprocal
    one lets the sides be swapped or merged, but needs two of its parties met by two predicted ones."""
    if not actor_fits(gold, event):
        return False
    everyone = (*event.actor, *event.recipient)
    if gold.reciprocal:
        if gold.actor and gold.recipient:
            return _pair_met(product(gold.actor, gold.recipient), everyone)
        parties = (*gold.actor, *gold.recipient)
        return len(parties) < 2 or _pair_met(combinations(parties, 2), everyone)
    return not gold.recipient or any_participant_matches(gold.recipient, event.recipient)


def _source_met(gold: RealEvent, event: Event) -> bool:
    if gold.reciprocal:
        parties = (*gold.actor, *gold.recipient)
        return not parties or any_participant_matches(parties, (*event.actor, *event.recipient))
    return not gold.actor or any_participant_matches(gold.actor, event.actor)


def _pair_met(pairs: Iterable[tuple[Participant, Participant]], predicted: Sequence[Actor]) -> bool:
    """Two distinct predicted participants meet the two gold ones of some pair."""
    for first, second in pairs:
        for i, j in product(range(len(predicted)), repeat=2):
            if i != j and participant_matches(first, predicted[i]) and participant_matches(second, predicted[j]):
                return True
    return False


# --- participants ---------------------------------------------------------------------------------------


def spans_overlap(span: Offsets | None, start: int | None, end: int | None) -> bool:
    return span is not None and start is not None and end is not None and span.overlaps(start, end)


def named_non_state(gold: Participant) -> bool:
    """A named entity that is not the state itself (an armed group, a party, a company, an NGO)."""
    return bool(gold.name) and gold.kind != "state" and gold.sector not in STATE_SECTORS


def name_or_span_matches(gold: Participant, actor: Actor) -> bool:
    by_name = bool(gold.name) and (same_entry(str(gold.name), actor.name) or names_match(str(gold.name), actor.text))
    return by_name or spans_overlap(gold.span, actor.start, actor.end)


def participant_matches(gold: Participant, actor: Actor) -> bool:
    """By country when the gold gives one (and by name or span too for a named non-state entity);
    otherwise by name or by overlapping span."""
    if gold.country is not None:
        if actor.country != gold.country:
            return False
        return not named_non_state(gold) or name_or_span_matches(gold, actor)
    return name_or_span_matches(gold, actor)


def any_participant_matches(gold: Sequence[Participant], predicted: Sequence[Actor]) -> bool:
    return any(participant_matches(g, a) for g in gold for a in predicted)


def speaker_matches(gold: Participant, speaker: Actor | None) -> bool:
    """A quote's speaker: by name or span when the gold names one (a country is not enough to tell two
    officials apart), else as an event participant."""
    if speaker is None:
        return False
    if gold.name:
        return name_or_span_matches(gold, speaker)
    return participant_matches(gold, speaker)


# --- dates ----------------------------------------------------------------------------------------------

_WIDTH_MONTHS = {"month": 1, "quarter": 3, "season": 3, "year": 12, "decade": 120, "century": 1200}
_WIDTH_DAYS = {"day": 1, "week": 7}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def period_from(start: date, granularity: str) -> tuple[date, date]:
    """[start, end) of a period of this granularity beginning on ``start``."""
    if granularity in _WIDTH_DAYS:
        return start, start + timedelta(days=_WIDTH_DAYS[granularity])
    return start, _add_months(start, _WIDTH_MONTHS.get(granularity, 1))


def period(value: str | None, granularity: str | None = None) -> tuple[date, date] | None:
    """[start, end) of an ISO value at its granularity: 2021-12-06 (a day, or the first day of a period of
    ``granularity``), 2021-W49, 2021-12, 2021-Q4, 2021, 202 (a decade); None when it is none of these."""
    if not value:
        return None
    try:
        if match := _DAY.match(value):
            start = date(int(match[1]), int(match[2]), int(match[3]))
            return period_from(start, granularity or "day")
        if match := _WEEK.match(value):
            return period_from(date.fromisocalendar(int(match[1]), int(match[2]), 1), "week")
        if match := _MONTH.match(value):
            return period_from(date(int(match[1]), int(match[2]), 1), "month")
        if match := _QUARTER.match(value):
            return period_from(date(int(match[1]), 3 * int(match[2]) - 2, 1), "quarter")
        if match := _YEAR.match(value):
            return period_from(date(int(match[1]), 1, 1), "year")
        if match := _DECADE.match(value):
            return period_from(date(int(match[1]) * 10, 1, 1), "decade")
    except ValueError:
        return None
    return None


def date_right(gold: DateValue, value: str | None, granularity: str | None) -> bool:
    """The predicted period lies inside the gold one: a day inside the gold week is right, a month that
    holds the gold day is not (it says less than the text)."""
    wanted = period(gold.value, gold.granularity)
    found = period(value, granularity)
    return wanted is not None and found is not None and wanted[0] <= found[0] and found[1] <= wanted[1]


# --- places ---------------------------------------------------------------------------------------------


@cache
def country_names() -> CountryNames:
    return CountryNames()


def place_right(gold: PlaceValue, place: Place | None) -> bool:
    """The names match either way (case-insensitive), or the gold place is a country and the predicted
    place lies in it."""
    if place is None:
        return False
    for name in (place.name, place.text):
        if name and (names_match(gold.name, name) or names_match(name, gold.name)):
            return True
    return (gold.country is not None and place.country == gold.country
            and country_names().code(gold.name) == gold.country)
