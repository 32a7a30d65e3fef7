"""`accord eval audit`: the seeded draw, the judging sheet and the scoring of verdicts, on hand-made cases."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from accord.cli import main
from accord.errors import EvalError
from accord.eval.audit import (
    FIELDS,
    INSTRUCTIONS,
    VERDICTS,
    draw_events,
    draw_rank,
    is_excluded,
    read_sheet,
    score_sheet,
    write_sheet,
)
from accord.eval.metrics import wilson_interval
from accord.ingest import make_document
from accord.records import Actor, DateRef, Document, Event, Extraction, Sentence, Span


def _extraction(doc_id: str, events: int, negated_every: int = 0) -> Extraction:
    sentences = tuple(Sentence(i, f"Sentence {i} of {doc_id}.", i * 30, i * 30 + 20) for i in range(events))
    made = tuple(
        Event(id=f"{doc_id}:e{i}", type="ACCUSE", trigger=Span("blamed", i * 30 + 2, i * 30 + 8),
              sentence=Span(s.text, s.start, s.end), actor=(Actor("Chile", "Chile", "CHL", "GOV"),),
              recipient=(Actor("Peru", None, "PER", "GOV"), Actor("Lima", None, "PER", "GOV")),
              negated=bool(negated_every) and i % negated_every == 0)
        for i, s in enumerate(sentences))
    return Extraction(Document(doc_id, "x" * (events * 30)), sentences=sentences, events=made)


CORPUS = [_extraction(f"d{n}", 6, negated_every=3) for n in range(5)]  # 30 events, 20 asserted


def test_the_draw_is_seeded_uniform_and_skips_what_is_not_asserted() -> None:
    rows = draw_events(CORPUS, 8, seed=0)
    assert rows == draw_events(CORPUS, 8, seed=0)
    assert [r["event_id"] for r in rows] != [r["event_id"] for r in draw_events(CORPUS, 8, seed=1)]
    asserted = [(e.id, x.document.id) for x in CORPUS for e in x.events if not e.negated]
    lowest = sorted(asserted, key=lambda pair: draw_rank(0, pair[1], pair[0]))[:8]
    assert {r["event_id"] for r in rows} == {event_id for event_id, _ in lowest}
    assert [r["row"] for r in rows] == [str(i) for i in range(1, 9)]
    keys = [(int(r["doc_id"][1:]), int(r["event_id"].rsplit("e", 1)[1])) for r in rows]
    assert keys == sorted(keys)  # in document and text order, for the judges
    assert len(draw_events(CORPUS, 100, seed=0)) == 20
    with pytest.raises(EvalError):
        draw_events(CORPUS, 0, seed=0)


def test_sheet_rows_carry_the_neighbours_and_the_fields() -> None:
    rows = {r["event_id"]: r for r in draw_events(CORPUS[:1], 10, seed=0)}
    row = rows["d0:e1"]
    assert (row["previous_sentence"], row["sentence"], row["next_sentence"]) == (
        "Sentence 0 of d0.", "Sentence 1 of d0.", "Sentence 2 of d0.")
    assert row["recipient_country"] == "PER; PER" and row["recipient_name"] == "; "
    assert row["actor_name"] == "Chile" and row["factuality"] == "asserted" and row["negated"] == "false"
    assert all(row[v] == "" for v in VERDICTS) and list(row) == list(FIELDS)
    assert row["event_date"] == row["event_date_granularity"] == ""  # undated: both empty


def test_a_dated_event_shows_its_date_with_its_granularity() -> None:
    """Judges read "198" as malformed unless the sheet says it is a decade (the contract's TIMEX3 value)."""
    base = CORPUS[0]
    decade = DateRef(text="the 1980s", start=0, end=9, value="198", granularity="decade")
    dated = Extraction(base.document, sentences=base.sentences,
                       events=tuple(replace(e, date=decade) for e in base.events))
    row = draw_events([dated], 1, seed=0)[0]
    assert (row["event_date"], row["event_date_granularity"]) == ("198", "decade")
    assert "198 a decade" in INSTRUCTIONS


def test_sheets_are_written_with_instructions_and_read_back(tmp_path: Path) -> None:
    rows = draw_events(CORPUS, 5, seed=3)
    instructions = write_sheet(rows, tmp_path / "sheet.csv")
    assert "y (right), n (wrong) or na" in instructions.read_text(encoding="utf-8")
    assert [dict(r) for r in read_sheet(tmp_path / "sheet.csv")] == rows
    (tmp_path / "other.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(EvalError, match="not an audit sheet"):
        read_sheet(tmp_path / "other.csv")


def _judged(*verdicts: str) -> list[dict[str, str]]:
    """One row per string of six letters (y/n/a for na; '-' leaves the row unjudged)."""
    values = {"y": "y", "n": "n", "a": "na"}
    return [{"event_id": str(i), **{name: "" if c == "-" else values[c] for name, c in zip(VERDICTS, v, strict=True)}}
            for i, v in enumerate(verdicts)]


def test_shares_have_every_judged_event_as_denominator() -> None:
    rows = _judged("yyyyyy", "yyyyyy", "yyyynn", "yynyyy", "yyynyy", "naaaaa", "nyyyyy", "------")
    report = score_sheet(rows)
    shares = {s.name: s for s in report.shares}
    assert (report.judged, report.unjudged) == (7, 1)
    assert (shares["real event"].right, shares["real event"].total) == (5, 7)
    assert shares["type"].right == 5  # a spurious event's type is not right, whatever its verdicts say
    assert shares["source actor"].right == 4 and shares["target"].right == 4
    assert shares["date"].right == 4 and shares["place"].right == 4
    assert shares["type + both actors"].right == 3 and shares["everything"].right == 2
    assert shares["type"].real == 5
    as_dict = shares["real event"].to_dict()
    low, high = wilson_interval(5, 7)
    assert (as_dict["ci95_low"], as_dict["ci95_high"]) == (round(low, 4), round(high, 4))


def test_wilson_interval() -> None:
    low, high = wilson_interval(8, 10)
    assert (round(low, 3), round(high, 3)) == (0.490, 0.943)
    assert wilson_interval(0, 0) == (0.0, 1.0)
    low, high = wilson_interval(0, 20)
    assert low == 0.0 and 0.15 < high < 0.17


def test_bad_verdicts_are_named() -> None:
    with pytest.raises(EvalError, match="type needs y or n"):
        score_sheet(_judged("yayyyy"))
    with pytest.raises(EvalError, match="real_event must be y or n"):
        score_sheet(_judged("aaaaaa"))
    bad = _judged("yyyyyy")
    bad[0]["place"] = "maybe"
    with pytest.raises(EvalError, match="place='maybe'"):
        score_sheet(bad)


def test_annotated_documents_are_left_out() -> None:
    document = make_document(id="guardian-1", text="Chile blamed Peru.")
    assert is_excluded(document, frozenset({"guardian-1"}), frozenset())
    assert is_excluded(make_document(id="copy", text="Chile blamed Peru."), frozenset(),
                       frozenset({document.content_hash}))
    assert not is_excluded(make_document(id="other", text="Peru blamed Chile."), frozenset({"guardian-1"}),
                           frozenset({document.content_hash}))


def test_audit_command_draws_and_scores(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    texts = ["Chile accused Peru of shelling a border town on Monday. Peru rejected the claim.",
             "Police arrested twenty protesters in Lima on Tuesday. The government imposed a curfew.",
             "Bolivia and Chile signed a trade agreement in La Paz."]
    for number, text in enumerate(texts):
        (articles / f"a{number}.txt").write_text(text, encoding="utf-8")
    excluded = tmp_path / "annotated"
    excluded.mkdir()
    from accord.eval.realnews import ArticleAnnotation, SourceRef, write_annotation

    write_annotation(ArticleAnnotation(SourceRef("x", "a2", "0" * 64, 10), None, "dev", True), excluded / "a2.json")
    sheet = tmp_path / "work" / "sheet.csv"
    sheet.parent.mkdir()
    runner = CliRunner()
    drawn = runner.invoke(main, ["eval", "audit", str(articles), "--n", "3", "--seed", "0", "--out", str(sheet),
                                 "--exclude", str(excluded)])
    assert drawn.exit_code == 0, drawn.output
    assert "2 documents (1 left out as annotated, 0 unreadable)" in drawn.output
    with sheet.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert 1 <= len(rows) <= 3 and all(r["doc_id"] in {"a0", "a1"} for r in rows)
    for row in rows:
        row.update({name: "y" for name in VERDICTS})
    with sheet.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    scored = runner.invoke(main, ["eval", "audit", "--score", str(sheet), "--format", "json"])
    assert scored.exit_code == 0, scored.output
    shares = json.loads(scored.output)["shares"]
    assert shares[-1]["measure"] == "everything" and shares[-1]["share"] == 1.0
    table = runner.invoke(main, ["eval", "audit", "--score", str(sheet)])
    assert "95% interval" in table.output and "source actor" in table.output
    assert runner.invoke(main, ["eval", "audit", str(articles)]).exit_code == 2  # no --out
