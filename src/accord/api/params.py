"""Query parameters shared by the read endpoints, parsed into the store's ``Filters``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Depends, Query

from accord.api.errors import ParameterError
from accord.store import Filters, parse_factuality
from accord.store.queries import parse_event_type, parse_period_day

MAX_PAGE = 1000

Quad = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
TEXT = {"max_length": 200}


def parse_day(name: str, value: str | None, *, end: bool = False) -> str | None:
    """``2021``, ``2021-12`` or ``2021-12-06`` -> an ISO day: the period's first day, or its last if ``end``."""
    try:
        return parse_period_day(value, end=end)
    except ValueError as error:
        raise ParameterError(name, str(error)) from error


def parse_dyad(value: str | None) -> tuple[str, str] | None:
    if value is None or value == "":
        return None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise ParameterError("dyad", f"expected two actors separated by a comma, such as IND,RUS; got {value!r}")
    return parts[0], parts[1]


@dataclass(frozen=True)
class Period:
    since: str | None
    until: str | None


def period(
    since: Annotated[str | None, Query(description="First day (YYYY, YYYY-MM or YYYY-MM-DD).", **TEXT)] = None,
    until: Annotated[str | None, Query(description="Last day, inclusive (YYYY, YYYY-MM or YYYY-MM-DD).",
                                       **TEXT)] = None,
) -> Period:
    first, last = parse_day("since", since), parse_day("until", until, end=True)
    if first and last and first > last:
        raise ParameterError("until", f"until ({last}) is before since ({first})")
    return Period(first, last)


PeriodDep = Annotated[Period, Depends(period)]


def factuality(
    factuality: Annotated[str | None, Query(
        description="Which events count: asserted (the default: what the text says happened), all, or some of "
                    "asserted, negated, hypothetical, future joined by commas.",
        max_length=60)] = None,
) -> tuple[str, ...] | None:
    try:
        return parse_factuality(factuality)
    except ValueError as error:
        raise ParameterError("factuality", str(error)) from error


FactualityDep = Annotated[tuple[str, ...] | None, Depends(factuality)]


def event_filters(
    when: PeriodDep,
    told: FactualityDep,
    actor: Annotated[str | None, Query(description="Actor: country code (IND) or part of a name.", **TEXT)] = None,
    recipient: Annotated[str | None, Query(description="Recipient: country code or part of a name.",
                                           **TEXT)] = None,
    dyad: Annotated[str | None, Query(description="Two actors, either direction: IND,RUS.", **TEXT)] = None,
    type: Annotated[str | None, Query(description="PLOVER event type, e.g. AGREE.",
                                      pattern=r"^[A-Za-z_]{2,20}$")] = None,
    quad: Annotated[Quad | None, Query(description="Quad class.")] = None,
    context: Annotated[str | None, Query(description="PLOVER context, e.g. economic.",
                                         pattern=r"^[A-Za-z_ ]{2,40}$")] = None,
    search: Annotated[str | None, Query(description="Words in the source sentence.", **TEXT)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Events per page.")] = 100,
) -> Filters:
    try:
        event_type = parse_event_type(type)
    except ValueError as error:
        raise ParameterError("type", str(error)) from error
    return Filters(
        actor=actor or None, recipient=recipient or None, dyad=parse_dyad(dyad), type=event_type, quad=quad,
        context=context, since=when.since, until=when.until, search=search or None, limit=limit,
        factuality=told,
    )


EventFilters = Annotated[Filters, Depends(event_filters)]
