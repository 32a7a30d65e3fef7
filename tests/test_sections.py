"""Very long texts are parsed in sections (accord.sections): the cuts, the joined Doc, and what the stages
find on it against a parse of the whole text."""

from __future__ import annotations

import pytest

import accord.sections
from accord.eval.synthetic import synthetic_long_text
from accord.ingest.normalise import make_document
from accord.pipeline import Pipeline
from accord.sections import parse_documents, section_bounds, section_docs


def test_a_short_text_is_one_section() -> None:
    assert section_bounds("Chile and Peru met.\n\nThey signed.", 100) == [(0, 33)]


def test_cuts_fall_after_blank_lines_and_cover_the_text() -> None:
    paragraphs = [f"Paragraph {i} says something about the talks in Lima." for i in range(40)]
    text = "\n\n".join(paragraphs)
    bounds = section_bounds(text, 300)
    assert "".join(text[start:end] for start, end in bounds) == text
    assert all(end - start <= 300 for start, end in bounds)
    for start, _ in bounds[1:]:
        assert text[start - 2 : start] == "\n\n" and text[start:].startswith("Paragraph")


def test_a_text_with_no_blank_line_is_cut_at_a_line_break_then_a_space() -> None:
    lines = "\n".join(["The minister spoke in Lima on Monday."] * 30)
    assert all(lines[start - 1] == "\n" for start, _ in section_bounds(lines, 200)[1:])
    words = " ".join(["talks"] * 200)
    bounds = section_bounds(words, 100)
    assert all(words[start - 1] == " " and words[start] == "t" for start, _ in bounds[1:])
    assert "".join(words[s:e] for s, e in bounds) == words


def test_a_long_text_parsed_in_sections_is_one_doc_of_the_same_text(pipeline: Pipeline,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    document = make_document(id="long", text=synthetic_long_text(12_000), published="2026-03-10")
    monkeypatch.setattr(accord.sections, "SECTION_CHARS", 3_000)
    nlp = pipeline.nlp
    parts = section_docs(nlp, document)
    assert len(parts) >= 4
    whole = nlp.make_doc(document.text)
    assert [(t.text, t.whitespace_) for p in parts for t in p] == [(t.text, t.whitespace_) for t in whole]
    parse = [name for name, _ in nlp.pipeline if name not in pipeline._after_parse]
    with nlp.select_pipes(enable=parse):
        (joined,) = parse_documents(nlp, [document], batch_size=4)
    assert joined.text == document.text and len(joined) == len(whole)
    assert joined.has_annotation("DEP") and joined.has_annotation("ENT_IOB")
    starts = {joined[i].idx for i in range(len(joined)) if joined[i].is_sent_start}
    cuts = [start for start, _ in section_bounds(document.text, 3_000)]
    assert all(cut in starts for cut in cuts)  # every section starts a sentence
    assert joined._.accord_doc_id == "long"


def test_the_stages_find_the_same_on_sections_as_on_the_whole_text(pipeline: Pipeline,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The cuts fall between paragraphs, so the sections' parse is the whole text's but for the few tokens
    next to a cut: the actors and events found agree almost entirely."""
    document = make_document(id="long", text=synthetic_long_text(12_000), published="2026-03-10")
    whole = next(pipeline.extract_documents([document]))
    monkeypatch.setattr(accord.sections, "SECTION_CHARS", 3_000)
    cut = next(pipeline.extract_documents([document]))
    same = {(e.type, e.trigger.start) for e in whole.events} & {(e.type, e.trigger.start) for e in cut.events}
    assert len(same) >= 0.95 * max(len(whole.events), len(cut.events))
    actors = {(a.start, a.country) for a in whole.actors} & {(a.start, a.country) for a in cut.actors}
    assert len(actors) >= 0.95 * max(len(whole.actors), len(cut.actors))
