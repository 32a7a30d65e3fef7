"""After the rules, a small learned judge: which attributions stand, and which broader candidates join them.

The rules find attributions by cue class; where they stall, two logistic regressions decide:

* ``rules``: keeps or drops each attribution the rules found (all pieces bound to one cue together);
* ``broad``: over every verb the rules left alone that governs a clause or an infinitive and has a subject
  ("X gathers that …", "X yearns to …") and every noun that governs a that-clause or a prepositional object
  ("the suspicion that …", "calls for a recount"), decides whether it attributes that complement to the
  subject (the noun's owner).

Both read general properties of the parse — the cue's part of speech, tense and place in the tree, what kind of
speaker its subject is, how the content is introduced, how long it is, whether it is in quotation marks — and
one learned property of the cue word: how often that lemma was an attribution cue in the training articles
(a smoothed log-odds table learned from data, never listed by hand; an unseen lemma reads as the average).

Weights, lemma tables and thresholds are data (``data/quotes/judge.json``, made by
``scripts/train_quote_judge.py`` on PolNeAR's development part only, which records its own command and its
cross-validated figures). Scoring is pure Python: a dot product and a sigmoid.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import numpy
from spacy.attrs import IS_PUNCT, IS_SPACE, LOWER, TAG
from spacy.parts_of_speech import AUX, NOUN, VERB
from spacy.tokens import Doc, Token

from accord.doc_index import token_table
from accord.quotes.candidates import Candidate, Context, end_char, trim_content
from accord.quotes.frames import clause_content, infinitive_content
from accord.quotes.lexicon import CueLexicon
from accord.quotes.marks import MarkedSpan
from accord.quotes.syntax import VERB_TAGS, Cue, cue_lemma, speaker_of
from accord.syntax import SUBJECT_OR_EXPLETIVE_DEPS

DATA_PACKAGE = "accord.data.quotes"
MODEL_RESOURCE = "judge.json"
RULES, BROAD = "rules", "broad"

_PAST_TAGS = frozenset({"VBD", "VBN"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP", "VB"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "pcomp", "conj"})
_ORGANISATION_LABELS = frozenset({"ORG", "NORP", "GPE"})
_FIRST_PERSON = frozenset({"i", "we", "you"})
_EXPLETIVES = frozenset({"it", "there", "this", "that", "what", "which"})
_MARKS = frozenset('"“”«»')
_MARK_PATTERN = re.compile("[" + re.escape("".join(sorted(_MARKS))) + "]")
_NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp"})
_CANDIDATE_POS_IDS = frozenset({VERB, AUX, NOUN})
_LONG_CONTENT = 60.0  # tokens
_LONG_SENTENCE = 60.0


@dataclass(frozen=True, slots=True)
class Judged:
    """One attribution (its pieces) with its cue's lemma and the properties the judge reads."""

    pieces: tuple[Candidate, ...]
    lemma: str
    features: dict[str, float]


def _capped_log(value: float, cap: float) -> float:
    return min(math.log1p(max(value, 0.0)) / math.log1p(cap), 1.0)


def speaker_features(speaker: Token | None) -> dict[str, float]:
    """What kind of source the subject is: a person, an organisation or group, a pronoun, a common noun."""
    if speaker is None:
        return {"no_speaker": 1.0}
    lower = speaker.lower_
    return {
        "speaker_pronoun": float(speaker.tag_ in ("PRP", "WP") and lower not in _EXPLETIVES),
        "speaker_first_person": float(lower in _FIRST_PERSON),
        "speaker_expletive": float(lower in _EXPLETIVES),
        "speaker_person": float(speaker.ent_type_ == "PERSON"),
        "speaker_organisation": float(speaker.ent_type_ in _ORGANISATION_LABELS),
        "speaker_common_noun": float(speaker.pos_ == "NOUN" and not speaker.ent_type_),
    }


def _cue_features(cue_token: Token | None) -> dict[str, float]:
    if cue_token is None:
        return {"no_cue": 1.0}
    tag = cue_token.tag_
    return {
        "cue_verb": float(tag in VERB_TAGS),
        "cue_noun": float(cue_token.pos_ in ("NOUN", "PROPN")),
        "cue_adjective": float(cue_token.pos_ == "ADJ"),
        "cue_past": float(tag in _PAST_TAGS),
        "cue_present": float(tag in _PRESENT_TAGS),
        "cue_gerund": float(tag == "VBG"),
        "cue_root": float(cue_token.dep_ == "ROOT"),
        "cue_subordinate": float(cue_token.dep_ in _CLAUSE_DEPS),
        "cue_negated": float(any(c.dep_ == "neg" for c in cue_token.children)),
        "cue_modal": float(any(c.tag_ == "MD" for c in cue_token.children)),
    }


