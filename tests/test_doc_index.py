"""The per-Doc facts the stages share must say exactly what spaCy's own Token and Span attributes say."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from accord.doc_index import entity_bounds, remember_text, sentences, span_text, token_chars, token_table, tokens_text

TEXT = (
    "Côte d’Ivoire's president met Ghana's foreign minister in Accra on Tuesday.\n\n"
    "  The two leaders signed three accords,   officials said.  "
)


@pytest.fixture(scope="module")
def parsed(actors_nlp: Language) -> Doc:
    doc = actors_nlp.make_doc(TEXT)
    remember_text(doc, TEXT)
    for _, component in actors_nlp.pipeline:
        doc = component(doc)
    return doc


def test_span_text_matches_spacy_for_every_sentence_and_entity(parsed: Doc) -> None:
    for span in [*sentences(parsed), *parsed.ents, parsed[0:0], parsed[3:9]]:
        assert span_text(span) == span.text


def test_tokens_text_gives_the_text_and_offsets_of_an_inclusive_token_range(parsed: Doc) -> None:
    for first, last in [(0, 0), (0, 4), (5, 12), (len(parsed) - 3, len(parsed) - 1)]:
        span = parsed[first : last + 1]
        assert tokens_text(parsed, first, last) == (span.text, span.start_char, span.end_char)
        assert token_chars(parsed, first, last) == (span.start_char, span.end_char)


def test_token_table_holds_each_tokens_ids(parsed: Doc) -> None:
    table = token_table(parsed)
    assert table.pos == [t.pos for t in parsed]
    assert table.dep == [t.dep for t in parsed]
    assert table.orth == [t.orth for t in parsed]
    assert table.lower == [t.lower for t in parsed]
    assert table.lemma == [t.lemma for t in parsed]
    assert token_table(parsed) is table  # built once per Doc


def test_token_table_is_rebuilt_after_a_retokenise(actors_nlp: Language) -> None:
    doc = actors_nlp("New Delhi hosted the summit.")
    assert len(token_table(doc).pos) == len(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert token_table(doc).orth == [t.orth for t in doc]


def test_an_empty_doc_has_an_empty_table(actors_nlp: Language) -> None:
    assert token_table(actors_nlp.make_doc("")).pos == []


def test_entity_bounds_is_the_whole_name_holding_a_token(parsed: Doc) -> None:
    for entity in parsed.ents:
        for token in entity:
            assert entity_bounds(token) == (entity.start, entity.end)
    assert all(entity_bounds(t) is None for t in parsed if not t.ent_type_)
