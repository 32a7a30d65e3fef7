"""A synthetic but realistic news corpus for `accord bench` when the user has none.

Wire-style articles (headline, dateline, 6-12 paragraphs) are assembled from templates in
``accord/data/eval/synthetic_news.yaml``: meetings, agreements, clashes with casualties, sanctions, aid,
protests, direct and indirect quotes, with varied countries, invented leaders, dates and numbers.
The same seed always gives the same corpus.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from accord.ingest.normalise import make_document
from accord.records import Document

SECTIONS = ("meeting", "agreement", "trade", "conflict", "sanctions", "aid", "protest", "direct_quote",
            "indirect_quote")
FIRST_DAY = date(2021, 1, 4)


@lru_cache(maxsize=1)  # the data file is read once per process; it is never mutated
def _templates() -> dict[str, Any]:
    text = resources.files("accord.data").joinpath("eval/synthetic_news.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


@dataclass(frozen=True)
class _Country:
    name: str
    adj: str
    capital: str
    title: str
    leader: str
    minister: str


def _slots(rng: random.Random, data: dict[str, Any], published: date) -> dict[str, str]:
    a, b, c = (_Country(**row) for row in rng.sample(data["countries"], 3))
    billions = rng.choice([1.2, 2.5, 4, 7.5, 12, 30])
    return {
        "A": a.name, "B": b.name, "C": c.name,
        "A_adj": a.adj, "B_adj": b.adj,
        "A_cap": a.capital, "B_cap": b.capital,
        "A_leader": f"{a.title} {a.leader}", "B_leader": f"{b.title} {b.leader}",
        "A_sur": a.leader.split()[-1], "B_sur": b.minister.split()[-1], "B_minister": b.minister,
        "num": f"{rng.choice([12, 40, 150, 2000, 35000, 600000]):,}",
        "deals_num": str(rng.randint(2, 30)),
        "money": f"${billions:g} billion",
        "money2": f"${billions * 2:g} billion",
        "dead": str(rng.randint(2, 60)), "wounded": str(rng.randint(5, 120)),
        "arrested": str(rng.randint(10, 300)), "pct": str(rng.randint(2, 35)),
        "deal": rng.choice(data["deals"]), "goods": rng.choice(data["goods"]),
        "topic": rng.choice(data["topics"]), "rel": rng.choice(data["past_dates"]),
        "day": data["weekdays"][published.weekday()],
        "month": rng.choice(data["months"]),
        "year": str(published.year + rng.randint(1, 5)),
        "pyear": str(published.year - rng.randint(1, 4)),
    }


def _fill(template: str, slots: dict[str, str]) -> str:
    text = template.format(**slots)
    return text[:1].upper() + text[1:]


def synthetic_article(index: int, seed: int = 0) -> Document:
    """One article; ``index`` and ``seed`` fix its content."""
    data = _templates()
    rng = random.Random(f"{seed}:{index}")
    published = FIRST_DAY + timedelta(days=rng.randint(0, 1000))
    slots = _slots(rng, data, published)
    chosen = set(rng.sample(SECTIONS, k=rng.randint(5, len(SECTIONS))))
    sections = [s for s in SECTIONS if s in chosen]  # wire stories lead with the news, quotes follow
    paragraphs = []
    for section in sections:
        options = data["paragraphs"][section]
        for template in rng.sample(options, k=min(len(options), rng.randint(1, 2))):
            paragraphs.append(_fill(template, slots))
    dateline = f"{slots['A_cap'].upper()}, {published:%B} {published.day} (Accord Wire) - "
    headline = _fill(rng.choice(data["headlines"]), slots)
    body = "\n\n".join([dateline + paragraphs[0], *paragraphs[1:]])
    return make_document(
        id=f"synthetic-{seed}-{index:05d}",
        text=f"{headline}\n\n{body}",
        title=headline,
        published=published.isoformat(),
        source="synthetic",
    )


def synthetic_corpus(count: int, seed: int = 0) -> list[Document]:
    return [synthetic_article(i, seed) for i in range(count)]


def synthetic_long_text(chars: int, seed: int = 0) -> str:
    """One very long article body: synthetic stories joined as paragraphs, cut to ``chars`` characters. Many
    countries, leaders, places, dates and quotes, so work that scans every actor or place per mention grows
    faster than the text (what `benchmarks/bench_long.py` and the growth tests look for)."""
    parts: list[str] = []
    total = index = 0
    while total < chars:
        text = synthetic_article(index, seed).text
        parts.append(text)
        total += len(text) + 2
        index += 1
    return "\n\n".join(parts)[:chars]
