"""Wave 19 senses of trigger words whose arguments are no political thing, each tried on sentences written for
these tests: where the rule holds and where it does not.

- pulling out (or back) a thing that is no force, staff or people is drawing it or winning it; troops, warships,
  heavy weapons or an ambassador pulled out, and a place left, stay a withdrawal;
- a nomination, a race or delegates "locked up" are secured, no one detained;
- asking the people asked questions, or reporting direct speech with its own subject ("'You said ...,' the
  reporter asked him"), is a question put; asking a party to act stays a request;
- pressing on (nobody pressed, nothing pressed for) is persisting, no demand;
- being committed to a plan, a strategy or a value of one's own is a stance held (an agreement stays AGREE);
- declining to give a figure, a price or details to nobody named is declining to comment;
- a meeting or a visit ended was held to its close; talks ended are halted;
- the "by" phrase of a verb of halting tells how it was done, never what it halts.
"""

from __future__ import annotations

import pytest

from accord.events.tables import Tables
from accord.pipeline import Pipeline
from event_helpers import asserted_events, frame_types_of

SENSES = [
    # pull out / pull back
    ("The senator pulled out a narrow win in the primary.", "pulled", None),
    ("The governor pulled out a pistol during the argument.", "pulled", None),
    ("Britain pulled out its troops from Basra.", "pulled", "RETREAT"),
    ("Russia pulled out of the treaty in May.", "pulled", "RETREAT"),
    ("The army pulled back its forces from the border.", "pulled", "RETREAT"),
    ("Russia pulled out its warships from the port.", "pulled", "RETREAT"),
    ("The rebels pulled back heavy weapons from the front line.", "pulled", "RETREAT"),
    ("France pulled out its ambassador from Bamako.", "pulled", "RETREAT"),
    ("The government pulled back the curtain on its spending.", "pulled", None),
    # lock up
    ("The governor has the nomination locked up.", "locked", None),
    ("Clinton has most delegates locked up.", "locked", None),
    ("Police locked up dozens of protesters overnight.", "locked", "COERCE"),
    ("The regime locked up the opposition leader.", "locked", "COERCE"),
    # ask: questions put, direct speech reported; a request stays one
    ("The mayor asked the residents hard questions about the plan.", "asked", None),
    ('"You said the party had broken its pledge," the reporter asked the senator.', "asked", None),
    ('"Send us more weapons," the commander asked the allies.', "asked", "REQUEST"),
    ("The minister asked Turkey to release the journalists.", "asked", "REQUEST"),
    # press on / press for
    ("The party pressed ahead with its campaign.", "pressed", None),
    ("The United States pressed Russia to withdraw its forces.", "pressed", "REQUEST"),
    ("Activists pressed for the release of the prisoners.", "pressed", "REQUEST"),
    # committed to a plan or a value; to an agreement or an act
    ("The governor is committed to transparency.", "committed", None),
    ("The candidate said she was committed to a fifty-state strategy.", "committed", None),
    ("The government is committed to the peace agreement with the rebels.", "committed", "AGREE"),
    ("Vietnam is committed to opening up its economy to foreign banks.", "committed", "AGREE"),
    ("Germany committed 500 troops to the mission.", "committed", "AGREE"),
]


@pytest.mark.parametrize(("text", "word", "expected"), SENSES, ids=[t[:45] for t, _, _ in SENSES])
def test_a_trigger_takes_the_sense_its_arguments_give(pipeline: Pipeline, tables: Tables, text: str, word: str,
                                                      expected: str | None) -> None:
    found = frame_types_of(pipeline, tables, text, word)
    assert (found[0] if found else None) == expected, found


EVENTS = [
    # a vow to go on is no threat to anyone
    ("The senator vowed to press on to the next primary.", "vowed", None),
    # declining a detail is declining to comment; refusing a party access or prisoners is a refusal
    ("The ministry declined to provide details.", "declined", None),
    ("The spokesman declined to give a figure for the cost.", "declined", None),
    ("Iran refused to give the inspectors access to the site.", "refused", "REJECT"),
    ("The government refused to release the prisoners.", "refused", "REJECT"),
    # an occasion ended; talks ended or a visit cancelled
    ("The central bank ended a policy meeting on Friday by announcing new purchases.", "ended", None),
    ("The chancellor ended her visit to Beijing with a call for calm.", "ended", None),
    ("Russia ended talks with Ukraine on Monday.", "ended", "SANCTION"),
    ("The United States cancelled a visit by the Chinese defence minister.", "cancelled", "SANCTION"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), EVENTS, ids=[t[:45] for t, _, _ in EVENTS])
def test_the_asserted_event_of_the_verb(pipeline: Pipeline, text: str, trigger: str, expected: str | None) -> None:
    types = [e.type for e in asserted_events(pipeline, text) if e.trigger.text == trigger]
    assert types == ([expected] if expected else []), types


def test_the_means_of_a_halting_verb_is_not_what_it_halts(pipeline: Pipeline) -> None:
    events = asserted_events(pipeline, "The minister ended the strike by agreeing to talks with the union.")
    assert not [e for e in events if e.type == "SANCTION" and e.trigger.text == "ended"], \
        [(e.type, e.trigger.text) for e in events]
