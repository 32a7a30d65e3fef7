"""In a story about a chamber confirming nominees, a party named alone is the party's members in that chamber.

'Senate Republicans' is a caucus of lawmakers (LEG), not the party (PTY): the resolver reads it so when the chamber
is written before the party's plural. A story about confirmations (judges, a cabinet pick) mostly leaves the
chamber out: 'Republicans approved the nominee', 'the GOP stalled her pick', 'Democrats held the chamber and
had confirmed dozens' speak of the same caucuses (docs/annotation.md: a chamber confirming a nominee
is the legislature's act). The words that tell such a story and the chambers are sectors.yaml's
``confirmation_story``. Elsewhere (a campaign story that mentions one confirmation) the party stays PTY.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from accord.actors.text import normalise
from accord.records import Actor

CONFIRMATION_CAUCUS_RULE = "confirmation-story-caucus"
# one mention of a confirmation is a passing one ('the fight over his confirmation' in a campaign story); two tell
# the story's own subject
MIN_CUES = 2
PARTY_SECTOR = "PTY"
CAUCUS_SECTOR = "LEG"
# whose object or passive subject is the one confirmed ('confirmed the nominee', 'Jo Marsh was confirmed')
CONFIRMED_DEPS = frozenset({"dobj", "nsubjpass"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def confirmation_story_caucuses(doc: Doc, found: Sequence[Actor], words: Mapping[str, frozenset[str]],
                                opens_longer_name: Callable[[str, str], bool]) -> list[Actor]:
    """``found`` with each party named by its plural or its initials alone made the caucus of the story's chamber
    (LEG, named '<Chamber> <party words>'), when the story is about confirming nominees; otherwise unchanged.
    ``opens_longer_name`` (the knowledge base's :meth:`~accord.actors.kb.KnowledgeBase.opens_longer_name`) tells a
    word that makes the chamber's word the end of another name ('the White House'; not 'the U.S. Senate')."""
    if not words or _cue_count(doc, words) < MIN_CUES:
        return list(found)
    chamber = _story_chamber(doc, words.get("chambers", frozenset()), opens_longer_name)
    if chamber is None:
        return list(found)
    members = {i: word for i, actor in enumerate(found) if (word := _members_mention(doc, actor)) is not None}
    plurals = _plurals_by_party(found, members)
    return [_caucus(actor, chamber, plurals.get(actor.name or "", members[i].text) if i in members else None)
            for i, actor in enumerate(found)]


def _plurals_by_party(found: Sequence[Actor], members: Mapping[int, Token]) -> dict[str, str]:
    """The plural each party's members go by in the story ('Republicans'), the most used, so that a caucus the
    story calls by the party's initials ('the GOP') is named as the others are ('Senate Republicans')."""
    counts: dict[str, Counter[str]] = {}
    for i, token in members.items():
        if token.tag_ in PLURAL_TAGS:
            counts.setdefault(found[i].name or "", Counter())[token.text] += 1
    return {party: words.most_common(1)[0][0] for party, words in counts.items()}


def _cue_count(doc: Doc, words: Mapping[str, frozenset[str]]) -> int:
    return sum(1 for token in doc if _confirming_verb(token, words) or _confirmation_noun(token, words))


def _confirming_verb(token: Token, words: Mapping[str, frozenset[str]]) -> bool:
    """'confirmed the nominee', 'Jo Marsh was confirmed': the verb with a person or an appointee as the one confirmed
    ('confirmed that the talks had ended' confirms a fact, and has no such object)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in words.get("verbs", ()):
        return False
    appointees = words.get("appointees", frozenset())
    return any(child.dep_ in CONFIRMED_DEPS and (child.ent_type_ == "PERSON" or child.lower_ in appointees)
               for child in token.children)


def _confirmation_noun(token: Token, words: Mapping[str, frozenset[str]]) -> bool:
    """'judicial confirmations', 'a confirmation vote', 'the confirmation process': the noun as a chamber's act,
    not the confirmation of a fact ('awaiting confirmation of the report')."""
    if token.lower_ not in words.get("nouns", ()):
        return False
    company = words.get("noun_company", frozenset())
    return (token.head.lower_ in company and token.dep_ == "compound") \
        or any(child.lower_ in company for child in token.children if child.dep_ in ("amod", "compound"))


def _story_chamber(doc: Doc, chambers: frozenset[str], opens_longer_name: Callable[[str, str], bool]) -> str | None:
    """The chamber the story names most, as a name is written (capitalised); None when it names none. A chamber
    word that closes a longer name is not the chamber ('the White House', 'Chatham House'), as the knowledge base
    reads 'House'; 'the U.S. Senate', 'the Texas House' are the chamber."""
    named = Counter(t.text for t in doc if t.lower_ in chambers and t.text[:1].isupper()
                    and not (t.i > 0 and opens_longer_name(doc[t.i - 1].text, normalise(doc[t.i - 1].text))))
    return named.most_common(1)[0][0] if named else None


def _members_mention(doc: Doc, actor: Actor) -> Token | None:
    """The word of a party's mention by its members' plural ('Republicans', 'Dems') or its initials ('the GOP');
    None for one member ('a Republican'), a party word modifying another ('Republican leaders' is a phrase of its
    own) and anything but a party named alone."""
    if actor.sector != PARTY_SECTOR or actor.rule != "organisation" or actor.start is None or actor.end is None:
        return None
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return None
    words = [t for t in span if t.dep_ != "det"]
    return words[0] if len(words) == 1 and _members_word(words[0]) else None


def _caucus(actor: Actor, chamber: str, members: str | None) -> Actor:
    if members is None:
        return actor
    return replace(actor, sector=CAUCUS_SECTOR, name=f"{chamber} {members}",
                   rule=f"{actor.rule}+{CONFIRMATION_CAUCUS_RULE}")


def _members_word(token: Token) -> bool:
    """A plural ('Republicans', 'Dems') or initials ('GOP')."""
    return token.tag_ in PLURAL_TAGS or (len(token.text) > 1 and token.text.isupper())
