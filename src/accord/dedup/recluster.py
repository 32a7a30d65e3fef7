"""Keep the store's event clusters up to date after an ingest, at a cost that does not grow with its history.

Mentions are grouped block by block (type, factuality, dyad) in a fixed order: day-precise mentions by day,
then coarse ones (a month, a year) by their first day (``clusters._cluster_block``). A new mention can only
change what comes after it in that order and lies near it in time, so an ingest re-clusters, in each block it
touches, only the clusters whose first day is on or after a **start day** (``replay_start``), from their own
mentions and the new ones; the block's earlier clusters cannot take any of them and stay as they are. That
gives exactly what clustering the whole store from scratch gives (tests/test_clusters_incremental.py checks it
on generated mentions, day by day). New documents are those appended to ``documents`` since the last
clustering (``cluster_progress``); a new version's earlier mentions leave their clusters the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pyarrow as pa

from accord.dedup.clusters import (
    Cluster,
    ClusterOptions,
    Mention,
    block_key,
    cluster_mentions,
    mention_interval,
    oriented,
    source_key,
)
from accord.store.store import Store


@dataclass(frozen=True)
class ReclusterStats:
    new_mentions: int
    blocks: int
    clusters: int  # clusters written (the re-clustered part of each touched block)
    replayed: int = 0  # mentions re-clustered, new ones included: what an ingest's clustering costs


@dataclass(frozen=True)
class Interval:
    """What the start day needs to know of a mention: its days, and whether it is day-precise."""

    first: date | None
    last: date | None
    precise: bool


_MENTION_SQL = """
SELECT e.doc_id, e.version, e.event_id, e.type, e.negated, e.factuality, e.reciprocal, e.quad,
       e.actor_countries, e.recipient_countries,
       (SELECT list(DISTINCT lower(coalesce(p.name, p.text))) FROM event_participants p
         WHERE p.doc_id = e.doc_id AND p.version = e.version AND p.event_id = e.event_id AND p.role = 'actor'),
       (SELECT list(DISTINCT lower(coalesce(p.name, p.text))) FROM event_participants p
         WHERE p.doc_id = e.doc_id AND p.version = e.version AND p.event_id = e.event_id AND p.role = 'recipient'),
       e.date, e.date_granularity, d.published,
       e.location_name, e.location_country, e.lat, e.lon, d.url
