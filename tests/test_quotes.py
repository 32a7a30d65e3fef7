"""Quotation and reported-speech extraction (stage accord_quotes_v2): the cases of issue 6, own wording."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from accord.cli import main
from accord.nlp import DEFAULT_STAGES
from accord.pipeline import Pipeline, PipelineOptions
from accord.quotes.layout import paragraph_bounds
from accord.quotes.lexicon import load_lexicon
from accord.quotes.marks import find_marked_spans
from accord.records import Quote

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "quotes"
CASES: list[dict[str, Any]] = yaml.safe_load((FIXTURES / "cases.yaml").read_text(encoding="utf-8"))
# The quote stage and the stages it reads; the others are not needed to test it.
STAGES = tuple(s for s in DEFAULT_STAGES if s in ("accord_actors_v1", "accord_quotes_v2"))


@pytest.fixture(scope="module")
def quote_pipeline() -> Pipeline:
    return Pipeline(PipelineOptions(stages=STAGES))


def _plain(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def _folded_words(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", _plain(text).lower())
    return re.findall(r"[\w-]+", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _same_person(expected: str, name: str | None) -> bool:
    """Equal up to accents, or the knowledge base's spelling of the same full name (Sergei/Sergey Lavrov).

    A bare surname as the answer does not count when the case expects the full name."""
    wanted, got = _folded_words(expected), _folded_words(name or "")
    if not got:
        return False
    if wanted == got:
        return True
    return wanted[-1] == got[-1] and (len(wanted) == 1 or len(got) >= 2)


def _covering(quotes: tuple[Quote, ...], text: str, part: str) -> Quote | None:
    for quote in quotes:
        if _plain(part) in _plain(text[quote.start : quote.end]):
            return quote
    return None


def _speaker_is(quote: Quote, name: str) -> bool:
    speaker = quote.speaker
    if speaker is None:
        return False
    if _same_person(name, speaker.name):
        return True
    # an organisation or country may be named by its record (Egypt) while the text says who spoke
    return speaker.kind != "person" and _plain(name) in _plain(speaker.text)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_issue_cases(quote_pipeline: Pipeline, case: dict[str, Any]) -> None:
    extraction = quote_pipeline.extract(case["text"], id="case")
    text = extraction.document.text
    quotes = extraction.quotes
    shown = [(q.text, q.speaker.name if q.speaker else None, q.direct, q.cue) for q in quotes]
    for expected in case.get("quotes", ()):
        quote = _covering(quotes, text, expected["starts"])
        assert quote is not None, f"no quote covers {expected['starts']!r}: {shown}"
        if "ends" in expected:
            assert _plain(expected["ends"]) in _plain(quote.text), shown
        if "speaker" in expected:
            assert _speaker_is(quote, expected["speaker"]), f"speaker of {quote.text!r}: {quote.speaker}"
        if "sector" in expected:
            assert quote.speaker is not None and quote.speaker.sector == expected["sector"], quote.speaker
        if "direct" in expected:
            assert quote.direct is expected["direct"], f"direct of {quote.text!r}"
        if "cue" in expected:
            assert (quote.cue or "").lower() == expected["cue"]
    for part in case.get("absent", ()):
        assert not any(_plain(part) in _plain(q.text) for q in quotes), shown
    if "count" in case:
        assert len(quotes) == case["count"], shown


def test_quote_records_follow_the_contract(quote_pipeline: Pipeline) -> None:
    text = '"We will not back down," Indian Prime Minister Narendra Modi said on Monday.'
    extraction = quote_pipeline.extract(text, id="doc-7")
    (quote,) = extraction.quotes
    assert quote.id == "doc-7:q1"
    assert text[quote.start : quote.end] == quote.text == "We will not back down"
    assert quote.cue_start is not None and quote.cue_end is not None
    assert text[quote.cue_start : quote.cue_end] == "said"
    out = quote.to_dict()
    assert set(out) >= {"id", "text", "start", "end", "direct", "cue", "speaker"}
    assert out["speaker"]["name"] == "Narendra Modi"
    assert out["speaker"]["country"] == "IND"  # the actor stage's record is attached


def test_marks_ignore_apostrophes_and_nest() -> None:
    text = "“Don’t call it a ‘deal’ yet,” she said. The minister’s aides weren’t told."
    spans = find_marked_spans(text, paragraph_bounds(text), load_lexicon())
    assert [text[s.start : s.end] for s in spans] == ["Don’t call it a ‘deal’ yet"]


def test_unclosed_paragraph_without_reopening_ends_at_its_paragraph() -> None:
    text = "He said: “We are ready.\n\nThe talks resume on Monday."
    spans = find_marked_spans(text, paragraph_bounds(text), load_lexicon())
    assert [text[s.start : s.end] for s in spans] == ["We are ready."]
    assert spans[0].closed is False


def test_stage_is_registered_after_the_stages_it_reads() -> None:
    stages = list(DEFAULT_STAGES)
    assert "accord_quotes_v2" in stages
    for earlier in ("accord_actors_v1", "accord_places_v1", "accord_dates_v1", "accord_quantities_v1"):
        if earlier in stages:
            assert stages.index(earlier) < stages.index("accord_quotes_v2")
    if "accord_events_v1" in stages:
        assert stages.index("accord_quotes_v2") < stages.index("accord_events_v1")


# --- the shared sample article ----------------------------------------------------------------------


def test_sample_article_required_quotes(quote_pipeline: Pipeline, shared_dir: Path) -> None:
    """All required quotes of the hand annotation found, each with the right speaker."""
    samples = shared_dir / "samples"
    gold = json.loads((samples / "summit-2021-12-06.gold.json").read_text(encoding="utf-8"))
    text = (samples / "summit-2021-12-06.txt").read_text(encoding="utf-8")
    extraction = quote_pipeline.extract(text, published=gold.get("published"), id="summit")
    required = [q for q in gold["quotes"] if q.get("required")]
    missed = []
    for expected in required:
        quote = _covering(extraction.quotes, extraction.document.text, expected["content_starts"])
        if quote is None or not _speaker_is(quote, expected["speaker"]):
            missed.append((expected["content_starts"], expected["speaker"], quote.speaker if quote else None))
            continue
        assert quote.direct is expected["direct"], expected["content_starts"]
    assert not missed, missed
    assert len(required) == 10


# --- stored and queried end to end ------------------------------------------------------------------


def test_quotes_are_stored_and_queryable(tmp_path: Path) -> None:
    """`accord ingest` then `accord quotes --speaker X --search Y` on articles of our own."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for source in sorted((FIXTURES / "brat").glob("*.txt"))[:4]:
        (articles / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    db = str(tmp_path / "quotes.duckdb")
    runner = CliRunner()
    ingested = runner.invoke(main, ["ingest", str(articles), "--db", db, "--quiet"])
    assert ingested.exit_code == 0, ingested.output
    query = ["quotes", "--db", db, "--speaker", "Guterres", "--search", "hope", "--format", "json"]
    found = runner.invoke(main, query)
    assert found.exit_code == 0, found.output
    rows = json.loads(found.output)
    assert len(rows) == 1
    assert rows[0]["direct"] is True and rows[0]["cue"] == "said"
    assert rows[0]["text"].startswith("This agreement is a beacon of hope")
    by_country = runner.invoke(main, ["quotes", "--db", db, "--speaker", "IND", "--format", "json"])
    names = {row["speaker_name"] for row in json.loads(by_country.output)}
    assert "Rajnath Singh" in names
    query = ["quotes", "--db", db, "--speaker", "Guterres", "--search", "tanks", "--format", "json"]
    nobody = runner.invoke(main, query)
    assert json.loads(nobody.output) == []


ODD_INPUTS = [
    "", '"', "“”", "He said: “", "“A” “B” “C”", "\n\n\n“\n\n”", "— A, — said B. — C, — said D. —",
    "It's the '90s' fault", "said said said", "According to him, according to her.", "»a«", "‘’",
]


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_odd_inputs_give_consistent_spans(quote_pipeline: Pipeline, text: str) -> None:
    extraction = quote_pipeline.extract(text, id="odd")
    document_text = extraction.document.text
    for quote in extraction.quotes:
        assert 0 <= quote.start < quote.end <= len(document_text)
        assert document_text[quote.start : quote.end] == quote.text
        assert any(char.isalnum() for char in quote.text)
