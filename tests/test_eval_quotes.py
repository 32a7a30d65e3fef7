"""BRAT reader and the quote-attribution scorer, on the project's own BRAT fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.errors import EvalError
from accord.eval.attribution import align_offsets, carry_over, score_attributions, token_overlap
from accord.eval.brat import parse_ann, read_brat_dir
from accord.ingest import normalise_text
from accord.records import Actor, Quote

BRAT = Path(__file__).parent / "fixtures" / "brat"


def test_reader_links_event_lines() -> None:
    doc = next(d for d in read_brat_dir(BRAT) if d.id == "harbour-strike")
    first, second, third = doc.attributions
    assert first.content.text.startswith("We will not load") and first.direct
    assert [s.text for s in first.sources] == ["Halima Mwangi"] and first.cue and first.cue.text == "said"
    assert [s.text for s in second.sources] == ["Peter Kamau"] and not second.direct
    assert [s.text for s in third.sources] == ["He"] and third.cue and third.cue.text == "added"


def test_reader_links_relation_lines_and_reads_attributes() -> None:
    doc = next(d for d in read_brat_dir(BRAT) if d.id == "river-talks")
    indirect, direct = doc.attributions
    assert indirect.content.text == "the reservoir is already a third full"
    assert [s.text for s in indirect.sources] == ["the regional water authority"]
    assert indirect.cue and indirect.cue.text == "According to"
    assert not indirect.direct and direct.direct
    assert [s.text for s in direct.sources] == ["Jean-Paul Mbeki"]


def test_reader_refuses_spans_outside_the_text() -> None:
    with pytest.raises(EvalError, match="outside the text"):
        parse_ann("T1\tContent 0 99\tx", "short text")


def test_a_span_defined_after_its_event_line_is_linked() -> None:
    text = "The port will close, the mayor said, and the ferries will stop."
    ann = "\n".join(["T1\tContent 0 19\tThe port will close", "T2\tSource 21 30\tthe mayor",
                     "T3\tCue 31 35\tsaid", "E1\tAttribution:T3 Source:T2 Content:T1 Content2:T4",
                     "T4\tContent 41 62\tthe ferries will stop"])
    first, second = parse_ann(ann, text)
    assert second.content.text == "the ferries will stop"
    assert [s.text for s in second.sources] == ["the mayor"] and second.cue and second.cue.text == "said"
    assert [s.text for s in first.sources] == ["the mayor"]


def test_discontinuous_span_is_covered_whole() -> None:
    text = "Peace, she said, is near."
    (attribution,) = parse_ann("T1\tContent 0 5;17 24\tPeace is near", text)
    assert attribution.content.text == "Peace, she said, is near"


def test_offsets_are_carried_over_to_normalised_text() -> None:
    doc = next(d for d in read_brat_dir(BRAT) if d.id == "river-talks")
    normalised = normalise_text(doc.text)
    assert normalised != doc.text  # the fixture has a double space before the spans
    mapping = align_offsets(doc.text, normalised)
    for attribution in doc.attributions:
        moved = carry_over(attribution, mapping, normalised)
        assert moved.content.text == attribution.content.text
        assert [s.text for s in moved.sources] == [s.text for s in attribution.sources]


def test_windows_line_ends_count_in_offsets_and_are_carried_over() -> None:
    doc = next(d for d in read_brat_dir(BRAT) if d.id == "highway-blockade")
    assert "\r\n" in doc.text
    direct, indirect = doc.attributions
    assert direct.direct and direct.content.text.startswith("We have waited two years")
    assert direct.content.text.endswith("another season,")  # two sentences in one quote
    normalised = normalise_text(doc.text)
    moved = carry_over(indirect, align_offsets(doc.text, normalised), normalised)
    assert moved.content.text == "engineers would begin work on the canal in May"
    assert moved.content.start < indirect.content.start  # the carriage returns are gone


def _span(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def test_scorer_known_answers() -> None:
    doc = next(d for d in read_brat_dir(BRAT) if d.id == "harbour-strike")
    text = doc.text
    q1 = _span(text, "\"We will not load a single ship until the new rules are withdrawn,\"")
    q2 = _span(text, "the rules would stay")  # 4 of 6 tokens: overlaps enough, not exact
    q4 = _span(text, "Dock workers in Mombasa stayed off the job")  # not a quote at all
    mwangi = _span(text, "Halima Mwangi")
    predicted = [
        Quote("q1", text[q1[0]:q1[1]], *q1, direct=True,
              speaker=Actor("Halima Mwangi", start=mwangi[0], end=mwangi[1])),
        Quote("q2", text[q2[0]:q2[1]], *q2, direct=False, speaker=Actor("Kamau", name="Peter Kamau")),
        Quote("q4", text[q4[0]:q4[1]], *q4, direct=False),
    ]
    report = score_attributions(doc.id, text, doc.attributions, predicted)
    assert (report.content.matched_gold, report.content.gold, report.content.predicted) == (2, 3, 3)
    assert report.content.f1 == pytest.approx(2 / 3)
    assert report.exact.matched_gold == 1  # quotation marks are trimmed before comparing
    assert report.speaker == (2, 2)
    assert (report.direct.precision, report.direct.recall) == (1.0, 1.0)
    assert (report.indirect.precision, report.indirect.recall) == (0.5, 0.5)
    kinds = sorted(m["kind"] for m in report.misses)
    assert kinds == ["extra quote", "missed quote"]


def test_scorer_perfect_empty_and_wrong_speaker() -> None:
    doc = next(d for d in read_brat_dir(BRAT) if d.id == "harbour-strike")
    perfect = [
        Quote(f"q{i}", a.content.text, a.content.start, a.content.end, a.direct,
              speaker=Actor(a.sources[0].text, start=a.sources[0].start, end=a.sources[0].end))
        for i, a in enumerate(doc.attributions)
    ]
    report = score_attributions(doc.id, doc.text, doc.attributions, perfect)
    assert report.content.f1 == 1.0 and report.exact.f1 == 1.0 and report.speaker_accuracy == 1.0
    empty = score_attributions(doc.id, doc.text, doc.attributions, [])
    assert empty.content.f1 == 0.0 and empty.speaker == (0, 0)
    wrong = [Quote("q", q.text, q.start, q.end, q.direct, speaker=Actor("Kamau")) for q in perfect[:1]]
    assert score_attributions(doc.id, doc.text, doc.attributions, wrong).speaker == (0, 1)


def test_token_overlap_is_relative_to_the_longer_span() -> None:
    text = "one two three four five six"
    assert token_overlap(text, (0, len(text)), (0, 13)) == 0.5  # 3 of 6 tokens
    assert token_overlap(text, (0, 7), (8, 13)) == 0.0


def test_missing_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError):
        list(read_brat_dir(tmp_path / "nope"))
