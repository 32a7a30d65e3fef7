"""The ``accord_dates_v1`` spaCy component: writes ``doc._.accord_dates``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.blackboard import DATES, DATES_STAGE, Stage, assigns, requires
from accord.dates.find import find_dates


class DateStage(Stage):
    """Normalises every temporal expression against the article's publication date."""

    def __call__(self, doc: Doc) -> Doc:
        DATES.set(doc, find_dates(doc))
        return doc


@Language.factory(DATES_STAGE, requires=requires(DATES_STAGE), assigns=assigns(DATES_STAGE))
def make_date_stage(nlp: Language, name: str) -> DateStage:
    return DateStage()