# --- wave 34's candidate features (issue 20), read by ``scripts/train_quote_judge.py --w34-features`` only: retrained
# with them the judges gained in cross-validation but not on the dev samples over the shipped ones, so the stage
# does not compute them (docs/eval.md, wave 34). They stay for the next retraining to start from.

# The cue word's class, read from the stage's own lexicon (``data/quotes/cues.yaml``): a lemma seen too rarely for
# a log-odds of its own still shares what its class says ("rebut" is a verb of saying, "dread" one of thought).
# Perception ("see", "hear", "notice") is listed among the thought verbs, whose clause PARC reads alike.
CUE_CLASSES = ("speech", "thought", "directive", "intention", "stance", "evidence", "noun", "adjective", "light")


def _cue_classes(lexicon: CueLexicon) -> dict[str, frozenset[str]]:
    return {
        "speech": lexicon.speech_verbs | lexicon.naming_verbs | lexicon.quoting_verbs,
        "thought": lexicon.thought_verbs,
        "directive": lexicon.directive_verbs,
        "intention": lexicon.infinitive_verbs,
        "stance": lexicon.object_verbs | frozenset(lexicon.preposition_cues) | frozenset(lexicon.stance_idioms),
        "evidence": lexicon.evidence_verbs | lexicon.evidential_verbs | lexicon.discovery_verbs,
        "noun": lexicon.noun_cues | lexicon.message_nouns | lexicon.received_stance_nouns,
        "adjective": lexicon.belief_adjectives | lexicon.feeling_adjectives | lexicon.declaring_adjectives
        | frozenset(lexicon.attitude_adjectives),
        "light": lexicon.light_verbs,
    }


def class_features(lemma: str, lexicon: CueLexicon) -> dict[str, float]:
    """One indicator per class the cue's lemma is listed in (a word may be in several: "warn" speaks and
    directs), and ``class_none`` for a word in none. The lemma is the cue word's, without the preposition
    the broad judge joins to a noun ("call for" is "call")."""
    word = lemma.split(" ")[0]
    found = {f"class_{name}": 1.0 for name, words in _cue_class_table(lexicon).items()
             if word in words or lemma in words}
    return found or {"class_none": 1.0}


_CLASS_TABLES: dict[int, tuple[CueLexicon, dict[str, frozenset[str]]]] = {}


def _cue_class_table(lexicon: CueLexicon) -> dict[str, frozenset[str]]:
    # one lexicon per pipeline, the table asked for every candidate: built once per lexicon (kept beside it, so
    # that a later lexicon given the same id is never handed another's table)
    known = _CLASS_TABLES.get(id(lexicon))
    if known is None or known[0] is not lexicon:
        known = _CLASS_TABLES[id(lexicon)] = (lexicon, _cue_classes(lexicon))
    return known[1]


def noun_speaker(noun: Token, lexicon: CueLexicon) -> Token | None:
    """The source of a noun cue: its possessor ("the minister's claim that …"), else, when the noun is the
    object of a light verb, that verb's subject ("the minister voiced the concern that …", "critics raised
    fears that …": the verb only carries the noun, whose content its subject holds)."""
    owner = possessor(noun)
    if owner is not None:
        return owner
    governor = noun.head
    if noun.dep_ == "dobj" and governor.i != noun.i and governor.tag_ in VERB_TAGS \
            and cue_lemma(governor, lexicon) in lexicon.light_verbs:
        return speaker_of(governor, lexicon)
    return None


