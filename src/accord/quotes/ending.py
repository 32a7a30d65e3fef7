"""Where reported content ends: a small learned decision over the places a content could be cut.

The rules run a reported content on to the end of its clause or sentence; PARC ends it where the source's
speech ends, which is often earlier: before an adjunct that says where or how it was said ("criticized the
plan *in an interview*", "thanked supporters *at a rally*"), before a clause coordinated with the cue that tells
what the speaker did next (", *and pushed* to …"), before a concession or aside that is the writer's (",
*although* …", " — *all businesses that* …"). Where a content may be cut is read from the parse: every
right-hand dependent of the cue or of a verb inside the content that is an adjunct, a clause or a coordinated
phrase, and every sentence start inside it. Whether to cut there is a logistic regression over general
properties of the place (the dependency, the punctuation before it, whether the cut phrase has a subject or a
cue of its own, how much is left on either side) and two learned word tables: how often a cut phrase opening
with that word, and one headed by that word, ended the content in the training articles (smoothed log-odds,
learned from data, never listed by hand).

The content is cut at the first place whose probability reaches the threshold. Quotations are never cut:
no place inside quotation marks, and direct quotes are left as they are.

Weights, tables and threshold are data (``data/quotes/ending.json``, made by ``scripts/train_quote_ending.py``
on PolNeAR's development part only). Scoring is a dot product and a sigmoid per place, and the places of a
content are its own tokens, so the cost is linear in the content's length.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Token

from accord.doc_index import token_table
from accord.quotes.candidates import Candidate, Context, trim_content
from accord.quotes.frames import displaced_apposition, listed_infinitive, named_with_object
from accord.quotes.syntax import DASHES, FINITE_TAGS, Cue, glued_hyphen, is_cue_verb
from accord.syntax import CLAUSE_SUBJECT_DEPS

DATA_PACKAGE = "accord.data.quotes"
MODEL_RESOURCE = "ending.json"

# dependents that may open what follows the speech: adjuncts, clauses, coordination, asides
_CUT_DEPS = ("prep", "advcl", "conj", "cc", "npadvmod", "advmod", "appos", "relcl", "acl", "parataxis", "dep")
_ASIDE_DEPS = frozenset({"appos", "relcl", "acl"})
_VERB_POS = frozenset({"VERB", "AUX"})
_OPENING_MARKS = frozenset('"“«')
_CLOSING_MARKS = frozenset('"”»')
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG", "EVENT", "WORK_OF_ART"})
_LONG = 40.0  # words


@dataclass(frozen=True, slots=True)
class Place:
    """A place where a content could end: before token ``token`` (at character ``char``); the opening word and
    the cut phrase's head (for a prepositional phrase, the preposition's object), and the place's properties."""

    token: int
    char: int
    word: str
    head: str
    features: dict[str, float]


def _capped_log(value: float, cap: float) -> float:
    return min(math.log1p(max(value, 0.0)) / math.log1p(cap), 1.0)


def _phrase_head(token: Token) -> str:
    if token.dep_ == "prep":
        objects = [c for c in token.children if c.dep_ in ("pobj", "pcomp")]
        if objects:
            return objects[0].lemma_.lower()
    return token.lemma_.lower()


def _inside_marks(text: str, start: int, end: int) -> bool:
    """Whether ``end`` lies inside a quotation opened after ``start``."""
    stretch = text[start:end]
    straight = stretch.count('"')
    curly = sum(stretch.count(c) for c in _OPENING_MARKS if c != '"') - sum(
        stretch.count(c) for c in _CLOSING_MARKS if c != '"')
    return straight % 2 == 1 or curly > 0


def _with_opening_mark(text: str, start: int) -> int:
    """A content's start moved back over the quotation mark glued to it ("called it “a bold, costly plan”" read
    from "a"): the quotation opens with the content, so places inside it are inside marks."""
    return start - 1 if start > 0 and text[start - 1] in _OPENING_MARKS else start


def places(ctx: Context, candidate: Candidate) -> list[Place]:
    """Every place inside the candidate's content where its speech could end, in text order."""
    return list(each_place(ctx, candidate))


