"""Factuality in the store (contract 1.1): the column and its migration, listings, timelines and clusters that
count asserted events by default, and the --factuality / factuality= option of the CLI and the HTTP API.

The events are written by hand (real ``accord.records`` objects through ``Store.write_batch``), so each
factuality is present whatever the coder makes of any text."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from accord.cli import main
from accord.dedup.recluster import recluster
from accord.records import Actor, DateRef, Document, Event, Extraction, Span
from accord.store import Filters, Store, open_store, parse_factuality
from accord.store.analytics import dyad_timeline
from accord.store.schema import MIGRATIONS
from accord.store.store import LogEntry, Placement
from test_api_support import serving


def _event(eid: str, factuality: str = "asserted", type_: str = "AGREE", day: str = "2026-03-09",
           reported: bool = False) -> Event:
    def side(code: str) -> tuple[Actor, ...]:
        return (Actor(text=code, name=code, country=code, sector="GOV"),)

    return Event(
        id=eid, type=type_, trigger=Span("signed", 10, 16), sentence=Span("They signed it.", 0, 15),
        actor=side("JPN"), recipient=side("AUS"), factuality=factuality, reported=reported,
        date=DateRef(day, 0, 6, day, "day"), quad="verbal_cooperation", score=4.2,
    )


def _write(store: Store, doc_id: str, events: list[Event]) -> None:
    body = f"Article {doc_id} about the pact."
    doc = Document(id=doc_id, text=body, published="2026-03-10", content_hash=f"h-{doc_id}")
    store.write_batch("run", [(Extraction(doc, events=tuple(events)), Placement("stored", 1))],
                      [LogEntry(doc_id, "stored", doc_id, 1)], store.counts()["ingest_log"])


# One article per way of telling a signing between Japan and Australia, two that assert it.
TOLD = {
    "a": [_event("a:e1"), _event("a:e2", "hypothetical")],  # "signed"; "may sign more"
    "b": [_event("b:e1", reported=True)],  # "officials said they signed"
    "c": [_event("c:e1", "future", day="2026-03-12")],  # "will sign on Thursday"
    "d": [_event("d:e1", "negated")],  # "did not sign"
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "told.duckdb"
    with open_store(path) as store:
        for doc_id, events in TOLD.items():
            _write(store, doc_id, events)
        recluster(store)
    return path


def test_the_store_keeps_each_event_s_factuality_and_source(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        rows = {r["id"]: r for r in store.events(factuality="all")}
    assert {k: (r["factuality"], r["negated"], r["reported"]) for k, r in rows.items()} == {
        "a:e1": ("asserted", False, False), "a:e2": ("hypothetical", False, False),
        "b:e1": ("asserted", False, True), "c:e1": ("future", False, False), "d:e1": ("negated", True, False),
    }


def test_listings_count_asserted_events_unless_told_otherwise(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        assert {r["id"] for r in store.events()} == {"a:e1", "b:e1"}
        assert {r["id"] for r in store.events(factuality="hypothetical,future")} == {"a:e2", "c:e1"}
        assert {r["id"] for r in store.events(Filters(factuality=("negated",)))} == {"d:e1"}
        assert {d["id"]: d["events"] for d in store.documents()} == {"a": 1, "b": 1, "c": 0, "d": 0}
        assert {d["id"]: d["events"] for d in store.documents(factuality="all")} == {"a": 2, "b": 1, "c": 1, "d": 1}
        actors = {a["country"]: a["events"] for a in store.actors()}
        assert actors == {"JPN": 2, "AUS": 2}


def test_timelines_and_clusters_count_asserted_events_by_default(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        asserted = dyad_timeline(store.con, "JPN", "AUS", Filters(), bucket="month")
        everything = dyad_timeline(store.con, "JPN", "AUS", Filters(factuality=None), bucket="month")
        mentions = dyad_timeline(store.con, "JPN", "AUS", Filters(), bucket="month", count="mentions")
        clusters = store.event_clusters()
        every_cluster = store.event_clusters(factuality="all")
    # the two asserted reports of the signing are one happening (one cluster) with two mentions
    assert [(b["events"], b["mentions"]) for b in asserted] == [(1, 2)]
    assert [(b["events"], b["mentions"]) for b in everything] == [(4, 5)]
    assert [(b["events"], b["mentions"]) for b in mentions] == [(2, 2)]
    assert [(c["factuality"], c["mention_count"]) for c in clusters] == [("asserted", 2)]
    # "did not sign", "may sign" and "will sign" are no reports of the signing: clusters of their own
    assert sorted(c["factuality"] for c in every_cluster) == ["asserted", "future", "hypothetical", "negated"]


@pytest.mark.parametrize(("value", "read"), [
    (None, ("asserted",)), ("", ("asserted",)), ("all", None), ("ALL", None),
    ("hypothetical, future", ("hypothetical", "future")), ("negated,negated", ("negated",)),
])
def test_the_factuality_option_reads(value: str | None, read: tuple[str, ...] | None) -> None:
    assert parse_factuality(value) == read


@pytest.mark.parametrize("value", ["maybe", "asserted,real", ","])
def test_an_unknown_factuality_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match="factuality must be"):
        parse_factuality(value)
    with pytest.raises(ValueError, match="factuality must be"):
        Filters(factuality=value)  # type: ignore[arg-type]


def test_the_cli_lists_asserted_events_unless_told_otherwise(db: Path) -> None:
    runner = CliRunner()
    default = runner.invoke(main, ["events", "--db", str(db), "--format", "json"])
    everything = runner.invoke(main, ["events", "--db", str(db), "--format", "json", "--factuality", "all"])
    bad = runner.invoke(main, ["events", "--db", str(db), "--factuality", "maybe"])
    assert default.exit_code == 0 and everything.exit_code == 0, default.output + everything.output
    assert sorted(e["id"] for e in json.loads(default.output)) == ["a:e1", "b:e1"]
    assert len(json.loads(everything.output)) == 5
    assert bad.exit_code == 2 and "factuality must be" in bad.output


def test_the_api_serves_asserted_events_unless_told_otherwise(db: Path) -> None:
    with serving(db) as server, server.client() as client:
        default = client.get("/events").json()["events"]
        future = client.get("/events", params={"factuality": "future"}).json()["events"]
        everything = client.get("/events", params={"factuality": "all"}).json()["events"]
        timeline = client.get("/dyads/JPN/AUS/timeline").json()["buckets"]
        bad = client.get("/events", params={"factuality": "maybe"})
    assert sorted(e["id"] for e in default) == ["a:e1", "b:e1"]
    assert [(e["id"], e["factuality"], e["negated"]) for e in future] == [("c:e1", "future", False)]
    assert len(everything) == 5 and [(b["events"], b["mentions"]) for b in timeline] == [(1, 2)]
    assert {e["id"]: e["reported"] for e in default} == {"a:e1": False, "b:e1": True}
    assert bad.status_code == 422 and "factuality" in bad.text


def test_a_store_of_contract_1_0_gets_the_factuality_of_its_negations(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER, applied_at TIMESTAMP)")
    for version, sql in MIGRATIONS:
        if version < 4:
            con.execute(sql)
            con.execute("INSERT INTO schema_version VALUES (?, now())", [version])
    row = ("doc", 1, "doc:e{}", "AGREE", "verbal_cooperation", "signed", 0, 6, "They signed.", 0, 12)
    insert = ("INSERT INTO events (doc_id, version, event_id, type, quad, trigger_text, trigger_start, trigger_end,"
              " sentence_text, sentence_start, sentence_end, negated, reciprocal, attributed_text)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)")
    con.execute(insert, [*row[:2], "doc:e1", *row[3:], True, None])
    con.execute(insert, [*row[:2], "doc:e2", *row[3:], False, "AFP"])
    con.close()
    with open_store(path) as store:
        found = store.con.execute("SELECT event_id, factuality, reported FROM events ORDER BY 1").fetchall()
        assert store.schema_version() == MIGRATIONS[-1][0]
    assert found == [("doc:e1", "negated", False), ("doc:e2", "asserted", True)]