@dataclass(frozen=True)
class _Counts:
    """Running counts over a document, so that a broad candidate's content is summarised in constant time
    however many candidates share its words (in a chain of nouns each one's content is the rest of the chain)."""

    words: tuple[int, ...]  # words[i]: tokens before token i that are neither punctuation nor space
    first_person: tuple[int, ...]  # the same for first- and second-person pronouns
    marks: tuple[int, ...]  # the characters that are quotation marks, in text order
    length: int  # of the text

    @classmethod
    def of(cls, ctx: Context) -> _Counts:
        doc = ctx.doc
        strings = doc.vocab.strings
        pronouns = numpy.array(sorted(strings.add(w) for w in _FIRST_PERSON), dtype=numpy.uint64)
        personal = numpy.uint64(strings.add("PRP"))
        # running sums over the Doc's arrays, in numpy: a Token object per word cost as much as the judging that
        # follows, and a Python loop over the rows still a tenth of the quote stage
        columns = doc.to_array([IS_PUNCT, IS_SPACE, TAG, LOWER]).reshape(-1, 4)
        word = (columns[:, 0] == 0) & (columns[:, 1] == 0)
        mine = word & (columns[:, 2] == personal) & numpy.isin(columns[:, 3], pronouns)
        words = [0, *numpy.cumsum(word, dtype=numpy.int64).tolist()]
        first_person = [0, *numpy.cumsum(mine, dtype=numpy.int64).tolist()]
        # the marks by one scan in C: a per-character loop cost as much as the rest of the quote stage's set-up
        marks = tuple(found.start() for found in _MARK_PATTERN.finditer(ctx.text))
        return cls(tuple(words), tuple(first_person), marks, len(ctx.text))

    def summary(self, first: int, last: int, start: int, end: int) -> tuple[int, bool, bool]:
        """Words, whether a first-person pronoun is among them, whether a quotation mark is in the characters."""
        a, b = min(first, len(self.words) - 1), min(max(first, last), len(self.words) - 1)
        c, d = min(start, self.length), min(max(start, end), self.length)
        return (self.words[b] - self.words[a], self.first_person[b] > self.first_person[a],
                bisect_left(self.marks, d) > bisect_left(self.marks, c))


def _first_person(token: Token) -> bool:
    return token.lower_ in _FIRST_PERSON and token.tag_ == "PRP"


def _direct_summary(ctx: Context, first: int, last: int, start: int, end: int) -> tuple[int, bool, bool]:
    words = [t for t in ctx.doc[first:last] if not (t.is_punct or t.is_space)]
    return (len(words), any(_first_person(t) for t in words), any(char in _MARKS for char in ctx.text[start:end]))


def _content_features(ctx: Context, start: int, end: int, cue_token: Token | None,
                      counts: _Counts | None = None) -> dict[str, float]:
    first = ctx.layout.token_at(start)
    last = ctx.layout.token_at(end)
    words, first_person, in_marks = (counts.summary(first, last, start, end) if counts is not None
                                     else _direct_summary(ctx, first, last, start, end))
    unit = ctx.layout.unit_of(min(first, len(ctx.doc) - 1)) if len(ctx.doc) else None
    sentence_length = unit.end - unit.start if unit is not None else 0
    opener = ctx.doc[first].lower_ if first < len(ctx.doc) else ""
    return {
        "length": _capped_log(float(words), _LONG_CONTENT),
        "short": float(words <= 3),
        "sentence_length": _capped_log(float(sentence_length), _LONG_SENTENCE),
        "in_marks": float(in_marks),
        "that_led": float(opener == "that"),
        "to_led": float(opener == "to"),
        "wh_led": float(opener in ("whether", "if", "what", "how", "why", "who", "when", "where")),
        "content_after_cue": float(cue_token is not None and start > cue_token.idx),
        "first_paragraph": float(unit is not None and unit.paragraph == 0),
        "position": start / max(len(ctx.text), 1),
        "first_person_content": float(first_person),
    }


def rule_features(ctx: Context, pieces: Sequence[Candidate]) -> Judged:
    """The properties of one attribution the rules found."""
    cue = pieces[0].cue
    cue_token = ctx.doc[cue.last] if cue is not None else None
    speaker = ctx.doc[cue.speaker] if cue is not None and cue.speaker is not None else None
    start, end = min(p.start for p in pieces), max(p.end for p in pieces)
    kind = next((p.kind for p in pieces if p.kind is not None), "")
    features = {
        **_cue_features(cue_token),
        **speaker_features(speaker),
        **_content_features(ctx, start, end, cue_token),
        "direct": float(all(p.direct for p in pieces)),
        "marked": float(any(p.marked for p in pieces)),
        "inherited": float(any(p.inherited for p in pieces)),
        "pieces": float(len(pieces) > 1),
        "cue_words": float(cue is not None and cue.last > cue.first),
        **{f"kind_{k}": float(kind == k) for k in ("belief", "fact", "eventuality", "stance")},
    }
    lemma = cue_lemma(cue_token, ctx.lexicon) if cue_token is not None else ""
    return Judged(tuple(pieces), lemma, features)


