"""The read endpoints: events, quotes, actors, dyad timelines, documents, the network, locations, stats."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request

from accord.api.errors import ParameterError
from accord.api.params import MAX_PAGE, TEXT, EventFilters, FactualityDep, PeriodDep
from accord.api.state import ApiState
from accord.store import Filters, queries
from accord.store import analytics as an

router = APIRouter()

BucketParam = Annotated[
    Literal["day", "week", "month", "quarter", "year"],
    Query(description="Bucket size: day, week (from Monday), month, quarter or year."),
]
CountParam = Annotated[
    Literal["happenings", "mentions"],
    Query(description="happenings (the default): mentions the store links (the same event in a headline and "
                      "its lede, reprints, the same story across articles) count once; mentions: every mention."),
]
SortParam = Annotated[
    Literal["date", "-date", "score", "-score"],
    Query(description="Order: by event day or score; a leading '-' reverses it."),
]


def _state(request: Request) -> ApiState:
    state: ApiState = request.app.state.accord
    return state


def _known_actors(con: Any, values: list[str]) -> None:
    """A 404 naming each actor value that matches no country and no stored actor: an unknown actor is said
    so, not answered with an empty listing or chart."""
    unknown = queries.unknown_actors(con, values)
    if unknown:
        names = ", ".join(repr(v) for v in unknown)
        raise HTTPException(404, f"no actor matches {names}: use a country code (USA, usa), a country's name "
                                 "(United States) or part of an actor's name (see /actors?search=...)")


def _timeline(con: Any, filters: Filters, bucket: an.Bucket, count: an.Count, **dyad: Any) -> list[dict[str, Any]]:
    try:
        if dyad:
            return an.dyad_timeline(con, dyad["a"], dyad["b"], filters, bucket=bucket, directed=dyad["directed"],
                                    count=count)
        return an.timeline(con, filters, bucket=bucket, count=count)
    except an.TooManyBuckets as error:
        raise ParameterError("bucket", str(error)) from error


@router.get("/events", tags=["events"], summary="Events matching the filters, one page at a time")
def list_events(
    request: Request,
    filters: EventFilters,
    sort: SortParam = "date",
    cursor: Annotated[str | None, Query(description="next_cursor of the previous page.", max_length=500)] = None,
    participants: Annotated[bool, Query(
        description="Add each event's actor and recipient mentions (text, name, sector, offsets); "
        "without it rows carry actor_countries and recipient_countries only, which is faster."
    )] = False,
) -> dict[str, Any]:
    with _state(request).reader() as con:
        _known_actors(con, queries.filter_actors(filters))
        try:
            page = an.page_events(con, filters, sort=sort, cursor=cursor or None, participants=participants)
        except an.CursorError as error:
            raise ParameterError("cursor", str(error)) from error
    return {"events": page.events, "next_cursor": page.next_cursor, "limit": filters.limit, "sort": sort}


@router.get("/events/{event_id:path}", tags=["events"], summary="One event with its sentence, spans and document")
def get_event(request: Request, event_id: Annotated[str, Path(max_length=500)]) -> dict[str, Any]:
    with _state(request).reader() as con:
        event = an.event_detail(con, event_id)
    if event is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    return event


@router.get("/quotes", tags=["quotes"], summary="Quotations and reported speech")
def list_quotes(
    request: Request,
    when: PeriodDep,
    speaker: Annotated[str | None, Query(description="Speaker: country code or part of a name.", **TEXT)] = None,
    search: Annotated[str | None, Query(description="Words in the quotation.", **TEXT)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> dict[str, Any]:
    filters = Filters(speaker=speaker or None, search=search or None, since=when.since, until=when.until,
                      limit=limit, offset=offset)
    with _state(request).reader() as con:
        rows = queries.list_quotes(con, filters)
    for row in rows:
        row["published"] = an.iso_day(row["published"])
    return {"quotes": rows, "limit": limit, "offset": offset}


@router.get("/actors", tags=["actors"], summary="Actors taking part in events, with event counts")
def list_actors(
    request: Request,
    when: PeriodDep,
    told: FactualityDep,
    search: Annotated[str | None, Query(description="Part of an actor's name.", **TEXT)] = None,
    type: Annotated[str | None, Query(pattern=r"^[A-Za-z_]{2,20}$")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> dict[str, Any]:
    filters = Filters(search=search or None, type=type, since=when.since, until=when.until, limit=limit,
                      offset=offset, factuality=told)
    with _state(request).reader() as con:
        rows = queries.list_actors(con, filters)
    return {"actors": rows, "limit": limit, "offset": offset}


@router.get("/dyads/{a}/{b}/timeline", tags=["events"],
            summary="How a relationship moves between cooperation and conflict")
def dyad_timeline(
    request: Request,
    a: Annotated[str, Path(max_length=200, description="First actor: country code or name.")],
    b: Annotated[str, Path(max_length=200, description="Second actor: country code or name.")],
    when: PeriodDep,
    told: FactualityDep,
    bucket: BucketParam = "month",
    directed: Annotated[bool, Query(description="Only events where a acts on b.")] = False,
    count: CountParam = "happenings",
) -> dict[str, Any]:
    filters = Filters(since=when.since, until=when.until, factuality=told)
    with _state(request).reader() as con:
        _known_actors(con, [a, b])
        buckets = _timeline(con, filters, bucket, count, a=a, b=b, directed=directed)
    return {"a": a, "b": b, "bucket": bucket, "directed": directed, "count": count, "buckets": buckets}


@router.get("/timeline", tags=["events"],
            summary="Events matching the filters, counted per day, week, month, quarter or year")
def timeline(request: Request, filters: EventFilters, bucket: BucketParam = "month",
             count: CountParam = "happenings") -> dict[str, Any]:
    with _state(request).reader() as con:
        _known_actors(con, queries.filter_actors(filters))
        return {"bucket": bucket, "count": count, "buckets": _timeline(con, filters, bucket, count)}


@router.get("/network", tags=["events"], summary="Who acts on whom: edges weighted by event count")
def network(
    request: Request, filters: EventFilters,
    max_edges: Annotated[int, Query(ge=1, le=500)] = 80,
    generic: Annotated[bool, Query(description="Keep participants resolved to neither a country nor a named "
                                               "actor ('officials', 'civilians'); left out by default.")] = False,
    state_only: Annotated[bool, Query(description="Only state actors at both ends (a country's government, "
                                                  "military, police, judiciary, legislature, intelligence).")]
    = False,
) -> dict[str, Any]:
    with _state(request).reader() as con:
        _known_actors(con, queries.filter_actors(filters))
        return an.actor_network(con, filters, max_edges=max_edges, generic=generic, state_only=state_only)


@router.get("/locations", tags=["events"], summary="Where events happened, with counts and mean score")
def locations(
    request: Request, filters: EventFilters,
    max_places: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> dict[str, Any]:
    with _state(request).reader() as con:
        _known_actors(con, queries.filter_actors(filters))
        return {"locations": an.event_locations(con, filters, max_places=max_places)}


@router.get("/documents/{doc_id:path}", tags=["documents"], summary="A stored document and what was found in it")
def get_document(request: Request, doc_id: Annotated[str, Path(max_length=500)]) -> dict[str, Any]:
    with _state(request).reader() as con:
        document = an.document_detail(con, doc_id)
    if document is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    return document


@router.get("/stats", tags=["store"], summary="What the store holds")
def stats(request: Request) -> dict[str, Any]:
    with _state(request).reader() as con:
        return an.store_stats(con)
