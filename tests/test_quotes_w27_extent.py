"""Issue 20, wave 27, on sentences written for accord: an object content that stops before the rest of what the
cue names. The parser often hangs on the cue verb what belongs to its object: a second conjunct of the object
("lambasted the bank and the insurer", a noun cannot be coordinated with a verb) and a to-infinitive that
completes the object noun ("decried calls to ban it"). PARC's content runs over both."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from accord.pipeline import Pipeline
from accord.quotes.candidates import Candidate, Context
from accord.quotes.ending import places
from accord.quotes.frames import named_with_object, object_content
from accord.quotes.layout import Layout
from accord.quotes.lexicon import load_lexicon
from accord.quotes.syntax import Cue
from quote_helpers import quote_holding, quotes_in


@pytest.mark.parametrize(("text", "content"), [
    ("The minister proposed nearly $2 billion in grants to help towns rebuild their bridges.",
     "nearly $2 billion in grants to help towns rebuild their bridges"),
    ("The bishop condemned repeated calls to close the border to refugees.",
     "repeated calls to close the border to refugees"),
])
def test_an_infinitive_after_the_object_noun_is_named_with_it(quote_pipeline: Pipeline, text: str,
                                                              content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, text), content.split()[1])
    assert quote.text == content


def _parsed(pipeline: Pipeline, words: list[str], heads: list[int], deps: list[str], pos: list[str],
            tags: list[str]) -> Doc:
    return Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_noun_conjunct_hung_on_the_cue_is_a_second_object(quote_pipeline: Pipeline) -> None:
    # "Critics questioned the fees and, implicitly, his judgment." read with "judgment" a conjunct of the verb
    words = ["Critics", "questioned", "the", "fees", "and", ",", "implicitly", ",", "his", "judgment", "."]
    heads = [1, 1, 3, 1, 1, 1, 9, 9, 9, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "cc", "punct", "advmod", "punct", "poss", "conj", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "CCONJ", "PUNCT", "ADV", "PUNCT", "PRON", "NOUN", "PUNCT"]
    tags = ["NNS", "VBD", "DT", "NNS", "CC", ",", "RB", ",", "PRP$", "NN", "."]
    doc = _parsed(quote_pipeline, words, heads, deps, pos, tags)
    assert object_content(doc[1]) == (2, 10)
    # nor is the conjunction or the conjunct a place where the learned end of the content may cut it
    assert named_with_object(doc[4], load_lexicon()) and named_with_object(doc[9], load_lexicon())


def test_a_verb_conjunct_of_the_cue_is_what_the_speaker_did_next(quote_pipeline: Pipeline) -> None:
    # "Critics questioned the fees and left the hall.": a coordinated verb is another act, not content
    words = ["Critics", "questioned", "the", "fees", "and", "left", "the", "hall", "."]
    heads = [1, 1, 3, 1, 1, 1, 7, 5, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "det", "dobj", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["NNS", "VBD", "DT", "NNS", "CC", "VBD", "DT", "NN", "."]
    doc = _parsed(quote_pipeline, words, heads, deps, pos, tags)
    assert object_content(doc[1]) == (2, 4)
    assert not named_with_object(doc[4], load_lexicon()) and not named_with_object(doc[5], load_lexicon())


def test_an_infinitive_after_a_name_is_the_speakers_purpose(quote_pipeline: Pipeline) -> None:
    # "She criticized Jones to please her base." read with the infinitive an adjunct of the verb
    words = ["She", "criticized", "Jones", "to", "please", "her", "base", "."]
    heads = [1, 1, 1, 4, 1, 6, 4, 1]
    deps = ["nsubj", "ROOT", "dobj", "aux", "advcl", "poss", "dobj", "punct"]
    pos = ["PRON", "VERB", "PROPN", "PART", "VERB", "PRON", "NOUN", "PUNCT"]
    tags = ["PRP", "VBD", "NNP", "TO", "VB", "PRP$", "NN", "."]
    doc = _parsed(quote_pipeline, words, heads, deps, pos, tags)
    assert object_content(doc[1]) == (2, 3)
    assert not named_with_object(doc[4], load_lexicon())


def test_the_learned_end_keeps_a_second_object_after_a_quotation(quote_pipeline: Pipeline) -> None:
    text = 'Critics questioned the mayor\'s "open door" promise and his readiness to govern.'
    quote = quote_holding(quotes_in(quote_pipeline, text), "readiness")
    assert quote.text == 'the mayor\'s "open door" promise and his readiness to govern'


# --- the learned end keeps only what the rules read as named with the object (review of wave 27) ----------


def _context(pipeline: Pipeline, text: str) -> Context:
    doc = pipeline.nlp(text)
    return Context(doc, Layout(doc, text), load_lexicon(), text)


def _openings(ctx: Context, verb: str, content: str) -> list[str]:
    """The first word of every place where the learned end could cut ``content``, the cue ``verb``'s."""
    start = ctx.text.index(content)
    cue = next(t for t in ctx.doc if t.text == verb)
    speaker = next(c for c in cue.children if c.dep_ == "nsubj")
    candidate = Candidate(start, start + len(content), False, Cue(cue.i, cue.i, speaker.i))
    return [ctx.text[p.char:].split()[0] for p in places(ctx, candidate)]


