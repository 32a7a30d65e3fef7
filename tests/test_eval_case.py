"""`accord eval case`: the CASE-2021 mapping (data) and the snippet scorer, on hand-made cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from accord.cli import main
from accord.errors import EvalError
from accord.eval.case import (
    EXCLUDED,
    NO_EVENT,
    TYPED,
    CaseSnippet,
    case_mapping,
    parse_mapping,
    read_snippets,
    score_case,
)
from accord.eval.realnews import vocabulary
from accord.records import Document, Event, Extraction, Span

# The categories of CASE-2021 task 2: ACLED's 25 event sub-types and the task's own five.
CATEGORIES = {
    "ARMED_CLASH", "GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "CHEM_WEAP", "AIR_STRIKE", "SUIC_BOMB",
    "ART_MISS_ATTACK", "REM_EXPLOS", "GRENADE", "SEX_VIOL", "ATTACK", "ABDUCT_DISSAP", "PEACE_PROTEST",
    "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR", "MOB_VIOL", "AGREEMENT", "ARREST",
    "CHANGE_TO_GROUP_ACT", "DISR_WEAP", "HQ_ESTABLISHED", "PROPERTY_DISTRUCT", "NON_VIOL_TERRIT_TRANSFER", "OTHER",
    "DIPLO", "ATTRIB", "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER",
}


def test_the_mapping_covers_every_category_with_real_plover_types() -> None:
    mapping = case_mapping()
    assert set(mapping) == CATEGORIES
    assert {name for name, c in mapping.items() if c.kind == NO_EVENT} == {"NATURAL_DISASTER", "MAN_MADE_DISASTER"}
    assert {name for name, c in mapping.items() if c.kind == EXCLUDED} == {"CHANGE_TO_GROUP_ACT", "OTHER", "ORG_CRIME"}
    types = vocabulary().types
    assert all(set(c.accepted) <= types for c in mapping.values())
    assert mapping["AIR_STRIKE"].accepted == ("ASSAULT",) and mapping["ARREST"].accepted == ("COERCE",)


def test_a_mapping_with_unknown_types_or_two_kinds_is_refused() -> None:
    with pytest.raises(EvalError, match="unknown PLOVER types"):
        parse_mapping({"types": {"X": {"plover": ["ATTACK"]}}}, {"ASSAULT"})
    with pytest.raises(EvalError, match="exactly one"):
        parse_mapping({"types": {"X": {"plover": ["ASSAULT"], "no_event": True}}}, {"ASSAULT"})


def _extraction(snippet_id: str, *types: str, negated: bool = False) -> Extraction:
    events = tuple(Event(id=f"{snippet_id}:e{i}", type=t, trigger=Span("x", 0, 1), sentence=Span("x", 0, 1),
                         negated=negated) for i, t in enumerate(types))
    return Extraction(Document(snippet_id, "x"), events=events)


def test_typed_right_quiet_disasters_and_excluded_categories() -> None:
    snippets = [
        CaseSnippet("1", "", "AIR_STRIKE"), CaseSnippet("2", "", "AIR_STRIKE"), CaseSnippet("3", "", "AIR_STRIKE"),
        CaseSnippet("4", "", "PROTEST_WITH_INTER"), CaseSnippet("5", "", "NATURAL_DISASTER"),
        CaseSnippet("6", "", "NATURAL_DISASTER"), CaseSnippet("7", "", "OTHER"), CaseSnippet("8", "", "NEW_TYPE"),
    ]
    extractions = [
        _extraction("1", "ACCUSE", "ASSAULT"),  # one event of an accepted type is enough
        _extraction("2", "MOBILIZE"),
        _extraction("3", "ASSAULT", negated=True),  # not asserted: no event
        _extraction("4", "COERCE"),  # the alternative type
        _extraction("5"),
        _extraction("6", "AID"),
        _extraction("7", "ASSAULT"),
        _extraction("8", "ASSAULT"),
    ]
    report = score_case(snippets, extractions, case_mapping())
    assert report.per_subtype["AIR_STRIKE"] == (1, 3, 2)
    assert report.per_subtype["NATURAL_DISASTER"] == (1, 2, 1)
    assert report.group(TYPED) == (2, 4) and report.group(NO_EVENT) == (1, 2) and report.group(EXCLUDED) == (0, 2)
    assert sorted(e["id"] for e in report.errors) == ["2", "3", "6"]
    rows = {r["subtype"]: r for r in report.rows()}
    assert rows["OTHER"]["share"] is None and rows["NEW_TYPE"]["kind"] == EXCLUDED
    assert rows["AIR_STRIKE"]["coded_as"] == "ACCUSE 1, ASSAULT 1, MOBILIZE 1, (none) 1"
    with pytest.raises(EvalError):
        score_case(snippets, extractions[:2], case_mapping())


def test_snippet_files_are_read_as_tsv(tmp_path: Path) -> None:
    path = tmp_path / "s.tsv"
    path.write_text('id\tEventSnippet\tSubType\n1\t"""We will fight on,"" the rebels said."\tATTRIB\n'
                    "2\tTroops shelled the village.\tART_MISS_ATTACK\n", encoding="utf-8")
    first, second = read_snippets(path)
    assert first.text == '"We will fight on," the rebels said.' and first.subtype == "ATTRIB"
    assert second.id == "2"
    (tmp_path / "bad.tsv").write_text("id\ttext\n1\tx\n", encoding="utf-8")
    with pytest.raises(EvalError, match="no column"):
        read_snippets(tmp_path / "bad.tsv")


def test_case_command(tmp_path: Path) -> None:
    path = tmp_path / "s.tsv"
    path.write_text("id\tEventSnippet\tSubType\n"
                    "1\tPolice arrested twelve opposition activists in the capital on Monday.\tARREST\n"
                    "2\tA powerful earthquake shook the coastal region overnight.\tNATURAL_DISASTER\n"
                    "3\tThe two rebel factions merged under a new commander.\tCHANGE_TO_GROUP_ACT\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "case", str(path), "--format", "json", "--errors"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["snippets"] == 3 and data["typed_right"]["total"] == 1 and data["disasters_quiet"]["total"] == 1
    assert data["excluded"] == 1 and {r["subtype"] for r in data["per_subtype"]} == {
        "ARREST", "NATURAL_DISASTER", "CHANGE_TO_GROUP_ACT"}
    table = CliRunner().invoke(main, ["eval", "case", str(path)])
    assert table.exit_code == 0 and "per SubType" in table.output
