"""Dependency-parse questions the coder's layers share: a verb's subject, the head of a noun's phrase, what kind
of clause a verb heads. Pure reading of spaCy's parse; nothing here knows about events.
"""

from __future__ import annotations

from spacy.symbols import advmod, aux, auxpass, neg
from spacy.tokens import Token

from accord.doc_index import sentence_start
from accord.events.triggers import lemma
from accord.syntax import RELATIVE_TAGS
from accord.syntax import has_infinitive as has_infinitive  # defined there, for actors too; re-exported here

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET"})  # what a subject phrase can be headed by
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_AUX_DEPS = frozenset({aux, auxpass, neg, advmod})
TYPOGRAPHIC_APOSTROPHE = "\u2019"


def aux_words(verb: Token) -> set[str]:
    """The auxiliaries, negations and adverbs of a verb, lower case ("would not yet sign": would, not, yet).
    A typographic apostrophe is read as a plain one: "didn’t", "won’t" and "we’ll" are "didn't", "won't", "we'll"."""
    # dependency ids: no label is decoded
    words = {c.lower_.replace(TYPOGRAPHIC_APOSTROPHE, "'") for c in verb.children if c.dep in _AUX_DEPS}
    if "'d" in words and verb.tag_ in ("VBN", "VBD"):  # "who'd endorsed": before a past form 'd is had, not would
        words = (words - {"'d"}) | {"had"}
    return words


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb; for coordinated and participial verbs without one, the subject of their head."""
    seen = 0
    while seen < 4:
        subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
        if subjects:
            return nearest_subject(verb, subjects)
        if verb.dep_ in ("conj", "xcomp", "advcl", "acomp") and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
            return verb.head
        return _loose_name_before(verb)
    return None


def nearest_subject(verb: Token, subjects: list[Token]) -> Token:
    """The subject among several the parser gave a verb, which happens only when the parse went wrong: a noun
    phrase rather than another word, one before the auxiliary rather than after it (a statement puts its subject
    before "has": "Russia has *hitherto* acquiesced", *hitherto* read as a second subject), then the nearest
    ("TALLINN, Jan 17 - Estonia expelled")."""
    if len(subjects) > 1:
        subjects = [s for s in subjects if s.pos_ in NOMINAL_POS or s.dep_ == "csubj"] or subjects
        first_aux = min((c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), default=None)
        if first_aux is not None:
            subjects = [s for s in subjects if s.i < first_aux] or subjects
    return min(subjects, key=lambda child: abs(child.i - verb.i))


def _loose_name_before(verb: Token) -> Token | None:
    """A name the parser attached elsewhere right before a subjectless verb, as in garbled or badly split
    text ("... interests.\n\nRussia, meanwhile, expressed ..."): the name is the subject."""
    index = verb.i - 1
    while index >= sentence_start(verb):
        token = verb.doc[index]
        if token.is_punct or token.is_space or token.dep_ == "advmod":
            index -= 1
            continue
        return token if token.pos_ == "PROPN" else None
    return None


def phrase_head(token: Token, partitive: frozenset[str]) -> Token:
    """The noun whose grammatical role an event noun plays: itself, or the noun it modifies ("a mediation
    effort"), or the counting noun above it ("a host of agreements", "ten days of war games")."""
    for _ in range(4):
        head = token.head
        modifier = token.dep_ in ("compound", "amod", "nmod") and head.pos_ in ("NOUN", "PROPN")
        if modifier or (token.dep_ == "conj" and head.i != token.i):
            token = head
        elif (token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN", "NUM")
              and lemma(head.head) in partitive):
            token = head.head
        elif token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NUM":
            token = head.head  # "signed 11 of the 14 agreements"
        elif token.dep_ == "pobj" and head.lower_ in ("of", "in") and _amount(head.head):
            token = head.head  # "20 million euros in food aid", "$5 million of assistance"
        else:
            break
    return token


def _amount(token: Token) -> bool:
    """A counted or money noun: "20 million euros", "$5 million", "1,000 tons"."""
    return token.pos_ in ("NOUN", "PROPN", "NUM", "SYM") and any(c.dep_ in ("nummod", "quantmod")
                                                                  for c in token.children)


def parallel_relative(verb: Token) -> Token | None:
    """The relative clause a coordinated one repeats: "the militias who held X, and *who* later fought Y" — the
    second clause, opened by the same relative pronoun, which the parser may hang on the main verb. The nearest
    earlier relative clause of the sentence whose subject is the same pronoun; None for a verb whose subject is
    no relative pronoun."""
    pronoun = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.tag_ in RELATIVE_TAGS), None)
    if pronoun is None or verb.dep_ != "conj":
        return None
    for index in range(pronoun.i - 1, sentence_start(verb) - 1, -1):
        clause = verb.doc[index]
        if clause.dep_ == "relcl" and any(c.dep_ in SUBJECT_DEPS and _same_relative(c, pronoun)
                                          for c in clause.children):
            return clause
    return None


def _same_relative(one: Token, other: Token) -> bool:
    """Two relative pronouns that can stand for one noun: the same word, or "that" and "which", which both take a
    thing ("a party *that* was founded to X, and *which* later supported Y")."""
    words = {one.lower_, other.lower_}
    return len(words) == 1 or words == THING_RELATIVES


THING_RELATIVES = frozenset({"that", "which"})


def has_subject(token: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in token.children)


def finite(verb: Token) -> bool:
    return verb.tag_ in FINITE_TAGS


def finite_clause(verb: Token) -> bool:
    """A clause with a tense: its verb finite, or an auxiliary of it ("after two bombs *were* found")."""
    return finite(verb) or any(c.dep_ in ("aux", "auxpass") and finite(c) for c in verb.children)


def time_marked(verb: Token, time_marks: frozenset[str]) -> bool:
    """A clause opened by a subordinating conjunction of time ("*after* X attacked"): an adverbial clause, which
    the parser sometimes labels a complement; no complement opens with one."""
    return any(c.dep_ == "mark" and c.lower_ in time_marks for c in verb.children)
