"""An abbreviation defined in brackets after a body's mention is that body wherever it stands later
(bridging.abbreviations_take_their_definition, rule `…+abbreviation`)."""

from __future__ import annotations

from spacy.language import Language

from accord.actors.bridging import abbreviations_take_their_definition
from accord.records import Actor
from actor_helpers import actors_in

DATE = "2019-06-01"


def test_a_bracketed_abbreviation_is_the_body_before_it(actors_nlp: Language) -> None:
    text = "Korea's Ministry of Trade, Industry and Energy (MOTIE) said it would act. MOTIE added that exports fell."
    found = [a for a in actors_in(actors_nlp, text, DATE) if a.text == "MOTIE"]
    assert len(found) == 2 and all((a.country, a.sector) == ("KOR", "GOV") for a in found), found


def test_an_abbreviation_the_text_never_defines_stays_unknown() -> None:
    text = "The Ruritanian Water Board said. RWB added."
    board = Actor(text="The Ruritanian Water Board", country="RUR", sector="GOV", kind="organisation", start=0,
                  end=26)
    later = Actor(text="RWB", name="RWB", kind="organisation", start=33, end=36, rule="named-organisation")
    assert abbreviations_take_their_definition([board, later], text) == [board, later]


def test_a_partys_bracket_after_a_name_is_no_abbreviation() -> None:
    text = "Senator Jo Smith (R-Ky.) said."
    person = Actor(text="Senator Jo Smith", country="USA", sector="LEG", kind="person", start=0, end=16)
    assert abbreviations_take_their_definition([person], text) == [person]


def test_a_known_name_is_not_overridden() -> None:
    text = "The Ruritanian Water Board (UN) said. The UN added."
    board = Actor(text="The Ruritanian Water Board", country="RUR", sector="GOV", kind="organisation", start=0,
                  end=26)
    known = Actor(text="The UN", name="United Nations", sector="IGO", kind="igo", start=38, end=44,
                  rule="igo")
    assert abbreviations_take_their_definition([board, known], text)[1] == known