def rules_key(doc: Doc, first: int, last: int, lexicon: CueLexicon) -> str:
    """A rules cue's word as the judge knows it: the lemma of its first word, with its last word when the cue
    runs over several ("according to", "spoke about", "critical of"): their preposition alone ("to", "about",
    "of") would pool cues of every class under one word, as the broad judge's "call for" is not pooled."""
    lemma = cue_lemma(doc[first], lexicon)
    if last <= first:
        return lemma
    word = doc[last].lower_
    return lemma if lemma.endswith(" " + word) else f"{lemma} {word}"  # a phrasal verb holds its particle


def broad_candidates(
    ctx: Context, marked: Sequence[MarkedSpan], taken: frozenset[int], judge: Judge | None = None
) -> list[Judged]:
    """Every verb governing a complement, with a subject, and every noun governing a that-clause or a
    prepositional object, whose word the rules did not make a cue (``taken``) and that stands outside quotation
    marks. Given the ``judge``, a candidate it could not accept whatever its features is not looked at further
    (what keeps the stage fast: most complements belong to words that never attribute)."""
    doc = ctx.doc
    found: list[Judged] = []
    inside = _inside_marks(ctx, marked)
    counts = _Counts.of(ctx)
    wanted = _CANDIDATE_POS_IDS
    for i, pos in enumerate(token_table(doc).pos):
        # a verb tag always comes with the part of speech VERB or AUX: the other words are never made Tokens
        if pos not in wanted or i in taken or inside[i]:
            continue
        token = doc[i]
        judged: Judged | None = None
        if token.tag_ in VERB_TAGS:
            judged = _verb_candidate(ctx, token, judge, counts)
        elif token.pos_ == "NOUN":
            judged = _noun_candidate(ctx, token, judge, counts)
        if judged is not None:
            found.append(judged)
    return found


def _inside_marks(ctx: Context, marked: Sequence[MarkedSpan]) -> list[bool]:
    inside = [False] * len(ctx.doc)
    for span in marked:
        if span.dialogue:
            continue
        for i in ctx.layout.tokens_in(span.outer_start, span.outer_end):
            inside[i] = True
    return inside


def _verb_candidate(ctx: Context, verb: Token, judge: Judge | None, counts: _Counts) -> Judged | None:
    """A verb's clause ("X gathers that …") or, failing that, its infinitive ("X yearns to …"). Not the copula
    or an auxiliary: "it is clear that …" is told by its adjective, which the rules read. Not a bare object or
    a prepositional object either: "blocked the highway", "signed the deal" are done, not said, and the
    object verbs that do attribute ("criticized the plan") are the rules' cue classes."""
    if verb.pos_ == "AUX" or verb.lemma_ == "be":
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    span = clause_content(ctx, verb, clauses, ctx.layout.unit_of(verb).end) if clauses else None
    complement = "clause"
    if span is None:
        span, complement = infinitive_content(verb), "infinitive"
    if span is None or (judge is not None and not judge.could_accept(_key(ctx, verb, None))):
        return None
    speaker = speaker_of(verb, ctx.lexicon)
    if speaker is None:
        return None
    return _judged(ctx, verb, speaker, span, complement, counts)


def _key(ctx: Context, cue_token: Token, preposition: Token | None) -> str:
    """The cue's word as the judge knows it: its lemma, with the preposition that joins it ("vote for")."""
    lemma = cue_lemma(cue_token, ctx.lexicon)
    return f"{lemma} {preposition.lower_}" if preposition is not None else lemma


def _prepositional(head: Token) -> tuple[Token, tuple[int, int]] | None:
    """The first preposition right of ``head`` whose object is no date or time, and that object's words."""
    for child in head.rights:
        if child.dep_ != "prep":
            continue
        objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
        if not objects or objects[0].ent_type_ in ("DATE", "TIME"):
            continue
        return child, (objects[0].left_edge.i, max(o.right_edge.i for o in objects) + 1)
    return None


