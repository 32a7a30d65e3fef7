"""Definite descriptions of a speaker named earlier: "the senator", "the Democratic nominee", "the
campaign", resolved to the nearest earlier named person or organisation the article describes that way.

A name is described by the words around it in the text — its title ("Sen. Ted Cruz", "Democratic nominee
Hillary Clinton"), an apposition ("Cruz, the senator from Texas"), the words of an organisation's name
("the Clinton campaign") — and by the role the actor stage knows. Plural or indefinite mentions ("officials
said", "a source said") describe no one in particular and are left as they are (PARC keeps anonymous
sources anonymous).

The quote stage (its speakers) and the actor stage (``accord.actors.described_people``: every other mention) read
the same descriptions: one account of what describes a name. It lives outside both subpackages, as do the words it
reads (:mod:`accord.words`), because the quote stage already reads the actor stage's people; the actor stage
reading descriptions from inside the quote stage would tie the two into a cycle.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc, Token

from accord.doc_index import entity_bounds
from accord.records import Actor
from accord.words import shared_words

_NAME_LABELS = frozenset({"PERSON", "ORG"})
_DEFINITE = frozenset({"the", "this", "that"})
_TITLE_DEPS = frozenset({"compound", "amod", "nmod", "nummod"})
_LOOKBACK = 40  # named mentions: a description points to someone recently in the story
_SINGULAR_NOUNS = frozenset({"NN"})


class DescriptionWords(Protocol):
    """The closed-class words a description is read with (``title_abbreviations`` and ``vague_modifiers`` of
    :class:`accord.words.Words`)."""

    @property
    def title_abbreviations(self) -> dict[str, str]: ...

    @property
    def vague_modifiers(self) -> frozenset[str]: ...


@dataclass(frozen=True, slots=True)
class Named:
    head: int  # token index of the name's last token
    words: frozenset[str]  # lower-case lemmas describing it
    own: frozenset[str] = frozenset()  # the words of the name itself ('bill' of 'Bill Ward'), no description
    said: frozenset[str] = frozenset()  # the words the text itself says of it (not the actor stage's role)


class Descriptions:
    """The named mentions of one document, in text order, with the words that describe each."""

    def __init__(self, doc: Doc, roles: dict[int, str], lexicon: DescriptionWords | None = None) -> None:
        """``roles``: the actor stage's role of each person mention by its first character; ``lexicon``: the
        shared words (:func:`accord.words.shared_words`) unless a caller reads with others."""
        self.doc = doc
        self.lexicon = lexicon or shared_words()
        self.named: list[Named] = []
        seen: set[int] = set()
        # each name's first token ('B' in spaCy's entity tags) is where one of doc.ents starts: read from the
        # entities rather than making a Token of every word to test its tags
        for entity in doc.ents:
            if entity.label_ not in _NAME_LABELS:
                continue
            token = doc[entity.start]
            bounds = entity_bounds(token)
            if bounds is None or bounds[1] - 1 in seen:
                continue
            seen.add(bounds[1] - 1)
            last = doc[bounds[1] - 1]
            said = self._words(bounds)
            role = roles.get(token.idx)
            words = said | frozenset(role.lower().split() if role else ())
            own = frozenset(self._word(doc[i]) for i in range(*bounds))
            if last.dep_ == "compound" and last.head.pos_ == "NOUN" and last.head.i > last.i:
                # "the Delgado campaign": the phrase names an organisation, described by its noun
                noun = self._word(last.head)
                self.named.append(Named(last.head.i, words | {noun}, own, (said | {noun}) - own))
            else:
                self.named.append(Named(last.i, words, own, said - own))
        self.heads = [n.head for n in self.named]

    def _words(self, bounds: tuple[int, int]) -> frozenset[str]:
        doc = self.doc
        start, end = bounds
        head = doc[end - 1]
        words = {self._word(doc[i]) for i in range(start, end)}
        first = start
        while first > 0 and doc[first - 1].dep_ in _TITLE_DEPS and doc[first - 1].head.i >= start:
            first -= 1  # "Democratic presidential nominee Hillary Clinton": the title before the name
            words.add(self._word(doc[first]))
        for child in head.children:
            if child.dep_ == "appos":  # "Cruz, the senator from Texas"
                words.update(self._word(t) for t in child.subtree
                             if t.pos_ in ("NOUN", "PROPN", "ADJ") and not _of_another_name(t, child))
        return frozenset(words)

    def _word(self, token: Token) -> str:
        lower = token.lower_
        return self.lexicon.title_abbreviations.get(lower, token.lemma_.lower())

    def antecedent(self, head: Token, described: bool = False) -> int | None:
        """Token index of the name a definite description stands for, or None. ``described``: the description's
        noun must be among the words said of the name, not a word of the name itself ('the bill' is no Bill
        Ward) — for any mention; a speaker's subject position already says a person is meant."""
        if not self.is_description(head):
            return None
        wanted = self._word(head)
        modifiers = {self._word(c) for c in head.lefts if c.dep_ in ("amod", "compound")} - self.lexicon.vague_modifiers
        index = bisect_left(self.heads, head.i) - 1
        fallback: int | None = None
        for named in reversed(self.named[max(0, index + 1 - _LOOKBACK) : index + 1]):
            if wanted not in (named.words - named.own if described else named.words):
                continue
            if modifiers <= named.words:
                return named.head
            if fallback is None:
                fallback = named.head
        return fallback

    def fitting(self, head: Token) -> list[int]:
        """Token indices of every earlier name (within the look-back) whose description has the noun of the
        description at ``head`` as a word said of it, nearest first."""
        if not self.is_description(head):
            return []
        wanted = self._word(head)
        index = bisect_left(self.heads, head.i) - 1
        return [n.head for n in reversed(self.named[max(0, index + 1 - _LOOKBACK) : index + 1])
                if wanted in n.words - n.own]

    def said_in_text(self, name: int, head: Token) -> bool:
        """Whether the text itself (a title, an apposition), not only the role the actor stage knows, describes
        the name ending at token ``name`` with the noun of the description at ``head``."""
        i = bisect_left(self.heads, name)
        return i < len(self.heads) and self.heads[i] == name and self._word(head) in self.named[i].said

    def is_description(self, head: Token) -> bool:
        """"the senator", "the former secretary of state": singular, definite, a common noun, no possessor."""
        if head.pos_ != "NOUN" or head.tag_ not in _SINGULAR_NOUNS or head.ent_type_:
            return False
        children = list(head.lefts)
        if any(c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in children):
            return False  # "his campaign", "the Delgado campaign": the phrase says whose
        return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children)


def _of_another_name(token: Token, apposition: Token) -> bool:
    """Whether ``token`` belongs to another person's name or its title inside an apposition ('X, the daughter of
    presidential candidate Y': 'candidate' describes Y, not X)."""
    while token.i != apposition.i:
        if token.ent_type_ == "PERSON":
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def roles_by_start(actors: list[Actor]) -> dict[int, str]:
    """The actor stage's role of each person mention, by its first character."""
    return {a.start: a.role for a in actors if a.start is not None and a.role}
