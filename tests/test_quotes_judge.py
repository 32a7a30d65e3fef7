"""The quote stage's learned judges (accord.quotes.judge), on sentences written for accord: what the broad
candidates are, how a judge scores, that the stage keeps or drops what its judges say, and that recording hands
every candidate to the training script."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc

from accord.blackboard import QUOTES_STAGE
from accord.doc_index import doc_text
from accord.pipeline import Pipeline
from accord.quotes.candidates import Context
from accord.quotes.extract import extract_quotes
from accord.quotes.judge import Judge, Judged, Judges, broad_candidates, load_judges
from accord.quotes.layout import Layout
from accord.quotes.lexicon import load_lexicon
from accord.quotes.stage import QuoteStage

OPENING = "The town council met on Friday. "


def _judge(threshold: float, priors: dict[str, float] | None = None, bias: float = 0.0) -> Judge:
    return Judge(names=("speaker_person",), weights=(2.0,), bias=bias, prior_weight=1.0, priors=priors or {},
                 threshold=threshold)


def _doc(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.nlp(text)


def _context(doc: Doc) -> Context:
    text = doc_text(doc)
    return Context(doc, Layout(doc, text), load_lexicon(), text)


@contextmanager
def _judged_by(pipeline: Pipeline, judges: Judges) -> Iterator[None]:
    stage = pipeline.nlp.get_pipe(QUOTES_STAGE)
    assert isinstance(stage, QuoteStage)
    before = stage.judges
    stage.judges = judges
    try:
        yield
    finally:
        stage.judges = before


def test_a_judge_adds_the_learned_lemma_odds_to_its_weighted_features() -> None:
    judged = Judged((), "figure", {"speaker_person": 1.0})
    assert abs(_judge(0.5).probability(judged) - 0.8808) < 1e-3  # sigmoid(2)
    assert abs(_judge(0.5, {"figure": -2.0}).probability(judged) - 0.5) < 1e-9
    assert _judge(0.5, {"figure": -2.0}).accepts(judged)
    assert not _judge(0.6, {"figure": -2.0}).accepts(judged)


def test_a_judge_reads_its_weights_from_data() -> None:
    judge = Judge.from_dict({"features": ["length"], "weights": {"length": 1.5}, "bias": -0.5,
                             "prior_weight": 0.8, "priors": {"say": 1.2}, "threshold": 0.4})
    assert judge.names == ("length",) and judge.weights == (1.5,) and judge.priors == {"say": 1.2}


def test_the_shipped_judges_load() -> None:
    judges = load_judges()
    for judge in (judges.rules, judges.broad):
        assert judge is None or 0.0 < judge.threshold <= 1.0


def test_broad_candidates_are_complements_the_rules_left_alone(quote_pipeline: Pipeline) -> None:
    doc = _doc(quote_pipeline, OPENING + "The treasurer gathers that the levy will pass. "
                                          "Many residents back calls for a new budget.")
    found = {j.lemma: j for j in broad_candidates(_context(doc), [], frozenset())}
    text = doc_text(doc)
    figure = found["gather"]
    assert text[figure.pieces[0].start:figure.pieces[0].end] == "that the levy will pass"
    assert figure.features["complement_clause"] == 1.0 and figure.features["that_led"] == 1.0
    calls = found["call for"]  # the preposition joins the cue's word
    assert text[calls.pieces[0].start:calls.pieces[0].end] == "a new budget"
    assert calls.features["complement_noun_preposition"] == 1.0


def test_broad_candidates_skip_cues_the_rules_took_and_verbs_without_a_subject(quote_pipeline: Pipeline) -> None:
    doc = _doc(quote_pipeline, OPENING + "The treasurer gathers that the levy will pass.")
    figure = next(t.i for t in doc if t.lower_ == "gathers")
    assert not [j for j in broad_candidates(_context(doc), [], frozenset({figure})) if j.lemma == "gather"]
    doc = _doc(quote_pipeline, OPENING + "Try to pass the levy before the winter.")  # no one tries
    assert not [j for j in broad_candidates(_context(doc), [], frozenset()) if j.lemma == "try"]


def test_the_stage_adds_what_the_broad_judge_accepts(quote_pipeline: Pipeline) -> None:
    text = OPENING + "The treasurer gathers that the levy will pass."
    with _judged_by(quote_pipeline, Judges(None, _judge(0.5, {"gather": 3.0}, bias=-2.0))):
        quotes = quote_pipeline.extract(text, id="t").quotes
    figured = [q for q in quotes if q.text == "that the levy will pass"]
    assert figured and figured[0].speaker is not None and "treasurer" in (figured[0].speaker.text or "")
    with _judged_by(quote_pipeline, Judges(None, _judge(0.5, {"gather": -3.0}, bias=-2.0))):
        assert not [q for q in quote_pipeline.extract(text, id="t").quotes if q.text == "that the levy will pass"]


def test_the_stage_drops_what_the_rules_judge_rejects(quote_pipeline: Pipeline) -> None:
    text = OPENING + "The treasurer said that the levy will pass."
    with _judged_by(quote_pipeline, Judges(_judge(0.5), None)):
        assert [q.text for q in quote_pipeline.extract(text, id="t").quotes] == ["that the levy will pass"]
    with _judged_by(quote_pipeline, Judges(_judge(1.0, bias=-30.0), None)):
        assert quote_pipeline.extract(text, id="t").quotes == ()


def test_recording_keeps_every_candidate_with_its_origin(quote_pipeline: Pipeline) -> None:
    doc = _doc(quote_pipeline, OPENING + "The treasurer said that the levy will pass. The mayor gathers it will.")
    record: list[tuple[str, str, Judged]] = []
    quotes = extract_quotes(doc, load_lexicon(), None, Judges(_judge(1.0, bias=-30.0), None), record)
    origins = {origin for origin, _, _ in record}
    assert origins == {"rules", "broad"}
    assert {q.attribution for q in quotes} == {attribution for _, attribution, _ in record}
