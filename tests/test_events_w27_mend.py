"""Wave 27 mends of the events layers, each tried on sentences written for these tests.

- an embedded question opens with its wh-word, but a wh-word that opens an adverbial clause at the start of a
  complement ("said *when* the troops arrived they opened fire") is a conjunction of time or place, no question;
- "whose" and "whom" ask as the other wh-words do ("asked *whose* troops fired first": a question, no request);
- one rule tells a participle adjunct's speech act of its own, for the chains and the frames alike
  (candidates.separate_speech_act): a directive or commitment beside an act of another kind, no protest's aim and
  no naming ("attacked the senator, *calling* him a liar").
"""

from __future__ import annotations

from dataclasses import replace
from importlib import resources
from typing import Any

import pytest
import yaml

from accord.doc_index import sentences
from accord.events.candidates import bare_participle, separate_speech_act
from accord.events.tables import Tables
from accord.events.triggers import Trigger, find_triggers
from accord.events.valency import question_clause
from accord.pipeline import Pipeline
from event_helpers import actor_texts, asserted_events, event_of_type


def _complement(pipeline: Pipeline, text: str, word: str) -> bool:
    """Whether the complement clause headed by ``word`` asks (the verb must be parsed as a complement)."""
    doc = pipeline.nlp(text)
    verbs = [t for t in doc if t.text == word and t.dep_ == "ccomp"]
    assert verbs, [(t.text, t.dep_, t.head.text) for t in doc]
    return question_clause(verbs[0])


TIME_OR_PLACE_CLAUSES = [
    ("The minister said when the troops arrived they opened fire.", "opened"),
    ("The colonel said when the rebels attacked his men fired back.", "fired"),
    ("Protesters demanded when the election is over the president step down.", "step"),
]


@pytest.mark.parametrize(("text", "verb"), TIME_OR_PLACE_CLAUSES)
def test_a_wh_word_opening_an_adverbial_clause_asks_nothing(pipeline: Pipeline, text: str, verb: str) -> None:
    assert not _complement(pipeline, text, verb)


QUESTIONS = [
    ("The minister asked when the troops would leave.", "leave"),
    ("The reporter asked which candidate won.", "won"),
    ("The lawyer asked how many men were held.", "held"),
    ("The envoy asked whose troops fired first.", "fired"),
    ("Reporters asked whom the police had arrested.", "arrested"),
]


@pytest.mark.parametrize(("text", "verb"), QUESTIONS)
def test_an_embedded_question_still_asks(pipeline: Pipeline, text: str, verb: str) -> None:
    assert _complement(pipeline, text, verb)


@pytest.mark.parametrize("text", ["The envoy asked whose troops fired first.",
                                  "Reporters asked whom the police had arrested."])
def test_a_question_with_whose_or_whom_is_no_request(pipeline: Pipeline, text: str) -> None:
    assert not any(e.type == "REQUEST" for e in asserted_events(pipeline, text))


def _trigger(pipeline: Pipeline, tables: Tables, text: str, word: str) -> Trigger:
    doc = pipeline.nlp(text)
    found = [t for t in find_triggers(sentences(doc)[0], tables.lexicon).values() if t.token.text == word]
    assert found, text
    return found[0]


SEPARATE = [
    ("The ministry condemned the shelling, calling for calm.", "calling", "ACCUSE", False, True),
    ("The two rivals met in Oslo, agreeing to hold new talks.", "agreeing", "CONSULT", False, True),
    ("The ministry condemned the shelling, calling for calm.", "calling", None, False, True),  # beside a noun
    ("The ministry condemned the shelling, calling for calm.", "calling", "REQUEST", False, False),  # one demand
    ("Students marched to the palace, demanding new elections.", "demanding", "PROTEST", True, False),  # an aim
]


