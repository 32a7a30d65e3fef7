"""Wave 34: the quote judges' features, on sentences written for accord — a noun cue carried by a light verb
takes that verb's subject as its speaker, and every cue word tells the judges its class in the stage's lexicon."""

from __future__ import annotations

from spacy.tokens import Doc

from accord.doc_index import doc_text
from accord.pipeline import Pipeline
from accord.quotes.candidates import Candidate, Context
from accord.quotes.judge import Judged, broad_candidates, class_features, noun_speaker, rule_features
from accord.quotes.layout import Layout
from accord.quotes.lexicon import load_lexicon
from accord.quotes.syntax import Cue
from quote_helpers import assert_spoken_by, quote_holding, quotes_in

OPENING = "The county board met on Tuesday. "


def _context(pipeline: Pipeline, text: str) -> Context:
    doc: Doc = pipeline.nlp(OPENING + text)
    return Context(doc, Layout(doc, doc_text(doc)), load_lexicon(), doc_text(doc))


def _broad(ctx: Context, lemma: str) -> Judged:
    found = {j.lemma: j for j in broad_candidates(ctx, [], frozenset())}
    assert lemma in found, sorted(found)
    return found[lemma]


def _speaker_word(ctx: Context, judged: Judged) -> str | None:
    cue = judged.pieces[0].cue
    assert cue is not None
    return ctx.doc[cue.speaker].text if cue.speaker is not None else None


def test_a_light_verbs_subject_speaks_for_the_noun_it_carries(quote_pipeline: Pipeline) -> None:
    ctx = _context(quote_pipeline, "The treasurer voiced the conviction that the levy would pass.")
    judged = _broad(ctx, "conviction")
    assert _speaker_word(ctx, judged) == "treasurer"
    assert judged.features.get("no_speaker", 0.0) == 0.0
    assert judged.features["speaker_common_noun"] == 1.0


def test_a_pronoun_subject_of_a_light_verb_is_the_nouns_speaker(quote_pipeline: Pipeline) -> None:
    ctx = _context(quote_pipeline, "She voiced the hunch that the bridge was unsafe.")
    judged = _broad(ctx, "hunch")
    assert _speaker_word(ctx, judged) == "She"
    assert judged.features["speaker_pronoun"] == 1.0


def test_the_possessor_still_speaks_before_any_light_verb(quote_pipeline: Pipeline) -> None:
    ctx = _context(quote_pipeline, "The clerk shared the mayor's conviction that turnout would drop.")
    assert _speaker_word(ctx, _broad(ctx, "conviction")) == "mayor"


def test_a_verb_that_is_not_light_lends_no_speaker(quote_pipeline: Pipeline) -> None:
    # describing a notion is not holding it: the noun has no source here
    ctx = _context(quote_pipeline, "The pamphlet described the notion that taxes would fall.")
    judged = _broad(ctx, "notion")
    assert _speaker_word(ctx, judged) is None
    assert judged.features["no_speaker"] == 1.0


def test_noun_speaker_reads_the_parse(quote_pipeline: Pipeline) -> None:
    ctx = _context(quote_pipeline, "Neighbours raised the conviction that the plant was leaking.")
    noun = next(t for t in ctx.doc if t.lower_ == "conviction")
    speaker = noun_speaker(noun, ctx.lexicon)
    assert speaker is not None and speaker.text == "Neighbours"


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


def test_both_judges_read_the_cue_class(quote_pipeline: Pipeline) -> None:
    ctx = _context(quote_pipeline, "The treasurer gathers that the levy will pass. The mayor said that it would.")
    assert _broad(ctx, "gather").features["class_none"] == 1.0
    said = next(t for t in ctx.doc if t.lower_ == "said")
    piece = Candidate(said.idx + 5, len(ctx.text), False, Cue(said.i, said.i, said.i - 1))
    assert rule_features(ctx, [piece]).features["class_speech"] == 1.0
