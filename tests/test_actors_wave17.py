"""Actors on unseen news (issue 19, wave 17): a third-person pronoun is never the person the grammar forbids it
(``accord.actors.binding``). An object pronoun, also one behind a preposition, is not its clause's subject, nor
the subject it shares with a coordinated verb or takes from the verb whose infinitive it is ('vowed to vote for
him'); a spatial preposition's object may be ('looked around him'). In words given as the speaker's own, in the
first person or in quotation marks ('said: "I will vote for him"'), also where the quotation runs on into a
sentence with no report of its own, the pronoun is someone other than the speaker.
The speaker of such words ('"I would pick Bill," he said') is none of the people they name. And a person named
inside an apposition or a relative clause set off by a comma ('Hall, who lost to Ward, ...') is background for a
later pronoun, unless the clause sets the scene ('where', 'when'); a restrictive clause, a noun's content clause and
the apposed name itself are not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors.binding import co_argument_verb, excluded_referents, reporting_speaker, verb_subject
from accord.records import Actor
from actor_helpers import actor_runner

_actors = actor_runner("2016-04-08")


def _names(actors: list[Actor], text: str) -> list[str | None]:
    return [a.name for a in actors if a.text == text]


@pytest.mark.parametrize("text", [
    "Bill Ward spoke in Denver. Tom Reed voted for him.",
    "Bill Ward spoke in Denver. Tom Reed vowed never to vote for him.",
    "Bill Ward spoke in Denver. Tom Reed attacked his record and vowed not to campaign for him.",
])
def test_an_object_behind_a_preposition_is_not_its_clauses_subject(actors_nlp: Language, text: str) -> None:
    assert _names(_actors(actors_nlp, text), "him") == ["Bill Ward"]


@pytest.mark.parametrize("text", [
    'Bill Ward spoke in Denver. Tom Reed said: "I will never campaign for him."',
    'Bill Ward spoke in Denver. Tom Reed added that "as a delegate, I will vote for him."',
])
def test_a_pronoun_in_first_person_words_is_not_the_speaker(actors_nlp: Language, text: str) -> None:
    assert _names(_actors(actors_nlp, text), "him") == ["Bill Ward"]


@pytest.mark.parametrize(("text", "pronoun", "name"), [
    ('Ann Cole spoke in Ohio. If Cole wins, Tom Reed said, "she will take the state."', "she", "Ann Cole"),
    ('Bill Ward spoke in Ohio. Tom Reed praised the plan. "I am worried about his stance," Reed said.', "his",
     "Bill Ward"),
])
def test_a_pronoun_in_quoted_words_is_not_the_speaker(actors_nlp: Language, text: str, pronoun: str,
                                                      name: str) -> None:
    """Quoted words are the speaker's own, even without a first person; the speaker may be named after them."""
    assert _names(_actors(actors_nlp, text), pronoun) == [name]


def test_the_speaker_and_a_name_in_their_apposition_are_not_the_quoted_pronoun(actors_nlp: Language) -> None:
    """The speaker is excluded, and a president named inside the speaker's apposition is background: the pronoun
    continues the person the quotations are about."""
    text = ('Senator Bill Ward voted no. "We were hoping he would help," said Tom Hall, the former director under '
            'President Jim Cole. "I am worried about his stance," Hall said.')
    assert _names(_actors(actors_nlp, text), "his") == ["Bill Ward"]


def test_the_speaker_of_quoted_words_is_none_they_name(actors_nlp: Language) -> None:
    """'"I would pick Ward," he said': he is not Ward, whom his own words name in the third person."""
    text = ('Tom Reed met Bill Ward on Monday. Asked who should lead the party, Reed smiled. '
            '"I would pick Bill for now," he said.')
    assert _names(_actors(actors_nlp, text), "he") == ["Tom Reed"]


def test_a_name_in_a_clause_setting_the_scene_stays_in_view(actors_nlp: Language) -> None:
    """'In Denver, where Ward is popular, ...': a clause describing a place or a time is no background."""
    text = ("Bill Ward spoke on Monday. Tom Reed was absent. In Denver, where Reed has stayed popular, some "
            "voters hoped to see him run again.")
    assert _names(_actors(actors_nlp, text), "him") == ["Tom Reed"]


def test_a_quotation_continued_in_the_next_sentence_is_still_the_speakers(actors_nlp: Language) -> None:
    """'"...," said Reed. "If he wins, ..."': the second sentence has no report of its own; its words are still
    Reed's, so its 'he' is not Reed."""
    text = ('Bill Ward won the primary. "I will back the nominee," said Senator Tom Reed. "But if he keeps this up, '
            'he will lose."')
    assert _names(_actors(actors_nlp, text), "he") == ["Bill Ward", "Bill Ward"]


def test_a_quoted_phrase_in_reported_speech_keeps_the_speaker(actors_nlp: Language) -> None:
    """'Reed said he was "deeply disappointed"': the pronoun stands outside the marks, in Reed's reported words."""
    text = 'Bill Ward spoke in Ohio. Tom Reed said he was "deeply disappointed" by the vote.'
    assert _names(_actors(actors_nlp, text), "he") == ["Tom Reed"]


def test_reported_words_in_the_third_person_still_speak_of_the_speaker(actors_nlp: Language) -> None:
    """Indirect speech keeps the old reading: 'Reed said he would run' is Reed."""
    text = "Bill Ward spoke in Denver. Tom Reed said he would run again."
    assert _names(_actors(actors_nlp, text), "he") == ["Tom Reed"]


