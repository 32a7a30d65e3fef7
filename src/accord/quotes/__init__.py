"""Quotations and reported speech, attributed to their speakers (stage ``accord_quotes_v2``; v2: PARC-style
attribution — every cue class, noun cues, sourceless and medial attributions, only the outermost, typed)."""

from accord.quotes.extract import extract_quotes
from accord.quotes.lexicon import CueLexicon, load_lexicon
from accord.quotes.speakers import SpeakerResolver

__all__ = ["CueLexicon", "SpeakerResolver", "extract_quotes", "load_lexicon"]
