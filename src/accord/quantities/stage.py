"""The ``accord_quantities_v1`` spaCy component: writes ``doc._.accord_quantities``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp import Stage
from accord.places.countries import CountryNames
from accord.quantities.find import QuantityFinder
from accord.quantities.lexicon import load_lexicon


class QuantityStage(Stage):
    """Numbers with what they count; reads ``doc._.accord_dates`` so that dates are not counted twice."""

    def __init__(self) -> None:
        self.finder = QuantityFinder(load_lexicon(), CountryNames())

    def __call__(self, doc: Doc) -> Doc:
        doc._.accord_quantities = self.finder.find(doc)
        return doc


@Language.factory("accord_quantities_v1")
def make_quantity_stage(nlp: Language, name: str) -> QuantityStage:
    return QuantityStage()
