"""Readers: every supported input kind, and a clear, located error for each kind of bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from accord.ingest import ReadFailure, ReadOptions, read_inputs
from accord.records import Document

BACKBONE = Path(__file__).parent / "fixtures" / "backbone"


def _read(*paths: str | Path, options: ReadOptions | None = None) -> list[Document | ReadFailure]:
    return list(read_inputs([str(p) for p in paths], options))


def _docs(items: list[Document | ReadFailure]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def _failures(items: list[Document | ReadFailure]) -> list[ReadFailure]:
    return [i for i in items if isinstance(i, ReadFailure)]


def test_text_file_takes_metadata_from_its_sidecar() -> None:
    (doc,) = _read(BACKBONE / "harbour-talks.txt")
    assert isinstance(doc, Document)
    assert doc.id == "harbour-talks"
    assert doc.published == "2024-03-05"
    assert doc.title == "Norway and Iceland agree to share fisheries data"
    assert doc.url == "https://example.org/news/harbour-talks"
    assert doc.text.startswith("Norway and Iceland agree")
    assert len(doc.content_hash) == 64


def test_html_article_body_title_and_date_come_from_trafilatura() -> None:
    (doc,) = _read(BACKBONE / "border-protest.html")
    assert isinstance(doc, Document)
    assert "Polish farmers blocked a border crossing" in doc.text
    assert "Home" not in doc.text.split("\n")[0]
    assert "Copyright" not in doc.text
    assert doc.title == "Farmers block border crossing in protest at import rules"
    assert doc.published == "2024-02-12"


def test_jsonl_records_with_text_html_and_date_spellings() -> None:
    docs = _docs(_read(BACKBONE / "feed.jsonl"))
    assert [d.id for d in docs] == ["feed-1", "feed-2", "feed-3"]
    assert docs[0].published == "2024-01-20"
    assert docs[1].published == "2024-01-20"  # "date" column, written out in words
    assert docs[2].published is None  # unknown stays unknown
    assert "water cannon" in docs[2].text
    assert docs[0].source and docs[0].source.endswith("feed.jsonl:1")


def test_csv_rows_become_documents() -> None:
    docs = _docs(_read(BACKBONE / "wire.csv"))
    assert [d.id for d in docs] == ["wire-1", "wire-2"]
    assert docs[0].title == "Ghana signs loan deal"
    assert docs[1].published == "2024-02-02"


def test_directory_is_read_recursively_by_extension(tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "one.txt").write_text("Chad and Niger held talks on border security.", encoding="utf-8")
    (tmp_path / "two.md").write_text("Peru recalled its ambassador from Mexico.", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0binary")
    items = _read(tmp_path)
    assert sorted(d.id for d in _docs(items)) == ["a/b/one", "two"]
    (skipped,) = _failures(items)
    assert skipped.kind == "skipped" and "unsupported file type" in skipped.reason


def test_stdin_text_and_stdin_jsonl() -> None:
    text = list(read_inputs(["-"], stdin=io.BytesIO(b"Mali expelled the French ambassador.")))
    assert isinstance(text[0], Document) and text[0].id == "stdin"
    lines = (
        b'{"id": "s1", "text": "Laos and Thailand opened a bridge."}\n'
        b'{"id": "s2", "text": "Iran test-fired a missile."}\n'
    )
    assert [d.id for d in _docs(list(read_inputs(["-"], stdin=io.BytesIO(lines))))] == ["s1", "s2"]


def test_empty_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n ", encoding="utf-8")
    (failure,) = _read(path)
    assert isinstance(failure, ReadFailure)
    assert failure.source == str(path) and "empty" in failure.reason


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (failure,) = _read(path)
    assert isinstance(failure, ReadFailure) and "binary" in failure.reason


def test_non_utf8_file_is_decoded_and_the_encoding_noted(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    text = "Le président français a rencontré le Premier ministre à Genève. Les négociations ont échoué."
    path.write_bytes(text.encode("cp1252"))
    (doc,) = _read(path)
    assert isinstance(doc, Document)
    assert "président" in doc.text and "négociations" in doc.text
    assert any("not UTF-8" in note for note in doc.notes)


def test_oversized_file_is_refused_with_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("Talks continued. " * 200, encoding="utf-8")
    (failure,) = _read(path, options=ReadOptions(max_bytes=1000))
    assert isinstance(failure, ReadFailure)
    assert "limit is 1,000 bytes" in failure.reason


def test_malformed_jsonl_line_names_its_line_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "ok-1", "text": "Fiji joined the talks."})
    path.write_text(f'{good}\n{{"id": "bad", "text": "unterminated\n["list"]\n{good.replace("ok-1", "ok-2")}\n')
    items = _read(path)
    assert [d.id for d in _docs(items)] == ["ok-1", "ok-2"]
    bad_json, not_object = _failures(items)
    assert bad_json.source == f"{path}:2" and "malformed JSON" in bad_json.reason
    assert not_object.source == f"{path}:3" and "JSON object" in not_object.reason


def test_jsonl_record_without_text_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "x", "title": "no body"}\n', encoding="utf-8")
    (failure,) = _read(path)
    assert isinstance(failure, ReadFailure) and failure.doc_id == "x" and "no 'text'" in failure.reason


def test_csv_without_text_column_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("id,headline\n1,Talks resume\n", encoding="utf-8")
    (failure,) = _read(path)
    assert isinstance(failure, ReadFailure)
    assert "no 'text' or 'html' column" in failure.reason and "headline" in failure.reason


def test_html_without_article_body_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "nav.html"
    path.write_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    (failure,) = _read(path)
    assert isinstance(failure, ReadFailure) and "no article body" in failure.reason


def test_missing_path_is_reported(tmp_path: Path) -> None:
    (failure,) = _read(tmp_path / "nope.txt")
    assert isinstance(failure, ReadFailure) and "no such file" in failure.reason


def test_normalisation_gives_one_hash_for_one_text(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Bolivia  and Chile\r\nresumed talks.\n", encoding="utf-8")
    b.write_bytes("\ufeffBolivia and Chile\nresumed talks.".encode())
    doc_a, doc_b = _docs(_read(a, b))
    assert doc_a.text == doc_b.text == "Bolivia and Chile\nresumed talks."
    assert doc_a.content_hash == doc_b.content_hash


@pytest.mark.parametrize("published", ["2021-12-06", "6 December 2021", "Dec 6, 2021", "2021-12-06T10:00:00Z"])
def test_published_date_spellings(tmp_path: Path, published: str) -> None:
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps({"id": "d", "text": "Talks.", "published": published}), encoding="utf-8")
    (doc,) = _read(path)
    assert isinstance(doc, Document) and doc.published == "2021-12-06"
