"""Delegates of a party's nominating convention are the party's people, PTY, not a state's envoys; a
candidate's supporters in a story on a nomination are voters, CVL.

The weak sector word 'delegate' makes 'delegates' GOV, as a state's delegation to talks is. In a story about
choosing a party's nominee the delegates are those who choose: party people (docs/annotation.md: party bodies,
PTY), whether a modifier says so ('more than 100 convention delegates', 'pledged delegates') or the story speaks
of a nomination, primaries or caucuses ('he appears before thousands of delegates in Philadelphia'). The words
are sectors.yaml ``party_delegates``; a delegate the text gives a body or a country of its own ('Republican
delegates' already the party's, 'Chinese delegates') is left as it is; a country lent by the sentence's other
mentions is no country of its own.

In such a story the people a candidate's name or pronoun owns as supporters or backers ('Kasich supporters',
'some of his supporters', 'Cruz backers') are the candidate's voters, civilians (docs/annotation.md: a candidate's
supporters are CVL, not PTY); elsewhere they keep the weak word's sector (OPP: "Erdoğan's supporters").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from accord.actors.country_from_context import SENTENCE_COUNTRY_DESCRIPTION
from accord.records import Actor

PARTY_DELEGATE_RULE = "party-delegates"
CANDIDATE_BACKERS_RULE = "candidate-backers"


def nomination_story_groups(doc: Doc, found: Sequence[Actor], words: Mapping[str, frozenset[str]]) -> list[Actor]:
    """``found`` with each bare delegates mention of a nominating story (or with a convention's modifier) PTY,
    and a candidate's supporters in such a story CVL."""
    nomination_story = any(_story_cue(t, words) for t in doc)
    recoded = [_recoded(doc, a, words, nomination_story) for a in found]
    return [_voters(doc, a, words) for a in recoded] if nomination_story else recoded


def _story_cue(token: Token, words: Mapping[str, frozenset[str]]) -> bool:
    """A word of a nominating contest used as a common noun of its own ("won the *primary*", "the Iowa
    *caucuses*"), not as a modifier of another noun ("the *primary* aim", "a *primary* school") nor inside a name
    ("the Congressional Black *Caucus*")."""
    return token.lower_ in words.get("story_cues", ()) and token.pos_ == "NOUN" \
        and token.dep_ not in ("amod", "compound")


def _voters(doc: Doc, actor: Actor, words: Mapping[str, frozenset[str]]) -> Actor:
    """'Kasich supporters', 'some of his supporters': voters, where the weak word made them the opposition."""
    if actor.sector != "OPP" or actor.name or actor.start is None or actor.end is None:
        return actor
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or span.root.lower_ not in words.get("backers", ()):
        return actor
    # a person's: their name or possessive pronoun owns them ('opposition supporters' are no candidate's)
    if "person" not in (actor.rule or "") and not any(t.tag_ == "PRP$" for t in span):
        return actor
    return replace(actor, sector="CVL", rule=f"{actor.rule}+{CANDIDATE_BACKERS_RULE}")


def _recoded(doc: Doc, actor: Actor, words: Mapping[str, frozenset[str]], nomination_story: bool) -> Actor:
    own_country = actor.country is not None and not (actor.rule or "").endswith(SENTENCE_COUNTRY_DESCRIPTION)
    if actor.sector != "GOV" or own_country or actor.name or actor.organisation \
            or actor.start is None or actor.end is None:
        return actor
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or span[-1].lower_ not in words.get("words", ()):
        return actor
    modified = any(t.lower_ in words.get("modifiers", ()) for t in span[:-1])
    if not (modified or nomination_story):
        return actor
    return replace(actor, sector="PTY", rule=f"{actor.rule}+{PARTY_DELEGATE_RULE}")