def test_a_possessive_still_prefers_its_clauses_subject(actors_nlp: Language) -> None:
    text = "Bill Ward spoke in Denver. Tom Reed vowed to keep his seat."
    assert _names(_actors(actors_nlp, text), "his") == ["Tom Reed"]


def test_the_grammar_of_binding(actors_nlp: Language) -> None:
    doc = actors_nlp("Tom Reed urged Ann Cole to vote for him.")
    him = next(t for t in doc if t.lower_ == "him")
    verb = co_argument_verb(him)
    assert verb is not None and verb.lower_ == "vote"
    subject = verb_subject(verb)
    assert subject is not None and subject.text == "Cole"  # an object-control verb: the object is the controller
    near = actors_nlp("Tom Reed looked around him.")
    assert co_argument_verb(next(t for t in near if t.lower_ == "him")) is None  # spatial: may be Reed himself
    quoted = actors_nlp('Tom Reed said: "I will vote for him."')
    speaker = reporting_speaker(next(t for t in quoted if t.lower_ == "him"))
    assert speaker is not None and speaker.text == "Reed"
    # both the pronoun's own subject ('I') and the speaker it stands for ('Reed')
    assert [t.text for t in excluded_referents(next(t for t in quoted if t.lower_ == "him"))] == ["I", "Reed"]


def test_an_object_pronoun_before_an_infinitive_is_bound_in_the_clause_above(actors_nlp: Language) -> None:
    # "allowed him to leave": the parse makes "him" the subject of "leave", its case the object of "allowed"
    doc = actors_nlp("Tom Reed allowed him to leave.")
    verb = co_argument_verb(next(t for t in doc if t.lower_ == "him"))
    assert verb is not None and verb.lower_ == "allowed"
    assert [t.text for t in excluded_referents(next(t for t in doc if t.lower_ == "him"))] == ["Reed"]
    subject = actors_nlp("He said he would leave.")
    assert co_argument_verb(list(subject)[2]) is None  # a subject pronoun in its own case binds nothing


@pytest.mark.parametrize("text", [
    "Tom Reed said they would attack the town.",  # a named person
    "The minister said they had arrested the protesters.",  # one holder of a role
    "The minister said it was over.",
])
def test_a_group_pronoun_is_not_one_person_who_reports_it(actors_nlp: Language, text: str) -> None:
    assert not [a for a in _actors(actors_nlp, text) if a.text in ("they", "it")]


@pytest.mark.parametrize("text", [
    "The ministers said they would resign.",
    "The army said they had shelled the town.",
    "Turkey said they would attack the town.",
])
def test_a_group_pronoun_reports_a_group_or_a_body(actors_nlp: Language, text: str) -> None:
    assert [a.rule for a in _actors(actors_nlp, text) if a.text == "they"] == ["pronoun-back-reference"]


def test_a_relative_subject_is_the_noun_it_stands_for(actors_nlp: Language) -> None:
    doc = actors_nlp("The senators who vowed to defeat him met on Monday.")
    him = next(t for t in doc if t.lower_ == "him")
    assert [t.text for t in excluded_referents(him)] == ["senators"]


# --- a name inside an apposition or a clause that describes a noun is background ----------------------------------

@pytest.mark.parametrize("text", [
    "Tom Hall, who lost to Bill Ward in May, sounded unsure on Monday. He said the choice was sad.",
    "Tom Hall, a former adviser under President Bill Ward, sounded unsure on Monday. He said the choice was sad.",
    "Tom Hall, one of the rivals beaten by Bill Ward, sounded unsure on Monday. He said the choice was sad.",
])
def test_a_name_in_a_clause_describing_a_noun_is_background(actors_nlp: Language, text: str) -> None:
    """What an apposition or a relative or participial clause says is background: the next sentence's pronoun
    continues the person the sentence is about."""
    assert _names(_actors(actors_nlp, text), "He") == ["Tom Hall"]


@pytest.mark.parametrize(("text", "pronoun"), [
    ("Tom Reed spoke in Ohio on Monday. The primary is a contest that Reed must win. He has raised the most money.",
     "He"),  # a restrictive clause says which contest: Reed stays in view
    ("Bill Ward spoke on Monday. The owner of the club, Tom Reed, faced protests from members over his plan.",
     "his"),  # the name apposed to a description is the person the description means
    ("Bill Ward spoke on Monday. Members rejected the claim that Tom Reed had sold the club, and praised him.",
     "him"),  # a noun's content clause is no description of it
    ("Bill Ward spoke on Monday. Forward Ohio, the group backing Tom Reed, spent its money praising his record.",
     "his"),  # what describes a group, not a person, leaves the person it names in view
])
def test_restrictive_clauses_and_apposed_names_stay_in_view(actors_nlp: Language, text: str, pronoun: str) -> None:
    assert _names(_actors(actors_nlp, text), pronoun) == ["Tom Reed"]


def test_a_pronoun_outside_the_marks_is_the_narrators(actors_nlp: Language) -> None:
    """'Reed said, "You tell me," before he left': the quotation is Reed's, the 'he' after it the narrator's."""
    text = 'Bill Ward spoke on Monday. Asked about the plan, Tom Reed said, "You tell me," before he left the room.'
    assert _names(_actors(actors_nlp, text), "he") == ["Tom Reed"]


def test_a_name_in_a_nouns_own_phrase_stays_an_argument(actors_nlp: Language) -> None:
    """A noun's prepositional phrase is no clause: 'their criticism of Ward' keeps Ward in view."""
    text = ("Tom Hall spoke in Denver. Local leaders were vocal in their criticism of Bill Ward. "
            "Hall vowed not to vote for him.")
    assert _names(_actors(actors_nlp, text), "him") == ["Bill Ward"]
