"""A subject pronoun after a subjectless adjunct of its own clause (wave 28, issue 19): the adjunct's understood
subject is the pronoun, so the adjunct's objects are the pronoun's co-arguments and never what it stands for
("*After meeting* Huber, he criticized ...": not Huber, who would be "himself"; "*Citing* long delays, they
...": not the delays). An adjunct with a subject of its own binds nothing ("After Huber arrived, he ...")."""

from __future__ import annotations

from accord.actors.binding import adjunct_objects
from accord.pipeline import Pipeline
from event_helpers import asserted_events, event_of_type

ARRIVAL = "Prime Minister Jan Novak flew to Vienna on Monday. "


def _pronoun(pipeline: Pipeline, text: str, word: str) -> list[str]:
    doc = pipeline.nlp(text)
    pronoun = next(t for t in doc if t.text == word)
    return [t.text for t in adjunct_objects(pronoun)]


def test_the_object_of_a_fronted_gerund_is_not_the_subject_pronoun(pipeline: Pipeline) -> None:
    text = ARRIVAL + "After meeting Chancellor Karl Huber, he criticized the European Commission."
    event = event_of_type(asserted_events(pipeline, text), "ACCUSE", "criticized")
    assert [a.name for a in event.actor] == ["Jan Novak"], event.actor


def test_the_object_of_a_fronted_participle_is_not_the_subject_pronoun(pipeline: Pipeline) -> None:
    text = ARRIVAL + "Standing beside Chancellor Karl Huber, he criticized the European Commission."
    event = event_of_type(asserted_events(pipeline, text), "ACCUSE", "criticized")
    assert [a.name for a in event.actor] == ["Jan Novak"], event.actor


def test_the_accused_of_a_fronted_participle_are_not_the_accusers(pipeline: Pipeline) -> None:
    # "the generals" is the nearest plural before "they", but they are accused in the adjunct, which "they" do
    text = ("Opposition leaders met in Caracas on Monday. Accusing the generals of fraud, they called for new "
            "elections.")
    event = event_of_type(asserted_events(pipeline, text), "REQUEST", "called")
    assert [a.sector for a in event.actor] == ["OPP"], event.actor


def test_a_plural_thing_cited_in_the_adjunct_does_not_take_they(pipeline: Pipeline) -> None:
    # a plural thing named as an object before "they" leaves it unresolved (wave 26); the adjunct's own object is
    # not among what "they" may stand for, so "they" are the agencies
    text = ("Several aid agencies in Peru complained on Monday. Citing long delays, they accused the officials of "
            "hampering their work.")
    event = event_of_type(asserted_events(pipeline, text), "ACCUSE", "accused")
    assert [(a.country, a.sector) for a in event.actor] == [("PER", "NGO")], event.actor


def test_the_adjunct_objects_are_read_from_the_parse(pipeline: Pipeline) -> None:
    assert _pronoun(pipeline, "After meeting Huber and Novak, he spoke.", "he") == ["Huber", "Novak"]
    assert _pronoun(pipeline, "Asked about Huber, she laughed.", "she") == ["Huber"]


def test_an_adjunct_with_its_own_subject_binds_nothing(pipeline: Pipeline) -> None:
    assert _pronoun(pipeline, "After Huber met the press, he spoke.", "he") == []


def test_a_participle_read_as_a_preposition_binds_nothing(pipeline: Pipeline) -> None:
    assert _pronoun(pipeline, "According to Huber, he was in Vienna.", "he") == []
