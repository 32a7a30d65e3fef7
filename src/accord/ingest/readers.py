"""Readers: paths (files, directories, ``-`` for stdin) -> Documents, or ReadFailures that say why.

Nothing is dropped silently: every input yields either a Document or a ReadFailure naming the file (and the
line or row for JSONL/CSV), so the ingest log can record the outcome of each.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from accord.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    NoArticleBodyError,
    OversizedInputError,
)
from accord.ingest.normalise import make_document
from accord.records import Document

DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # one input file; a feed export larger than this should be split
DEFAULT_MAX_DOC_CHARS = 1_000_000  # one article; spaCy's own default limit on a Doc

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES
SIDECAR_SUFFIX = ".meta.json"
MIN_BODY_WORDS = 5  # fewer words than this from a page is navigation debris, not an article


@dataclass(frozen=True)
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS


@dataclass(frozen=True)
class ReadFailure:
    """An input that did not become a document, and why."""

    source: str
    reason: str
    kind: str = "failed"  # failed | skipped
    doc_id: str | None = None

    @classmethod
    def from_error(cls, error: InputError, doc_id: str | None = None) -> ReadFailure:
        return cls(source=error.source, reason=error.reason, doc_id=doc_id)


ReadItem = Document | ReadFailure


def read_inputs(
    paths: Sequence[str], options: ReadOptions | None = None, stdin: BinaryIO | None = None
) -> Iterator[ReadItem]:
    """Read every path in order; a directory is read recursively by extension, ``-`` is stdin."""
    opts = options or ReadOptions()
    for raw in paths:
        if raw == "-":
            yield from _read_stdin(stdin or sys.stdin.buffer, opts)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _read_directory(path, opts)
        elif path.exists():
            yield from read_file(path, opts, doc_id=path.stem)
        else:
            yield ReadFailure(str(path), "no such file or directory")


def _read_directory(root: Path, opts: ReadOptions) -> Iterator[ReadItem]:
    """Every entry below ``root``, in path order: a file is read; anything that is not read (a broken or
    looping link, an unreadable folder, a special file, an unsupported type) gets a log line saying why.
    Hidden entries (".git", ".DS_Store") and metadata sidecars are passed over without one."""
    found: list[tuple[str, Path | None, ReadFailure | None]] = []
    for entry, problem in _walk(root, {_identity(root)}):
        found.append((str(entry), None if problem else entry, problem))
    for _, file, problem in sorted(found, key=lambda f: f[0]):
        if problem is not None:
            yield problem
        elif file is not None and file.suffix.lower() not in KNOWN_SUFFIXES:
            yield ReadFailure(str(file), f"unsupported file type {file.suffix or '(none)'!r}", kind="skipped")
        elif file is not None:
            yield from read_file(file, opts, doc_id=file.relative_to(root).with_suffix("").as_posix())


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[tuple[Path, ReadFailure | None]]:
    """(file, None) for each file below ``folder``, (entry, why) for each entry that cannot be read.
    Symbolic links are followed; ``seen`` holds the folders on the way here, so a link back to one of them
    (a loop) is reported instead of followed."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        yield folder, ReadFailure(str(folder), f"cannot read folder: {error.strerror or error}")
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith(".") or entry.name.endswith(SIDECAR_SUFFIX):
            continue
        try:
            info = path.stat()  # follows links
        except FileNotFoundError:
            target = _link_target(path)
            yield path, ReadFailure(str(path), f"broken symbolic link (to {target}, which does not exist)")
            continue
        except OSError as error:
            reason = "symbolic link loop" if error.errno == 40 else f"cannot read: {error.strerror or error}"
            yield path, ReadFailure(str(path), reason)
            continue
        if stat.S_ISDIR(info.st_mode):
            identity = (info.st_dev, info.st_ino)
            if identity in seen:
                yield path, ReadFailure(str(path), f"symbolic link loop (to {_link_target(path)}, a folder above "
                                        "it, already being read)", kind="skipped")
                continue
            yield from _walk(path, seen | {identity})
        elif stat.S_ISREG(info.st_mode):
            yield path, None
        else:
            yield path, ReadFailure(str(path), "not a regular file (a device, pipe or socket)", kind="skipped")


def _identity(folder: Path) -> tuple[int, int]:
    info = folder.stat()
    return info.st_dev, info.st_ino


