"""A person the story credits with its making, or says reports for a news outlet, is a journalist: MED.

News ends a wire story with its credit lines ("Reporting by Ana Ruiz and Tom Lee in Lima; Editing by Sam Hart"),
a paper gives its contributors ("Contributing: Jo Park", or a sentence: "Jo Park contributed to this report") and a
site signs its author off ("Follow Jo Park on
Twitter @jopark"): the people named there wrote, edited or photographed the story. In running text a person
"reported in" or "reported for" a news outlet ("Jo Park reported in the Daily Ledger that ...") or "reporting
from" a place ("Jo Park, reporting from Lima, said ...") is its journalist too. The tagger finds these names and
the actor stage, knowing nothing of them, gives each the civilian default; the annotation guide codes journalists
MED.

A credit line runs from its opening (``credit_lines`` in ``sectors.yaml``: "reporting by", "editing by",
"contributing:" ...) to a semicolon, a bracket, a line's end or a sentence's, and only over names, commas, "and"
and places ("in Lima"): a name after a clause of another kind is not credited. Only people the text alone placed
(no sector, or the civilian default) take it, at every mention of their name; a known person keeps their entry.
The words of a credit line and of a journalist's reporting are data (``sectors.yaml``: ``credit_line_small_words``,
``journalist_report_verbs``, ``report_outlet_prepositions``, ``report_posted_prepositions``), read once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from accord.actors.copular import OPEN_SECTORS
from accord.actors.spans import mention_root
from accord.errors import ConfigError
from accord.packaged import read_packaged_yaml
from accord.records import Actor

JOURNALIST_SECTOR = "MED"
RULE = "credited-journalist"
# What ends a credit line before the name: a clause's or a line's punctuation. (A full stop is read apart: names
# have initials, 'Jim B. Smith', so only a full stop after a lower-case word ends a sentence.)
LINE_BREAKS = re.compile(r"[;()\[\]\n•|]|(?<=[a-z])\.\s")
# What ends a credit line after the name: a clause's or a line's punctuation, or a full stop before a space.
LINE_END = re.compile(r"[;()\[\]\n•|]|\.(?:\s|$)")
LOOK_BACK = 300  # characters: credit lines are short
SUBJECT_DEPS = frozenset({"nsubj"})
CLAUSE_DEPS = frozenset({"acl", "advcl", "relcl"})
WORDS_FILE = "actors/sectors.yaml"


@dataclass(frozen=True)
class CreditWords:
    """The word lists of credit lines and of a journalist's reporting (``sectors.yaml``)."""

    small_words: frozenset[str]  # 'and', 'in', 'the': between a credit line's names ('... and B in Kabul')
    report_verbs: frozenset[str]  # 'report': a journalist's work
    outlet_prepositions: frozenset[str]  # 'reported in the Ledger', 'reports for the Ledger'
    posted_prepositions: frozenset[str]  # 'reporting from Lima'
    sentence_verbs: frozenset[str] = frozenset()  # 'contribute': 'Jo Park contributed to this report'
    sentence_things: frozenset[str] = frozenset()  # 'report', 'story': what the credited helped write


def _word_list(raw: Any, section: str) -> frozenset[str]:
    words = raw.get(section) if isinstance(raw, dict) else None
    if not isinstance(words, list) or not words or not all(isinstance(w, str) for w in words):
        raise ConfigError(f"data/{WORDS_FILE}: {section} must be a list of words")
    return frozenset(w.lower() for w in words)


@lru_cache(maxsize=1)  # read once per process; the result is frozen
def credit_words() -> CreditWords:
    raw = read_packaged_yaml(WORDS_FILE)
    return CreditWords(small_words=_word_list(raw, "credit_line_small_words"),
                       report_verbs=_word_list(raw, "journalist_report_verbs"),
                       outlet_prepositions=_word_list(raw, "report_outlet_prepositions"),
                       posted_prepositions=_word_list(raw, "report_posted_prepositions"),
                       sentence_verbs=_word_list(raw, "credit_sentence_verbs"),
                       sentence_things=_word_list(raw, "credit_sentence_things"))


def _names_only(text: str, small_words: frozenset[str]) -> bool:
    """Whether ``text`` holds only capitalised words (names), commas, full stops and the small words of a list of
    names and places."""
    return all(w[:1].isupper() or w.lower() in small_words for w in re.findall(r"[^\s,&.]+", text))


