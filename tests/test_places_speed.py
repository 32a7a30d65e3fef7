"""Speed budget: the places, dates and quantities stages together add at most 15% to spaCy's parse time.

Times the three components on already-parsed documents against ``Pipeline.parse_only`` on the same texts,
a few hundred generated news-like sentences. Run with ``-s`` to see the figures.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from accord.pipeline import Pipeline, PipelineOptions

STAGES = ("accord_places_v1", "accord_dates_v1", "accord_quantities_v1")
BUDGET = 0.15
SENTENCES = 400
PER_DOC = 10
REPEATS = 3

PLACES = [
    "New Delhi",
    "Moscow",
    "eastern Ladakh",
    "the Gaza Strip",
    "Kyiv",
    "Lagos",
    "Hyderabad",
    "Crimea",
    "the South China Sea",
    "Geneva",
    "Caracas",
    "Dhaka",
    "Baghdad",
    "Islamabad",
    "Nairobi",
]
ACTORS = ["India", "Russia", "China", "the United States", "Pakistan", "Ukraine", "Nigeria", "Iran", "Japan"]
DATES = [
    "on Monday",
    "last year",
    "this month",
    "two weeks ago",
    "in March",
    "on 14 February 2019",
    "by the end of 2025",
    "yesterday",
    "next week",
    "in the third quarter of 2020",
]
COUNTS = [
    "more than 600,000 rifles",
    "28 trade pacts",
    "$ 30 billion in loans",
    "at least 20 soldiers",
    "tens of thousands of people",
    "a dozen journalists",
    "four tanks",
    "Rs 500 crore",
]
TEMPLATES = [
    "{actor} and {actor2} signed {count} {date} in {place}, officials said.",
    "At least {n} people were killed in clashes with {actor} near {place} {date}.",
    "{actor} said it would send {count} to {place} {date}, according to the ministry.",
    "Police arrested {n} protesters in {place} {date} after a rally against {actor}.",
    "The talks between {actor} and {actor2} {date} focused on {count} and the border in {place}.",
    "Trade between {actor} and {actor2} rose {n}% {date}, the central bank in {place} reported.",
]


def generated_texts(seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    sentences = []
    for _ in range(SENTENCES):
        actor, actor2 = rng.sample(ACTORS, 2)
        sentence = rng.choice(TEMPLATES).format(
            actor=actor,
            actor2=actor2,
            place=rng.choice(PLACES),
            date=rng.choice(DATES),
            count=rng.choice(COUNTS),
            n=rng.randint(2, 900),
        )
        sentences.append(sentence[0].upper() + sentence[1:])
    return [" ".join(sentences[i : i + PER_DOC]) for i in range(0, len(sentences), PER_DOC)]


def best_of(repeats: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


@pytest.mark.slow
def test_stages_stay_within_speed_budget(capsys: pytest.CaptureFixture[str]) -> None:
    pipeline = Pipeline(PipelineOptions(stages=STAGES))
    nlp = pipeline.nlp
    texts = generated_texts()
    docs: list[Doc] = list(pipeline.parse_only(texts))
    for doc in docs:
        doc._.accord_published = "2021-12-06"
    components = [nlp.get_pipe(name) for name in STAGES]

    def run_stages() -> None:
        for doc in docs:
            for component in components:
                component(doc)

    parse = best_of(REPEATS, lambda: list(pipeline.parse_only(texts)))
    per_stage = {
        name: best_of(REPEATS, lambda c=c: [c(d) for d in docs]) for name, c in zip(STAGES, components, strict=True)
    }
    stages = best_of(REPEATS, run_stages)
    words = sum(len(doc) for doc in docs)
    with capsys.disabled():
        print(
            f"\nspeed: {len(texts)} docs, {SENTENCES} sentences, {words} tokens; parse_only {parse:.3f}s; "
            f"three stages {stages:.3f}s = {stages / parse:.1%} of parse; "
            + ", ".join(f"{n} {t / parse:.1%}" for n, t in per_stage.items())
        )
    assert stages / parse <= BUDGET
