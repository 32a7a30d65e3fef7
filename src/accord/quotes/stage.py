"""The spaCy component ``accord_quotes_v2``: writes ``doc._.accord_quotes`` (list[accord.records.Quote]).

Reads ``doc._.accord_actors`` (through :func:`accord.actors.actors_for_token`) when the actor stage ran before
it; never re-parses the text.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.actors import actors_for_token
from accord.blackboard import QUOTES, QUOTES_STAGE, Stage, assigns, requires
from accord.budget import check_time
from accord.quotes.ending import Ending, load_ending
from accord.quotes.extract import extract_quotes
from accord.quotes.judge import Judged, Judges, load_judges
from accord.quotes.lexicon import CueLexicon, load_lexicon
from accord.quotes.speakers import ActorsForToken
from accord.quotes.titled import Reparse

FACTORY = QUOTES_STAGE


class QuoteStage(Stage):
    """Finds quotations and reported speech; the lexicon loads once per pipeline."""

    def __init__(self, lexicon: CueLexicon, lookup: ActorsForToken = actors_for_token,
                 judges: Judges | None = None, ending: Ending | None = None,
                 reparse: Reparse | None = None) -> None:
        self.lexicon = lexicon
        self.reparse = reparse
        self.ending = ending
        self.lookup = lookup
        self.judges = judges
        # set to a list by the judges' training script: every candidate is kept and its features recorded
        self.recording: list[tuple[str, str, Judged]] | None = None

    def __call__(self, doc: Doc) -> Doc:
        QUOTES.set(doc, extract_quotes(doc, self.lexicon, self.lookup, self.judges, self.recording,
                                              self.ending, self.reparse))
        return doc


@Language.factory(FACTORY, requires=requires(FACTORY), assigns=assigns(FACTORY))
def make_quote_stage(nlp: Language, name: str) -> QuoteStage:
    return QuoteStage(load_lexicon(), judges=load_judges(), ending=load_ending(), reparse=tagger_and_parser(nlp))


_REPARSING_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def tagger_and_parser(nlp: Language) -> Reparse:
    """Tags, parses and lemmatises given tokens with the model's own pipes (not its entity recogniser, not
    accord's stages): how a Title Case headline's case-normalised copy is read."""
    pipes = [pipe for name, pipe in nlp.pipeline if name in _REPARSING_PIPES]

    def reparse(words: list[str], spaces: list[bool]) -> Doc:
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
        for pipe in pipes:
            check_time()  # between the parser's pipes: a document out of time stops here
            doc = pipe(doc)
        return doc

    return reparse
