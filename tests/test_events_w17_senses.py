"""Wave 17 sense rules for words of armed conflict told of political contests, each tried on sentences written
for these tests: where the rule holds and where it does not.

- a rule that denies the event needs every phrase of its slot: "fired on the crowd on Monday" is a shooting,
  though Monday is a time ("fired on Friday" alone is a dismissal), so "beaten in the primary in May" stays a
  beating (wave 17 had let either phrase deny, and lost shootings with a day named: taken out);
- a fight or a battle against a mood of the public (anger, apathy, resentment) is fought in words and votes;
- a battle for an office or a chamber won at the polls ("the battle for Senate control"), a fight in a race, one
  fought off as a challenge or fought to keep a majority, is the race itself.
"""

from __future__ import annotations

import pytest

from accord.events.tables import Tables
from accord.pipeline import Pipeline
from event_helpers import frame_types_of

SENSES = [
    # a denying rule needs every phrase of its slot: a time beside a target does not make a shooting a dismissal
    ("Police fired on the crowd on Monday.", "fired", "ASSAULT"),
    ("Soldiers fired on a convoy of aid trucks on Tuesday.", "fired", "ASSAULT"),
    ("The company fired its chief executive on Friday.", "fired", None),
    ("The incumbent was beaten in the runoff in 2018 by a former judge.", "beaten", None),
    ("Riot police beat students in the square in March.", "beat", "ASSAULT"),
    # fighting a mood is no armed fight; fighting an armed side is
    ("The party is fighting against public anger over the scandal.", "fighting", None),
    ("The governor battled voter apathy in the final weeks.", "battled", None),
    ("Rebels fought against government troops near the border.", "fought", "ASSAULT"),
    ("The army battled insurgents in the north.", "battled", "ASSAULT"),
    # a battle for an office or a chamber is the race; a battle for control of a town is fighting
    ("Both parties poured money into the battle for Senate control before the vote.", "battle", None),
    ("The two candidates fought for the presidency until the last day.", "fought", None),
    ("The rebels launched a battle for control of the airport.", "battle", "ASSAULT"),
    # a fight in a race, fought off as a challenge or fought to keep an office, is the race
    ("The mayor faces a fierce fight in the runoff.", "fight", None),
    ("The senator faces a tough battle in the Republican primary next month.", "battle", None),
    ("The governor fought off a challenge from a conservative lawmaker.", "fought", None),
    ("Republicans are battling to keep their majority in the House.", "battling", None),
    ("Government troops fought to retake the town from the rebels.", "fought", "ASSAULT"),
    ("The army battled to hold the bridge against the insurgents.", "battled", "ASSAULT"),
    ("Kurdish fighters fought off an attack by militants on the town.", "fought", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "word", "expected"), SENSES, ids=[t[:45] for t, _, _ in SENSES])
def test_a_contest_word_takes_the_sense_its_arguments_give(pipeline: Pipeline, tables: Tables, text: str,
                                                            word: str, expected: str | None) -> None:
    found = frame_types_of(pipeline, tables, text, word)
    assert (found[0] if found else None) == expected, found


def test_coordinated_words_of_one_phrase_must_all_deny(pipeline: Pipeline, tables: Tables) -> None:
    # "the candidate and his supporters" is one phrase: one word in it that is no competitor keeps the beating
    found = frame_types_of(pipeline, tables, "Guards beat the candidate and his supporters with batons.", "beat")
    assert found and found[0] == "ASSAULT", found
