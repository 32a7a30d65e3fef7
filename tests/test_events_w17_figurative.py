"""Wave 17 sense rules for verbs of force told of politics and words, each tried on sentences written for these
tests: where the rule holds and where it does not.

- a flow or a run of a thing ("a surge of", "a wave of", "a string of") stands for that thing, as a container
  noun does: a law targeting a surge of hateful words targets words, drones targeting a convoy target trucks;
- what a law or a government targets when it targets crime, hatred or fear is no one;
- a party, a campaign or a candidacy is no property: destroyed, it is ruined in politics;
- fighting or battling to do an act of government (confirm, pass, elect) or to do something to a law is political;
  fighting to take or hold a place stays armed;
- the same verbs told of a campaign: voters targeted with ads, supporters repelled by a message, a race blown,
  rallying for a candidate; targeting a convoy with rockets, repelling troops, blowing a bridge and rallying for
  a prisoner's release keep their sense.
"""

from __future__ import annotations

import pytest

from accord.events.tables import Tables
from accord.pipeline import Pipeline
from event_helpers import frame_types_of

SENSES = [
    # a flow of words or of a hazard targeted: no attack; a flow of people or vehicles targeted: an attack
    ("The government targets a wave of hate speech online.", "targets", None),
    ("The ministry is targeting a surge of disinformation.", "targeting", None),
    ("The new rules target a rash of vitriol on social media.", "target", None),
    ("The government targets crime in the capital.", "targets", None),
    ("Police targeted a crowd of protesters with tear gas.", "targeted", "ASSAULT"),
    ("The militia targeted a group of soldiers at the checkpoint.", "targeted", "ASSAULT"),
    # a party or a candidacy destroyed is ruined in politics; a building or a bridge destroyed is destruction
    ("Critics say the nominee is destroying the Republican Party.", "destroying", None),
    ("His remarks destroyed his candidacy.", "destroyed", None),
    ("Gunmen destroyed the party headquarters.", "destroyed", "COERCE"),
    ("Rebels destroyed the bridge.", "destroyed", "COERCE"),
    # fought or battled to do an act of government, or to do something to a law: political
    ("The senator fought to confirm a conservative judge.", "fought", None),
    ("He fought to elect a new speaker.", "fought", None),
    ("The president battled to pass the budget.", "battled", None),
    ("Activists fought to defend the Constitution.", "fought", None),
    ("The rebels fought to capture the airport.", "fought", "ASSAULT"),
    ("Rebels fought to hold the bridge.", "fought", "ASSAULT"),
    # a campaign's verbs of force: the audience, supporters, a race or a candidate are no enemy
    ("The campaign is targeting suburban women with new ads.", "targeting", None),
    ("Gunmen targeted the convoy with rockets.", "targeted", "ASSAULT"),
    ("The candidate won't repel his supporters with that message.", "repel", None),
    ("The rebels repelled government troops from the village.", "repelled", "ASSAULT"),
    ("Republicans could blow the November matchup if they nominate him.", "blow", None),
    ("Bombers could blow the bridge before the army arrives.", "blow", "ASSAULT"),
    ("The mayor was rallying for a candidate in Ohio.", "rallying", None),
    ("Protesters were rallying for the release of the jailed editor.", "rallying", "PROTEST"),
]


@pytest.mark.parametrize(("text", "word", "expected"), SENSES, ids=[t[:45] for t, _, _ in SENSES])
def test_a_verb_of_force_takes_the_sense_its_arguments_give(pipeline: Pipeline, tables: Tables, text: str,
                                                            word: str, expected: str | None) -> None:
    found = frame_types_of(pipeline, tables, text, word)
    assert (found[0] if found else None) == expected, found
