"""Precision on unseen news (wave 13): descriptions, states and allies read for what they are. A passive reduced
relative ("volunteers killed fighting X") names the one killed, not the killer; fighting alongside someone makes
them an ally; a participle after "feel" or "seem" tells a state of mind; a source asking not to be named makes
no request; "sanction" a plan and "reinforce" backing approve. Each rule is tried on sentences written for these
tests, one where it holds and one where it does not."""

from __future__ import annotations

import pytest

from accord.events.tables import Tables
from accord.pipeline import Pipeline
from event_helpers import actor_texts, asserted_events, event_of_type, frame_types_of

FRAMES = [
    # a participle after a linking verb of feeling or seeming: the subject's state, nobody threatens it
    ("Beijing feels threatened by the new naval base.", "threatened", None),
    ("The villagers felt threatened after the raid.", "threatened", None),
    ("The rebels threatened the villagers after the raid.", "threatened", "THREATEN"),
    ("The villagers were threatened by the militia.", "threatened", "THREATEN"),
    # a source's wish for anonymity is no request; asking someone to name or identify is one
    ("A Kenyan official, who asked not to be named, said the talks had collapsed.", "asked", None),
    ("A police officer who asked to be identified only by his first name described the raid.", "asked", None),
    ("The foreign ministry asked the embassy to identify the victims.", "asked", "REQUEST"),
    # "sanction" a plan, a move or a deal: allow it; "sanction" a party: punish it
    ("The European Union sanctioned the plan to open the border.", "sanctioned", "SUPPORT"),
    ("The move was quietly sanctioned by Moscow.", "sanctioned", "SUPPORT"),
    ("The United States sanctioned three Russian banks on Friday.", "sanctioned", "SANCTION"),
    # a sanction given is an authorisation; one imposed is a penalty
    ("The former prime minister did give sanction for raids against the militants in Mali.", "sanction", "SUPPORT"),
    # talking a prospect down plays it down, talks with someone are held
    ("Such a plan has been repeatedly talked down by Washington.", "talked", None),
    # questioning whether something is so doubts it; questioning a suspect investigates
    ("Even close allies question whether the government knows what it wants.", "question", None),
    ("Police questioned the two suspects for several hours.", "questioned", "ACCUSE"),
    # reinforcing backing gives more of it; reinforcing a garrison moves forces
    ("Tanzania and Uganda have reinforced their support for the transitional government.", "reinforced", "SUPPORT"),
    ("Moscow reinforced its garrison in the south.", "reinforced", "MOBILIZE"),
    # fighting alongside someone, no enemy named: a joint operation, or one fighter's part in a war
    ("Syrian rebels backed by Ankara have fought alongside Turkish troops near Afrin.", "fought", "COOPERATE"),
    ("Kurdish fighters fought the jihadists alongside American special forces near Raqqa.", "fought", "ASSAULT"),
    ("Government troops fought rebels in the north on Monday.", "fought", "ASSAULT"),
    # fighting for a party names one's side, not the enemy
    ("There is a debate about Danish recruits fighting for al-Shabaab in Somalia.", "fighting", None),
    ("Militiamen fighting for the government attacked the village on Monday.", "fighting", None),
    ("Militiamen fighting for the government attacked the village on Monday.", "attacked", "ASSAULT"),
    ("Hezbollah fought for the town against Syrian rebels.", "fought", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "word", "expected"), FRAMES, ids=[f"{w}:{t[:40]}" for t, w, _ in FRAMES])
def test_states_wishes_approvals_and_allies_are_read_for_what_they_are(pipeline: Pipeline, tables: Tables,
                                                                       text: str, word: str,
                                                                       expected: str | None) -> None:
    types = frame_types_of(pipeline, tables, text, word)
    assert types == ([expected] if expected else []), types


def test_fighting_alongside_a_force_names_it_as_the_partner(pipeline: Pipeline) -> None:
    text = "Syrian rebels backed by Ankara have fought alongside Turkish troops near Afrin."
    events = asserted_events(pipeline, text)
    event = event_of_type(events, "COOPERATE", "fought")
    assert "Turkish troops" in actor_texts(event.recipient)
    assert "Syrian rebels" in actor_texts(event.actor)


@pytest.mark.parametrize("text", [
    "He was thought to be the third Canadian citizen killed while serving with the Kurdish-led force in Iraq.",
    "Both men are among six Dutch nationals killed fighting al-Qaida since the first recruits arrived in Mali.",
    "Hansen was the first Dane killed fighting the Taliban in May 2009.",
    # the parser may make the participle a finite verb with its noun as subject: still a passive
    "Other Danes killed fighting al-Shabaab in the past year include the medic Lars Holm, 31, from Aarhus.",
])
def test_the_noun_of_a_passive_reduced_relative_is_the_one_killed_not_the_killer(pipeline: Pipeline,
                                                                                  text: str) -> None:
    events = asserted_events(pipeline, text)
    killings = [e for e in events if e.trigger.text == "killed"]
    assert killings, [(e.type, e.trigger.text) for e in events]
    for event in killings:
        killed = actor_texts(event.recipient)
        assert any(word in killed for word in ("citizen", "nationals", "Dane")), killed
        assert not any(word in actor_texts(event.actor) for word in ("citizen", "nationals", "Dane"))
        assert "al-Shabaab" not in killed


def test_an_active_killing_keeps_its_subject_as_the_killer(pipeline: Pipeline) -> None:
    events = asserted_events(pipeline, "Gunmen killed two soldiers at a checkpoint near Kandahar on Sunday.")
    event = event_of_type(events, "ASSAULT", "killed")
    assert "Gunmen" in actor_texts(event.actor)


def test_a_verb_whose_object_a_coordinated_verb_carries_is_no_reduced_passive(pipeline: Pipeline) -> None:
    text = "A powerful blast caused by a roadside bomb killed or injured several soldiers near the base on Monday."
    events = asserted_events(pipeline, text)
    event = event_of_type(events, "ASSAULT", "killed")
    assert "several soldiers" in actor_texts(event.recipient)
