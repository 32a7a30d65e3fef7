"""Near-duplicate articles: MinHash/LSH over word shingles, linked to their original and not coded."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from accord.batch import ingest
from accord.dedup.minhash import NearDuplicateIndex, NearDuplicateOptions, signature
from accord.ingest.readers import read_inputs
from accord.pipeline import Pipeline
from accord.store import open_store

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
FEEDS = [str(CORPUS / "wire_a.jsonl"), str(CORPUS / "outlets_bc.jsonl")]


def _articles() -> dict[str, str]:
    out = {}
    for feed in FEEDS:
        for line in Path(feed).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out[row["id"]] = row["text"]
    return out


def light_edit(text: str) -> str:
    """What a newspaper does to a wire story: drop the dateline, change a few words, cut the last sentence."""
    text = re.sub(r"^[A-Z]+ — ", "", text)
    sentences = re.split(r"(?<=\.) ", text)[:-1]
    edited = " ".join(sentences)
    for old, new in (("said", "stated"), ("officials", "sources"), (" on ", " early on ")):
        edited = edited.replace(old, new, 1)
    return "From our wire service. " + edited


def _similarity(a: str, b: str, options: NearDuplicateOptions) -> float:
    sa, sb = signature(a, options), signature(b, options)
    assert sa is not None and sb is not None
    return float(sa.jaccard(sb))


@pytest.mark.parametrize("original", ["wire-001", "kenya-001", "brazil-001", "germany-001", "news-c-88"])
def test_a_light_edit_is_caught(original: str) -> None:
    options = NearDuplicateOptions()
    articles = _articles()
    index = NearDuplicateIndex(options)
    for doc_id, text in articles.items():
        minhash = signature(text, options)
        if minhash is not None and doc_id not in ("paper-b-17", "paper-b-23", "paper-b-31"):
            index.add(doc_id, 1, minhash)
    copy = signature(light_edit(articles[original]), options)
    assert copy is not None
    match = index.find("reprint", copy)
    assert match is not None and match.original_id == original
    assert match.similarity >= options.threshold


@pytest.mark.parametrize(
    ("story", "same_topic"),
    [("news-c-99", "wire-001"), ("news-c-88", "wire-001"), ("news-c-91", "kenya-001"), ("news-c-95", "germany-001")],
)
def test_a_different_story_on_the_same_topic_is_not(story: str, same_topic: str) -> None:
    options = NearDuplicateOptions()
    articles = _articles()
    assert _similarity(articles[story], articles[same_topic], options) < options.threshold / 2
    index = NearDuplicateIndex(options)
    minhash = signature(articles[same_topic], options)
    assert minhash is not None
    index.add(same_topic, 1, minhash)
    other = signature(articles[story], options)
    assert other is not None and index.find(story, other) is None


def test_short_texts_are_never_compared() -> None:
    assert signature("Chile's central bank kept its main rate unchanged.", NearDuplicateOptions()) is None


def test_same_id_is_a_version_not_a_near_duplicate_and_replaces_the_old_one() -> None:
    options = NearDuplicateOptions()
    text = _articles()["kenya-001"]
    first, second = signature(text, options), signature(light_edit(text), options)
    assert first is not None and second is not None
    index = NearDuplicateIndex(options)
    index.add("kenya-001", 1, first)
    assert index.find("kenya-001", second) is None
    index.add("kenya-001", 2, second)
    assert len(index) == 1
    found = index.find("other", first)
    assert found is not None and found.original_version == 2


@pytest.fixture(scope="module")
def bare_pipeline() -> Pipeline:
    """spaCy alone: near-duplicate handling does not depend on which accord stages exist yet."""
    from accord.pipeline import PipelineOptions

    return Pipeline(PipelineOptions(stages=()))


def test_ingest_links_planted_reprints_and_does_not_code_them(tmp_path: Path, bare_pipeline: Pipeline) -> None:
    with open_store(tmp_path / "a.duckdb") as store:
        summary = ingest(read_inputs(FEEDS), store, bare_pipeline)
        log = {row["doc_id"]: row for row in store.ingest_log()}
        links = {row["doc_id"]: row for row in store.near_duplicates()}
        stored = {row["id"] for row in store.documents(limit=1000)}
        coded = {r[0] for r in store.con.execute("SELECT DISTINCT doc_id FROM sentences").fetchall()}
    assert summary.near_duplicates == 2 and summary.duplicates == 1 and summary.read == 14
    assert "2 near-duplicates linked" in summary.line()
    assert log["paper-b-17"]["status"] == "near_duplicate" and "wire-001" in log["paper-b-17"]["reason"]
    assert log["paper-b-23"]["status"] == "near_duplicate" and "kenya-001" in log["paper-b-23"]["reason"]
    assert log["paper-b-31"]["status"] == "duplicate"
    assert {k: v["original_id"] for k, v in links.items()} == {"paper-b-17": "wire-001", "paper-b-23": "kenya-001"}
    assert links["paper-b-17"]["url"].startswith("https://paper-b.example/")
    # Re-reports in other words, a same-topic story, and short briefs are all stored and coded.
    assert {"news-c-88", "news-c-91", "news-c-95", "news-c-96", "news-c-99", "brief-001", "paper-b-30"} <= stored
    assert not {"paper-b-17", "paper-b-23", "paper-b-31"} & (stored | coded)


def test_later_runs_find_reprints_of_articles_stored_earlier(tmp_path: Path, bare_pipeline: Pipeline) -> None:
    with open_store(tmp_path / "a.duckdb") as store:
        ingest(read_inputs([FEEDS[0]]), store, bare_pipeline)
        second = ingest(read_inputs([FEEDS[1]]), store, bare_pipeline)
        again = ingest(read_inputs(FEEDS), store, bare_pipeline)
        statuses = [row["status"] for row in store.ingest_log(again.run_id)]
    assert second.near_duplicates == 2
    # A reprint read again is a plain duplicate of the reprint already linked, not a second link.
    assert again.duplicates == 14 and again.near_duplicates == 0 and set(statuses) == {"duplicate"}


def test_threshold_option_decides(tmp_path: Path, bare_pipeline: Pipeline) -> None:
    strict = NearDuplicateOptions(threshold=0.95)
    with open_store(tmp_path / "a.duckdb") as store:
        summary = ingest(read_inputs(FEEDS), store, bare_pipeline, near_duplicates=strict)
        off = ingest(read_inputs(FEEDS), store, bare_pipeline, near_duplicates=None)
    assert summary.near_duplicates == 0 and summary.stored == 13
    assert off.near_duplicates == 0 and off.duplicates == 14


def test_the_index_holds_a_recent_window_of_stored_articles(tmp_path: Path, bare_pipeline: Pipeline) -> None:
    articles = _articles()
    later, reprint = tmp_path / "later.jsonl", tmp_path / "reprint.jsonl"
    later.write_text(json.dumps({"id": "much-later", "published": "2026-05-01", "text": articles["news-c-99"]}))
    reprint.write_text(json.dumps({"id": "late-reprint", "published": "2026-05-02",
                                   "text": light_edit(articles["kenya-001"])}))
    outcomes = {}
    for window in (14, None):
        options = NearDuplicateOptions(window_days=window)
        with open_store(tmp_path / f"w{window}.duckdb") as store:
            ingest(read_inputs([FEEDS[0]]), store, bare_pipeline, near_duplicates=options)
            ingest(read_inputs([str(later)]), store, bare_pipeline, near_duplicates=options)
            outcomes[window] = ingest(read_inputs([str(reprint)]), store, bare_pipeline,
                                      near_duplicates=options).near_duplicates
    # Seven weeks after the original, the reprint is out of a 14-day window; without a window it is caught.
    assert outcomes == {14: 0, None: 1}


def test_cli_threshold_default_is_the_library_default() -> None:
    from accord.cli.core import ingest as ingest_command

    option = next(p for p in ingest_command.params if p.name == "near_dup_threshold")
    assert option.default == NearDuplicateOptions().threshold


def test_cli_lists_reprints(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from accord.cli import main

    db = str(tmp_path / "r.duckdb")
    assert CliRunner().invoke(main, ["ingest", "--quiet", "--db", db, *FEEDS]).exit_code == 0
    result = CliRunner().invoke(main, ["reprints", "--db", db, "--format", "json", "--original", "kenya-001"])
    assert result.exit_code == 0, result.output
    assert [(r["doc_id"], r["original_id"]) for r in json.loads(result.output)] == [("paper-b-23", "kenya-001")]
