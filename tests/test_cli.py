"""The `accord` command line: help text everywhere, the output contract, ingest summaries, listings."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from accord.cli import main

BACKBONE = Path(__file__).parent / "fixtures" / "backbone"


def _all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in group.commands.items():
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found.extend(_all_commands(command, (*prefix, name)))
    return found


@pytest.mark.parametrize("path", _all_commands(main), ids=" ".join)
def test_every_command_has_help_text(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    command: click.Command = main
    for name in path:
        assert isinstance(command, click.Group)
        command = command.commands[name]
    assert command.help and len(command.help.split()) >= 4, f"{' '.join(path)} needs real help text"


def test_extract_jsonl_follows_the_output_contract() -> None:
    result = CliRunner().invoke(main, ["extract", str(BACKBONE / "harbour-talks.txt"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    (line,) = result.output.strip().splitlines()
    record = json.loads(line)
    for key in ("id", "title", "url", "published", "events", "quotes", "entities", "places", "dates",
                "quantities", "sentences"):
        assert key in record
    assert record["id"] == "harbour-talks" and record["published"] == "2024-03-05"
    text = (BACKBONE / "harbour-talks.txt").read_text(encoding="utf-8").strip()
    for entity in record["entities"]:
        assert text[entity["start"]:entity["end"]] == entity["text"]
    assert any(e["text"] == "Reykjavik" for e in record["entities"])
    for sentence in record["sentences"]:
        assert text[sentence["start"]:sentence["end"]] == sentence["text"]


def test_extract_reports_bad_inputs_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(
        main, ["extract", str(tmp_path / "empty.txt"), str(BACKBONE / "wire.csv"), "--format", "json"]
    )
    assert result.exit_code == 0
    assert "empty.txt: empty input" in result.stderr
    assert [r["id"] for r in json.loads(result.stdout)] == ["wire-1", "wire-2"]


def test_ingest_prints_a_summary_and_listings_read_the_store(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(BACKBONE), "--db", db])
    assert first.exit_code == 0, first.output
    assert "7 read, 7 stored, 0 new versions, 0 duplicates skipped, 0 failed" in first.stderr
    again = runner.invoke(main, ["ingest", str(BACKBONE), "--db", db, "--quiet"])
    assert again.exit_code == 0 and again.stderr == ""

    as_csv = runner.invoke(main, ["documents", "--db", db, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(rows) == 7 and {"id", "title", "published", "events", "quotes"} <= set(rows[0])
    table = runner.invoke(main, ["documents", "--db", db, "--search", "lithium"])
    assert "feed-2" in table.stdout and "wire-1" not in table.stdout
    log = runner.invoke(main, ["log", "--db", db, "--format", "json"])
    statuses = [r["status"] for r in json.loads(log.stdout)]
    assert statuses.count("stored") == 7 and statuses.count("duplicate") == 7
    for listing in ("events", "quotes", "actors"):
        result = runner.invoke(main, [listing, "--db", db, "--format", "jsonl"])
        assert result.exit_code == 0, result.output


def test_env_var_chooses_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "env.duckdb"
    monkeypatch.setenv("ACCORD_DB", str(db))
    result = CliRunner().invoke(main, ["ingest", str(BACKBONE / "wire.csv"), "--quiet"])
    assert result.exit_code == 0 and db.exists()


def test_querying_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "accord: error:" in result.stderr


def test_export_parquet(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    runner = CliRunner()
    runner.invoke(main, ["ingest", str(BACKBONE / "wire.csv"), "--db", db, "--quiet"])
    result = runner.invoke(main, ["export", "--db", db, "--parquet", str(tmp_path / "pq")])
    assert result.exit_code == 0
    assert (tmp_path / "pq" / "events.parquet").exists() and (tmp_path / "pq" / "documents.parquet").exists()


def test_the_installed_entry_point_runs_with_stdin(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("accord")
    result = subprocess.run(
        [str(exe), "extract", "-", "--format", "jsonl"],
        input="Brazil and Argentina held talks in Buenos Aires on Monday.",
        capture_output=True, text=True, timeout=120, check=True,
    )
    assert json.loads(result.stdout)["id"] == "stdin"
