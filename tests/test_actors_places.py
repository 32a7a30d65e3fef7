"""Places that are not actors: an unknown name the resolver guessed to be a person or a body, which the
gazetteer knows as a town or province, standing where only a place stands (sentences written for these tests)."""

from __future__ import annotations

from spacy.language import Language

from actor_helpers import actor_runner

_actors = actor_runner("2024-03-01")


def test_a_town_after_a_place_preposition_is_no_actor(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Protesters gathered near Antakya on Sunday.")
    assert [a.text for a in actors] == ["Protesters"]


def test_a_surname_of_a_known_person_stays_an_actor(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Barack Obama spoke on Monday. Later, critics of Obama said the plan had failed.")
    assert [a.text for a in actors if a.rule == "surname-back-reference"] == ["Obama"]


def test_a_word_tagged_a_place_at_one_mention_is_no_person_at_any(actors_nlp: Language) -> None:
    # the tagger takes 'Kelvara' (invented) for a place once and for a person twice; never given a person's name
    # in full or an honorific, it is no private person, and 'she' is the volunteer, not the place
    text = ("Mara Olen spent a month in Kelvara last year. “The bombing in Kelvara was heavy,” she said. "
            "She wanted to defend Kelvara and its people, she added.")
    actors = _actors(actors_nlp, text)
    assert not [a for a in actors if a.name == "Kelvara"], [(a.text, a.name) for a in actors]
    assert {a.name for a in actors if a.text.lower() == "she"} == {"Mara Olen"}


def test_only_a_word_never_written_as_a_persons_name_is_taken_for_no_person() -> None:
    import spacy
    from spacy.tokens import Doc, Span

    from accord.actors.document_people import names_never_people

    words = ["Anna", "Varga", "met", "Mr.", "Tovrik", "in", "Varga", "and", "Tovrik", "near", "Kelvara", "."]
    pos = ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "ADP", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 6, 7, "GPE"), Span(doc, 8, 9, "ORG"), Span(doc, 10, 11, "GPE")]
    # 'Varga' is named in full as a person, 'Tovrik' after an honorific: each may be a person; 'Kelvara' is not
    assert names_never_people(doc) == {"kelvara": "place"}


def test_a_one_word_name_given_with_an_age_may_be_a_person_whatever_the_tagger_says_elsewhere() -> None:
    import spacy
    from spacy.tokens import Doc, Span

    from accord.actors.document_people import names_never_people

    words = ["Haval", ",", "31", ",", "led", "the", "unit", "to", "Haval", "and", "Kelvara", "."]
    pos = ["PROPN", "PUNCT", "NUM", "PUNCT", "VERB", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    doc.ents = [Span(doc, 8, 9, "ORG"), Span(doc, 10, 11, "GPE")]
    # 'Haval, 31,': a person's age, so the tagger's 'organisation' at a later mention does not unmake the person
    assert names_never_people(doc) == {"kelvara": "place"}
