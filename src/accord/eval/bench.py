"""`accord bench`: spaCy parsing alone against the full accord pipeline, on the same documents, in one run.

Each mode gets a short warm-up (model caches, first-batch costs) before it is timed; then the modes take turns
on each chunk of a few dozen documents, so that the drifting speed of a shared machine weighs on both alike
(:func:`time_interleaved`). With ``jobs > 1`` the documents are split into one shard per worker process; every
worker loads the pipeline, then times both modes on its shard, and a mode's throughput is all documents over
the slowest worker's time. Peak memory is the process's resident-set high-water mark (``getrusage``) after
both modes, which share it.

The stage profile is a third pass over the same documents that runs the components one at a time, batch by
batch, so each component's own time is visible (accord stages and spaCy's alike).
"""

from __future__ import annotations

import resource
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any

from spacy.tokens import Doc

from accord.blackboard import BEFORE_PARSER
from accord.pipeline import Pipeline, PipelineOptions, build_extraction
from accord.records import Document, Extraction
from accord.sections import join_sections, section_docs

WARMUP_DOCS = 4
TimedMode = Callable[[Sequence[Document]], "ModeResult"]  # times one chunk of documents in some mode
RECORDS_STAGE = "accord: records"  # build_extraction, collecting the stages' output into records
SECTIONS_STAGE = "accord: sections"  # joining a very long text's parsed sections into one Doc
ACCORD_STEPS = frozenset({RECORDS_STAGE, SECTIONS_STAGE})  # accord's own work besides its stages


def peak_rss_mb() -> float:
    """This process's peak resident set size in MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@dataclass(frozen=True)
class ModeResult:
    mode: str
    docs: int
    words: int
    sentences: int
    seconds: float
    peak_rss_mb: float
    cpu_seconds: float = 0.0  # this process's CPU time: steadier than wall time on a shared machine

    def rate(self, count: int) -> float:
        return count / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "docs": self.docs,
            "words": self.words,
            "sentences": self.sentences,
            "seconds": round(self.seconds, 3),
            "cpu_seconds": round(self.cpu_seconds, 3),
            "docs_per_s": round(self.rate(self.docs), 2),
            "words_per_s": round(self.rate(self.words), 1),
            "sentences_per_s": round(self.rate(self.sentences), 1),
            "peak_rss_mb": round(self.peak_rss_mb, 1),
        }


@dataclass(frozen=True)
class BenchReport:
    parse: ModeResult
    full: ModeResult
    jobs: int = 1
    stages: dict[str, float] = field(default_factory=dict)  # component -> seconds
    accord_stages: tuple[str, ...] = ()
    chunk_ratios: tuple[float, ...] = ()  # CPU-time ratio of each chunk both modes took turns on

    @property
    def median_chunk_ratio(self) -> float:
        """The middle of the per-chunk ratios: a burst of load that hits one mode's turn moves it least."""
        return statistics.median(self.chunk_ratios) if self.chunk_ratios else self.cpu_ratio

    @property
    def ratio(self) -> float:
        """Full-pipeline throughput as a share of parse-only throughput (1.0 = accord costs nothing)."""
        return self.parse.seconds / self.full.seconds if self.full.seconds > 0 else 0.0

    @property
    def cpu_ratio(self) -> float:
        """The same ratio in CPU time, which other processes on the machine disturb far less."""
        return self.parse.cpu_seconds / self.full.cpu_seconds if self.full.cpu_seconds > 0 else 0.0

    def stage_rows(self) -> list[dict[str, Any]]:
        total = sum(self.stages.values())
        return [
            {
                "stage": name,
                "kind": "accord" if name in self.accord_stages or name in ACCORD_STEPS else "spacy",
                "seconds": round(seconds, 3),
                "share": round(seconds / total, 4) if total else 0.0,
                "ms_per_doc": round(1000 * seconds / self.full.docs, 3) if self.full.docs else 0.0,
            }
            for name, seconds in self.stages.items()
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "jobs": self.jobs,
            "parse_only": self.parse.to_dict(),
            "full": self.full.to_dict(),
            "ratio_full_to_parse": round(self.ratio, 4),
            "cpu_ratio_full_to_parse": round(self.cpu_ratio, 4),
            "median_chunk_ratio": round(self.median_chunk_ratio, 4),
            "chunks": len(self.chunk_ratios),
            "stages": self.stage_rows(),
        }


