"""Wave 34: candidate features for the quote judges, on sentences written for accord — a noun cue carried by a light
verb takes that verb's subject as its speaker, a cue word's class in the stage's lexicon, a rules cue of several
words known by its first and last word. Retrained with them the judges were not shipped (no gain on the dev
samples): the stage does not compute them, the training script does with ``--w34-features``."""

from __future__ import annotations

from spacy.tokens import Doc

from accord.doc_index import doc_text
from accord.pipeline import Pipeline
from accord.quotes.candidates import Context
from accord.quotes.judge import broad_candidates, class_features, noun_speaker, rules_key, speaker_features
from accord.quotes.layout import Layout
from accord.quotes.lexicon import load_lexicon
from quote_helpers import assert_spoken_by, quote_holding, quotes_in

OPENING = "The county board met on Tuesday. "


def _context(pipeline: Pipeline, text: str) -> Context:
    doc: Doc = pipeline.nlp(OPENING + text)
    return Context(doc, Layout(doc, doc_text(doc)), load_lexicon(), doc_text(doc))


def _noun_speaker(ctx: Context, noun: str) -> str | None:
    token = next(t for t in ctx.doc if t.lower_ == noun)
    speaker = noun_speaker(token, ctx.lexicon)
    return speaker.text if speaker is not None else None


def test_a_light_verbs_subject_speaks_for_the_noun_it_carries(quote_pipeline: Pipeline) -> None:
    ctx = _context(quote_pipeline, "The treasurer voiced the conviction that the levy would pass.")
    assert _noun_speaker(ctx, "conviction") == "treasurer"
    ctx = _context(quote_pipeline, "Neighbours raised the conviction that the plant was leaking.")
    assert _noun_speaker(ctx, "conviction") == "Neighbours"


def test_a_pronoun_subject_of_a_light_verb_is_the_nouns_speaker(quote_pipeline: Pipeline) -> None:
    ctx = _context(quote_pipeline, "She voiced the hunch that the bridge was unsafe.")
    assert _noun_speaker(ctx, "hunch") == "She"
    assert speaker_features(noun_speaker(next(t for t in ctx.doc if t.lower_ == "hunch"), ctx.lexicon)) \
        ["speaker_pronoun"] == 1.0


def test_the_possessor_still_speaks_before_any_light_verb(quote_pipeline: Pipeline) -> None:
    ctx = _context(quote_pipeline, "The clerk shared the mayor's conviction that turnout would drop.")
    assert _noun_speaker(ctx, "conviction") == "mayor"


def test_a_verb_that_is_not_light_lends_no_speaker(quote_pipeline: Pipeline) -> None:
    # describing a notion is not holding it: the noun has no source here
    ctx = _context(quote_pipeline, "The pamphlet described the notion that taxes would fall.")
    assert _noun_speaker(ctx, "notion") is None


def test_the_stage_itself_keeps_the_broad_nouns_owner(quote_pipeline: Pipeline) -> None:
    # the candidate features were not shipped: the broad judge still sees a light verb's noun as speakerless
    ctx = _context(quote_pipeline, "The treasurer voiced the conviction that the levy would pass.")
    found = {j.lemma: j for j in broad_candidates(ctx, [], frozenset())}
    assert found["conviction"].features["no_speaker"] == 1.0
    assert not any(name.startswith("class_") for name in found["conviction"].features)


def test_a_listed_noun_after_a_light_verb_is_attributed_to_its_subject(quote_pipeline: Pipeline) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, OPENING + "Farmers expressed concern that the new tariff "
                                    "would cut their exports."), "tariff")
    assert_spoken_by(quote, "Farmers")


def test_the_cue_class_comes_from_the_lexicon() -> None:
    lexicon = load_lexicon()
    assert class_features("say", lexicon) == {"class_speech": 1.0}
    assert class_features("believe", lexicon) == {"class_thought": 1.0}
    assert class_features("see", lexicon)["class_thought"] == 1.0  # perception is listed with thought
    assert class_features("call for", lexicon)["class_noun"] == 1.0  # the word, without its preposition
    assert class_features("express", lexicon)["class_light"] == 1.0  # a light verb; its object may be a cue too
    assert class_features("gobble", lexicon) == {"class_none": 1.0}


def test_a_rules_cue_of_several_words_is_known_by_its_first_and_last(quote_pipeline: Pipeline) -> None:
    ctx = _context(quote_pipeline, "According to the clerk, the levy will pass. The mayor pointed out that it did.")
    doc = ctx.doc
    according = next(t.i for t in doc if t.lower_ == "according")
    pointed = next(t.i for t in doc if t.lower_ == "pointed")
    assert rules_key(doc, according, according + 1, ctx.lexicon) == "accord to"  # not the bare "to"
    assert rules_key(doc, pointed, pointed + 1, ctx.lexicon) == "point out"  # the particle is named once
    assert rules_key(doc, pointed, pointed, ctx.lexicon) == "point out"
