"""Wave 37, the event coder's learned judges retrained on today's coder: the shipped judges load and score
deterministically, and ``scripts/train_event_filter.py`` (version 3) runs end to end (coding, cache, the first
judge over its own or every feature) on a tiny set of annotations in the project's own words, in a shared folder
of its own."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from accord.eval.realnews import write_annotation
from accord.eval.realnews_draft import annotation_from_draft
from accord.events.acceptance import CLAUSE_MODEL_RESOURCE, AcceptanceModel, load_model
from accord.events.clause_stance import LEMMA_PREFIX, OTHER

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "train_event_filter.py"
DATA = ROOT / "src" / "accord" / "data" / "events"

# Six short invented reports: each has an act the annotation records and one it leaves out, so that the scorer
# labels some coded events right and some wrong.
ARTICLES = {
    "n1": ("Valdoria accuses Tressen over dam\n\nValdoria's foreign ministry on Monday accused Tressen of "
           "diverting the river. Valdorian troops attacked a smugglers' camp near the border on Sunday.",
           "accused", "ACCUSE", "Valdoria's foreign ministry on Monday accused Tressen"),
    "n2": ("Talks in Morvik\n\nThe prime minister of Estland met the president of Karovia in Morvik on "
           "Tuesday. Police arrested twelve protesters outside the hall.",
           "met", "CONSULT", "The prime minister of Estland met the president of Karovia"),
    "n3": ("Karovia sends aid\n\nKarovia sent food and medicine to flooded villages in Estland on Wednesday. "
           "The opposition criticised the government for the delay.",
           "sent", "AID", "Karovia sent food and medicine"),
    "n4": ("Tressen rejects plan\n\nTressen's parliament rejected the border plan on Thursday. Rebels shelled "
           "an army post in the north the same night.",
           "rejected", "REJECT", "Tressen's parliament rejected the border plan"),
    "n5": ("Strike in Morvik\n\nThousands of dock workers protested against the new port law in Morvik on "
           "Friday. The minister of labour condemned the strike.",
           "protested", "PROTEST", "Thousands of dock workers protested"),
    "n6": ("Estland expels envoy\n\nEstland expelled the Karovian ambassador on Saturday. Karovia's "
           "government accused Estland of spying.",
           "expelled", "REDUCE", "Estland expelled the Karovian ambassador"),
}


@pytest.fixture()
def annotated(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A shared folder with the six texts and a folder of their dev annotations; the environment to run in."""
    shared = tmp_path / "shared"
    (shared / "realnews").mkdir(parents=True)
    rows = [{"id": key, "date": "2024-05-06", "title": text.split("\n")[0], "text": text}
            for key, (text, *_) in ARTICLES.items()]
    (shared / "realnews" / "invented.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows),
                                                        encoding="utf-8")
    folder = tmp_path / "annotations"
    folder.mkdir()
    for key, (text, trigger, event_type, evidence) in ARTICLES.items():
        draft: dict[str, Any] = {"corpus": "realnews/invented.jsonl", "id": key, "published": "2024-05-06",
                                 "split": "dev", "annotator": "t",
                                 "events": [{"type": event_type, "evidence": evidence, "trigger": trigger}]}
        annotation, problems = annotation_from_draft(draft, text, "test reader")
        assert not problems, problems
        write_annotation(annotation, folder / f"invented__{key}.json")
    env = dict(os.environ, ACCORD_SHARED=str(shared), PYTHONPATH=str(ROOT / "src"))
    return folder, env


def _train(folder: Path, env: dict[str, str], *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), str(folder), *options], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=900, check=False)


def test_the_trainer_runs_end_to_end_and_its_cache_gives_the_same_judge(
        annotated: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    folder, env = annotated
    cache, first, again = tmp_path / "codings.pkl", tmp_path / "first.json", tmp_path / "again.json"
    done = _train(folder, env, "--first", "--all-features", "--codings", str(cache), "--out", str(first))
    assert done.returncode == 0, done.stderr
    assert cache.exists()
    model = json.loads(first.read_text(encoding="utf-8"))
    assert model["version"] == "3"
    assert "--first --all-features" in model["command"]
    assert model["trained_on"].startswith("every asserted event: 6 real-news dev articles")
    assert model["examples"]["articles"] == 6 and model["examples"]["labelled"] > 0
    assert LEMMA_PREFIX + OTHER in model["features"]  # every feature: the words' shared value among them
    judge = AcceptanceModel.from_dict(model)
    assert 0.0 <= judge.threshold < 1.0
    # the second run reads the cache (no coding) and trains the same judge
    rerun = _train(folder, env, "--first", "--all-features", "--codings", str(cache), "--out", str(again))
    assert rerun.returncode == 0, rerun.stderr
    second = json.loads(again.read_text(encoding="utf-8"))
    assert (second["weights"], second["bias"], second["threshold"]) == (model["weights"], model["bias"],
                                                                         model["threshold"])
    # the first judge over the previous judge's own features only
    narrow = _train(folder, env, "--first", "--codings", str(cache), "--out", str(again))
    assert narrow.returncode == 0, narrow.stderr
    assert json.loads(again.read_text(encoding="utf-8"))["features"] == list(load_model().names)


def test_all_features_is_only_for_the_first_judge(annotated: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    folder, env = annotated
    refused = _train(folder, env, "--all-features", "--out", str(tmp_path / "x.json"))
    assert refused.returncode == 2 and "--all-features is for --first" in refused.stderr
    assert not (tmp_path / "x.json").exists()


def test_the_shipped_judges_load_and_record_how_they_were_made() -> None:
    for resource in ("acceptance.json", CLAUSE_MODEL_RESOURCE):
        recorded = json.loads((DATA / resource).read_text(encoding="utf-8"))
        judge = load_model(resource)
        assert judge.names == tuple(recorded["features"]) and len(judge.weights) == len(judge.names)
        assert recorded["command"].startswith("PYTHONPATH=src python scripts/train_event_filter.py")
        assert recorded["trained_on"] and 0.0 < judge.threshold < 1.0


def test_the_first_judge_scores_by_hand_and_the_same_every_time() -> None:
    judge = load_model()
    values = {"conflict": 1.0, "has_source": 1.0, "tense:past": 1.0, LEMMA_PREFIX + "zzunheardof": 1.0}
    known = judge.known(values)
    assert known.get(LEMMA_PREFIX + OTHER) == 1.0  # a word without a weight of its own reads as the shared value
    z = judge.bias + sum(w * known.get(n, 0.0) for n, w in zip(judge.names, judge.weights, strict=True))
    assert judge.probability(values) == pytest.approx(1.0 / (1.0 + math.exp(-z)))
    assert judge.probability(values) == judge.probability(dict(values))
    assert judge.accepts(values) == (judge.probability(values) >= judge.threshold)
