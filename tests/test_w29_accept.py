"""Wave 29, the acceptance judge's training data: judged verdicts kept without text (a hash of the document id
and the event's number), read back by ``scripts/train_event_filter.py`` as a sheet is, and the AUC it reports."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "train_event_filter.py"
VERDICTS = ROOT / "scripts" / "judged" / "w29-even-2929.csv"
TEXT_FREE_COLUMNS = ["doc_key", "event", "event_type", "real_event", "type", "actor", "recipient"]


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_event_filter", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def key_of(document_id: str) -> str:
    return hashlib.sha256(document_id.encode("utf-8")).hexdigest()[:16]


def write(path: Path, columns: list[str], rows: list[list[str]]) -> str:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(rows)
    return str(path)


def test_document_key_is_the_ids_hash(trainer: Any) -> None:
    assert trainer.document_key("harbour-report-7") == key_of("harbour-report-7")
    assert len(trainer.document_key("x")) == 16


def test_a_sheet_row_and_a_text_free_row_name_the_same_event(trainer: Any) -> None:
    from_sheet = trainer.row_key({"event_id": "harbour-report-7:e12"})
    from_file = trainer.row_key({"doc_key": key_of("harbour-report-7"), "event": "e12"})
    assert from_sheet == from_file == (key_of("harbour-report-7"), 12)


@pytest.mark.parametrize("row", [{"event_id": "no-number"}, {"doc_key": "abc", "event": "12"}, {"event": "e3"}, {}])
def test_a_row_without_an_event_number_names_nothing(trainer: Any, row: dict[str, str]) -> None:
    assert trainer.row_key(row) is None


@pytest.mark.parametrize(("real", "typed", "label"), [("n", "na", 0), ("y", "y", 1), ("y", "n", 0), ("", "", None),
                                                      ("y", "", None)])
def test_a_verdict_is_a_real_event_of_the_coded_type(trainer: Any, real: str, typed: str, label: int | None) -> None:
    assert trainer._verdict({"real_event": real, "type": typed}) == label


def test_verdicts_from_a_sheet_and_a_text_free_file_are_pooled(trainer: Any, tmp_path: Path) -> None:
    sheet = write(tmp_path / "sheet.csv", ["row", "event_id", "event_type", "sentence", "real_event", "type"],
                  [["1", "harbour-report-7:e2", "ACCUSE", "The mayor blamed the port authority.", "y", "y"],
                   ["2", "harbour-report-7:e3", "REQUEST", "Would the council ask for help?", "", ""]])
    text_free = write(tmp_path / "verdicts.csv", TEXT_FREE_COLUMNS,
                      [[key_of("harbour-report-7"), "e2", "ACCUSE", "n", "na", "na", "na"],
                       [key_of("valley-news-3"), "e5", "SUPPORT", "y", "n", "y", "n"]])
    verdicts = trainer.read_verdicts([sheet, text_free])
    assert verdicts.votes == {(key_of("harbour-report-7"), 2): [1, 0], (key_of("valley-news-3"), 5): [0]}
    assert verdicts.types == {(key_of("harbour-report-7"), 2): "ACCUSE", (key_of("valley-news-3"), 5): "SUPPORT"}


def judged(trainer: Any, labels: list[int], scores: list[float]) -> tuple[list[Any], list[Any]]:
    article = trainer.Article("a", None, [], [{} for _ in labels], list(labels))
    return [article], [np.array(scores, dtype=np.float64)]


def test_auc_is_one_when_every_right_event_scores_above_every_wrong_one(trainer: Any) -> None:
    assert trainer.judged_auc(*judged(trainer, [1, 1, 0, 0], [0.9, 0.8, 0.3, 0.1])) == 1.0
    assert trainer.judged_auc(*judged(trainer, [1, 1, 0, 0], [0.1, 0.2, 0.7, 0.9])) == 0.0


def test_auc_counts_a_tie_as_half(trainer: Any) -> None:
    assert trainer.judged_auc(*judged(trainer, [1, 0], [0.5, 0.5])) == 0.5


def test_auc_of_rows_of_one_kind_is_zero(trainer: Any) -> None:
    assert trainer.judged_auc(*judged(trainer, [1, 1], [0.2, 0.9])) == 0.0


def test_the_shipped_verdicts_hold_no_text() -> None:
    with VERDICTS.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == TEXT_FREE_COLUMNS
        rows = list(reader)
    assert len(rows) >= 500
    for row in rows:
        assert re.fullmatch(r"[0-9a-f]{16}", row["doc_key"])
        assert re.fullmatch(r"e[0-9]+", row["event"])
        assert re.fullmatch(r"[A-Z]+", row["event_type"])
        assert {row[c] for c in TEXT_FREE_COLUMNS[3:]} <= {"y", "n", "na"}
        assert row["real_event"] in {"y", "n"}
