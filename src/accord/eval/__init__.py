"""Measuring accord: scorers for the gold formats (PLOVER records, sample annotations, BRAT quote
attribution), the pipeline runners that feed them, and `accord bench`."""

from accord.eval.annotation import SampleGold, load_sample_gold
from accord.eval.attribution import AttributionReport, score_attributions
from accord.eval.bench import BenchReport, run_bench
from accord.eval.brat import BratDocument, GoldAttribution, parse_ann, read_brat_dir
from accord.eval.metrics import PRF
from accord.eval.plover import PloverRecord, PloverReport, load_plover_gold, score_plover
from accord.eval.runner import run_corpus, run_plover, run_quotes, run_sample
from accord.eval.sample import SampleReport, score_sample
from accord.eval.synthetic import synthetic_corpus

__all__ = [
    "PRF",
    "AttributionReport",
    "BenchReport",
    "BratDocument",
    "GoldAttribution",
    "PloverRecord",
    "PloverReport",
    "SampleGold",
    "SampleReport",
    "load_plover_gold",
    "load_sample_gold",
    "parse_ann",
    "read_brat_dir",
    "run_bench",
    "run_corpus",
    "run_plover",
    "run_quotes",
    "run_sample",
    "score_attributions",
    "score_plover",
    "score_sample",
    "synthetic_corpus",
]