FROM events e JOIN documents d ON d.doc_id = e.doc_id AND d.version = e.version AND d.is_current
"""

_KEYS = "accord_recluster_keys"  # the Arrow tables registered while one query runs
_BOUNDS = "accord_recluster_bounds"


def replay_start(changed: Iterable[Interval], coarse: Iterable[Interval], options: ClusterOptions) -> date | None:
    """The first day from which a block must be re-clustered when these mentions arrive or leave.

    A day-precise mention on day d is compared only with clusters starting from d - max_span_days on, and
    changes only clusters from there; every coarse mention (they come after all precise ones) whose days reach
    that far may then decide otherwise, so the start goes back to the first day of the earliest of them. A
    coarse mention changes only the coarse ones after it, whose clusters start on or after its first day.
    Undated mentions are clustered alone and change nothing (None when nothing else changed)."""
    starts: list[date] = []
    precise_from: date | None = None
    for m in changed:
        if m.first is None or m.last is None:
            continue
        if m.precise:
            day = m.first - timedelta(days=options.max_span_days + 1)
            precise_from = day if precise_from is None else min(precise_from, day)
        else:
            starts.append(m.first)
    if precise_from is not None:
        starts.append(precise_from)
        starts.extend(c.first for c in coarse if c.first is not None and c.last is not None and c.last >= precise_from)
    return min(starts, default=None)


def recluster(store: Store, options: ClusterOptions | None = None) -> ReclusterStats:
    """Cluster the mentions of the documents stored since the last clustering (and take out the mentions of
    versions they replace), re-clustering each touched block from its start day only."""
    options = options or ClusterOptions()
    end = _documents_end(store)
    mark = _progress(store)
    if mark is None:  # never clustered with intervals kept (or never at all): everything, once
        return _rebuild_all(store, options, end)
    new = [_mention(r, options) for r in _rows(store, f"{_MENTION_SQL} WHERE d.rowid >= ?", [mark])]
    removed = _replaced_members(store, mark)
    blocks = sorted({block_key(m) for m in new} | {str(r[0]) for r in removed})
    if not blocks:
        _set_progress(store, end)
        return ReclusterStats(0, 0, 0)
    bounds = _bounds(store, blocks, new, removed, options)
    loaded = _loaded_clusters(store, bounds, removed)
    gone = {(str(r[1]), int(r[2]), str(r[3])) for r in removed}
    known = [m for m in _members_mentions(store, loaded, options) if (m.doc_id, m.version, m.event_id) not in gone]
    known = _unique(known)
    clusters = cluster_mentions([*known, *new], options)
    with store.transaction():
        store.con.execute("DELETE FROM event_clusters WHERE list_contains(?, cluster_id)", [loaded])
        store.con.execute("DELETE FROM event_cluster_members WHERE list_contains(?, cluster_id)", [loaded])
        _insert(store, clusters)
        _set_progress(store, end)
    return ReclusterStats(len(new), len(blocks), len(clusters), len(known) + len(new))


def _rebuild_all(store: Store, options: ClusterOptions, end: int) -> ReclusterStats:
    """Cluster every current mention from scratch (a store clustered before intervals were kept, or never)."""
    mentions = [_mention(r, options) for r in _rows(store, _MENTION_SQL, [])]
    clusters = cluster_mentions(mentions, options)
    with store.transaction():
        store.con.execute("DELETE FROM event_clusters")
        store.con.execute("DELETE FROM event_cluster_members")
        _insert(store, clusters)
        _set_progress(store, end)
    return ReclusterStats(len(mentions), len({c.block_key for c in clusters}), len(clusters), len(mentions))


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen: dict[tuple[str, int, str], Mention] = {}
    for m in mentions:
        seen.setdefault((m.doc_id, m.version, m.event_id), m)
    return list(seen.values())


def _rows(store: Store, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    return store.con.execute(sql, list(params)).fetchall()


def _documents_end(store: Store) -> int:
    row = store.con.execute("SELECT coalesce(max(rowid) + 1, 0) FROM documents").fetchone()
    return int(row[0]) if row else 0


def _progress(store: Store) -> int | None:
    """How far into ``documents`` clustering has read; None when it must start over."""
    row = store.con.execute("SELECT max(documents_end) FROM cluster_progress").fetchone()
    if not row or row[0] is None:
        return None
    legacy = store.con.execute("SELECT count(*) FROM event_cluster_members WHERE precise IS NULL").fetchone()
    return None if legacy and legacy[0] else int(row[0])


def _set_progress(store: Store, end: int) -> None:
    store.con.execute("DELETE FROM cluster_progress")
    store.con.execute("INSERT INTO cluster_progress VALUES (?)", [end])


def _replaced_members(store: Store, mark: int) -> list[tuple[Any, ...]]:
    """(block, doc, version, event, first day, last day, precise) of the members whose document a version
    stored since the mark replaced."""
    return _rows(store, (
        "SELECT m.block_key, m.doc_id, m.version, m.event_id, m.first_day, m.last_day, m.precise"
        " FROM event_cluster_members m JOIN (SELECT doc_id, version FROM documents WHERE rowid >= ? AND version > 1)"
        " n ON n.doc_id = m.doc_id AND m.version < n.version"
    ), [mark])


def _bounds(store: Store, blocks: list[str], new: Sequence[Mention], removed: Sequence[tuple[Any, ...]],
            options: ClusterOptions) -> dict[str, date | None]:
    """Each touched block's start day (None: only undated mentions changed)."""
    changed: dict[str, list[Interval]] = {b: [] for b in blocks}
    for m in new:
        changed[block_key(m)].append(Interval(m.first, m.last, m.precise))
    for r in removed:
        changed[str(r[0])].append(Interval(r[4], r[5], bool(r[6])))
    coarse: dict[str, list[Interval]] = {b: [] for b in blocks}
    for m in new:
        if not m.precise:
            coarse[block_key(m)].append(Interval(m.first, m.last, False))
    store.con.register(_KEYS, pa.table({"block_key": pa.array(blocks, pa.string())}))
    try:
        for key, first, last in _rows(store, (
            f"SELECT m.block_key, m.first_day, m.last_day FROM event_cluster_members m JOIN {_KEYS} k"
            " ON k.block_key = m.block_key WHERE NOT m.precise AND m.last_day IS NOT NULL"
        ), []):
            coarse[str(key)].append(Interval(first, last, False))
    finally:
        store.con.unregister(_KEYS)
    return {b: replay_start(changed[b], coarse[b], options) for b in blocks}


