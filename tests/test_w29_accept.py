"""Wave 29, the acceptance judge's training data: judged verdicts kept without text (a hash of the document id
and the event's number), read back by ``scripts/train_event_filter.py`` as a sheet is, and the AUC it reports."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import math
import re
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import numpy as np
import pytest

from accord.records import Document, Event, Span

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "train_event_filter.py"
VERDICTS = ROOT / "scripts" / "judged" / "w29-even-2929.csv"
TEXT_FREE_COLUMNS = ["doc_key", "event", "trigger", "event_type", "real_event", "type", "actor", "recipient"]


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


@pytest.mark.parametrize("row", [{"event_id": "no-number"}, {"event_id": "e12"}, {"event_id": ":e12"},
                                 {"doc_key": "abc", "event": "12"}, {"event": "e3"}, {}])
def test_a_row_without_an_event_number_names_nothing(trainer: Any, row: dict[str, str]) -> None:
    assert trainer.row_key(row) is None


@pytest.mark.parametrize(("real", "typed", "label"), [("n", "na", [0]), ("y", "y", [1]), ("y", "n", [0]),
                                                      ("", "", None), ("y", "", None)])
def test_a_verdict_is_a_real_event_of_the_coded_type(trainer: Any, tmp_path: Path, real: str, typed: str,
                                                     label: list[int] | None) -> None:
    text_free = write(tmp_path / "verdicts.csv", TEXT_FREE_COLUMNS,
                      [[key_of("quarry-note-4"), "e1", "-", "THREATEN", real, typed, "na", "na"]])
    assert trainer.read_verdicts([text_free]).votes.get((key_of("quarry-note-4"), 1)) == label


def test_a_row_with_a_trigger_anchor_is_kept_by_its_offsets(trainer: Any, tmp_path: Path) -> None:
    text_free = write(tmp_path / "verdicts.csv", TEXT_FREE_COLUMNS,
                      [[key_of("quarry-note-4"), "e3", "40-47", "THREATEN", "y", "y", "y", "y"],
                       [key_of("quarry-note-4"), "e4", "bad", "THREATEN", "y", "n", "y", "y"]])
    verdicts = trainer.read_verdicts([text_free])
    assert verdicts.anchored_votes == {(key_of("quarry-note-4"), 40, 47): [1]}
    assert verdicts.anchored_types == {(key_of("quarry-note-4"), 40, 47): "THREATEN"}
    assert verdicts.votes == {(key_of("quarry-note-4"), 4): [0]}  # no anchor: by its number


def test_verdicts_from_a_sheet_and_a_text_free_file_are_pooled(trainer: Any, tmp_path: Path) -> None:
    sheet = write(tmp_path / "sheet.csv", ["row", "event_id", "event_type", "sentence", "real_event", "type"],
                  [["1", "harbour-report-7:e2", "ACCUSE", "The mayor blamed the port authority.", "y", "y"],
                   ["2", "harbour-report-7:e3", "REQUEST", "Would the council ask for help?", "", ""]])
    text_free = write(tmp_path / "verdicts.csv", TEXT_FREE_COLUMNS,
                      [[key_of("harbour-report-7"), "e2", "", "ACCUSE", "n", "na", "na", "na"],
                       [key_of("valley-news-3"), "e5", "", "SUPPORT", "y", "n", "y", "n"]])
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


def test_auc_of_rows_of_one_kind_is_undefined(trainer: Any) -> None:
    assert math.isnan(trainer.judged_auc(*judged(trainer, [1, 1], [0.2, 0.9])))
    assert math.isnan(trainer.judged_auc(*judged(trainer, [0, 0], [0.2, 0.9])))


def test_the_shipped_verdicts_hold_no_text() -> None:
    with VERDICTS.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == TEXT_FREE_COLUMNS
        rows = list(reader)
    assert len(rows) >= 500
    for row in rows:
        assert re.fullmatch(r"[0-9a-f]{16}", row["doc_key"])
        assert re.fullmatch(r"e[0-9]+", row["event"])
        assert re.fullmatch(r"[0-9]+-[0-9]+", row["trigger"])  # every row anchored by 5f6354d's coder
        assert re.fullmatch(r"[A-Z]+", row["event_type"])
        assert {row[c] for c in TEXT_FREE_COLUMNS[4:]} <= {"y", "n", "na"}
        assert row["real_event"] in {"y", "n"}


def _event(number: int, kind: str, start: int) -> Event:
    return Event(f"ev{number}", kind, Span("w", start, start + 1), Span("w", start, start + 1))


class _Coder:
    """A coding pipeline stand-in: each document's events and judged features, as the event stage records them."""

    def __init__(self, coded: dict[str, list[tuple[Event, dict[str, float]]]]) -> None:
        self.coded = coded
        self.judgements: list[tuple[str, dict[str, float]]] | None = None
        self.seen: list[str] = []

    def extract_documents(self, documents: list[Document]) -> Any:
        for document in documents:
            self.seen.append(document.id)
            assert self.judgements is not None
            self.judgements.extend((e.id, values) for e, values in self.coded[document.id])
            yield SimpleNamespace(events=[e for e, _ in self.coded[document.id]])