def _noun_candidate(ctx: Context, noun: Token, judge: Judge | None, counts: _Counts) -> Judged | None:
    """A noun's that-clause ("the suspicion that …") or prepositional object ("calls for a recount")."""
    if noun.right_edge.i == noun.i:
        return None  # both start right after the noun, among its dependents: most nouns have none there
    lemma = cue_lemma(noun, ctx.lexicon)
    acceptable = judge is None or judge.could_accept(lemma)
    if not acceptable and not any(c.dep_ == "prep" for c in noun.rights):
        return None
    clause = next((c for c in noun.children if c.dep_ in _NOUN_CLAUSE_DEPS and c.i > noun.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is not None and clause.left_edge.i == noun.i + 1:
        if not acceptable:
            return None
        return _judged(ctx, noun, possessor(noun), (noun.i + 1, clause.right_edge.i + 1), "noun", counts)
    found = _prepositional(noun)
    if found is None or found[0].i != noun.i + 1:
        return None
    if judge is not None and not judge.could_accept(f"{lemma} {found[0].lower_}"):  # as _key() names it
        return None  # decided by the word and its preposition alone, before the content is read (a chain of
        # nouns, "the war of the war of ...", would otherwise read every later noun's words once per noun)
    return _judged(ctx, noun, possessor(noun), found[1], "noun_preposition", counts, found[0])


def possessor(noun: Token) -> Token | None:
    """The possessor of a noun cue ("the minister's claim that …"): its source."""
    return next((c for c in noun.children if c.dep_ == "poss"), None)


_COMPLEMENTS = ("clause", "infinitive", "noun", "noun_preposition")


def _judged(
    ctx: Context, cue_token: Token, speaker: Token | None, span: tuple[int, int], complement: str,
    counts: _Counts, preposition: Token | None = None,
) -> Judged | None:
    first, last = span
    unit = ctx.layout.unit_of(cue_token)
    first, last = max(first, unit.start), min(last, unit.end)
    if first >= last:
        return None
    start, end = trim_content(ctx, ctx.doc[first].idx, end_char(ctx, last))
    if end <= start:
        return None
    last_cue = preposition.i if preposition is not None else cue_token.i
    candidate = Candidate(start, end, False, Cue(cue_token.i, last_cue, speaker.i if speaker is not None else None))
    features = {
        **_cue_features(cue_token),
        **speaker_features(speaker),
        **_content_features(ctx, start, end, cue_token, counts),
        **{f"complement_{c}": float(complement == c) for c in _COMPLEMENTS},
        "clause_subject": float(complement == "clause" and any(
            c.dep_ in SUBJECT_OR_EXPLETIVE_DEPS for t in ctx.doc[first:last] if t.head.i == cue_token.i
            for c in t.children)),
    }
    return Judged((candidate,), _key(ctx, cue_token, preposition), features)


@dataclass(frozen=True)
class Judge:
    """A logistic regression over named features and a learned lemma log-odds (``prior``)."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    prior_weight: float
    priors: Mapping[str, float]  # lemma -> smoothed log-odds of being right, centred on the average
    threshold: float
    _prior_needed: float = field(init=False, repr=False, compare=False, default=0.0)

    def probability(self, judged: Judged) -> float:
        values = judged.features
        z = self.bias + self.prior_weight * self.priors.get(judged.lemma, 0.0)
        z += sum(w * values.get(n, 0.0) for n, w in zip(self.names, self.weights, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def accepts(self, judged: Judged) -> bool:
        return self.probability(judged) >= self.threshold

    def could_accept(self, lemma: str) -> bool:
        """Whether a candidate with this cue word could reach the threshold with the most favourable
        features (each lies in [0, 1]): an exact shortcut, never a different decision."""
        return self.prior_weight * self.priors.get(lemma, 0.0) >= self._prior_needed

    def __post_init__(self) -> None:
        # asked for every verb and noun of every article: the least prior that can reach the threshold,
        # worked out once
        t = min(max(self.threshold, 1e-9), 1 - 1e-9)
        ceiling = self.bias + sum(w for w in self.weights if w > 0)
        object.__setattr__(self, "_prior_needed", math.log(t / (1 - t)) - ceiling)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Judge:
        names = tuple(str(n) for n in data["features"])
        weights = tuple(float(data["weights"][n]) for n in names)
        priors = {str(k): float(v) for k, v in dict(data["priors"]).items()}
        return cls(names, weights, float(data["bias"]), float(data["prior_weight"]), priors,
                   float(data["threshold"]))


@dataclass(frozen=True)
class Judges:
    rules: Judge | None
    broad: Judge | None


@cache
def load_judges() -> Judges:
    """The shipped judges (``accord/data/quotes/judge.json``), read once; none when the file is absent."""
    resource = resources.files(DATA_PACKAGE).joinpath(MODEL_RESOURCE)
    if not resource.is_file():
        return Judges(None, None)
    return judges_from_data(json.loads(resource.read_text(encoding="utf-8")))


def judges_from_data(data: Mapping[str, Any]) -> Judges:
    """The judges a weights file holds (as ``scripts/train_quote_judge.py`` writes it); a judge it lacks is none."""
    return Judges(Judge.from_dict(data[RULES]) if RULES in data else None,
                  Judge.from_dict(data[BROAD]) if BROAD in data else None)
