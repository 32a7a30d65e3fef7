"""Measures the quote stage's CPU time against spaCy parsing alone, in the interpreter that runs it.

Run as a script by ``test_quotes.py`` in a fresh interpreter, as an ingest process would run the stage: inside
a test session the heap left by thousands of earlier tests slows the stage's Python work (not spaCy's compiled
parser) by up to a half, so the same code measured there passes or fails by the order the tests ran in.
Prints one JSON line: [stage seconds, parse seconds, quotes found, documents].
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from accord.eval.synthetic import synthetic_corpus
from accord.nlp import DEFAULT_STAGES
from accord.pipeline import Pipeline, PipelineOptions

STAGES = tuple(s for s in DEFAULT_STAGES if s in ("accord_actors_v1", "accord_quotes_v2"))
REPEATS = 3  # the least CPU time of a few passes: what the code costs, less the machine's other work


def least_cpu_time(run: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.process_time()
        run()
        times.append(time.process_time() - started)
    return min(times)


def measure() -> tuple[float, float, int, int]:
    pipeline = Pipeline(PipelineOptions(stages=STAGES))
    texts = [d.text for d in synthetic_corpus(60, seed=1)]
    list(pipeline.parse_only(texts[:2]))  # loads the model: a one-off cost, not parsing
    parsing = least_cpu_time(lambda: list(pipeline.parse_only(texts)))
    docs = list(pipeline.parse_only(texts))
    nlp = pipeline.nlp
    for name in STAGES[: STAGES.index("accord_quotes_v2")]:
        for doc in docs:
            nlp.get_pipe(name)(doc)
    stage = nlp.get_pipe("accord_quotes_v2")
    quoting = least_cpu_time(lambda: [stage(doc) for doc in docs])
    return quoting, parsing, sum(len(doc._.accord_quotes) for doc in docs), len(docs)


if __name__ == "__main__":
    print(json.dumps(measure()))
