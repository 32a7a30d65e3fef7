"""Read queries behind the HTTP API and the dashboard: keyset-paged events, event and document detail,
dyad timelines, the actor network, event locations and store statistics.

They build on ``queries.event_where`` so every listing, here and in the CLI, filters the same way (country
codes are matched on the events' own country columns, which keeps dyads fast on millions of events).
All values travel as SQL parameters; only
fixed fragments written here are joined into SQL text.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Literal

import duckdb

from accord.errors import AccordError
from accord.store.queries import Filters, Where, event_where, fetch_rows

# Sectors that are the state itself (docs/actors.md): a participant of one of these acts for its country.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})

Sort = Literal["date", "-date", "score", "-score"]
Bucket = Literal["day", "week", "month", "quarter", "year"]
BUCKETS: tuple[Bucket, ...] = ("day", "week", "month", "quarter", "year")
# A timeline's empty buckets are filled in; a period split into more buckets than this is refused, so a stray
# date (a year 0198) cannot make a response of a million days.
MAX_BUCKETS = 5000
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")

# Sort keys never NULL, so keyset comparisons stay total: unknown values sort last either way.
_SORT_KEYS: dict[str, tuple[str, str]] = {
    "date": ("coalesce(e.event_day, DATE '9999-12-31')", "ASC"),
    "-date": ("coalesce(e.event_day, DATE '0001-01-01')", "DESC"),
    "score": ("coalesce(e.score, 1e308)", "ASC"),
    "-score": ("coalesce(e.score, -1e308)", "DESC"),
}
_BUCKET_SQL: dict[str, str] = {
    "day": "e.event_day",
    "week": "CAST(date_trunc('week', e.event_day) AS DATE)",
    "month": "CAST(date_trunc('month', e.event_day) AS DATE)",
    "quarter": "CAST(date_trunc('quarter', e.event_day) AS DATE)",
    "year": "CAST(date_trunc('year', e.event_day) AS DATE)",
}
_EVENT_COLUMNS = (
    "e.doc_id, e.version, e.event_id, e.type, e.mode, e.context, e.cameo, e.score, e.quad, e.factuality,"
    " e.negated, e.reported, e.reciprocal, e.attributed_text, e.attributed_name, e.attributed_country, e.date,"
    " e.date_granularity, e.event_day, e.location_name, e.location_country, e.lat, e.lon, e.trigger_text,"
    " e.trigger_start,"
    " e.trigger_end, e.sentence_text, e.sentence_start, e.sentence_end, e.confidence, e.cluster, e.quantities,"
    " e.actor_countries, e.recipient_countries"
)
_PARTICIPANT_COLUMNS = (
    "SELECT p.doc_id, p.version, p.event_id, p.role, p.text, p.name, p.country, p.sector,"
    " p.start_char AS start, p.end_char AS end FROM event_participants p"
)


class CursorError(ValueError):
    """A pagination cursor that this server did not hand out."""


@dataclass(frozen=True)
class EventPage:
    events: list[dict[str, Any]]
    next_cursor: str | None


# --- events ---------------------------------------------------------------------------------------


def page_events(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, sort: Sort = "date", cursor: str | None = None,
    participants: bool = False,
) -> EventPage:
    """One page of events in ``sort`` order; ``next_cursor`` continues after its last row.

    Rows carry their actor and recipient countries; ``participants`` adds each actor's and recipient's
    text, name, sector and offsets, which costs one more pass over the participants table.
    """
    where = event_where(filters)
    key, direction = _SORT_KEYS[sort]
    if cursor:
        _add_keyset(where, key, direction, decode_cursor(cursor, sort))
    limit = max(1, filters.limit)
    sql = (
        f"SELECT {_EVENT_COLUMNS}, {key} AS sort_key FROM events e{where.sql()}"
        f" ORDER BY {key} {direction}, e.doc_id {direction}, e.event_id {direction} LIMIT ?"
    )
    rows = fetch_rows(con, sql, [*where.params, limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode_cursor(rows[-1], sort) if more and rows else None
    if participants:
        _attach_participants(con, rows)
    return EventPage([shape_event(r) for r in rows], next_cursor)


def _attach_participants(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    """Fetch the participants of all ``rows`` in one query and hang them on each row, in role order."""
    if not rows:
        return
    event_ids = sorted({r["event_id"] for r in rows})
    marks = ", ".join("?" * len(event_ids))
    found = fetch_rows(con, f"{_PARTICIPANT_COLUMNS} WHERE p.event_id IN ({marks}) ORDER BY p.role, p.idx", event_ids)
    by_event: dict[tuple[str, int, str], list[dict[str, Any]]] = {}
    for p in found:
        by_event.setdefault((p["doc_id"], p["version"], p["event_id"]), []).append(p)
    for row in rows:
        row["participants"] = by_event.get((row["doc_id"], row["version"], row["event_id"]), [])


def _add_keyset(where: Where, key: str, direction: str, after: tuple[Any, str, str]) -> None:
    op = ">" if direction == "ASC" else "<"
    value, doc_id, event_id = after
    cast = "CAST(? AS DATE)" if isinstance(value, str) else "CAST(? AS DOUBLE)"
    where.add(
        f"({key} {op} {cast} OR ({key} = {cast} AND (e.doc_id {op} ? OR (e.doc_id = ? AND e.event_id {op} ?))))",
        value, value, doc_id, doc_id, event_id,
    )


def encode_cursor(row: dict[str, Any], sort: Sort) -> str:
    key = row["sort_key"]
    value = key.isoformat() if isinstance(key, date) else float(key)
    raw = json.dumps([sort, value, row["doc_id"], row["event_id"]], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort: Sort) -> tuple[Any, str, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        made_for, value, doc_id, event_id = json.loads(raw)
    except (binascii.Error, ValueError, TypeError) as error:
        raise CursorError("not a cursor this server handed out") from error
    if made_for != sort:
        raise CursorError(f"the cursor belongs to sort={made_for}, not sort={sort}")
    is_date = sort in ("date", "-date")
    if not isinstance(doc_id, str) or not isinstance(event_id, str):
        raise CursorError("not a cursor this server handed out")
    if is_date and not (isinstance(value, str) and _is_iso_day(value)):
        raise CursorError("not a cursor this server handed out")
    if not is_date and not isinstance(value, int | float):
        raise CursorError("not a cursor this server handed out")
    return value, doc_id, event_id


def _is_iso_day(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def event_detail(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    """One event of a current document with its participants' spans, its sentence and its document."""
    sql = (
        f"SELECT {_EVENT_COLUMNS}, d.title, d.url, d.published, d.source"
        " FROM events e JOIN documents d ON d.doc_id = e.doc_id AND d.version = e.version"
        " WHERE d.is_current AND e.event_id = ? LIMIT 1"
    )
    rows = fetch_rows(con, sql, [event_id])
    if not rows:
        return None
    row = rows[0]
    _attach_participants(con, rows)
    index = con.execute(
        "SELECT min(idx) FROM sentences WHERE doc_id = ? AND version = ? AND start_char <= ? AND ? < end_char",
        [row["doc_id"], row["version"], row["trigger_start"], row["trigger_start"]],
    ).fetchone()
    row["sentence_index"] = index[0] if index else None
    event = shape_event(row)
    event["sentence"]["index"] = row["sentence_index"]
    event["quantities"] = json.loads(row["quantities"]) if row["quantities"] else []
    event["document"] = {
        "id": row["doc_id"], "version": row["version"], "title": row["title"], "url": row["url"],
        "published": iso_day(row["published"]), "source": row["source"],
    }
    event["spans"] = _event_spans(event)
    return event


