"""`accord eval` commands end to end, on the project's own small gold files."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from click.testing import CliRunner

from accord.cli import main

BRAT = Path(__file__).parent / "fixtures" / "brat"
GOLDEN = Path(__file__).parent / "golden" / "articles"


def test_eval_plover_json(tmp_path: Path) -> None:
    records = [
        {"id": "g1", "text": "Chile and Peru agreed on Tuesday to reopen their border crossings.",
         "date": "2020-02-04", "type": "AGREE",
         "actor": [{"text": "Chile", "code": "CHL", "sector": None}, {"text": "Peru", "code": "PER", "sector": None}],
         "recipient": []},
        {"id": "g2", "text": "Rebels fired rockets at an army base in northern Mali.", "date": "2020-02-04",
         "type": "ASSAULT", "actor": [{"text": "Rebels", "code": "MLI", "sector": "REB"}],
         "recipient": [{"text": "army", "code": "MLI", "sector": "MIL"}]},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "plover", str(gold), "--format", "json", "--errors"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["records"] == 2
    assert set(data["per_type_recall"]) == {"AGREE", "ASSAULT"}
    assert 0.0 <= data["event_type"]["f1"] <= 1.0
    assert len(data["errors"]) == 2 - data["full"]["matched_gold"]
    if importlib.util.find_spec("accord.actors.evaluate") is not None:  # the resolver's figures join in
        assert 0.0 <= data["actors"]["country_accuracy"] <= 1.0


def test_eval_plover_table_has_every_section(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": "Ghana protested to Togo.", "date": None, "type": "PROTEST",
                                "actor": [], "recipient": []}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "plover", str(gold)])
    assert result.exit_code == 0, result.output
    for heading in ("event type", "full (type+actors)", "actor-country accuracy", "per-type recall", "confusion"):
        assert heading in result.output


def test_eval_quotes_on_brat_fixtures() -> None:
    result = CliRunner().invoke(main, ["eval", "quotes", str(BRAT), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["documents"] == 3
    assert data["content"]["gold"] == 7
    assert data["direct"]["gold"] == 3 and data["indirect"]["gold"] == 4


def test_eval_sample_on_a_golden_article() -> None:
    gold = sorted(GOLDEN.glob("*.gold.json"))[0]
    article = gold.with_name(gold.name.removesuffix(".gold.json") + ".txt")
    result = CliRunner().invoke(main, ["eval", "sample", str(gold), str(article), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["events"]["gold"] >= 1 and "quotes_speaker_recall" in data["metrics"]


def test_eval_corpus_adds_up_articles(tmp_path: Path) -> None:
    for gold in sorted(GOLDEN.glob("*.gold.json"))[:2]:
        stem = gold.name.removesuffix(".gold.json")
        for suffix in (".gold.json", ".txt", ".meta.json"):
            (tmp_path / f"{stem}{suffix}").write_bytes((GOLDEN / f"{stem}{suffix}").read_bytes())
    result = CliRunner().invoke(main, ["eval", "corpus", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "2 annotated articles" in result.output and "events (required)" in result.output


def test_eval_errors_are_messages_not_tracebacks(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gold.json"
    bad.write_text("{not json", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Some words in an article about nothing much.", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "sample", str(bad), str(article)])
    assert result.exit_code == 2
    assert "not a sample annotation" in result.output
