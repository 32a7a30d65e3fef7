"""Event clusters updated for the new documents only: the same clusters as clustering the whole store from
scratch, at a cost (mentions re-clustered) that does not grow with the store's history."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from accord.dedup.clusters import ClusterOptions
from accord.dedup.recluster import Interval, recluster, replay_start
from accord.records import Actor, DateRef, Document, Event, Extraction, Place, Span
from accord.store import open_store
from accord.store.store import LogEntry, Placement, Store

PLACES = (
    None, None,
    Place("Tokyo", 0, 5, name="Tokyo", country="JPN", lat=35.68, lon=139.69),
    Place("Yokohama", 0, 8, name="Yokohama", country="JPN", lat=35.44, lon=139.64),
    Place("Osaka", 0, 5, name="Osaka", country="JPN", lat=34.69, lon=135.50),
    Place("Canberra", 0, 8, name="Canberra", country="AUS", lat=-35.28, lon=149.13),
)
DYADS = (("JPN", "AUS", False), ("CHN", "JPN", False), ("JPN", "KOR", True), ("USA", None, False))
START = date(2026, 1, 5)


def _side(code: str | None) -> tuple[Actor, ...]:
    return (Actor(text=code, name=code, country=code, sector="GOV"),) if code else ()


def _event(rng: random.Random, eid: str, published: date, coarse: tuple[str, ...], late: int) -> Event:
    actor, recipient, reciprocal = rng.choice(DYADS)
    kind = rng.choices(["day", "late", *coarse, "none"], weights=[60, late, *([8] * len(coarse)), 8])[0]
    date_ref = None
    if kind in ("day", "late"):
        day = published - timedelta(days=rng.randint(0, 3) if kind == "day" else rng.randint(10, 40))
        date_ref = DateRef(day.isoformat(), 0, 6, day.isoformat(), "day")
    elif kind == "week":
        day = published - timedelta(days=rng.randint(0, 10))
        date_ref = DateRef(day.isoformat(), 0, 6, day.isoformat(), "week")
    elif kind == "month":
        value = (published - timedelta(days=rng.randint(0, 20))).isoformat()[:7]
        date_ref = DateRef(value, 0, 6, value, "month")
    elif kind == "year":
        date_ref = DateRef(str(published.year), 0, 4, str(published.year), "year")
    return Event(
        id=eid, type=rng.choice(["AGREE", "ACCUSE"]), trigger=Span("signed", 10, 16),
        sentence=Span("They signed it.", 0, 15), actor=_side(actor), recipient=_side(recipient),
        reciprocal=reciprocal, negated=rng.random() < 0.1, date=date_ref, location=rng.choice(PLACES),
        quad="verbal_cooperation", score=4.2,
    )


Article = tuple[str, int, date, list[Event], str]


def _days(seed: int, days: int, per_day: tuple[int, int], coarse: tuple[str, ...],
          late: int = 5, corrections: float = 0.3) -> list[list[Article]]:
    """Each day's articles (id, version, published, events, url); some events reported weeks later (weight
    ``late``); now and then a corrected new version of an earlier article (share ``corrections`` of days)."""
    rng = random.Random(seed)
    out: list[list[Article]] = []
    written: list[Article] = []
    for d in range(days):
        published = START + timedelta(days=d)
        today: list[Article] = []
        for i in range(rng.randint(*per_day)):
            doc_id = f"d{d:03d}-{i}"
            events = [_event(rng, f"{doc_id}:e{k}", published, coarse, late) for k in range(rng.randint(1, 3))]
            today.append((doc_id, 1, published, events, f"https://outlet-{rng.randint(0, 4)}.example/{doc_id}"))
        if written and rng.random() < corrections:
            doc_id, version, old_day, _, url = rng.choice(written)
            events = [_event(rng, f"{doc_id}:v{version + 1}e{k}", old_day, coarse, late)
                      for k in range(rng.randint(0, 2))]
            today.append((doc_id, version + 1, old_day, events, url))
        written = [a for a in written if a[0] not in {t[0] for t in today}] + today
        out.append(today)
    return out


def _write(store: Store, articles: list[Article]) -> None:
    """One day's articles, written as one batch."""
    stored, log = [], []
    for doc_id, version, published, events, url in articles:
        text = f"Article {doc_id}, version {version}."
        doc = Document(id=doc_id, text=text, url=url, published=published.isoformat(),
                       content_hash=f"h-{doc_id}-{version}")
        status = "stored" if version == 1 else "new_version"
        stored.append((Extraction(doc, events=tuple(events)), Placement(status, version)))
        log.append(LogEntry(doc_id, status, doc_id, version))
    store.write_batch("run", stored, log, store.counts()["ingest_log"])


