"""Pronouns bound to the person the grammar and the gender allow (wave 29).

- The actor stage ranks the people a pronoun may stand for by their grammatical role: in an earlier sentence
  its main clause's subject, then its other subjects, then its objects and other arguments; in the pronoun's
  own sentence a subject before other arguments; a modifier or description after every argument.
- A pronoun in words quoted as a speaker's own is not the person the pronoun reporting them, after the words,
  stands for ('"He is weak," he said').
- A pronoun bound to a person tells that person's gender to the pronouns after it.
- The quote stage's own search for a pronoun's speaker passes over a person of the other gender, and gives way
  to the actor stage's person, which weighs gender, binding and the grammar's salience.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.pipeline import Pipeline
from accord.records import Actor
from actor_helpers import actor_runner

_actors = actor_runner("2016-09-20")


def _names(actors: list[Actor], text: str) -> list[str | None]:
    return [a.name for a in actors if a.text == text]


def test_a_subject_pronoun_is_the_previous_sentences_subject_not_its_object(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Donald Trump attacked Barack Obama on Monday. He accused him of weakness.")
    assert _names(actors, "He") == ["Donald Trump"]
    assert _names(actors, "him") == ["Barack Obama"]


def test_the_main_clauses_subject_comes_before_a_reported_subject(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Donald Trump said Barack Obama had failed. He criticized the deal.")
    assert _names(actors, "He") == ["Donald Trump"]


def test_a_possessor_is_no_subject_the_nearer_object_stays(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Barack Obama's speech angered Donald Trump. He said the speech was weak.")
    assert _names(actors, "He") == ["Donald Trump"]


def test_a_subject_in_the_pronouns_own_sentence_comes_first(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Mark Fenwick met Paul Ostrander in Ohio before he flew to Texas.")
    assert _names(actors, "he") == ["Mark Fenwick"]


def test_a_bound_pronoun_tells_the_gender_of_a_person_whose_name_does_not(actors_nlp: Language) -> None:
    # nothing tells Ashby's gender but the 'She' bound to her: the later 'He' is not Ashby
    text = "Robin Ashby met Robert Kell on Monday. She said the talks went well. He later praised her."
    actors = _actors(actors_nlp, text)
    assert _names(actors, "She") == ["Robin Ashby"]
    assert _names(actors, "He") == ["Robert Kell"]
    assert _names(actors, "her") == ["Robin Ashby"]


def test_a_pronoun_in_quoted_words_is_not_whom_the_reporting_pronoun_after_them_stands_for(
        actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, 'Mark Dole met Paul Ostrander in Ohio. "He is weak," he said.')
    assert _names(actors, "He") == ["Paul Ostrander"]
    assert _names(actors, "he") == ["Mark Dole"]


@pytest.mark.parametrize("name", ["Kyle Marlow", "Dylan Marlow"])
def test_a_common_given_name_of_men_binds_she_to_the_other_person(actors_nlp: Language, name: str) -> None:
    actors = _actors(actors_nlp, f"{name} met Robin Ashby on Monday. She said the talks went well.")
    assert _names(actors, "She") == ["Robin Ashby"]


def _speaker(pipeline: Pipeline, text: str, cue: str) -> str | None:
    found = pipeline.extract(text, published="2016-09-20")
    quote = next(q for q in found.quotes if q.cue == cue)
    return quote.speaker.name if quote.speaker is not None else None


def test_a_quoted_pronoun_is_never_a_person_of_the_other_gender(pipeline: Pipeline) -> None:
    text = "Mrs. Clinton spoke in Ohio on Monday. The crowd cheered. He said the rally was small."
    assert "Clinton" not in (_speaker(pipeline, text, "said") or "")  # neither her surname nor her full name


def test_a_quoted_pronoun_follows_the_main_clauses_subject(pipeline: Pipeline) -> None:
    text = "Donald Trump said Barack Obama had failed. He criticized the deal with Iran."
    assert _speaker(pipeline, text, "criticized") == "Donald Trump"
