"""Wave 37 (w37-coref): recipients the sentence names but the coder left empty: the addressee of a directive told
by a relative clause whose fronted pronoun the parser hung on the infinitive ("the minister, *whom* Kenya urged to
resign"), the object raised after a verb coordinated with a stranded preposition ("met *with* and urged X"), and
the names an apposition lists for a plural noun ("its two neighbours, *Uganda and Tanzania*")."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Actor


def _countries(actors: list[Actor]) -> list[str]:
    return sorted(a.country for a in actors if a.country is not None)


# --- the addressee of a directive in a relative clause ------------------------------------------------------------


@pytest.mark.parametrize(("text", "recipient"), [
    # "whom" hung by the parser on "resign": the minister is whom Kenya urged
    ("The Ugandan minister, whom Kenya urged to resign, spoke on Monday.", ["UGA"]),
    # near-miss: the directive has its own object, and the plan is what is adopted
    ("The plan, which Kenya urged Uganda to adopt, failed.", ["UGA"]),
    # near-miss: a thing is never a directive's addressee
    ("The border crossing, which Kenya urged to reopen, stayed closed.", []),
])
def test_the_fronted_relative_of_a_directive_is_its_addressee(unfiltered_pipeline: Pipeline, text: str,
                                                               recipient: list[str]) -> None:
    found = [e for e in unfiltered_pipeline.extract(text, published="2024-03-04", id="t").events
             if e.type == "REQUEST"]
    assert len(found) == 1 and _countries(list(found[0].actor)) == ["KEN"], found
    assert _countries(list(found[0].recipient)) == recipient, found


# --- an object raised over two coordinated verbs -------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "recipient"), [
    # "met with" whose object comes after the verb coordinated with it: the stranded preposition's object
    ("Kenya's president met with and urged Ugandan officials to reopen the border.", "met", ["UGA"]),
    ("Kenya's president met with and praised Ugandan officials.", "met", ["UGA"]),
    # near-miss: the preposition has its object, and the second verb's object is its own
    ("Kenya's president met with Ugandan officials and praised the plan.", "praised", []),
])
def test_a_stranded_preposition_takes_the_object_after_the_coordinated_verb(
        unfiltered_pipeline: Pipeline, text: str, trigger: str, recipient: list[str]) -> None:
    found = [e for e in unfiltered_pipeline.extract(text, published="2024-03-04", id="t").events
             if e.trigger.text == trigger]
    assert len(found) == 1 and _countries(list(found[0].recipient)) == recipient, found


@pytest.mark.parametrize(("text", "recipient"), [
    # an apposition listing several names says who the plural noun's referents are
    ("Kenya urged its two neighbours, Uganda and Tanzania, to reopen the border.", ["TZA", "UGA"]),
    # near-miss: a single name in apposition names the one it describes, as before
    ("Kenya urged its neighbour, Uganda, to reopen the border.", ["UGA"]),
])
def test_an_apposition_listing_names_gives_each_of_them(unfiltered_pipeline: Pipeline, text: str,
                                                        recipient: list[str]) -> None:
    found = [e for e in unfiltered_pipeline.extract(text, published="2024-03-04", id="t").events
             if e.type == "REQUEST"]
    assert len(found) == 1 and _countries(list(found[0].recipient)) == recipient, found


def test_a_listing_apposition_that_names_no_actor_leaves_the_noun_to_itself(unfiltered_pipeline: Pipeline) -> None:
    # the listed names are no actors: the noun's own mention stands, and the apposition is not sent back to the
    # noun it describes (which once looped without end)
    text = "Kenya urged its two neighbours, Zorland and Quxia, to reopen the border."
    found = [e for e in unfiltered_pipeline.extract(text, published="2024-03-04", id="t").events
             if e.type == "REQUEST"]
    assert len(found) == 1 and _countries(list(found[0].actor)) == ["KEN"], found
    # (wave 37 mend, M8) the recipient is what the noun alone gives, as if no names were listed
    bare = [e for e in unfiltered_pipeline.extract("Kenya urged its two neighbours to reopen the border.",
                                                   published="2024-03-04", id="t").events if e.type == "REQUEST"]
    assert len(bare) == 1, bare
    assert [(a.country, a.sector) for a in found[0].recipient] == [(a.country, a.sector) for a in bare[0].recipient]