@pytest.mark.parametrize(("text", "verb", "content", "opening"), [
    # an infinitive of purpose after the setting of the saying: the rules' content stops at the setting
    ("The governor criticised the budget in a radio interview to reassure farmers.", "criticised",
     "the budget in a radio interview to reassure farmers", "to"),
    # a noun conjunct after a source phrase: the rules' content stops before "according to"
    ("The senator praised the budget, according to aides, and the new treaty.", "praised",
     "the budget, according to aides, and the new treaty", "and"),
])
def test_a_cue_dependent_after_where_the_rules_stop_is_a_place_to_end(quote_pipeline: Pipeline, text: str,
                                                                      verb: str, content: str,
                                                                      opening: str) -> None:
    ctx = _context(quote_pipeline, text)
    cue = next(t for t in ctx.doc if t.text == verb)
    rules = object_content(cue, lexicon=ctx.lexicon)
    assert rules is not None and ctx.doc[rules[0]:rules[1]].text == content.split(",")[0].split(" in ")[0]
    assert opening in _openings(ctx, verb, content)


@pytest.mark.parametrize(("text", "verb", "content", "inside"), [
    ("The bishop condemned repeated calls to close the border.", "condemned",
     "repeated calls to close the border", "to"),
    ("The minister proposed nearly $2 billion in grants to help towns rebuild their bridges.", "proposed",
     "nearly $2 billion in grants to help towns rebuild their bridges", "to"),
])
def test_a_cue_dependent_the_rules_read_as_named_with_the_object_is_no_place(quote_pipeline: Pipeline, text: str,
                                                                             verb: str, content: str,
                                                                             inside: str) -> None:
    ctx = _context(quote_pipeline, text)
    cue = next(t for t in ctx.doc if t.text == verb)
    rules = object_content(cue, lexicon=ctx.lexicon)
    assert rules is not None and ctx.doc[rules[0]:rules[1]].text == content
    assert inside not in _openings(ctx, verb, content)


def test_an_infinitive_after_a_completion_is_not_named_with_the_object(quote_pipeline: Pipeline) -> None:
    # "The mayor accused the agency of wasting money to score points." read with the infinitive an adjunct of the
    # cue: the of-phrase completes the accusation, and what follows it is the speaker's purpose, not the object's
    words = ["The", "mayor", "accused", "the", "agency", "of", "wasting", "money", "to", "score", "points", "."]
    heads = [1, 2, 2, 4, 2, 2, 5, 6, 9, 2, 9, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "dobj", "aux", "advcl", "dobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "VERB", "NOUN", "PART", "VERB", "NOUN", "PUNCT"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "IN", "VBG", "NN", "TO", "VB", "NNS", "."]
    doc = _parsed(quote_pipeline, words, heads, deps, pos, tags)
    assert object_content(doc[2], lexicon=load_lexicon()) == (3, 8)
    assert not named_with_object(doc[9], load_lexicon())
