"""Issue 20, wave 29, on sentences written for accord: reported speech the rules missed for a reason the grammar
does not support.

A naming verb ("called X Y") whose object the parser folded into the predicate: the verb then has an object
predicate after it and no object before that predicate, and the rules, which looked for the object first,
found nothing. The words after the verb up to the end of the predicate are still what was called what."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from accord.pipeline import Pipeline
from accord.quotes.candidates import Context
from accord.quotes.layout import Layout
from accord.quotes.lexicon import load_lexicon
from accord.quotes.phrases import folded_predicate, naming
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


def _named(pipeline: Pipeline, doc: Doc, verb: int) -> str | None:
    """The content ``naming`` finds for the verb at ``verb`` of a hand-parsed sentence."""
    text = doc.text
    found = naming(Context(doc, Layout(doc, text), load_lexicon(), text), doc[verb])
    return None if found is None else text[found.start:found.end]


def test_a_predicate_read_as_object_names_all_the_words_after_the_verb(quote_pipeline: Pipeline) -> None:
    # "Lee calls Baker “a risk to the budget”." read with "Baker" the predicate and "risk" the object: the
    # content starts after the verb, not at the later phrase
    words = ["Lee", "calls", "Baker", "“", "a", "risk", "to", "the", "budget", "”", "."]
    spaces = [True, True, True, False, True, True, True, True, False, False, False]
    heads = [1, 1, 1, 5, 5, 1, 5, 8, 6, 5, 1]
    deps = ["nsubj", "ROOT", "oprd", "punct", "det", "dobj", "prep", "det", "pobj", "punct", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PUNCT"]
    tags = ["NNP", "VBZ", "NNP", "``", "DT", "NN", "IN", "DT", "NN", "''", "."]
    doc = Doc(quote_pipeline.nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags)
    predicate = folded_predicate(doc[1], doc[5])
    assert predicate is not None and predicate.i == 5
    assert _named(quote_pipeline, doc, 1) == "Baker “a risk to the budget”"


def test_a_predicate_read_as_object_needs_an_adjective_or_a_quotation(quote_pipeline: Pipeline) -> None:
    # "Lee calls Baker risk to budget": without a quotation or an adjective the words may be one noun phrase
    words = ["Lee", "calls", "Baker", "risk", "to", "budget"]
    heads = [1, 1, 1, 1, 3, 4]
    deps = ["nsubj", "ROOT", "oprd", "dobj", "prep", "pobj"]
    pos = ["PROPN", "VERB", "PROPN", "NOUN", "ADP", "NOUN"]
    tags = ["NNP", "VBZ", "NNP", "NN", "IN", "NN"]
    doc = _parsed(quote_pipeline, words, heads, deps, pos, tags)
    assert folded_predicate(doc[1], doc[3]) is None


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
