"""Measuring accord: scorers for the gold formats (PLOVER records, sample annotations, BRAT quote
attribution, whole-article real-news annotations, CASE-2021 snippets, audit sheets), the pipeline runners
that feed them, and `accord bench`."""

from accord.eval.annotation import SampleGold, load_sample_gold
from accord.eval.attribution import AttributionReport, score_attributions
from accord.eval.audit import AuditReport, draw_events, score_sheet
from accord.eval.bench import BenchReport, run_bench
from accord.eval.brat import BratDocument, GoldAttribution, parse_ann, read_brat_dir
from accord.eval.case import CaseReport, score_case
from accord.eval.metrics import PRF
from accord.eval.plover import PloverRecord, PloverReport, load_plover_gold, score_plover
from accord.eval.realnews import ArticleAnnotation, load_annotation
from accord.eval.realnews_run import RealNewsReport, run_agreement, run_realnews
from accord.eval.realnews_score import ArticleReport, score_article
from accord.eval.runner import run_corpus, run_plover, run_quotes, run_sample
from accord.eval.sample import SampleReport, score_sample
from accord.eval.synthetic import synthetic_corpus

__all__ = [
    "PRF",
    "ArticleAnnotation",
    "ArticleReport",
    "AttributionReport",
    "AuditReport",
    "BenchReport",
    "BratDocument",
    "CaseReport",
    "GoldAttribution",
    "PloverRecord",
    "PloverReport",
    "RealNewsReport",
    "SampleGold",
    "SampleReport",
    "draw_events",
    "load_annotation",
    "load_plover_gold",
    "load_sample_gold",
    "parse_ann",
    "read_brat_dir",
    "run_agreement",
    "run_bench",
    "run_corpus",
    "run_plover",
    "run_quotes",
    "run_realnews",
    "run_sample",
    "score_article",
    "score_attributions",
    "score_case",
    "score_plover",
    "score_sample",
    "score_sheet",
    "synthetic_corpus",
]
