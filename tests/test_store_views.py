"""The read side's date range and buckets: the stats' date span leaves out days no news event has (a year
0198), and bucket arithmetic (weeks from Monday, quarters, years) agrees with
DuckDB's date_trunc. Events are written by hand through ``Store.write_batch``."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import duckdb
import pytest

from accord.records import Actor, DateRef, Document, Event, Extraction, Span
from accord.store import Filters, open_store
from accord.store.analytics import (
    BUCKETS,
    MAX_BUCKETS,
    TooManyBuckets,
    bucket_start,
    next_bucket,
    store_stats,
    timeline,
)
from accord.store.store import LogEntry, Placement


def _event(eid: str, day: str) -> Event:
    side = (Actor(text="Japan", name="Japan", country="JPN", sector="GOV"),)
    return Event(id=eid, type="AGREE", trigger=Span("signed", 10, 16), sentence=Span("They signed it.", 0, 15),
                 actor=side, recipient=(Actor(text="Peru", name="Peru", country="PER", sector="GOV"),),
                 date=DateRef(day, 0, 6, day, "day", first_day=day), quad="verbal_cooperation", score=4.2)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "dates.duckdb"
    doc = Document(id="a", text="Article a about the pact.", published="2024-05-10", content_hash="h-a")
    events = (_event("a:e1", "2024-05-09"), _event("a:e2", "2024-02-01"), _event("a:e3", "0198-05-09"))
    with open_store(path) as store:
        store.write_batch("run", [(Extraction(doc, events=events), Placement("stored", 1))],
                          [LogEntry("a", "stored", "a", 1)], 0)
    return path


def test_the_date_span_is_that_of_plausibly_dated_events(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        stats = store_stats(store.con)
        assert (stats["first_day"], stats["last_day"]) == ("2024-02-01", "2024-05-09")
        assert stats["events"] == 3  # the odd one stays in the store and the listings
        in_span = timeline(store.con, Filters(since="2024-01-01", until="2024-12-31"), bucket="quarter")
        assert [(b["start"], b["end"], b["events"]) for b in in_span] == [
            ("2024-01-01", "2024-03-31", 1), ("2024-04-01", "2024-06-30", 1), ("2024-07-01", "2024-09-30", 0),
            ("2024-10-01", "2024-12-31", 0)]
        with pytest.raises(TooManyBuckets, match="choose a larger bucket"):
            timeline(store.con, Filters(), bucket="month")  # 0198 to 2026 in months
        assert sum(b["events"] for b in timeline(store.con, Filters(since="1900"), bucket="year")) == 2


@pytest.mark.parametrize("bucket", BUCKETS)
def test_bucket_arithmetic_agrees_with_duckdb(bucket: str) -> None:
    con = duckdb.connect()
    day = date(2023, 11, 27)
    for _ in range(500):
        want = con.execute(f"SELECT CAST(date_trunc('{bucket}', CAST(? AS DATE)) AS DATE)", [day]).fetchone()
        assert want is not None and bucket_start(day, bucket) == want[0]  # type: ignore[arg-type]
        start = bucket_start(day, bucket)  # type: ignore[arg-type]
        following = next_bucket(start, bucket)  # type: ignore[arg-type]
        assert following > day and bucket_start(following - timedelta(days=1), bucket) == start  # type: ignore[arg-type]
        day += timedelta(days=3)
    assert MAX_BUCKETS >= 1000
