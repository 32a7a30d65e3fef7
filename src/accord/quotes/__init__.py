"""Quotations and reported speech, attributed to their speakers (stage ``accord_quotes_v1``)."""

from accord.quotes.extract import extract_quotes
from accord.quotes.lexicon import CueLexicon, load_lexicon
from accord.quotes.speakers import SpeakerResolver

__all__ = ["CueLexicon", "SpeakerResolver", "extract_quotes", "load_lexicon"]
