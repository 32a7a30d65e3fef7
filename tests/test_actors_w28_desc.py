"""Actors read from names in the text (issue 19, wave 28): a surname the story has already written alone for one
person stays that person's short form when a namesake is named in full later ('Hillary Clinton ... Clinton
said ... Bill Clinton campaigned ... Clinton said' is still Hillary); a story that names a second bearer in
full before using the surname alone for the first still turns to the second (test_actors_wave15b.py); within
the paragraph that names the namesake in full, the bare surname is the namesake's; a surname as a modifier
('the Clinton years') sets no short form."""

from __future__ import annotations

from spacy.language import Language

from actor_helpers import actor_runner, with_text

_actors = actor_runner("2016-05-02")


def test_a_surname_used_alone_stays_with_its_first_bearer_after_a_namesake(actors_nlp: Language) -> None:
    text = ("Hillary Clinton opened a field office in Denver on Tuesday. Clinton told volunteers the state was "
            "close.\n\nBill Clinton will visit Pueblo next week to raise money.\n\nClinton also promised new "
            "spending on roads and bridges.")
    actors = _actors(actors_nlp, text)
    bare = with_text(actors, "Clinton")
    assert len(bare) == 2 and all(a.name == "Hillary Clinton" for a in bare)
    assert with_text(actors, "Bill Clinton")[0].name == "Bill Clinton"


def test_a_namesake_after_the_short_form_keeps_the_bare_surname_for_the_first(actors_nlp: Language) -> None:
    text = ("Jeb Bush spent the weekend in Manchester. Bush said the race had barely begun.\n\nVoters there "
            "still remember George W. Bush, who won the state in the general election. Bush carried the state "
            "easily that year.\n\nBush plans two more town halls before the primary.")
    bare = sorted(with_text(_actors(actors_nlp, text), "Bush"), key=lambda a: a.start or 0)
    # the namesake's own paragraph gives him the bare surname; the next one returns to the story's short form
    assert [a.name for a in bare] == ["Jeb Bush", "George W. Bush", "Jeb Bush"]


def test_a_second_bearer_named_before_any_bare_surname_still_takes_it(actors_nlp: Language) -> None:
    text = ("Former President Bill Clinton spoke in Ohio on Monday. Chelsea Clinton, 36, campaigned in "
            "Iowa the same day. Clinton told voters that the race was close.")
    assert with_text(_actors(actors_nlp, text), "Clinton")[0].name == "Chelsea Clinton"


def test_a_surname_as_a_modifier_sets_no_short_form(actors_nlp: Language) -> None:
    text = ("Hillary Clinton praised the Clinton administration's record in Denver on Tuesday.\n\nBill Clinton, "
            "who will visit Pueblo next week, has raised money for the party.\n\nClinton said the state was close.")
    bare = with_text(_actors(actors_nlp, text), "Clinton")
    assert bare[-1].name == "Bill Clinton"
