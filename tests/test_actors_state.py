"""Each actor says whether it is a state actor (sectors.yaml state_sectors) for 'state actors only' dyads."""

from __future__ import annotations

from spacy.language import Language

from accord.actors.stage import with_state
from accord.records import Actor


def test_state_follows_the_final_sector() -> None:
    marked = with_state([Actor("the army", sector="MIL"), Actor("rebels", sector="REB"), Actor("someone")],
                        frozenset({"GOV", "MIL"}))
    assert [a.state for a in marked] == [True, False, None]
    assert marked[0].to_dict()["state"] is True and "state" not in marked[2].to_dict()


def test_the_stage_marks_government_forces_and_officials_but_not_rebels(actors_nlp: Language) -> None:
    doc = actors_nlp.make_doc("Syrian troops shelled rebels near Idlib, and Syria's foreign ministry blamed "
                              "Kurdish militias. Local residents fled.")
    doc._.accord_published = "2019-03-01"
    for _, component in actors_nlp.pipeline:
        doc = component(doc)
    state = {a.text: a.state for a in doc._.accord_actors}
    assert state["Syrian troops"] is True and state["Syria's foreign ministry"] is True
    assert state["rebels"] is False and state["Kurdish militias"] is False
    assert state["Local residents"] is False
