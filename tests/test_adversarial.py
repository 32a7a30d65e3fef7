"""An adversarial corpus, written here: every hostile input ends stored or failed with a clear reason, in
bounded time, and never takes the rest of its batch down."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from accord.batch import ingest
from accord.ingest import read_inputs
from accord.pipeline import Pipeline
from accord.store import open_store

PARAGRAPH = "<p>The foreign ministers of Chile and Peru signed a trade accord in Lima on Monday after talks.</p>"
ORDINARY = "Chile and Peru signed a trade accord in Lima on Monday, their foreign ministers said."


def _write_corpus(folder: Path) -> dict[str, tuple[str, str | None]]:
    """Writes the corpus; returns source name -> (expected status, a phrase its log reason must hold)."""
    folder.mkdir()
    files: dict[str, str] = {
        "repetition.txt": "war " * 25_000,  # 100,000 characters, one sentence
        "long-sentence.txt": " ".join(f"delegates from region {i} and" for i in range(5000)) + " met.",
        "deep.html": "<html><body>" + "<div>" * 10_000 + PARAGRAPH + "</div>" * 10_000 + "</body></html>",
        "deep-empty.html": "<html><body>" + "<div>" * 10_000 + "</div>" * 10_000 + "</body></html>",
        "zero-width.txt": "Chi\u200ble and Pe\u2060ru signed a \u202etrade accord\u202c in Lima on Monday.\ufeff",
        "mixed-scripts.txt": "Chile and Peru signed an accord. \u0627\u0644\u0633\u0644\u0627\u0645 \u548c\u5e73 "
                             "\u043c\u0438\u0440 \U0001F54A\ufe0f The talks were held in Lima.",
        "entities.html": "<html><body><p>Chile &amp Peru &#xZZ; signed &#99999999; an accord &nbsp in Lima "
                         "&unknown; on Monday &#0; after talks &lt;b&gt; that lasted days.</p></body></html>",
        "ordinary.txt": ORDINARY,
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    lines = [
        {"id": "surrogate", "text": "Chile \ud800 and Peru met in Lima on Monday to sign an accord."},
        {"id": "script-url", "text": "Peru and Chile held talks in Lima again on Tuesday.",
         "url": "javascript:alert(1)"},
        {"id": "far-future", "text": "Peru and Chile agreed to cut tariffs by 2090.", "published": "2021-03-01"},
    ]
    with (folder / "feed.jsonl").open("w", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps(line) + "\n")
    (folder / "ragged.csv").write_text(f'id,text\nr1,"{ORDINARY} Again.",surplus,cells\n', encoding="utf-8")
    os.symlink("missing.txt", folder / "dangling.txt")
    os.symlink(".", folder / "loop")
    return {
        "repetition.txt": ("failed", "sentence 1"),
        "long-sentence.txt": ("failed", "tokens; the limit is"),
        "deep.html": ("stored", None),
        "deep-empty.html": ("failed", "nests elements 10,002 levels deep"),  # html, body and the divs
        "zero-width.txt": ("stored", None),
        "mixed-scripts.txt": ("stored", None),
        "entities.html": ("stored", None),
        "ordinary.txt": ("stored", None),
        "feed.jsonl:1": ("stored", None),
        "feed.jsonl:2": ("stored", "only http(s) URLs are kept"),
        "feed.jsonl:3": ("stored", None),
        "ragged.csv:2": ("stored", "the last 2 ignored"),
        "dangling.txt": ("failed", "broken symbolic link"),
        "loop": ("skipped", "symbolic link loop"),
    }


def test_the_adversarial_corpus_ends_stored_or_failed_with_reasons(tmp_path: Path, pipeline: Pipeline) -> None:
    folder = tmp_path / "corpus"
    expected = _write_corpus(folder)
    started = time.perf_counter()
    with open_store(tmp_path / "a.duckdb") as store:
        summary = ingest(read_inputs([str(folder)]), store, pipeline, batch_size=4)
        log = {Path(str(r["source"])).name: r for r in store.ingest_log()}
        texts = dict(store.con.execute("SELECT doc_id, text FROM documents").fetchall())
        urls = dict(store.con.execute("SELECT doc_id, url FROM documents").fetchall())
        days = [d for (d,) in store.con.execute("SELECT event_day FROM events WHERE event_day IS NOT NULL").fetchall()]
    elapsed = time.perf_counter() - started
    assert set(log) == set(expected)
    for source, (status, phrase) in expected.items():
        assert log[source]["status"] == status, (source, log[source])
        if phrase:
            assert phrase in str(log[source]["reason"]), (source, log[source]["reason"])
    assert summary.failed == 4 and summary.stored == len(texts) == 9
    assert "\u200b" not in texts["zero-width"] and "\u202e" not in texts["zero-width"]
    assert "Chile and Peru" in texts["zero-width"] and "\ufffd" in texts["surrogate"]
    assert urls["script-url"] is None
    assert all(1990 <= d.year <= 2030 for d in days)  # "by 2090" is no event day
    assert elapsed < 600  # the sentence limit, not a 15-minute stall (a generous bound, not a speed test)


def test_ingest_exits_non_zero_when_an_input_failed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "fine.txt").write_text(ORDINARY, encoding="utf-8")
    (folder / "bad.jsonl").write_text("{broken\n", encoding="utf-8")
    command = [sys.executable, "-c", "from accord.cli import main; main()", "ingest", str(folder), "--db",
               str(tmp_path / "a.duckdb"), "--quiet"]
    refused = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert refused.returncode == 1
    allowed = subprocess.run([*command, "--allow-failures"], capture_output=True, text=True, timeout=300)
    assert allowed.returncode == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder whatever its permissions")
def test_an_unreadable_folder_gets_a_log_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "a.txt").write_text(ORDINARY, encoding="utf-8")
    (folder / "locked").chmod(0)
    try:
        items = list(read_inputs([str(folder)]))
    finally:
        (folder / "locked").chmod(0o755)
    assert [(i.source.endswith("locked"), "cannot read folder" in getattr(i, "reason", "")) for i in items] == [
        (True, True)
    ]