def _opens_credit_line(segment: str, openings: Iterable[str], small_words: frozenset[str]) -> bool:
    """Whether ``segment`` (a line's text up to a name) is a credit line's opening and the names it credits."""
    lowered = segment.lower()
    for opening in openings:
        if not lowered.startswith(opening):
            continue
        rest = segment[len(opening):]
        # an opening that ends in 'by' runs on into its names; another ('Contributing') needs its colon
        colon = rest.lstrip().startswith(":")
        if not colon and (not opening.endswith(" by") or (rest and not rest[:1].isspace())):
            continue
        if _names_only(rest.lstrip().lstrip(":"), small_words):
            return True
    return False


def _credited(text: str, start: int, end: int, openings: Iterable[str], small_words: frozenset[str]) -> bool:
    """Whether the name at ``start``-``end`` is one a credit line names: the line opens before it and runs on
    after it to its end over names and places only ('Reporting by Jim Blake was praised' is no credit line)."""
    window = text[max(0, start - LOOK_BACK) : start]
    breaks = [m.end() for m in LINE_BREAKS.finditer(window)]
    segment = window[breaks[-1] if breaks else 0 :].strip()
    if not breaks and start - LOOK_BACK > 0:
        return False
    if not segment or not _opens_credit_line(segment, openings, small_words):
        return False
    after = text[end : end + LOOK_BACK]
    line_end = LINE_END.search(after)
    return _names_only(after[: line_end.start() if line_end else len(after)], small_words)


def _signed_off(text: str, start: int, end: int, platforms: frozenset[str]) -> bool:
    """'Follow Jo Park on Twitter': the author's sign-off, at a line's or sentence's opening."""
    before = text[max(0, start - 40) : start]
    opening = re.search(r"(?:^|[.!?\n]\s*|\s{2,})Follow\s+$", before)
    after = re.match(r"\s+on\s+(\w+)", text[end : end + 40])
    return opening is not None and after is not None and after.group(1).lower() in platforms


def _in_outlet(token: Token, outlets: list[tuple[int, int]]) -> bool:
    return any(s <= token.idx < e for s, e in outlets)


def _reports_for_outlet(head: Token, outlets: list[tuple[int, int]], words: CreditWords) -> bool:
    """'Jo Park reported in the Ledger', 'Jo Park, reporting from Lima': the name's clause of reporting."""
    verb = head.head
    if head.dep_ in SUBJECT_DEPS and verb.lemma_.lower() in words.report_verbs:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in words.outlet_prepositions and any(
                    _in_outlet(t, outlets) for t in prep.subtree if t.i != prep.i):
                return True
    for clause in head.children:
        if clause.dep_ in CLAUSE_DEPS and clause.lemma_.lower() in words.report_verbs and clause.tag_ == "VBG" \
                and any(c.dep_ == "prep" and c.lower_ in words.posted_prepositions for c in clause.children):
            return True
    return False


def _contributed_to_story(head: Token, words: CreditWords) -> bool:
    """'Jo Park contributed to this report', 'Ann Lee and Tom Ruiz contributed reporting to this story': a subject
    (or one of coordinated subjects) of the credit verb with 'to this <story>'. Not 'contributed to the campaign'
    nor 'contributed to this failure'."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # 'Ann Lee and *Tom Ruiz* contributed': the first of the coordinated subjects
    verb = head.head
    if head.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in words.sentence_verbs:
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for thing in prep.children:
            if thing.dep_ == "pobj" and thing.lower_ in words.sentence_things \
                    and any(c.dep_ == "det" and c.lower_ == "this" for c in thing.children):
                return True
    return False


def credited_journalists(doc: Doc, actors: list[Actor], openings: frozenset[str],
                         platforms: frozenset[str]) -> list[Actor]:
    """Each person the text alone placed whom a credit line or a sign-off names, or who reports for an outlet,
    is a journalist, MED, at every mention of their name."""
    text = doc.text
    words = credit_words()
    outlets = [(a.start or 0, a.end or 0) for a in actors
               if a.sector == JOURNALIST_SECTOR and a.kind != "person" and a.start is not None]
    journalists: set[str] = set()
    for actor in actors:
        if actor.kind != "person" or not actor.name or actor.sector not in OPEN_SECTORS or actor.start is None:
            continue
        end = actor.end or actor.start
        if _credited(text, actor.start, end, openings, words.small_words) \
                or _signed_off(text, actor.start, end, platforms):
            journalists.add(actor.name)
            continue
        head = mention_root(doc, actor)
        if head is not None and (_reports_for_outlet(head, outlets, words) or _contributed_to_story(head, words)):
            journalists.add(actor.name)
    if not journalists:
        return actors
    return [replace(a, sector=JOURNALIST_SECTOR, rule=f"{a.rule}+{RULE}")
            if a.kind == "person" and a.name in journalists and a.sector in OPEN_SECTORS else a for a in actors]
