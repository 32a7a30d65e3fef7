"""People a story credits with its making are journalists (MED): the names of a wire story's credit lines
('Reporting by A in Lima; Editing by B'), a paper's contributors ('Contributing: C'), a site's sign-off ('Follow D
on Twitter @d'), and a person who 'reported in' a news outlet or is 'reporting from' a place. A name in running
text after the same words ('Reporting by Jim Blake was praised') is not credited, nor a known person."""

from __future__ import annotations

from spacy.language import Language

from actor_helpers import actor_runner, named

_actors = actor_runner("2019-05-10")


def _sectors(actors_nlp: Language, text: str, name: str) -> set[str | None]:
    return {a.sector for a in named(_actors(actors_nlp, text), name)}


def test_every_name_of_a_wire_storys_credit_lines_is_a_journalist(actors_nlp: Language) -> None:
    text = ("The harbour authority closed the port on Monday after a storm damaged two piers. "
            "(Reporting by Ana Ruiz and Tom Lee in Lima; Additional reporting by Sam Hart in Quito; "
            "Editing by Dana Moss.)")
    for name in ("Tom Lee", "Sam Hart", "Dana Moss"):
        assert _sectors(actors_nlp, text, name) == {"MED"}, name


def test_a_contributor_line_names_a_journalist(actors_nlp: Language) -> None:
    text = "The county court adjourned the case until June. Contributing: Kelly Brandt"
    assert _sectors(actors_nlp, text, "Kelly Brandt") == {"MED"}


def test_an_authors_sign_off_names_a_journalist(actors_nlp: Language) -> None:
    text = ("The senator spoke for an hour to farmers in Des Moines on Friday. "
            "Follow Rick Olander on Twitter @rickolander.")
    assert _sectors(actors_nlp, text, "Rick Olander") == {"MED"}


def test_reporting_in_an_outlet_makes_a_journalist_at_every_mention(actors_nlp: Language) -> None:
    text = ("In 2017, Mara Quist reported in the Daily Telegraph that the base had been closed. "
            "Quist said officials had denied it.")
    actors = _actors(actors_nlp, text)
    assert {a.sector for a in named(actors, "Mara Quist")} == {"MED"}
    assert len(named(actors, "Mara Quist")) == 2


def test_the_words_of_a_credit_line_in_running_text_credit_no_one(actors_nlp: Language) -> None:
    text = "Reporting by Jim Blake on the flood was praised by readers, said Hal Moore."
    sectors = _sectors(actors_nlp, text, "Jim Blake")
    assert sectors and "MED" not in sectors  # the person is found, and is no journalist


def test_reporting_a_crime_makes_no_journalist(actors_nlp: Language) -> None:
    text = "Hal Moore reported on Monday that his car had been stolen from a garage in Leeds."
    sectors = _sectors(actors_nlp, text, "Hal Moore")
    assert sectors and "MED" not in sectors  # the person is found, and is no journalist


def test_a_clause_opening_with_a_credit_word_credits_no_one(actors_nlp: Language) -> None:
    text = "Contributing to the debate, Carla Mendes said the tax would hurt small farms."
    sectors = _sectors(actors_nlp, text, "Carla Mendes")
    assert sectors and "MED" not in sectors  # the person is found, and is no journalist


def test_a_known_person_in_a_credit_line_keeps_their_entry(actors_nlp: Language) -> None:
    text = ("The book was launched in London on Tuesday. Foreword by Boris Johnson; "
            "Editing by Boris Johnson.")
    sectors = _sectors(actors_nlp, text, "Boris Johnson")
    assert sectors and "MED" not in sectors  # the person is found, and is no journalist
