"""Cross-article event clustering: mentions of one real-world event become one cluster.

Two mentions are of the same event when they share the event type, the factuality (asserted, negated,
hypothetical or future: "did not sign" and "may sign" are no reports of the signing) and the
actor-recipient dyad (by country, or by name when no country is known; either order for reciprocal events),
their dates fit one short window, and their places do not contradict each other. Mentions are grouped
greedily in a fixed order (day, document, event id), so the result does not depend on the order articles
were ingested in. docs/scale.md gives the rules and their limits.
"""

from __future__ import annotations

import calendar
import hashlib
import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from urllib.parse import urlsplit

from accord.records import ASSERTED, FUTURE, HYPOTHETICAL, NEGATED, Actor, Event

# The factuality part of a block key ("pos" and "neg" are what stores clustered before contract 1.1 hold).
TOLD_KEYS = {ASSERTED: "pos", NEGATED: "neg", HYPOTHETICAL: "hyp", FUTURE: "fut"}


@dataclass(frozen=True)
class ClusterOptions:
    max_span_days: int = 2  # day-precise mentions of one event lie within this many days of each other
    max_km: float = 100.0  # geocoded places further apart than this are different events
    published_slack_days: int = 1  # an undated mention happened on its publication day or the day before


@dataclass(frozen=True)
class Mention:
    """One coded event in one article: the unit GDELT calls a mention."""

    doc_id: str
    version: int
    event_id: str
    type: str
    negated: bool = False
    reciprocal: bool = False
    factuality: str = ASSERTED  # how the text tells it (contract 1.1); a 1.0 mention knows only ``negated``
    quad: str | None = None
    actor_countries: tuple[str, ...] = ()
    recipient_countries: tuple[str, ...] = ()
    actor_names: tuple[str, ...] = ()
    recipient_names: tuple[str, ...] = ()
    first: date | None = None  # the earliest day its date allows
    last: date | None = None  # the latest day its date allows
    location_name: str | None = None
    location_country: str | None = None
    lat: float | None = None
    lon: float | None = None
    source_key: str = ""  # the outlet: URL host when known, else the document id

    @property
    def told(self) -> str:
        """Its factuality, as the block key spells it: asserted and negated keep the keys stores already hold."""
        factuality = NEGATED if self.negated and self.factuality == ASSERTED else self.factuality
        return TOLD_KEYS.get(factuality, factuality)

    @property
    def precise(self) -> bool:
        return self.first is not None and self.last is not None and (self.last - self.first).days <= 1

    @property
    def sort_key(self) -> tuple[bool, date, str, int, str]:
        return (not self.precise, self.first or date.max, self.doc_id, self.version, self.event_id)


@dataclass
class Cluster:
    """A real-world event and the mentions that report it."""

    block_key: str
    mentions: list[Mention] = field(default_factory=list)
    lo: date | None = None
    hi: date | None = None

    @property
    def id(self) -> str:
        first = self.mentions[0]
        digest = hashlib.sha1(f"{first.doc_id}\x00{first.version}\x00{first.event_id}".encode()).hexdigest()
        return "c" + digest[:15]

    @property
    def located(self) -> Mention | None:
        return next((m for m in self.mentions if m.location_name or m.location_country), None)

    @property
    def article_count(self) -> int:
        return len({m.doc_id for m in self.mentions})

    @property
    def source_count(self) -> int:
        return len({m.source_key for m in self.mentions})


# --- building mentions ------------------------------------------------------------------------------


def date_interval(value: str | None, granularity: str | None) -> tuple[date, date] | None:
    """The days an ISO date value at its granularity covers: 2021-12-06, 2021-12, 2021."""
    if not value or not value[:4].isdigit():
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1 or granularity in ("year", "decade"):
            return date(year, 1, 1), date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2 or granularity in ("month", "quarter"):
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        day = date(year, month, int(parts[2][:2]))
    except ValueError:
        return None
    return (day, day + timedelta(days=6)) if granularity == "week" else (day, day)


def mention_interval(
    value: str | None, granularity: str | None, published: date | None, options: ClusterOptions
) -> tuple[date | None, date | None]:
    interval = date_interval(value, granularity)
    if interval is not None:
        return interval
    if published is not None:
        return published - timedelta(days=options.published_slack_days), published
    return None, None


def source_key(url: str | None, doc_id: str) -> str:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else doc_id


def mention_from_event(
    event: Event, doc_id: str, version: int = 1, *, published: str | None = None, url: str | None = None,
    options: ClusterOptions | None = None,
) -> Mention:
    """A Mention from an extracted Event record (what the store rows hold, built directly)."""
    options = options or ClusterOptions()
    first, last = mention_interval(
        event.date.value if event.date else None,
        event.date.granularity if event.date else None,
        date.fromisoformat(published) if published else None,
        options,
    )
    loc = event.location
    return Mention(
        doc_id=doc_id, version=version, event_id=event.id, type=event.type, negated=event.negated,
        factuality=event.factuality, reciprocal=event.reciprocal, quad=event.quad,
        actor_countries=_countries(event.actor), recipient_countries=_countries(event.recipient),
        actor_names=_names(event.actor), recipient_names=_names(event.recipient),
        first=first, last=last,
        location_name=(loc.name or loc.text) if loc else None, location_country=loc.country if loc else None,
        lat=loc.lat if loc else None, lon=loc.lon if loc else None,
        source_key=source_key(url, doc_id),
    )


