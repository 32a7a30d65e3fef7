"""Keep the store's event clusters up to date after an ingest, touching only the blocks that changed.

A block (type, factuality, dyad) is rebuilt whole from all its current mentions, so an incremental update
gives exactly what clustering the whole store from scratch would.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

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
    clusters: int


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

_IS_MEMBER = (
    "SELECT 1 FROM event_cluster_members m"
    " WHERE m.doc_id = e.doc_id AND m.version = e.version AND m.event_id = e.event_id"
)


def recluster(store: Store, options: ClusterOptions | None = None) -> ReclusterStats:
    """Cluster the mentions not yet clustered, rebuilding every block they (or superseded versions) touch."""
    options = options or ClusterOptions()
    con = store.con
    new = [_mention(row, options) for row in con.execute(f"{_MENTION_SQL} WHERE NOT EXISTS ({_IS_MEMBER})").fetchall()]
    stale = con.execute(
        "SELECT DISTINCT m.block_key FROM event_cluster_members m WHERE NOT EXISTS (SELECT 1 FROM documents d"
        " WHERE d.doc_id = m.doc_id AND d.version = m.version AND d.is_current)"
    ).fetchall()
    blocks = sorted({block_key(m) for m in new} | {str(row[0]) for row in stale})
    if not blocks:
        return ReclusterStats(0, 0, 0)
    known = [
        _mention(row, options)
        for row in con.execute(
            f"{_MENTION_SQL} WHERE EXISTS ({_IS_MEMBER} AND list_contains(?, m.block_key))", [blocks]
        ).fetchall()
    ]
    clusters = cluster_mentions([*known, *new], options)
    now = datetime.now(UTC).replace(tzinfo=None)
    with store.transaction():
        con.execute("DELETE FROM event_clusters WHERE list_contains(?, block_key)", [blocks])
        con.execute("DELETE FROM event_cluster_members WHERE list_contains(?, block_key)", [blocks])
        # One bulk insert per table (executemany bound ~2,300 rows a second: seconds per run on a busy store).
        store.insert_rows("event_clusters", [dict(zip(CLUSTER_COLUMNS, _cluster_row(c, now), strict=True))
                                             for c in clusters])
        store.insert_rows("event_cluster_members", [
            {"cluster_id": c.id, "block_key": c.block_key, "doc_id": m.doc_id, "version": m.version,
             "event_id": m.event_id, "source_key": m.source_key} for c in clusters for m in c.mentions])
    return ReclusterStats(len(new), len(blocks), len(clusters))


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
