"""The spaCy component ``accord_quotes_v1``: writes ``doc._.accord_quotes`` (list[accord.records.Quote]).

Reads ``doc._.accord_actors`` when the actor stage ran before it; never re-parses the text.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp import Stage
from accord.quotes.extract import extract_quotes
from accord.quotes.lexicon import CueLexicon, load_lexicon
from accord.quotes.speakers import ActorsForToken, load_actor_lookup

FACTORY = "accord_quotes_v1"


class QuoteStage(Stage):
    """Finds quotations and reported speech; the lexicon loads once per pipeline."""

    def __init__(self, lexicon: CueLexicon, lookup: ActorsForToken | None = None) -> None:
        self.lexicon = lexicon
        self.lookup = lookup

    def configure(self, options: Any) -> None:
        """Called once by Pipeline after building; the actor helper may have been imported by now."""
        if self.lookup is None:
            self.lookup = load_actor_lookup()

    def __call__(self, doc: Doc) -> Doc:
        doc._.accord_quotes = extract_quotes(doc, self.lexicon, self.lookup)
        return doc


@Language.factory(FACTORY)
def make_quote_stage(nlp: Language, name: str) -> QuoteStage:
    return QuoteStage(load_lexicon(), load_actor_lookup())
