"""A nationality's plural: the nation acting as one ('the Turks were opposed': its state, GOV) or its people
(CVL); resolver rule `demonym-people`, mention rule `+nation-acting`."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_helpers import actors_in


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("The Turks were until recently opposed to the plan.", "The Turks", "TUR"),
    ("The Russians said the talks would resume.", "The Russians", "RUS"),
])
def test_a_definite_nationality_as_subject_is_its_state(actors_nlp: Language, text: str, mention: str,
                                                        country: str) -> None:
    found = [a for a in actors_in(actors_nlp, text, "2019-06-01") if a.text == mention]
    assert found and (found[0].country, found[0].sector) == (country, "GOV"), found


@pytest.mark.parametrize(("text", "mention"), [("Aid was sent to the Syrians in the camps.", "the Syrians"),
                                               ("Turks voted on Sunday.", "Turks")])
def test_a_nationality_otherwise_is_its_people(actors_nlp: Language, text: str, mention: str) -> None:
    found = [a for a in actors_in(actors_nlp, text, "2019-06-01") if a.text == mention]
    assert found and found[0].sector == "CVL", found
