"""The store writer, fuzzed: generated records with hostile values go through the real write path into a
real DuckDB. Every document is either stored whole or logged failed with a reason naming the value; the
other documents of the batch are stored all the same; nothing raises."""

from __future__ import annotations

import math
import uuid
from datetime import date
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.errors import RecordError
from accord.ingest.normalise import make_document
from accord.records import Actor, DateRef, Event, Extraction, Quantity, Sentence, Span
from accord.store import Store
from accord.store.store import LogEntry, Placement

TEXT = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=30),
    st.sampled_from(["", "a\x00b", "\ud800", "<script>alert(1)</script>", "x" * 5000, "'; DROP TABLE events; --"]),
)
NUMBER = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(min_value=-(2**70), max_value=2**70))
OFFSET = st.one_of(st.integers(min_value=0, max_value=10_000), st.integers(min_value=2**31, max_value=2**40))
DATES = st.one_of(
    st.none(),
    st.builds(lambda d, g: DateRef("when", 0, 4, d.isoformat(), g, first_day=d.isoformat()),
              st.dates(min_value=date(1, 1, 1)), st.sampled_from(["day", "week", "decade"])),
    st.sampled_from([DateRef("x", 0, 1, "2019-W08", "week", first_day="2019-W08-01"),
                     DateRef("x", 0, 1, "199", "decade", first_day="1990-01-01"),
                     DateRef("x", 0, 1, "2999", "year", first_day="2999-01-01")]),
)


@st.composite
def extractions(draw: st.DrawFn, index: int = 0) -> Extraction:
    document = make_document(id=f"doc-{index}-{draw(st.integers(0, 10**9))}", text=draw(TEXT) or "text",
                             published=draw(st.one_of(st.none(), st.dates().map(date.isoformat))),
                             url=draw(st.one_of(st.none(), st.sampled_from(["javascript:alert(1)", "https://a.example/x"]))))
    actor = Actor(draw(TEXT), name=draw(st.one_of(st.none(), TEXT)), country=draw(st.one_of(st.none(), TEXT)),
                  start=draw(st.one_of(st.none(), OFFSET)), end=draw(st.one_of(st.none(), OFFSET)),
                  rule=draw(st.one_of(st.none(), TEXT)), organisation=draw(st.one_of(st.none(), TEXT)))
    event = Event(id=f"{document.id}:e1", type=draw(st.sampled_from(["AGREE", "ASSAULT"])),
                  trigger=Span(draw(TEXT), draw(OFFSET), draw(OFFSET)), sentence=Span(draw(TEXT), 0, 5),
                  actor=(actor,), score=draw(st.one_of(st.none(), NUMBER)), date=draw(DATES),
                  confidence=draw(st.floats(allow_nan=True)))
    quantity = Quantity(draw(TEXT), 0, 3, draw(st.one_of(st.none(), NUMBER)), unit=draw(st.one_of(st.none(), TEXT)))
    return Extraction(document, sentences=(Sentence(0, draw(TEXT), 0, draw(OFFSET)),), actors=(actor,),
                      events=(event,), quantities=(quantity,), dates=tuple(d for d in [draw(DATES)] if d))


def _batch(items: list[Extraction]) -> tuple[list[tuple[Extraction, Placement]], list[LogEntry]]:
    stored = [(x, Placement("stored", 1)) for x in items]
    log = [LogEntry(x.document.id, "stored", x.document.id, 1, None, x.document.content_hash) for x in items]
    return stored, log


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(extractions(), min_size=1, max_size=4, unique_by=lambda x: x.document.id))
def test_every_document_is_stored_whole_or_failed_with_a_reason(batch: list[Extraction]) -> None:
    with Store(":memory:") as store:
        _write_and_check(store, batch)


def _write_and_check(store: Store, batch: list[Extraction]) -> None:
    stored, log = _batch(batch)
    run = f"fuzz-{uuid.uuid4().hex}"
    written = store.write_batch(run, stored, log, 0)
    assert [e.doc_id for e in written] == [x.document.id for x in batch]
    for entry, extraction in zip(written, batch, strict=True):
        key = [entry.doc_id]
        documents = store.con.execute("SELECT count(*) FROM documents WHERE doc_id = ?", key).fetchone()
        events = store.con.execute("SELECT count(*) FROM events WHERE doc_id = ?", key).fetchone()
        if entry.status == "failed":
            assert entry.reason and "not stored" in entry.reason
            assert documents == (0,) and events == (0,)  # nothing half-written
        else:
            assert entry.status == "stored" and documents == (1,) and events == (len(extraction.events),)
            _stored_values_are_sane(store, entry.doc_id or "")
    logged = store.con.execute("SELECT count(*) FROM ingest_log WHERE run_id = ?", [run]).fetchone()
    assert logged == (len(batch),)