def _loaded_clusters(store: Store, bounds: dict[str, date | None], removed: Sequence[tuple[Any, ...]]) -> list[str]:
    """The clusters to re-cluster: those of each touched block starting on or after its start day, and those
    holding a replaced mention."""
    table = pa.table({"block_key": pa.array(list(bounds), pa.string()),
                      "start_day": pa.array(list(bounds.values()), pa.date32())})
    store.con.register(_BOUNDS, table)
    try:
        rows = _rows(store, (
            f"SELECT c.cluster_id FROM event_clusters c JOIN {_BOUNDS} b ON b.block_key = c.block_key"
            " WHERE b.start_day IS NOT NULL AND c.first_day >= b.start_day"
        ), [])
    finally:
        store.con.unregister(_BOUNDS)
    ids = {str(r[0]) for r in rows}
    if removed:
        keys = sorted({f"{r[1]}\x00{r[2]}\x00{r[3]}" for r in removed})
        ids |= {str(r[0]) for r in _rows(store, (
            "SELECT DISTINCT cluster_id FROM event_cluster_members"
            " WHERE list_contains(?, doc_id || chr(0) || CAST(version AS VARCHAR) || chr(0) || event_id)"
        ), [keys])}
    return sorted(ids)


def _members_mentions(store: Store, clusters: list[str], options: ClusterOptions) -> list[Mention]:
    """The mentions of these clusters, as current rows of ``events`` (replaced ones are no longer current)."""
    if not clusters:
        return []
    store.con.register(_KEYS, pa.table({"cluster_id": pa.array(clusters, pa.string())}))
    try:
        rows = _rows(store, (
            f"{_MENTION_SQL} JOIN (SELECT DISTINCT m.doc_id, m.version, m.event_id FROM event_cluster_members m"
            f" JOIN {_KEYS} k ON k.cluster_id = m.cluster_id) s"
            " ON s.doc_id = e.doc_id AND s.version = e.version AND s.event_id = e.event_id"
        ), [])
    finally:
        store.con.unregister(_KEYS)
    return [_mention(r, options) for r in rows]


def _insert(store: Store, clusters: list[Cluster]) -> None:
    """One bulk insert per table (executemany bound ~2,300 rows a second: seconds per run on a busy store)."""
    now = datetime.now(UTC).replace(tzinfo=None)
    store.insert_rows("event_clusters", [dict(zip(CLUSTER_COLUMNS, _cluster_row(c, now), strict=True))
                                         for c in clusters])
    store.insert_rows("event_cluster_members", [
        {"cluster_id": c.id, "block_key": c.block_key, "doc_id": m.doc_id, "version": m.version,
         "event_id": m.event_id, "source_key": m.source_key, "first_day": m.first, "last_day": m.last,
         "precise": m.precise} for c in clusters for m in c.mentions])


def _mention(row: Sequence[Any], options: ClusterOptions) -> Mention:
    (doc_id, version, event_id, type_, negated, factuality, reciprocal, quad, actor_c, recipient_c, actor_n,
     recipient_n, value, granularity, published, loc_name, loc_country, lat, lon, url) = row
    first, last = mention_interval(value, granularity, published if isinstance(published, date) else None, options)
    return Mention(
        doc_id=doc_id, version=int(version), event_id=event_id, type=type_, negated=bool(negated),
        factuality=factuality or ("negated" if negated else "asserted"), reciprocal=bool(reciprocal), quad=quad,
        actor_countries=tuple(sorted(actor_c or ())), recipient_countries=tuple(sorted(recipient_c or ())),
        actor_names=tuple(sorted(actor_n or ())), recipient_names=tuple(sorted(recipient_n or ())),
        first=first, last=last, location_name=loc_name, location_country=loc_country, lat=lat, lon=lon,
        source_key=source_key(url, doc_id),
    )


# The columns of a cluster row, by name: a migration adds columns at the end of the table.
CLUSTER_COLUMNS = (
    "cluster_id", "block_key", "type", "quad", "negated", "factuality",
    "actor_countries", "recipient_countries", "actor_names", "recipient_names", "first_day", "last_day",
    "location_name", "location_country", "lat", "lon", "mention_count", "article_count", "source_count",
    "updated_at",
)


def _cluster_row(c: Cluster, now: datetime) -> list[Any]:
    head = c.mentions[0]
    place = c.located
    precise = [m for m in c.mentions if m.precise] or c.mentions
    sides = [oriented(m) for m in c.mentions]
    factuality = "negated" if head.negated and head.factuality == "asserted" else head.factuality
    return [
        c.id, c.block_key, head.type, head.quad, factuality == "negated", factuality,
        *(sorted({x for side in sides for x in side[i]}) for i in range(4)),
        min((m.first for m in precise if m.first), default=None),
        max((m.last for m in precise if m.last), default=None),
        place.location_name if place else None, place.location_country if place else None,
        place.lat if place else None, place.lon if place else None,
        len(c.mentions), c.article_count, c.source_count, now,
    ]