def each_place(ctx: Context, candidate: Candidate) -> Iterator[Place]:
    """The places of :func:`places` one by one: their features are computed only as far as they are read (the
    model stops at the first place it accepts)."""
    cue = candidate.cue
    if cue is None or candidate.direct or candidate.marked:
        return
    doc = ctx.doc
    indices = ctx.layout.tokens_in(candidate.start, candidate.end)
    if len(indices) < 3:
        return
    first, last = indices[0], indices[-1] + 1
    words = [0] * (last - first + 1)  # words before each token of the content
    for k in range(first, last):
        token = doc[k]
        words[k - first + 1] = words[k - first] + int(not (token.is_punct or token.is_space))
    total = words[-1]
    openings = _openings(ctx, candidate, cue, first, last, words)
    heads = token_table(doc).head
    roots = {k for k in range(first, last) if not first <= heads[k] < last or heads[k] == k}
    opening = doc[first].lower_
    cue_noun = doc[cue.last].pos_ in ("NOUN", "PROPN")
    for opens in sorted(openings):
        token, at_cue, sentence_start = openings[opens]
        ahead = words[opens - first]
        place_token = doc[opens] if sentence_start else token
        features = _features(ctx, place_token, token, doc[opens - 1], at_cue, sentence_start, ahead, total - ahead)
        features["at_root"] = float(token.head.i in roots)
        features["that_led"] = float(opening == "that")
        features["to_led"] = float(opening == "to")
        features["cue_noun"] = float(cue_noun)
        yield Place(opens, doc[opens].idx, doc[opens].lower_, _phrase_head(token), features)


def _openings(ctx: Context, candidate: Candidate, cue: Cue, first: int, last: int,
              words: list[int]) -> dict[int, tuple[Token, bool, bool]]:
    """Where a phrase or sentence that could end the speech opens: its first token -> (the phrase's head, whether
    it hangs on the cue, whether it starts a sentence)."""
    doc, text = ctx.doc, ctx.text
    found: dict[int, tuple[Token, bool, bool]] = {}
    complement_start = _complement_start(doc[cue.last], first, last)
    for k in range(first + 1, last):
        token = doc[k]
        head = token.head
        opens = token.left_edge.i
        sentence_start = bool(token.is_sent_start)
        if not sentence_start:
            if token.dep_ not in _CUT_DEPS or head.i >= token.i or opens <= first or opens in found:
                continue
            at_cue = cue.first <= head.i <= cue.last
            if not at_cue and head.pos_ not in _VERB_POS and token.dep_ not in _ASIDE_DEPS and token.dep_ not in (
                    "cc", "conj"):
                continue
        else:
            opens, at_cue = k, False
        if opens in found or _inside_marks(text, _with_opening_mark(text, candidate.start), doc[opens].idx) \
                or words[opens - first] == 0:
            continue
        if _inside_word(doc, opens) or opens < complement_start:
            continue
        if not sentence_start and (_second_complement(token) or displaced_apposition(token, ctx.lexicon)
                                   or listed_infinitive(token) or (at_cue and (
                _said_conjunct(ctx, token) or named_with_object(token, ctx.lexicon)))):
            continue
        found[opens] = (token, at_cue, sentence_start)
    return found


_COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})


def _complement_start(verb: Token, first: int, last: int) -> int:
    """Where the cue's clause or infinitive complement opens inside the content, when words come before it
    ("urging him, both in private and in public, *to leave*"): what the cue attributes is the object with
    that completion, so the content cannot end before it (the first token when there is none)."""
    starts = [c.left_edge.i for c in verb.rights if c.dep_ in _COMPLEMENT_DEPS and first < c.left_edge.i < last]
    return min(starts, default=first)


def _inside_word(doc: Doc, k: int) -> bool:
    """Whether token ``k`` opens in the middle of a hyphenated word ("re|-|election"): no place to end."""
    before = doc[k - 1]
    return (before.text == "-" and not before.whitespace_) or glued_hyphen(doc, k)


def _dash(token: Token) -> bool:
    """A dash that sets a phrase off: a long dash, or a hyphen with a space on either side; a hyphen between
    two words ("re-election", "R-Texas") joins them."""
    return token.text in DASHES and not glued_hyphen(token.doc, token.i)


def _said_conjunct(ctx: Context, token: Token) -> bool:
    """The conjunction before a clause coordinated with the cue verb that has a subject of its own and no cue
    ("said the offers came in, *but* the offers were too low"): what follows is still said (the rules' reading
    of such a conjunct, frames._continues_content), so the conjunction is no place to end; the conjunct's own
    place, described by its subject and verb, decides."""
    if token.dep_ != "cc":
        return False
    conjunct = next((c for c in token.head.rights if c.dep_ == "conj" and c.i > token.i), None)
    return conjunct is not None and conjunct.pos_ in _VERB_POS and not is_cue_verb(conjunct, ctx.lexicon) \
        and any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in conjunct.children)


