"""After the coder, acceptance: a small learned judge that keeps or drops each asserted event the rules coded.

The rules decide what an event is; this layer only asks whether a candidate looks like the ones the rules get
right. It reads general properties of the parse and of the coded event — how the trigger sits in the tree,
which sides were found and how, how the text tells it (reported, in quotation marks, in the headline), how
crowded the sentence is — never a word: a word's identity would tie the judge to the articles it learned from.

The judge is a logistic regression; its weights are data (``data/events/acceptance.json``, made by
``scripts/train_event_filter.py`` version 1, which records its own command, feature list and threshold). A
second judge reads, on the events the first keeps, how the clause is told — its words among them
(:mod:`accord.events.clause_stance`, ``data/events/clause_acceptance.json``, trained by the script's version 2 on
events judges labelled as well as on the real-news dev split). Scoring is pure Python: a dot product and a
sigmoid. Only asserted events are judged (the judges learned from those alone); events told as negated,
hypothetical or future pass untouched.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

from spacy.tokens import Span, Token

from accord.doc_index import token_table
from accord.events.clause_stance import OTHER, StanceWords, clause_features, open_feature
from accord.events.coder import Coded
from accord.events.tables import DATA_PACKAGE
from accord.records import ASSERTED, Actor

MODEL_RESOURCE = "acceptance.json"
# the second judge, on the events the first keeps: how the clause is told (accord.events.clause_stance)
CLAUSE_MODEL_RESOURCE = "clause_acceptance.json"
NO_WORDS = StanceWords()
QUOTE_MARKS = frozenset('"“”«»')
# the trigger's clause is below another clause
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "pcomp"})


@dataclass(frozen=True, slots=True)
class SentenceShape:
    """Each token's depth in the parse tree and whether it stands inside quotation marks, computed once per
    sentence (asking per event would be quadratic in a long sentence of event nouns)."""

    start: int  # the sentence's first token index
    depths: tuple[int, ...]
    quoted: tuple[bool, ...]  # an odd number of quotation marks before the token in its sentence

    def depth(self, token: Token) -> int:
        k = token.i - self.start
        return self.depths[k] if 0 <= k < len(self.depths) else 0

    def in_quotation(self, token: Token) -> bool:
        k = token.i - self.start
        return self.quoted[k] if 0 <= k < len(self.quoted) else False


def sentence_shape(sentence: Span) -> SentenceShape:
    # heads and words from the Doc's token table (indices and string ids): no Token object per word
    table = token_table(sentence.doc)
    heads, strings = table.head, sentence.doc.vocab.strings
    tokens = range(sentence.start, sentence.end)
    depths: dict[int, int] = {}
    for token in tokens:
        path: list[int] = []
        current = token
        while current not in depths and heads[current] != current:
            path.append(current)
            current = heads[current]
        base = depths.setdefault(current, 0)
        for steps, i in enumerate(reversed(path), start=1):
            depths[i] = base + steps
    quoted: list[bool] = []
    marks = 0
    for token in tokens:
        quoted.append(marks % 2 == 1)
        text = strings[table.orth[token]]
        marks += sum(text.count(m) for m in QUOTE_MARKS)
    return SentenceShape(sentence.start, tuple(depths[i] for i in tokens), _without_scare_quotes(quoted))


# A quoted stretch this short (a word or two and the closing mark) is a scare quote: the writer's distance from a
# word ("300 militants had been "neutralised""), not someone's words quoted.
SCARE_QUOTE_TOKENS = 3


def _without_scare_quotes(quoted: list[bool]) -> tuple[bool, ...]:
    flags = list(quoted)
    k = 0
    while k < len(flags):
        if not flags[k]:
            k += 1
            continue
        end = k
        while end < len(flags) and flags[end]:
            end += 1
        if end - k <= SCARE_QUOTE_TOKENS and end < len(flags):  # closed before the sentence ends
            flags[k:end] = [False] * (end - k)
        k = end
    return tuple(flags)


@dataclass(frozen=True, slots=True)
class Placement:
    """Where the sentence stands in the story, how many events the coder found in it, and its shape."""

    headline: bool  # the story's headline
    lede: bool  # the first sentence of the story proper
    events_in_sentence: int
    shape: SentenceShape


def _by_reference(actors: Sequence[Actor]) -> bool:
    """A side found through a pronoun or a description resolved to an earlier mention."""
    return any((a.rule or "").startswith("coreference") for a in actors)


def _capped(value: float, cap: float) -> float:
    return min(value, cap) / cap


def features(coded: Coded, quad: str, placement: Placement, words: StanceWords = NO_WORDS) -> dict[str, float]:
    """The properties of one coded event the judge reads, each scaled to [0, 1]: the parse's and the event's
    general shape here, how its clause is told in :mod:`accord.events.clause_stance`."""
    frame, arguments = coded.frame, coded.arguments
    trigger = frame.trigger
    return {
        # the ontology's quadrant: verbal cooperation ("support", "meet", "call") is told by common,
        # many-sensed verbs; conflict by specific ones
        "conflict": float(quad.endswith("conflict")),
        "nominal": float(frame.nominal),
        "subordinate": float(trigger.dep_ in CLAUSE_DEPS),
        "depth": _capped(float(placement.shape.depth(trigger)), 6.0),
        "has_source": float(bool(arguments.actor)),
        "has_target": float(bool(arguments.recipient)),
        "source_sector": float(any(a.sector for a in arguments.actor)),
        "source_by_reference": float(_by_reference(arguments.actor)),
        "modality": float(frame.modality is not None),
        "in_quotation": float(placement.shape.in_quotation(trigger)),
        "headline": float(placement.headline),
        "lede": float(placement.lede),
        "crowded": _capped(float(placement.events_in_sentence - 1), 4.0),
        "dated_in_text": float(coded.attached.date is not None and coded.attached.date.source == "text"),
    } | clause_features(coded, quad, words)


@dataclass(frozen=True)
class AcceptanceModel:
    """A logistic regression over named features; ``threshold`` is the lowest probability kept."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    version: str

    def probability(self, values: Mapping[str, float]) -> float:
        values = self.known(values)
        z = self.bias + sum(w * values.get(n, 0.0) for n, w in zip(self.names, self.weights, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @cached_property
    def _name_set(self) -> frozenset[str]:
        return frozenset(self.names)  # made once per model: ``known`` asks it for every value of every event

    def known(self, values: Mapping[str, float]) -> dict[str, float]:
        """The values as the model reads them: a word it has no weight for reads as its family's ``<other>``."""
        names = self._name_set
        out: dict[str, float] = {}
        for name, value in values.items():
            family = open_feature(name) if name not in names else None
            key = family + OTHER if family is not None else name
            out[key] = out.get(key, 0.0) + value
        return out

    def accepts(self, values: Mapping[str, float]) -> bool:
        return self.probability(values) >= self.threshold

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AcceptanceModel:
        names = tuple(str(n) for n in data["features"])
        weights = tuple(float(data["weights"][n]) for n in names)
        return cls(names, weights, float(data["bias"]), float(data["threshold"]), str(data["version"]))


@cache
def load_model(resource: str = MODEL_RESOURCE) -> AcceptanceModel:
    """A shipped judge (``accord/data/events/acceptance.json``, or the clause judge's
    ``clause_acceptance.json``), read once."""
    text = resources.files(DATA_PACKAGE).joinpath(resource).read_text(encoding="utf-8")
    return AcceptanceModel.from_dict(json.loads(text))


def judged(coded: Coded) -> bool:
    """Whether the judge reads this event at all: it learned from asserted events only."""
    return coded.frame.status == ASSERTED