def _link_target(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "?"


def read_file(path: Path, opts: ReadOptions, doc_id: str) -> Iterator[ReadItem]:
    """One file -> its documents. JSONL and CSV may hold many; text and HTML hold one."""
    source = str(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if size > opts.max_bytes:
            raise OversizedInputError(source, f"file is {size:,} bytes; the limit is {opts.max_bytes:,} bytes")
        text, notes = decode_bytes(path.read_bytes(), source)
    except InputError as error:
        yield ReadFailure.from_error(error, doc_id)
        return
    except OSError as error:
        yield ReadFailure(source, f"cannot read: {error.strerror or error}", doc_id=doc_id)
        return
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_records(text, source, opts, doc_id, notes)
    elif suffix in CSV_SUFFIXES:
        yield from _csv_records(text, source, opts, "\t" if suffix == ".tsv" else ",", doc_id, notes)
    else:
        meta, meta_notes = _sidecar(path)
        is_html = suffix in HTML_SUFFIXES
        body, html = (None, text) if is_html else (text, None)
        yield _safe_document(source, opts, meta, doc_id, body, html, (*notes, *meta_notes))


def decode_bytes(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Bytes -> text. UTF-8 first; otherwise detect the encoding and say so. Binary data is refused."""
    if not data.strip():
        raise EmptyInputError(source, "empty input (no text)")
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BinaryInputError(source, "binary data (NUL bytes), not a text article")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # local: only needed for non-UTF-8 input

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise BinaryInputError(source, "binary data or unknown text encoding, cannot decode")
    text = str(best)
    if _looks_binary(text):
        raise BinaryInputError(source, "binary data, not a text article")
    return text, (f"not UTF-8; decoded as {best.encoding}",)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    odd = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t") or ch == "\ufffd")
    return odd > max(8, len(sample) // 50)


def _read_stdin(stream: BinaryIO, opts: ReadOptions) -> Iterator[ReadItem]:
    data = stream.read(opts.max_bytes + 1)
    try:
        if len(data) > opts.max_bytes:
            raise OversizedInputError("<stdin>", f"input exceeds the limit of {opts.max_bytes:,} bytes")
        text, notes = decode_bytes(data, "<stdin>")
    except InputError as error:
        yield ReadFailure.from_error(error, "stdin")
        return
    if text.lstrip().startswith("{"):
        yield from _jsonl_records(text, "<stdin>", opts, "stdin", notes)
    else:
        yield _safe_document("<stdin>", opts, {}, "stdin", text, None, notes)


def _jsonl_records(
    text: str, source: str, opts: ReadOptions, default_id: str, notes: tuple[str, ...]
) -> Iterator[ReadItem]:
    for lineno, line in enumerate(io.StringIO(text), start=1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield ReadFailure(where, f"malformed JSON: {error.msg} at column {error.colno}")
            continue
        if not isinstance(record, dict):
            yield ReadFailure(where, f"expected a JSON object, got {type(record).__name__}")
            continue
        yield _record_document(record, where, opts, f"{default_id}:{lineno}", notes)


def _csv_records(
    text: str, source: str, opts: ReadOptions, delimiter: str, default_id: str, notes: tuple[str, ...]
) -> Iterator[ReadItem]:
    csv.field_size_limit(opts.max_doc_chars * 4)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "text" not in fields and "html" not in fields:
        found = ", ".join(fields) or "no header"
        yield ReadFailure(source, f"CSV has no 'text' or 'html' column (columns: {found})")
        return
    try:
        for row in reader:
            lineno = reader.line_num
            record = {(k or "").strip().lower(): v for k, v in row.items() if k is not None}
            row_notes = notes
            extra = row.get(None)  # DictReader's key for the cells past the header
            if extra:
                row_notes = (*notes, f"row has {len(fields) + len(extra)} cells, the header {len(fields)}; "
                             f"the last {len(extra)} ignored")
            elif any(v is None for v in row.values()):
                short = sum(1 for v in row.values() if v is None)
                row_notes = (*notes, f"row has {len(fields) - short} cells, the header {len(fields)}; "
                             "the missing ones read as empty")
            yield _record_document(record, f"{source}:{lineno}", opts, f"{default_id}:{lineno}", row_notes)
    except csv.Error as error:
        yield ReadFailure(f"{source}:{reader.line_num}", f"malformed CSV: {error}")


def _record_document(
    record: Mapping[str, Any], where: str, opts: ReadOptions, default_id: str, notes: tuple[str, ...]
) -> ReadItem:
    doc_id = str(record.get("id") or default_id)
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str | None) or not isinstance(html, str | None):
        return ReadFailure(where, "'text' and 'html' must be strings", doc_id=doc_id)
    if not (text or "").strip() and not (html or "").strip():
        return ReadFailure(where, "record has no 'text' or 'html'", doc_id=doc_id)
    return _safe_document(where, opts, record, doc_id, text if (text or "").strip() else None, html, notes)


def _safe_document(
    source: str,
    opts: ReadOptions,
    meta: Mapping[str, Any],
    doc_id: str,
    text: str | None,
    html: str | None,
    notes: tuple[str, ...] = (),
) -> ReadItem:
    doc_id = str(meta.get("id") or doc_id)
    try:
        return _build_document(source, opts, meta, doc_id, text, html, notes)
    except InputError as error:
        return ReadFailure.from_error(error, doc_id)


def _build_document(
    source: str,
    opts: ReadOptions,
    meta: Mapping[str, Any],
    doc_id: str,
    text: str | None,
    html: str | None,
    notes: tuple[str, ...],
) -> Document:
    title = meta.get("title")
    published = meta.get("published") or meta.get("date")
    url = meta.get("url")
    if text is None and html is not None:
        text, html_title, html_date, html_url = extract_html(html, source)
        title, published, url = title or html_title, published or html_date, url or html_url
    if text is None or not text.strip():
        raise EmptyInputError(source, "empty input (no text)")
    if len(text) > opts.max_doc_chars:
        raise OversizedInputError(
            source, f"article is {len(text):,} characters; the limit is {opts.max_doc_chars:,}"
        )
    document = make_document(
        id=doc_id, text=text, published=published, title=title, url=url, source=source, notes=notes
    )
    if not document.text:
        raise EmptyInputError(source, "empty input (only whitespace or control characters)")
    return document


def extract_html(html: str, source: str) -> tuple[str, str | None, str | None, str | None]:
    """Article body, title, date and URL of an HTML page, via trafilatura.

    libxml2, which parses the page, stops at 256 levels of nesting: a page of thousands of nested ``<div>``s
    loses its text. Such a page is read again with its layout-only wrappers (div, span, section, ...)
    taken out; when even that finds no body, the reason says how deep the page nests.
    """
    result = _trafilatura(html)
    body = _body(result)
    depth = nesting_depth(html)
    if body is None and depth > MAX_HTML_DEPTH:
        result = _trafilatura(_WRAPPER_TAGS.sub(" ", html))
        body = _body(result)
    if body is None:
        deep = f" (it nests elements {depth:,} levels deep; the HTML parser stops at {MAX_HTML_DEPTH})"
        raise NoArticleBodyError(source, "HTML page has no article body that could be extracted"
                                 + (deep if depth > MAX_HTML_DEPTH else ""))
    return body, getattr(result, "title", None), getattr(result, "date", None), getattr(result, "url", None)


MAX_HTML_DEPTH = 255
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)\b[^>]*?(/?)>")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr"})
# Elements that only lay a page out: removing their tags keeps every word and paragraph.
_WRAPPER_TAGS = re.compile(r"</?(?:div|span|section|article|main|center|font|table|tbody|tr|td|th)\b[^>]*>",
                           re.IGNORECASE)


def nesting_depth(html: str) -> int:
    """How deep the page's elements nest, by one linear scan of its tags (a close tag pops to its opener)."""
    stack: list[str] = []
    open_count: dict[str, int] = {}
    deepest = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match[1], match[2].lower(), match[3]
        if closing:
            while open_count.get(name) and stack:  # each element is pushed and popped once: linear
                popped = stack.pop()
                open_count[popped] -= 1
                if popped == name:
                    break
        elif not self_closing and name not in _VOID:
            stack.append(name)
            open_count[name] = open_count.get(name, 0) + 1
            deepest = max(deepest, len(stack))
    return deepest


def _trafilatura(html: str) -> Any:
    import trafilatura  # local: heavy import, only needed for HTML

    return trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)


def _body(result: Any) -> str | None:
    body = getattr(result, "text", None) if result is not None else None
    return body if isinstance(body, str) and len(body.split()) >= MIN_BODY_WORDS else None


def _sidecar(path: Path) -> tuple[dict[str, Any], tuple[str, ...]]:
    """``article.meta.json`` beside ``article.txt`` gives its id, published date, title and URL."""
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}, ()
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return {}, (f"ignored unreadable metadata {sidecar.name}: {error}",)
    if not isinstance(data, dict):
        return {}, (f"ignored metadata {sidecar.name}: not a JSON object",)
    return data, ()
