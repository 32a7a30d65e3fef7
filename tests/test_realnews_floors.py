"""Floors on the blind real-news development split (eval/annotations/realnews): the figures the event and actor
work is steered by must not drop unnoticed. The floors below were set on the split's first 47 articles (320 gold
events that count) and are still held by those articles; waves 29 and 30 added articles of US campaign news (the
annotators w29g, 7 articles, w30a, 8, in wave 31 w31a and w31c, 18, in wave 32 w32a and w32c, 20, in wave 33 w33a
and w33h, 20), on which accord codes worse, so the split as each wave left it (54, 62, 80, 100, then 120 articles) has
floors of its own rather than lower ones for the articles before it.

The texts live in ../shared, so the test skips where it is absent (as in CI on a clean machine). Raise a
floor as the coder improves; lowering one needs a stated reason. Measured 2026-12-03 (wave 5) on main: type F1 0.59,
type + actor 0.43, type + both sides 0.24, actor mentions' country 0.805 and country + sector 0.64, event dates
right 68 of 85; events given a date where the annotators could not tell one 25 of 79 (61 of 73 before wave 3).
Wave 7 (2026-12-03): type 0.658, type + actor 0.493, type + both 0.287, country 0.810, country + sector 0.661, dates
right 70 of 90, dated where the gold says none 16 of 91.
Wave 8 (2026-12-03): type 0.704, type + actor 0.562, type + both 0.337, country 0.843, country + sector 0.696,
dates right 73 of 95, dated where the gold says none 19 of 98, places right 35 of 66.
Wave 9 (2026-12-03): type 0.716, type + actor 0.567, type + both 0.341, country 0.848, country + sector 0.708,
dates right 78 of 101, dated where the gold says none 19 of 98, places right 35 of 69.
Wave 11 (2026-12-04): type 0.753, type + actor 0.622, type + both 0.391, country 0.888, country + sector 0.757,
dates right 83 of 108, dated where the gold says none 19 of 105, places right 44 of 74 (held-out part, untouched:
type 0.492, type + actor 0.283, type + both 0.160, country + sector 0.572).
Wave 23 (2026-12-05, floors raised): type 0.764, type + actor 0.635, type + both 0.408, country 0.891, country +
sector 0.773, dates right 86 of 107, places right 45 of 73 (held-out part, untouched: type 0.515, type + actor
0.294, type + both 0.178, country + sector 0.579).
Wave 29 (2026-12-06): the first 47 articles type 0.761, type + actor 0.638, type + both 0.411, country 0.900,
country + sector 0.780; all 54 type 0.738, type + actor 0.621, type + both 0.409 (held-out part, now 49 articles,
untouched: type 0.457, type + actor 0.301, type + both 0.213, country + sector 0.636).
Wave 30 (2026-12-06): all 62 type 0.720, type + actor 0.612, type + both 0.411, country + sector 0.772 (held-out
part, now 57 articles, untouched: type 0.447, type + actor 0.299, type + both 0.210, country + sector 0.637).
Wave 31 (2026-12-06), before the wave's code: all 80 type 0.677, type + actor 0.583, type + both 0.400, country +
sector 0.766 (the first round's 2016 candidates re-coded ELI by the annotation rule; held-out part, now 75 articles).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from accord.eval.realnews import load_annotation
from accord.eval.realnews_run import RealNewsReport, run_realnews
from accord.eval.realnews_score import Counts
from accord.eval.sources import SHARED_ENV
from accord.pipeline import Pipeline

ANNOTATIONS = Path(__file__).resolve().parents[1] / "eval" / "annotations" / "realnews"
FLOORS = {"type": 0.76, "type+actor": 0.64, "type+both": 0.41}
MENTION_COUNTRY_FLOOR = 0.90
MENTION_COUNTRY_AND_SECTOR_FLOOR = 0.83
DATE_FLOOR = 0.78  # of the matched events whose gold gives a date (107 on dev)
PLACE_FLOOR = 0.61  # of the matched events whose gold gives a place (73 on dev)
UNSAID_DATE_CEILING = 0.22  # of the matched events whose gold gives no date ("not said"), the share given one


# a later annotator is named for the wave that wrote its articles ("w29g", "w31c": the wave, then a letter); every
# other annotator's articles came before the floors above were set (the first 47 articles, wave 28)
LATER_ANNOTATOR = re.compile(r"w(\d+)[a-z]")
EARLIEST_WAVE = 28
# the split as a wave left it: its article count and type F1 floors. Wave 29: 54 articles, 349 gold events that
# count (type .738, type + actor .621, type + both .409); wave 30: 62 articles, 382 (main before the wave's code:
# type .717, type + actor .609, type + both .408); wave 31: 80 articles, 436 (main before the wave's code: type
# .677, type + actor .583, type + both .400); wave 32: 100 articles, 504 (main before the wave's code: type .647,
# type + actor .558, type + both .392); wave 33: 120 articles, 551 (main before the wave's code: type .615, type +
# actor .529, type + both .371; wave 34's code: type .622, type + actor .537, type + both .377 — the type + actor
# and type + both floors raised, type kept, as .62 would rest on one matched event); wave 34: 136 articles, 597 (wave
# 35's code: type .620, type + actor .528, type + both .374). Wave 35's code raised every wave's figures (54: .745 /
# .629 / .419; 62: .727 / .617 / .418; 80: .695 / .598 / .411; 100: .668 / .575 / .405; 120: .639 / .550 / .387;
# the first 47: .763 / .641 / .416): the floors were raised to about a point below them. Wave 35: 142 articles, 613;
# wave 36: 148 articles, 644 (wave 36's code: 142: .621 / .532 / .379; 148: .607 / .522 / .372; 54: .748 / .631 / .418;
# 80: .699 / .602 / .413; the first 47's mentions: country .906, country + sector .824, place .622): floors set a point
# or less below them. Wave 37: 154 articles, 661 (wave 37's code: 154: .6125 / .5302 / .3761; 148: .614 / .531 / .381;
# 142: .628 / .541 / .386; 136: .631 / .541 / .386; 120: .649 / .560 / .395; 100: .681 / .587 / .415; 80: .701 / .603 /
# .414; the first 47: .766 / .643 / .418, mentions country .906, country + sector .828, place .622): floors raised to
# a point or less below them. Wave 38 (no new articles; wave 38's code: 154: .6169 / .5339 / .3786; 148: .6181 /
# .5339 / .3833; the first 47's mentions: country + sector .833): the type floors of 148 and 154 and the first 47's
# country + sector floor raised
SPLIT_AS_OF_WAVE = {29: (54, {"type": 0.74, "type+actor": 0.62, "type+both": 0.41}),
                    30: (62, {"type": 0.72, "type+actor": 0.61, "type+both": 0.41}),
                    31: (80, {"type": 0.69, "type+actor": 0.59, "type+both": 0.41}),
                    32: (100, {"type": 0.67, "type+actor": 0.58, "type+both": 0.41}),
                    33: (120, {"type": 0.64, "type+actor": 0.55, "type+both": 0.39}),
                    34: (136, {"type": 0.62, "type+actor": 0.53, "type+both": 0.38}),
                    35: (142, {"type": 0.62, "type+actor": 0.53, "type+both": 0.38}),
                    36: (148, {"type": 0.61, "type+actor": 0.52, "type+both": 0.37}),
                    37: (154, {"type": 0.61, "type+actor": 0.52, "type+both": 0.37})}


def test_the_dev_split_holds_its_floors(pipeline: Pipeline, shared_dir: Path, monkeypatch: pytest.MonkeyPatch
                                        ) -> None:
    monkeypatch.setenv(SHARED_ENV, os.fspath(shared_dir))
    report = run_realnews([ANNOTATIONS], pipeline, "dev")
    assert not report.skipped, report.skipped
    for wave, (documents, floors) in SPLIT_AS_OF_WAVE.items():
        as_of = _articles_as_of(report, wave)
        assert as_of.documents == documents, (wave, as_of.documents)
        for level, floor in floors.items():
            assert as_of.levels[level].f1 >= floor, (wave, level, as_of.levels[level])
    total = _articles_as_of(report, EARLIEST_WAVE)
    assert total.documents == 47 and total.gold_counted >= 300
    for level, floor in FLOORS.items():
        assert total.levels[level].f1 >= floor, (level, total.levels[level])
    right, judged = total.mentions.country
    assert judged >= 1000 and right / judged >= MENTION_COUNTRY_FLOOR
    right, judged = total.mentions.country_and_sector
    assert judged >= 1000 and right / judged >= MENTION_COUNTRY_AND_SECTOR_FLOOR
    right, judged = total.date
    assert judged >= 20 and right / judged >= DATE_FLOOR, total.date
    dated, undated_in_gold = total.date_unasked
    assert undated_in_gold >= 20 and dated / undated_in_gold <= UNSAID_DATE_CEILING, total.date_unasked
    right, judged = total.place
    assert judged >= 20 and right / judged >= PLACE_FLOOR, total.place


def _articles_as_of(report: RealNewsReport, wave: int) -> Counts:
    """The totals of the dev articles annotated by the end of ``wave``."""
    keys = {key for key, annotator in _annotators("dev").items() if _wave_of(annotator) <= wave}
    return RealNewsReport(tuple(a for a in report.articles if a.key in keys)).total()


def _wave_of(annotator: str) -> int:
    """The wave whose articles ``annotator`` wrote."""
    later = LATER_ANNOTATOR.fullmatch(annotator)
    return int(later.group(1)) if later else EARLIEST_WAVE


def _annotators(split: str) -> dict[str, str]:
    """Each annotated article's key (corpus#id) with its annotator, for the articles of ``split``."""
    annotations = (load_annotation(path) for path in sorted(ANNOTATIONS.glob("*.json")))
    return {a.key: a.annotator for a in annotations if a.split == split}