def _stored_values_are_sane(store: Store, doc_id: str) -> None:
    url = store.con.execute("SELECT url FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
    assert url is not None and (url[0] is None or url[0].startswith("https://"))
    for day, published in store.con.execute(
        "SELECT e.event_day, d.published FROM events e JOIN documents d USING (doc_id, version) WHERE doc_id = ?",
        [doc_id],
    ).fetchall():
        if day is not None:
            assert day.year >= 1
            if published is not None:
                assert day <= published.replace(year=min(published.year + 1, 9999), day=min(published.day, 28))
    for (score,) in store.con.execute("SELECT score FROM events WHERE doc_id = ?", [doc_id]).fetchall():
        assert score is None or math.isfinite(score)


def test_a_week_is_stored_by_its_first_day_and_a_bad_day_fails_its_document_alone(tmp_path: Path) -> None:
    def extraction(doc_id: str, when: DateRef) -> Extraction:
        document = make_document(id=doc_id, text=f"Chile and Peru met ({doc_id}).", published="2019-02-27")
        event = Event(f"{doc_id}:e1", "CONSULT", Span("met", 15, 18), Span("Chile and Peru met.", 0, 18), date=when)
        return Extraction(document, events=(event,))

    good = extraction("good", DateRef("last week", 0, 9, "2019-W08", "week", first_day="2019-02-18"))
    bad = extraction("bad", DateRef("last week", 0, 9, "2019-W08", "week", first_day="2019-W08-01"))
    decade = extraction("decade", DateRef("the 1990s", 0, 9, "199", "decade", first_day="1990-01-01"))
    with Store(tmp_path / "a.duckdb") as store:
        written = store.write_batch("r", *_batch([good, bad, decade]), 0)
        assert [e.status for e in written] == ["stored", "failed", "stored"]
        assert "first_day '2019-W08-01'" in (written[1].reason or "")
        rows = dict(store.con.execute("SELECT doc_id, event_day FROM events").fetchall())
    assert rows == {"good": date(2019, 2, 18), "decade": date(1990, 1, 1)}


def test_inserts_name_their_columns(tmp_path: Path) -> None:
    """A column added by a migration cannot shift values into the wrong column: inserts are by name."""
    with Store(tmp_path / "a.duckdb") as store:
        shape = store.shapes["actors"]
        assert "rule" in shape.names and "organisation" in shape.names
        assert shape.insert_sql().startswith("INSERT INTO actors (doc_id, version, idx, text")
        with pytest.raises(RecordError, match="no column"):
            shape.row({"doc_id": "d", "version": 1, "idx": 0, "text": "x", "nonsense": 1})


def test_an_old_store_gains_the_new_columns(tmp_path: Path) -> None:
    """Migration 3 on a store made by schema version 2: the new columns appear and decades move off year 199."""
    from accord.store.schema import MIGRATIONS

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER, applied_at TIMESTAMP)")
    for version, sql in MIGRATIONS[:2]:
        con.execute(sql)
        con.execute("INSERT INTO schema_version VALUES (?, now())", [version])
    con.execute("INSERT INTO events (doc_id, version, event_id, type, negated, reciprocal, date, date_granularity,"
                " event_day, trigger_text, trigger_start, trigger_end, sentence_text, sentence_start, sentence_end)"
                " VALUES ('d', 1, 'd:e1', 'AGREE', false, false, '199', 'decade', DATE '0199-01-01', 't', 0, 1,"
                " 's', 0, 1)")
    con.close()
    with Store(path) as store:
        assert {"rule", "organisation"} <= set(store.shapes["actors"].names)
        assert "first_day" in store.shapes["dates"].names
        day = store.con.execute("SELECT event_day FROM events").fetchone()
    assert day == (date(1990, 1, 1),)
