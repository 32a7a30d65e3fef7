"""Score several quote-stage weight files on the same development samples, each article parsed once.

    PYTHONPATH=src python scripts/compare_quote_models.py [DIR] --seed 38110 --seed 38111 \
        --model shipped=shipped:shipped --model off=-:- --model new=/tmp/judge.json:/tmp/ending.json

Each ``--model NAME=JUDGE:ENDING`` is a judge file and an ending file (``shipped``: the package's own; ``-``:
none, so ``-:-`` is the stage with its judges off, the rules' attributions as they stand). The pipeline runs
once per article with the shipped weights; the quote stage is then run again on the same parse for each model
(the stage reads the Doc and the actor stage's table, and writes only its own output), and each model's quotes
are scored as ``accord eval quotes`` scores them, per seed's sample (``--split dev --sample N --seed S``).
Only the development part is read: the samples are drawn from it as the evaluation command draws them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from spacy.tokens import Doc

from accord.blackboard import QUOTES_STAGE
from accord.eval.attribution import AttributionReport, align_offsets, carry_over, score_attributions
from accord.eval.brat import read_brat_dir
from accord.ingest.normalise import make_document
from accord.pipeline import Pipeline
from accord.quotes.ending import Ending, EndModel, load_ending
from accord.quotes.extract import extract_quotes
from accord.quotes.judge import Judges, judges_from_data, load_judges
from accord.quotes.stage import QuoteStage
from accord.records import Quote

SHIPPED, NONE = "shipped", "-"


def judges_from(path: str) -> Judges | None:
    if path == SHIPPED:
        return load_judges()
    if path == NONE:
        return None
    return judges_from_data(json.loads(Path(path).read_text(encoding="utf-8")))


def ending_from(path: str) -> Ending | None:
    if path == SHIPPED:
        return load_ending()
    if path == NONE:
        return None
    return Ending(EndModel.from_dict(json.loads(Path(path).read_text(encoding="utf-8"))))


def figures(report: AttributionReport) -> dict[str, float]:
    data = report.to_dict()
    return {"f1": data["content"]["f1"], "p": data["content"]["precision"], "r": data["content"]["recall"],
            "exact_f1": data["exact"]["f1"], "indirect_r": data["indirect"]["recall"],
            "direct_r": data["direct"]["recall"], "speaker": round(report.speaker_accuracy, 4),
            "documents": report.documents}


def _spans(quotes: list[Quote]) -> list[tuple[int, int, str]]:
    return sorted((q.start, q.end, q.speaker.text if q.speaker else "") for q in quotes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", default="/work/shared/eval/polnear_train")
    parser.add_argument("--sample", type=int, default=120)
    parser.add_argument("--seed", type=int, action="append", required=True)
    parser.add_argument("--model", action="append", required=True, help="NAME=JUDGE:ENDING")
    parser.add_argument("--out", default=None, help="the figures as JSON")
    args = parser.parse_args()
    models = {}
    for spec in args.model:
        name, files = spec.split("=", 1)
        judge_file, ending_file = files.split(":", 1)
        models[name] = (judges_from(judge_file), ending_from(ending_file))
    by_seed = {s: {b.id for b in read_brat_dir(args.directory, "dev", args.sample, s)} for s in args.seed}
    wanted = set().union(*by_seed.values())
    documents = [b for b in read_brat_dir(args.directory, "dev") if b.id in wanted]
    pipeline = Pipeline()
    stage = pipeline.nlp.get_pipe(QUOTES_STAGE)
    assert isinstance(stage, QuoteStage)
    outputs: dict[str, dict[str, list[Quote]]] = {}  # article text -> model -> its quotes
    shipped_stage = QuoteStage.__call__

    def every_model(self: QuoteStage, doc: Doc) -> Doc:
        out = shipped_stage(self, doc)
        outputs[doc.text] = {name: extract_quotes(doc, self.lexicon, self.lookup, judges, None, ending,
                                                  self.reparse) for name, (judges, ending) in models.items()}
        return out

    QuoteStage.__call__ = every_model  # type: ignore[method-assign]
    names = ["pipeline", *models]
    totals = {(s, name): AttributionReport() for s in args.seed for name in names}
    differ = dict.fromkeys(names, 0)  # articles whose quotes are not the pipeline's own
    inputs = (make_document(id=b.id, text=b.text) for b in documents)
    for brat, extraction in zip(documents, pipeline.extract_documents(inputs), strict=True):
        text = extraction.document.text
        gold = [carry_over(a, align_offsets(brat.text, text), text) for a in brat.attributions]
        per_model = {"pipeline": list(extraction.quotes), **outputs.pop(text)}  # the first: a check
        for name, quotes in per_model.items():
            differ[name] += int(_spans(quotes) != _spans(per_model["pipeline"]))
            report = score_attributions(brat.id, text, gold, quotes)
            for s in args.seed:
                if brat.id in by_seed[s]:
                    totals[s, name] = totals[s, name] + report
    QuoteStage.__call__ = shipped_stage  # type: ignore[method-assign]
    result: dict[str, object] = {f"{s} {name}": figures(report) for (s, name), report in totals.items()}
    for name in names:  # both seeds together (an article in both samples counted twice, as the two runs count it)
        pooled = AttributionReport()
        for s in args.seed:
            pooled = pooled + totals[s, name]
        result[f"pooled {name}"] = figures(pooled)
    result["articles_differing_from_pipeline"] = differ
    text = json.dumps(result, indent=1)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    print(f"{len(documents)} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
