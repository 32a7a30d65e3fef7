"""Layer 2 on sentences written for these tests (wave 36, acts that are not asserted):

- Verbs in the base form offered as alternatives by "either ... or" ("must either embrace him or attack him", "a
  choice: either endorse him or criticise him") name a choice still to make: neither act is asserted.
- Near misses stay asserted: "either way" marks no pair, "either ... or" between nouns ("arrested either the mayor
  or his aide") tells one act, a plain "or" or "and" between verbs is no choice, a pair told in the past
  ("either criticised the governor or praised the mayor") reports one of them done, and a verb joined by "and" to
  the pair ("met the mayor and either praised him or ...") keeps its own reading; alternatives of one event type
  ("either shelled the town or bombed it") tell an act of that type whichever is true.
- Verbs joined by "neither ... nor" are both negated, whether the second shares the first's subject ("neither
  praised the mayor nor criticised him") or has its own ("..., nor did he criticise him"); so is a verb whose
  object is such a pair ("criticised neither the mayor nor the governor"). Near misses: a verb joined to the pair
  by "and" stays asserted; "neither confirmed nor denied that ..." is left as the verbs of saying leave it.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _kinds(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    """(type, trigger, factuality) of every event of ``text``."""
    return [(e.type, e.trigger.text, e.factuality)
            for e in pipeline.extract(text, published="2016-10-04", id="t").events]


def _factuality_of(pipeline: Pipeline, text: str, trigger: str) -> str:
    found = [k[2] for k in _kinds(pipeline, text) if k[1] == trigger]
    assert found, _kinds(pipeline, text)
    return found[0]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Republican senators face a choice: either embrace Governor Tom Reyes or attack him.", "attack"),
    ("Senator Mary Hale will either back the sanctions bill or vote against it.", "back"),
    ("Senator Mary Hale will either back the sanctions bill or vote against it.", "vote"),
    ("Republicans must decide: either endorse Governor Tom Reyes or criticize him.", "criticize"),
])
def test_acts_offered_as_alternatives_are_not_asserted(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert _factuality_of(pipeline, text, trigger) == "hypothetical"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Either way, police arrested the mayor on Tuesday.", "arrested"),  # "either way": no pair of acts
    ("Police arrested either the mayor or his aide on Tuesday.", "arrested"),  # one arrest, of one of two
    ("Police arrested the mayor or his aide on Tuesday.", "arrested"),  # a plain "or": no choice marked
    ("Governor Tom Reyes met the mayor and either praised him or criticized him.", "met"),  # joined by "and"
    ("Senator Mary Hale criticized the governor and praised the mayor.", "praised"),
    ("Governor Tom Reyes chose to attack his rival on Tuesday.", "attack"),  # a choice made is an act done
    ("The rebels either shelled the town or bombed it on Monday.", "shelled"),  # an attack, whichever it was
    # a pair told in the past reports that one of the acts was done
    ("Either Senator Mary Hale criticized the governor, or she praised the mayor.", "criticized"),
    ("Governor Tom Reyes met the mayor and either praised him or criticized him.", "criticized"),
])
def test_near_misses_of_alternatives_stay_asserted(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert _factuality_of(pipeline, text, trigger) == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Governor Tom Reyes neither praised the mayor nor criticized him.", "praised"),
    ("Governor Tom Reyes neither praised the mayor nor criticized him.", "criticized"),
    ("Senator Mary Hale has neither endorsed the governor nor attacked him.", "attacked"),
    ("Governor Tom Reyes neither praised the mayor, nor did he criticize him.", "criticize"),
    ("Senator Mary Hale criticized neither the mayor nor the governor.", "criticized"),
])
def test_acts_denied_as_a_pair_are_negated(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert _factuality_of(pipeline, text, trigger) == "negated"


def test_a_verb_beside_a_denied_pair_stays_asserted(pipeline: Pipeline) -> None:
    text = "Senator Mary Hale met the mayor and neither praised him nor criticized him."
    assert _factuality_of(pipeline, text, "met") == "asserted"
    assert _factuality_of(pipeline, text, "criticized") == "negated"


def test_neither_confirming_nor_denying_adds_no_negation(pipeline: Pipeline) -> None:
    """The pair of verbs of saying withholds a stance: the clause keeps the reading the denial gives it (as before
    this rule); it is never made asserted by two negations cancelling."""
    text = "Senator Mary Hale neither confirmed nor denied that troops attacked the village."
    assert _factuality_of(pipeline, text, "attacked") != "asserted"