@pytest.mark.parametrize(("text", "word", "above", "protest", "separate"), SEPARATE)
def test_one_rule_tells_a_participles_act_of_its_own(
        pipeline: Pipeline, tables: Tables, text: str, word: str, above: str | None, protest: bool,
        separate: bool) -> None:
    own = _trigger(pipeline, tables, text, word)
    assert bare_participle(own.token)
    assert separate_speech_act(own, above, protest, tables) is separate


def test_a_naming_verb_told_as_a_directive_is_no_act_of_its_own(pipeline: Pipeline, tables: Tables) -> None:
    # "call" alone as a directive verb: "attacked the judge, *calling* her a coward" names her, the attack's words
    calling = _trigger(pipeline, tables, "The ministry condemned the shelling, calling for calm.", "calling")
    alone = replace(calling, entry=replace(calling.entry, key="call"), partner=None)
    assert not separate_speech_act(alone, "ACCUSE", False, tables)


def test_a_participle_with_its_own_subordinating_word_is_not_bare(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("The soldier was wounded while fighting the rebels.")
    fighting = [t for t in doc if t.text == "fighting"]
    assert fighting and any(c.dep_ == "mark" for c in fighting[0].children)
    assert not bare_participle(fighting[0])


def test_the_verbs_of_receiving_are_loaded_once_as_a_set(tables: Tables) -> None:
    verbs = tables.grammar.receiving_verbs
    assert isinstance(verbs, frozenset)
    assert verbs == frozenset(tables.grammar.receiving)
    assert {"receive", "gain"} <= verbs


def _data(name: str) -> Any:
    return yaml.safe_load(resources.files("accord.data.events").joinpath(name).read_text(encoding="utf-8"))


def test_the_insult_nouns_are_one_list_the_others_name(tables: Tables) -> None:
    insults = frozenset(_data("triggers.yaml")["insult_nouns"])
    assert {"insult", "tirade", "broadside"} <= insults
    # the lexicon takes the list in, each an accusation (CAMEO 111), and both argument lists name it ...
    assert all(tables.lexicon.nouns[w].type == "ACCUSE" for w in insults)
    assert insults <= tables.grammar.giver_from_nouns and insults <= tables.grammar.speaker_possessor_nouns
    # ... without writing its words again
    arguments = _data("arguments.yaml")
    assert not insults & {str(w) for w in arguments["giver_from_nouns"] + arguments["speaker_possessor_nouns"]}


@pytest.mark.parametrize(("text", "refused"), [
    ("The ministry's refusal to comment angered reporters.", False),
    ("The ministry's rejection to comment on the report angered reporters.", False),
    ("Kenya's refusal to extradite the banker angered Uganda.", True),
])
def test_a_refusal_noun_to_comment_is_no_political_refusal(
        pipeline: Pipeline, tables: Tables, text: str, refused: bool) -> None:
    assert tables.cues.refusal_nouns >= {"refusal", "rejection"}  # the class, not the trigger's type, decides
    events = asserted_events(pipeline, text)
    assert any(e.type == "REJECT" for e in events) is refused, [(e.type, e.trigger.text) for e in events]


def test_how_a_stance_names_whom_it_judges_is_data(tables: Tables) -> None:
    import accord.events.participants as participants

    assert {"object", "at", "on", "upon", "against"} <= tables.grammar.judged_vias  # "on", a word, not YAML's true
    assert not hasattr(participants, "JUDGED_VIAS")


@pytest.mark.parametrize(("text", "event_type", "verb", "judged"), [
    ("The senator lashed out at her own party's leaders on Tuesday.", "ACCUSE", "lashed", "leaders"),
    ("The general praised his troops on Sunday.", "SUPPORT", "praised", "troops"),
])
def test_a_stance_towards_the_doers_own_people_keeps_them(
        pipeline: Pipeline, text: str, event_type: str, verb: str, judged: str) -> None:
    told = event_of_type(asserted_events(pipeline, text), event_type, verb)
    assert judged in actor_texts(told.recipient)
