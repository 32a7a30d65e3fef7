"""Wave 36, sides: the person a bare surname names when the article names a namesake.

- A person introduced in apposition as another's kin ("X, son of the candidate", "X, the senator's daughter")
  shares the surname with that relative; the bare surname goes to the relative the knowledge base knows by it,
  not to the kin named in full. An unknown family, or a namesake described otherwise, keeps the surname.
- A judge's title ('Judge', 'Justice') rules out a namesake who never sat on a bench.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Actor


def _mentions(pipeline: Pipeline, text: str, words: str, published: str = "2016-05-02") -> list[Actor]:
    """The actor mentions of ``text`` whose words are ``words``."""
    return [a for a in pipeline.extract(text, published=published).actors if a.text == words]


# --- a surname shared with the kin the article names in full ------------------------------------------------


@pytest.mark.parametrize(("text", "surname", "named"), [
    # kin told after the name, by an of-phrase or a possessive: the bare surname is the known parent
    ("Chelsea Clinton, daughter of the former secretary of state, toured a clinic in Denver on Friday. "
     "Clinton told voters in Iowa that the primary was far from over.", "Clinton", "Hillary Clinton"),
    ("Chelsea Clinton, the former senator's daughter, toured a clinic in Denver on Friday. "
     "Clinton told voters in Iowa that the primary was far from over.", "Clinton", "Hillary Clinton"),
    # near misses: a description that is no tie, kin of an unknown family, a kin word inside another phrase
    ("Chelsea Clinton, a foundation executive, toured a clinic in Denver on Friday. "
     "Clinton told reporters that the clinic needed more nurses.", "Clinton", "Chelsea Clinton"),
    ("Darrow Pellick, son of a dairy farmer, spoke at the county fair in Ohio on Monday. "
     "Pellick said the new tariffs would ruin the farm.", "Pellick", "Darrow Pellick"),
    ("Chelsea Clinton spoke in Denver on Friday about her son. "
     "Clinton told reporters that the clinic needed more nurses.", "Clinton", "Chelsea Clinton"),
])
def test_a_bare_surname_after_a_person_named_as_kin(pipeline: Pipeline, text: str, surname: str,
                                                    named: str) -> None:
    bare = _mentions(pipeline, text, surname)
    assert bare and all(a.name == named for a in bare), bare


# --- a judge's title and a namesake who never sat on a bench -------------------------------------------------


def test_a_judge_is_no_namesake_who_never_sat_on_a_bench(pipeline: Pipeline) -> None:
    found = _mentions(pipeline, "Judge Sullivan ordered the agency to hand over the records by June.",
                      "Judge Sullivan")
    assert found and all(a.name != "Jake Sullivan" and a.sector == "JUD" for a in found), found


def test_near_miss_a_justice_who_sat_on_the_bench_keeps_the_name(pipeline: Pipeline) -> None:
    found = _mentions(pipeline, "Justice Scalia wrote a sharp dissent in the voting case.", "Justice Scalia",
                      published="2015-06-01")
    assert found and found[0].name == "Antonin Scalia", found


def test_near_miss_the_namesake_named_in_full_keeps_the_surname(pipeline: Pipeline) -> None:
    text = "Jake Sullivan said the talks would go on. Sullivan told reporters the deal was close."
    bare = _mentions(pipeline, text, "Sullivan")
    assert bare and all(a.name == "Jake Sullivan" for a in bare), bare


def test_kin_described_after_a_second_full_name_leaves_the_surname_to_the_first(pipeline: Pipeline) -> None:
    text = ("Bill Clinton campaigned in Ohio on Monday. Chelsea Clinton, daughter of the former president, spoke "
            "in Denver. Clinton told voters in Ohio that the race was close.")
    bare = _mentions(pipeline, text, "Clinton")
    assert bare and all(a.name == "Bill Clinton" for a in bare), bare


def test_near_miss_a_second_full_name_with_no_tie_takes_the_surname(pipeline: Pipeline) -> None:
    text = ("Bill Clinton campaigned in Ohio on Monday. Chelsea Clinton, a foundation executive, spoke in Denver. "
            "Clinton told reporters that the clinic needed more nurses.")
    bare = _mentions(pipeline, text, "Clinton")
    assert bare and all(a.name == "Chelsea Clinton" for a in bare), bare


# --- a possessive on what a noun of disapproval is aimed at -----------------------------------------------------

_MILLER = "Senator Jane Miller answered questions in Iowa on Monday. "


def _target_names(pipeline: Pipeline, text: str, trigger: str) -> list[str | None]:
    events = [e for e in pipeline.extract(text, published="2021-03-01").events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    return [a.name for a in events[0].recipient]


def test_a_possessive_after_an_attack_noun_is_not_the_attacker(pipeline: Pipeline) -> None:
    assert _target_names(pipeline, _MILLER + "The governor launched an attack on her record.", "attack") \
        == ["Jane Miller"]


def test_a_possessive_after_a_possessed_criticism_is_not_its_owner(pipeline: Pipeline) -> None:
    assert _target_names(pipeline, _MILLER + "The governor's criticism of her record was sharp.", "criticism") \
        == ["Jane Miller"]


def test_near_miss_ones_own_record_stays_ones_own(pipeline: Pipeline) -> None:
    assert "Jane Miller" not in _target_names(pipeline, _MILLER + "The governor's attack on her own record was odd.",
                                              "attack")


def test_near_miss_a_noun_of_approval_binds_nothing(pipeline: Pipeline) -> None:
    assert "Jane Miller" not in _target_names(pipeline, _MILLER + "Governor Ann Lee voiced support for her own plan.",
                                              "support")


# --- a doer named by whom it opposes ------------------------------------------------------------------------------


def test_rivals_accusing_with_no_target_named_accuse_whom_they_rival(pipeline: Pipeline) -> None:
    assert _target_names(pipeline, _MILLER + "Her rivals accused her of lying.", "accused") == ["Jane Miller"]


def test_attacks_from_her_rivals_are_aimed_at_her(pipeline: Pipeline) -> None:
    # (an "attacks" read as ASSAULT while its arguments are found, and as ACCUSE only after, is left out since
    # the rule is limited to the verbal conflict types and PROTEST: review36 finding 6)
    text = "Senator Jane Miller spoke in Iowa on Monday, fielding accusations from her rivals for the nomination."
    assert _target_names(pipeline, text, "accusations") == ["Jane Miller"]


def test_near_miss_allies_are_no_opponents(pipeline: Pipeline) -> None:
    assert "Jane Miller" not in _target_names(pipeline, _MILLER + "Her allies accused the campaign of lying.",
                                              "accused")


def test_near_miss_a_target_of_their_own_stays(pipeline: Pipeline) -> None:
    assert _target_names(pipeline, _MILLER + "Her rivals accused Governor Tom Reed of lying.", "accused") \
        == ["Tom Reed"]