def _snapshot(store: Store) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    clusters = store.con.execute(
        "SELECT cluster_id, block_key, type, factuality, actor_countries, recipient_countries, first_day, last_day,"
        " location_name, mention_count, article_count, source_count FROM event_clusters ORDER BY cluster_id"
    ).fetchall()
    members = store.con.execute(
        "SELECT cluster_id, block_key, doc_id, version, event_id, source_key, first_day, last_day, precise"
        " FROM event_cluster_members ORDER BY ALL"
    ).fetchall()
    return clusters, members


@pytest.mark.parametrize("seed", [1, 2])
def test_day_by_day_equals_clustering_everything_at_once(tmp_path: Path, seed: int) -> None:
    days = _days(seed, 35, (3, 8), ("week", "month", "year"))
    with open_store(tmp_path / "inc.duckdb") as inc, open_store(tmp_path / "all.duckdb") as full:
        for articles in days:
            _write(inc, articles)
            recluster(inc)
        for articles in days:
            _write(full, articles)
        recluster(full)
        assert _snapshot(inc) == _snapshot(full)
        assert len(_snapshot(inc)[0]) > 80
        assert recluster(inc).blocks == 0  # nothing new: nothing re-clustered


def test_a_store_clustered_before_intervals_were_kept_is_rebuilt_once(tmp_path: Path) -> None:
    days = _days(9, 10, (3, 6), ("month",))
    with open_store(tmp_path / "old.duckdb") as store, open_store(tmp_path / "all.duckdb") as full:
        for articles in days[:5]:
            _write(store, articles)
        recluster(store)
        store.con.execute("UPDATE event_cluster_members SET first_day = NULL, last_day = NULL, precise = NULL")
        for articles in days[5:]:
            _write(store, articles)
        stats = recluster(store)
        for articles in days:
            _write(full, articles)
        recluster(full)
        assert (stats.replayed,) == full.con.execute("SELECT count(*) FROM event_cluster_members").fetchone()
        assert _snapshot(store) == _snapshot(full)


def _cost_of_one_more_day(tmp_path: Path, history_days: int) -> tuple[int, int]:
    """(mentions re-clustered by the last day's ingest, mentions of the blocks it touched = what rebuilding
    those blocks whole re-clustered)."""
    days = _days(5, history_days + 1, (12, 12), ("week", "month"), late=0, corrections=0.0)
    with open_store(tmp_path / f"h{history_days}.duckdb") as store:
        for articles in days[:-1]:
            _write(store, articles)
        recluster(store)  # the history, clustered
        _write(store, days[-1])
        stats = recluster(store)
        touched = store.con.execute(
            "SELECT count(*) FROM event_cluster_members WHERE block_key IN"
            " (SELECT block_key FROM event_cluster_members WHERE list_contains(?, doc_id))",
            [[a[0] for a in days[-1]]],
        ).fetchone()
        assert touched is not None
        return stats.replayed, int(touched[0])


def test_the_cost_of_an_ingest_does_not_grow_with_history(tmp_path: Path) -> None:
    """Days of 12 articles with day-, week- and month-dated events: the last day's clustering re-clusters about
    as many mentions after 160 days of history as after 40 (a month-dated mention reaches back a month at
    most), while whole blocks grow with the history."""
    short, short_blocks = _cost_of_one_more_day(tmp_path, 40)
    long, long_blocks = _cost_of_one_more_day(tmp_path, 160)
    assert long_blocks > 3 * short_blocks  # what rebuilding whole blocks cost grows with history
    assert long < 2 * short  # the incremental cost does not (linear growth would be 4x)


def test_replay_start() -> None:
    options = ClusterOptions()
    day = date(2026, 3, 10)
    precise = Interval(day, day, True)
    assert replay_start([precise], [], options) == day - timedelta(days=3)
    march = Interval(date(2026, 3, 1), date(2026, 3, 31), False)
    february = Interval(date(2026, 2, 1), date(2026, 2, 28), False)
    # A month reaching the new mention's days may decide otherwise now: the start goes back to its first day.
    assert replay_start([precise], [march, february], options) == date(2026, 3, 1)
    assert replay_start([march], [], options) == date(2026, 3, 1)
    assert replay_start([Interval(None, None, False)], [march], options) is None
