"""Issue 20, wave 29, on sentences written for accord: reported speech the rules missed for a reason the grammar
does not support.

A naming verb ("called X Y") whose object the parser folded into the predicate: the verb then has an object
predicate after it and no object before that predicate, and the rules, which looked for the object first,
found nothing. The words after the verb up to the end of the predicate are still what was called what."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from accord.pipeline import Pipeline
from accord.quotes.phrases import folded_predicate
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


def _parsed(pipeline: Pipeline, words: list[str], heads: list[int], deps: list[str], pos: list[str],
            tags: list[str]) -> Doc:
    return Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_an_object_folded_into_the_predicate_is_named_with_it(quote_pipeline: Pipeline) -> None:
    # "She called the tax plan “cruel”." read with "plan" a modifier of the adjective "cruel"
    words = ["She", "called", "the", "tax", "plan", "“", "cruel", "”", "."]
    heads = [1, 1, 4, 4, 6, 6, 1, 6, 1]
    deps = ["nsubj", "ROOT", "det", "compound", "npadvmod", "punct", "oprd", "punct", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "NOUN", "PUNCT", "ADJ", "PUNCT", "PUNCT"]
    tags = ["PRP", "VBD", "DT", "NN", "NN", "``", "JJ", "''", "."]
    doc = _parsed(quote_pipeline, words, heads, deps, pos, tags)
    predicate = folded_predicate(doc[1], None)
    assert predicate is not None and predicate.i == 6


def test_a_predicate_read_as_object_ends_with_the_later_phrase(quote_pipeline: Pipeline) -> None:
    # "Lee calls Baker risk to budget" read with "Baker" the predicate and "risk" the object
    words = ["Lee", "calls", "Baker", "risk", "to", "budget"]
    heads = [1, 1, 1, 1, 3, 4]
    deps = ["nsubj", "ROOT", "oprd", "dobj", "prep", "pobj"]
    pos = ["PROPN", "VERB", "PROPN", "NOUN", "ADP", "NOUN"]
    tags = ["NNP", "VBZ", "NNP", "NN", "IN", "NN"]
    doc = _parsed(quote_pipeline, words, heads, deps, pos, tags)
    predicate = folded_predicate(doc[1], doc[3])
    assert predicate is not None and predicate.i == 3


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "tags"), [
    # "He was called “reckless”.": a passive names no object after the verb
    (["He", "was", "called", "“", "reckless", "”", "."], [2, 2, 2, 4, 2, 4, 2],
     ["nsubjpass", "auxpass", "ROOT", "punct", "oprd", "punct", "punct"],
     ["PRON", "AUX", "VERB", "PUNCT", "ADJ", "PUNCT", "PUNCT"], ["PRP", "VBD", "VBN", "``", "JJ", "''", "."]),
    # "She called it “cruel”.": the object stands before the predicate, the ordinary reading
    (["She", "called", "it", "“", "cruel", "”", "."], [1, 1, 1, 4, 1, 4, 1],
     ["nsubj", "ROOT", "dobj", "punct", "oprd", "punct", "punct"],
     ["PRON", "VERB", "PRON", "PUNCT", "ADJ", "PUNCT", "PUNCT"], ["PRP", "VBD", "PRP", "``", "JJ", "''", "."]),
    # "She called “cruel”.": nothing before the predicate says what was so called
    (["She", "called", "“", "cruel", "”", "."], [1, 1, 3, 1, 3, 1],
     ["nsubj", "ROOT", "punct", "oprd", "punct", "punct"],
     ["PRON", "VERB", "PUNCT", "ADJ", "PUNCT", "PUNCT"], ["PRP", "VBD", "``", "JJ", "''", "."]),
    # "She called a party donor, Ann Lee, at once." read with "donor" the predicate: one noun phrase, a call
    (["She", "called", "a", "party", "donor", ",", "Ann", "Lee", ",", "at", "once", "."],
     [1, 1, 4, 4, 1, 4, 7, 4, 4, 1, 9, 1],
     ["nsubj", "ROOT", "det", "compound", "oprd", "punct", "compound", "appos", "punct", "prep", "pobj", "punct"],
     ["PRON", "VERB", "DET", "NOUN", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "ADP", "ADV", "PUNCT"],
     ["PRP", "VBD", "DT", "NN", "NN", ",", "NNP", "NNP", ",", "IN", "RB", "."]),
])
def test_no_folded_object(quote_pipeline: Pipeline, words: list[str], heads: list[int], deps: list[str],
                          pos: list[str], tags: list[str]) -> None:
    doc = _parsed(quote_pipeline, words, heads, deps, pos, tags)
    verb = next(t for t in doc if t.lemma_ == "call" or t.text == "called")
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    assert folded_predicate(verb, obj) is None


def test_a_nickname_after_a_name_is_what_the_speaker_called_him(quote_pipeline: Pipeline) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, "Within an hour, she called Jones “Sleepy Bob” several times."),
                          "Sleepy Bob")
    assert quote.text.startswith("Jones “Sleepy Bob”")
    assert_spoken_by(quote, "she")