def _countries(actors: Iterable[Actor]) -> tuple[str, ...]:
    return tuple(sorted({a.country for a in actors if a.country}))


def _names(actors: Iterable[Actor]) -> tuple[str, ...]:
    return tuple(sorted({(a.name or a.text).lower() for a in actors}))


# --- blocking and clustering ------------------------------------------------------------------------


def _side(countries: Sequence[str], names: Sequence[str]) -> str:
    if countries:
        return "+".join(countries)
    return ("name:" + "+".join(names)) if names else "-"


def block_key(m: Mention) -> str:
    """Mentions that may be of one event share this key: type, factuality and dyad."""
    actor, recipient = _side(m.actor_countries, m.actor_names), _side(m.recipient_countries, m.recipient_names)
    if actor == "-" and recipient == "-":
        # Nobody identified on either side: nothing says two such mentions are one event.
        return f"{m.type}|solo|{m.doc_id}|{m.version}|{m.event_id}"
    if m.reciprocal:
        actor, recipient = sorted((actor, recipient))
    return f"{m.type}|{m.told}|{actor}|{recipient}"


def oriented(m: Mention) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(actor countries, recipient countries, actor names, recipient names) in the block key's order."""
    sides = (m.actor_countries, m.recipient_countries, m.actor_names, m.recipient_names)
    actor, recipient = _side(m.actor_countries, m.actor_names), _side(m.recipient_countries, m.recipient_names)
    if m.reciprocal and recipient < actor:
        return sides[1], sides[0], sides[3], sides[2]
    return sides


def cluster_mentions(mentions: Iterable[Mention], options: ClusterOptions | None = None) -> list[Cluster]:
    """Group mentions into clusters, block by block; the result is independent of input order."""
    options = options or ClusterOptions()
    blocks: dict[str, list[Mention]] = {}
    for mention in mentions:
        blocks.setdefault(block_key(mention), []).append(mention)
    clusters: list[Cluster] = []
    for key in sorted(blocks):
        clusters.extend(_cluster_block(key, sorted(blocks[key], key=lambda m: m.sort_key), options))
    return clusters


def _cluster_block(key: str, mentions: list[Mention], options: ClusterOptions) -> list[Cluster]:
    """Greedy grouping of one block's mentions, sorted day-precise first, then by day.

    A cluster's first mention has its earliest day, so clusters are created in order of ``lo``; bisecting on it
    keeps each mention's comparisons to the clusters near its date, not to the whole block.
    """
    precise: list[Cluster] = []
    coarse: list[Cluster] = []
    for mention in mentions:
        target = _target(mention, precise, coarse, options)
        if target is None:
            target = Cluster(key, lo=mention.first, hi=mention.last)
            if mention.first is not None:
                (precise if mention.precise else coarse).append(target)
            else:
                coarse.append(target)
        elif mention.precise and target.lo and target.hi and mention.first and mention.last:
            target.lo, target.hi = min(target.lo, mention.first), max(target.hi, mention.last)
        target.mentions.append(mention)
    return precise + coarse


def _target(m: Mention, precise: list[Cluster], coarse: list[Cluster], options: ClusterOptions) -> Cluster | None:
    if m.first is None or m.last is None:
        return None
    if m.precise:
        nearby = precise[bisect_left(precise, m.last - timedelta(days=options.max_span_days), key=_lo) :]
    else:
        window = slice(bisect_left(precise, m.first, key=_lo), bisect_right(precise, m.last, key=_lo))
        nearby = precise[window] + [c for c in coarse if c.lo is not None and m.first <= c.lo <= m.last]
    fits = [c for c in nearby if _dates_fit(c, m, options) and _places_fit(c, m, options)]
    # A coarse date ("in December") that fits several events cannot say which one it reports.
    return fits[-1] if fits and (m.precise or len(fits) == 1) else None


def _lo(cluster: Cluster) -> date:
    return cluster.lo or date.min


def _dates_fit(cluster: Cluster, m: Mention, options: ClusterOptions) -> bool:
    if cluster.lo is None or cluster.hi is None or m.first is None or m.last is None:
        return False
    if m.precise:
        if not cluster.mentions[0].precise:
            return cluster.lo <= m.first and m.last <= cluster.hi
        return (max(cluster.hi, m.last) - min(cluster.lo, m.first)).days <= options.max_span_days
    return m.first <= cluster.lo and cluster.hi <= m.last


def _places_fit(cluster: Cluster, m: Mention, options: ClusterOptions) -> bool:
    """Places fit unless they contradict: other countries, far-apart coordinates, or other unplaced names."""
    other = cluster.located
    if other is None or not (m.location_name or m.location_country):
        return True
    if other.location_country and m.location_country and other.location_country != m.location_country:
        return False
    if None not in (other.lat, other.lon, m.lat, m.lon):
        return _km(other, m) <= options.max_km
    if other.location_country and m.location_country:
        return True
    return (other.location_name or "").lower() == (m.location_name or "").lower()


def _km(a: Mention, b: Mention) -> float:
    """Great-circle distance between two geocoded mentions."""
    lat1, lon1, lat2, lon2 = (math.radians(v or 0.0) for v in (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))
