"""Cross-article event clustering: mentions of one real-world event become one cluster with its counts."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from accord.dedup.clusters import ClusterOptions, Mention, cluster_mentions, mention_from_event
from accord.dedup.recluster import recluster
from accord.records import Actor, DateRef, Document, Event, Extraction, Place, Span
from accord.store import open_store
from accord.store.queries import Filters
from accord.store.store import LogEntry, Placement, Store

TOKYO = Place("Tokyo", 0, 5, name="Tokyo", country="JPN", lat=35.68, lon=139.69)
YOKOHAMA = Place("Yokohama", 0, 8, name="Yokohama", country="JPN", lat=35.44, lon=139.64)
OSAKA = Place("Osaka", 0, 5, name="Osaka", country="JPN", lat=34.69, lon=135.50)
CANBERRA = Place("Canberra", 0, 8, name="Canberra", country="AUS", lat=-35.28, lon=149.13)


def event(
    eid: str, type_: str = "AGREE", actor: str | None = "JPN", recipient: str | None = "AUS", *,
    day: str | None = "2026-03-09", granularity: str = "day", place: Place | None = None,
    reciprocal: bool = False, negated: bool = False,
) -> Event:
    def side(code: str | None) -> tuple[Actor, ...]:
        return (Actor(text=code, name=code, country=code, sector="GOV"),) if code else ()

    return Event(
        id=eid, type=type_, trigger=Span("signed", 10, 16), sentence=Span("They signed it.", 0, 15),
        actor=side(actor), recipient=side(recipient), reciprocal=reciprocal, negated=negated,
        date=DateRef(day, 0, 6, day, granularity) if day else None, location=place,
        quad="verbal_cooperation", score=4.2,
    )


def mention(doc: str, e: Event, url: str | None = None, published: str | None = "2026-03-10") -> Mention:
    return mention_from_event(e, doc, published=published, url=url)


def groups(mentions: list[Mention]) -> list[list[str]]:
    return sorted(sorted(f"{m.doc_id}/{m.event_id}" for m in c.mentions) for c in cluster_mentions(mentions))


def test_one_event_reported_by_three_articles_from_two_outlets() -> None:
    clusters = cluster_mentions([
        mention("a1", event("a1:e1", place=TOKYO), "https://wire-a.example/x"),
        mention("b1", event("b1:e1"), "https://www.paper-b.example/y"),
        mention("b2", event("b2:e4", day="2026-03-10", place=YOKOHAMA), "https://paper-b.example/z"),
    ])
    assert len(clusters) == 1
    (cluster,) = clusters
    assert (len(cluster.mentions), cluster.article_count, cluster.source_count) == (3, 3, 2)


@pytest.mark.parametrize(
    ("other", "same"),
    [
        (event("b:e1", actor="AUS", recipient="JPN"), False),  # the other direction is another event
        (event("b:e1", type_="CONSULT"), False),
        (event("b:e1", negated=True), False),  # "did not sign" is not a report of the signing
        (replace(event("b:e1"), factuality="hypothetical"), False),  # nor is "may sign"
        (replace(event("b:e1"), factuality="future"), False),  # nor "will sign"
        (event("b:e1", day="2026-03-10"), True),
        (event("b:e1", day="2026-03-14"), False),  # days apart: a second signing, not the same one
        (event("b:e1", place=CANBERRA), False),
        (event("b:e1", place=OSAKA), False),  # same country, 400 km away
        (event("b:e1", place=YOKOHAMA), True),
        (event("b:e1", day=None), True),  # undated: happened on its publication day or the day before
        (event("b:e1", recipient=None), False),  # a mention missing a side is not matched by guesswork
    ],
)
def test_what_counts_as_the_same_event(other: Event, same: bool) -> None:
    found = groups([mention("a", event("a:e1", place=TOKYO)), mention("b", other)])
    assert (len(found) == 1) is same


def test_reciprocal_events_match_in_either_order() -> None:
    found = groups([
        mention("a", event("a:e1", reciprocal=True)),
        mention("b", event("b:e1", actor="AUS", recipient="JPN", reciprocal=True)),
    ])
    assert found == [["a/a:e1", "b/b:e1"]]


def test_a_month_date_joins_the_only_event_it_fits_and_stays_alone_when_ambiguous() -> None:
    month = event("c:e1", day="2026-03", granularity="month")
    assert len(groups([mention("a", event("a:e1")), mention("c", month)])) == 1
    two_signings = [mention("a", event("a:e1")), mention("b", event("b:e1", day="2026-03-20")), mention("c", month)]
    assert len(groups(two_signings)) == 3


def test_nobody_on_either_side_is_never_merged() -> None:
    found = groups([mention("a", event("a:e1", actor=None, recipient=None)),
                    mention("b", event("b:e1", actor=None, recipient=None))])
    assert len(found) == 2


def test_result_does_not_depend_on_input_order() -> None:
    mentions = [
        mention(f"d{i}", event(f"d{i}:e1", day=f"2026-03-{9 + (i % 7):02d}", recipient=("AUS", "CHN")[i % 2]))
        for i in range(30)
    ]
    expected = [(c.id, [m.doc_id for m in c.mentions]) for c in cluster_mentions(mentions)]
    for seed in range(3):
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        assert [(c.id, [m.doc_id for m in c.mentions]) for c in cluster_mentions(shuffled)] == expected


def test_span_option_widens_the_window() -> None:
    pair = [mention("a", event("a:e1")), mention("b", event("b:e1", day="2026-03-14"))]
    assert len(cluster_mentions(pair, ClusterOptions(max_span_days=7))) == 1


# --- in the store ---------------------------------------------------------------------------------


def write(store: Store, doc_id: str, events: list[Event], *, url: str | None = None, version: int = 1,
          text: str | None = None) -> None:
    body = text or f"Article {doc_id} about the pact."
    doc = Document(id=doc_id, text=body, url=url, published="2026-03-10", content_hash=f"h-{doc_id}-{body}")
    status = "stored" if version == 1 else "new_version"
    store.write_batch("run", [(Extraction(doc, events=tuple(events)), Placement(status, version))],
                      [LogEntry(doc_id, status, doc_id, version)], store.counts()["ingest_log"])


def snapshot(store: Store) -> list[tuple[object, ...]]:
    return sorted(store.con.execute(
        "SELECT c.cluster_id, c.mention_count, c.article_count, c.source_count, c.first_day, c.last_day,"
        " list(m.event_id ORDER BY m.event_id) FROM event_clusters c JOIN event_cluster_members m USING (cluster_id)"
        " GROUP BY ALL"
    ).fetchall())


def _articles() -> list[tuple[str, list[Event], str]]:
    return [
        ("a1", [event("a1:e1", place=TOKYO), event("a1:e2", type_="ACCUSE", actor="CHN", recipient="JPN")],
         "https://wire-a.example/1"),
        ("b1", [event("b1:e1")], "https://paper-b.example/1"),
        ("c1", [event("c1:e1", day="2026-03-10"), event("c1:e2", type_="ACCUSE", actor="CHN", recipient="JPN")],
         "https://news-c.example/1"),
    ]


def test_store_clusters_queries_and_incremental_equals_from_scratch(tmp_path: Path) -> None:
    with open_store(tmp_path / "inc.duckdb") as inc, open_store(tmp_path / "all.duckdb") as full:
        articles = _articles()
        for doc_id, events, url in articles[:2]:
            write(inc, doc_id, events, url=url)
        assert recluster(inc).clusters == 2
        write(inc, *articles[2][:2], url=articles[2][2])
        stats = recluster(inc)
        assert stats.new_mentions == 2
        for doc_id, events, url in articles:
            write(full, doc_id, events, url=url)
        recluster(full)
        assert snapshot(inc) == snapshot(full)

        rows = inc.event_clusters(Filters(type="AGREE"))
        assert [(r["mention_count"], r["article_count"], r["source_count"]) for r in rows] == [(3, 3, 3)]
        assert rows[0]["mentions"] == ["a1:e1", "b1:e1", "c1:e1"]
        assert rows[0]["location_name"] == "Tokyo" and str(rows[0]["first_day"]) == "2026-03-09"
        assert [r["type"] for r in inc.event_clusters(actor="CHN")] == ["ACCUSE"]
        assert inc.event_clusters(actor="RUS") == []
        mentions = inc.cluster_mentions(rows[0]["id"])
        assert [m["id"] for m in mentions] == ["a1:e1", "b1:e1", "c1:e1"]
        assert recluster(inc).blocks == 0  # nothing new: nothing rebuilt


def test_a_new_version_replaces_its_mentions(tmp_path: Path) -> None:
    with open_store(tmp_path / "v.duckdb") as store:
        for doc_id, events, url in _articles():
            write(store, doc_id, events, url=url)
        recluster(store)
        # b1 is corrected: the signing was not Japan-Australia after all, but Japan-India.
        write(store, "b1", [event("b1:e1", recipient="IND")], version=2, text="Corrected article b1.")
        recluster(store)
        counts = {r["type"] + ">" + "+".join(r["recipient_countries"]): r["mention_count"]
                  for r in store.event_clusters()}
        members = store.con.execute("SELECT count(*) FROM event_cluster_members WHERE doc_id = 'b1'").fetchall()
    assert counts == {"AGREE>AUS": 2, "AGREE>IND": 1, "ACCUSE>JPN": 2}
    assert members == [(1,)]


def test_end_to_end_with_the_real_event_coder(tmp_path: Path) -> None:
    from accord.nlp import STAGE_FACTORIES

    if "accord_events_v1" not in STAGE_FACTORIES:
        pytest.skip("the event coder stage is not registered yet")
    from accord.batch import ingest
    from accord.ingest.readers import read_inputs
    from accord.pipeline import Pipeline

    corpus = Path(__file__).parent / "fixtures" / "corpus"
    with open_store(tmp_path / "e2e.duckdb") as store:
        ingest(read_inputs([str(corpus / "wire_a.jsonl"), str(corpus / "outlets_bc.jsonl")]), store, Pipeline())
        n_events = store.con.execute(
            "SELECT count(*) FROM events e JOIN documents d USING (doc_id, version) WHERE d.is_current"
        ).fetchone()
        clusters = store.event_clusters(limit=10_000, factuality="all")  # the non-asserted mentions too
        asserted = store.event_clusters(limit=10_000)  # the default: clusters of asserted mentions
        coded = {r[0] for r in store.con.execute("SELECT DISTINCT doc_id FROM events").fetchall()}
    assert n_events is not None and n_events[0] > 0
    assert sum(c["mention_count"] for c in clusters) == n_events[0]  # every mention in exactly one cluster
    assert all(c["source_count"] <= c["article_count"] <= c["mention_count"] for c in clusters)
    assert {c["factuality"] for c in asserted} == {"asserted"} and len(asserted) < len(clusters)
    assert not {"paper-b-17", "paper-b-23"} & coded  # reprints are linked, never coded
    # The corpus re-reports a signing, a protest and an aid delivery in other words: some merge across articles.
    assert any(c["article_count"] >= 2 for c in clusters)


def test_a_reciprocal_event_lists_each_side_once(tmp_path: Path) -> None:
    with open_store(tmp_path / "r.duckdb") as store:
        write(store, "a", [event("a:e1", actor="JPN", recipient="AUS", reciprocal=True)])
        write(store, "b", [event("b:e1", actor="AUS", recipient="JPN", reciprocal=True)])
        recluster(store)
        (row,) = store.event_clusters()
    assert (row["actor_countries"], row["recipient_countries"], row["mention_count"]) == (["AUS"], ["JPN"], 2)


def test_cli_lists_events_or_mentions(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from accord.cli import main

    db = tmp_path / "cli.duckdb"
    with open_store(db) as store:
        for doc_id, events, url in _articles():
            write(store, doc_id, events, url=url)
        recluster(store)
    runner = CliRunner()
    mentions = runner.invoke(main, ["events", "--db", str(db), "--format", "json", "--type", "AGREE"])
    clusters = runner.invoke(main, ["events", "--clusters", "--db", str(db), "--format", "json", "--type", "AGREE"])
    assert mentions.exit_code == 0 and clusters.exit_code == 0, mentions.output + clusters.output
    assert len(json.loads(mentions.output)) == 3
    assert [c["mention_count"] for c in json.loads(clusters.output)] == [3]
