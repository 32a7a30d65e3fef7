"""The ``accord_quantities_v1`` spaCy component: writes ``doc._.accord_quantities``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.blackboard import QUANTITIES, QUANTITIES_STAGE, Stage, assigns, requires
from accord.places.countries import CountryNames
from accord.quantities.find import QuantityFinder
from accord.quantities.lexicon import load_lexicon


class QuantityStage(Stage):
    """Numbers with what they count; reads ``doc._.accord_dates`` so that dates are not counted twice."""

    def __init__(self) -> None:
        self.finder = QuantityFinder(load_lexicon(), CountryNames())

    def __call__(self, doc: Doc) -> Doc:
        QUANTITIES.set(doc, self.finder.find(doc))
        return doc


@Language.factory(QUANTITIES_STAGE, requires=requires(QUANTITIES_STAGE), assigns=assigns(QUANTITIES_STAGE))
def make_quantity_stage(nlp: Language, name: str) -> QuantityStage:
    return QuantityStage()