def _second_complement(token: Token) -> bool:
    """A conjunct clause opened by a complementizer of its own ("said the city would hire teachers, *but
    that* it would not raise taxes"), or the conjunction before it: a second complement of the same cue, so
    the speech goes on there (PARC) — only a conjunct that tells what the speaker did next may end it."""
    conjunct: Token | None = token if token.dep_ == "conj" else None
    if token.dep_ == "cc":
        conjunct = next((c for c in token.head.rights if c.dep_ == "conj" and c.i > token.i), None)
    return conjunct is not None and any(
        c.dep_ == "mark" and c.lower_ in _COMPLEMENTIZERS and c.i < conjunct.i for c in conjunct.children)


def _features(ctx: Context, opening: Token, token: Token, before: Token, at_cue: bool, sentence_start: bool,
              ahead: int, behind: int) -> dict[str, float]:
    dep = "sentence" if sentence_start else token.dep_
    objects = [c for c in token.children if c.dep_ == "pobj"] if token.dep_ == "prep" else []
    features = {f"dep_{d}": float(dep == d) for d in (*_CUT_DEPS, "sentence")}
    features.update({
        "at_cue": float(at_cue),
        "head_verb": float(token.head.pos_ in _VERB_POS),
        "after_comma": float(before.text == ","),
        "after_dash": float(_dash(before)),
        "after_semicolon": float(before.text in (";", ":")),
        "after_bracket": float(before.text == "("),
        "after_quotation": float(before.text in _CLOSING_MARKS or before.text in ("''", "’")),
        "own_subject": float(any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in token.children)),
        "own_cue": float(is_cue_verb(token, ctx.lexicon)),
        "gerund": float(token.tag_ == "VBG"),
        "participle": float(token.tag_ == "VBN"),
        "finite": float(token.tag_ in FINITE_TAGS),
        "wh_word": float(opening.tag_ in ("WDT", "WP", "WP$", "WRB")),
        "time": float(any(o.ent_type_ in _TIME_ENTITIES for o in objects) or token.ent_type_ in _TIME_ENTITIES),
        "named_place": float(any(o.ent_type_ in _PLACE_ENTITIES for o in objects)),
        "words_ahead": _capped_log(float(ahead), _LONG),
        "words_behind": _capped_log(float(behind), _LONG),
        "share_behind": behind / max(ahead + behind, 1),
        "short_behind": float(behind <= 3),
    })
    return features


@dataclass(frozen=True)
class EndModel:
    """A logistic regression over named features and two learned word tables (centred log-odds)."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    word_weight: float
    words: Mapping[str, float]
    head_weight: float
    heads: Mapping[str, float]
    threshold: float

    def probability(self, place: Place) -> float:
        values = place.features
        z = self.bias + self.word_weight * self.words.get(place.word, 0.0)
        z += self.head_weight * self.heads.get(place.head, 0.0)
        z += sum(w * values.get(n, 0.0) for n, w in zip(self.names, self.weights, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EndModel:
        names = tuple(str(n) for n in data["features"])
        return cls(names, tuple(float(data["weights"][n]) for n in names), float(data["bias"]),
                   float(data["word_weight"]), {str(k): float(v) for k, v in dict(data["words"]).items()},
                   float(data["head_weight"]), {str(k): float(v) for k, v in dict(data["heads"]).items()},
                   float(data["threshold"]))


class Ending:
    """Cuts each reported content at the first place the model accepts. ``recording``: when a list, nothing
    is cut and (candidate, its places) are appended to it — how the training script sees the places."""

    def __init__(self, model: EndModel | None) -> None:
        self.model = model
        self.recording: list[tuple[Candidate, list[Place]]] | None = None

    def ended(self, ctx: Context, pieces: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
        """The pieces of one attribution with the last one's content ended where its speech ends."""
        if not pieces or (self.model is None and self.recording is None):
            return pieces
        last = max(range(len(pieces)), key=lambda n: pieces[n].end)
        if self.recording is not None:
            self.recording.append((pieces[last], places(ctx, pieces[last])))
            return pieces
        cut = self._cut(ctx, pieces[last], each_place(ctx, pieces[last]))
        if cut is None:
            return pieces
        return tuple(cut if n == last else p for n, p in enumerate(pieces))

    def _cut(self, ctx: Context, candidate: Candidate, found: Iterable[Place]) -> Candidate | None:
        model = self.model
        if model is None:
            return None
        for place in found:
            if model.probability(place) >= model.threshold:
                start, end = trim_content(ctx, candidate.start, place.char)
                return replace(candidate, end=end) if end > start else None
        return None


@cache
def load_ending() -> Ending:
    """The shipped end-of-content model (``accord/data/quotes/ending.json``); none when the file is absent."""
    resource = resources.files(DATA_PACKAGE).joinpath(MODEL_RESOURCE)
    if not resource.is_file():
        return Ending(None)
    return Ending(EndModel.from_dict(json.loads(resource.read_text(encoding="utf-8"))))
