"""Scoring quote attribution against BRAT gold: content spans, exact spans, speakers, direct vs indirect.

* Content: a predicted quote matches a gold content span when they share at least half the word tokens of
  the longer of the two (token overlap >= 0.5); matching is one-to-one, best overlap first.
* Exact: the same span once surrounding spaces, quotation marks and closing punctuation are trimmed.
* Speaker accuracy, on matched quotes whose gold has a Source: the predicted speaker's span overlaps a gold
  Source span, or its name matches the Source text (surname enough).
* Direct / indirect: recall over gold quotes of that kind, precision over predicted quotes of that kind.
* Predicted quotes that are pieces of one attribution (the same ``attribution`` id) are joined into one
  covering span first, as the reader joins the fragments of a discontinuous gold content.

Predictions come from accord's normalised text, so gold offsets are first carried over to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from accord.eval.brat import GoldAttribution, TextSpan
from accord.eval.metrics import PRF, greedy_matching, names_match, ratio
from accord.records import Quote

MIN_OVERLAP = 0.5
_WORD = re.compile(r"\w+")
_TRIM = " \t\n\"'“”„«»‘’.,;:"


def align_offsets(raw: str, normalised: str) -> list[int]:
    """Map every offset of ``raw`` (0..len) to the offset in ``normalised``, which only drops or squeezes
    characters (spaces, control characters, carriage returns) and may change the form of a few."""
    mapping = [0] * (len(raw) + 1)
    j = 0
    for i, char in enumerate(raw):
        mapping[i] = j
        if j < len(normalised) and char == normalised[j]:
            j += 1
        elif char.isspace():
            if j < len(normalised) and normalised[j].isspace():
                j += 1  # a space of another kind (no-break, tab) kept as a plain space or line break
        elif not char.isprintable():
            continue
        elif j < len(normalised):
            j += 1
    mapping[len(raw)] = j
    return mapping


def carry_over(attribution: GoldAttribution, mapping: list[int], normalised: str) -> GoldAttribution:
    def move(span: TextSpan) -> TextSpan:
        start, end = mapping[span.start], mapping[span.end]
        return replace(span, start=start, end=end, text=normalised[start:end])

    return GoldAttribution(
        content=move(attribution.content),
        sources=tuple(move(s) for s in attribution.sources),
        cue=move(attribution.cue) if attribution.cue else None,
        direct=attribution.direct,
    )


def _tokens(text: str, start: int, end: int) -> set[tuple[int, int]]:
    return {(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])}


def token_overlap(text: str, a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared word tokens over the token count of the longer span."""
    first, second = _tokens(text, *a), _tokens(text, *b)
    longest = max(len(first), len(second))
    return len(first & second) / longest if longest else 0.0


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def speaker_right(gold: GoldAttribution, quote: Quote) -> bool:
    speaker = quote.speaker
    if speaker is None:
        return False
    for source in gold.sources:
        if speaker.start is not None and speaker.end is not None and (
            speaker.start < source.end and source.start < speaker.end
        ):
            return True
        if names_match(source.text, speaker.name) or names_match(source.text, speaker.text):
            return True
    return False


@dataclass(frozen=True)
class AttributionReport:
    documents: int = 0
    content: PRF = field(default_factory=PRF)
    exact: PRF = field(default_factory=PRF)
    speaker: tuple[int, int] = (0, 0)  # right, matched quotes with a gold source
    direct: PRF = field(default_factory=PRF)
    indirect: PRF = field(default_factory=PRF)
    misses: tuple[dict[str, Any], ...] = field(default=(), repr=False)
    stage_seconds: float = 0.0  # the quote stage's time over these documents, when the runner measured it
    pipeline_seconds: float = 0.0  # the whole pipeline's (tokenizer, every component, records)

    @property
    def stage_ms_per_document(self) -> float:
        return 1000 * self.stage_seconds / self.documents if self.documents else 0.0

    @property
    def stage_share(self) -> float:
        return ratio(self.stage_seconds, self.pipeline_seconds)

    @property
    def speaker_accuracy(self) -> float:
        return ratio(*self.speaker)

    def __add__(self, other: AttributionReport) -> AttributionReport:
        return AttributionReport(
            documents=self.documents + other.documents,
            content=self.content + other.content,
            exact=self.exact + other.exact,
            speaker=(self.speaker[0] + other.speaker[0], self.speaker[1] + other.speaker[1]),
            direct=self.direct + other.direct,
            indirect=self.indirect + other.indirect,
            misses=self.misses + other.misses,
            stage_seconds=self.stage_seconds + other.stage_seconds,
            pipeline_seconds=self.pipeline_seconds + other.pipeline_seconds,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "content": self.content.to_dict(),
            "exact": self.exact.to_dict(),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "speaker": {"right": self.speaker[0], "total": self.speaker[1]},
            "direct": self.direct.to_dict(),
            "indirect": self.indirect.to_dict(),
            "quote_stage": {"ms_per_document": round(self.stage_ms_per_document, 2),
                            "share_of_pipeline": round(self.stage_share, 4)},
            "misses": list(self.misses),
        }


