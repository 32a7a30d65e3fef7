"""Wave 36, sides: a possessive pronoun on what a noun of disapproval is aimed at ("the governor's attack on
*her* record") stands for someone other than the noun's party, as after a verb of disapproval; one's own thing
("her *own* record") and a noun of approval bind nothing."""

from __future__ import annotations

from accord.pipeline import Pipeline

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
