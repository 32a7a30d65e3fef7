"""Text normalisation and content hashing: the same article always yields the same text and hash."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime
from urllib.parse import urlsplit

from accord.records import Document

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A lone surrogate (JSON's "\ud800" escape decodes to one) is no character: UTF-8 cannot even encode it.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Invisible formatting that changes no word but splits or reorders them for a matcher: byte-order marks,
# zero-width spaces and word joiners, and the bidirectional marks, embeddings, overrides and isolates.
# (Zero-width joiners and non-joiners stay: Persian and Indic spelling needs them.)
_INVISIBLE = re.compile("[\ufeff\u200b\u2060\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, no control characters, invisible formatting marks or lone surrogates (each becomes
    U+FFFD), single spaces, at most one blank line in a row."""
    text = _INVISIBLE.sub("", _SURROGATE.sub("\ufffd", text))
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _MANY_BLANK_LINES.sub("\n\n", text).strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_date(value: object) -> str | None:
    """Any common date spelling -> YYYY-MM-DD, or None when it cannot be read (never invented)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    from dateutil import parser as date_parser  # local: only needed for non-ISO spellings

    try:
        parsed: datetime = date_parser.parse(text, fuzzy=False)
        return parsed.date().isoformat()
    except (ValueError, OverflowError):
        return None


def web_url(url: object) -> str | None:
    """An absolute http(s) URL, or None: a ``javascript:`` or ``data:`` URL must never become a link."""
    if not isinstance(url, str) or not url.strip():
        return None
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch in text for ch in "\x00\r\n\t <>\"'`") or len(text) > 2048:
        return None
    return text


def make_document(
    *,
    id: str,
    text: str,
    published: object = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    notes: tuple[str, ...] = (),
) -> Document:
    clean = normalise_text(text)
    link = web_url(url)
    if url and link is None:
        notes = (*notes, f"ignored url {str(url)[:60]!r}: only http(s) URLs are kept")
    return Document(
        id=str(id),
        text=clean,
        title=normalise_text(title) if title else None,
        url=link,
        published=normalise_date(published),
        source=source,
        content_hash=content_hash(clean),
        notes=notes,
    )