def joined_attributions(quotes: Sequence[Quote]) -> list[Quote]:
    """Quotes that are pieces of one attribution joined into one covering span, as BRAT's discontinuous
    gold content is: "“A,” she said. “B.”" is one attribution whichever side splits it. The joined quote is
    direct when every piece is, and keeps the first piece's cue and speaker."""
    groups: dict[str, list[Quote]] = {}
    for quote in quotes:
        groups.setdefault(quote.attribution or quote.id, []).append(quote)
    joined = []
    for pieces in groups.values():
        first = min(pieces, key=lambda q: q.start)
        start, end = first.start, max(q.end for q in pieces)
        joined.append(replace(first, start=start, end=end, direct=all(q.direct for q in pieces)))
    return joined


def score_attributions(
    doc_id: str, text: str, gold: Sequence[GoldAttribution], quotes: Sequence[Quote]
) -> AttributionReport:
    """Score one document; ``text`` is the text the offsets of both sides refer to."""
    predicted = [replace(q, text=text[q.start:q.end]) for q in joined_attributions(quotes)]
    spans = [(g.content.start, g.content.end) for g in gold]
    scores = [
        (i, j, token_overlap(text, span, (q.start, q.end)))
        for i, span in enumerate(spans)
        for j, q in enumerate(predicted)
    ]
    matching = greedy_matching(scores, MIN_OVERLAP)
    gold_exact = {trimmed(text, *span) for span in spans}
    exact_hits = len(gold_exact & {trimmed(text, q.start, q.end) for q in predicted})
    with_source = [(i, j) for i, j in matching.items() if gold[i].sources]
    right = sum(speaker_right(gold[i], predicted[j]) for i, j in with_source)
    matched_predicted = set(matching.values())
    return AttributionReport(
        documents=1,
        content=PRF(len(matching), len(predicted), len(matching), len(gold)),
        exact=PRF(exact_hits, len(predicted), exact_hits, len(gold)),
        speaker=(right, len(with_source)),
        direct=_split(gold, predicted, matching, matched_predicted, direct=True),
        indirect=_split(gold, predicted, matching, matched_predicted, direct=False),
        misses=tuple(_misses(doc_id, gold, predicted, matching)),
    )


def _split(
    gold: Sequence[GoldAttribution],
    predicted: Sequence[Quote],
    matching: dict[int, int],
    matched_predicted: set[int],
    *,
    direct: bool,
) -> PRF:
    gold_kind = [i for i, g in enumerate(gold) if g.direct == direct]
    predicted_kind = [j for j, q in enumerate(predicted) if q.direct == direct]
    return PRF(
        sum(j in matched_predicted for j in predicted_kind),
        len(predicted_kind),
        sum(i in matching for i in gold_kind),
        len(gold_kind),
    )


def _misses(
    doc_id: str, gold: Sequence[GoldAttribution], predicted: Sequence[Quote], matching: dict[int, int]
) -> list[dict[str, Any]]:
    rows = []
    for i, g in enumerate(gold):
        speaker = " / ".join(s.text for s in g.sources) or "-"
        if i not in matching:
            rows.append({"doc": doc_id, "kind": "missed quote", "speaker": speaker, "text": g.content.text})
        elif g.sources and not speaker_right(g, predicted[matching[i]]):
            found = predicted[matching[i]].speaker
            got = found.name or found.text if found else "-"
            rows.append({"doc": doc_id, "kind": "wrong speaker", "speaker": f"{speaker} (got {got})",
                         "text": g.content.text})
    used = set(matching.values())
    for j, q in enumerate(predicted):
        if j not in used:
            rows.append({"doc": doc_id, "kind": "extra quote", "speaker": q.speaker.text if q.speaker else "-",
                         "text": q.text})
    return rows
