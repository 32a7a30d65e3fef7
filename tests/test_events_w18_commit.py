"""Wave 18 senses of "commit" and "commitment", each tried on sentences written for these tests: where the rule
holds and where it does not.

- a crime or wrong "committed" is no promise, also when it is the antecedent of a relative clause without a
  relative word ("the abuses the soldiers were committing"): that clause's verb has its object there;
- "committed allies", being "committed to" a state of being or to a land or a people is a loyalty held, not a
  promise made (committed to an act or a goal stays an intent, AGREE);
- a bare "commitment" is the extent of an engagement or a promise already made ("the British commitment in
  Mali", "honoured their commitments"); with what is promised it stays one.
"""

from __future__ import annotations

import pytest

from accord.events.tables import Tables
from accord.pipeline import Pipeline
from event_helpers import frame_types_of

SENSES = [
    # a wrong committed, whether its object follows or is the antecedent of the clause
    ("Human rights groups say the militia committed atrocities against villagers.", "committed", None),
    ("He described the abuses the soldiers were committing in the north.", "committing", None),
    ("Witnesses spoke of the crimes the guards had committed against prisoners.", "committed", None),
    # a loyalty held: attributive, to a state of being, to a land or a people; an intent to act stays AGREE
    ("They are committed allies in the fight against the insurgents.", "committed", None),
    ("They are also committed western partners in the war on drugs.", "committed", None),
    ("The party says it is committed to being a neutral broker.", "committed", None),
    ("The fighters say they are committed to Kurdistan.", "committed", None),
    ("Vietnam is committed to opening up its economy to foreign banks.", "committed", "AGREE"),
    # a commitment made, with what is committed
    ("Germany committed 500 troops to the mission.", "committed", "AGREE"),
    # a bare commitment; one with its content
    ("The size of the British commitment in Mali remains unclear.", "commitment", None),
    ("Ministers said they had honoured their commitments.", "commitments", None),
    ("France reaffirmed its commitment to the security of Niger.", "commitment", "AGREE"),
    ("The president made a commitment to withdraw the troops by May.", "commitment", "AGREE"),
    ("Japan announced a commitment of five billion dollars to the fund.", "commitment", "AGREE"),
]


@pytest.mark.parametrize(("text", "word", "expected"), SENSES, ids=[t[:45] for t, _, _ in SENSES])
def test_commit_takes_the_sense_its_arguments_give(pipeline: Pipeline, tables: Tables, text: str, word: str,
                                                   expected: str | None) -> None:
    found = frame_types_of(pipeline, tables, text, word)
    assert (found[0] if found else None) == expected, found


GAP_SENSES = [
    # the antecedent of a relative clause without a relative word is its verb's object: a wrong committed (above),
    # weapons seized
    ("They counted the weapons the rebels had seized.", "seized", "COERCE"),
    ("Reporters read the statement the ministry had released.", "released", None),
]


@pytest.mark.parametrize(("text", "word", "expected"), GAP_SENSES, ids=[t[:45] for t, _, _ in GAP_SENSES])
def test_the_antecedent_of_a_contact_clause_is_its_object(pipeline: Pipeline, tables: Tables, text: str, word: str,
                                                          expected: str | None) -> None:
    found = frame_types_of(pipeline, tables, text, word)
    assert (found[0] if found else None) == expected, found


ADJUNCT_GAPS = [
    # an antecedent that tells when or how, or a clause whose stranded preposition takes the gap: no object
    ("She remembered the day the army attacked.", "attacked"),
    ("Observers noted the way the police fought.", "fought"),
    ("She showed us the house the family had lived in.", "lived"),
    # a relative word inside the clause holds the gap: "whose" guards fight alongside, not against, the antecedent
    ("Iran, whose guards are fighting alongside the army, backed the plan.", "fighting"),
]


@pytest.mark.parametrize(("text", "word"), ADJUNCT_GAPS, ids=[t[:45] for t, _ in ADJUNCT_GAPS])
def test_a_time_manner_or_stranded_gap_is_no_object(pipeline: Pipeline, tables: Tables, text: str,
                                                    word: str) -> None:
    from accord.events.valency import _object_gap

    verb = next(t for t in pipeline.nlp(text) if t.text == word)
    assert verb.dep_ == "relcl", [(t.text, t.dep_) for t in verb.doc]
    assert not _object_gap(verb, tables.senses)


def test_a_contact_clause_missing_its_object_has_the_gap(pipeline: Pipeline, tables: Tables) -> None:
    from accord.events.valency import _object_gap

    verb = next(t for t in pipeline.nlp("They counted the weapons the rebels had seized.") if t.text == "seized")
    assert verb.dep_ == "relcl" and _object_gap(verb, tables.senses)
