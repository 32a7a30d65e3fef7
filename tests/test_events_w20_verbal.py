"""Wave 20 attacks in words, each tried on sentences written for these tests: where the rule holds and where it
does not.

- a person of politics (a candidate, a legislator, a party's figure) attacked by a side not named, a
  pronoun, or a side that bears no arms and is no state, with no weapon, no armed side, no harm and no spot of
  ground told, is criticised (ACCUSE); a thing of theirs attacked ("the senator's convoy") stays an attack;
- a campaigner's attack named by a noun with no target found ("the congressman's attack") is one in words,
  unless the sentence tells arms or harm;
- a person's standing, fitness or conduct attacked ("attacked her judgment") is criticised, whoever attacks.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import asserted_events

ATTACKS = [
    # persons of politics attacked by sides unnamed or unarmed: words
    ("She went on to attack the senator, saying he had ignored the schools.", "attack", "ACCUSE"),
    # (wave 37: "such attacks are rare" speaks of acts of a kind, generic and not asserted; the same words told of
    # acts that happened keep wave 20's point, words not force)
    ("The attacks on the former senator grew sharper among the candidates on Monday.", "attacks", "ACCUSE"),
    ("His supporters have waged nasty attacks on the congresswoman.", "attacks", "ACCUSE"),
    ("Outside groups spent $4 million attacking the congressman in the primary.", "attacking", "ACCUSE"),
    ("Conservative groups spent millions attacking the candidate.", "attacking", "ACCUSE"),
    ("The senator came under attack from her rivals.", "attack", "ACCUSE"),
    ("She attacked the candidate in Iowa on Monday.", "attacked", "ACCUSE"),
    # a campaigner's attack with no target found
    ("The congressman's attack fell flat with voters.", "attack", "ACCUSE"),
    # a person's standing attacked
    ("Her rival attacked the senator's judgment on Monday.", "attacked", "ACCUSE"),
    # real attacks stay real: armed sides, a state, harm told, a weapon, a spot, a private assailant, a thing hit
    ("Gunmen attacked the convoy near the city.", "attacked", "ASSAULT"),
    ("Troops targeted the camp with artillery.", "targeted", "ASSAULT"),
    ("Militants attacked the senator's convoy with rockets.", "attacked", "ASSAULT"),
    ("Rebels attacked the governor's residence on Sunday.", "attacked", "ASSAULT"),
    ("The candidate was attacked by a gunman at a rally.", "attacked", "ASSAULT"),
    ("Russia attacked Ukraine's power grid.", "attacked", "ASSAULT"),
    ("They attacked the police station with grenades.", "attacked", "ASSAULT"),
    ("A man attacked the mayor outside city hall.", "attacked", "ASSAULT"),
    ("The mayor was attacked outside his home on Friday.", "attacked", "ASSAULT"),
    ("The judge was attacked in his car.", "attacked", "ASSAULT"),
    ("Unknown assailants attacked the opposition leader in the capital.", "attacked", "ASSAULT"),
    ("The senator was attacked and wounded by a stranger.", "attacked", "ASSAULT"),
    # a head of government or an official is no campaigner: attacked by a side not named, it stays an attack
    ("Attacking the president has long been the demand of the exiles.", "Attacking", "ASSAULT"),
    # a campaigner's attack with no target, in a sentence of arms, stays one
    ("The congressman's attack came after soldiers fired weapons at the crowd.", "attack", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ATTACKS)
def test_what_is_attacked_and_by_whom_tells_words_from_force(pipeline: Pipeline, text: str, trigger: str,
                                                            expected: str) -> None:
    types = [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]
    assert expected in types, types
    assert ("ASSAULT" if expected == "ACCUSE" else "ACCUSE") not in types, types


@pytest.mark.parametrize("text", ["The senator, struck by her story, told her to tell it at every stop.",
                                  "Reporters were struck by the contrast between the two candidates."])
def test_struck_by_what_is_told_or_seen_is_no_blow(pipeline: Pipeline, text: str) -> None:
    assert not [e.type for e in asserted_events(pipeline, text) if e.trigger.text == "struck"]
