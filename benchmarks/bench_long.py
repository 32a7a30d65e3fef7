"""How accord's stages grow with one very long article: per-stage time and peak memory at two lengths.

    python benchmarks/bench_long.py [--short 100000] [--long 1000000] [--json out.json]

The article is the project's synthetic wire stories (``accord.eval.synthetic``: many countries, leaders,
places, dates, quotes) joined as paragraphs up to the wanted number of characters. Each length runs in its
own fresh process (so its peak memory is its own), components one at a time (``bench.timed_extractions``),
with no time budget. Printed: seconds per component at both lengths, the ratio long/short of accord's own
stages (linear work gives the length ratio), and each process's peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any


def child(chars: int) -> dict[str, Any]:
    from collections import defaultdict

    from accord.budget import Budget
    from accord.eval.bench import ACCORD_STEPS, peak_rss_mb, timed_extractions
    from accord.eval.synthetic import synthetic_long_text
    from accord.ingest.normalise import make_document
    from accord.pipeline import Pipeline, PipelineOptions

    pipeline = Pipeline(PipelineOptions(budget=Budget(max_seconds=None, max_sentence_tokens=None)))
    pipeline.nlp.max_length = max(pipeline.nlp.max_length, chars + 1)
    base = peak_rss_mb()
    document = make_document(id=f"long-{chars}", text=synthetic_long_text(chars), published="2026-03-10")
    timings: dict[str, float] = defaultdict(float)
    extraction = next(timed_extractions(pipeline, [document], timings))
    accord = [*pipeline.options.stages, *ACCORD_STEPS]
    return {"chars": len(document.text), "stages": dict(timings),
            "accord_seconds": sum(v for k, v in timings.items() if k in accord),
            "spacy_seconds": sum(v for k, v in timings.items() if k not in accord),
            "events": len(extraction.events), "quotes": len(extraction.quotes), "places": len(extraction.places),
            "peak_rss_mb": round(peak_rss_mb(), 1), "model_rss_mb": round(base, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--short", type=int, default=100_000)
    parser.add_argument("--long", type=int, default=1_000_000)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    results = []
    for chars in (args.short, args.long):
        out = subprocess.run([sys.executable, __file__, "--child", str(chars)], capture_output=True, text=True,
                             check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    short, long = results
    print(f"{'component':32} {short['chars']:>12,} {long['chars']:>12,}  ratio")
    for name in long["stages"]:
        a, b = short["stages"].get(name, 0.0), long["stages"][name]
        print(f"{name:32} {a:12.2f} {b:12.2f}  {b / a if a else float('inf'):6.1f}")
    ratio = long["accord_seconds"] / short["accord_seconds"]
    spacy = long["spacy_seconds"] / short["spacy_seconds"]
    print(f"accord's stages: {short['accord_seconds']:.2f} s -> {long['accord_seconds']:.2f} s: x{ratio:.1f} "
          f"for x{long['chars'] / short['chars']:.1f} the characters; spaCy x{spacy:.1f}")
    # The two lengths run minutes apart, and a shared machine's speed drifts between them; spaCy's own
    # (linear) components ran beside accord's in each process, so accord's growth over spaCy's cancels it.
    print(f"accord's growth over spaCy's growth (same processes): {ratio / spacy:.2f} "
          f"(1.0: accord grows as spaCy does)")
    print(f"peak memory: {short['peak_rss_mb']} MB and {long['peak_rss_mb']} MB (model loaded: "
          f"{long['model_rss_mb']} MB)")
    if args.json:
        args.json.write_text(json.dumps({"short": short, "long": long, "accord_ratio": ratio, "spacy_ratio": spacy},
                                        indent=2))


if __name__ == "__main__":
    main()
