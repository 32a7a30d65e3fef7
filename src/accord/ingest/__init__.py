"""Reading articles: text, HTML (via trafilatura), JSONL and CSV; normalisation and content hashing."""

from accord.ingest.normalise import content_hash, make_document, normalise_text
from accord.ingest.readers import DEFAULT_MAX_BYTES, ReadFailure, ReadOptions, read_inputs

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ReadFailure",
    "ReadOptions",
    "content_hash",
    "make_document",
    "normalise_text",
    "read_inputs",
]