def run_bench(documents: Sequence[Document], options: PipelineOptions | None = None, *, jobs: int = 1,
              profile: bool = True, repeat: int = 1) -> BenchReport:
    """Benchmark both modes on ``documents`` (in this process, or in ``jobs`` worker processes)."""
    single = PipelineOptions(**{**(options or PipelineOptions()).__dict__, "jobs": 1})
    if jobs <= 1 or len(documents) < 2:
        return bench_in_process(Pipeline(single), documents, profile=profile, repeat=repeat)
    shards = [list(documents[i::jobs]) for i in range(jobs)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        reports = list(pool.map(_bench_shard, [(single, shard, profile, repeat) for shard in shards if shard]))
    return combine(reports)


def _bench_shard(args: tuple[PipelineOptions, list[Document], bool, int]) -> BenchReport:
    options, shard, profile, repeat = args
    return bench_in_process(Pipeline(options), shard, profile=profile, repeat=repeat)


def combine(reports: Sequence[BenchReport]) -> BenchReport:
    """Worker reports -> one: counts add up, time is the slowest worker's, memory the largest."""

    stages: dict[str, float] = defaultdict(float)
    for report in reports:
        for name, seconds in report.stages.items():
            stages[name] += seconds
    return BenchReport(
        parse=_add_up("parse-only", [r.parse for r in reports], seconds=max),  # workers run side by side
        full=_add_up("full", [r.full for r in reports], seconds=max),
        jobs=len(reports),
        stages=dict(stages),
        accord_stages=reports[0].accord_stages if reports else (),
        chunk_ratios=tuple(r for report in reports for r in report.chunk_ratios),
    )


def bench_in_process(
    pipeline: Pipeline, documents: Sequence[Document], *, profile: bool = True, repeat: int = 1
) -> BenchReport:
    """Warm up, then time both modes interleaved, chunk by chunk (see :func:`time_interleaved`)."""
    warm = list(documents[:WARMUP_DOCS])
    _consume(pipeline.parse_only(d.text for d in warm))
    _consume(pipeline.extract_documents(warm))
    parse, full, ratios = time_interleaved(pipeline, documents, repeat=repeat)
    stages = profile_stages(pipeline, documents) if profile else {}
    return BenchReport(parse=parse, full=full, jobs=1, stages=stages, accord_stages=pipeline.options.stages,
                       chunk_ratios=ratios)


def time_interleaved(pipeline: Pipeline, documents: Sequence[Document], *, repeat: int = 1,
                     chunk_size: int | None = None, second: TimedMode | None = None,
                     ) -> tuple[ModeResult, ModeResult, tuple[float, ...]]:
    """Both modes on each chunk of documents in turn, the mode that goes first alternating from chunk to chunk.

    On a shared machine the speed a process gets drifts by tens of percent within a minute. Timing each mode
    over the whole corpus in one go lets that drift land on one mode; alternating every few seconds makes
    both modes run under the same conditions, so their ratio holds steady. Each mode's figure is its total
    over all chunks and rounds (``repeat`` passes over the corpus), with the CPU-time ratio of each chunk.
    """
    size = chunk_size or pipeline.options.batch_size
    timed = second or (lambda chunk: time_full(pipeline, chunk, words=0, sentences=0))
    parse_runs: list[ModeResult] = []
    full_runs: list[ModeResult] = []
    turn = 0
    for _ in range(repeat):
        for first in range(0, len(documents), size):
            chunk = documents[first : first + size]
            # the full mode's word and sentence counts are parse-only's, set per pass below
            if turn % 2 == 0:
                parse_runs.append(time_parse_only(pipeline, chunk))
                full_runs.append(timed(chunk))
            else:
                full_runs.append(timed(chunk))
                parse_runs.append(time_parse_only(pipeline, chunk))
            turn += 1
    parse, full = _add_up("parse-only", parse_runs), _add_up(full_runs[0].mode if full_runs else "full", full_runs)
    ratios = tuple(p.cpu_seconds / f.cpu_seconds for p, f in zip(parse_runs, full_runs, strict=True)
                   if f.cpu_seconds > 0)
    peak = peak_rss_mb()

    def per_pass(result: ModeResult) -> ModeResult:  # one pass over the documents, words as parse-only counted
        return replace(result, docs=len(documents), words=parse.words // repeat,
                       sentences=parse.sentences // repeat, seconds=result.seconds / repeat,
                       cpu_seconds=result.cpu_seconds / repeat, peak_rss_mb=peak)

    return (
        per_pass(parse),
        per_pass(full),
        ratios,
    )


def _add_up(mode: str, results: Sequence[ModeResult],
            seconds: Callable[[Iterable[float]], float] = sum) -> ModeResult:
    """Several timings of one mode as one: counts and CPU time add up; wall time adds up for runs one after
    another (``sum``) and is the slowest one's for runs side by side (``max``); memory is the largest."""
    return ModeResult(
        mode=mode,
        docs=sum(r.docs for r in results),
        words=sum(r.words for r in results),
        sentences=sum(r.sentences for r in results),
        seconds=seconds(r.seconds for r in results),
        peak_rss_mb=max((r.peak_rss_mb for r in results), default=0.0),
        cpu_seconds=sum(r.cpu_seconds for r in results),
    )


def _consume(items: Iterable[Any]) -> None:
    for _ in items:
        pass


def time_parse_only(pipeline: Pipeline, documents: Sequence[Document]) -> ModeResult:
    """Parse one chunk; words and sentences are counted after the clock stops (counting is not parsing)."""
    start, cpu = time.perf_counter(), time.process_time()
    docs = list(pipeline.parse_only(d.text for d in documents))
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    words = sum(count_words(doc) for doc in docs)
    sentences = sum(sum(1 for _ in doc.sents) for doc in docs)
    return ModeResult("parse-only", len(documents), words, sentences, seconds, peak_rss_mb(), cpu_seconds)


def time_full(pipeline: Pipeline, documents: Sequence[Document], *, words: int, sentences: int) -> ModeResult:
    start, cpu = time.perf_counter(), time.process_time()
    done = sum(1 for _ in pipeline.extract_documents(documents))
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    return ModeResult("full", done, words, sentences, seconds, peak_rss_mb(), cpu_seconds)


def count_words(doc: Doc) -> int:
    return sum(1 for token in doc if not (token.is_punct or token.is_space))


def profile_stages(pipeline: Pipeline, documents: Sequence[Document]) -> dict[str, float]:
    """Seconds spent in each pipeline component, run one component at a time over each batch."""
    timings: dict[str, float] = defaultdict(float)
    _consume(timed_extractions(pipeline, documents, timings))
    return dict(timings)


def timed_extractions(
    pipeline: Pipeline, documents: Iterable[Document], timings: dict[str, float]
) -> Iterator[Extraction]:
    """The pipeline's extractions, component by component over each batch, adding each component's seconds
    (and the tokenizer's, the joining of a long text's sections and the record building's) to ``timings``.
    A very long text is parsed in sections as the pipeline parses it (:mod:`accord.sections`)."""
    nlp = pipeline.nlp
    batch_size = pipeline.options.batch_size
    after_parse = set(pipeline.options.stages) - BEFORE_PARSER
    iterator = iter(documents)
    while batch := list(islice(iterator, batch_size)):
        start = time.perf_counter()
        parts = [section_docs(nlp, d) for d in batch]
        timings["tokenizer"] = timings.get("tokenizer", 0.0) + time.perf_counter() - start
        flat = [doc for docs in parts for doc in docs]
        size = batch_size if len(flat) == len(batch) else 1  # sections one at a time, as the pipeline does
        parse = [(name, component) for name, component in nlp.pipeline if name not in after_parse]
        flat = _timed_components(parse, flat, size, timings)
        start = time.perf_counter()
        sections = iter(flat)
        docs = [join_sections(document, [next(sections) for _ in range(len(p))])
                for document, p in zip(batch, parts, strict=True)]
        timings[SECTIONS_STAGE] = timings.get(SECTIONS_STAGE, 0.0) + time.perf_counter() - start
        stages = [(name, component) for name, component in nlp.pipeline if name in after_parse]
        docs = _timed_components(stages, docs, batch_size, timings)
        start = time.perf_counter()
        extractions = [build_extraction(document, doc) for document, doc in zip(batch, docs, strict=True)]
        timings[RECORDS_STAGE] = timings.get(RECORDS_STAGE, 0.0) + time.perf_counter() - start
        yield from extractions


def _timed_components(components: Sequence[tuple[str, Any]], docs: list[Doc], batch_size: int,
                      timings: dict[str, float]) -> list[Doc]:
    for name, component in components:
        start = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=batch_size))
        else:
            docs = [component(doc) for doc in docs]
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - start
    return docs
