"""The shared subject questions of ``accord.syntax``, on hand-built parses (no model needed)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from accord.syntax import CLAUSE_SUBJECT_DEPS, NOMINAL_SUBJECT_DEPS, has_nominal_subject, nominal_subject


def _doc(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_the_labels() -> None:
    assert {"nsubj", "nsubjpass"} == NOMINAL_SUBJECT_DEPS
    assert NOMINAL_SUBJECT_DEPS | {"expl", "csubj"} == CLAUSE_SUBJECT_DEPS


def test_an_active_and_a_passive_subject() -> None:
    active = _doc(["Reed", "praised", "Ward"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    assert nominal_subject(active[1]).text == "Reed"  # type: ignore[union-attr]
    passive = _doc(["Ward", "was", "praised"], [2, 2, 2], ["nsubjpass", "auxpass", "ROOT"])
    assert nominal_subject(passive[2]).text == "Ward"  # type: ignore[union-attr]
    assert has_nominal_subject(active[1]) and has_nominal_subject(passive[2])


def test_an_inverted_subject_is_found_only_without_before() -> None:
    inverted = _doc(["Words", "said", "Reed"], [1, 1, 1], ["ccomp", "ROOT", "nsubj"])
    assert nominal_subject(inverted[1]).text == "Reed"  # type: ignore[union-attr]
    assert nominal_subject(inverted[1], before=True) is None


def test_no_nominal_subject() -> None:
    expletive = _doc(["There", "were", "clashes"], [1, 1, 1], ["expl", "ROOT", "attr"])
    assert nominal_subject(expletive[1]) is None
    assert not has_nominal_subject(expletive[1])
