"""The real-news annotation format: loader and validator, drafts to offsets, `accord eval annotations ...`,
the sample converter and `accord eval realnews` end to end, on a tiny corpus of the project's own words
in a shared folder of its own (ACCORD_SHARED)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from accord.cli import main
from accord.errors import EvalError
from accord.eval.realnews import (
    ArticleAnnotation,
    Offsets,
    annotation_from_dict,
    annotation_problems,
    annotation_to_dict,
    load_annotation,
    write_annotation,
)
from accord.eval.realnews_draft import annotation_from_draft

ARTICLE = (
    "Chile accuses Peru over border shelling\n\n"
    "SANTIAGO \u2014 Chile\u2019s foreign ministry on Monday accused Peru of shelling the border town of Tacna. "
    "\u201cWe will not accept this,\u201d said Foreign Minister Ana Ruiz.\n\n"
    "Peru denied the claim. Chile accused Peru again on Tuesday."
)

DRAFT: dict[str, Any] = {
    "corpus": "realnews/mini.jsonl", "id": "m1", "published": "2024-03-06", "split": "dev", "annotator": "t",
    "events": [
        {"type": "ACCUSE", "mode": "accuse", "evidence": "Chile's foreign ministry on Monday accused Peru of shelling",
         "trigger": "accused",
         "actor": [{"text": "Chile's foreign ministry", "country": "CHL", "sector": "GOV", "kind": "organisation"}],
         "recipient": [{"text": "Peru", "country": "PER", "sector": "GOV", "kind": "state"}],
         "date": {"text": "on Monday", "value": "2024-03-04"},
         "place": {"text": "Tacna", "name": "Tacna", "country": "PER"}},
        {"type": "ACCUSE", "evidence": "accused Peru", "occurrence": 2, "trigger": "accused",
         "actor": [{"text": "Chile", "country": "CHL", "sector": "GOV"}],
         "recipient": [{"text": "Peru", "country": "PER", "sector": "GOV"}],
         "date": {"text": "on Tuesday", "value": "2024-03-05"}},
        {"type": "ASSAULT", "evidence": "shelling the border town of Tacna", "trigger": "shelling",
         "actor": [{"text": "Peru", "country": "PER", "sector": "MIL"}], "required": False},
    ],
    "quotes": [{"content": "We will not accept this,", "cue": "said", "direct": True,
                "speaker": {"text": "Ana Ruiz", "name": "Ana Ruiz", "country": "CHL", "sector": "GOV"}}],
    "actors": [{"text": "Peru", "country": "PER", "sector": "GOV", "kind": "state", "every": True},
               {"text": "Ana Ruiz", "name": "Ana Ruiz", "country": "CHL", "sector": "GOV", "kind": "person"}],
}


@pytest.fixture()
def shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "shared"
    (root / "realnews").mkdir(parents=True)
    row = {"id": "m1", "date": "2024-03-06", "title": "Chile accuses Peru", "text": ARTICLE}
    (root / "realnews" / "mini.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    monkeypatch.setenv("ACCORD_SHARED", str(root))
    return root


def _convert(draft: dict[str, Any] = DRAFT) -> tuple[ArticleAnnotation, list[str]]:
    return annotation_from_draft(draft, ARTICLE, "test reader")


def _text(offsets: Offsets | None) -> str:
    assert offsets is not None
    return ARTICLE[offsets.start:offsets.end]


# --- drafts -> offsets ----------------------------------------------------------------------------------


def test_draft_snippets_become_offsets() -> None:
    annotation, problems = _convert()
    assert problems == []
    first, second, optional = annotation.events
    assert _text(first.trigger) == "accused" and _text(first.evidence).startswith("Chile\u2019s foreign ministry")
    assert _text(first.actor[0].span) == "Chile\u2019s foreign ministry"  # curly and straight marks compare equal
    assert first.date is not None and _text(first.date.span) == "on Monday"
    assert first.place is not None and _text(first.place.span) == "Tacna"
    assert second.evidence.start == ARTICLE.index("accused Peru again")  # the second occurrence, as asked
    assert _text(second.actor[0].span) == "Chile" and second.actor[0].span.start > first.evidence.end  # nearest
    assert not optional.required
    (quote,) = annotation.quotes
    assert _text(quote.content[0]) == "We will not accept this," and _text(quote.cue) == "said"
    assert quote.direct and quote.required
    assert [_text(a.span) for a in annotation.actors] == ["Peru"] * 4 + ["Ana Ruiz"]
    assert annotation_problems(annotation, ARTICLE) == []


def test_draft_problems_are_all_listed() -> None:
    bad = json.loads(json.dumps(DRAFT))
    bad["events"][1].pop("occurrence")  # "accused Peru" occurs twice
    bad["events"][0]["trigger"] = "condemned"
    bad["quotes"][0]["content"] = "We shall never accept it"
    _, problems = _convert(bad)
    assert len(problems) == 3
    assert any("found 2 times" in p for p in problems)
    assert any("'condemned' not found" in p for p in problems)
    assert any("quote q1 content: not found" in p for p in problems)


def test_a_participant_occurrence_picks_that_mention_over_the_nearest() -> None:
    """Two identical mentions: nearness takes one, an ``occurrence`` on the participant takes the one named."""
    draft = json.loads(json.dumps(DRAFT))
    second = draft["events"][1]
    second["recipient"][0]["occurrence"] = 1  # the first "Peru" of the article, not the one in the evidence
    second["date"]["occurrence"] = 1
    draft["quotes"][0]["speaker"] = {"text": "Chile", "occurrence": 3, "country": "CHL", "sector": "GOV"}
    annotation, problems = _convert(draft)
    assert problems == []
    event = annotation.events[1]
    assert event.recipient[0].span is not None and event.recipient[0].span.start == ARTICLE.index("Peru")
    assert event.date is not None and _text(event.date.span) == "on Tuesday"
    speaker = annotation.quotes[0].speaker
    assert speaker is not None and speaker.span is not None
    assert speaker.span.start == ARTICLE.index("Chile accused Peru again")


def test_a_participant_occurrence_out_of_range_is_a_problem() -> None:
    draft = json.loads(json.dumps(DRAFT))
    draft["events"][0]["actor"][0]["occurrence"] = 5
    _, problems = _convert(draft)
    assert any("occurrence 5 asked" in p for p in problems)


def test_an_occurrence_that_is_no_whole_number_is_a_problem_not_a_crash() -> None:
    draft = json.loads(json.dumps(DRAFT))
    draft["events"][0]["actor"][0]["occurrence"] = "2"
    draft["events"][1]["occurrence"] = True
    _, problems = _convert(draft)
    assert sum("occurrence must be a whole number" in p for p in problems) == 2


# --- loading and validating ----------------------------------------------------------------------------


def test_written_files_load_back_the_same(tmp_path: Path) -> None:
    annotation, _ = _convert()
    path = tmp_path / "a.json"
    write_annotation(annotation, path)
    assert load_annotation(path) == annotation
    assert '"trigger": [' in path.read_text(encoding="utf-8")  # offset pairs kept on one line
    assert '"required": false' in path.read_text(encoding="utf-8")


def test_validator_names_every_problem() -> None:
    annotation, _ = _convert()
    data = annotation_to_dict(annotation)
    event = data["events"][0]
    event["type"], event["alternatives"] = "ATTACK", ["ASSAULT", "BOMB"]
    data["events"][1]["mode"] = "visit"  # a mode of CONSULT, not of ACCUSE
    event["actor"][0]["sector"], event["actor"][0]["country"] = "ARMY", "Chile"
    event["trigger"] = [0, 5]
    event["date"]["value"] = "2024-02-30"
    data["events"][1]["evidence"] = [10, 99999]
    data["events"][2]["id"] = data["events"][0]["id"]
    data["split"] = "test"
    problems = annotation_problems(annotation_from_dict(data))
    expected = ["unknown type 'ATTACK'", "unknown type 'BOMB'", "mode 'visit'", "unknown sector 'ARMY'",
                "ISO 3166-1 alpha-3", "trigger lies outside its evidence", "not an ISO day", "outside the text",
                "used twice", "split must be one of"]
    for text in expected:
        assert any(text in p for p in problems), (text, problems)


def test_validator_catches_a_changed_text() -> None:
    annotation, _ = _convert()
    assert any("re-anchor" in p for p in annotation_problems(annotation, ARTICLE.replace("Monday", "Sunday")))


def test_loader_refuses_what_is_no_annotation(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"format": "something else"}), encoding="utf-8")
    with pytest.raises(EvalError, match="not a real-news annotation"):
        load_annotation(path)
    annotation, _ = _convert()
    data = annotation_to_dict(annotation)
    data["events"][0]["trigger"] = [1]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(EvalError, match="offsets must be"):
        load_annotation(path)


# --- the command line -----------------------------------------------------------------------------------


def _draft_file(tmp_path: Path) -> Path:
    path = tmp_path / "m1.draft.json"
    path.write_text(json.dumps(DRAFT), encoding="utf-8")
    return path


def test_annotations_text_draft_and_check(shared: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    printed = runner.invoke(main, ["eval", "annotations", "text", "realnews/mini.jsonl", "m1", "--offsets"])
    assert printed.exit_code == 0 and "[41] SANTIAGO" in printed.output
    out = tmp_path / "annotations"
    made = runner.invoke(main, ["eval", "annotations", "draft", str(_draft_file(tmp_path)), "--out", str(out)])
    assert made.exit_code == 0, made.output
    written = out / "mini__m1.json"
    assert "We will not" not in written.read_text(encoding="utf-8")  # offsets only, never the text
    checked = runner.invoke(main, ["eval", "annotations", "check", str(out)])
    assert checked.exit_code == 0 and "1 annotation files, 3 events, 0 with problems" in checked.output
    data = json.loads(written.read_text(encoding="utf-8"))
    data["source"]["text_sha256"] = "0" * 64
    written.write_text(json.dumps(data), encoding="utf-8")
    checked = runner.invoke(main, ["eval", "annotations", "check", str(out)])
    assert checked.exit_code == 1 and "re-anchor" in checked.output


def test_annotations_check_without_texts_checks_labels_and_bounds(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    annotation, _ = _convert()
    write_annotation(annotation, tmp_path / "good.json")
    broken = annotation_to_dict(annotation)
    broken["events"][0]["type"] = "ATTACK"
    (tmp_path / "bad.json").write_text(json.dumps(broken), encoding="utf-8")
    monkeypatch.setenv("ACCORD_SHARED", str(tmp_path / "absent"))
    result = CliRunner().invoke(main, ["eval", "annotations", "check", str(tmp_path)])
    assert result.exit_code == 1
    assert "2 annotation files, 6 events, 1 with problems (shared texts absent" in result.output
    assert "unknown type 'ATTACK'" in result.output


def test_a_draft_with_problems_writes_nothing(shared: Path, tmp_path: Path) -> None:
    bad = dict(DRAFT, events=[dict(DRAFT["events"][0], trigger="condemned")])
    path = tmp_path / "bad.draft.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "annotations", "draft", str(path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "'condemned' not found" in result.output
    assert not list((tmp_path / "o").glob("*.json"))


def test_eval_realnews_end_to_end(shared: Path, tmp_path: Path) -> None:
    annotation, _ = _convert()
    directory = tmp_path / "set"
    directory.mkdir()
    write_annotation(annotation, directory / "mini__m1.json")
    write_annotation(replace(annotation, split="heldout", source=replace(annotation.source, id="gone")),
                     directory / "gone.json")
    runner = CliRunner()
    result = runner.invoke(main, ["eval", "realnews", str(directory), "--split", "all", "--format", "json",
                                  "--errors"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    total = data["total"]
    assert total["documents"] == 1 and total["gold_events"] == 3 and total["gold_counted"] == 2
    assert set(total["levels"]) == {"type", "type+actor", "type+both"}
    assert list(data["by_corpus"]) == ["mini"] and list(data["by_split"]) == ["dev"]
    assert [s["reason"] for s in data["skipped"]] == ["realnews/mini.jsonl: no document 'gone'"]
    assert isinstance(data["errors"], list)
    dev_only = json.loads(runner.invoke(main, ["eval", "realnews", str(directory), "--format", "json"]).output)
    assert dev_only["skipped"] == []  # the held-out file is not even read
    table = runner.invoke(main, ["eval", "realnews", str(directory)])
    assert table.exit_code == 0 and "type+both" in table.output and "by corpus and split" in table.output


def test_eval_realnews_against_a_second_annotation(shared: Path, tmp_path: Path) -> None:
    annotation, _ = _convert()
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    write_annotation(annotation, first / "a.json")
    fewer = replace(annotation, events=annotation.events[:1])
    write_annotation(fewer, second / "a.json")
    result = CliRunner().invoke(main, ["eval", "realnews", str(first), "--against", str(second), "--format", "json"])
    assert result.exit_code == 0, result.output
    typed = json.loads(result.output)["total"]["levels"]["type"]
    assert (typed["precision"], typed["recall"]) == (1.0, 0.5)


def test_the_sample_format_converts_to_offsets(shared: Path, tmp_path: Path) -> None:
    samples = shared / "samples"
    samples.mkdir()
    (samples / "mini.txt").write_text(ARTICLE, encoding="utf-8")
    (samples / "mini.meta.json").write_text(json.dumps({"published": "2024-03-06"}), encoding="utf-8")
    gold = {
        "published": "2024-03-06",
        "events": [
            {"required": True, "type": "ACCUSE", "actor": ["CHL"], "recipient": ["PER"], "date": "2024-03",
             "location": "Tacna", "evidence": "foreign ministry on Monday accused Peru"},
            {"required": False, "type": "ASSAULT", "actor": ["PER"], "recipient_text": "Tacna",
             "evidence": "shelling the border town"},
        ],
        "quotes": [{"required": True, "speaker": "Ana Ruiz", "direct": True, "content_starts": "We will not"}],
        "actors": [{"text": "Ana Ruiz", "country": "CHL", "sector": "GOV"}],
        "places": [{"text": "Tacna", "country": "PER"}],
    }
    (samples / "mini.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "sample"
    result = CliRunner().invoke(main, ["eval", "annotations", "from-sample", str(samples / "mini.gold.json"),
                                       "--out", str(out)])
    assert result.exit_code == 0, result.output
    converted = load_annotation(out / "samples__mini.json")
    first, second = converted.events
    assert first.trigger == first.evidence and _text(first.evidence) == "foreign ministry on Monday accused Peru"
    assert [p.country for p in first.actor] == ["CHL"] and [p.country for p in first.recipient] == ["PER"]
    assert first.date is not None and (first.date.value, first.date.granularity) == ("2024-03-01", "month")
    assert first.place is not None and first.place.country == "PER"
    assert not second.required and second.recipient[0].name == "Tacna"
    (quote,) = converted.quotes
    assert _text(quote.content[0]) == "We will not accept this"  # to the attribution, which ends the content
    assert quote.speaker is not None and quote.speaker.country == "CHL"
