"""Wave 37 (w37-coref): a third-person pronoun inside a quotation is whom the speaker speaks of, and may stand for
a party the story names before the quotation (never the speaker, nor the side the speaker speaks for); and the
addressee of a directive told by a relative clause whose fronted pronoun the parser hung on the infinitive."""

from __future__ import annotations

import re

import pytest

from accord.blackboard import ACTORS
from accord.events.coreference import resolve_references
from accord.events.tables import Tables
from accord.pipeline import Pipeline
from accord.records import Actor


def _resolved(pipeline: Pipeline, tables: Tables, text: str) -> dict[str, str | None]:
    """Each resolved anaphor ("She@62") with the name or country it was resolved to."""
    doc = pipeline.nlp(text)
    found = resolve_references(doc, ACTORS.get(doc) or [], tables.grammar.coreference)
    return {f"{a.text}@{a.start}": a.name or a.country for a in found if (a.rule or "").startswith("coreference")}


def _at(resolved: dict[str, str | None], text: str, word: str, nth: int = 0) -> str | None:
    """What the ``nth`` occurrence of ``word`` in ``text`` was resolved to (None: unresolved)."""
    start = [m.start() for m in re.finditer(rf"\b{word}\b", text)][nth]
    return resolved.get(f"{word}@{start}")


def _countries(actors: list[Actor]) -> list[str | None]:
    return sorted(a.country for a in actors if a.country)


# --- quoted third-person pronouns ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "word", "nth", "expected"), [
    # the speaker ("he", Reed) is barred: "She" is the other party named before the quotation
    ('Senator Maria Lopez criticised Governor John Reed on Monday. "She is a liar," he said.', "She", 0,
     "Maria Lopez"),
    ('Governor John Reed met Senator Maria Lopez in Denver. "She has misled voters," he said.', "She", 0,
     "Maria Lopez"),
    # the speaker is named after the quotation: still barred
    ('Senator Maria Lopez met voters in Denver. Her rival, Governor John Reed, spoke later. "He misled the '
     'people of Colorado," Lopez said.', "He", 0, "John Reed"),
    # "said of him": the one spoken of, named in the narrative part of the sentence
    ('Governor John Reed campaigned in Ohio. Senator Maria Lopez said of him: "He misled the voters."', "He", 0,
     "John Reed"),
    # a chain inside the quotation carries on from the pronoun resolved outside it
    ('Senator Maria Lopez attacked Governor John Reed on Monday. "He has misled voters," she said. "He must '
     'resign."', "He", 1, "John Reed"),
])
def test_a_quoted_pronoun_stands_for_a_party_named_before_the_quotation(pipeline: Pipeline, tables: Tables,
                                                                          text: str, word: str, nth: int,
                                                                          expected: str) -> None:
    assert _at(_resolved(pipeline, tables, text), text, word, nth) == expected


@pytest.mark.parametrize(("text", "word", "nth"), [
    # the only candidate is the speaker: he speaks of someone the text does not name
    ('Governor John Reed spoke in Ohio on Monday. He said: "He misled us about the budget."', "He", 1),
    # the speaker's own government would be "we": "They" is someone else
    ('The Kenyan government expelled the Ugandan envoy on Monday. Kenya\'s foreign minister said: "They have '
     'misled us for years."', "They", 0),
    # a noun before the pronoun in the quotation may be what it stands for: the narrative is too far to tell
    ('Senator Maria Lopez criticised Governor John Reed on Monday. "The mayor knows the city, but she has no '
     'plan," he said.', "she", 0),
    # "it" in a quotation is most often a thing ("it is nonsense"), never reached out for
    ('The Kenyan government expelled the Ugandan envoy on Monday. "It is nonsense," a Ugandan official said.',
     "It", 0),
    # no person of its number before it: the pronoun stays unresolved
    ('Ghana closed the border. "They attacked us," a Togolese farmer said.', "They", 0),
])
def test_a_quoted_pronoun_that_must_not_reach_out(pipeline: Pipeline, tables: Tables, text: str, word: str,
                                                  nth: int) -> None:
    assert _at(_resolved(pipeline, tables, text), text, word, nth) is None


def test_a_quoted_first_person_is_still_the_speaker(pipeline: Pipeline) -> None:
    text = 'Kenya closed its embassy in Kampala. "I condemn the Ugandan government," the Kenyan president said.'
    found = [e for e in pipeline.extract(text, published="2024-03-04", id="t").events if e.type == "ACCUSE"]
    assert found and _countries(list(found[0].actor)) == ["KEN"] and _countries(list(found[0].recipient)) == ["UGA"]


def test_a_quoted_pronoun_resolved_outside_codes_the_event(unfiltered_pipeline: Pipeline) -> None:
    text = 'Senator Maria Lopez criticised Governor John Reed on Monday. "She is a liar," he said.'
    events = unfiltered_pipeline.extract(text, published="2024-03-04", id="t").events
    liar = [e for e in events if e.trigger.text == "liar"]
    assert [[a.name for a in e.recipient] for e in liar] == [["Maria Lopez"]], liar


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
    # the object after the second verb's infinitive completes the first verb too
    ("Kenya's president spoke for an hour, criticizing and threatening to sanction the Ugandan government.",
     "criticizing", ["UGA"]),
    # near-miss: the first verb has an object of its own
    ("Kenya's president spoke for an hour, criticizing the Tanzanian envoy and threatening to sanction the Ugandan "
     "government.", "criticizing", ["TZA"]),
    # near-miss: the second verb has a subject of its own: two clauses, no shared object
    ("Kenya criticized, and Uganda threatened to sanction, the Tanzanian government.", "criticized", []),
])
def test_an_object_raised_over_coordinated_verbs_completes_both(unfiltered_pipeline: Pipeline, text: str,
                                                                trigger: str, recipient: list[str]) -> None:
    found = [e for e in unfiltered_pipeline.extract(text, published="2024-03-04", id="t").events
             if e.trigger.text == trigger]
    assert len(found) == 1 and _countries(list(found[0].recipient)) == recipient, found


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
