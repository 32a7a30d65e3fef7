"""The ``accord_dates_v1`` spaCy component: writes ``doc._.accord_dates``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.dates.find import find_dates
from accord.nlp import Stage


class DateStage(Stage):
    """Normalises every temporal expression against the article's publication date."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.accord_dates = find_dates(doc)
        return doc


@Language.factory("accord_dates_v1")
def make_date_stage(nlp: Language, name: str) -> DateStage:
    return DateStage()