def test_judged_articles_find_rows_by_document_hash_anchor_and_type(trainer: Any, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # the coder now finds an event the earlier one did not ("ev0"), so every later number is one higher
    coded = {"dock-strike-2": [(_event(0, "PROTEST", 5), {"x": 1.0}),
                               (_event(1, "ACCUSE", 20), {"x": 1.0}),
                               (_event(2, "REQUEST", 40), {"x": 1.0}),
                               (_event(3, "SUPPORT", 60), {"dropped": 1.0}),
                               (_event(4, "THREATEN", 80), {"commitment": 1.0})],
             "unjudged-page-9": [(_event(5, "ACCUSE", 3), {"x": 1.0})]}
    coder = _Coder(coded)
    monkeypatch.setattr(trainer, "_coding_pipeline", lambda: (coder, coder))
    monkeypatch.setattr(trainer, "read_inputs", lambda _: [Document(i, "text") for i in coded])
    previous = SimpleNamespace(accepts=lambda values: not values.get("dropped"))
    key = key_of("dock-strike-2")
    text_free = write(tmp_path / "verdicts.csv", TEXT_FREE_COLUMNS,
                      [[key, "e1", "20-21", "ACCUSE", "y", "y", "y", "y"],  # numbered e1 then, e2 now
                       [key, "e2", "40-41", "REQUEST", "n", "na", "na", "na"],
                       [key, "e1", "", "ACCUSE", "y", "y", "y", "y"],  # by number: "PROTEST" now, dropped
                       [key, "e4", "80-81", "THREATEN", "y", "y", "y", "y"]])  # a commitment: not the clause's
    articles = trainer.judged_articles([text_free], ["corpus.jsonl"], previous)
    assert coder.seen == ["dock-strike-2"]
    [article] = articles
    assert [e.id for e in article.events] == ["ev1", "ev2"]
    assert article.labels == [1, 0]


def test_judged_articles_leave_out_a_row_now_of_another_type(trainer: Any, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    coded = {"dock-strike-2": [(_event(1, "ACCUSE", 20), {"x": 1.0})]}
    coder = _Coder(coded)
    monkeypatch.setattr(trainer, "_coding_pipeline", lambda: (coder, coder))
    monkeypatch.setattr(trainer, "read_inputs", lambda _: [Document(i, "text") for i in coded])
    text_free = write(tmp_path / "verdicts.csv", TEXT_FREE_COLUMNS,
                      [[key_of("dock-strike-2"), "e1", "20-21", "REJECT", "y", "y", "y", "y"]])
    [article] = trainer.judged_articles([text_free], ["corpus.jsonl"], SimpleNamespace(accepts=lambda _: True))
    assert article.events == [] and article.labels == []
    assert "0 found again and used (commitments left out, 1 of another type now)" in capsys.readouterr().err


def test_compared_reports_another_judges_figures_on_the_judged_rows(trainer: Any) -> None:
    def article(key: str, labels: list[int], values: list[float]) -> Any:
        return trainer.Article(key, None, [], [{"p": v} for v in values], labels)

    model = SimpleNamespace(threshold=0.5, probability=lambda values: values["p"])
    worked = [article("a", [1, 0, 1], [0.9, 0.2, 0.4])]
    final = [article("b", [1, 1], [0.8, 0.7])]
    result = trainer.compared(model, worked, final)
    assert result["threshold"] == 0.5
    assert result["judged"]["events"] == 3 and result["judged"]["kept"] == 1
    assert result["judged"]["right_share_after"] == 1.0 and result["judged"]["auc"] == 1.0
    assert result["final_check"]["kept"] == 2 and math.isnan(result["final_check"]["auc"])
    assert result["realnews"]["predicted"] == 0
