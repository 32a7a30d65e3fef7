"""`accord events` as an analyst meets it: a compact table that fits 120 characters, chosen columns, CSV
without float noise, and one-line errors for a bad date, type or actor (never a traceback)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner, Result

from accord.cli import main
from accord.cli.core import EVENT_TABLE_COLUMNS
from accord.store.queries import plover_types

BACKBONE = Path(__file__).parent / "fixtures" / "backbone"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli-events") / "store.duckdb")
    result = CliRunner().invoke(main, ["ingest", str(BACKBONE), "--db", path, "--quiet"])
    assert result.exit_code == 0, result.output
    return path


def run(db: str, *args: str) -> Result:
    return CliRunner().invoke(main, ["events", "--db", db, *args])


def sql(db: str, query: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(db, read_only=True)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def test_the_default_table_is_compact_and_fits_120_characters(db: str) -> None:
    result = run(db, "--factuality", "all")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == list(EVENT_TABLE_COLUMNS)
    assert max(len(line) for line in lines) <= 120
    assert len(lines) - 2 == sql(db, "SELECT count(*) FROM events")[0][0]
    assert any("…" in line for line in lines[2:])  # long sentences are cut, not wrapped


def test_columns_choose_and_all_shows_every_stored_column(db: str) -> None:
    chosen = run(db, "--columns", "type,score")
    assert chosen.stdout.splitlines()[0].split() == ["type", "score"]
    every = run(db, "--columns", "all", "--format", "csv")
    header = next(csv.reader(io.StringIO(every.stdout)))
    stored = {row[0] for row in sql(db, "SELECT column_name FROM information_schema.columns"
                                       " WHERE table_name = 'events'")}
    assert {"type", "score", "sentence_text", "trigger_text", "confidence", "lat", "factuality"} <= set(header)
    assert len(header) >= 28 and {"event_day", "actor_countries"} <= stored & set(header)
    bad = run(db, "--columns", "type,nonsense")
    assert bad.exit_code == 1 and "no column nonsense" in bad.output and "Traceback" not in bad.output


def test_csv_numbers_without_float_noise_and_lists_as_semicolons(db: str) -> None:
    result = run(db, "--format", "csv", "--factuality", "all")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows
    for row in rows:
        for column in ("score", "confidence", "lat", "lon"):
            if row[column]:
                assert re.fullmatch(r"-?\d+\.\d{1,6}", row[column]), (column, row[column])
        for column in ("actor_countries", "recipient_countries", "context"):
            assert "[" not in row[column] and '"' not in row[column]
    stored = {str(e): (a, c) for e, a, c in sql(
        db, "SELECT event_id, actor_countries, confidence FROM events")}
    for row in rows:
        countries, confidence = stored[row["id"]]
        assert row["actor_countries"] == ";".join(countries)
        assert float(row["confidence"]) == pytest.approx(confidence, abs=1e-6)
    assert any(";" in row["context"] or ";" in row["recipient_countries"] for row in rows)


@pytest.mark.parametrize("value", ["yesterday", "2021-13-45", "2021-02-30", "21"])
def test_a_bad_date_is_a_one_line_error(db: str, value: str) -> None:
    for option in ("--since", "--until"):
        result = run(db, option, value)
        assert result.exit_code == 1
        assert result.output.strip().count("\n") == 0, result.output
        assert result.output.startswith(f"Error: {option}:") and value in result.output
        assert "Traceback" not in result.output and "duckdb" not in result.output.lower()


def test_a_year_or_month_means_the_whole_period(db: str) -> None:
    days = sorted(str(d) for (d,) in sql(db, "SELECT event_day FROM events WHERE event_day IS NOT NULL"))
    year, month = days[0][:4], days[0][:7]
    as_year = run(db, "--since", year, "--until", year, "--format", "csv", "--factuality", "all")
    as_days = run(db, "--since", f"{year}-01-01", "--until", f"{year}-12-31", "--format", "csv",
                  "--factuality", "all")
    assert as_year.exit_code == 0 and as_year.stdout == as_days.stdout
    assert len(list(csv.DictReader(io.StringIO(as_year.stdout)))) == sum(d.startswith(year) for d in days)
    in_month = list(csv.DictReader(io.StringIO(run(db, "--since", month, "--until", month, "--format", "csv",
                                                   "--factuality", "all").stdout)))
    assert len(in_month) == sum(d.startswith(month) for d in days)


def test_an_unknown_type_names_the_16_types(db: str) -> None:
    result = run(db, "--type", "FOO")
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert len(plover_types()) == 16 and all(t in result.output for t in plover_types())
    lower = run(db, "--type", "agree", "--format", "csv", "--factuality", "all")
    rows = list(csv.DictReader(io.StringIO(lower.stdout)))
    assert rows and {r["type"] for r in rows} == {"AGREE"}
    assert len(rows) == sql(db, "SELECT count(*) FROM events WHERE type = 'AGREE'")[0][0]


def test_actors_by_code_in_any_case_or_country_name_agree_and_unknown_ones_are_errors(db: str) -> None:
    code = str(sql(db, "SELECT actor_countries[1] FROM events WHERE len(actor_countries) > 0"
                       " GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")[0][0])
    from accord.actors.kb import country_rows

    name = next(r.name for r in country_rows() if r.iso3 == code)
    outputs = {value: run(db, "--actor", value, "--format", "csv", "--factuality", "all").stdout
               for value in (code, code.lower(), name, name.lower())}
    assert len(set(outputs.values())) == 1
    want = sql(db, f"SELECT count(*) FROM events WHERE list_contains(actor_countries, '{code}')")[0][0]
    assert len(list(csv.DictReader(io.StringIO(outputs[code])))) == want > 0
    unknown = run(db, "--actor", "Zzyzx Qwerty")
    assert unknown.exit_code == 1 and "no actor matches 'Zzyzx Qwerty'" in unknown.output
