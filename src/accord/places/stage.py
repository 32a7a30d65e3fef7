"""The ``accord_places_v1`` spaCy component: writes ``doc._.accord_places``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.blackboard import PLACES, PLACES_STAGE, Stage, assigns, requires
from accord.places.gazetteer import shared_gazetteer
from accord.places.mentions import PlaceFinder


class PlaceStage(Stage):
    """Detects and geocodes place mentions; the gazetteer loads once, when the component is built."""

    def __init__(self, nlp: Language) -> None:
        self.finder = PlaceFinder(shared_gazetteer(), nlp)

    def __call__(self, doc: Doc) -> Doc:
        PLACES.set(doc, self.finder.find(doc))
        return doc


@Language.factory(PLACES_STAGE, requires=requires(PLACES_STAGE), assigns=assigns(PLACES_STAGE))
def make_place_stage(nlp: Language, name: str) -> PlaceStage:
    return PlaceStage(nlp)
