"""How protests, riots and armed clashes are reported: an act told by what it did ("the clashes left six dead"),
seen to happen ("fighting was reported"), carried out by the public counted by its size ("thousands marched"),
the public protesting a thing ("residents protested the eviction"), explosives that go off, bombs thrown, a
charge at a crowd, a time clause opened by "when", sit-ins, vigils of dissent, fire into a place, strikes on
hideouts. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _types(pipeline: Pipeline, text: str) -> set[str]:
    return {e.type for e in pipeline.extract(text, published="2021-03-01").events if e.factuality == "asserted"}


CODED = [
    # an act as the subject of what it did in the past: it happened
    ("The dock strike shut down the northern ports last week.", "PROTEST"),
    ("The riots left two shopkeepers dead in the market town.", "PROTEST"),
    ("The border clashes forced hundreds of herders to flee.", "ASSAULT"),
    ("The sit-down protests spread to three more universities on Friday.", "PROTEST"),
    # seen or reported to happen
    ("Sporadic fighting was reported on the outskirts of the port overnight.", "ASSAULT"),
    ("Gun battles were heard near the radio station.", "ASSAULT"),
    # the public named only by its size protests
    ("Thousands marched through the old town on Saturday.", "PROTEST"),
    ("Tens of thousands demonstrated outside the assembly.", "PROTEST"),
    ("About 3,000 rallied in front of the courthouse.", "PROTEST"),
    # the public protesting a thing demonstrates against it
    ("Villagers protested the evictions outside the district office.", "PROTEST"),
    # an explosive goes off
    ("A roadside device exploded beside an army truck on Monday.", "ASSAULT"),
    ("A pipe bomb went off in the bus station.", "ASSAULT"),
    # bombs thrown: petrol bombs are a riot's
    ("Youths hurled petrol bombs at the riot squad.", "PROTEST"),
    ("Two men threw a bomb into the courtyard of the tax office.", "ASSAULT"),
    # a charge at a crowd is repression
    ("Mounted police charged the crowd near the stadium.", "COERCE"),
    ("Officers charged the marchers with batons.", "COERCE"),
    # a time clause opened by "when" tells its own act
    ("The march turned chaotic when police charged the crowd.", "COERCE"),
    # a sit-in (split at its hyphen), a vigil that tells its dissent, an effigy burnt
    ("Dozens of cleaners staged a sit-in at the town hall.", "PROTEST"),
    ("Families held a vigil outside the barracks to demand news of the missing.", "PROTEST"),
    ("Students burned an effigy of the governor outside the campus.", "PROTEST"),
    # firing into a place or a crowd; a strike on a hideout or a post
    ("Troops fired into the crowd outside the depot.", "ASSAULT"),
    ("Mortars were fired into the market district on Sunday.", "ASSAULT"),
    ("Helicopters struck rebel hideouts in the valley.", "ASSAULT"),
    # property damaged on purpose
    ("An angry crowd vandalised the party offices on Sunday.", "COERCE"),
    ("Bus shelters were vandalised and looted overnight in the suburb.", "COERCE"),
    # a dissenter acting during a march makes it one of dissent
    ("A striker waved a banner during a march through the harbour district.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "event_type"), CODED, ids=[t[:40] for t, _ in CODED])
def test_a_reported_act_is_coded(pipeline: Pipeline, text: str, event_type: str) -> None:
    assert event_type in _types(pipeline, text)


NOT_CODED = [
    # what such acts do in general, or might do, tells no act
    ("Dock strikes cripple exports every winter.", "PROTEST"),
    ("A dock strike could cripple exports.", "PROTEST"),
    # a state of conflict, not an act in it
    ("The war forced hundreds of herders to flee.", "ASSAULT"),
    # gatherings with no dissent
    ("Thousands gathered for the harvest festival.", "PROTEST"),
    # a state or a person protesting a thing complains of it
    ("The embassy protested the evictions.", "PROTEST"),
    # what explodes by accident, or is no explosive
    ("The boiler exploded in the basement of the hotel.", "ASSAULT"),
    ("The water heater detonated in the basement.", "ASSAULT"),
    ("The fire alarm went off at midnight.", "ASSAULT"),
    ("Ticket prices exploded after the final.", "ASSAULT"),
    # harm told as what an accident did
    ("A boiler exploded in the laundry, killing two staff.", "ASSAULT"),
    ("A stock of fireworks exploded in a shed, injuring three boys.", "ASSAULT"),
    # shots fired into the air are a warning
    ("Guards fired into the air outside the prison gate.", "ASSAULT"),
    # a person charged with a crime
    ("Prosecutors charged two marchers with arson.", "COERCE"),
    # a vigil that only mourns; a balance struck
    ("Neighbours held a vigil to remember the drowned fishermen.", "PROTEST"),
    ("The compromise struck a balance between the two parties.", "ASSAULT"),
    ("A clown juggled during the carnival march in the square.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "event_type"), NOT_CODED, ids=[t[:40] for t, _ in NOT_CODED])
def test_no_act_is_reported(pipeline: Pipeline, text: str, event_type: str) -> None:
    assert event_type not in _types(pipeline, text)


def test_a_time_clause_telling_how_the_act_was_done_is_that_act(pipeline: Pipeline) -> None:
    """"killed six when they set off their bombs": the clause tells how, one event; an act of another kind in a
    time clause stands on its own."""
    same = [e for e in pipeline.extract("Two attackers killed six guards when they set off their bombs at the gate.",
                                        published="2021-03-01").events if e.type == "ASSAULT"]
    assert len(same) == 1, same
    assert {"COERCE", "ASSAULT"} <= _types(pipeline, "Police detained two men after they attacked a bus driver.")