def _event_spans(event: dict[str, Any]) -> list[dict[str, Any]]:
    """Actor, trigger and recipient spans, with offsets in the document and within the sentence."""
    sentence_start = event["sentence"]["start"]
    spans = [{"role": "trigger", **event["trigger"]}]
    for role in ("actor", "recipient"):
        spans += [{"role": role, "text": a["text"], "start": a["start"], "end": a["end"]}
                  for a in event[role] if a.get("start") is not None]
    for span in spans:
        span["sentence_start"] = span["start"] - sentence_start
        span["sentence_end"] = span["end"] - sentence_start
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


def shape_event(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row in the output contract's shape, plus its document id and sortable day."""
    participants = row.get("participants")
    location = None
    if row["location_name"] is not None or row["lat"] is not None:
        location = {"name": row["location_name"], "country": row["location_country"],
                    "lat": row["lat"], "lon": row["lon"]}
    attributed = None
    if row["attributed_text"] is not None or row["attributed_name"] is not None:
        attributed = {"text": row["attributed_text"], "name": row["attributed_name"],
                      "country": row["attributed_country"]}
    shaped: dict[str, Any] = {
        "id": row["event_id"], "doc_id": row["doc_id"], "type": row["type"], "mode": row["mode"],
        "context": list(row["context"] or []), "cameo": row["cameo"], "score": row["score"],
        "quad": row["quad"],
        "actor_countries": list(row["actor_countries"] or []),
        "recipient_countries": list(row["recipient_countries"] or []),
        "factuality": row["factuality"], "negated": row["negated"], "reported": row["reported"],
        "reciprocal": row["reciprocal"], "attributed_to": attributed,
        "date": row["date"], "date_granularity": row["date_granularity"], "day": iso_day(row["event_day"]),
        "location": location,
        "trigger": {"text": row["trigger_text"], "start": row["trigger_start"], "end": row["trigger_end"]},
        "sentence": {"text": row["sentence_text"], "start": row["sentence_start"], "end": row["sentence_end"]},
        "confidence": row["confidence"], "cluster": row["cluster"],
    }
    if participants is not None:
        shaped["actor"] = [_participant(p) for p in participants if p["role"] == "actor"]
        shaped["recipient"] = [_participant(p) for p in participants if p["role"] == "recipient"]
    return shaped


def _participant(p: dict[str, Any]) -> dict[str, Any]:
    return {k: p[k] for k in ("text", "name", "country", "sector", "start", "end")}


# --- documents ------------------------------------------------------------------------------------


def document_detail(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any] | None:
    """The current version of a document with its text, sentences, events and quotes."""
    docs = fetch_rows(
        con,
        "SELECT doc_id AS id, version, title, url, published, source, n_chars, text, ingested_at, run_id"
        " FROM documents WHERE doc_id = ? AND is_current",
        [doc_id],
    )
    if not docs:
        return None
    doc = docs[0]
    key = [doc_id, doc["version"]]
    doc["published"] = iso_day(doc["published"])
    doc["ingested_at"] = doc["ingested_at"].isoformat() if doc["ingested_at"] else None
    doc["sentences"] = fetch_rows(
        con, "SELECT idx AS index, text, start_char AS start, end_char AS end FROM sentences"
        " WHERE doc_id = ? AND version = ? ORDER BY idx", key)
    doc["events"] = fetch_rows(
        con, "SELECT event_id AS id, type, quad, score, trigger_text AS trigger, sentence_start, sentence_end"
        " FROM events WHERE doc_id = ? AND version = ? ORDER BY trigger_start, event_id", key)
    doc["quotes"] = fetch_rows(
        con, "SELECT quote_id AS id, text, direct, cue, speaker_name, speaker_text, start_char AS start,"
        " end_char AS end FROM quotes WHERE doc_id = ? AND version = ? ORDER BY start_char", key)
    return doc


# --- aggregates -----------------------------------------------------------------------------------


def dyad_timeline(
    con: duckdb.DuckDBPyConnection, a: str, b: str, filters: Filters, *, bucket: Bucket = "month",
    directed: bool = False, count: Count = "happenings",
) -> list[dict[str, Any]]:
    """How the relationship of ``a`` and ``b`` (either direction unless ``directed``) moves over time."""
    if directed:
        return timeline(con, replace(filters, actor=a, recipient=b, dyad=None), bucket=bucket, count=count)
    return timeline(con, replace(filters, dyad=(a, b), actor=None, recipient=None), bucket=bucket, count=count)


class TooManyBuckets(AccordError, ValueError):
    """A timeline whose period holds more buckets than ``MAX_BUCKETS``."""


# One happening, one count: the mentions the store links — by the cross-article event clusters, else by the
# coder's own link within a document (``cluster``: the first mention of the same event) — count once, on the
# day, type and score of their earliest matching mention; ``mentions`` says how many mentions it had.
_HAPPENING_KEY = (
    "coalesce((SELECT min(m.cluster_id) FROM event_cluster_members m WHERE m.doc_id = e.doc_id"
    " AND m.version = e.version AND m.event_id = e.event_id),"
    " e.doc_id || '/' || coalesce(e.cluster, e.event_id))"
)
_FIRST = "ORDER BY e.event_day, e.doc_id, e.trigger_start, e.event_id"
_HAPPENINGS = (
    f"SELECT {_HAPPENING_KEY} AS happening, min(e.event_day) AS event_day, first(e.quad {_FIRST}) AS quad,"
    f" first(e.score {_FIRST}) AS score, count(*) AS mentions FROM events e{{where}} GROUP BY 1"
)
Count = Literal["happenings", "mentions"]


def timeline(con: duckdb.DuckDBPyConnection, filters: Filters, *, bucket: Bucket = "month",
             count: Count = "happenings") -> list[dict[str, Any]]:
    """Per bucket of event days: events per quad class, all events, and the mean cooperation–conflict score.

    ``count="happenings"`` (the default) counts each happening once however many mentions the store links to
    it (``_HAPPENINGS``); ``count="mentions"`` counts every event mention. Either way each bucket says how many
    mentions it holds (``mentions``).

    Every bucket from the period's first to its last is present (``since``/``until`` when given, else the
    first and last bucket with events): an empty one has zero events and a null mean score, so a chart's time
    axis stays proportional and its score line is not drawn across a quiet spell. Each bucket carries its
    first (``start``) and last (``end``) day.
    """
    where = event_where(filters)
    where.add("e.event_day IS NOT NULL")
    bucket_sql = _BUCKET_SQL[bucket]
    if count == "mentions":
        source, mentions = f"events e{where.sql()}", "count(*)"
    else:
        source, mentions = f"({_HAPPENINGS.format(where=where.sql())}) e", "sum(e.mentions)"
    sql = (
        f"SELECT {bucket_sql} AS bucket, e.quad, count(*) AS n, sum(e.score) AS score_sum,"
        f" count(e.score) AS scored, {mentions} AS mentions FROM {source} GROUP BY 1, 2 ORDER BY 1, 2"
    )
    found: dict[date, dict[str, Any]] = {}
    for row in fetch_rows(con, sql, where.params):
        entry = found.setdefault(row["bucket"], _empty_bucket(row["bucket"], bucket))
        entry["events"] += row["n"]
        entry["mentions"] += int(row["mentions"])
        quad = row["quad"] or "unknown"
        entry["counts"][quad] = entry["counts"].get(quad, 0) + row["n"]
        entry["_sum"] += row["score_sum"] or 0.0
        entry["_scored"] += row["scored"]
    out = []
    for start in _bucket_starts(found, filters, bucket):
        entry = found.get(start) or _empty_bucket(start, bucket)
        scored = entry.pop("_scored")
        total = entry.pop("_sum")
        entry["mean_score"] = round(total / scored, 3) if scored else None
        out.append(entry)
    return out


def _empty_bucket(start: date, bucket: Bucket) -> dict[str, Any]:
    end = bucket_start(next_bucket(start, bucket), bucket) - timedelta(days=1)
    return {"start": start.isoformat(), "end": end.isoformat(), "events": 0, "mentions": 0,
            "counts": dict.fromkeys(QUADS, 0), "_sum": 0.0, "_scored": 0}


def _bucket_starts(found: dict[date, Any], filters: Filters, bucket: Bucket) -> list[date]:
    """The start of every bucket in the period: since..until where given, else the data's own extent."""
    if not found and not (filters.since and filters.until):
        return []
    first = bucket_start(date.fromisoformat(filters.since), bucket) if filters.since else min(found)
    last = bucket_start(date.fromisoformat(filters.until), bucket) if filters.until else max(found)
    first, last = min([first, *found]), max([last, *found])
    starts: list[date] = []
    day = first
    while day <= last:
        if len(starts) >= MAX_BUCKETS:
            raise TooManyBuckets(
                f"the period {first.isoformat()} to {last.isoformat()} holds more than {MAX_BUCKETS} {bucket}s:"
                " choose a larger bucket or a shorter period (since, until)")
        starts.append(day)
        day = next_bucket(day, bucket)
    return starts


def bucket_start(day: date, bucket: Bucket) -> date:
    """The first day of the bucket holding ``day`` (weeks start on Monday, as DuckDB's date_trunc)."""
    if bucket == "day":
        return day
    if bucket == "week":
        return day - timedelta(days=day.weekday())
    if bucket == "month":
        return day.replace(day=1)
    if bucket == "quarter":
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return date(day.year, 1, 1)


def next_bucket(start: date, bucket: Bucket) -> date:
    """The first day of the bucket after the one starting on ``start``."""
    if bucket in ("day", "week"):
        return start + timedelta(days=1 if bucket == "day" else 7)
    months = {"month": 1, "quarter": 3, "year": 12}[bucket]
    index = start.year * 12 + start.month - 1 + months
    if index // 12 > date.max.year:
        return date.max
    return date(index // 12, index % 12 + 1, 1)


def actor_network(con: duckdb.DuckDBPyConnection, filters: Filters, *, max_edges: int = 80,
                  generic: bool = False, state_only: bool = False) -> dict[str, Any]:
    """Directed actor → recipient edges weighted by event count, with their mean score.

    Without ``generic``, participants resolved to neither a country nor a named actor ("officials", "the two
    men", "civilians") are left out: as nodes they merge unrelated people under one word. With ``state_only``,
    both ends are state actors: a country's government, military, police, judiciary, legislature or
    intelligence service (``STATE_SECTORS``), the interstate network GDELT and ICEWS users expect."""
    where = event_where(filters)
    if not generic:
        where.add("(pa.country IS NOT NULL OR pa.name IS NOT NULL) AND (pr.country IS NOT NULL OR pr.name IS NOT NULL)")
    if state_only:
        sectors = ", ".join(f"'{sector}'" for sector in sorted(STATE_SECTORS))
        where.add(f"pa.country IS NOT NULL AND pa.sector IN ({sectors})"
                  f" AND pr.country IS NOT NULL AND pr.sector IN ({sectors})")
    key_a = "coalesce(pa.country, pa.name, pa.text)"
    key_r = "coalesce(pr.country, pr.name, pr.text)"
    sql = (
        f"SELECT {key_a} AS source, {key_r} AS target, count(DISTINCT e.doc_id || '/' || e.event_id) AS events,"
        f" avg(e.score) AS mean_score FROM events e"
        " JOIN event_participants pa ON pa.doc_id = e.doc_id AND pa.version = e.version"
        "  AND pa.event_id = e.event_id AND pa.role = 'actor'"
        " JOIN event_participants pr ON pr.doc_id = e.doc_id AND pr.version = e.version"
        "  AND pr.event_id = e.event_id AND pr.role = 'recipient'"
        f"{where.sql()} GROUP BY 1, 2 HAVING source <> target ORDER BY events DESC, source, target LIMIT ?"
    )
    edges = fetch_rows(con, sql, [*where.params, max_edges])
    nodes: dict[str, dict[str, Any]] = {}
    for edge in edges:
        edge["mean_score"] = _round(edge["mean_score"])
        for end in ("source", "target"):
            node = nodes.setdefault(edge[end], {"id": edge[end], "events": 0})
            node["events"] += edge["events"]
    return {"nodes": list(nodes.values()), "edges": edges}


def event_locations(con: duckdb.DuckDBPyConnection, filters: Filters, *, max_places: int = 500) -> list[dict[str, Any]]:
    """Geocoded event locations with their event count and mean score."""
    where = event_where(filters)
    where.add("e.lat IS NOT NULL AND e.lon IS NOT NULL")
    sql = (
        "SELECT e.location_name AS name, e.location_country AS country, e.lat, e.lon, count(*) AS events,"
        f" avg(e.score) AS mean_score FROM events e{where.sql()}"
        " GROUP BY 1, 2, 3, 4 ORDER BY events DESC, name LIMIT ?"
    )
    places = fetch_rows(con, sql, [*where.params, max_places])
    for place in places:
        place["mean_score"] = _round(place["mean_score"])
    return places


# The data's real date range leaves out days no news event has: before 1900, or more than a year after the
# article reporting it (a misread date); such events stay listed, they only do not stretch the range.
_PLAUSIBLE_DAY = (
    "x.event_day >= DATE '1900-01-01'"
    " AND (d.published IS NULL OR x.event_day <= CAST(d.published AS DATE) + INTERVAL 366 DAY)"
)


def store_stats(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Counts over current documents: documents, events, quotes, actors, date span, types and quads.

    The date span (first_day, last_day) is that of plausibly dated events (see ``_PLAUSIBLE_DAY``)."""
    current = " JOIN documents d ON d.doc_id = x.doc_id AND d.version = x.version AND d.is_current"
    one = fetch_rows(
        con,
        "SELECT (SELECT count(*) FROM documents WHERE is_current) AS documents,"
        f" (SELECT count(*) FROM events x{current}) AS events,"
        f" (SELECT count(*) FROM quotes x{current}) AS quotes,"
        f" (SELECT count(DISTINCT coalesce(x.country, x.name, x.text)) FROM event_participants x{current}) AS actors,"
        f" (SELECT min(x.event_day) FROM events x{current} WHERE {_PLAUSIBLE_DAY}) AS first_day,"
        f" (SELECT max(x.event_day) FROM events x{current} WHERE {_PLAUSIBLE_DAY}) AS last_day",
        [],
    )[0]
    one["first_day"], one["last_day"] = iso_day(one["first_day"]), iso_day(one["last_day"])
    for column, name in (("type", "types"), ("quad", "quads")):
        sql = f"SELECT x.{column} AS k, count(*) AS n FROM events x{current} GROUP BY 1 ORDER BY 2 DESC"
        rows = fetch_rows(con, sql, [])
        one[name] = {r["k"] or "unknown": r["n"] for r in rows}
    return one


# --- helpers --------------------------------------------------------------------------------------


def iso_day(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
